"""The results cache (lint_perda/cache.py): a second run over unchanged
drafts takes the results from it, and anything a result depends on (the
draft, the configuration, a data pack, the tool) makes a new one.  Each test
has its own empty cache folder (conftest.py sets LINT_PERDA_CACHE_DIR)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from clitools import invoke, run_cli

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "perda-retribusi-salah.txt"


def _check(*args, cwd=None) -> dict:
    r = invoke(["check", *args, "--format", "json", "--no-progress", "--isolated"], cwd=cwd)
    assert r.exit_code in (0, 1), r.output
    return json.loads(r.output)


def _entries() -> list[Path]:
    # the results (the folder also keeps parsed data packs: datacache.py)
    from lint_perda.cache import FORMAT
    return sorted(p for p in (Path(os.environ["LINT_PERDA_CACHE_DIR"]) / f"v{FORMAT}").rglob("*.json"))


def _files(report: dict) -> list[dict]:
    return report["files"]


def _draft(tmp_path: Path, text: str | None = None, name: str = "rancangan.txt") -> Path:
    p = tmp_path / name
    p.write_text(text if text is not None else EXAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    return p


def test_a_second_run_takes_every_result_from_the_cache(tmp_path):
    a = _draft(tmp_path)
    b = _draft(tmp_path, EXAMPLE.read_text(encoding="utf-8").replace("Pasal 12", "Pasal 2"), "lain.txt")
    first = _check(a, b)
    assert first["summary"]["cached"] == 0 and len(_entries()) == 2
    second = _check(a, b)
    assert second["summary"]["cached"] == 2
    assert _files(second) == _files(first)   # the same findings, documents, places, fingerprints
    assert first["summary"]["by_rule"]["LP201"] >= 1


def test_an_edited_draft_is_linted_again(tmp_path):
    a = _draft(tmp_path)
    before = _check(a)
    assert any(d["code"] == "LP201" for d in _files(before)[0]["diagnostics"])
    a.write_text(a.read_text(encoding="utf-8").replace("sebagaimana dimaksud dalam Pasal 12", "tersebut"),
                 encoding="utf-8")
    after = _check(a)
    assert after["summary"]["cached"] == 0
    assert not any("Pasal 12" in d["message"] for d in _files(after)[0]["diagnostics"] if d["code"] == "LP201")
    assert _check(a)["summary"]["cached"] == 1


def test_another_configuration_is_another_result(tmp_path):
    a = _draft(tmp_path)
    r = invoke(["check", a, "--format", "json", "--no-progress"], cwd=tmp_path)
    plain = json.loads(r.output)
    assert any(d["code"] == "LP201" for d in _files(plain)[0]["diagnostics"])
    (tmp_path / "pyproject.toml").write_text('[tool.lint-perda]\nignore = ["LP201"]\n', encoding="utf-8")
    r = invoke(["check", a, "--format", "json", "--no-progress"], cwd=tmp_path)
    ignored = json.loads(r.output)
    assert ignored["summary"]["cached"] == 0
    assert not any(d["code"] == "LP201" for d in _files(ignored)[0]["diagnostics"])
    # and a rule selected on the command line is a configuration too
    assert _check(a, "--select", "LP2")["summary"]["cached"] == 0
    assert _check(a, "--select", "LP2")["summary"]["cached"] == 1


def test_a_corrupt_entry_is_ignored_and_rewritten(tmp_path):
    a = _draft(tmp_path)
    good = _check(a)
    (entry,) = _entries()
    for junk in ("", "{not json", '{"format": 1, "key": "another", "diagnostics": []}', "[1, 2]",
                 '{"format": 1}'):
        entry.write_text(junk, encoding="utf-8")
        again = _check(a)
        assert again["summary"]["cached"] == 0, junk
        assert _files(again) == _files(good)
        json.loads(entry.read_text(encoding="utf-8"))   # rewritten whole
    assert _check(a)["summary"]["cached"] == 1


def test_no_cache_neither_reads_nor_writes(tmp_path):
    a = _draft(tmp_path)
    assert _check(a, "--no-cache")["summary"]["cached"] == 0
    assert _entries() == []
    _check(a)
    assert _check(a, "--no-cache")["summary"]["cached"] == 0


def test_cache_dir_from_the_configuration(tmp_path, monkeypatch):
    monkeypatch.delenv("LINT_PERDA_CACHE_DIR")
    (tmp_path / "pyproject.toml").write_text('[tool.lint-perda]\ncache-dir = "tembolok"\n', encoding="utf-8")
    a = _draft(tmp_path)
    invoke(["check", a, "--no-progress"], cwd=tmp_path)
    assert list((tmp_path / "tembolok").rglob("*.json"))
    (tmp_path / "pyproject.toml").write_text("[tool.lint-perda]\ncache-dir = 3\n", encoding="utf-8")
    r = invoke(["check", a, "--no-progress"], cwd=tmp_path)
    assert r.exit_code == 2 and "cache-dir" in r.output


def test_a_failed_result_is_never_kept(tmp_path, monkeypatch):
    from lint_perda import registry
    broken = next(r for r in registry.all_rules() if r.code == "LP113")

    def boom(self, doc):
        raise RuntimeError("uji")
        yield

    monkeypatch.setattr(broken, "check", boom)
    a = _draft(tmp_path)
    r = invoke(["check", a, "--format", "json", "--no-progress", "--isolated"])
    assert r.exit_code == 2 and "LP113" in json.loads(r.stdout)["files"][0]["error"]
    assert _entries() == []
    (tmp_path / "biner.txt").write_bytes(b"\x00\x01\x02")
    invoke(["check", tmp_path / "biner.txt", "--no-progress", "--isolated"])
    assert _entries() == []


def test_the_key_covers_content_settings_packs_and_extra_inputs(tmp_path):
    from lint_perda.cache import result_key
    from lint_perda.engine import Settings
    pack = tmp_path / "paket.toml"
    pack.write_text("[[perangkat]]\nnama = \"Dinas Contoh\"\n", encoding="utf-8")
    s = Settings(data_packs=[str(pack)])
    k = result_key(b"Pasal 1", s, "text")
    assert k == result_key(b"Pasal 1", Settings(data_packs=[str(pack)]), "text")
    assert k != result_key(b"Pasal 2", s, "text")
    assert k != result_key(b"Pasal 1", s, "docx")
    assert k != result_key(b"Pasal 1", Settings(data_packs=[str(pack)], ignore=["LP201"]), "text")
    assert k != result_key(b"Pasal 1", Settings(data_packs=[str(pack)], max_size=5), "text")
    assert k != result_key(b"Pasal 1", s, "text", b"isi naskah induk")        # an amendment's base
    assert result_key(b"Pasal 1", s, "text", b"a", b"b") != result_key(b"Pasal 1", s, "text", b"ab")
    pack.write_text("[[perangkat]]\nnama = \"Dinas Lain\"\n", encoding="utf-8")
    assert k != result_key(b"Pasal 1", s, "text")


def test_parallel_and_concurrent_runs_share_one_cache(tmp_path):
    text = EXAMPLE.read_text(encoding="utf-8")
    files = [_draft(tmp_path, text.replace("NOMOR 7", f"NOMOR {i}"), f"d{i}.txt") for i in range(6)]
    args = [sys.executable, "-m", "lint_perda", "check", *map(str, files), "--isolated", "--format", "json",
            "--no-progress", "--jobs", "2"]
    procs = [subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outs = [json.loads(p.communicate(timeout=300)[0]) for p in procs]
    assert _files(outs[0]) == _files(outs[1])
    assert len(_entries()) == 6
    for e in _entries():
        json.loads(e.read_text(encoding="utf-8"))   # no half-written entry
    assert not [p for p in Path(os.environ["LINT_PERDA_CACHE_DIR"]).rglob("*.tmp")]
    r = run_cli(["check", *files, "--isolated", "--format", "json", "--no-progress", "--jobs", "2"])
    third = json.loads(r.stdout)
    assert third["summary"]["cached"] == 6 and _files(third) == _files(outs[0])


def test_a_draft_edited_while_it_is_checked_is_not_stored(tmp_path):
    from lint_perda.cache import ResultCache
    from lint_perda.engine import Settings, lint_path
    cache = ResultCache(os.environ["LINT_PERDA_CACHE_DIR"])
    a, s = _draft(tmp_path), Settings()
    hit, key = cache.lookup(str(a), s, False)
    assert hit is None and key
    result = lint_path(str(a), s)
    a.write_text(a.read_text(encoding="utf-8") + "\nPasal 99\nTambahan.\n", encoding="utf-8")   # saved meanwhile
    cache.store(key, result, s)
    assert _entries() == []
    cache.store(cache.lookup(str(a), s, False)[1], lint_path(str(a), s), s)
    assert len(_entries()) == 1


def test_an_amendment_is_checked_again_when_its_base_changes(tmp_path):
    """An amendment's findings depend on the regulation it amends: its cache
    key holds the base's bytes."""
    import shutil
    from conftest import EXAMPLES
    base = tmp_path / "perwali-12-2021.txt"
    amend = tmp_path / "perubahan.txt"
    shutil.copy(EXAMPLES / "perwali-kecamatan-2021.txt", base)
    shutil.copy(EXAMPLES / "perwali-perubahan-kecamatan-salah.txt", amend)
    first = _check(base, amend)
    assert first["summary"]["cached"] == 0
    assert _check(base, amend)["summary"]["cached"] == 2
    # the base gains a Pasal 13: the amendment's "Pasal 13 dihapus." now resolves
    base.write_text(base.read_text(encoding="utf-8").replace(
        "Pasal 12\nPeraturan Wali Kota ini mulai berlaku", "Pasal 12\nDihapus.\n\nPasal 13\nPeraturan Wali Kota ini mulai berlaku"),
        encoding="utf-8")
    third = _check(base, amend)
    assert third["summary"]["cached"] == 0
    got = {d["code"] for d in _files(third)[1]["diagnostics"]}
    assert "LP611" not in got and "LP611" in {d["code"] for d in _files(first)[1]["diagnostics"]}
