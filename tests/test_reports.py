"""Report formats on purpose-made drafts: the full code frame, concise, the
JSON contract of design.md, SARIF validated against the official 2.1.0 schema
(vendored in tests/schemas, see its README), GitHub workflow commands."""
import json
from pathlib import Path

import pytest

from clitools import FAULTY, STYLE, fake_rules, invoke, write  # noqa: F401

SCHEMA = Path(__file__).parent / "schemas" / "sarif-schema-2.1.0.json"


def _run(tmp_path, fmt, *extra, files=None):
    files = files or {"salah.txt": FAULTY, "gaya.txt": STYLE}
    for name, text in files.items():
        write(tmp_path, name, text)
    return invoke(["check", *files, "--isolated", "--format", fmt, *extra], cwd=tmp_path)


# -- full ------------------------------------------------------------------------

def test_full_shows_line_span_path_message_suggestion_basis_and_summary(tmp_path, fake_rules):
    r = _run(tmp_path, "full", "--color", "never")
    out = r.stdout
    lines = out.splitlines()
    i = lines.index(next(ln for ln in lines if ln.startswith("LP990 error")))
    block = lines[i:i + 9]
    assert block[0] == "LP990 error [test-broken-reference] Pasal 99 yang dirujuk tidak ada dalam peraturan ini."
    assert block[1] == "  --> salah.txt:30:77"
    assert block[2] == "   = letak: BAB II > Pasal 2 > ayat (2)"
    src = block[4]
    assert src.startswith("30 | (2) Pelayanan sebagaimana dimaksud")
    caret = block[5]
    # the carets sit exactly under "Pasal 99"
    start = caret.index("^")
    assert src[start:start + caret.count("^")] == "Pasal 99"
    assert block[6] == "   = saran: Pasal 1"
    assert block[7] == "   = dasar: Lampiran II UU 12/2011 (uji)"
    # the summary table by rule and severity, then the closing line
    assert "Ringkasan temuan" in out
    table = [ln for ln in lines if ln.startswith(("LP990 ", "LP991 ")) and "│" in ln]
    assert [t.split("│")[0].strip() for t in table] == ["LP990", "LP991"]
    assert "2 temuan (1 error, 1 warning) dalam 2 dari 2 berkas" in out


def test_full_in_english(tmp_path, fake_rules):
    out = _run(tmp_path, "full", "--lang", "en").stdout
    assert "Pasal 99, referred to here, does not exist" in out
    assert "= suggestion: Pasal 1" in out and "= basis: " in out and "= where: " in out


def test_full_crops_long_lines_around_the_span(tmp_path, fake_rules):
    long = FAULTY.replace("(2) Pelayanan sebagaimana", "(2) " + "Pelayanan yang panjang sekali " * 12 + "sebagaimana")
    out = _run(tmp_path, "full", files={"panjang.txt": long}).stdout
    lines = out.splitlines()
    src = next(ln for ln in lines if ln.startswith("30 | "))
    caret = lines[lines.index(src) + 1]
    assert len(src) <= 100 and src.startswith("30 | …")
    start = caret.index("^")
    assert src[start:start + caret.count("^")] == "Pasal 99"


def test_full_without_findings(tmp_path, fake_rules):
    out = _run(tmp_path, "full", files={"a.txt": FAULTY.replace("Pasal 99", "Pasal 1")}).stdout
    assert out.startswith("Tidak ada temuan dalam 1 berkas")


def test_crop_keeps_the_span_visible():
    from lint_perda.report.full import _crop
    line = "x" * 300 + "TARGET" + "y" * 300
    shown, a, b = _crop(line, 300, 306, 80)
    assert len(shown) <= 80 and shown[a:b] == "TARGET"
    shown, a, b = _crop("short", 0, 5, 80)
    assert (shown, a, b) == ("short", 0, 5)


# -- concise -------------------------------------------------------------------

def test_concise(tmp_path, fake_rules):
    out = _run(tmp_path, "concise").stdout
    assert out.splitlines() == [
        "salah.txt:30:77: LP990 Pasal 99 yang dirujuk tidak ada dalam peraturan ini. [Pasal 1]",
        'gaya.txt:33:11: LP991 Kata "kiranya" tidak lazim dalam norma.',
    ]


# -- json ------------------------------------------------------------------------

