"""Numbers in digits and words (LP711): the words read back to the number
num2words writes for it; pairs that are not one number, or that a scanner
broke, are left alone; the faults of a published text are found."""
from __future__ import annotations

import glob
from decimal import Decimal

import pytest
from hypothesis import given, settings, strategies as st

from conftest import CORPUS, lint_text
from lint_perda.numwords import NotANumber, ocr_misreading, pairs, read_words, spell


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=0, max_value=999_999_999_999_999))
def test_words_read_back_to_the_number_num2words_wrote(n):
    assert read_words(spell(Decimal(n)))[0] == n


@pytest.mark.parametrize("words,value", [
    ("tiga puluh", 30), ("empat belas", 14), ("seribu lima ratus", 1500), ("lima juta rupiah", 5_000_000),
    ("sepuluh persen", 10), ("dua koma lima", Decimal("2.5")), ("nol koma dua puluh lima", Decimal("0.25")),
    ("nol koma nol lima", Decimal("0.05")), ("satu juta dua ratus ribu rupiah lima puluh sen", Decimal("1200000.50")),
    ("seratus sebelas", 111), ("dua triliun enam miliar", 2_006_000_000_000),
])
def test_read_words(words, value):
    assert read_words(words)[0] == value


@pytest.mark.parametrize("words", ["satu kali dua puluh empat", "satu per tiga", "tujuh ratus rniliar rupiah",
                                   "dua tiga", "puluh", "lima puluh delapaa", "rupiah"])
def test_not_one_number(words):
    with pytest.raises(NotANumber):
        read_words(words)


def test_pairs_skip_numbers_a_conversion_broke():
    text = ("sebesar Rp94. 172.621.376,73 (sembilan puluh empat miliar seratus tujuh puluh dua juta rupiah), "
            "lebih dari 1 1,6 (sebelas koma enam) kilometer, Rpl 75.000.000,00 (seratus tujuh puluh lima juta rupiah), "
            "dengan I 1,5 (sebelas koma enam), 1 m ^2 (satu meter persegi), 30 (tiga puluh lima) hari")
    got = [(p.digits, p.value_words) for p in pairs(text)]
    assert got == [("30", 35)]


def test_scanner_misreadings_are_recognised():
    one_digit, = pairs("paling lama 45 (empat puluh) hari")
    percent, = pairs("sebesar 1596 (lima belas persen);")
    real, = pairs("jangka waktu 30 (tiga puluh lima) tahun")
    assert ocr_misreading(one_digit) and ocr_misreading(percent)
    assert not ocr_misreading(pairs("Rp10.000.000,00 (satu miliar rupiah)").__next__())
    assert ocr_misreading(real)   # one digit apart too: which is why the rule only forgives it in OCR texts


def test_an_ocr_text_is_forgiven_a_misread_digit_but_a_typed_one_is_not():
    body = ("PERATURAN BUPATI SUKAMAJU\nNOMOR 1 TAHUN 2024\nTENTANG\nWAKTU PELAYANAN\n\n"
            "BAB I\nKETENTUAN UMUM\n\nPasal 1\nPermohonan diselesaikan paling lama 45 (empat puluh) hari.\n")
    assert [d.code for d in lint_text(body, select=["LP711"]).diagnostics] == ["LP711"]
    scanned = body + "\n".join(["PRES I DEN", "(21 ayat", "2O2O", "REPUBUK"]) + "\n"
    assert lint_text(scanned, select=["LP711"]).diagnostics == []


@pytest.mark.slow
def test_number_words_are_near_silent_on_national_texts():
    files = sorted(f for f in glob.glob(str(CORPUS / "national" / "pp" / "*" / "*.md"))
                   if int(f.split("/")[-2]) >= 2012)
    if not files:
        pytest.skip(f"national corpus not found under {CORPUS}")
    from conftest import lint_file
    hits = {f for f in files for _ in lint_file(f, select=["LP711"]).diagnostics}
    # the only text with findings is PP 96/2015 (30 (tiga puluh lima) tahun, Rp10.000.000,00 (satu miliar rupiah))
    assert len(hits) <= 3, sorted(hits)


def test_sen_alone_are_hundredths_of_a_rupiah():
    # PP 65/1957: "Rp. 0,10 (sepuluh sen)" is right; "(lima sen)" for 0,50 is
    # not; PP 55/2005: "0,17% (tujuh belas perseratus persen)" is right too
    from conftest import lint_text
    text = ("Pasal 1\nCukai ditetapkan Rp. 0,10 (sepuluh sen) untuk tiap kilogram dan Rp. 0,50 (lima puluh sen) "
            "untuk tiap liter, serta Rp. 0,50 (lima sen) untuk tiap botol, dengan bunga 0,17% (tujuh belas "
            "perseratus persen).\n")
    assert [d.message for d in lint_text(text, select=["LP711"]).diagnostics] == [
        'Angka dan hurufnya tidak sama: "Rp. 0,50" tetapi "(lima sen)", yang berarti 0,05.']
