"""The parser on real regional texts and on purpose-made drafts."""
import pytest

from conftest import R000, R001, R002, R003, need_corpus
from lint_perda.document import Document
from lint_perda.normalize import normalize
from lint_perda.parser import parse_text
from lint_perda.sources import SourceText


def _doc(path):
    need_corpus()
    return Document(SourceText(path=str(path), text=path.read_text(encoding="utf-8")))


def _line_of(doc, node):
    return doc.source.locate(node.start)[0]


# ---- real texts ---------------------------------------------------------------

def test_000_every_pasal_heading_is_a_node_with_its_written_number():
    doc = _doc(R000)
    nums = [p.num for p in doc.pasals]
    # the misnumbered run around lines 705-817 is kept as written
    i = nums.index("20")
    assert nums[i:i + 4] == ["20", "17", "19", "20"]
    lines = [_line_of(doc, p) for p in doc.pasals[i:i + 4]]
    assert lines == [705, 726, 747, 817]
    assert len(nums) == 95 and nums[-1] == "92"


def test_000_pasal4_angka_nest_under_huruf_b():
    doc = _doc(R000)
    p4 = doc.pasal_index["4"][0]
    ayat1 = p4.children[0]
    assert ayat1.kind == "ayat" and ayat1.num == "1"
    b = [c for c in ayat1.children if c.num == "b"][0]
    assert [(c.kind, c.num) for c in b.children] == [("angka", "1"), ("angka", "2")]
    assert b.children[1].path == "Pasal 4 ayat (1) huruf b angka 2"
    # the page-turn catchword "d. Seksi ..." did not become an item
    assert [c.num for c in ayat1.children] == list("abcdefghi")


def test_000_identity_and_parts():
    doc = _doc(R000)
    ident = doc.identity
    assert (ident.jenis, ident.region, ident.nomor, ident.tahun) == ("Peraturan Wali Kota", "Kota Cilegon", "29", "2022")
    assert len(doc.lampiran) == 3
    assert doc.closing is not None
    assert doc.parsed.coverage > 0.99


def test_002_sop_annex_is_in_the_lampiran_not_in_pasal_8():
    doc = _doc(R002)
    p8 = doc.pasal_index["8"][0]
    assert "Simbol" not in p8.text and "SOP" not in "".join(n.text for n in p8.walk())
    assert doc.lampiran and "STANDAR OPERASIONAL PROSEDUR" in "\n".join(n.text for n in doc.lampiran[0].walk())


def test_003_annex_only_blocks_still_parse():
    doc = _doc(R003)
    assert doc.pasals == []
    lamp = doc.lampiran[0]
    items = [n for n in lamp.walk() if n.is_item]
    assert len(items) > 100
    assert 0.0 <= doc.parsed.coverage <= 1.0


def test_001_parses_with_bagian_and_paragraf():
    doc = _doc(R001)
    assert len(doc.pasals) == 73
    counts = doc.counts(with_references=False)
    assert counts["bab"] == 7 and counts["bagian"] >= 24


@pytest.mark.parametrize("path", [R000, R001, R002, R003])
def test_spans_point_into_the_original_file(path):
    doc = _doc(path)
    text = doc.source.text
    for p in doc.pasals:
        assert text[p.start:p.end].lstrip("#* -").startswith("Pasal")
    for n in doc.root.walk():
        for para in n.paras:
            # every character of a node's text is the character of the file it claims
            for i in range(0, len(para.text), 17):
                if not para.text[i].isspace():  # a joining space stands for a line break
                    assert text[para.line.orig(para.a + i)] == para.text[i]


# ---- purpose-made drafts -------------------------------------------------------

