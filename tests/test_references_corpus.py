"""The reference rules on the real texts: the regional drafts' genuine
faults fire, their external references do not; on the published national
texts (2012 on) the broken-reference rule stays near-silent."""
from __future__ import annotations

import glob

import pytest

from conftest import CORPUS, R000, R001, lint_file, need_corpus

pytestmark = pytest.mark.corpus


def _found(path, code):
    need_corpus()
    res = lint_file(path, select=[code])
    assert res.error is None
    return [(d.line, d.message) for d in res.diagnostics if d.code == code]


def test_001_keuangan_fungsi_cites_the_umum_tugas_pasal():
    got = _found(R001, "LP202")
    assert [ln for ln, _ in got] == [608]
    assert "Pasal 17" in got[0][1]


def test_000_seksi_pembangunan_fungsi_cites_pasal_1():
    got = _found(R000, "LP202")
    assert [ln for ln, _ in got] == [728]
    assert "Pasal 1 bukan Pasal tugas" in got[0][1]


def test_000_huruf_capital_i():
    got = _found(R000, "LP205")
    assert (115, 'Huruf rincian ditulis kecil: "huruf i", bukan "huruf I".') in got


def test_000_bare_lampiran_beside_lampiran_i_to_iii():
    assert [ln for ln, _ in _found(R000, "LP207")] == [128, 1639]


def test_000_references_to_the_doubled_pasal_17_and_20_are_ambiguous():
    assert [ln for ln, _ in _found(R000, "LP203")] == [619, 636, 749, 826, 847]


def test_external_references_are_not_internal():
    need_corpus()
    from lint_perda.document import Document
    from lint_perda.sources import read_source
    for path, phrase in [(R000, "Pasal 8"), (R001, "Pasal 7")]:
        doc = Document(read_source(str(path)))
        menimbang = [r for r in doc.references if r.node.nearest("menimbang") is not None and r.text == phrase]
        assert menimbang and all(r.scope == "external" for r in menimbang)
    for path in (R000, R001):
        assert _found(path, "LP201") == []


@pytest.mark.slow
def test_broken_references_are_rare_on_published_national_texts():
    need_corpus()
    files = sorted(f for f in glob.glob(str(CORPUS / "national" / "*" / "*" / "*"))
                   if f.split("/")[-2].isdigit() and int(f.split("/")[-2]) >= 2012)
    if not files:
        pytest.skip("national corpus not found")
    n = 0
    for f in files:
        res = lint_file(f, select=["LP201"])
        assert res.error is None, f
        n += len(res.diagnostics)
    assert n <= len(files) / 20, f"{n} broken-reference findings on {len(files)} texts"
