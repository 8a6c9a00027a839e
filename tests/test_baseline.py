"""Baselines keyed by file, rule, structural path and a fingerprint of the
words (not the line number), with stale entries reported."""
import json

from clitools import FAULTY, fake_rules, invoke, write  # noqa: F401

TWO = FAULTY.replace("Pelayanan umum", "Pelayanan kiranya")  # LP990 (Pasal 2 ayat (2)) + LP991 (Pasal 3)


def _codes(r):
    return [d["code"] for f in json.loads(r.stdout)["files"] for d in f["diagnostics"]]


def test_write_then_apply_baseline(tmp_path, fake_rules):
    write(tmp_path, "rancangan/a.txt", TWO)
    r = invoke(["check", "rancangan", "--isolated", "--write-baseline", "baseline.json"], cwd=tmp_path)
    assert r.exit_code == 0 and "2 temuan dicatat" in r.stderr
    data = json.loads((tmp_path / "baseline.json").read_text())
    assert data["format"] == "lint-perda-baseline"
    assert [(e["file"], e["code"], e["path"]) for e in data["entries"]] == [
        ("rancangan/a.txt", "LP990", "Pasal 2 ayat (2)"), ("rancangan/a.txt", "LP991", "Pasal 3")]
    r = invoke(["check", "rancangan", "--isolated", "--baseline", "baseline.json", "--format", "json"], cwd=tmp_path)
    assert r.exit_code == 0 and _codes(r) == []
    summary = json.loads(r.stdout)["summary"]
    assert summary["suppressed"] == 2 and summary["baseline"]["suppressed"] == 2 and summary["baseline"]["stale"] == []


def test_baseline_survives_edits_elsewhere_and_catches_new_findings(tmp_path, fake_rules):
    p = write(tmp_path, "a.txt", TWO)
    invoke(["check", "a.txt", "--isolated", "--write-baseline", "b.json"], cwd=tmp_path)
    # lines inserted above shift every line number; a new fault appears in Pasal 4
    edited = TWO.replace("BAB I\n", "BAB I\n\n\n\n", 1).replace(
        "Peraturan Bupati ini mulai berlaku", "Sesuai Pasal 99, Peraturan Bupati ini mulai berlaku")
    p.write_text(edited, encoding="utf-8")
    r = invoke(["check", "a.txt", "--isolated", "--baseline", "b.json", "--format", "json"], cwd=tmp_path)
    diags = json.loads(r.stdout)["files"][0]["diagnostics"]
    assert [(d["code"], d["path"]) for d in diags] == [("LP990", "Pasal 4")]
    assert r.exit_code == 1


def test_stale_entries_are_reported(tmp_path, fake_rules):
    p = write(tmp_path, "a.txt", TWO)
    write(tmp_path, "b.txt", TWO)
    invoke(["check", "a.txt", "b.txt", "--isolated", "--write-baseline", "b.json"], cwd=tmp_path)
    p.write_text(TWO.replace("Pasal 99", "Pasal 1"), encoding="utf-8")  # the LP990 fault corrected in a.txt
    r = invoke(["check", "a.txt", "--isolated", "--baseline", "b.json", "--format", "json"], cwd=tmp_path)
    assert r.exit_code == 0
    assert "1 entri tidak lagi cocok" in r.stderr and "a.txt: LP990 Pasal 2 ayat (2)" in r.stderr
    stale = json.loads(r.stdout)["summary"]["baseline"]["stale"]
    # b.txt was not linted in this run, so its entries are not judged
    assert [(e["file"], e["code"]) for e in stale] == [("a.txt", "LP990")]


def test_identical_findings_are_counted(tmp_path, fake_rules):
    one = TWO
    two = TWO.replace("(2) Pelayanan sebagaimana dimaksud pada ayat (1) dilaksanakan sesuai dengan Pasal 99.",
                      "(2) Pelayanan sebagaimana dimaksud pada ayat (1) dilaksanakan sesuai dengan Pasal 99. Pasal 99")
    p = write(tmp_path, "a.txt", one)
    invoke(["check", "a.txt", "--isolated", "--select", "LP990", "--write-baseline", "b.json"], cwd=tmp_path)
    p.write_text(two, encoding="utf-8")
    r = invoke(["check", "a.txt", "--isolated", "--select", "LP990", "--baseline", "b.json", "--format", "json"], cwd=tmp_path)
    assert _codes(r) == ["LP990"]  # one recorded, two now: one is new


def test_baseline_is_relative_to_its_own_folder(tmp_path, fake_rules):
    write(tmp_path, "proj/rancangan/a.txt", TWO)
    invoke(["check", "proj/rancangan", "--isolated", "--write-baseline", "proj/b.json"], cwd=tmp_path)
    entries = json.loads((tmp_path / "proj" / "b.json").read_text())["entries"]
    assert {e["file"] for e in entries} == {"rancangan/a.txt"}
    r = invoke(["check", "rancangan/a.txt", "--isolated", "--baseline", "b.json", "--format", "json"], cwd=tmp_path / "proj")
    assert _codes(r) == []


def test_bad_baseline_files_exit_2(tmp_path, fake_rules):
    write(tmp_path, "a.txt", TWO)
    r = invoke(["check", "a.txt", "--isolated", "--baseline", "nope.json"], cwd=tmp_path)
    assert r.exit_code == 2 and "nope.json: berkas baseline tidak ditemukan" in r.stderr
    write(tmp_path, "bad.json", "{not json")
    r = invoke(["check", "a.txt", "--isolated", "--baseline", "bad.json"], cwd=tmp_path)
    assert r.exit_code == 2 and "bukan JSON yang sah" in r.stderr
    write(tmp_path, "other.json", '{"entries": []}')
    r = invoke(["check", "a.txt", "--isolated", "--baseline", "other.json"], cwd=tmp_path)
    assert r.exit_code == 2 and "bukan berkas baseline lint-perda" in r.stderr
    r = invoke(["check", "a.txt", "--isolated", "--baseline", "x.json", "--write-baseline", "x.json"], cwd=tmp_path)
    assert r.exit_code == 2
