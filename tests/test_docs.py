"""The documentation tells the truth: every rule is listed in the README and
has a complete docstring; the README's rule table and output excerpt are what
the tool prints now (scripts/update_readme.py regenerates them); the first
screen has exactly the two set-up-and-run commands."""
from __future__ import annotations

import re
import subprocess
import sys

from conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
SECTIONS = ("## Apa yang diperiksa", "## Mengapa", "## Dasar", "## Contoh salah", "## Contoh benar", "## Kapan diam")


def test_every_rule_is_in_the_readme_table():
    from lint_perda.registry import all_rules
    for r in all_rules():
        assert f"| `{r.code}` | `{r.slug}` |" in README, r.code


def test_every_rule_documents_itself():
    from lint_perda.registry import all_rules
    for r in all_rules():
        doc = r.doc()
        # LP0xx are about the tool itself: no drafting rule behind them
        need = SECTIONS if not r.code.startswith("LP0") else ("## Apa yang diperiksa", "## Kapan diam")
        missing = [s for s in need if s not in doc]
        assert not missing, (r.code, missing)


def test_unverified_butir_numbers_are_not_shown():
    """Only butir numbers the drafting-rules note marks verified (75-76, 79,
    80, 81-82) appear in a rule's basis."""
    from lint_perda.registry import all_rules
    verified = {"75", "76", "79", "80", "81", "82", "75-76", "81-82"}
    for r in all_rules():
        for num in re.findall(r"butir (\d+(?:-\d+)?)", r.basis or ""):
            assert num in verified, (r.code, r.basis)


def test_readme_table_and_excerpt_are_current():
    r = subprocess.run([sys.executable, str(ROOT / "scripts" / "update_readme.py"), "--check"], cwd=ROOT)
    assert r.returncode == 0, "README is stale: run python scripts/update_readme.py"


def test_first_screen_has_the_two_commands():
    first = README.split("## What it reports")[0]
    cmds = [ln for ln in re.findall(r"```sh\n(.*?)```", first, re.DOTALL)[0].splitlines() if ln.strip()]
    assert len(cmds) == 2
    assert "lint-perda check examples/" in cmds[0] and cmds[1].endswith(".venv/bin/pytest")
