"""Amendment regulations (issue 14): instructions read as objects, the JSON
contract's ``document.amendment``, the amendment rules LP601-LP608, the other
rule families inside the quoted new wording, and generated amendments
(hypothesis): a valid one gives no finding, each planted fault its own."""
import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import EXAMPLES, lint_file, lint_text
from lint_perda.instructions import read_instruction
from lint_perda.numbering import int_to_words, words_to_int

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = Path(__file__).parent / "schemas" / "lint-perda-output.schema.json"


# -- reading instructions ----------------------------------------------------------

@pytest.mark.parametrize("text,action,targets,inserted,count", [
    ("Ketentuan Pasal 4 diubah sehingga berbunyi sebagai berikut:", "ubah", ["Pasal 4"], [], None),
    ("Ketentuan ayat (2) Pasal 4 diubah sehingga Pasal 4 berbunyi sebagai berikut:", "ubah",
     ["Pasal 4 ayat (2)"], [], None),
    ("Ketentuan ayat (2) dan ayat (3) Pasal 8 diubah, sehingga Pasal 8 berbunyi sebagai berikut:", "ubah",
     ["Pasal 8 ayat (2)", "Pasal 8 ayat (3)"], [], None),
    ("Ketentuan Pasal 5 ayat (2) huruf c diubah sehingga berbunyi sebagai berikut:", "ubah",
     ["Pasal 5 ayat (2) huruf c"], [], None),
    ("Ketentuan Pasal 1 angka 5 dan angka 7 diubah, sehingga berbunyi sebagai berikut:", "ubah",
     ["Pasal 1 angka 5", "Pasal 1 angka 7"], [], None),
    ("Di antara Pasal 5 dan Pasal 6 disisipkan 2 (dua) Pasal, yakni Pasal 5A dan Pasal 5B sehingga berbunyi "
     "sebagai berikut:", "sisip", ["Pasal 5"], ["Pasal 5A", "Pasal 5B"], 2),
    ("Diantara ayat (1) dan ayat (2) Pasal 18 disisipkan 2 (dua) ayat, yaitu ayat (1a) dan ayat (1b) sehingga "
     "Pasal 18 berbunyi sebagai berikut:", "sisip", ["Pasal 18 ayat (1)"],
     ["Pasal 18 ayat (1a)", "Pasal 18 ayat (1b)"], 2),
    ("Di antara Pasal 4 dan Pasal 5 disisipkan 2 (dua) pasal, yakni Pasal 4A dan 4B sehingga berbunyi sebagai "
     "berikut:", "sisip", ["Pasal 4"], ["Pasal 4A", "Pasal 4B"], 2),
    ("Di antara BAB V dan BAB VI disisipkan 1 (satu) bab, yakni BAB VA sehingga berbunyi sebagai berikut:",
     "sisip", ["BAB V"], ["BAB VA"], 1),
    ("Ketentuan Pasal 6 ditambah 1 (satu) ayat, yakni ayat (4) sehingga Pasal 6 berbunyi sebagai berikut:",
     "tambah", ["Pasal 6"], ["Pasal 6 ayat (4)"], 1),
    ("Pasal 16 dihapus.", "hapus", ["Pasal 16"], [], None),
    ("pasal 16 dihapus.", "hapus", ["Pasal 16"], [], None),
    ("Pasal 5 sampai dengan Pasal 7 dihapus.", "hapus", ["Pasal 5", "Pasal 6", "Pasal 7"], [], None),
    ("Judul BAB V diubah sehingga berbunyi sebagai berikut:", "ubah", ["BAB V"], [], None),
    ("Penjelasan Pasal 5 diubah sehingga menjadi sebagaimana tercantum dalam Penjelasan Peraturan ini.", "ubah",
     ["Penjelasan Pasal 5"], [], None),
    ("Lampiran I diubah sehingga menjadi sebagaimana tercantum dalam Lampiran I Peraturan ini.", "ubah",
     ["Lampiran I"], [], None),
    # the scanner's letters for digits
    ("Ketentuan ayat (3) Pasal 2O diubah sehingga berbunyi sebagai berikut:", "ubah", ["Pasal 20 ayat (3)"], [],
     None),
    # a number the scan split, read whole only where that lies between the neighbours (PP 50/2018)
    ("Di antara Pasal 16 dan Pasal 17 disisipkan 1 (satu) pasal, yakni Pasal 1 6A sehingga berbunyi sebagai "
     "berikut:", "sisip", ["Pasal 16"], ["Pasal 16A"], 1),
    ("Di antara Pasal 16 dan Pasal 17 disisipkan 1 (satu) pasal, yakni Pasal 1 8A sehingga berbunyi sebagai "
     "berikut:", "sisip", ["Pasal 16"], ["Pasal 1"], 1),
    # a range of inserted Pasal of one number (PP 58/2010); of huruf
    ("Di antara Pasal 3 dan Pasal 4 disisipkan 3 (tiga) pasal, yakni Pasal 3A sampai dengan Pasal 3C yang "
     "berbunyi sebagai berikut:", "sisip", ["Pasal 3"], ["Pasal 3A", "Pasal 3B", "Pasal 3C"], 3),
    ("Ketentuan Pasal 133 huruf a sampai dengan huruf c diubah sehingga berbunyi sebagai berikut:", "ubah",
     ["Pasal 133 huruf a", "Pasal 133 huruf b", "Pasal 133 huruf c"], [], None),
    # a sibling of the container after the list, not its container (PP 3/2008)
    ("Ketentuan Pasal 75 ayat (1) huruf i, huruf j, dan ayat (4) diubah sehingga Pasal 75 berbunyi sebagai "
     "berikut:", "ubah", ["Pasal 75 ayat (1) huruf i", "Pasal 75 ayat (1) huruf j", "Pasal 75 ayat (4)"], [], None),
    # the scanner's space in "d1" where its siblings name their digit (PP 53/2018)
    ("Di antara huruf d dan huruf e ayat (6) Pasal 15 disisipkan 3 (tiga) huruf, yakni huruf d 1, huruf d2, dan "
     "huruf d3, sehingga Pasal 15 berbunyi sebagai berikut:", "sisip", ["Pasal 15 ayat (6) huruf d"],
     ["Pasal 15 ayat (6) huruf d1", "Pasal 15 ayat (6) huruf d2", "Pasal 15 ayat (6) huruf d3"], 3),
])
def test_instruction_forms(text, action, targets, inserted, count):
    it = read_instruction(text)
    assert it.action == action
    assert [t.cite for t in it.targets] == targets
    assert [x.cite for x in it.inserted] == inserted
    assert it.count == count


