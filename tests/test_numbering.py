"""Numbering rules LP101-LP106 on generated regulations.

The generator of test_parser_properties writes well-formed regulations
(BAB, Bagian, Paragraf, Pasal, ayat, lists four levels deep, with the
artefacts of real conversions).  A clean one gives no numbering finding; one
planted fault (a skipped, repeated or swapped number at any level) gives
exactly one numbering finding, of the rule for that level, on a line the
fault touched.
"""
import re

import pytest

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from conftest import lint_text
from lint_perda.numbering import int_to_letter, int_to_ordinal, int_to_roman
from lint_perda.parser import parse_text
from lint_perda.sources import SourceText
from test_parser_properties import regulation, render

NUMBERING = ["LP101", "LP102", "LP103", "LP104", "LP105", "LP106"]
RULE_OF = {"bab": "LP101", "bagian": "LP102", "paragraf": "LP103", "pasal": "LP104", "ayat": "LP105",
           "huruf": "LP106", "angka": "LP106", "huruf_kurung": "LP106", "angka_kurung": "LP106"}
LEAD = r"^(\s*(?:- |#+ )?)"
MARKER = {
    "bab": (LEAD + r"BAB [IVXLC]+", lambda v: f"BAB {int_to_roman(v)}"),
    "bagian": (LEAD + r"Bagian (?!\.\.\.).+$", lambda v: f"Bagian {int_to_ordinal(v)}"),
    "paragraf": (LEAD + r"Paragraf \d+", lambda v: f"Paragraf {v}"),
    "pasal": (LEAD + r"Pasal \d+", lambda v: f"Pasal {v}"),
    "ayat": (LEAD + r"\(\d+\)", lambda v: f"({v})"),
    "huruf": (LEAD + r"[a-z]\.", lambda v: f"{int_to_letter(v)}."),
    "angka": (LEAD + r"\d+\.", lambda v: f"{v}."),
    "huruf_kurung": (LEAD + r"[a-z]\)", lambda v: f"{int_to_letter(v)})"),
    "angka_kurung": (LEAD + r"\d+\)", lambda v: f"{v})"),
}


def numbering_findings(text):
    res = lint_text(text, select=NUMBERING)
    assert res.error is None
    return [(d.code, d.line, d.message) for d in res.diagnostics if d.code in NUMBERING]


def sequences(text):
    """Every numbered sequence of the parsed clean text, as lists of (kind, value, line)."""
    root = parse_text(text).root
    body = next(c for c in root.children if c.kind == "body")
    src = SourceText(path="x", text=text)
    out = [[(n.kind, n.value, src.locate(n.start)[0]) for n in body.walk() if n.kind == "pasal"],
           [(n.kind, n.value, src.locate(n.start)[0]) for n in body.walk() if n.kind == "bab"]]
    for p in [body] + list(body.walk()):
        for kind in RULE_OF:
            if kind in ("pasal", "bab"):
                continue
            seq = [(c.kind, c.value, src.locate(c.start)[0]) for c in p.children if c.kind == kind]
            if seq:
                out.append(seq)
    return [s for s in out if s]


