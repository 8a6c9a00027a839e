"""A Keputusan is read as what it is: its diktum KESATU, KEDUA ... are
provisions with their lists, referred to as "Diktum KEDUA huruf b"; the
parse header names a regulation as it is cited."""
from __future__ import annotations

from conftest import EXAMPLES, R000, lint_file, need_corpus
from lint_perda.document import Document
from lint_perda.sources import read_source


def _doc(path):
    return Document(read_source(str(path)))


def test_diktum_are_provisions_with_their_lists():
    doc = _doc(EXAMPLES / "keputusan-tim-bersih.txt")
    dikta = list(doc.nodes("diktum"))
    assert [(d.num, d.value) for d in dikta] == [("KESATU", 1), ("KEDUA", 2), ("KETIGA", 3), ("KEEMPAT", 4),
                                                 ("KELIMA", 5)]
    kedua = dikta[1]
    assert [c.path for c in kedua.children] == ["Diktum KEDUA huruf a", "Diktum KEDUA huruf b", "Diktum KEDUA huruf c"]
    assert kedua.text.startswith("Tim sebagaimana dimaksud dalam Diktum KESATU")
    assert doc.counts(with_references=False)["diktum"] == 5
    assert doc.identity.jenis == "Keputusan Bupati" and doc.identity.tahun == "2024"
    assert doc.parsed.coverage == 1.0


def test_a_misspelt_ordinal_still_numbers_its_diktum():
    text = (EXAMPLES / "keputusan-tim-bersih.txt").read_text().replace("KEEMPAT : ", "KEEMPT : ")
    from conftest import lint_text
    res = lint_text(text, select=["LP109", "LP712"])
    assert [(d.code, d.suggestion) for d in res.diagnostics] == [("LP712", "KEEMPAT")]


def test_a_peraturan_has_no_diktum_count():
    doc = _doc(EXAMPLES / "perbup-sotk-kecamatan-bersih.txt")
    assert "diktum" not in doc.counts(with_references=False)


def test_parse_header_names_a_perkada_as_cited():
    need_corpus()
    from lint_perda.identity import read_identity
    assert read_identity(_doc(R000).root).name() == "Peraturan Wali Kota Cilegon Nomor 29 Tahun 2022"
    assert _doc(EXAMPLES / "keputusan-tim-bersih.txt").identity.name() == \
        "Keputusan Bupati Sukamaju Nomor 188.45/112/KEP/2024"


def test_regional_keputusan_number_left_blank():
    need_corpus()
    from conftest import R003
    res = lint_file(R003, select=["LP521"])
    assert [(d.line, d.code) for d in res.diagnostics] == [(3, "LP521")]