def test_instruction_with_several_clauses():
    it = read_instruction("Ketentuan Pasal 23 ayat (1) diubah, di antara ayat (1) dan ayat (2) disisipkan 2 (dua) "
                          "ayat, yakni ayat (1a) dan ayat (1b), serta ayat (2), ayat (3), dan ayat (4) dihapus, "
                          "sehingga Pasal 23 berbunyi sebagai berikut:")
    assert [c.action for c in it.clauses] == ["ubah", "sisip", "hapus"]
    assert [x.cite for x in it.clauses[1].inserted] == ["Pasal 23 ayat (1a)", "Pasal 23 ayat (1b)"]
    assert [t.cite for t in it.clauses[2].targets] == ["Pasal 23 ayat (2)", "Pasal 23 ayat (3)", "Pasal 23 ayat (4)"]


def test_insertion_at_several_places_names_each_place():
    """"di antara ayat (3) dan ayat (4), ayat (4) dan ayat (5)" (PP 31/2005):
    LP604 judges each inserted ayat at its own place (fixtures LP604/*dua-tempat*)."""
    it = read_instruction("Ketentuan Pasal 15 ayat (3) diubah dan di antara ayat (3) dan ayat (4), ayat (4) dan "
                          "ayat (5) Pasal 15 disisipkan 2 (dua) ayat, yakni ayat (3a) dan ayat (4a) sehingga Pasal 15 "
                          "berbunyi sebagai berikut:")
    (c,) = [c for c in it.clauses if c.between]
    assert [(a.cite, b.cite) for a, b in c.betweens] == [("Pasal 15 ayat (3)", "Pasal 15 ayat (4)"),
                                                         ("Pasal 15 ayat (4)", "Pasal 15 ayat (5)")]
    assert [x.cite for x in c.inserted] == ["Pasal 15 ayat (3a)", "Pasal 15 ayat (4a)"]


