"""Configuration: pyproject.toml [tool.lint-perda] and setup.cfg [lint-perda],
found walking up from each linted file; CLI over config; a bad key or value
is one line naming the file and the key, exit 2."""
import json

import pytest

from clitools import FAULTY, STYLE, fake_rules, invoke, write  # noqa: F401

BOTH = FAULTY.replace("Pelayanan umum", "Pelayanan kiranya")  # LP990 error + LP991 warning


def _codes(r):
    return [(f["path"], d["code"], d["severity"]) for f in json.loads(r.stdout)["files"] for d in f["diagnostics"]]


def test_pyproject_select_severity_and_fail_on(tmp_path, fake_rules):
    write(tmp_path, "pyproject.toml", '[tool.lint-perda]\nselect = ["LP99"]\nignore = ["test-style"]\n'
                                      'fail-on = "error"\n[tool.lint-perda.severity]\nLP990 = "warning"\n')
    write(tmp_path, "a.txt", BOTH)
    r = invoke(["check", "a.txt", "--format", "json"], cwd=tmp_path)
    assert _codes(r) == [("a.txt", "LP990", "warning")]
    assert r.exit_code == 0  # a warning, below fail-on = error
    # the command line wins
    r = invoke(["check", "a.txt", "--format", "json", "--fail-on", "warning"], cwd=tmp_path)
    assert r.exit_code == 1
    r = invoke(["check", "a.txt", "--format", "json", "--select", "LP991"], cwd=tmp_path)
    assert _codes(r) == [("a.txt", "LP991", "warning")]


def test_setup_cfg(tmp_path, fake_rules):
    write(tmp_path, "setup.cfg", "[metadata]\nname = x\n\n[lint-perda]\nselect = LP990, LP991\n"
                                 "per-file-ignores =\n    lampiran/*.txt: LP991\nseverity =\n    test-style: info\n"
                                 "\n[lint-perda.rules.LP990]\ntarget = ayat (1)\nmax-hits = 1\n")
    write(tmp_path, "a.txt", BOTH)
    write(tmp_path, "lampiran/b.txt", BOTH)
    r = invoke(["check", ".", "--format", "json"], cwd=tmp_path)
    codes = _codes(r)
    # rule options: LP990 now looks for "ayat (1)", at most one hit
    assert ("a.txt", "LP990", "error") in codes and ("a.txt", "LP991", "info") in codes
    assert [c for c in codes if c[0] == "lampiran/b.txt"] == [("lampiran/b.txt", "LP990", "error")]
    data = json.loads(r.stdout)
    assert data["files"][0]["diagnostics"][0]["message"].startswith("ayat (1) yang dirujuk")


def test_nearest_config_wins_walking_up_from_the_file(tmp_path, fake_rules):
    write(tmp_path, "pyproject.toml", '[tool.lint-perda]\nselect = ["LP990"]\n')
    write(tmp_path, "a.txt", BOTH)
    write(tmp_path, "sub/pyproject.toml", '[tool.lint-perda]\nselect = ["LP991"]\n')
    write(tmp_path, "sub/b.txt", BOTH)
    # a pyproject.toml without the section is skipped
    write(tmp_path, "sub/deep/pyproject.toml", '[project]\nname = "x"\n')
    write(tmp_path, "sub/deep/c.txt", BOTH)
    r = invoke(["check", "a.txt", "sub", "--format", "json"], cwd=tmp_path)
    assert [(p, c) for p, c, _ in _codes(r)] == [("a.txt", "LP990"), ("sub/b.txt", "LP991"), ("sub/deep/c.txt", "LP991")]
    # from another folder, the files still find their own configuration
    r = invoke(["check", tmp_path / "sub" / "b.txt", "--format", "json"], cwd=tmp_path.parent)
    assert [c for _, c, _ in _codes(r)] == ["LP991"]
    # --isolated ignores them all; --config uses one for every file
    r = invoke(["check", "a.txt", "sub/b.txt", "--format", "json", "--isolated"], cwd=tmp_path)
    assert len(_codes(r)) == 4
    r = invoke(["check", "a.txt", "sub/b.txt", "--format", "json", "--config", "sub/pyproject.toml"], cwd=tmp_path)
    assert [c for _, c, _ in _codes(r)] == ["LP991", "LP991"]


