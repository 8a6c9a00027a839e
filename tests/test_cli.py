"""The `check` command: exit codes on purpose-made inputs, unreadable files,
selection, --jobs, --output, stdin, `python -m lint_perda`, and what modules a
command imports."""
import json
import os

import pytest

from clitools import CLEAN, FAULTY, STYLE, fake_rules, invoke, run_cli, write  # noqa: F401


def _json(result):
    return json.loads(result.stdout)


# -- exit codes ------------------------------------------------------------------

def test_exit_0_on_a_clean_draft(tmp_path, fake_rules):
    write(tmp_path, "bersih.txt", CLEAN)
    r = invoke(["check", "bersih.txt", "--isolated"], cwd=tmp_path)
    assert r.exit_code == 0, r.output
    assert r.stdout == ""


def test_exit_1_on_an_error(tmp_path, fake_rules):
    write(tmp_path, "salah.txt", FAULTY)
    r = invoke(["check", "salah.txt", "--isolated"], cwd=tmp_path)
    assert r.exit_code == 1
    assert r.stdout.startswith("salah.txt:30:77: LP990 Pasal 99 yang dirujuk tidak ada")


def test_fail_on_sets_the_threshold(tmp_path, fake_rules):
    write(tmp_path, "gaya.txt", STYLE)  # one warning
    assert invoke(["check", "gaya.txt", "--isolated"], cwd=tmp_path).exit_code == 1
    assert invoke(["check", "gaya.txt", "--isolated", "--fail-on", "error"], cwd=tmp_path).exit_code == 0
    assert invoke(["check", "gaya.txt", "--isolated", "--fail-on", "info"], cwd=tmp_path).exit_code == 1


def test_exit_2_on_a_missing_file_and_the_others_still_linted(tmp_path, fake_rules):
    write(tmp_path, "salah.txt", FAULTY)
    r = invoke(["check", "tidak-ada.txt", "salah.txt", "--isolated", "--format", "json"], cwd=tmp_path)
    assert r.exit_code == 2
    data = _json(r)
    missing, linted = data["files"]
    assert missing["path"] == "tidak-ada.txt" and missing["error"] and missing["diagnostics"] == []
    assert [d["code"] for d in linted["diagnostics"]] == ["LP990"]
    assert data["summary"]["errors"] == 1
    # one line on standard error naming the file
    err = [ln for ln in r.stderr.splitlines() if ln]
    assert len(err) == 1 and err[0].startswith("lint-perda: tidak-ada.txt: ")


@pytest.mark.parametrize("name,data", [
    ("biner.txt", b"\x00\x01\x02binary\x00" * 20),
    ("rusak.docx", b"PK\x03\x04 this is not really a zip archive"),
    ("rusak.pdf", b"%PDF-1.7\n garbage"),
])
def test_exit_2_on_unreadable_files(tmp_path, name, data, fake_rules):
    (tmp_path / name).write_bytes(data)
    write(tmp_path, "bersih.txt", CLEAN)
    r = invoke(["check", name, "bersih.txt", "--isolated"], cwd=tmp_path)
    assert r.exit_code == 2
    assert r.stderr.count("\n") == 1 and r.stderr.startswith(f"lint-perda: {name}: ")


def test_exit_2_on_usage_errors(tmp_path, fake_rules):
    write(tmp_path, "a.txt", CLEAN)
    assert invoke(["check", "a.txt", "--format", "xml"], cwd=tmp_path).exit_code == 2
    r = invoke(["check", "a.txt", "--select", "LP9999x"], cwd=tmp_path)
    assert r.exit_code == 2 and "--select" in r.stderr and "LP9999x" in r.stderr
    r = invoke(["check", "kosong/"], cwd=tmp_path)
    assert r.exit_code == 2
    (tmp_path / "folder-kosong").mkdir()
    r = invoke(["check", "folder-kosong"], cwd=tmp_path)
    assert r.exit_code == 2 and "tidak ada berkas" in r.stderr


# -- selection ----------------------------------------------------------------

def test_select_ignore_extend_by_code_slug_prefix(tmp_path, fake_rules):
    write(tmp_path, "a.txt", FAULTY.replace("Pelayanan umum", "Pelayanan kiranya"))

    def codes(*args):
        r = invoke(["check", "a.txt", "--isolated", "--format", "json", *args], cwd=tmp_path)
        return [d["code"] for f in _json(r)["files"] for d in f["diagnostics"]]

    assert codes() == ["LP990", "LP991"]
    assert codes("--select", "LP990") == ["LP990"]
    assert codes("--select", "test-style") == ["LP991"]
    assert codes("--select", "LP99", "--ignore", "LP990") == ["LP991"]
    assert codes("--select", "LP990", "--extend-select", "test-style") == ["LP990", "LP991"]
    assert codes("--ignore", "LP99") == []