def test_numbers_named_without_their_unit_word_leave_the_count_unjudged():
    # PP 4/2010: "yakni Pasal 28A, 28B, dan 28C" -- three Pasal, two read
    it = read_instruction("Di antara Pasal 28 dan Pasal 29 disisipkan 3 (tiga) pasal baru, yakni Pasal 28A, 28B, "
                          "dan 28C yang berbunyi sebagai berikut:")
    assert it.clauses[0].count == 3 and it.clauses[0].unread
    it = read_instruction("Di antara Pasal 28 dan Pasal 29 disisipkan 3 (tiga) pasal baru, yakni Pasal 28A dan "
                          "Pasal 28B yang berbunyi sebagai berikut:")
    assert not it.clauses[0].unread


@given(st.integers(min_value=0, max_value=999))
def test_number_words_round_trip(n):
    assert words_to_int(int_to_words(n)) == n


# -- the examples -------------------------------------------------------------------

def test_faulty_amendment_gives_every_planted_fault():
    res = lint_file(EXAMPLES / "perwali-perubahan-kecamatan-salah.txt")
    got = sorted((d.line, d.code) for d in res.diagnostics)
    assert got == [(24, "LP605"), (28, "LP105"), (32, "LP106"), (34, "LP602"), (46, "LP601"), (46, "LP603"),
                   (50, "LP201"), (50, "LP402"), (56, "LP201")]


def test_amendment_findings_in_english():
    res = lint_file(EXAMPLES / "perwali-perubahan-kecamatan-salah.txt", select=["LP6"], lang="en")
    assert all(d.text("en") != d.message for d in res.diagnostics)
    assert any("instruction" in d.text("en").lower() or "amends" in d.text("en") for d in res.diagnostics)


@pytest.mark.parametrize("name", ["perwali-perubahan-kecamatan-bersih.txt", "perwali-kecamatan-2021.txt"])
def test_clean_amendment_and_its_base_are_silent(name):
    res = lint_file(EXAMPLES / name)
    assert res.error is None
    assert [(d.line, d.code, d.message) for d in res.diagnostics] == []


# -- the JSON contract and the parse command -----------------------------------------

def _cli(*args):
    return subprocess.run([sys.executable, "-m", "lint_perda", *args], cwd=ROOT, capture_output=True, text=True)


def test_json_carries_the_amendment_as_design_md_specifies():
    import jsonschema
    p = _cli("check", "--format", "json", "examples/perwali-perubahan-kecamatan-bersih.txt",
             "examples/perda-kearsipan-bersih.txt")
    data = json.loads(p.stdout)
    jsonschema.validate(data, json.loads(SCHEMA.read_text(encoding="utf-8")))
    am = data["files"][0]["document"]["amendment"]
    assert am["amends"] == {"jenis": "Peraturan Wali Kota", "region": "Kota Mekarsari", "nomor": "12",
                            "tahun": "2021", "title": "Kedudukan, Susunan Organisasi, Tugas dan Fungsi, serta Tata "
                                                      "Kerja Kecamatan"}
    assert am["base"] is None
    assert [(i["number"], i["action"], i["target"], i["line"], i["inserted"], i["status"])
            for i in am["instructions"]] == [
        (1, "tambah", "Pasal 1", 24, ["Pasal 1 angka 5"], "unchecked"),
        (2, "ubah", "Pasal 3 ayat (1)", 34, [], "unchecked"),
        (3, "sisip", "Pasal 7", 48, ["Pasal 7A"], "unchecked"),
        (4, "ubah", "Pasal 9 ayat (2)", 54, [], "unchecked"),
        (5, "hapus", "Pasal 11", 61, [], "unchecked")]
    # an original regulation has no amendment field
    assert "amendment" not in data["files"][1]["document"]


