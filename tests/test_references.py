"""The reference grammar and resolution: examples from the drafting rules,
hypothesis round trips, and generated regulations whose references all
exist (so the broken-reference rule must stay silent on them)."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import lint_text
from lint_perda.references import CANDIDATE, parse_phrase, targets_of
from lint_perda.unitphrase import cite


def targets(phrase: str):
    assert CANDIDATE.fullmatch(phrase), f"the pre-filter must take the whole phrase: {phrase!r}"
    items = parse_phrase(phrase)
    assert items, f"the grammar must parse {phrase!r}"
    out = []
    for t in targets_of(items):
        out.append(cite(t.chain) if t.range_end is None else (cite(t.chain), cite(t.range_end.chain)))
    return out


@pytest.mark.parametrize("phrase,want", [
    ("Pasal 5", ["Pasal 5"]),
    ("Pasal 5 ayat (2) huruf b angka 3", ["Pasal 5 ayat (2) huruf b angka 3"]),
    ("ayat (1) huruf a", ["ayat (1) huruf a"]),
    ("huruf a, huruf b, dan huruf c", ["huruf a", "huruf b", "huruf c"]),
    ("Pasal 17 ayat (1) dan ayat (3)", ["Pasal 17 ayat (1)", "Pasal 17 ayat (3)"]),
    ("ayat (1) huruf b angka 1, dan angka 2", ["ayat (1) huruf b angka 1", "ayat (1) huruf b angka 2"]),
    ("Pasal 5 sampai dengan Pasal 9", [("Pasal 5", "Pasal 9")]),
    ("ayat (1) sampai dengan ayat (4)", [("ayat (1)", "ayat (4)")]),
    ("Pasal 137 ayat (2) huruf d sampai dengan huruf l dan/atau huruf m",
     [("Pasal 137 ayat (2) huruf d", "Pasal 137 ayat (2) huruf l"), "Pasal 137 ayat (2) huruf m"]),
    ("ayat (1), Pasal 7 ayat (2) dan ayat (4), Pasal 12, dan Pasal 13 ayat (3)",
     ["ayat (1)", "Pasal 7 ayat (2)", "Pasal 7 ayat (4)", "Pasal 12", "Pasal 13 ayat (3)"]),
    ("Pasal 5A ayat (1a)", ["Pasal 5A ayat (1a)"]),
    ("Lampiran II", ["Lampiran II"]),
    ("Lampiran", ["Lampiran"]),
    # PP 37/2002: the Lampiran of alur laut IIIA and IIIB
    ("Lampiran I, Lampiran II, Lampiran IIIA, dan Lampiran IIIB",
     ["Lampiran I", "Lampiran II", "Lampiran IIIA", "Lampiran IIIB"]),
])
def test_examples(phrase, want):
    assert targets(phrase) == want


# -- round trip ---------------------------------------------------------------
_LEVELS = ["pasal", "ayat", "huruf", "angka"]
_NUM = {
    "pasal": st.builds(lambda n, s: f"{n}{s}", st.integers(1, 300), st.sampled_from(["", "", "", "A", "B"])),
    "ayat": st.builds(lambda n, s: f"{n}{s}", st.integers(1, 12), st.sampled_from(["", "", "", "a"])),
    "huruf": st.sampled_from(list("abcdefghijklmnopqrstuvwxyz") + ["aa", "bb"]),
    "angka": st.integers(1, 40).map(str),
}


@st.composite
def chains(draw, start: int):
    depth = draw(st.integers(1, 4 - start))
    levels = sorted(draw(st.lists(st.sampled_from(range(start + 1, 4)), max_size=depth - 1, unique=True)))
    return tuple((_LEVELS[lv], draw(_NUM[_LEVELS[lv]])) for lv in [start] + levels)


def _render(chain):
    return cite(chain)


def _written(chain, prev):
    """The shortest way to write ``chain`` after ``prev`` that the
    inheritance rule reads back as ``chain``."""
    lvl = {u: i for i, u in enumerate(_LEVELS)}
    for p in range(len(chain) - 1, 0, -1):
        head = tuple(u for u in prev if lvl[u[0]] < lvl[chain[p][0]])
        if head == chain[:p]:
            return chain[p:]
    return chain


@st.composite
def phrases(draw):
    start = draw(st.sampled_from([0, 0, 1, 2]))
    n = draw(st.integers(1, 4))
    items, parts, prev = [], [], ()
    for k in range(n):
        c = draw(chains(start))
        w = _written(c, prev) if k else c
        text = _render(w)
        if draw(st.booleans()) and len(c) >= 1:
            # a range over the last unit: "ayat (1) sampai dengan ayat (4)"
            last_u = c[-1][0]
            end = c[:-1] + ((last_u, draw(_NUM[last_u])),)
            text += " sampai dengan " + _render(end[-1:])
            items.append((cite(c), cite(end)))
        else:
            items.append(cite(c))
        if k:
            parts.append(draw(st.sampled_from([", ", ", dan ", " dan ", " atau ", ", atau ", " dan/atau "])))
        parts.append(text)
        prev = c
    return "".join(parts), items


@given(phrases())
@settings(max_examples=300, deadline=None)
def test_generated_reference_phrases_parse_back_to_their_targets(case):
    phrase, want = case
    assert targets(phrase) == want


@given(st.text(max_size=300))
@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_arbitrary_text_never_raises(text):
    res = lint_text("Pasal 1\n" + text + "\nsebagaimana dimaksud dalam " + text[:40], select=["LP2"])
    assert res.error is None


# -- generated regulations: every reference exists -> no broken reference ----
@st.composite
def regulations(draw):
    n_pasal = draw(st.integers(2, 6))
    lines = ["PERATURAN BUPATI SUKAMAJU", "NOMOR 3 TAHUN 2024", "TENTANG", "PENGELOLAAN PASAR", "",
             "BUPATI SUKAMAJU,", "", "MEMUTUSKAN:", "",
             "Menetapkan : PERATURAN BUPATI TENTANG PENGELOLAAN PASAR.", ""]
    provisions = []
    for p in range(1, n_pasal + 1):
        lines += [f"Pasal {p}"]
        n_ayat = draw(st.integers(0, 3))
        if n_ayat == 0:
            n_huruf = draw(st.integers(0, 3))
            lines.append("Pengelolaan pasar dilaksanakan oleh Perangkat Daerah" + (" meliputi:" if n_huruf else "."))
            provisions.append((("pasal", str(p)),))
            for h in range(n_huruf):
                letter = "abcdefgh"[h]
                lines.append(f"{letter}. kegiatan pengelolaan nomor {h + 1}{';' if h < n_huruf - 1 else '.'}")
                provisions.append((("pasal", str(p)), ("huruf", letter)))
        for a in range(1, n_ayat + 1):
            n_huruf = draw(st.integers(0, 2))
            lines.append(f"({a}) Pasar dikelola secara tertib" + (" meliputi:" if n_huruf else "."))
            provisions.append((("pasal", str(p)), ("ayat", str(a))))
            for h in range(n_huruf):
                letter = "abcdefgh"[h]
                lines.append(f"{letter}. pengelolaan bagian {h + 1}{';' if h < n_huruf - 1 else '.'}")
                provisions.append((("pasal", str(p)), ("ayat", str(a)), ("huruf", letter)))
        lines.append("")
    refs = draw(st.lists(st.sampled_from(provisions), min_size=1, max_size=4))
    lines += [f"Pasal {n_pasal + 1}"]
    for k, r in enumerate(refs, 1):
        lines.append(f"({k}) Ketentuan sebagaimana dimaksud dalam {cite(r)} berlaku bagi seluruh pasar.")
    lines += ["", f"Pasal {n_pasal + 2}", "Peraturan Bupati ini mulai berlaku pada tanggal diundangkan.", ""]
    return "\n".join(lines)


@given(regulations())
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_references_to_existing_provisions_are_not_broken(text):
    res = lint_text(text, select=["LP201", "LP203", "LP206"])
    assert res.error is None
    assert [d.message for d in res.diagnostics] == []


def test_a_missing_target_is_found_in_a_generated_draft():
    text = ("Pasal 1\n(1) Pasar dikelola oleh Dinas.\n(2) Pengelolaan sebagaimana dimaksud pada ayat (1) tertib.\n\n"
            "Pasal 2\nKetentuan sebagaimana dimaksud dalam Pasal 1 ayat (3) berlaku.\n")
    res = lint_text(text, select=["LP201"])
    assert [(d.line, d.code) for d in res.diagnostics] == [(6, "LP201")]
    assert "Pasal 1 tidak mempunyai ayat (3)" in res.diagnostics[0].message


OLD_WITHOUT_TITLE = """Menimbang :
 Perlu mengadakan peraturan tentang perusahaan gula;
