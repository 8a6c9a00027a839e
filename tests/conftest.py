import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(os.environ.get("LINT_PERDA_CORPUS", ROOT.parent / "shared" / "corpus"))
REGIONAL = CORPUS / "regional"
NATIONAL = CORPUS / "national"
FIXTURES = ROOT / "tests" / "fixtures"
EXAMPLES = ROOT / "examples"

R000 = REGIONAL / "000_44f89946bab55b04.txt"
R001 = REGIONAL / "001_60bb1e4880f809ab.txt"
R002 = REGIONAL / "002_d5814a3b4b49db1f.txt"
R003 = REGIONAL / "003_5ca69c8368cad832.txt"


@pytest.fixture(autouse=True)
def _own_cache(monkeypatch, tmp_path_factory):
    """Each test its own, empty results cache: no test reads another's
    results, and none writes to the user's cache folder."""
    monkeypatch.setenv("LINT_PERDA_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))


def need_corpus():
    if not REGIONAL.is_dir():
        pytest.skip(f"corpus not found at {CORPUS} (set LINT_PERDA_CORPUS); real-text tests skipped")


@pytest.fixture
def corpus():
    need_corpus()
    return CORPUS


def lint_file(path, select=None, bases=(), **settings):
    """Lint one file with the engine; select is a list of codes/prefixes;
    bases: the regulation it amends and the earlier amendments of its chain."""
    from lint_perda.engine import Settings, lint_path
    s = Settings(select=select, **settings)
    return lint_path(str(path), s, bases=tuple(str(b) for b in bases))


def lint_text(text, select=None, name="draft.txt", **settings):
    from lint_perda.engine import Settings, lint_source
    from lint_perda.sources import SourceText
    return lint_source(SourceText(path=name, text=text), Settings(select=select, **settings))
