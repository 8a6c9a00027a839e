"""Organisation rules on the real texts: the pasted-from-another-agency and
wrong-unit faults of 000 and 001 fire; the partner mentions of 001
(Bagian Organisasi, BAPPEDA, Inspektorat, Badan Pengelola Keuangan) and 003
(Dinas Sosial as a data source) stay silent; national texts stay silent."""
from __future__ import annotations

import glob

import pytest

from conftest import CORPUS, R000, R001, R003, lint_file, need_corpus

pytestmark = pytest.mark.corpus
ORG = ["LP401", "LP402", "LP403", "LP404"]


def _found(path, codes=ORG):
    need_corpus()
    res = lint_file(path, select=codes)
    assert res.error is None
    return [(d.line, d.code, d.message) for d in res.diagnostics]


@pytest.mark.parametrize("path,line,code,words", [
    (R000, 3084, "LP402", '"Direktur Kecamatan"'),
    (R000, 3084, "LP402", '"Kepala Dinas Kesehatan"'),
    (R000, 829, "LP401", "tidak mempunyai Bidang"),
    (R000, 188, "LP401", 'maksud Anda "Seksi Pemerintahan dan Ketertiban Umum"'),
    (R000, 92, "LP404", '"Kecamatan Cibeer"'),
    (R001, 131, "LP402", 'Urusan "kesehatan"'),
    (R001, 1879, "LP402", '"Sekolah Menengah Pertama"'),
])
def test_regional_case_fires(path, line, code, words):
    got = _found(path)
    assert any(ln == line and c == code and words in msg for ln, c, msg in got), got


def test_partner_mentions_stay_silent():
    for path in (R001, R003):
        need_corpus()
        res = lint_file(path, select=["LP402"])
        text = res.text
        for d in res.diagnostics:
            words = text[d.start:d.end]
            for partner in ("Bagian Organisasi", "Badan Perencanaan", "BAPPEDA", "Inspektorat", "Badan Pengelola",
                            "Dinas Sosial"):
                assert partner not in words, (path.name, d.line, d.message)
    assert _found(R003, ["LP402"]) == []


@pytest.mark.slow
def test_organisation_rules_are_rare_on_national_texts():
    files = sorted(f for f in glob.glob(str(CORPUS / "national" / "*" / "*" / "*"))
                   if f.split("/")[-2].isdigit() and int(f.split("/")[-2]) >= 2012)
    if not files:
        pytest.skip(f"national corpus not found under {CORPUS}")
    n = sum(len(lint_file(f, select=ORG).diagnostics) for f in files)
    assert n <= len(files) / 20, f"{n} findings on {len(files)} texts"
