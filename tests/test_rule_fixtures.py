"""Every rule has fixtures under tests/fixtures/rules/<CODE>/:

- fire*.txt (or .md): must give at least one finding of that rule; when a
  ``<name>.expected`` file sits beside it, its lines ``LINE CODE`` must be
  exactly the findings of that rule (so one planted fault gives exactly one
  finding, at the right line), and an optional third column its severity;
- quiet*.txt: must give no finding of that rule.

The rule runs alone (``select=[CODE]``), as a user selecting it would.  The
rules that check an amendment against the regulation it amends find that
regulation in ``base.txt`` beside the fixtures (and the earlier amendments of
its chain in ``earlier*.txt``), as ``check base.txt fire.txt`` would.
"""
from pathlib import Path

import pytest

from conftest import FIXTURES, lint_file

RULE_DIR = FIXTURES / "rules"


def _cases():
    out = []
    for d in sorted(RULE_DIR.iterdir()) if RULE_DIR.is_dir() else []:
        if not d.is_dir():
            continue
        for f in sorted(d.iterdir()):
            if f.suffix in (".txt", ".md") and f.stem.startswith(("fire", "quiet")):
                out.append(pytest.param(d.name, f, id=f"{d.name}/{f.name}"))
    return out


def test_every_rule_has_fixtures():
    from lint_perda.registry import all_rules
    missing = []
    for r in all_rules():
        d = RULE_DIR / r.code
        fires = list(d.glob("fire*")) if d.is_dir() else []
        quiets = list(d.glob("quiet*")) if d.is_dir() else []
        if not fires or not quiets:
            missing.append(r.code)
    assert not missing, f"rules without a fire and a quiet fixture: {missing}"


@pytest.mark.parametrize("code,path", _cases())
def test_fixture(code: str, path: Path):
    if code.startswith("LP70"):
        from lint_perda.dictionary import find_dictionary
        if find_dictionary() is None:
            pytest.skip("no Indonesian Hunspell dictionary (apt-get install hunspell-id): spelling rules silent")
    base = path.parent / "base.txt"
    bases = [base] + sorted(path.parent.glob("earlier*.txt")) if base.exists() else []
    res = lint_file(path, select=[code], bases=bases)
    assert res.error is None, res.error
    got = sorted((d.line, d.code) for d in res.diagnostics if d.code == code)
    if path.stem.startswith("quiet"):
        assert got == [], f"{path.name} must be quiet, got {[(d.line, d.message) for d in res.diagnostics]}"
        return
    expected = path.with_suffix(".expected")
    if expected.exists():
        rows = [ln.split() for ln in expected.read_text().splitlines() if ln.strip() and not ln.startswith("#")]
        want = sorted((int(r[0]), r[1]) for r in rows)
        assert got == want, [(d.line, d.code, d.message) for d in res.diagnostics]
        # a third column, where given, is the finding's severity
        severity = {(d.line, d.code): d.severity for d in res.diagnostics if d.code == code}
        assert all(severity[(int(r[0]), r[1])] == r[2] for r in rows if len(r) > 2), severity
    else:
        assert got, f"{path.name} must fire {code}"



def test_penjelasan_unit_finding_marks_the_heading_it_names():
    """LP134 marks "Ayat (3)" in "Ayat (3) Yang dimaksud ...", not a letter of the words after it."""
    from lint_perda.engine import Settings, lint_source
    from lint_perda.sources import SourceText
    text = (RULE_DIR / "LP134" / "fire.txt").read_text(encoding="utf-8").replace("Ayat (3)\n", "Ayat (3) ")
    (d,) = lint_source(SourceText(path="fire.txt", text=text), Settings(select=["LP134"])).diagnostics
    assert text[d.start:d.end] == "Ayat (3)"