def renumber(lines, line, kind, value):
    pat, make = MARKER[kind]
    new, n = re.subn(pat, lambda m: m.group(1) + make(value), lines[line - 1], count=1)
    assert n == 1, (kind, lines[line - 1])
    lines[line - 1] = new
    # the page-end catchword announcing this line ("d. ...") is renumbered
    # with it, as a word processor would
    for back in (2, 3):
        if line - back >= 0 and lines[line - back].endswith(" ...") and re.match(pat, lines[line - back]):
            lines[line - back] = re.sub(pat, lambda m: m.group(1) + make(value), lines[line - back], count=1)
            break
        if line - back >= 0 and lines[line - back].strip():
            break


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(regulation())
def test_well_formed_regulation_has_no_numbering_finding(spec):
    text, _, _ = render(spec)
    assert numbering_findings(text) == [], text


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(regulation(), st.sampled_from(["skip", "repeat", "swap"]), st.randoms(use_true_random=False))
def test_one_planted_fault_gives_one_finding_at_its_place(spec, fault, rnd):
    text, _, _ = render(spec)
    candidates = [s for s in sequences(text) if len(s) >= 2]
    assume(candidates)
    seq = rnd.choice(candidates)
    kind = seq[0][0]
    lines = text.split("\n")
    if fault == "skip":
        # the number after k is skipped: k+1 and everything after it move up by one
        k = rnd.randrange(1, len(seq))
        touched = [seq[k][2]]
        for kind_, value, line in seq[k:]:
            renumber(lines, line, kind_, value + 1)
    elif fault == "repeat":
        k = rnd.randrange(1, len(seq))
        renumber(lines, seq[k][2], kind, seq[k - 1][1])
        touched = [seq[k][2]]
    else:
        k = rnd.randrange(0, len(seq) - 1)
        renumber(lines, seq[k][2], kind, seq[k + 1][1])
        renumber(lines, seq[k + 1][2], kind, seq[k][1])
        touched = [seq[k][2], seq[k + 1][2]]
    faulty = "\n".join(lines)
    got = numbering_findings(faulty)
    assert len(got) == 1, (fault, kind, touched, got, faulty)
    code, line, _ = got[0]
    assert code == RULE_OF[kind], (got, kind)
    assert line in touched, (fault, kind, touched, got, faulty)


def test_skipped_repeated_and_out_of_order_messages():
    """The reviewer reads what is wrong and what was expected."""
    from conftest import FIXTURES
    text = (FIXTURES / "rules" / "LP104" / "quiet.txt").read_text()
    faulty = text.replace("Pasal 6\nSub Bagian Keuangan", "Pasal 5\nSub Bagian Keuangan")
    (code, line, msg), = numbering_findings(faulty)
    assert code == "LP104" and "sesudah Pasal 5 seharusnya Pasal 6" in msg
    faulty = text.replace("Pasal 7\n", "Pasal 9\n").replace("Pasal 8\n", "Pasal 10\n")
    (code, line, msg), = numbering_findings(faulty)
    assert msg == "Penomoran melompat sesudah Pasal 6 ke Pasal 9: Pasal 7 sampai dengan Pasal 8 tidak ada."


def test_an_item_glued_on_with_its_letter_in_capitals_is_no_gap():
    """"b. pengolahan; C. penyimpanan;" then "d. pengemasan;" (PP 31/2019): item c
    stands glued to b, its letter read in capitals; a real gap is still found."""
    from conftest import lint_text
    text = ("Pasal 1\nKegiatan usaha meliputi:\na. pengumpulan;\nb. pengolahan; C. penyimpanan;\nd. pengemasan; dan\n"
            "e. pengangkutan.\n\nPasal 2\nPeraturan ini mulai berlaku pada tanggal diundangkan.\n")
    assert [d.code for d in lint_text(text, select=["LP106"]).diagnostics] == []
    gap = text.replace("b. pengolahan; C. penyimpanan;", "b. pengolahan;")
    assert [d.message for d in lint_text(gap, select=["LP106"]).diagnostics] == [
        "Penomoran melompat sesudah huruf b ke huruf d: huruf c tidak ada."]