def test_per_file_ignores_are_relative_to_the_config(tmp_path, fake_rules):
    write(tmp_path, "pyproject.toml", '[tool.lint-perda.per-file-ignores]\n"rancangan/lama/*" = ["LP99"]\n'
                                      '"*.md" = ["LP991"]\n')
    write(tmp_path, "rancangan/lama/a.txt", BOTH)
    write(tmp_path, "rancangan/b.md", BOTH)
    r = invoke(["check", "rancangan", "--format", "json"], cwd=tmp_path)
    assert [(p, c) for p, c, _ in _codes(r)] == [("rancangan/b.md", "LP990")]
    r = invoke(["check", "lama/a.txt", "--format", "json"], cwd=tmp_path / "rancangan")
    assert _codes(r) == []


def test_exclude_applies_to_folder_walks(tmp_path, fake_rules):
    write(tmp_path, "pyproject.toml", '[tool.lint-perda]\nexclude = ["arsip"]\n')
    write(tmp_path, "a.txt", FAULTY)
    write(tmp_path, "arsip/b.txt", FAULTY)
    r = invoke(["check", ".", "--format", "json"], cwd=tmp_path)
    assert [f["path"] for f in json.loads(r.stdout)["files"]] == ["a.txt"]
    # a file named on the command line is linted all the same (as ruff does)
    r = invoke(["check", "arsip/b.txt", "--format", "json"], cwd=tmp_path)
    assert len(json.loads(r.stdout)["files"]) == 1


def test_lang_and_data_packs(tmp_path, fake_rules):
    write(tmp_path, "paket/nomenklatur.toml", 'nama = "uji"\n')
    write(tmp_path, "pyproject.toml", '[tool.lint-perda]\nlang = "en"\ndata-packs = ["paket/nomenklatur.toml"]\n')
    write(tmp_path, "a.txt", FAULTY)
    r = invoke(["check", "a.txt"], cwd=tmp_path)
    assert "does not exist in this regulation" in r.stdout
    from lint_perda.configfiles import ConfigResolver
    cfg = ConfigResolver().for_file(str(tmp_path / "a.txt"))
    assert cfg.data_packs == [str(tmp_path / "paket" / "nomenklatur.toml")]


@pytest.mark.parametrize("text,needle", [
    ('[tool.lint-perda]\nselct = ["LP990"]\n', 'selct: kunci tidak dikenal (maksud Anda "select"?)'),
    ('[tool.lint-perda]\nselect = ["LP9x9"]\n', 'select: aturan tidak dikenal "LP9x9"'),
    ('[tool.lint-perda]\nselect = 5\n', "select: harus berupa daftar teks"),
    ('[tool.lint-perda]\nfail-on = "fatal"\n', "fail-on: nilai 'fatal' tidak dikenal"),
    ('[tool.lint-perda]\nlang = "fr"\n', "lang: nilai 'fr' tidak dikenal"),
    ('[tool.lint-perda.severity]\nLP990 = "fatal"\n', "severity.LP990: tingkat 'fatal' tidak dikenal"),
    ('[tool.lint-perda.severity]\nLP9x9 = "error"\n', 'severity.LP9x9: aturan tidak dikenal'),
    ('[tool.lint-perda.per-file-ignores]\n"*.txt" = ["nope"]\n', 'per-file-ignores.*.txt: aturan tidak dikenal "nope"'),
    ('[tool.lint-perda.rules.LP990]\ntargte = "x"\n', "[tool.lint-perda.rules.LP990] targte: opsi tidak dikenal untuk LP990"),
    ('[tool.lint-perda.rules.LP990]\nmax-hits = "banyak"\n', "max-hits: nilai 'banyak' harus bertipe int"),
    ('[tool.lint-perda]\ndata-packs = ["tidak-ada.toml"]\n', 'data-packs: paket data "tidak-ada.toml" tidak ditemukan'),
    ('[tool.lint-perda\nselect = 1\n', "TOML tidak sah"),
])
def test_bad_pyproject_is_one_line_naming_file_and_key(tmp_path, text, needle, fake_rules):
    write(tmp_path, "pyproject.toml", text)
    write(tmp_path, "a.txt", FAULTY)
    r = invoke(["check", "a.txt"], cwd=tmp_path)
    assert r.exit_code == 2
    err = r.stderr.strip()
    assert "\n" not in err, err
    assert err.startswith("lint-perda: konfigurasi tidak sah: ") and "pyproject.toml" in err, err
    assert needle in err, err
    assert r.stdout == ""