DRAFT = """\
**PERATURAN BUPATI CONTOH**
NOMOR 7 TAHUN 2024
TENTANG
PENGELOLAAN ARSIP

DENGAN RAHMAT TUHAN YANG MAHA ESA

BUPATI CONTOH,

Menimbang : a. bahwa arsip merupakan sumber informasi;
b. bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu menetapkan Peraturan Bupati tentang Pengelolaan Arsip;

Mengingat : 1. Undang-Undang Nomor 43 Tahun 2009 tentang Kearsipan;
2. Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah;

MEMUTUSKAN:

Menetapkan : PERATURAN BUPATI TENTANG PENGELOLAAN ARSIP.

BAB I
KETENTUAN UMUM

Pasal 1
Dalam Peraturan Bupati ini yang dimaksud dengan:
1. Daerah adalah Kabupaten Contoh.
2. Bupati adalah Bupati Contoh.

BAB II
PENGELOLAAN

Bagian Kesatu
Umum

Pasal 2
(1) Arsip dikelola oleh:
a. Perangkat Daerah; dan
b. Desa.
(2) Pengelolaan sebagaimana dimaksud pada ayat (1) meliputi:
a. penciptaan;
b. penggunaan, yang terdiri atas:
1. penggunaan internal; dan
2. penggunaan eksternal; dan
c. penyusutan.

-2-

Pasal ...

Pasal 3
Peraturan Bupati ini mulai berlaku pada tanggal diundangkan perundang-
undangan yang berlaku.

Ditetapkan di Contoh
pada tanggal 2 Januari 2024
BUPATI CONTOH,
"""


def test_draft_structure_and_artefacts():
    r = parse_text(DRAFT)
    doc_pasals = [n for n in r.root.walk() if n.kind == "pasal"]
    assert [p.num for p in doc_pasals] == ["1", "2", "3"]
    p2 = doc_pasals[1]
    assert p2.full_path == "BAB II > Bagian Kesatu > Pasal 2"
    b = p2.children[1].children[1]
    assert b.path == "Pasal 2 ayat (2) huruf b"
    assert [c.path for c in b.children] == ["Pasal 2 ayat (2) huruf b angka 1", "Pasal 2 ayat (2) huruf b angka 2"]
    # hyphen at line end is a real hyphen: kept, lines joined
    assert "perundang-undangan yang berlaku." in doc_pasals[2].text
    assert r.coverage == 1.0
    front = r.root.children[0]
    assert [c.kind for c in front.children][:2] == ["menimbang", "mengingat"]


def test_catchword_and_page_number_are_dropped_but_not_real_text():
    norm = normalize("Pasal 4\nteks satu;\n\n- 3 -\n\nb. mengarahkan ...\n\nb. mengarahkan bawahan.\nc. Kepala ... adalah kepala.\n")
    texts = [ln.text for ln in norm.lines]
    assert "b. mengarahkan ..." not in texts
    assert "b. mengarahkan bawahan." in texts
    assert "- 3 -" not in texts
    assert "c. Kepala ... adalah kepala." in texts  # an ellipsis inside a line is text
    kinds = sorted(k for k, _, _ in norm.artefacts)
    assert kinds == ["catchword", "page"]


def test_inline_header_and_catchword_national_style():
    text = "8. Dana PRESIDEN REPUBLIK INDONESIA -3- 8. Dana Transfer Umum adalah dana.\n"
    norm = normalize(text)
    assert norm.lines[0].text == "8. Dana Transfer Umum adalah dana."
    # the kept words map to their second occurrence in the file
    assert text[norm.lines[0].orig(0)] == "8" and norm.lines[0].orig(0) > 10


def test_running_head_with_a_page_number_that_lost_its_first_dash():
    """"PRES I DEN REPUBLIK INDONESIA 18- Pasal 2 1 ...": the page number
    goes with the running head (PP 3/2017)."""
    norm = normalize("(1) (2t PRES I DEN REPUBLIK INDONESIA 18- Pasal 21 Dokter Hewan berwenang.\n")
    # the page turned before a heading: the heading starts a line of its own
    assert [ln.text for ln in norm.lines] == ["(1) (2t", "Pasal 21 Dokter Hewan berwenang."]