@pytest.mark.parametrize("items", [
    "a. Desa Muncul;\nb. Desa Cikuya; c .Desa Cikareo;\nd. Desa Cibugel; dan\ne. Desa Cirenang.",  # PP 12/1983
    "a. Desa Muncul;\nb. Desa Cikuya; c Desa Cikareo;\nd. Desa Cibugel; dan\ne. Desa Cirenang.",   # PP 47/1996
    "a. Desa Muncul;\nb. Desa Cikuya;\nc. Desa Cikareo;\nci. Desa Cibugel; dan\ne. Desa Cirenang.",  # "ci." is d
    # "1." for i after h (PP 28/2013), read as a sub-list by the parser
    "g. Desa Muncul;\nh. Desa Cikuya;\n1. Desa Cikareo;\nj. Desa Cibugel; dan\nk. Desa Cirenang.",
    # "6." for b (PP 23/1980), and c without its full stop (PP 89/1961)
    "a. Desa Muncul;\n6. Desa Cikuya;\nc. Desa Cikareo;\nd. Desa Cibugel; dan\ne. Desa Cirenang.",
    "a. Desa Muncul;\nb. Desa Cikuya; Desa Cikuya c termasuk dusun-dusun di sekitarnya;\nd. Desa Cibugel; dan\ne. Desa Cirenang.",
])
def test_an_item_whose_marker_the_print_misspaced_or_misread_is_no_gap(items):
    """The item is there, its marker glued on with a space before the full
    stop or none, or read "ci." for "d.": no letter is missing."""
    from conftest import lint_text
    # (a scan, where letters are read through OCR: "^" is the scanner's)
    text = ("Pasal 1\nWilayah ^kecamatan ^meliputi:\n" + items + "\n\n"
            "Pasal 2\nPeraturan ini mulai ^berlaku pada tanggal diundangkan.\n")
    assert [d.message for d in lint_text(text, select=["LP106"]).diagnostics] == []
    gap = text.replace("c .Desa Cikareo;", "").replace("c Desa Cikareo;", "").replace("ci. Desa Cibugel; dan\n", "")
    gap = gap.replace("1. Desa Cikareo;\n", "").replace("6. Desa Cikuya;\n", "").replace(" Desa Cikuya c termasuk dusun-dusun di sekitarnya;", "")
    assert [d.code for d in lint_text(gap, select=["LP106"]).diagnostics] == ["LP106"]


def test_a_digit_one_between_k_and_m_is_huruf_l_in_a_typed_conversion_too():
    # PP 13/1981 and many typed conversions: "1." in place of "l." between
    # "k. ...;" and "m. ..." is the letter l, in a scan or not
    from conftest import lint_text
    items = "".join(f"{c}. Desa {c.upper()}a;\n" for c in "abcdefghijk") + "1. Desa La;\nm. Desa Ma; dan\nn. Desa Na.\n"
    text = f"Pasal 1\nWilayah kecamatan meliputi:\n{items}\nPasal 2\nPeraturan ini mulai berlaku pada tanggal diundangkan.\n"
    assert [d.message for d in lint_text(text, select=["LP106"]).diagnostics] == []


def test_a_list_run_into_one_line_is_not_judged_for_its_numbers():
    # PP 29/1975: "1. Desa Cipageran 2. Desa Citeureup ..." on one line per
    # kecamatan, the next kecamatan's "b." glued in: a table, not a list
    # whose numbers repeat
    from conftest import lint_text
    text = ("Pasal 1\nWilayah kota terdiri atas:\na. Wilayah Kecamatan Utara, terdiri dari:\n"
            "1. Desa Cipageran 2. Desa Citeureup 3. Desa Cibabat b. Wilayah Kecamatan Tengah, terdiri dari:\n"
            "1. Desa Padasuka 2. Desa Baros.\n\nPasal 2\nPeraturan ini mulai berlaku pada tanggal diundangkan.\n")
    assert [d.message for d in lint_text(text, select=["LP106"]).diagnostics] == []


@pytest.mark.parametrize("lists", [
    # PP 41/1948: "a." after a colon opens the sub-list, though the technique
    # would mark it "a)" under "5."; PP 33/1952: a heading "II." glued on
    "d. kantor pusat terdiri dari bagian-bagian;\ne. bagian-bagian dari kantor pusat adalah :\n"
    "a. bagian umum;\nb. bagian urusan pegawai.\n",
    "4. urusan pegawai;\n5. arsip dan expedisi. II. Urusan Pemerintahan Umum meliputi :\n"
    "1. menjalankan peraturan tentang tiram;\n2. menjalankan peraturan tentang legalisasi.\n",
])
def test_a_sub_list_the_parse_did_not_nest_is_no_repeat(lists):
    outer = "abc" if lists[0] == "d" else "123"
    text = ("Pasal 1\nUrusan yang diserahkan meliputi:\n" + "".join(f"{m}. urusan {w};\n" for m, w in zip(outer, ("umum", "keuangan", "rumah tangga")))
            + lists + "\nPasal 2\nPeraturan ini mulai berlaku pada tanggal diundangkan.\n")
    assert [d.message for d in lint_text(text, select=["LP106"]).diagnostics] == []
    # the same list numbered from the start again with no colon before it is a repeat
    again = text.replace(" :\n", ".\n")
    assert [d.code for d in lint_text(again, select=["LP106"]).diagnostics] == ["LP106"]