def test_parse_shows_the_instructions():
    p = _cli("parse", "examples/perwali-perubahan-kecamatan-salah.txt", "--depth", "1")
    assert p.returncode == 0
    assert "Perubahan atas" in p.stdout and "Nomor 12 Tahun 2021" in p.stdout
    assert "Pasal 5A, Pasal 5B" in p.stdout and "unchecked" in p.stdout
    p = _cli("parse", "--format", "json", "examples/perwali-perubahan-kecamatan-salah.txt")
    doc = json.loads(p.stdout)["document"]
    assert [i["number"] for i in doc["amendment"]["instructions"]] == [1, 2, 4, 5, 6]


# -- generated amendments ---------------------------------------------------------------

HEAD = """PERATURAN BUPATI SUKAMAJU
NOMOR 7 TAHUN 2024
TENTANG
PERUBAHAN ATAS PERATURAN BUPATI SUKAMAJU NOMOR 3 TAHUN 2020 TENTANG PENGELOLAAN ARSIP DAERAH

DENGAN RAHMAT TUHAN YANG MAHA ESA

BUPATI SUKAMAJU,

Menimbang : a. bahwa pengelolaan arsip daerah perlu disesuaikan dengan perkembangan teknologi informasi;
b. bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu menetapkan Peraturan Bupati tentang Perubahan atas Peraturan Bupati Sukamaju Nomor 3 Tahun 2020 tentang Pengelolaan Arsip Daerah;

Mengingat : 1. Undang-Undang Nomor 43 Tahun 2009 tentang Kearsipan (Lembaran Negara Republik Indonesia Tahun 2009 Nomor 152, Tambahan Lembaran Negara Republik Indonesia Nomor 5071);
2. Peraturan Bupati Sukamaju Nomor 3 Tahun 2020 tentang Pengelolaan Arsip Daerah (Berita Daerah Kabupaten Sukamaju Tahun 2020 Nomor 3);

MEMUTUSKAN:

Menetapkan : PERATURAN BUPATI TENTANG PERUBAHAN ATAS PERATURAN BUPATI SUKAMAJU NOMOR 3 TAHUN 2020 TENTANG PENGELOLAAN ARSIP DAERAH.

Pasal I
Beberapa ketentuan dalam Peraturan Bupati Sukamaju Nomor 3 Tahun 2020 tentang Pengelolaan Arsip Daerah (Berita Daerah Kabupaten Sukamaju Tahun 2020 Nomor 3) diubah sebagai berikut:
"""
TAIL = """
Pasal II
Peraturan Bupati ini mulai berlaku pada tanggal diundangkan.
"""
SENTENCES = ["Arsip dinamis dikelola oleh setiap Perangkat Daerah.", "Arsip statis diserahkan kepada lembaga kearsipan daerah.",
             "Penyusutan arsip dilaksanakan setiap tahun.", "Arsip vital dilindungi dari bencana."]


def _pasal(num: str, n_ayat: int) -> str:
    if n_ayat == 1:
        return f"Pasal {num}\n{SENTENCES[0]}\n"
    return f"Pasal {num}\n" + "".join(f"({k}) {SENTENCES[(k - 1) % 4]}\n" for k in range(1, n_ayat + 1))


