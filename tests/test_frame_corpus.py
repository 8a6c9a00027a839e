"""Frame rules on the real texts: 002's Menetapkan without jenis and TENTANG
and 001's "ORGANSASI" fire; 000's correct Menetapkan (no region, as the form
requires) and the Mengingat lists of 000 and 001 stay silent; national texts
stay under one error per ten texts."""
from __future__ import annotations

import glob

import pytest

from conftest import CORPUS, R000, R001, R002, lint_file, need_corpus

pytestmark = pytest.mark.corpus
FRAME = ["LP301", "LP302", "LP501", "LP502", "LP503", "LP504", "LP511", "LP512", "LP513", "LP514", "LP515"]


def _found(path, codes):
    need_corpus()
    res = lint_file(path, select=codes)
    assert res.error is None
    return [(d.line, d.code, d.message) for d in res.diagnostics]


def test_002_menetapkan_without_jenis():
    got = _found(R002, ["LP502"])
    assert [(ln, c) for ln, c, _ in got] == [(33, "LP502")] and "TENTANG" in got[0][2]


def test_001_organsasi():
    got = _found(R001, ["LP502"])
    assert [(ln, c) for ln, c, _ in got] == [(41, "LP502")] and "ORGANSASI" in got[0][2]


def test_correct_frames_stay_silent():
    assert _found(R000, ["LP501", "LP502", "LP503", "LP504", "LP511", "LP512", "LP514", "LP515"]) == []
    assert _found(R001, ["LP501", "LP503", "LP504", "LP511", "LP512", "LP514", "LP515"]) == []


def test_000_definitions_defined_but_unused():
    got = _found(R000, ["LP302"])
    assert any('"PATEN"' in msg for _, _, msg in got)


@pytest.mark.slow
def test_frame_errors_are_rare_on_national_texts():
    files = sorted(f for f in glob.glob(str(CORPUS / "national" / "*" / "*" / "*"))
                   if f.split("/")[-2].isdigit() and int(f.split("/")[-2]) >= 2012)
    if not files:
        pytest.skip(f"national corpus not found under {CORPUS}")
    errors = sum(d.severity == "error" for f in files for d in lint_file(f, select=FRAME).diagnostics)
    assert errors <= len(files) / 10, f"{errors} error findings on {len(files)} texts"