@pytest.mark.parametrize("items,gap", [
    # PP 82/2019: "1 1." for 11, glued on after a semicolon
    ("".join(f"{n}. layanan jenis {n};\n" for n in range(1, 10)) + "10. operasi; 1 1. pelayanan darah;\n12. rehabilitasi medik.",
     "".join(f"{n}. layanan jenis {n};\n" for n in range(1, 10)) + "10. operasi;\n12. rehabilitasi medik."),
    # PP 38/2017: the markers of b. and c. lost, their clauses still after semicolons
    ("a. mengandung pembaharuan; memberi manfaat bagi Daerah; tidak mengakibatkan pembebanan;\n"
     "d. merupakan kewenangan Daerah; dan\ne. dapat direplikasi.",
     "a. mengandung pembaharuan;\nd. merupakan kewenangan Daerah; dan\ne. dapat direplikasi."),
])
def test_items_a_scan_glued_or_stripped_of_markers_are_no_gap(items, gap):
    text = "Pasal 1\nLayanan ^kesehatan ^meliputi:\n{}\n\nPasal 2\nPeraturan ini mulai ^berlaku pada tanggal diundangkan.\n"
    assert [d.message for d in lint_text(text.format(items), select=["LP106"]).diagnostics] == []
    assert [d.code for d in lint_text(text.format(gap), select=["LP106"]).diagnostics] == ["LP106"]


def test_a_pasal_missing_beside_a_heading_the_conversion_glued_is_found():
    """A PDF conversion glued "Pasal 6" into the line before it; the lexer
    split it (its number follows Pasal 5), and Pasal 7 is skipped after it:
    the gap is judged.  Where the missing heading's words stand glued
    between the two behind a comma ("..., Pasal 7 Bidang"), the conversion
    lost it: no finding."""
    from conftest import FIXTURES
    text = (FIXTURES / "rules" / "LP104" / "quiet.txt").read_text()
    glued = text.replace("Sub Bagian Keuangan\n\nPasal 6\nSub Bagian Keuangan mempunyai",
                          "Sub Bagian Keuangan Pasal 6 Sub Bagian Keuangan mempunyai")
    assert glued != text
    assert numbering_findings(glued) == []
    skipped = glued.replace("Pasal 7\n", "Pasal 8\n").replace("\nPasal 8\nPeraturan", "\nPasal 9\nPeraturan")
    (code, line, msg), = numbering_findings(skipped)
    assert code == "LP104" and msg.startswith("Penomoran melompat sesudah Pasal 6 ke Pasal 8"), msg
    lost = skipped.replace("dan pelaporan keuangan Dinas.", "dan pelaporan keuangan Dinas, Pasal 7 Bidang.", 1)
    assert lost != skipped
    assert numbering_findings(lost) == []