@st.composite
def amendment_ops(draw):
    """Instructions on Pasal in ascending order: change a Pasal, change one of
    its ayat, insert Pasal after it, delete it."""
    pasal = sorted(draw(st.sets(st.integers(min_value=2, max_value=40), min_size=2, max_size=6)))
    ops = []
    for p in pasal:
        kind = draw(st.sampled_from(["ubah", "ubah_ayat", "sisip", "hapus"]))
        if kind == "sisip":
            ops.append(("sisip", p, draw(st.integers(min_value=1, max_value=3))))
        elif kind == "ubah_ayat":
            ops.append(("ubah_ayat", p, draw(st.integers(min_value=2, max_value=4))))
        else:
            ops.append((kind, p, 0))
    return ops


def render_amendment(ops, fault=None):
    """The text and, per instruction, its first line number."""
    parts, lines = [], []
    n = 0
    for k, (kind, p, x) in enumerate(ops, start=1):
        num = k
        if fault == "skip" and k >= 2:
            num = k + 1
        n += 1
        if kind == "ubah":
            instr = f"Ketentuan Pasal {p} diubah sehingga berbunyi sebagai berikut:"
            quoted = _pasal(str(p + 1 if fault == "other_pasal" and k == 1 else p), 2)
        elif kind == "ubah_ayat":
            ayat = x + 1 if fault == "other_pasal" and k == 1 else x
            instr = f"Ketentuan ayat ({ayat}) Pasal {p} diubah sehingga Pasal {p} berbunyi sebagai berikut:"
            quoted = _pasal(str(p), x)
        elif kind == "sisip":
            letters = [chr(65 + i) for i in range(x)]
            if fault == "letter" and k == 1:
                letters[-1] = chr(65 + x)
            names = [f"Pasal {p}{c}" for c in letters]
            listed = names[0] if x == 1 else ", ".join(names[:-1]) + f" dan {names[-1]}"
            words = int_to_words(x + 1 if fault == "count_words" and k == 1 else x)
            instr = (f"Di antara Pasal {p} dan Pasal {p + 1} disisipkan {x} ({words}) Pasal, yakni {listed} "
                     "sehingga berbunyi sebagai berikut:")
            shown = names[:-1] if fault == "count_quoted" and k == 1 and x > 1 else names
            quoted = "\n".join(_pasal(nm.split()[1], 1) for nm in shown)
        else:
            instr = f"Pasal {p} dihapus."
            quoted = ""
        parts.append((num, instr, quoted))
    if fault == "swap":   # the first two instructions exchange places, numbers kept
        parts[0], parts[1] = (1,) + parts[1][1:], (2,) + parts[0][1:]
    text = HEAD
    for num, instr, quoted in parts:
        lines.append(text.count("\n") + 1)
        text += f"{num}. {instr}\n" + (f"\n{quoted}\n" if quoted else "\n")
    return text + TAIL, lines


def _lp6(text):
    res = lint_text(text, select=["LP6", "LP1", "LP2"])
    assert res.error is None, res.error
    return [(d.code, d.line, d.message) for d in res.diagnostics]


SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(amendment_ops())
def test_generated_valid_amendment_gives_no_finding(ops):
    text, _ = render_amendment(ops)
    assert _lp6(text) == []


@SETTINGS
@given(amendment_ops(), st.sampled_from(["skip", "swap", "other_pasal", "letter", "count_words", "count_quoted"]))
def test_generated_planted_fault_gives_its_finding(ops, fault):
    first = ops[0][0]
    if fault in ("letter", "count_words") and first != "sisip":
        ops = [("sisip", ops[0][1], 2)] + ops[1:]
    if fault == "count_quoted":
        ops = [("sisip", ops[0][1], 2)] + ops[1:]
    if fault == "other_pasal" and first not in ("ubah", "ubah_ayat"):
        ops = [("ubah_ayat", ops[0][1], 3)] + ops[1:]
    text, lines = render_amendment(ops, fault)
    want = {"skip": ("LP601", lines[1]), "swap": ("LP602", lines[1]), "other_pasal": ("LP605", lines[0]),
            "letter": ("LP604", lines[0]), "count_words": ("LP603", lines[0]), "count_quoted": ("LP603", lines[0])}
    code, line = want[fault]
    got = [(c, ln) for c, ln, _ in _lp6(text)]
    assert got == [(code, line)], (fault, got, text)