def test_lang_en(tmp_path, fake_rules):
    write(tmp_path, "a.txt", FAULTY)
    r = invoke(["check", "a.txt", "--isolated", "--lang", "en"], cwd=tmp_path)
    assert "Pasal 99, referred to here, does not exist" in r.stdout


def test_statistics(tmp_path, fake_rules):
    write(tmp_path, "a.txt", FAULTY)
    write(tmp_path, "b.txt", FAULTY)
    write(tmp_path, "c.txt", STYLE)
    r = invoke(["check", ".", "--isolated", "--statistics"], cwd=tmp_path)
    assert r.exit_code == 1
    assert r.stdout.splitlines() == ["2  LP990  test-broken-reference  error",
                                     "1  LP991  test-style             warning"]
    r = invoke(["check", ".", "--isolated", "--statistics", "--format", "json"], cwd=tmp_path)
    assert _json(r) == [{"code": "LP990", "rule": "test-broken-reference", "severity": "error", "count": 2},
                        {"code": "LP991", "rule": "test-style", "severity": "warning", "count": 1}]


# -- files, stdin, output --------------------------------------------------------

def test_folders_are_searched_with_include_and_exclude(tmp_path, fake_rules):
    write(tmp_path, "rancangan/a.txt", FAULTY)
    write(tmp_path, "rancangan/sub/b.md", FAULTY)
    write(tmp_path, "rancangan/arsip/c.txt", FAULTY)
    write(tmp_path, "rancangan/README.md", FAULTY)      # a project file, not a draft
    write(tmp_path, "rancangan/catatan.rtf", FAULTY)   # not a draft format

    def paths(*args):
        r = invoke(["check", "rancangan", "--isolated", "--format", "json", *args], cwd=tmp_path)
        return [f["path"].replace(os.sep, "/") for f in _json(r)["files"]]

    assert paths() == ["rancangan/a.txt", "rancangan/arsip/c.txt", "rancangan/sub/b.md"]
    assert paths("--exclude", "arsip") == ["rancangan/a.txt", "rancangan/sub/b.md"]
    assert paths("--include", "*.md") == ["rancangan/README.md", "rancangan/sub/b.md"]


def test_a_file_named_twice_is_linted_once(tmp_path, fake_rules):
    write(tmp_path, "a.txt", FAULTY)
    r = invoke(["check", "a.txt", "./a.txt", "--isolated", "--format", "json"], cwd=tmp_path)
    assert len(_json(r)["files"]) == 1


def test_stdin(tmp_path, fake_rules):
    r = invoke(["check", "-", "--isolated"], cwd=tmp_path, input=FAULTY)
    assert r.exit_code == 1 and r.stdout.startswith("-:30:77: LP990")
    r = invoke(["check", "-", "--isolated", "--stdin-filename", "rancangan/perbup.txt"], cwd=tmp_path, input=FAULTY)
    assert r.stdout.startswith("rancangan/perbup.txt:30:77: LP990")


def test_output_file_written_atomically(tmp_path, fake_rules):
    write(tmp_path, "a.txt", FAULTY)
    out = tmp_path / "laporan.json"
    out.write_text("old")
    r = invoke(["check", "a.txt", "--isolated", "--format", "json", "--output", out], cwd=tmp_path)
    assert r.exit_code == 1 and r.stdout == ""
    assert json.loads(out.read_text())["summary"]["diagnostics"] == 1
    assert not [p for p in os.listdir(tmp_path) if p.startswith(".lint-perda-")]  # no temp file left
    r = invoke(["check", "a.txt", "--isolated", "--output", tmp_path / "no" / "such" / "dir.txt"], cwd=tmp_path)
    assert r.exit_code == 2 and "tidak dapat ditulis" in r.stderr


def test_color_option(tmp_path, fake_rules):
    write(tmp_path, "a.txt", FAULTY)
    plain = invoke(["check", "a.txt", "--isolated", "--format", "full", "--color", "never"], cwd=tmp_path).stdout
    colored = invoke(["check", "a.txt", "--isolated", "--format", "full", "--color", "always"], cwd=tmp_path).stdout
    assert "\x1b[" not in plain and "\x1b[" in colored


# -- --jobs ----------------------------------------------------------------------

def test_jobs_2_gives_the_same_output_as_serial(tmp_path, fake_rules):
    texts = [FAULTY, CLEAN, STYLE, FAULTY.replace("Pelayanan umum", "Pelayanan kiranya")]
    for i in range(12):
        write(tmp_path, f"d/{i:02d}.txt", texts[i % 4])
    (tmp_path / "d" / "05.pdf").write_bytes(b"%PDF-1.4 broken")
    for fmt in ("concise", "json", "sarif", "github", "full"):
        serial = invoke(["check", "d", "--isolated", "--format", fmt, "--jobs", "1"], cwd=tmp_path)
        par = invoke(["check", "d", "--isolated", "--format", fmt, "--jobs", "2"], cwd=tmp_path)
        assert serial.exit_code == par.exit_code == 2
        a, b = serial.stdout, par.stdout
        if fmt in ("json", "full"):  # timings differ
            import re
            a = re.sub(r'"seconds": [0-9.]+|[0-9.]+ s$', "T", a, flags=re.M)
            b = re.sub(r'"seconds": [0-9.]+|[0-9.]+ s$', "T", b, flags=re.M)
        assert a == b, fmt


