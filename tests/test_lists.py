"""The list rules (LP121-LP124) on whole lists: what one list gets said once."""
import pytest

from conftest import lint_text

LIST = ("Pasal 1\nPembentukan Peraturan Bupati ini dilakukan berdasarkan asas:\n"
        "a. efisiensi{a}\nb. efektivitas{b}\nc. rentang kendali; dan\nd. fleksibilitas.\n\n"
        "Pasal 2\nPeraturan Bupati ini mulai berlaku pada tanggal diundangkan.\n")


def test_items_of_one_list_missing_their_semicolon_are_one_finding_with_one_fix():
    res = lint_text(LIST.format(a=".", b="."), select=["LP121"])
    found = [d for d in res.diagnostics if d.code == "LP121"]
    assert [(d.line, d.message) for d in found] == [
        (3, "huruf a bukan rincian terakhir: akhiri dengan titik koma (;); begitu pula huruf b.")]
    assert sorted(e.replacement for e in found[0].fix.edits) == [";", ";"]
    # one item alone keeps its own message
    res = lint_text(LIST.format(a=";", b="."), select=["LP121"])
    assert [d.message for d in res.diagnostics] == ["huruf b bukan rincian terakhir: akhiri dengan titik koma (;)."]


def test_items_of_one_list_all_in_capitals_are_one_finding():
    # PP 41/2020: "c. Memiliki ...; d. Memiliki ...; e. Memiliki ..."
    text = ("Pasal 1\nSekretariat mempunyai tugas:\na. Menyusun rencana kerja;\nb. Melaksanakan program kerja;\n"
            "c. Melaporkan hasil kerja; dan\nd. melaksanakan tugas lain.\n\n"
            "Pasal 2\nPeraturan Bupati ini mulai berlaku pada tanggal diundangkan.\n")
    res = lint_text(text, select=["LP123"])
    assert [(d.line, d.message) for d in res.diagnostics] == [
        (3, 'Rincian diawali huruf kecil: "menyusun", bukan "Menyusun"; begitu pula huruf b, huruf c.')]


def test_a_letter_with_its_full_stop_written_twice_opens_the_list():
    # PP 12/2017 Pasal 39 ayat (12), PP 58/2022 Pasal 24: "a.. orientasi ..."
    text = ("PERATURAN BUPATI SUKAMAJU\nNOMOR 8 TAHUN 2024\nTENTANG\nPEMBINAAN\n\nPasal 1\n"
            "(1) Pembinaan dilaksanakan oleh Dinas.\n(2) Pembimbing melakukan:\n"
            "a.. penentuan program pembinaan; dan\nb. evaluasi terhadap pelaksanaan program.\n"
            "Pasal 2\nPeraturan Bupati ini mulai berlaku pada tanggal diundangkan.\n")
    res = lint_text(text, select=["LP124", "LP106", "LP121", "LP122"])
    assert [d.code for d in res.diagnostics] == []
    from lint_perda.parser import parse_text
    assert [n.num for n in parse_text(text).root.walk() if n.kind == "huruf"] == ["a", "b"]


def test_definitions_the_conversion_cut_or_glued_are_not_judged_and_long_terms_have_their_adalah():
    long_term = ("Asuransi Sosial Prajurit Tentara Nasional Indonesia, Anggota Kepolisian Negara Republik Indonesia, "
                 "dan Pegawai Aparatur Sipil Negara di lingkungan Kementerian Pertahanan dan Kepolisian Negara "
                 "Republik Indonesia yang selanjutnya disebut Asuransi Sosial")
    text = ("PERATURAN BUPATI SUKAMAJU\nNOMOR 8 TAHUN 2024\nTENTANG\nASURANSI\n\nPasal 1\n"
            "Dalam Peraturan Bupati ini yang dimaksud dengan:\n"
            f"1. {long_term} adalah asuransi yang bersifat wajib.\n"            # PP 102/2015
            "2. Sekolah BAB II PENETAPAN UNIVERSITAS SEBAGAI BADAN HUKUM\n"     # PP 38/2022: cut off
            "3. Dinas adalah Dinas Sosial.`\n"                                  # PP 2/2014: a stray mark
            "4. Kantor, yang selanjutnya disebut Kantor Cabang.\n"              # typed without "adalah": found
            "\nPasal 2\nPeraturan Bupati ini mulai berlaku pada tanggal diundangkan.\n")
    got = [(d.code, d.line) for d in lint_text(text, select=["LP301"]).diagnostics]
    assert got == [("LP301", 11)], got