@pytest.mark.parametrize("title,amending", [
    ("PERUBAHAN ATAS PERATURAN WALI KOTA SUKAMAJU NOMOR 12 TAHUN 2021 TENTANG X", True),
    ("PERUBAHAN KEDUA ATAS PERATURAN DAERAH KABUPATEN X NOMOR 3 TAHUN 2016 TENTANG Y", True),
    ("PERUBAHAN PERATURAN PEMERINTAH NOMOR 6 TAHUN 1990 TENTANG ADMINISTRASI PRAJURIT", True),   # older form
    ("PERUBAHAN DAN TAMBAHAN ATAS PERATURAN PEMERINTAH NOMOR 18 TAHUN 1971 TENTANG X", True),
    ("PERUBAHAN NAMA KABUPATEN MAMUJU UTARA MENJADI KABUPATEN PASANGKAYU", False),
    ("PERUBAHAN STRUKTUR KEPEMILIKAN SAHAM NEGARA MELALUI PENERBITAN SAHAM BARU", False),
    ("PERUBAHAN PERATURAN JABATAN DI LINGKUNGAN DINAS", False),   # no regulation cited by number
])
def test_amending_titles(title, amending):
    from lint_perda.amendment import is_amending_title
    assert is_amending_title(title) is amending


def test_dating_item_ends_the_quoted_pasal():
    """ "2. Ketentuan sebagaimana dimaksud pada angka 1 mulai berlaku ..." (PP
    21/2012 and 39 more) is the next item of Pasal I, not a sub-item of the
    list the quoted Pasal ends with."""
    text = HEAD + """1. Ketentuan Pasal 5 diubah sehingga berbunyi sebagai berikut:

Pasal 5
(1) Arsip dinamis dikelola oleh setiap Perangkat Daerah.
(2) Penyusutan arsip dihentikan apabila arsip yang bersangkutan:
a. masih diperlukan dalam perkara; atau
b. ditetapkan sebagai arsip vital.
2. Ketentuan sebagaimana dimaksud pada angka 1 mulai berlaku pada tanggal 1 Januari 2025.
""" + TAIL
    res = lint_text(text, select=["LP1", "LP6"])
    assert res.error is None, res.error
    assert [(d.code, d.line) for d in res.diagnostics] == []
    instructions = res.document["amendment"]["instructions"]
    assert [i["number"] for i in instructions] == [1, 2]


def test_article_i_glued_onto_the_decision_opens_the_amendment():
    """PP 32/2013 and 8 more: "Menetapkan : PERUBAHAN ATAS ... . PASAL I
    Beberapa ketentuan ..." -- without the split the amendment was read as an
    original regulation whose instructions were list items."""
    from lint_perda.document import Document
    from lint_perda.sources import SourceText
    head = HEAD[:HEAD.index("Menetapkan")]
    text = (head + "Menetapkan : PERATURAN BUPATI TENTANG PERUBAHAN ATAS PERATURAN BUPATI SUKAMAJU NOMOR 3 TAHUN 2020 "
            "TENTANG PENGELOLAAN ARSIP DAERAH. PASAL I Beberapa ketentuan dalam Peraturan Bupati Sukamaju Nomor 3 Tahun "
            "2020 tentang Pengelolaan Arsip Daerah (Berita Daerah Kabupaten Sukamaju Tahun 2020 Nomor 3) diubah sebagai "
            "berikut:\n1. Ketentuan Pasal 5 diubah sehingga berbunyi sebagai berikut:\nPasal 5\n"
            "Arsip dinamis dikelola oleh setiap Perangkat Daerah.\n" + TAIL)
    doc = Document(SourceText(path="x.txt", text=text))
    assert doc.is_amendment and [i.number for i in doc.amendment.instructions] == [1]