Mengingat :
 Pasal 33 dari Undang-Undang Dasar;
Memutuskan:
Menetapkan : Peraturan tentang Perusahaan Gula.
Pasal 1
(1) Perusahaan gula dijalankan dibawah kekuasaan Negara.
(2) Perusahaan sebagaimana dimaksud dalam pasal 1 ayat (1) didirikan dengan modal Negara.
Pasal 2
Peraturan ini mulai berlaku pada hari diumumkan.
Ditetapkan di Yogyakarta
pada tanggal 20 Mei {year}
"""


@pytest.mark.parametrize("year,fires", [(1946, False), (2015, True)])
def test_an_old_text_without_a_read_title_is_dated_by_its_closing(year, fires):
    # the drafting technique of UU 12/2011 (here LP205, "Pasal" capitalised
    # in a reference) is not the measure of a text enacted before 2011, even
    # when its title, and so its year, was not read
    res = lint_text(OLD_WITHOUT_TITLE.format(year=year), select=["LP205"])
    assert bool([d for d in res.diagnostics if d.code == "LP205"]) is fires


@pytest.mark.parametrize("basis,fires", [("Undang-undang Nomor 8 Tahun 1981", False),
                                         ("Undang-Undang Nomor 12 Tahun 2O11", True),
                                         # PP 32/1950: no year at all, but the Provisional Constitution
                                         ("Pasal 98 Undang-undang Dasar Sementara Republik Indonesia", False)])
def test_a_text_without_title_or_closing_is_dated_by_the_years_it_names(basis, fires):
    # a conversion that lost both the title and the closing (PP 27/1983): a
    # text that names no year from 2011 on was made before UU 12/2011; one
    # made later names a law of its time (here with the scanner's "2O11")
    text = OLD_WITHOUT_TITLE.replace("Pasal 33 dari Undang-Undang Dasar;", f"{basis};")
    text = text[:text.index("Ditetapkan")]
    res = lint_text(text, select=["LP205"])
    assert bool([d for d in res.diagnostics if d.code == "LP205"]) is fires


@pytest.mark.parametrize("phrase", [
    "Pasal 35 ayat (1) huruf a dan b Undang-Undang Nomor 9 Tahun 1992 tentang Keimigrasian",
    "Pasal 1 angka 8 dan 9 Undang-Undang Nomor 32 Tahun 2004 tentang Pemerintahan Daerah",
    "Pasal 151 ayat (6)/Pasal 157 ayat (4) Peraturan Pemerintah Nomor 35 Tahun 1985",
    "Pasal 19 ayat (2) huruf c UUPA",
])
def test_a_reference_whose_regulation_is_named_after_the_rest_of_its_list_is_external(phrase):
    # PP 36/1994, PP 79/2005, PP 36/1985, PP 24/1997: the other regulation is
    # named after items the phrase did not take in ("dan b", "/Pasal 157 ...")
    text = (f"Pasal 1\n(1) Orang asing dikenai tindakan sebagaimana dimaksud dalam {phrase}.\n"
            "(2) Tindakan sebagaimana dimaksud pada ayat (1) dilakukan oleh Menteri.\n")
    assert [d.message for d in lint_text(text, select=["LP201"]).diagnostics] == []
    inside = text.replace(phrase, "Pasal 1 ayat (3)")
    assert [d.code for d in lint_text(inside, select=["LP201"]).diagnostics] == ["LP201"]


@pytest.mark.parametrize("year,fires", [(1994, False), (2015, True)])
def test_a_pasal_beyond_the_last_in_an_old_text_cites_the_law_it_carries_out(year, fires):
    # PP 47/1994 (17 Pasal): "Pajak Penghasilan ... sebagaimana dimaksud dalam
    # Pasal 26 ayat (1)" is the income tax law's; since UU 12/2011 a
    # reference must name its regulation, so in a text of 2015 it is broken
    text = OLD_WITHOUT_TITLE.replace("didirikan dengan modal Negara.",
                                     "dipotong pajak sebagaimana dimaksud dalam Pasal 26 ayat (1).")
    res = lint_text(text.format(year=year), select=["LP201"])
    assert bool(res.diagnostics) is fires


@pytest.mark.parametrize("doubled,fires", [("yang yang", True), ("mata pelajaran mata pelajaran", True),
                                           ("benda benda", False)])
def test_an_old_text_is_judged_for_doubles_that_cannot_be_reduplication(doubled, fires):
    # before the 1972 spelling reform "benda benda" was how a plural was
    # written; "yang yang" (PP 5/1954) and a doubled phrase never were
    text = OLD_WITHOUT_TITLE.format(year=1954).replace("dijalankan dibawah", f"{doubled} dijalankan dibawah")
    res = lint_text(text, select=["LP113"])
    assert bool(res.diagnostics) is fires


_PLURAL_OR_ONE = """Pasal 1
Izin usaha angkutan diberikan oleh Menteri.
Pasal 2
Permohonan izin usaha angkutan diajukan secara tertulis.
Pasal 3
Pemegang izin usaha angkutan wajib melapor{twice}.
Pasal 4
Pemegang {doubled} angkutan wajib memiliki kendaraan.
"""


@pytest.mark.parametrize("twice,doubled,severity,one", [
    # PP 41/1993: "izin usaha usaha angkutan" where the text writes "usaha angkutan" everywhere else
    ("", "izin usaha usaha", "error", True),
    # "usaha-usaha angkutan" written elsewhere: the plural is the text's own
    (" tentang usaha-usaha angkutan", "izin usaha usaha", "warning", False),
    # "masing" never stands alone: always the missing hyphen
    ("", "masing masing", "warning", False),
])
def test_a_plural_looking_pair_the_text_writes_singly_elsewhere_is_one_copy_too_many(twice, doubled, severity, one):
    res = lint_text(_PLURAL_OR_ONE.format(twice=twice, doubled=doubled), select=["LP113"])
    [d] = res.diagnostics
    assert d.severity == severity
    assert ("di tempat lain" in d.message) is one
    assert d.fix.applicability == ("unsafe" if one else "display")


@pytest.mark.parametrize("year,notes", [(1946, 0), (2015, 1)])
def test_the_style_notes_on_own_ayat_references_are_the_technique_of_uu_12_2011(year, notes):
    # "sebagaimana dimaksud dalam pasal 1 ayat (1)" inside Pasal 1: "pada
    # ayat (1)" is the style of UU 12/2011, not of a text of 1946
    res = lint_text(OLD_WITHOUT_TITLE.format(year=year), select=["LP206"])
    assert len([d for d in res.diagnostics if d.severity == "info"]) == notes


@pytest.mark.parametrize("pasal_1,reference,fires", [
    # PP 44/1993: the list after "meliputi :" was a table the conversion lost
    ("Kereta gandengan wajib dilengkapi dengan lampu yang meliputi :\n", "Pasal 1 huruf a", False),
    ("Kereta gandengan wajib dilengkapi dengan lampu yang meliputi :\na. lampu rem;\nb. lampu posisi.\n", "Pasal 1 huruf c", True),
    # PP 140/2000: ayat written "1." and "2."
    ("1. Kereta gandengan wajib dilengkapi dengan lampu.\n2. Lampu dipasang di bagian belakang.\n", "Pasal 1 ayat (1)", False),
    ("1. Kereta gandengan wajib dilengkapi dengan lampu.\n2. Lampu dipasang di bagian belakang.\n", "Pasal 1 ayat (3)", True),
    # PP 1/2003: ayat written "1)" and "2)", their brackets lost
    ("1) Kereta gandengan wajib dilengkapi dengan lampu.\n2) Lampu dipasang di bagian belakang.\n", "Pasal 1 ayat (2)", False),
    ("1) Kereta gandengan wajib dilengkapi dengan lampu.\n2) Lampu dipasang di bagian belakang.\n", "Pasal 1 ayat (3)", True),
])
def test_a_reference_into_a_list_the_print_lost_or_numbered_otherwise(pasal_1, reference, fires):
    text = (f"Pasal 1\n{pasal_1}Pasal 2\nLampu sebagaimana dimaksud dalam {reference} berwarna merah.\n"
            "Pasal 3\nPeraturan ini mulai berlaku pada tanggal diundangkan.\n")
    assert bool(lint_text(text, select=["LP201"]).diagnostics) is fires


def test_an_ayat_worded_after_another_pasal_is_that_pasals_not_a_self_reference():
    # PP 12/2019 Pasal 90: "sebagaimana dimaksud dalam Pasal 89 pada ayat (1)"
    text = ("PERATURAN BUPATI SUKAMAJU\nNOMOR 8 TAHUN 2024\nTENTANG\nANGGARAN\n\nPasal 1\n"
            "(1) Kepala Daerah menyusun rancangan KUA.\n(2) Rancangan KUA memuat target kinerja.\n\nPasal 2\n"
            "(1) Kepala Daerah menyampaikan rancangan KUA sebagaimana dimaksud dalam Pasal 1 pada ayat (1) kepada DPRD.\n"
            "(2) Rancangan sebagaimana dimaksud pada ayat (2) dibahas bersama.\n\nPasal 3\n"
            "Peraturan Bupati ini mulai berlaku pada tanggal diundangkan.\n")
    got = [(d.code, d.line) for d in lint_text(text, select=["LP206"]).diagnostics]
    assert got == [("LP206", 12)], got


@pytest.mark.parametrize("after,found", [
    (".Undang-undang Nomor 5 Tahun 1974 tentang Pemerintahan di Daerah;", False),   # PP 54/1991: the law glued on
    (". Peraturan Bupati ini berlaku bagi seluruh wilayah;", True),                   # a new sentence: this text's Pasal 1
])
def test_a_law_named_right_after_the_reference_behind_a_glued_full_stop_is_external(after, found):
    text = ("PERATURAN BUPATI SUKAMAJU\nNOMOR 8 TAHUN 2024\nTENTANG\nWILAYAH\n\nPasal 1\n"
            "Camat memimpin wilayah kecamatan.\n\nPasal 2\n"
            "Camat mengoordinasikan wilayah sebagaimana dimaksud dalam Pasal 1 huruf g" + after + "\n\nPasal 3\n"
            "Peraturan Bupati ini mulai berlaku pada tanggal diundangkan.\n")
    got = [d.code for d in lint_text(text, select=["LP201"]).diagnostics]
    assert got == (["LP201"] if found else []), got


def test_a_list_named_after_another_pasal_is_that_pasals():
    # PP 6/2008 Pasal 22: "sebagaimana dimaksud dalam Pasal 21 pada ayat (3) huruf a, huruf b, dan huruf c"
    text = ("PERATURAN BUPATI SUKAMAJU\nNOMOR 8 TAHUN 2024\nTENTANG\nEVALUASI\n\nPasal 1\n"
            "(1) Tim melakukan evaluasi setiap tahun.\n(2) Evaluasi meliputi:\na. pengukuran kinerja;\n"
            "b. penentuan peringkat; dan\nc. pengumuman hasil.\n\nPasal 2\n"
            "(1) Tim menyusun laporan.\n(2) Laporan memuat:\na. temuan; dan\nb. rekomendasi.\n"
            "(3) Pelaksanaan tugas Tim sebagaimana dimaksud dalam Pasal 1 pada ayat (2) huruf a, huruf b, dan huruf c "
            "diselesaikan dalam 6 (enam) bulan.\n\nPasal 3\nPeraturan Bupati ini mulai berlaku pada tanggal diundangkan.\n")
    assert lint_text(text, select=["LP201"]).diagnostics == []
    broken = text.replace("huruf b, dan huruf c diselesaikan", "huruf b, dan huruf d diselesaikan")
    assert ["Pasal 1 ayat (2) tidak mempunyai huruf d" in d.message
            for d in lint_text(broken, select=["LP201"]).diagnostics] == [True]


def test_a_pasal_of_the_new_wording_not_read_as_quoted_cites_the_amended_regulation():
    # PP 1/2000: the amending article read "Pasal 1" for "Pasal I", the quoted Pasal 2 a Pasal of the body
    text = ("PERATURAN PEMERINTAH REPUBLIK INDONESIA\nNOMOR 1 TAHUN 2000\nTENTANG\nPERUBAHAN ATAS PERATURAN "
            "PEMERINTAH NOMOR 98 TAHUN 1999 TENTANG PENGALIHAN KEDUDUKAN MENTERI KEUANGAN\n\nPasal 1\n"
            "Ketentuan Pasal 2 dalam Peraturan Pemerintah Nomor 98 Tahun 1999 diubah, sehingga berbunyi:\n"
            "Pasal 2\nPengalihan kedudukan sebagaimana dimaksud dalam Pasal 1 ayat (1) tidak meliputi penatausahaan.\n"
            "Pasal II\nPeraturan Pemerintah ini mulai berlaku pada tanggal diundangkan.\n")
    assert lint_text(text, select=["LP201"]).diagnostics == []