@pytest.mark.parametrize("end,found", [
    ("b. unit usaha baru; dan/atau\n", False),   # PP 26/2021 Pasal 206: the list, and the Pasal, cut there
    ("b. unit usaha baru.\n", True),             # a list that ends: a lone ayat (1)
])
def test_a_lone_ayat_1_whose_list_was_cut_is_not_judged(end, found):
    text = ("PERATURAN BUPATI SUKAMAJU\nNOMOR 8 TAHUN 2024\nTENTANG\nOBAT HEWAN\n\nPasal 1\n"
            "(1) Pemasukan obat hewan dilakukan kajian lapang, dalam hal:\na. pemasukan pertama kali;\n" + end +
            "\nPasal 2\nPeraturan Bupati ini mulai berlaku pada tanggal diundangkan.\n")
    got = [d.code for d in lint_text(text, select=["LP108"]).diagnostics]
    assert got == (["LP108"] if found else []), got


@pytest.mark.parametrize("term,use,unused", [
    # PMK 133/2022: the term used in italics, as the markdown writes them
    ("Layanan Integrasi", "melalui _Layanan Integrasi_ yang", False),
    # PP 39/2018: a term naming two, each used on its own
    ("Tamu Pemerintah dan/atau Tamu Lembaga Negara Asing", "bagi Tamu Lembaga Negara Asing yang", False),
    # PP 48/2011: one word of the second half used is not the term used
    ("Standardisasi benih dan/atau bibit", "atas bibit yang", True),
])
def test_a_term_used_in_italics_or_by_one_of_the_two_it_names_is_used(term, use, unused):
    text = ("PERATURAN BUPATI SUKAMAJU\nNOMOR 8 TAHUN 2024\nTENTANG\nLAYANAN\n\nPasal 1\n"
            "Dalam Peraturan Bupati ini yang dimaksud dengan:\n"
            f"1. {term} adalah layanan yang disediakan oleh Pemerintah Daerah.\n"
            "2. Bupati adalah Bupati Sukamaju.\n"
            f"Pasal 2\nBupati memberikan dukungan {use} ditetapkan dengan Keputusan Bupati.\n")
    assert [d.code for d in lint_text(text, select=["LP302"]).diagnostics] == (["LP302"] if unused else [])


def test_a_capital_item_written_with_a_slash_is_lowered_whole():
    # PP 102/2014: "a. Kabupaten/Kota dengan jumlah penduduk ..."
    text = ("PERATURAN BUPATI SUKAMAJU\nNOMOR 8 TAHUN 2024\nTENTANG\nWAKIL\n\nPasal 1\n"
            "Jumlah wakil ditentukan sebagai berikut:\n"
            "a. Kabupaten/Kota dengan jumlah penduduk sampai dengan 100.000 jiwa tidak memiliki wakil; dan\n"
            "b. daerah lain memiliki 1 (satu) wakil.\n"
            "Pasal 2\nPeraturan Bupati ini mulai berlaku pada tanggal diundangkan.\n")
    [d] = lint_text(text, select=["LP123"]).diagnostics
    assert d.suggestion == "kabupaten/kota"


def test_a_pasal_lead_in_without_its_colon_is_marked_where_it_ends():
    """PP 103/2014 Pasal 59: the lead-in stands on the line below the heading;
    the finding marks its last character, not "Pasal 59"."""
    text = ("PERATURAN BUPATI SUKAMAJU\nNOMOR 8 TAHUN 2024\nTENTANG\nPELAYANAN\n\nPasal 1\n"
            "Fasilitas pelayanan harus memenuhi persyaratan;\na. lokasi;\nb. bangunan; dan\nc. peralatan.\n\n"
            "Pasal 2\nPeraturan Bupati ini mulai berlaku pada tanggal diundangkan.\n")
    (d,) = lint_text(text, select=["LP124"]).diagnostics
    assert d.line == 7 and text[d.start:d.end] == ";"
