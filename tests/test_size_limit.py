"""Bounded on any input: a text above the size limit (10 MB unless
configured) is refused up front with one line and exit 2, the other files
still linted; the limit comes from `max-size` or `--max-size`; and a large
generated regulation under the limit is checked in linear time and bounded
memory (slow test; a generous timeout, not a timing)."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from clitools import invoke, run_cli

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "perda-retribusi-salah.txt"
sys.path.insert(0, str(ROOT / "benchmarks"))


def test_a_text_over_the_limit_is_refused_up_front(tmp_path):
    text = EXAMPLE.read_text(encoding="utf-8")
    big = tmp_path / "kumpulan.txt"
    with open(big, "w", encoding="utf-8") as f:   # a collection glued into one file: 10.5 MB
        while f.tell() < 10_500_000:
            f.write(text)
    small = tmp_path / "rancangan.txt"
    small.write_text(text, encoding="utf-8")
    r = run_cli(["check", big, small, "--isolated", "--format", "json", "--no-progress"], timeout=120)
    assert r.returncode == 2
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and str(big) in lines[0]
    assert "terlalu besar" in lines[0] and "batas 10 MB" in lines[0] and "--max-size" in lines[0]
    out = {f["path"]: f for f in json.loads(r.stdout)["files"]}
    assert out[str(big)]["error"] and not out[str(big)]["diagnostics"]
    assert out[str(small)]["error"] is None and out[str(small)]["diagnostics"]   # still linted


def test_the_limit_comes_from_the_configuration_and_the_flag(tmp_path):
    d = tmp_path / "rancangan.txt"
    d.write_text(EXAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text('[tool.lint-perda]\nmax-size = "1 KB"\n', encoding="utf-8")
    r = invoke(["check", d, "--no-progress"], cwd=tmp_path)
    assert r.exit_code == 2 and "batas 1 KB" in r.output
    r = invoke(["check", d, "--no-progress", "--max-size", "20KB"], cwd=tmp_path)
    assert r.exit_code == 1 and "terlalu besar" not in r.output
    r = invoke(["check", d, "--no-progress", "--max-size", "0"], cwd=tmp_path)   # no limit
    assert r.exit_code == 1
    (tmp_path / "pyproject.toml").unlink()
    (tmp_path / "setup.cfg").write_text("[lint-perda]\nmax-size = 1024\n", encoding="utf-8")
    assert invoke(["check", d, "--no-progress"], cwd=tmp_path).exit_code == 2
    (tmp_path / "setup.cfg").write_text("[lint-perda]\nmax-size = 2 MB\n", encoding="utf-8")
    assert invoke(["check", d, "--no-progress"], cwd=tmp_path).exit_code == 1


@pytest.mark.parametrize("value", ['"banyak"', "-5", "true", '"5 XB"', "[1]"])
def test_a_bad_max_size_is_a_configuration_error(tmp_path, value):
    (tmp_path / "pyproject.toml").write_text(f"[tool.lint-perda]\nmax-size = {value}\n", encoding="utf-8")
    d = tmp_path / "rancangan.txt"
    d.write_text(EXAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    r = invoke(["check", d, "--no-progress"], cwd=tmp_path)
    assert r.exit_code == 2
    (line,) = r.output.strip().splitlines()
    assert "konfigurasi tidak sah" in line and "max-size" in line


def test_a_bad_max_size_flag_is_a_usage_error(tmp_path):
    r = invoke(["check", EXAMPLE, "--max-size", "besar"])
    assert r.exit_code == 2 and "--max-size" in r.output


@pytest.mark.slow
def test_a_large_generated_regulation_is_checked_in_bounded_time_and_memory(tmp_path):
    from genreg import generate
    from common import run_measured
    n = 7_000   # about 5 MB: BAB, Bagian, Paragraf, ayat, lists, references back, one in fifty broken
    big = tmp_path / "perda-besar.txt"
    big.write_text(generate(n, scale=2), encoding="utf-8")
    assert big.stat().st_size > 4_000_000
    # generous: a quadratic step made this take hours; linear, about a minute
    seconds, rss, _, rc = run_measured([sys.executable, "-m", "lint_perda", "check", str(big), "--isolated",
                                        "--format", "json", "--no-progress", "--no-cache",
                                        "--output", str(tmp_path / "out.json")], timeout=900)
    assert rc == 1, f"exit {rc} after {seconds:.0f} s"
    out = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))["files"][0]
    assert out["error"] is None and out["document"]["counts"]["pasal"] == n + 1
    broken = [d for d in out["diagnostics"] if d["code"] == "LP201"]
    assert len(broken) > n / 40   # the generator breaks one reference in fifty
    assert rss < 500_000_000