@pytest.mark.parametrize("foot", ["SK No 093638 A", "Sl( No 093638 A"])
def test_a_heading_after_a_page_foot_inside_a_line_starts_a_line(foot):
    # PP 21/2021: "b. c Sl( No 093638 A Pasal 166 (1) Insentif ...": joined
    # without the foot, "c Pasal 166" would be no heading at all
    norm = normalize(f"b. insentif nonfiskal. {foot} Pasal 166 (1) Insentif fiskal berupa keringanan pajak.\n"
                     f"a. ketentuan umum {foot} pajak daerah.\n")
    assert [ln.text for ln in norm.lines] == ["b. insentif nonfiskal.", "Pasal 166 (1) Insentif fiskal berupa keringanan pajak.",
                                              "a. ketentuan umum pajak daerah."]


def test_ellipsis_inline_catchword():
    norm = normalize("12. Tugas… 12. Tugas Pembantuan adalah penugasan.\n")
    assert norm.lines[0].text == "12. Tugas Pembantuan adalah penugasan."


def test_amendment_pasal_quotes_are_marked():
    text = ("Pasal I\nBeberapa ketentuan diubah sebagai berikut:\n"
            "1. Ketentuan Pasal 5 diubah sehingga berbunyi sebagai berikut:\n"
            "Pasal 5\n(1) Arsip dikelola.\n(1a) Arsip disimpan.\n"
            "2. Di antara Pasal 5 dan Pasal 6 disisipkan 1 (satu) pasal, yakni Pasal 5A sehingga berbunyi sebagai berikut:\n"
            "Pasal 5A\nArsip dimusnahkan.\n"
            "Pasal II\nPeraturan ini mulai berlaku pada tanggal diundangkan.\n")
    r = parse_text(text)
    pasal = [n for n in r.root.walk() if n.kind == "pasal"]
    assert [p.num for p in pasal] == ["I", "II"]
    q = [n for n in r.root.walk() if n.kind == "qpasal"]
    assert [(n.num, n.quoted) for n in q] == [("5", True), ("5A", True)]
    assert [n.num for n in q[0].children] == ["1", "1a"]
    amend = [n for n in r.root.walk() if n.kind == "amend"]
    assert [a.num for a in amend] == ["1", "2"]


def test_penjelasan_pasal_are_not_body_pasal():
    text = ("Pasal 1\nCukup.\nPasal 2\nCukup.\n"
            "PENJELASAN\nATAS\nPERATURAN BUPATI CONTOH\nI. UMUM\nUmum.\nII. PASAL DEMI PASAL\nPasal 1\nCukup jelas.\nPasal 2\nCukup jelas.\n")
    r = parse_text(text)
    assert [n.num for n in r.root.walk() if n.kind == "pasal"] == ["1", "2"]
    assert [n.num for n in r.root.walk() if n.kind == "pj_pasal"] == ["1", "2"]


def test_tolerates_text_before_first_bab_and_paragraf_without_bagian():
    text = "BAB I\nUMUM\nTeks lepas di luar Pasal.\nParagraf 1\nJudul\nPasal 1\n(2) ayat tanpa satu.\nBAB II\nPasal 3\n"
    r = parse_text(text)
    assert [n.num for n in r.root.walk() if n.kind == "pasal"] == ["1", "3"]
    assert r.coverage < 1.0  # the stray sentence outside any Pasal lowers coverage


def test_a_heading_the_print_repeats_with_its_first_words_is_kept():
    """A print that repeats a heading at a page turn, the second time with
    the provision's first words on its line ("Pasal 48" / "Pasal 48 (1)
    Ketentuan ..."): the bare line is dropped as the catchword and the
    heading read from the line after it, even where a later heading is glued
    into that line and at the opening of the body (PP 12/2017, PP 41/2019)."""
    text = ("PERATURAN BUPATI SUKAMAJU\nNOMOR 3 TAHUN 2024\nTENTANG\nPENGELOLAAN ARSIP\n\n"
            "MEMUTUSKAN:\nMenetapkan : PERATURAN BUPATI TENTANG PENGELOLAAN ARSIP.\n"
            "Pasal 1\nPasal 1 (1) Arsip dikelola oleh Dinas.\n(2) Pengelolaan arsip dilakukan setiap tahun.\n"
            "Pasal 2\nKepala Dinas menata arsip.\n"
            "Pasal 3\nPasal 3 (1) Penataan sebagaimana dimaksud dalam Pasal 2 dilakukan menurut pola. "
            "(2) Pola ditetapkan oleh Bupati. BAB II KETENTUAN PENUTUP Pasal 4 Peraturan Bupati ini mulai "
            "berlaku pada tanggal diundangkan.\n")
    root = parse_text(text).root
    pasal = [n for n in root.walk() if n.kind == "pasal"]
    assert [p.num for p in pasal] == ["1", "2", "3", "4"]
    assert [a.num for a in pasal[0].children if a.kind == "ayat"] == ["1", "2"]
    assert [a.num for a in pasal[2].children if a.kind == "ayat"] == ["1", "2"]
    # each heading points at the line that holds its words, not the catchword
    assert text[pasal[2].start:pasal[2].start + 12] == "Pasal 3 (1) "


