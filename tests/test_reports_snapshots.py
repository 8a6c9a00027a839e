"""Snapshots of every output format on the four regional texts.

The rule selection is pinned to the numbering, reference and engine families
(LP0, LP1, LP2: whichever of them exist), so a new rule elsewhere does not
change these files; a change inside those families does, and then the
snapshots are refreshed deliberately with ``pytest --snapshot-update``.
Timings are replaced by a placeholder; paths are relative to the corpus
folder, so the snapshots do not depend on where the corpus lies."""
import re

import pytest

from conftest import R000, R001, R002, R003, REGIONAL, need_corpus
from clitools import invoke

pytestmark = pytest.mark.corpus

FILES = [p.name for p in (R000, R001, R002, R003)]
FAMILIES = ("LP0", "LP1", "LP2")


def _select() -> str:
    from lint_perda.registry import all_rules
    return ",".join(f for f in FAMILIES if any(r.code.startswith(f) for r in all_rules()))


def _normalise(text: str) -> str:
    text = re.sub(r'"seconds": [0-9.]+', '"seconds": 0.0', text)
    text = re.sub(r"· [0-9]+\.[0-9]+ s$", "· 0.00 s", text, flags=re.M)
    text = text.replace(str(REGIONAL) + "/", "")
    return text


@pytest.mark.parametrize("fmt", ["full", "concise", "json", "sarif", "github"])
def test_format_on_the_regional_texts(fmt, snapshot):
    need_corpus()
    args = ["check", *FILES, "--isolated", "--format", fmt, "--select", _select(), "--no-progress"]
    if fmt == "full":
        args += ["--color", "never"]
    r = invoke(args, cwd=REGIONAL)
    assert r.exit_code in (0, 1), r.stderr
    assert _normalise(r.stdout) == snapshot


def test_statistics_on_the_regional_texts(snapshot):
    need_corpus()
    r = invoke(["check", *FILES, "--isolated", "--statistics", "--select", _select()], cwd=REGIONAL)
    assert r.stdout == snapshot