def test_an_8_for_the_b_of_an_inserted_pasal_is_no_fault():
    # PP 48/2021: "Di antara Pasal 2538 dan Pasal 254" is Pasal 253B read by a scanner
    text = HEAD + ("1. Di antara Pasal {a} dan Pasal 254 disisipkan 1 (satu) pasal, yakni Pasal 253C sehingga "
                   "berbunyi sebagai berikut:\nPasal 253C\nArsip vital dilindungi dari bencana.\n") + TAIL
    assert [d.code for d in lint_text(text.format(a="2538"), select=["LP604"]).diagnostics] == []
    assert [d.code for d in lint_text(text.format(a="251"), select=["LP604"]).diagnostics] == ["LP604"]


@pytest.mark.parametrize("tentang", ["TENTANG", "TtrNTANG"])
def test_the_amended_regulation_is_read_from_a_title_whose_tentang_ocr_misread(tentang):
    # PP 82/2019: "PERUBAHAN ATAS PERATURAN PEMERINTAH NOMOR 44 TAHUN 2015 TtrNTANG ..."
    from lint_perda.identity import read_cited
    cited = read_cited(f"PERATURAN PEMERINTAH NOMOR 44 TAHUN 2015 {tentang} PENYELENGGARAAN PROGRAM JAMINAN KEMATIAN")
    assert (cited.nomor, cited.tahun, cited.title) == ("44", "2015", "PENYELENGGARAAN PROGRAM JAMINAN KEMATIAN")


def test_an_amendment_whose_judul_the_conversion_lost_is_read_from_menetapkan():
    # PP 61/2003, 85/1999, 27/1996: the text opens with the Menimbang; the
    # Menetapkan line still names what is amended
    text = ("Menimbang : a. bahwa perlu mengubah Peraturan Pemerintah tentang Pendirian Perum;\n"
            "Mengingat : 1. Pasal 5 ayat (2) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945;\n"
            "MEMUTUSKAN:\n"
            "Menetapkan : PERATURAN PEMERINTAH TENTANG PERUBAHAN ATAS PERATURAN PEMERINTAH NOMOR 7 TAHUN 2003 "
            "TENTANG PENDIRIAN PERUSAHAAN UMUM.\n"
            "Pasal I\nBeberapa ketentuan diubah sebagai berikut:\n"
            "1. Ketentuan Pasal 3 diubah sehingga berbunyi sebagai berikut:\n\"Pasal 3\nPerum berkedudukan di Jakarta.\"\n"
            "Pasal II\nPeraturan Pemerintah ini mulai berlaku pada tanggal diundangkan.\n")
    doc = lint_text(text).document
    assert doc["title"] is None   # the judul itself was not read
    assert (doc["amendment"]["amends"]["nomor"], doc["amendment"]["amends"]["tahun"]) == ("7", "2003")