def test_json_keeps_the_design_contract(tmp_path, fake_rules):
    (tmp_path / "hilang.pdf").write_bytes(b"%PDF-1.4 broken")
    r = _run(tmp_path, "json", "hilang.pdf")
    data = json.loads(r.stdout)
    assert {"version", "files", "summary"} <= set(data)
    f = data["files"][0]
    assert {"path", "error", "document", "diagnostics"} <= set(f)
    assert {"jenis", "region", "nomor", "tahun", "title", "counts", "coverage"} <= set(f["document"])
    d = f["diagnostics"][0]
    assert {"code", "rule", "severity", "message", "path", "line", "column", "end_line", "end_column",
            "suggestion", "basis"} <= set(d)
    assert (d["code"], d["rule"], d["severity"], d["path"], d["line"], d["column"], d["end_line"], d["end_column"],
            d["suggestion"]) == ("LP990", "test-broken-reference", "error", "Pasal 2 ayat (2)", 30, 77, 30, 85, "Pasal 1")
    assert {"files", "diagnostics", "by_rule", "seconds"} <= set(data["summary"])
    assert data["summary"]["by_rule"] == {"LP990": 1, "LP991": 1}
    broken = data["files"][2]
    assert broken["path"] == "hilang.pdf" and broken["error"] and broken["diagnostics"] == []
    assert r.exit_code == 2


# -- sarif -----------------------------------------------------------------------

def _validate(log):
    import jsonschema
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft4Validator.check_schema(schema)
    v = jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker())
    errors = sorted(v.iter_errors(log), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors[:5])


def test_sarif_validates_against_the_official_schema(tmp_path, fake_rules):
    (tmp_path / "dengan spasi").mkdir()
    write(tmp_path, "dengan spasi/c.txt", FAULTY)
    (tmp_path / "rusak.pdf").write_bytes(b"%PDF-1.4 broken")
    r = _run(tmp_path, "sarif", "dengan spasi/c.txt", "rusak.pdf")
    log = json.loads(r.stdout)
    _validate(log)
    run = log["runs"][0]
    assert log["version"] == "2.1.0"
    assert [x["id"] for x in run["tool"]["driver"]["rules"]] == ["LP990", "LP991"]
    res = run["results"][0]
    assert res["ruleId"] == "LP990" and res["level"] == "error"
    loc = res["locations"][0]
    assert loc["physicalLocation"]["artifactLocation"] == {"uri": "salah.txt", "uriBaseId": "%SRCROOT%"}
    assert loc["physicalLocation"]["region"] == {"startLine": 30, "startColumn": 77, "endLine": 30, "endColumn": 85}
    assert loc["logicalLocations"][0]["fullyQualifiedName"] == "BAB II > Pasal 2 > ayat (2)"
    assert res["partialFingerprints"]["lintPerda/v1"]
    assert run["results"][1]["level"] == "warning"
    assert run["results"][2]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "dengan%20spasi/c.txt"
    inv = run["invocations"][0]
    assert inv["executionSuccessful"] is False
    assert inv["toolExecutionNotifications"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "rusak.pdf"


def test_sarif_without_findings_validates(tmp_path, fake_rules):
    r = _run(tmp_path, "sarif", files={"a.txt": FAULTY.replace("Pasal 99", "Pasal 1")})
    log = json.loads(r.stdout)
    _validate(log)
    assert log["runs"][0]["results"] == [] and log["runs"][0]["invocations"][0]["executionSuccessful"] is True


# -- github ----------------------------------------------------------------------

def test_github_workflow_commands(tmp_path, fake_rules):
    out = _run(tmp_path, "github").stdout.splitlines()
    assert out[0] == ("::error file=salah.txt,line=30,col=77,endLine=30,endColumn=85,"
                      "title=LP990 test-broken-reference::Pasal 2 ayat (2): Pasal 99 yang dirujuk tidak ada "
                      "dalam peraturan ini. (saran: Pasal 1)")
    assert out[1].startswith("::warning file=gaya.txt,line=33,col=11,")


def test_github_escapes_data_and_properties():
    from lint_perda.report.github import _data, _prop
    assert _data("50% a\nb\r") == "50%25 a%0Ab%0D"
    assert _prop("a:b,c") == "a%3Ab%2Cc"


@pytest.mark.parametrize("fmt", ["full", "concise", "json", "sarif", "github"])
def test_every_format_renders_an_empty_run(tmp_path, fmt, fake_rules):
    r = _run(tmp_path, fmt, files={"a.txt": FAULTY.replace("Pasal 99", "Pasal 1")})
    assert r.exit_code == 0