@pytest.mark.parametrize("items,found", [
    # PP 5/1983: the next number glued on, its full stop lost too
    ("1. Lambhuk;\n2. Lam Dingin; 3 Lam Pulo;\n4. Batoh.\n", False),
    # PP 28/2017, PP 39/2022: "l." read "L", "i." read "I", behind the semicolon
    ("a. pakan;\nb. pendistribusian pakan; C kompetensi personil;\nd. pengawasan.\n", False),
    # PP 1/1976, a print read back: the item is there, its marker lost
    ("a. tahun pemilihan;\nb. tanda yang menjamin keaslian; nama tempat pemungutan suara;\nd. nomor urut.\n", False),
    # PP 79/2013: a conjunction closing the item is no item whose marker was lost
    ("a. trotoar;\nb. jembatan penyeberangan; dan/atau\nd. terowongan penyeberangan.\n", True),
])
def test_an_item_glued_on_or_unmarked_in_a_print_is_no_gap(items, found):
    text = ("PERATURAN BUPATI SUKAMAJU\nNOMOR 8 TAHUN 2024\nTENTANG\nFASILITAS\n\nPasal 1\n"
            "Fasilitas yang disediakan meliputi:\n" + items +
            "\n- 2 -\n\nPasal 2\nPeraturan Bupati ini mulai berlaku pada tanggal diundangkan.\n")
    got = [c for c, _, _ in numbering_findings(text)]
    assert got == (["LP106"] if found else []), got


@pytest.mark.parametrize("pasal_2,found", [
    ("Dinas dipimpin oleh Kepala Dinas.", True),
    # PP 31/1982, PP 111/2000: the next Pasal's words run on in this one, its heading lost
    ("Dinas dipimpin oleh Kepala Dinas. Kepala Dinas bertanggung jawab kepada Bupati.", False),
    # PP 3/2002: ayat numbered again inside the Pasal
    ("Dinas dipimpin oleh Kepala Dinas.\n(1) Kepala Dinas bertanggung jawab kepada Bupati.\n"
     "(2) Tanggung jawab disampaikan setiap tahun.", False),
])
def test_a_pasal_missing_whose_words_run_on_in_the_one_before_is_the_conversions(pasal_2, found):
    text = ("PERATURAN BUPATI SUKAMAJU\nNOMOR 8 TAHUN 2024\nTENTANG\nDINAS\n\nPasal 1\n"
            "Dinas adalah unsur pelaksana urusan pemerintahan.\n\nPasal 2\n" + pasal_2 + "\n\nPasal 4\n"
            "Peraturan Bupati ini mulai berlaku pada tanggal diundangkan.\n")
    got = [c for c, _, _ in numbering_findings(text)]
    assert got == (["LP104"] if found else []), got


def test_a_bab_whose_heading_lost_its_space_in_the_text_is_no_gap():
    # PP 58/2009: "... kabupaten/kota. BABV KETENTUAN PENUTUP" glued into a line
    text = ("PERATURAN BUPATI SUKAMAJU\nNOMOR 8 TAHUN 2024\nTENTANG\nDINAS\n\nBAB I\nKETENTUAN UMUM\n\nPasal 1\n"
            "Dinas adalah unsur pelaksana urusan pemerintahan. BABII TUGAS Pasal 2 Dinas melaksanakan tugas.\n\n"
            "BAB III\nKETENTUAN PENUTUP\n\nPasal 3\nPeraturan Bupati ini mulai berlaku pada tanggal diundangkan.\n")
    assert [c for c, _, _ in numbering_findings(text) if c == "LP101"] == []
    assert [c for c, _, _ in numbering_findings(text.replace("BABII", "Bab dua"))] == ["LP101"]


@pytest.mark.parametrize("items,fires", [
    ("a. laut;\na. laut;\nb. padang lamun; dan\nc. terumbu karang.\n", False),   # PP 60/2007: a line printed twice
    ("a. laut;\na. pantai;\nb. padang lamun; dan\nc. terumbu karang.\n", True),  # two items under one letter
    ("3. terumbu karang.\n2. padang lamun; dan\n1. laut;\n", False),             # PP 20/2013: read from the foot up
])
def test_a_line_printed_twice_or_a_list_read_upwards_is_the_conversions(items, fires):
    text = ("PERATURAN BUPATI SUKAMAJU\nNOMOR 8 TAHUN 2024\nTENTANG\nEKOSISTEM\n\nPasal 1\n"
            "Tipe ekosistem terdiri atas:\n" + items + "\nPasal 2\nPeraturan Bupati ini mulai berlaku pada tanggal diundangkan.\n")
    got = [d.code for d in lint_text(text, select=["LP106"]).diagnostics]
    assert bool(got) == fires, got