def test_an_opening_naming_the_provisions_it_changes_is_no_instruction():
    """PP 43/1985: "Ketentuan Pasal 175, Pasal 176, dan Pasal 179 dalam
    Peraturan Pemerintah Nomor 35 Tahun 1985 ... diubah sebagai berikut:"
    opens the numbered instructions; it is not one of them (which LP605 found
    without wording and LP606 found changed twice)."""
    from conftest import lint_text
    from lint_perda.document import Document
    from lint_perda.sources import SourceText
    text = ("PERATURAN PEMERINTAH REPUBLIK INDONESIA\nNOMOR 43 TAHUN 1985\nTENTANG\nPERUBAHAN ATAS PERATURAN "
            "PEMERINTAH NOMOR 35 TAHUN 1985 TENTANG PEMILIHAN UMUM\n\nPasal I\n"
            "Ketentuan Pasal 175, Pasal 176, dan Pasal 179 dalam Peraturan Pemerintah Nomor 35 Tahun 1985 tentang "
            "Pemilihan Umum diubah sebagai berikut:\n"
            "1. Ketentuan Pasal 175 diganti dengan ketentuan yang berbunyi sebagai berikut: \"Pemilihan Umum "
            "diselenggarakan untuk memilih Anggota DPR.\"\n"
            "2. Ketentuan Pasal 176 diganti dengan ketentuan yang berbunyi sebagai berikut: \"Pencalonan diatur "
            "oleh Menteri.\"\n"
            "Pasal II\nPeraturan Pemerintah ini mulai berlaku pada tanggal diundangkan.\n")
    am = Document(SourceText(path="x.txt", text=text)).amendment
    assert [i.number for i in am.instructions] == [1, 2]
    assert lint_text(text, select=["LP605", "LP606"]).diagnostics == []


@pytest.mark.parametrize("order,fires", [((3, 2, 1), False), ((1, 3, 2), True)])
def test_instructions_read_from_the_foot_of_the_page_up_are_not_out_of_order(order, fires):
    """PP 20/2013: instructions 7, 6, 5 as a conversion read the page upwards;
    two swapped are still judged."""
    from conftest import lint_text
    pasal = {1: 4, 2: 7, 3: 9}
    body = "".join(f"{k}. Pasal {pasal[k]} dihapus.\n" for k in order)
    text = ("PERATURAN BUPATI SUKAMAJU\nNOMOR 8 TAHUN 2024\nTENTANG\nPERUBAHAN ATAS PERATURAN BUPATI SUKAMAJU "
            "NOMOR 3 TAHUN 2020 TENTANG PASAR\n\nPasal I\nBeberapa ketentuan dalam Peraturan Bupati Sukamaju Nomor 3 "
            "Tahun 2020 tentang Pasar diubah sebagai berikut:\n" + body +
            "Pasal II\nPeraturan Bupati ini mulai berlaku pada tanggal diundangkan.\n")
    got = {d.code for d in lint_text(text, select=["LP601", "LP602"]).diagnostics}
    assert bool(got) == fires, got


@pytest.mark.parametrize("year,fires", [(1980, False), (2015, True)])
def test_an_inserted_pasal_numbered_on_is_judged_from_2000_on(year, fires):
    """PP 21/1980: "Diantara Pasal 6 dan Pasal 7 ditambahkan ketentuan baru
    menjadi Pasal 7", an older practice; a text of today numbers it 6A."""
    from conftest import lint_text
    text = (f"PERATURAN PEMERINTAH REPUBLIK INDONESIA\nNOMOR 21 TAHUN {year}\nTENTANG\nPERUBAHAN ATAS PERATURAN "
            f"PEMERINTAH NOMOR 3 TAHUN {year - 5} TENTANG PASAR\n\nPasal I\nBeberapa ketentuan dalam Peraturan "
            f"Pemerintah Nomor 3 Tahun {year - 5} tentang Pasar diubah sebagai berikut:\n"
            "1. Di antara Pasal 6 dan Pasal 7 disisipkan 1 (satu) Pasal, yakni Pasal 7 yang berbunyi sebagai berikut:\n"
            "Pasal 7\nPasar dikelola oleh Dinas.\n"
            f"Pasal II\nPeraturan Pemerintah ini mulai berlaku pada tanggal diundangkan.\n\nDitetapkan di Jakarta\n"
            f"pada tanggal 1 Maret {year}\n")
    got = [d.code for d in lint_text(text, select=["LP604"]).diagnostics]
    assert bool(got) == fires, got
