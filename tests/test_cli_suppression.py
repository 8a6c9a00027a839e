"""Inline suppression comments in text drafts and LP002 unused-suppression."""
import json

from clitools import FAULTY, fake_rules, invoke, write  # noqa: F401

TWO = FAULTY.replace("Pelayanan umum", "Pelayanan kiranya")  # LP990 at line 30, LP991 at line 33
LINE30 = "(2) Pelayanan sebagaimana dimaksud pada ayat (1) dilaksanakan sesuai dengan Pasal 99."


def _diags(tmp_path, text, *args):
    write(tmp_path, "a.txt", text)
    r = invoke(["check", "a.txt", "--isolated", "--format", "json", *args], cwd=tmp_path)
    data = json.loads(r.stdout)
    return [(d["code"], d["line"]) for d in data["files"][0]["diagnostics"]], data["summary"]


def test_comment_on_the_line_before(tmp_path, fake_rules):
    text = TWO.replace(LINE30, "<!-- lint-perda: abaikan LP990 -->\n" + LINE30)
    got, summary = _diags(tmp_path, text)
    assert got == [("LP991", 34)] and summary["suppressed"] == 1


def test_comment_on_the_same_line_and_by_slug(tmp_path, fake_rules):
    text = TWO.replace(LINE30, LINE30 + " <!-- lint-perda: abaikan test-broken-reference -->")
    assert _diags(tmp_path, text)[0] == [("LP991", 33)]


def test_blank_lines_between_comment_and_text(tmp_path, fake_rules):
    text = TWO.replace(LINE30, "<!-- lint-perda: ignore LP99 -->\n\n" + LINE30)
    assert _diags(tmp_path, text)[0] == [("LP991", 35)]


def test_file_level_comment(tmp_path, fake_rules):
    text = "<!-- lint-perda: abaikan-berkas LP991 -->\n" + TWO
    assert _diags(tmp_path, text)[0] == [("LP990", 31)]


def test_bare_comment_silences_every_rule_on_its_line(tmp_path, fake_rules):
    text = TWO.replace(LINE30, "<!-- lint-perda: abaikan -->\n" + LINE30)
    assert _diags(tmp_path, text)[0] == [("LP991", 34)]


def test_unused_suppression_is_reported_as_lp002(tmp_path, fake_rules):
    # LP991 does not fire on line 30; LP9x9 does not exist
    text = TWO.replace(LINE30, "<!-- lint-perda: abaikan LP990, LP991, LP9x9 -->\n" + LINE30)
    write(tmp_path, "a.txt", text)
    r = invoke(["check", "a.txt", "--isolated", "--format", "json"], cwd=tmp_path)
    diags = json.loads(r.stdout)["files"][0]["diagnostics"]
    lp002 = [d for d in diags if d["code"] == "LP002"]
    assert [(d["line"], d["severity"]) for d in lp002] == [(30, "info"), (30, "info")]
    assert "untuk LP991 tidak lagi menyembunyikan" in lp002[0]["message"]
    assert 'tidak dikenal: "LP9x9"' in lp002[1]["message"]
    assert [d["code"] for d in diags if d["code"] != "LP002"] == ["LP991"]


def test_unused_suppression_is_not_judged_for_rules_that_did_not_run(tmp_path, fake_rules):
    text = TWO.replace(LINE30, "<!-- lint-perda: abaikan LP991 -->\n" + LINE30)
    got, _ = _diags(tmp_path, text, "--select", "LP990,LP002")
    assert got == [("LP990", 31)]
    # ...and LP002 can be ignored like any rule
    got, _ = _diags(tmp_path, text, "--ignore", "LP002")
    assert got == [("LP990", 31), ("LP991", 34)]


def test_lp002_severity_can_be_raised_in_config(tmp_path, fake_rules):
    write(tmp_path, "pyproject.toml", '[tool.lint-perda.severity]\nunused-suppression = "warning"\n')
    text = FAULTY.replace("Pasal 99", "Pasal 1").replace(LINE30.replace("Pasal 99", "Pasal 1"),
                                                           "<!-- lint-perda: abaikan LP990 -->\n" + LINE30.replace("Pasal 99", "Pasal 1"))
    write(tmp_path, "a.txt", text)
    r = invoke(["check", "a.txt"], cwd=tmp_path)
    assert r.exit_code == 1 and "LP002" in r.stdout


def test_the_comment_does_not_disturb_the_structure(tmp_path, fake_rules):
    text = TWO.replace("Pasal 3\n", "Pasal 3\n<!-- lint-perda: abaikan LP991 -->\n")
    got, _ = _diags(tmp_path, text, "--select", "LP0,LP99")
    assert got == [("LP990", 30)]