@pytest.mark.parametrize("text,needle", [
    ("[lint-perda]\nignore = LP990\nfoo = 1\n", "[lint-perda] foo: kunci tidak dikenal"),
    ("[lint-perda]\nseverity =\n    LP990 fatal\n", 'harus berbentuk "kunci: nilai"'),
    ("[lint-perda.other]\nx = 1\n", "[lint-perda.other]: bagian tidak dikenal"),
    ("[lint-perda.rules.LP990]\nmax-hits = banyak\n", "max-hits: nilai 'banyak' harus bertipe int"),
    ("[lint-perda\n", "berkas INI tidak sah"),
])
def test_bad_setup_cfg(tmp_path, text, needle, fake_rules):
    write(tmp_path, "setup.cfg", text)
    write(tmp_path, "a.txt", FAULTY)
    r = invoke(["check", "a.txt"], cwd=tmp_path)
    assert r.exit_code == 2
    err = r.stderr.strip()
    assert "\n" not in err and "setup.cfg" in err and needle in err, err


def test_missing_explicit_config(tmp_path, fake_rules):
    write(tmp_path, "a.txt", FAULTY)
    r = invoke(["check", "a.txt", "--config", "nope.toml"], cwd=tmp_path)
    assert r.exit_code == 2 and "nope.toml: berkas konfigurasi tidak ditemukan" in r.stderr


def test_dedicated_toml_file_with_top_level_keys(tmp_path, fake_rules):
    write(tmp_path, "lint-perda.toml", 'select = ["LP991"]\n')
    write(tmp_path, "a.txt", BOTH)
    r = invoke(["check", "a.txt", "--format", "json", "--config", "lint-perda.toml"], cwd=tmp_path)
    assert [c for _, c, _ in _codes(r)] == ["LP991"]


def test_glob_matching():
    from lint_perda.config import _glob_match
    assert _glob_match("rancangan/lama/a.txt", "a.txt", "rancangan/lama/*")
    assert _glob_match("rancangan/lama/x/a.txt", "a.txt", "rancangan/lama/*")
    assert _glob_match("rancangan/lama/a.txt", "a.txt", "lama")
    assert _glob_match("rancangan/lama/a.txt", "a.txt", "rancangan/")
    assert _glob_match("x/a.md", "a.md", "*.md")
    assert not _glob_match("rancangan/baru/a.txt", "a.txt", "rancangan/lama/*")
    assert not _glob_match("rancangan/a.txt", "a.txt", "rancang")


def test_config_with_styles_keeps_styles_file_separate(tmp_path, fake_rules):
    # a file without findings of the selected rule exits 0
    write(tmp_path, "pyproject.toml", '[tool.lint-perda]\nselect = ["LP990"]\n')
    write(tmp_path, "gaya.txt", STYLE)
    assert invoke(["check", "gaya.txt"], cwd=tmp_path).exit_code == 0