def test_a_heading_glued_at_the_foot_of_a_page_and_repeated_is_one_pasal():
    """"... prasarana. Pasal 42." at the foot of a page, the running head,
    then "Pasal 42" heading the next page (PP 46/2019): one Pasal 42."""
    text = ("Pasal 41\nOtonomi pengelolaan meliputi:\na. pemilikan sarana; dan\nb. pemeliharaan sarana. Pasal 42. "
            "PRES I DEN REPUBLIK INDONESIA -25-\nPasal 42\nOtonomi pengelolaan diatur dengan Peraturan Menteri.\n"
            "Pasal 43\nPeraturan ini mulai berlaku pada tanggal diundangkan.\n")
    root = parse_text(text).root
    pasal = [n for n in root.walk() if n.kind == "pasal"]
    assert [p.num for p in pasal] == ["41", "42", "43"]
    assert pasal[1].text.startswith("Otonomi pengelolaan diatur")


def test_a_catchword_read_with_a_full_stop_before_a_longer_word_is_dropped():
    """"b. kementerian ." at the foot of a page before "b. kementerian/lembaga
    ..." (PP 56/2022), and "a. ^jaringan ." with the scanner's caret (PP
    25/2021): the printer's catchword, not a second item b or a."""
    norm = normalize("Pasal 30\nKonsolidasi dilakukan dengan cara:\na. Menteri mengelola sistem informasi; dan\n"
                     "b. kementerian .\nb. kementerian/lembaga mengonsolidasikan sistem informasinya.\n"
                     "c. ^jaringan .\nc. jaringan distribusi tenaga listrik tegangan menengah.\n"
                     "d. sosial .\nd. sosial; dan/atau\n"
                     "(3) Tanah ..\n(3) Tanah yang ditetapkan sebagai daerah kerja diberikan hak pakai.\n")
    texts = [ln.text for ln in norm.lines]
    assert not {"b. kementerian .", "c. ^jaringan .", "d. sosial .", "(3) Tanah .."} & set(texts)
    assert sorted(k for k, _, _ in norm.artefacts) == ["catchword"] * 4


def test_a_catchword_whose_dots_a_label_of_the_other_column_took_is_dropped():
    """"3. Peraturan Menetapkan :" before "3. Peraturan Pemerintah ..." (PP
    23/2016): the printer's "3. Peraturan ...", its dots overwritten by the
    label beside it; a label after a whole item is kept."""
    norm = normalize("Mengingat : 1. Pasal 5 ayat (2) Undang-Undang Dasar;\n2. Undang-Undang Nomor 15 Tahun 2012;\n"
                     "3. Peraturan Menetapkan :\n3. Peraturan Pemerintah Nomor 67 Tahun 2014 tentang Veteran;\n"
                     "4. Keputusan Presiden Menetapkan :\n5. Keputusan Menteri tentang Tata Cara;\n")
    texts = [ln.text for ln in norm.lines]
    assert "3. Peraturan Menetapkan :" not in texts and "4. Keputusan Presiden Menetapkan :" in texts
    assert sorted(k for k, _, _ in norm.artefacts) == ["catchword"]