def test_file_result_pickles_without_the_document(tmp_path, fake_rules):
    import pickle
    from lint_perda.lintpool import lint_one
    from lint_perda.engine import Settings
    p = write(tmp_path, "a.txt", FAULTY)
    res = lint_one(str(p), Settings(), keep_text=False)
    back = pickle.loads(pickle.dumps(res))
    assert back.diagnostics[0].code == "LP990" and back.text is None and not hasattr(back, "_doc")


# -- other commands, python -m -----------------------------------------------------

def test_rules_and_explain(fake_rules):
    r = invoke(["rules", "--format", "json"])
    codes = [x["code"] for x in json.loads(r.stdout)]
    assert "LP001" in codes and "LP002" in codes and "LP990" in codes
    r = invoke(["explain", "unused-suppression"])
    assert r.exit_code == 0 and "Kapan diam" in r.stdout
    assert invoke(["explain", "LP777"]).exit_code == 2


def test_python_dash_m(tmp_path):
    write(tmp_path, "a.txt", CLEAN)
    r = run_cli(["--version"])
    assert r.returncode == 0 and "lint-perda" in r.stdout
    r = run_cli(["check", "a.txt", "--isolated", "--select", "LP0", "--format", "json"], cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["summary"]["files"] == 1


# -- imports -----------------------------------------------------------------------

_PROBE = """
import sys
sys.argv = ["lint-perda"] + sys.argv[1:]
heavy = ("rich", "networkx", "docx", "docx2python", "pdfplumber", "pdfminer")
if len(sys.argv) > 1:
    from lint_perda.cli import main
    try:
        main()
    except SystemExit:
        pass
else:
    import lint_perda.cli
sys.stderr.write("\\nLOADED=" + ",".join(m for m in heavy if m in sys.modules)
                 + ";GRAPH=" + str("lint_perda.graph" in sys.modules) + "\\n")
"""


def _loaded(args, cwd):
    import subprocess
    import sys
    r = subprocess.run([sys.executable, "-c", _PROBE, *args], cwd=cwd, capture_output=True, text=True, timeout=120)
    line = [ln for ln in r.stderr.splitlines() if ln.startswith("LOADED=")][-1]
    loaded, graph = line[len("LOADED="):].split(";GRAPH=")
    return set(filter(None, loaded.split(","))), graph == "True"


def test_import_cli_is_light(tmp_path):
    loaded, _ = _loaded([], tmp_path)
    assert loaded == set()


def test_check_json_imports_no_terminal_or_office_libraries(tmp_path):
    write(tmp_path, "a.txt", CLEAN)
    loaded, _ = _loaded(["check", "a.txt", "--isolated", "--format", "json", "--select", "LP0"], tmp_path)
    assert loaded == set(), loaded
    # the whole rule set: still no rich/docx/pdf; networkx only through the
    # graph analysis (doc.graph), when a selected rule asks for it
    loaded, graph = _loaded(["check", "a.txt", "--isolated", "--format", "json"], tmp_path)
    assert not loaded & {"rich", "docx", "docx2python", "pdfplumber", "pdfminer"}, loaded
    assert "networkx" not in loaded or graph, "networkx imported without the graph analysis"


def test_rules_json_does_not_import_rich(tmp_path):
    loaded, _ = _loaded(["rules", "--format", "json"], tmp_path)
    assert "rich" not in loaded


@pytest.mark.parametrize("flag,want", [([], os.cpu_count() or 1), (["--jobs", "0"], os.cpu_count() or 1),
                                       (["--jobs", "1"], 1), (["-j", "3"], 3)])
def test_files_are_linted_one_per_cpu_unless_told(tmp_path, monkeypatch, flag, want):
    # "--jobs 0" once read as unset and ran one at a time; the default is one
    # process per CPU, as ruff's
    import lint_perda.run as run
    seen = []

    def fake_lint_all(tasks, settings, jobs, **kw):
        seen.append(jobs)
        return []
    monkeypatch.setattr(run, "lint_all", fake_lint_all)
    write(tmp_path, "a.txt", CLEAN)
    write(tmp_path, "b.txt", CLEAN)
    invoke(["check", "a.txt", "b.txt", "--isolated", *flag], cwd=tmp_path)
    assert seen == [want]