def test_a_catchword_ocr_read_otherwise_than_the_line_it_announces_is_dropped():
    """"(2) Jaminan ." before "(2) Janrinan Luasan ..." (PP 65/2019), "c.
    susunan ." before "c. slrsunan pengurus ..." (PP 96/2021): the same
    marker, a word within two edits; a short word or another marker is kept."""
    norm = normalize("Pasal 2\n(1) Pemerintah menjamin luasan lahan.\n(2) Jaminan .\n"
                     "(2) Janrinan luasan lahan diberikan dengan kemudahan.\n"
                     "a. nomor induk berusaha;\nb. susunan .\nb. slrsunan pengurus dan pemegang saham;\n"
                     "c. izin .\nc. ijin usaha yang masih berlaku.\n")
    texts = [ln.text for ln in norm.lines]
    assert "(2) Jaminan ." not in texts and "b. susunan ." not in texts
    assert "c. izin ." in texts   # "izin"/"ijin": too short to tell a misreading from another word
    assert sorted(k for k, _, _ in norm.artefacts) == ["catchword"] * 2


def _pasal_nums(text):
    return [n.num for n in parse_text(text).root.walk() if n.kind == "pasal"]


_FRONT = ("PERATURAN PEMERINTAH REPUBLIK INDONESIA\nNOMOR 7 TAHUN 2019\nTENTANG\nPENGELOLAAN ARSIP DINAMIS\n\n"
          "MEMUTUSKAN:\nMenetapkan : PERATURAN PEMERINTAH TENTANG PENGELOLAAN ARSIP DINAMIS.\n")


def test_a_glued_heading_whose_word_or_number_ocr_misread_continues_the_sequence():
    """A scan's glued headings with the number or the word misread:
    "PasalSO" for Pasal 50 (two digits misread, no space), "PasaT 51",
    "Pasa-l 52": each read where its number continues the sequence (PP
    28/2022, PP 44/2022, PP 22/2021); "Pasal TT" after "dalam" stays a
    reference."""
    text = _FRONT + "".join(f"Pasal {k}\nArsip dinamis dikelola oleh unit kearsipan.\n" for k in range(1, 50))
    text += ("Penataan arsip dilakukan setiap tahun. PasalSO (1) Unit kearsipan menata arsip. "
             "(2) Penataan dilaporkan. PasaT 51 Penyusutan arsip dilakukan oleh Menteri. "
             "Pasa-l 52 Arsip dimusnahkan menurut jadwal retensi sebagaimana dimaksud dalam Pasal TT Undang-Undang.\n")
    assert _pasal_nums(text)[49:] == ["50", "51", "52"]


def test_a_glued_heading_with_its_number_spaced_or_after_a_comma():
    text = _FRONT + "".join(f"Pasal {k}\nArsip dinamis dikelola oleh unit kearsipan.\n" for k in range(1, 111))
    text += ("Penyusutan dilaporkan kepada Menteri. Pasal 1 1 1 (1) Arsip vital dilindungi. "
             "Bagian Kedua Arsip Terjaga Pasal,112 (1) Arsip terjaga disimpan.\n")
    assert _pasal_nums(text)[110:] == ["111", "112"]


def test_a_glued_heading_whose_first_ayat_ocr_misread():
    """"Pasal 9 (i) Dalam ...", "Pasal 60 (U Tanggap ...", "Pasal 59 (t)":
    the first ayat "(1)" as a scan reads it after a glued heading (PP
    10/2018, PP 28/2017, PP 44/2022)."""
    text = _FRONT + "Pasal 1\nArsip dikelola.\nPasal 2\n(1) Arsip ditata.\n(2) Penataan diatur Menteri. " \
                    "Pasal 3 (i) Dalam menata arsip, unit kearsipan berkoordinasi. (2) Koordinasi dilaporkan. " \
                    "Pasal 4 (U Penyusutan arsip dilakukan setiap tahun. (2) Penyusutan dilaporkan. " \
                    "Pasal 5 (t) Pemusnahan arsip diumumkan. (2) Pengumuman dimuat dalam laman. " \
                    "Pasal 6 (1)Berita acara disimpan.\n"
    assert _pasal_nums(text) == ["1", "2", "3", "4", "5", "6"]


def test_a_heading_after_bare_ayat_markers_the_columns_of_a_scan_left():
    """"... Peraturan Menteri. (21 Pasal 105 (1) ...", "(1) (2) (s) pasal
    lS Ketentuan ...": the numbers of a scanned page's column read across
    before a heading (PP 36/2022, PP 60/2017).  A reference after "ayat
    (2)" stays a reference."""
    text = _FRONT + "Pasal 1\nArsip dikelola.\nPasal 2\n(1) Arsip ditata.\n(2) Penataan diatur Menteri. (21 " \
                    "Pasal 3 (1) Unit kearsipan menata arsip.\n(2) Penataan dilaporkan.\n(1) (2) (s) " \
                    "Pasal 4 Ketentuan lebih lanjut diatur dengan Peraturan Menteri.\n" \
                    "Pasal 5\nPenataan sebagaimana dimaksud pada ayat (2) Pasal 6 Peraturan ini berlaku.\n"
    assert _pasal_nums(text) == ["1", "2", "3", "4", "5"]


def test_the_body_glued_onto_the_front_after_bab_i_or_inside_the_mengingat():
    """"Menetapkan : PERATURAN ... . BAB I KETENTUAN UMUM Pasal 1 Dalam ...",
    and the decision glued into the last item of the Mengingat ("...
    Nomor 3760); MEMUTUSKAN . ... . Pasal 1 (1) Jenis ..."): the body opens
    there (PP 44/2015, PP 39/2016, typed prints of the 1980s)."""
    head = "PERATURAN PEMERINTAH REPUBLIK INDONESIA\nNOMOR 7 TAHUN 2019\nTENTANG\nPENGELOLAAN ARSIP\n\nMengingat :\n"
    rest = "Pasal 2\nArsip dinamis dikelola oleh unit kearsipan.\nPasal 3\nPeraturan ini mulai berlaku.\n"
    bab = head + ("1. Undang-Undang Nomor 43 Tahun 2009 tentang Kearsipan;\nMEMUTUSKAN:\n"
                  "Menetapkan : PERATURAN PEMERINTAH TENTANG PENGELOLAAN ARSIP. BAB I KETENTUAN UMUM "
                  "Pasal 1 Dalam Peraturan Pemerintah ini yang dimaksud dengan Arsip adalah rekaman kegiatan.\n")
    assert _pasal_nums(bab + rest) == ["1", "2", "3"]
    inline = head + ("1. Undang-Undang Nomor 43 Tahun 2009 tentang Kearsipan (Tambahan Lembaran Negara Nomor 5071); "
                     "MEMUTUSKAN . MEMUTUSI(AN: McnctapKan : PERATURAN PEMERINTAH TENTANG PENGELOLAAN ARSIP. "
                     "Pasal 1 (1) Arsip dikelola oleh unit kearsipan. (2) Pengelolaan dilaporkan.\n")
    assert _pasal_nums(inline + rest) == ["1", "2", "3"]
    # no Pasal 2 after it (the conversion lost it): not one Pasal holding the whole body
    assert _pasal_nums(bab + rest.replace("Pasal 2\n", "")) == ["3"]


def test_a_first_line_the_conversion_repeated_is_read_once():
    """" a. bahwa berdasarkan ..." as the first line, then the same line again
    (many converted texts of the 1980s): one item a, not a repeated one.  A
    line written twice further on may be the draft's slip and stays."""
    line = "a. bahwa berdasarkan Peraturan Pemerintah Nomor 5 Tahun 1979 pegawai perlu diatur;"
    norm = normalize(f" {line}\n{line}\nb. bahwa perlu menetapkan Peraturan Pemerintah;\n")
    assert [ln.text for ln in norm.lines].count(line) == 1
    assert [k for k, _, _ in norm.artefacts] == ["duplicate"]
    norm = normalize(f"Menimbang :\n{line}\n{line}\nb. bahwa perlu menetapkan Peraturan Pemerintah;\n")
    assert [ln.text for ln in norm.lines].count(line) == 2
