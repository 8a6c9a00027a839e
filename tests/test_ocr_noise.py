"""Published texts read from scans and PDF conversions (issue 16).

1. OCR-style noise added to a generated regulation (the generator of
   test_parser_properties) creates no finding: misread ayat markers ("(21"
   for "(2)"), carets, mangled running heads with page numbers, Pasal
   headings glued into the sentence before them, heading numbers split
   ("Pasal 1 2"), years with the letter O, lines of scanner debris, and
   headings repeated at a page turn.
2. A fault planted in a clean stretch of such a noisy text is still found:
   a skipped, repeated or swapped number, with noise everywhere but around it.
3. The repairs keep every position in the original: a finding on a
   repaired heading points at the characters as written.
"""
import re

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from conftest import lint_text
from test_numbering import NUMBERING, RULE_OF, renumber, sequences
from test_parser_properties import regulation, render

STRUCTURAL = NUMBERING + ["LP201", "LP203", "LP131", "LP132", "LP133", "LP134"]
HEADS = ["PRES I DEN REPUBLIK INDONESIA", "PRESIDE!'! REPU8L1K INDOf'!ESIA", "PRES IOEN REPUBLIK INDONESIA"]
JUNK = [".' ^.. ': : . ·[I c '.'", "l.rlrf-1; Il]!: -i I irrl: -i:", ",l'.*? : -.'. i##i"]


def noisy(text: str, rnd, protect: set[int] = frozenset(), rate: float = 0.35) -> str:
    """The text as a scanner and a converter leave it; lines in ``protect``
    (1-based) and the lines next to them are left as they are."""
    src = text.split("\n")
    out: list[str] = []
    page = 2
    for i, line in enumerate(src, 1):
        near = any(abs(i - p) <= 1 for p in protect)
        if near or not line.strip() or rnd.random() > rate:
            out.append(line)
            continue
        kind = rnd.choice(["marker", "caret", "head", "glue", "split", "year", "junk", "repeat"])
        m = re.match(r"\((\d)\) (\S.*)$", line)
        if kind == "marker" and m:
            out.append(rnd.choice([f"({m.group(1)}1 {m.group(2)}", f"({m.group(1)}l {m.group(2)}",
                                   f"{{{m.group(1)}}} {m.group(2)}"]))
        elif kind == "caret" and len(line.split()) > 3:
            words = line.split(" ")
            k = rnd.randrange(2, len(words))
            words[k] = "^" + words[k]
            out.append(" ".join(words))
        elif kind == "head":
            out.extend([line, "", rnd.choice(HEADS), f"- {page} -", ""])
            page += 1
        elif kind == "glue" and re.fullmatch(r"Pasal \d+", line) and out and out[-1].rstrip().endswith(".") \
                and i + 1 < len(src) and src[i][:1].isupper() and not any(abs(i - 1 - p) <= 1 for p in protect):
            out[-1] = out[-1].rstrip() + " " + line
        elif kind == "split" and re.fullmatch(r"Pasal \d\d", line):
            out.append(f"Pasal {line[6]} {line[7]}")
        elif kind == "year" and "2024" in line:
            out.append(line.replace("2024", "2O24"))
        elif kind == "junk":
            out.extend([line, rnd.choice(JUNK)])
        elif kind == "repeat" and re.fullmatch(r"Pasal \d+", line):
            out.extend([line, line])
        else:
            out.append(line)
    return "\n".join(out)


def structural(text):
    res = lint_text(text, select=STRUCTURAL)
    assert res.error is None
    return [(d.code, d.line, d.message) for d in res.diagnostics]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(regulation(), st.randoms(use_true_random=False))
def test_ocr_noise_creates_no_finding(spec, rnd):
    text, _, _ = render(spec)
    assert structural(text) == [], text
    dirty = noisy(text, rnd)
    assert structural(dirty) == [], dirty


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(regulation(), st.sampled_from(["skip", "repeat", "swap"]), st.randoms(use_true_random=False))
def test_a_fault_in_a_clean_stretch_of_a_noisy_text_is_found(spec, fault, rnd):
    babs, _, lampiran, artefacts = spec
    # the page turns of the clean text are left out: in a scan a page turn is
    # where OCR loses a line, so a stretch across one is not judged
    text, _, _ = render((babs, False, lampiran, ["none" if a == "page" else a for a in artefacts]))
    candidates = [s for s in sequences(text) if len(s) >= 3]
    assume(candidates)
    seq = rnd.choice(candidates)
    kind = seq[0][0]
    lines = text.split("\n")
    k = rnd.randrange(1, len(seq) - 1)
    if fault == "skip":
        touched = [seq[k][2]]
        for kind_, value, line in seq[k:]:
            renumber(lines, line, kind_, value + 1)
    elif fault == "repeat":
        renumber(lines, seq[k][2], kind, seq[k - 1][1])
        touched = [seq[k][2]]
    else:
        renumber(lines, seq[k][2], kind, seq[k + 1][1])
        renumber(lines, seq[k + 1][2], kind, seq[k][1])
        touched = [seq[k][2], seq[k + 1][2]]
    faulty = "\n".join(lines)
    # the stretch around the fault stays as written: the numbers on either
    # side, their neighbours, and the lines between them
    lo = seq[max(0, k - 2)][2]
    hi = seq[min(len(seq) - 1, k + 3)][2] if k + 3 < len(seq) else len(lines)
    dirty = noisy(faulty, rnd, protect=set(range(lo - 1, hi + 2)))
    got = [(c, m) for c, _, m in structural(dirty) if c == RULE_OF[kind]]
    assert len(got) == 1, (fault, kind, touched, got, dirty)


SCANNED = """PERATURAN BUPATI SUKAMAJU
NOMOR 7 TAHUN 2O24
TENTANG
TATA KEARSIPAN

BAB I
KETENTUAN UMUM

Pasal 10
(1) Pejabat pengelola arsip ditetapkan oleh Bupati.
(2) Penetapan pejabat sebagaimana dimaksud pada ayat (1) dilakukan setiap tahun. Pasal 1 1 (1) Pejabat pengelola arsip bertugas menata arsip dinamis. (21 Penataan arsip sebagaimana dimaksud pada ayat (1) dilakukan menurut pola klasifikasi.
PRES I DEN REPUBLIK INDONESIA
- 3 -
(3) Pola klasifikasi ditetapkan oleh Bupati.

Pasal 12
Peraturan Bupati ini mulai berlaku pada tanggal diundangkan.
"""


def test_repairs_keep_every_position_in_the_original():
    """"Pasal 1 1" glued after a sentence is read as Pasal 11, "(21" as ayat
    (2), "2O24" as 2024, the running head and its page number dropped; each
    node still points at the characters as written."""
    from lint_perda.parser import parse_text
    r = parse_text(SCANNED)
    pasal = {n.num: n for n in r.root.walk() if n.kind == "pasal"}
    assert sorted(pasal, key=int) == ["10", "11", "12"]
    p11 = pasal["11"]
    assert SCANNED[p11.start:p11.start + 9] == "Pasal 1 1" and p11.read == ("glued", "ocr")
    ayat = [(a.num, a.read) for a in p11.children if a.kind == "ayat"]
    assert ayat == [("1", ("glued",)), ("2", ("glued", "ocr")), ("3", ())]
    a2 = p11.children[1]
    assert SCANNED[a2.start:a2.start + 3] == "(21"
    assert ("year", SCANNED.index("2O24"), SCANNED.index("2O24") + 4, "2O24", "2024") in r.normalized.repairs
    assert all("PRES" not in p.text for n in r.root.walk() for p in n.paras)


def test_a_scan_is_checked_in_part_and_says_where():
    res = lint_text(SCANNED.replace("Pasal 12", "Pasal 14"), select=["LP104", "LP105"])
    # Pasal 11 was read from running text: the jump to 14 after it is not judged,
    # and the JSON says which headings were left out and where
    assert [d.code for d in res.diagnostics] == []
    assert res.document["checked"] == {"numbering": "part"}
    assert any(r.startswith("numbering: ") and "baris 11" in r for r in res.document["checked_reasons"])
    # the same jump between two headings read cleanly is found
    clean = SCANNED.replace("dilakukan setiap tahun. Pasal 1 1 (1)", "dilakukan setiap tahun.\n\nPasal 11\n(1)")
    clean = clean.replace("(21 Penataan", "\n(2) Penataan").replace("Pasal 12", "Pasal 14")
    got = [d.message for d in lint_text(clean, select=["LP104"]).diagnostics if "sesudah" in d.message]
    assert got == ["Penomoran melompat sesudah Pasal 11 ke Pasal 14: Pasal 12 sampai dengan Pasal 13 tidak ada."]


def test_checked_in_the_json_validates_and_every_value_is_a_status(tmp_path):
    """document.checked per rule family, each value "all", "part" or "none",
    the reasons beside it in document.checked_reasons: the measuring tools
    count the values of checked, so a list inside it would break them."""
    import collections
    import json
    import subprocess
    import sys

    import jsonschema
    from conftest import ROOT
    (tmp_path / "pindaian.txt").write_text(SCANNED.replace("Pasal 12", "Pasal 14"), encoding="utf-8")
    p = subprocess.run([sys.executable, "-m", "lint_perda", "check", "--isolated", "--format", "json",
                        str(tmp_path / "pindaian.txt"), str(ROOT / "examples" / "perda-kearsipan-bersih.txt")],
                       capture_output=True, text=True, cwd=ROOT)
    data = json.loads(p.stdout)
    schema = json.loads((ROOT / "tests" / "schemas" / "lint-perda-output.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(data, schema)
    counts = collections.defaultdict(collections.Counter)
    for f in data["files"]:
        for fam, how in f["document"]["checked"].items():
            counts[fam][how] += 1      # what ../shared/tools/scoreboard.py does
    scanned, clean = (f["document"] for f in data["files"])
    assert scanned["checked"]["numbering"] == "part" and clean["checked"]["numbering"] == "all"
    assert all(r.split(":")[0] in scanned["checked"] for r in scanned["checked_reasons"])
    assert clean["checked_reasons"] == [] or all(":" in r for r in clean["checked_reasons"])
    assert set(counts["numbering"]) == {"part", "all"}


LOST_MARKER = """PERATURAN BUPATI SUKAMAJU
NOMOR 8 TAHUN 2024
TENTANG
PELINDUNGAN PEKERJA

Pasal 1
Pelindungan dilakukan melalui:
a. pendataan calon pekerja yang memenuhi persyaratan:
1. berusia paling sedikit 18 (delapan belas) tahun;
2. sehat ^jasmani dan rohani; dan
3. memiliki ^dokumen lengkap yang dipersyaratkan. verifikasi dokumen calon pekerja:
4. surat keterangan sehat; dan
5. paspor. fasilitasi pemulangan pekerja.
PRES I DEN REPUBLIK INDONESIA
- 3 -
Pasal 2
Peraturan Bupati ini mulai berlaku pada tanggal diundangkan.
"""


def test_a_list_whose_markers_a_scan_lost_is_not_judged():
    """PP 59/2021 as scanned: "b." and "c." of the list under Pasal 70 were
    lost, so their words run on after a full stop inside the items of the
    sub-list of a.  The end and the conjunctions of that sub-list are the
    scanner's, not the draft's; typed as a draft, the same faults are found."""
    rules = ["LP121", "LP122"]
    assert [d.code for d in lint_text(LOST_MARKER, select=rules).diagnostics] == []
    typed = LOST_MARKER.replace("PRES I DEN REPUBLIK INDONESIA\n- 3 -\n", "").replace("^", "")
    assert lint_text(typed, select=rules).diagnostics, "a draft typed this way has list faults to report"



@pytest.mark.parametrize("items", [
    # the next item's marker misread after a semicolon (PP 28/2017)
    "a. bersifat buas;\nb. mengandung racun; dan/atau d, melukai manusia.\n",
    # the last item read ends with its conjunction: the one after it was lost
    "a. kepentingan nasional;\nb. kewajiban sebagai anggota organisasi internasional; dan/atau\n",
])
def test_a_scanned_list_that_lost_an_item_or_a_marker_is_not_judged(items):
    scan = ("PERATURAN BUPATI SUKAMAJU\nNOMOR 8 TAHUN 2O24\nTENTANG\nPERIKANAN\n\nPasal 1\n"
            "Setiap ^orang dilarang memelihara ikan yang:\n" + items +
            "PRES I DEN REPUBLIK INDONESIA\n- 3 -\nPasal 2\nPeraturan Bupati ini mulai berlaku pada tanggal ^diundangkan.\n")
    assert [d.message for d in lint_text(scan, select=["LP121", "LP122", "LP123"]).diagnostics] == []


SELF_CITE = """PERATURAN BUPATI SUKAMAJU
NOMOR 9 TAHUN 2O24
TENTANG
FASILITAS PENANAMAN MODAL

Pasal 1
(1) Fasilitas diberikan kepada penanam modal yang memenuhi persyaratan.
(2) Persyaratan sebagaimana dimaksud pada ayat (1) ditetapkan oleh Bupati.
(3) Fasilitas sebagaimana dimaksud pada ayat (1) diberikan paling lama 5 (lima) tahun.
(4l Fasilitas sebagaimana dimaksud pada ayat (1) tercantum dalam ^Lampiran. Ketentuan lebih lanjut mengenai:
a. tata cara pemberian fasilitas sebagaimana dimaksud pada ayat (1); dan
b. pemanfaatan fasilitas sebagaimana dimaksud pada ayat (4),
diatur dalam Peraturan Bupati.
PRES I DEN REPUBLIK INDONESIA
- 3 -
Pasal 2
Peraturan Bupati ini mulai berlaku pada tanggal ^diundangkan.
"""


def test_a_self_reference_through_a_lost_ayat_marker_is_not_judged():
    """PP 78/2019 as scanned: "(5)" was lost, so "sebagaimana dimaksud pada
    ayat (4)" seems to stand inside ayat (4), whose own marker OCR read as
    "(4l".  The self-reference is the scanner's; in the typed draft, with
    the marker read as written, it is reported."""
    assert [d.code for d in lint_text(SELF_CITE, select=["LP206"]).diagnostics] == []
    typed = SELF_CITE.replace("(4l", "(4)").replace("^", "").replace("2O24", "2024")
    typed = typed.replace("PRES I DEN REPUBLIK INDONESIA\n- 3 -\n", "")
    assert [d.message for d in lint_text(typed, select=["LP206"]).diagnostics] == [
        "Ayat (4) merujuk dirinya sendiri; periksa nomornya."]


GARBLED_TERM = """PERATURAN BUPATI SUKAMAJU
NOMOR 10 TAHUN 2O24
TENTANG
PENGELOLAAN SAMPAH

Pasal 1
Dalam Peraturan Bupati ini yang dimaksud dengan:
1. Sampah adalah sisa kegiatan sehari-hari manusia yang berbentuk padat.
2. Sampah Spcsihk adalah sampah yang karena sifatnya memerlukan pengelolaan khusus.
3. Dinas adalah Dinas Lingkungan Hidup Kabupaten Sukamaju.

Pasal 2
(1) Dinas mengelola Sampah dan Sampah Spesifik di Daerah.
(2) Pengelolaan Sampah Spesifik dilakukan menurut ^standar ^nasional.
PRES I DEN REPUBLIK INDONESIA
- 3 -
Pasal 3
Peraturan Bupati ini mulai berlaku pada tanggal diundangkan.
"""


def test_a_term_the_scan_garbled_in_its_definition_is_not_called_unused():
    """PP 27/2020 as scanned: "Sampah Spcsihk" is defined and the text uses
    "Sampah Spesifik"; a term truly unused in the typed draft is reported."""
    assert [d.code for d in lint_text(GARBLED_TERM, select=["LP302"]).diagnostics] == []
    typed = GARBLED_TERM.replace("PRES I DEN REPUBLIK INDONESIA\n- 3 -\n", "").replace("^", "").replace("2O24", "2024")
    assert [d.message for d in lint_text(typed, select=["LP302"]).diagnostics] == [
        'Istilah "Sampah Spcsihk" didefinisikan tetapi tidak dipakai dalam peraturan ini.']


def test_a_fragment_in_a_scanned_ketentuan_umum_is_no_definition():
    # "5. Direksi 5." (PP 13/2016): what a page turn left of a definition
    scan = GARBLED_TERM.replace("3. Dinas adalah", "3. Direksi 3.\n4. Dinas adalah")
    assert [d.code for d in lint_text(scan, select=["LP301"]).diagnostics] == []
    typed = scan.replace("PRES I DEN REPUBLIK INDONESIA\n- 3 -\n", "").replace("^", "").replace("2O24", "2024")
    assert [d.code for d in lint_text(typed, select=["LP301"]).diagnostics] == ["LP301"]


def test_a_list_end_before_a_marker_read_through_ocr_is_not_judged():
    # PP 115/2021: "d. ...; (2t e. ..." the ayat after the list read through
    # OCR; whether the list ends there is not sure, so neither is its
    # conjunction (a last item ending ";" in a scan is not judged at all: the
    # list may go on where the scan lost it)
    scan = ("PERATURAN BUPATI SUKAMAJU\nNOMOR 8 TAHUN 2O24\nTENTANG\nSENAT\n\nPasal 1\n"
            "(1) Senat ^bertugas:\na. menetapkan kebijakan akademik;\nb. mengawasi pelaksanaan norma akademik.\n"
            "(21 Ketentuan lebih lanjut mengenai tugas Senat diatur dalam ^Peraturan ^Rektor.\n"
            "PRES I DEN REPUBLIK INDONESIA\n- 3 -\nPasal 2\nPeraturan Bupati ini mulai berlaku pada tanggal diundangkan.\n")
    assert [d.code for d in lint_text(scan, select=["LP121", "LP122"]).diagnostics] == []
    typed = scan.replace("(21 ", "(2) ")
    assert [d.code for d in lint_text(typed, select=["LP121", "LP122"]).diagnostics] == ["LP122"]


def scan_head(topic: str) -> str:
    """The head of a scanned regulation as the tests below plant faults in:
    an OCR'd year and a running head at the first page turn."""
    return f"PERATURAN BUPATI SUKAMAJU\nNOMOR 8 TAHUN 2O24\nTENTANG\n{topic}\nPRES I DEN REPUBLIK INDONESIA\n- 3 -\n"


def scanned(topic: str, pasal_1: str) -> str:
    """A scanned regulation of one Pasal (and its closing Pasal 2)."""
    return scan_head(topic) + "Pasal 1\n" + pasal_1 + "Pasal 2\nPeraturan Bupati ini mulai berlaku pada tanggal diundangkan.\n"


@pytest.mark.parametrize("tail", [
    # PP 17/2017: the conjunction read "^dan" with a stray ayat marker after it
    "b. menyusun rencana ^kerja; ^dan (3)\n",
    # PP 11/2017: the next item's marker behind a misread ayat marker
    "b. menyusun rencana kerja;\n(3) c. menjalani #D d. menjalani tugas belajar.\n",
    # PP 5/2016: items glued on with "f'" for "f."
    "b. menyusun rencana kerja; c' mengawasi pelaksanaan; dan d' melapor.\n",
    # PP 75/2019: an item lost ("a. b. d."): which one is second to last is not known
    "b. menyusun rencana kerja;\nd. mengawasi pelaksanaan.\n",
    # PP 77/2012: the next item glued behind a stamp ("; dan DISTRIBUSI II m. ...")
    "b. menyusun rencana kerja; dan DISTRIBUSI II c. mengawasi pelaksanaan.\n",
    # PP 23/2021: an item whose marker the scan lost, after the last one's ";"
    "b. menyusun rencana kerja; mengawasi pelaksanaan anggaran.\n",
    # PP 31/2019: the conjunction read before the semicolon ("usaha dan;")
    "b. menyusun rencana kerja dan;\nc. mengawasi pelaksanaan anggaran.\n",
])
def test_a_list_a_scan_cut_is_not_judged(tail):
    head = ("PERATURAN BUPATI SUKAMAJU\nNOMOR 8 TAHUN 2O24\nTENTANG\nSENAT\n\nPasal 1\n"
            "(1) Senat ^bertugas:\na. menetapkan kebijakan akademik;\n")
    foot = ("(4) Ketentuan lebih lanjut mengenai tugas Senat diatur dalam ^Peraturan ^Rektor.\n"
            "PRES I DEN REPUBLIK INDONESIA\n- 3 -\nPasal 2\nPeraturan Bupati ini mulai berlaku pada tanggal diundangkan.\n")
    assert [d.code for d in lint_text(head + tail + foot, select=["LP121", "LP122"]).diagnostics] == []
    # the same list, ended as typed: its missing conjunction is found
    typed = head + "b. menyusun rencana kerja.\n" + foot
    assert [d.code for d in lint_text(typed, select=["LP121", "LP122"]).diagnostics] == ["LP122"]


@pytest.mark.parametrize("prev", [
    "c. lembaga penyiaran; C. ^badan usaha ^yang ^didirikan ^oleh ^yayasan;",   # PP 24/2018: "C." for d.
    "c. lembaga penyiaran; d' badan usaha yang didirikan oleh yayasan;",          # PP 39/2021: "d'" for d.
])
def test_an_item_glued_on_in_a_scan_is_no_gap(prev):
    head = scan_head("PERIZINAN") + (
            "Pasal 1\nPemohon izin ^meliputi:\na. perseorangan;\nb. perseroan terbatas;\n")
    foot = "e. koperasi.\nPasal 2\nPeraturan Bupati ini mulai berlaku pada tanggal ^diundangkan.\n"
    assert [d.code for d in lint_text(head + prev + "\n" + foot, select=["LP106"]).diagnostics] == []
    # the item really missing, in the same scan, is found
    lost = head + "c. lembaga penyiaran;\n" + foot
    assert [(d.code, d.line) for d in lint_text(lost, select=["LP106"]).diagnostics] == [("LP106", 12)]


def test_a_misread_first_word_in_a_scan_is_no_capital():
    # PP 29/2018 "b. Pcmagangan; dan/atau": a name the scanner misread, which
    # the text never writes in small letters; "Pelatihan", which it does, is judged
    text = scan_head("PELATIHAN KERJA") + (
            "Pasal 1\nPeningkatan kompetensi ^dilakukan melalui pelatihan kerja ^dan:\na. {first} kerja di dalam negeri; dan\n"
            "b. pemagangan di luar negeri.\nPasal 2\nPeraturan Bupati ini mulai berlaku pada tanggal ^diundangkan.\n")
    assert [d.code for d in lint_text(text.format(first="Pcmagangan"), select=["LP123"]).diagnostics] == []
    assert [d.code for d in lint_text(text.format(first="Pelatihan"), select=["LP123"]).diagnostics] == ["LP123"]


def test_a_term_the_scan_misread_is_not_unused():
    # PP 25/2022: "Pola Pengelolaan Sumber Daya Air" defined, used as
    # "Pola Pengelo1aan Sumber Daya Air"
    text = scan_head("SUMBER DAYA AIR") + (
            "Pasal 1\nDalam Peraturan Bupati ini yang ^dimaksud dengan:\n"
            "1. Pola Pengelolaan Sumber Daya Air adalah kerangka dasar pengelolaan sumber daya air.\n"
            "2. Bupati adalah Bupati Sukamaju.\nPasal 2\nBupati ^menetapkan Pola {use} Sumber Daya Air setiap lima tahun.\n")
    assert [d.code for d in lint_text(text.format(use="Pengelo1aan"), select=["LP302"]).diagnostics] == []
    assert [d.code for d in lint_text(text.format(use="Pembinaan"), select=["LP302"]).diagnostics] == ["LP302"]


@pytest.mark.parametrize("pasal_5", [
    # PP 27/2020: ayat (2) glued on and read "(2\"
    "Pasal 5\n(1) Pengelola kawasan wajib memilah sampah. (2\\ Pemilahan sampah dilakukan setiap hari.\n",
    # PP 28/2022: a wordless "(1)" the layout put before the next Pasal's heading
    "Pasal 5\nPengelola kawasan wajib memilah sampah.\n(1)\n",
])
def test_a_lone_ayat_1_a_scan_made_is_not_judged(pasal_5):
    text = scan_head("SAMPAH") + (
            "Pasal 4\nSampah ^dikelola oleh Dinas.\n" + pasal_5 +
            "Pasal 6\nPeraturan Bupati ini mulai berlaku pada tanggal ^diundangkan.\n")
    assert [d.code for d in lint_text(text, select=["LP108"]).diagnostics] == []
    lone = text.replace(pasal_5, "Pasal 5\n(1) Pengelola kawasan wajib memilah sampah.\n")
    assert [d.code for d in lint_text(lone, select=["LP108"]).diagnostics] == ["LP108"]


@pytest.mark.parametrize("definition", [
    "3. Obligasi aclalah surat utang yang berjangka waktu lebih dari 12 (dua belas) bulan.",   # PP 9/2021
    "3. Obligasi adalah surat utang yang berjangka waktu lebih dari 12 (dua belas) bulan. PRES I DEN",   # PP 99/2016
])
def test_a_definition_the_scan_garbled_is_not_judged(definition):
    text = scan_head("OBLIGASI DAERAH") + (
            "Pasal 1\nDalam Peraturan Bupati ini yang dimaksud dengan:\n1. Daerah adalah Kabupaten Sukamaju.\n"
            "2. Bupati adalah Bupati Sukamaju.\n{d}\nPasal 2\nBupati ^menerbitkan Obligasi untuk pembangunan Daerah.\n")
    assert [d.code for d in lint_text(text.format(d=definition), select=["LP301"]).diagnostics] == []
    typed = "3. Obligasi merupakan surat utang yang berjangka waktu lebih dari 12 (dua belas) bulan."
    assert [d.code for d in lint_text(text.format(d=typed), select=["LP301"]).diagnostics] == ["LP301"]


def test_pasal_1_read_pasal_i_is_no_amendment():
    # PP 29/2017 and 21 more: OCR read "Pasal 1" as "Pasal I"; taken for an
    # amendment's article, every later Pasal was a quoted one that fitted nowhere
    from lint_perda.document import Document
    from lint_perda.sources import SourceText
    text = ("PERATURAN BUPATI SUKAMAJU\nNOMOR 8 TAHUN 2O24\nTENTANG\nARSIP\n\nPasal I\n"
            "Dalam Peraturan Bupati ini yang dimaksud dengan:\n1. Daerah adalah Kabupaten Sukamaju.\n"
            "2. Bupati adalah Bupati Sukamaju.\nPasal 2\nArsip dikelola oleh Dinas.\nPasal 3\n"
            "Peraturan Bupati ini mulai berlaku pada tanggal diundangkan.\n")
    doc = Document(SourceText(path="x.txt", text=text))
    assert [p.value for p in doc.pasals] == [1, 2, 3] and not doc.is_amendment
    # a real amendment's Pasal I still opens the instructions
    amend = text.replace("Dalam Peraturan Bupati ini yang dimaksud dengan:\n1. Daerah adalah Kabupaten Sukamaju.\n"
                         "2. Bupati adalah Bupati Sukamaju.\nPasal 2\nArsip dikelola oleh Dinas.\nPasal 3\n",
                         "Ketentuan Pasal 2 diubah sehingga berbunyi sebagai berikut:\nPasal 2\nArsip dikelola oleh Dinas.\n"
                         "Pasal II\n")
    assert Document(SourceText(path="x.txt", text=amend)).is_amendment
    # PP 7/2018: "Pasal 2" glued into a heading line; the definitions say it is Pasal 1
    glued = text.replace("Pasal 2\nArsip", "Bagian Kesatu Umum Pasal 2 Arsip")
    assert [p.value for p in Document(SourceText(path="x.txt", text=glued)).pasals][:1] == [1]
    # an amendment quoting Pasal 1 read "Pasal I": still quoted
    quoting = amend.replace("Ketentuan Pasal 2 diubah sehingga berbunyi sebagai berikut:\nPasal 2\n",
                            "Ketentuan Pasal 1 diubah sehingga berbunyi sebagai berikut:\nPasal I\n"
                            "Dalam Peraturan Bupati ini yang dimaksud dengan:\n1. Daerah adalah Kabupaten Sukamaju.\n")
    qdoc = Document(SourceText(path="x.txt", text=quoting))
    assert qdoc.is_amendment and len(qdoc.amendment.instructions) == 1


def test_pasal_11_read_pasal_ii_stays_in_the_body():
    # PP 40/1958, 16/1977: "Pasal 10 ... Pasal II ... Pasal 12"
    from lint_perda.document import Document
    from lint_perda.sources import SourceText
    body = "".join(f"Pasal {n}\nArsip jenis {n} dikelola oleh Dinas.\n" for n in range(1, 11))
    text = ("PERATURAN BUPATI SUKAMAJU\nNOMOR 8 TAHUN 2O24\nTENTANG\nARSIP\n\n" + body +
            "Pasal II\nArsip jenis lain dikelola oleh Sekretariat.\nPasal 12\nPeraturan Bupati ini mulai berlaku.\n")
    doc = Document(SourceText(path="x.txt", text=text))
    assert [p.value for p in doc.pasals] == list(range(1, 13)) and not doc.is_amendment


@pytest.mark.parametrize("sentence,found", [
    # PP 18/2018, PP 37/2017: a doubled word in a provision whose heading the
    # conversion glued on and whose other sentence holds a misread ayat marker
    ("Pegawai yang dikenakan sanksi diberikan hak sesuai dengan dengan peraturan perundang-undangan.", True),
    # PP 3/2017: a line read across columns, garble beside the words
    ("Pegawai yang dikenakan sanksi; hama hama tempat kepada {D e.", False),
    # OCR marks right at the words
    ("Pegawai yang dikenakan ^sanksi ^diberikan ^hak ^sesuai dengan dengan ^peraturan.", False),
])
def test_a_doubled_word_in_a_scan_is_judged_where_its_words_read_cleanly(sentence, found):
    text = scan_head("KEPEGAWAIAN") + (
        "Pasal 1\nPegawai wajib menaati peraturan kedinasan.\n"
        f"Ketentuan lebih lanjut diatur dalam Peraturan Bupati. Pasal 2 (1) {sentence} Pegawai yang melanggar "
        "kewajiban sebagaimana dimaksud dalam Pasal 1 dikenakan sanksi disiplin oleh pejabat yang berwenang "
        "menghukum setelah melalui pemeriksaan yang dilakukan secara tertutup oleh atasan langsung dan tim "
        "pemeriksa yang dibentuk untuk itu. (21 Sanksi sebagaimana dimaksud pada ayat (1) ditetapkan dengan "
        "keputusan.\n(3) Keputusan disampaikan kepada ^pegawai.\n"
        "Pasal 3\nPeraturan Bupati ini mulai berlaku pada tanggal diundangkan.\n")
    got = [(d.code, d.line) for d in lint_text(text, select=["LP113"]).diagnostics]
    assert got == ([("LP113", 9)] if found else []), got


@pytest.mark.parametrize("items,found", [
    # PP 57/2021 Pasal 40: "e." lost, and the list's end too ("...; dan" before the next ayat)
    ("a. pendidikan agama;\nb. bahasa;\nc. matematika;\ne. ilmu pengetahuan sosial;\nf. seni dan budaya; dan\n", False),
    # the same gap in a list that ends as a list ends: found
    ("a. pendidikan agama;\nb. bahasa;\nc. matematika;\ne. ilmu pengetahuan sosial; dan\nf. seni dan budaya.\n", True),
    # PP 95/2021: the next item glued on behind 'b"'
    ('a. menyusun kebijakan ^operasional; b" Elen5rusun rencana ^pengembangan;\nc. mengelola pendidikan; dan\n'
     "d. mengangkat pejabat.\n", False),
    # the same item written twice in full is still found
    ("a. pendidikan agama;\nb. Peraturan Menteri mengenai kurikulum;\nb. Peraturan Menteri mengenai kurikulum; dan\n"
     "c. matematika.\n", True),
])
def test_a_list_a_scan_cut_or_glued_is_judged_only_where_read(items, found):
    text = scan_head("KURIKULUM") + (
        "Pasal 1\n(1) Kurikulum disusun oleh ^satuan pendidikan.\n(2) Muatan wajib kurikulum memuat:\n" + items +
        "(3) Ketentuan lebih lanjut diatur dalam ^Peraturan ^Bupati.\nPasal 2\n"
        "Peraturan Bupati ini mulai berlaku pada tanggal diundangkan.\n")
    got = [d.code for d in lint_text(text, select=["LP106"]).diagnostics]
    assert got == (["LP106"] if found else []), got


def test_bare_markers_of_a_scanned_mengingat_are_a_layout_not_a_gap():
    # PP 25/2018: "2." and "3." stand alone, their words read elsewhere
    text = scan_head("WAKAF").replace("TENTANG\nWAKAF\n", "TENTANG\nWAKAF\nMengingat : 1. Pasal 5 ayat (2) "
                                      "Undang-Undang Dasar Negara Republik Indonesia Tahun 1945;\n2.\n3.\n"
                                      "4. Peraturan Pemerintah Nomor 42 Tahun 2006 tentang Wakaf;\nMEMUTUSKAN:\n"
                                      "Menetapkan : PERATURAN BUPATI TENTANG WAKAF.\n") + (
        "Pasal 1\nWakaf dikelola oleh ^nazhir.\nPasal 2\nPeraturan Bupati ini mulai berlaku pada tanggal diundangkan.\n")
    assert [d.code for d in lint_text(text, select=["LP106"]).diagnostics] == []


def test_ayat_2_whose_bracket_a_scan_read_as_1_is_ayat_2():
    """PP 83/2019 Pasal 6: "12) ^Kornpetensi ..." after ayat (1) is ayat (2),
    not an item 12) of no list: no lone ayat (1), no self-reference."""
    from lint_perda.parser import parse_text
    pasal = ("Pasal 1\n(1) Tenaga teknis harus memiliki kompetensi yang relevan.\n"
             "12) ^Kompetensi sebagaimana dimaksud pada ayat (1) diperoleh melalui pendidikan.\n"
             "Pasal 2\nPeraturan Bupati ini mulai berlaku pada tanggal diundangkan.\n")
    scan = scan_head("TENAGA TEKNIS") + pasal
    assert [d.code for d in lint_text(scan, select=["LP108", "LP206", "LP105"]).diagnostics] == []
    ayat = [n.num for n in parse_text(scan).root.walk() if n.kind == "ayat"]
    assert ayat == ["1", "2"]
    # the twelfth item of an open "1)" list stays an item
    listed = scan_head("TENAGA TEKNIS") + pasal.replace(
        "relevan.\n", "relevan, meliputi:\n" + "".join(f"{k}) kompetensi ke-{k};\n" for k in range(1, 12)))
    assert [n.num for n in parse_text(listed).root.walk() if n.kind == "ayat"] == ["1"]


@pytest.mark.parametrize("rest", [
    # PP 26/2021 Pasal 70: ayat (2) glued on behind "(.2)"
    " (.2) ^Penilaian usaha dilakukan setiap tahun.",
    # PP 13/2022 Pasal 15: a second sentence citing "ayat (i)": ayat (2), its marker lost
    " Perjanjian kerja sama sebagaimana dimaksud ^pada ayat (i) disusun oleh Badan.",
])
def test_an_ayat_2_a_scan_garbled_leaves_no_lone_ayat_1(rest):
    pasal = ("Pasal 1\n(1) Penilaian usaha dilakukan kepada perusahaan pada tahap pembangunan.{}\n"
             "Pasal 2\nPeraturan Bupati ini mulai berlaku pada tanggal diundangkan.\n")
    scan = scan_head("PENILAIAN USAHA") + pasal.format(rest)
    assert [d.code for d in lint_text(scan, select=["LP108"]).diagnostics] == []
    # the lone ayat (1) of the same scan is still found
    assert [d.code for d in lint_text(scan_head("PENILAIAN USAHA") + pasal.format(""), select=["LP108"]).diagnostics] \
        == ["LP108"]


@pytest.mark.parametrize("items,found", [
    # PP 22/2021: "b. nama Limbah B3:" where ";" is meant, a scanner's confusion
    ("a. identitas pemohon;\nb. nama limbah:\nc. dasar pertimbangan; dan\nd. kesimpulan hasil evaluasi.\n", False),
    # the same ":" typed: found (LP121)
    (None, True),
    # PP 27/2017: markers standing apart from their words, a layout in columns
    ("1. verifikasi;\n2.\n3. penerbitan surat ketetapan; pembebasan bea masuk\n4.\n5. pelaporan.\n", False),
])
def test_list_punctuation_a_scan_confused_or_laid_out_in_columns_is_not_judged(items, found):
    body = items or "a. identitas pemohon;\nb. nama limbah:\nc. dasar pertimbangan; dan\nd. kesimpulan hasil evaluasi.\n"
    head = scan_head("LIMBAH") if items else "PERATURAN BUPATI SUKAMAJU\nNOMOR 8 TAHUN 2024\nTENTANG\nLIMBAH\n"
    text = head + ("Pasal 1\n(1) Rekomendasi ^memuat:\n" + body +
                   "(2) Rekomendasi ditetapkan oleh ^Kepala ^Dinas.\nPasal 2\n"
                   "Peraturan Bupati ini mulai berlaku pada tanggal diundangkan.\n")
    if items is None:
        text = text.replace("^", "")   # typed: no scanner's marks
    got = [d.code for d in lint_text(text, select=["LP121"]).diagnostics if d.severity == "warning"]
    assert got == (["LP121"] if found else []), got


@pytest.mark.parametrize("lead,scan,found", [
    ("(1) Setiap orang yang akan memasukkan ^barang wajib memiliki;", True, False),   # PP 58/2015: ";" for ":"
    ('(1) Usaha jasa diklasifikasikan ^dalam subbidang: "', True, False),             # PP 25/2021: a stray quote
    ("(1) Setiap orang yang akan memasukkan barang wajib memiliki;", False, True),    # typed: found
])
def test_a_list_lead_a_scan_misread_is_not_judged(lead, scan, found):
    head = scan_head("IMPOR") if scan else "PERATURAN BUPATI SUKAMAJU\nNOMOR 8 TAHUN 2024\nTENTANG\nIMPOR\n"
    text = head + ("Pasal 1\n" + lead + "\na. izin usaha;\nb. sertifikat kesehatan; dan\nc. surat keterangan asal.\n"
                   "(2) Ketentuan lebih lanjut diatur dalam Peraturan Bupati.\nPasal 2\n"
                   "Peraturan Bupati ini mulai berlaku pada tanggal diundangkan.\n")
    got = [d.code for d in lint_text(text, select=["LP124"]).diagnostics]
    assert got == (["LP124"] if found else []), got


@pytest.mark.parametrize("title,found", [
    ("KETtrNTUAN UMUM", False),                      # PP 86/2019: "E" read "tr"
    ("HAK PENCELOLAAN Bagian Kesattr Tanah", False),  # PP 18/2021: the Bagian read into the title
    ("(l) BAB I KETENTUAN UMUM", False),              # PP 12/2017: a stray marker and the heading again
    ("SIKN dan JIKN", True),                         # PP 28/2012: a word in small letters, as typed
    ("KETENTUA N UMU M P a sal 1", False),            # PP 38/2013: letters spaced apart, the heading read in
    ("SANKSI ADMINISTRATIF h. j k.", False),          # PP 48/2016: markers read into it
    ("Dalam dengan:", False),                         # PP 79/2021: a sentence's words, with its colon
    ("PELAKSANAAN TAHAP I dan II", True),             # a numeral stays a word of the title
])
def test_a_bab_title_a_conversion_garbled_is_not_judged_for_its_case(title, found):
    text = ("PERATURAN BUPATI SUKAMAJU\nNOMOR 8 TAHUN 2024\nTENTANG\nARSIP\n\nBAB I " + title + "\n\nPasal 1\n"
            "Arsip dikelola oleh Dinas.\n\nBAB II\nKETENTUAN PENUTUP\n\nPasal 2\n"
            "Peraturan Bupati ini mulai berlaku pada tanggal diundangkan.\n")
    got = [d.code for d in lint_text(text, select=["LP125"]).diagnostics]
    assert got == (["LP125"] if found else []), got


def test_letters_doubled_by_a_sub_list_the_scan_unnested_make_no_ambiguous_reference():
    # PP 87/2019 Pasal 37: "c. diberhentikan a. tidak lagi ..." (the colon lost), then "b.", "c." of the sub-list
    text = scanned("RAPAT", "(1) Status peserta ^berakhir apabila:\na. meninggal dunia;\nb. masa tugas berakhir; atau\n"
                   "c. diberhentikan a. tidak lagi memenuhi persyaratan;\nb. tidak lagi menjadi anggota;\n"
                   "c. mengundurkan diri; atau\nd. tidak hadir tiga kali berturut-turut.\n"
                   "(2) Peserta yang berhenti sebagaimana dimaksud pada ayat (1) huruf c digantikan oleh calon ^berikutnya.\n")
    assert [d.code for d in lint_text(text, select=["LP203"]).diagnostics] == []


@pytest.mark.parametrize("items", [
    # PP 11/2017 Pasal 310: the marker "e." stands bare, its words read into "f."
    "a. cuti tahunan;\nb. cuti besar;\nc. cuti sakit;\nd. cuti melahirkan;\ne.\n"
    "f. cuti karena alasan penting; cuti bersama; dan cuti di luar tanggungan negara.\n",
    # PP 22/2021: "; 5 melakukan" glued on without its full stop
    "1. cuti tahunan;\n2. cuti besar;\n3. cuti sakit;\n4. cuti melahirkan; 5 melakukan cuti bersama; dan\n"
    "6. cuti di luar tanggungan negara.\n",
])
def test_an_item_whose_marker_stands_bare_or_glued_in_a_scan_is_no_gap(items):
    text = scan_head("CUTI") + ("Pasal 1\nCuti pegawai ^terdiri atas:\n" + items +
                                "Pasal 2\nPeraturan Bupati ini mulai berlaku pada tanggal diundangkan.\n")
    assert [d.code for d in lint_text(text, select=["LP106"]).diagnostics] == []
    assert [d.code for d in lint_text(text.replace("\ne.\n", "\n").replace("; 5 melakukan cuti bersama;", ";"),
                                      select=["LP106"]).diagnostics] == ["LP106"]


@pytest.mark.parametrize("foot", ["Sl( No 102285 A", "Sl( No ll))l,t ^A", "SK No 102285 A"])
def test_the_printers_serial_a_scan_misread_is_a_page_turn(foot):
    # PP 95/2021 Pasal 26: the page foot "SK No ... A" read "Sl( No ll))l,t ^A",
    # glued between item k and the rest of item l, whose marker went with it
    items = (f"k. memberikan pertimbangan ^keuangan; {foot} oleh Rektor dan/atau Senat; dan\n"
             "m. menyusun ^laporan tahunan.\n")
    text = scan_head("MAJELIS") + ("Pasal 1\nMajelis ^bertugas:\n" +
                                   "".join(f"{c}. menetapkan kebijakan {c};\n" for c in "abcdefghij") + items +
                                   "Pasal 2\nPeraturan Bupati ini mulai berlaku pada tanggal diundangkan.\n")
    from lint_perda.normalize import normalize
    assert foot not in " ".join(ln.text for ln in normalize(text).lines)
    assert [d.code for d in lint_text(text, select=["LP106"]).diagnostics] == []
    # the same gap with no page turn in sight is found
    typed = text.replace(f" {foot} oleh Rektor dan/atau Senat; dan", " dan")
    assert [d.code for d in lint_text(typed, select=["LP106"]).diagnostics] == ["LP106"]


def test_a_list_lead_just_after_a_page_turn_in_a_scan_is_not_judged():
    # PP 31/2021 Pasal 116: "... ditetapkan: [page foot] (4) a. untuk
    # pelayaran ...": the scan moved the lead-in of ayat (4) before its marker
    text = scanned("KAPAL", "(1) Kapal wajib ^memiliki sertifikat garis muat.\n"
                   "(2) Sertifikat diterbitkan oleh Menteri.\n"
                   "(3) Penetapan lambung timbul oleh pejabat ^pemeriksa. Lambung timbul ditetapkan: Sl( No 092570 A "
                   "(4) a. untuk pelayaran internasional; dan\nb. untuk pelayaran dalam negeri.\n")
    assert [d.code for d in lint_text(text, select=["LP124"]).diagnostics] == []


@pytest.mark.parametrize("b_end,found", [("; dan", False), (";", True)])
def test_a_last_item_whose_c_a_scan_read_as_e_is_no_gap(b_end, found):
    # PP 22/2021 Pasal 97: "b. 30 (tiga puluh) hari ...; dan / e. 15 (lima
    # belas) hari ...": the list's last item, c., read "e." by OCR
    text = scanned("LINGKUNGAN", "Penilaian ^dilakukan paling lama:\na. 50 (lima puluh) hari kerja untuk tipe A;\n"
                   f"b. 30 (tiga puluh) hari kerja untuk tipe B{b_end}\ne. 15 (lima belas) hari kerja untuk tipe C.\n")
    assert [d.code for d in lint_text(text, select=["LP106"]).diagnostics] == (["LP106"] if found else [])


@pytest.mark.parametrize("item,found", [
    ("2) Perusahaan (1) R E P Lr J.T': t,',35f; * u n, r.", False),   # PP 47/2017: a running head read as signs
    ("2) Perusahaan Perseroan (Persero) PT Timah Tbk.", True),
])
def test_an_item_read_as_signs_is_not_judged_for_its_punctuation(item, found):
    text = ("PERATURAN BUPATI SUKAMAJU\nNOMOR 8 TAHUN 2024\nTENTANG\nMODAL\n\nPasal 1\n"
            "Penambahan penyertaan modal berasal dari:\na. pengalihan saham milik Daerah pada:\n"
            f"1) Perusahaan Perseroan (Persero) PT Aneka Tambang Tbk;\n{item}\n"
            "3) Perusahaan Perseroan (Persero) PT Bukit Asam Tbk; dan\nb. penyertaan tunai.\n"
            "Pasal 2\nPeraturan Bupati ini mulai berlaku pada tanggal diundangkan.\n")
    got = [d.code for d in lint_text(text, select=["LP121"]).diagnostics if d.severity == "warning"]
    assert got == (["LP121"] if found else [])


def test_huruf_i_a_scan_read_as_1_is_huruf_i():
    # PP 24/2020, 19/2016: "h. ...; / 1. penerima ...; dan J. penerima ...":
    # the letters i and j of a definition's list, read "1." and "J." by OCR
    items = "".join(f"{c}. penerima tunjangan golongan {c};\n" for c in "abcdefgh")
    text = scanned("TUNJANGAN", "Dalam Peraturan Bupati ini yang ^dimaksud dengan:\n"
                   "1. Pegawai adalah pegawai negeri sipil Daerah.\n2. Penerima tunjangan adalah:\n" + items +
                   "1. penerima tunjangan orang tua bagi Pegawai yang gugur; dan J. penerima tunjangan cacat bagi Pegawai.\n"
                   "3. Bupati adalah Bupati Sukamaju.\n")
    # (read as angka 1 it was a repeated number, and h. a list's second-to-last item)
    res = lint_text(text, select=["LP106", "LP122", "LP301"])
    assert [d.code for d in res.diagnostics] == []


def test_a_definition_after_bare_markers_in_a_scan_is_not_judged():
    # PP 18/2017: "14. / 15. / 16. / 17. 18, Jaminan 2t. pelindungan sosial ...":
    # definitions laid out in columns, their words read across the markers
    text = scanned("PELINDUNGAN", "Dalam Peraturan Bupati ini yang dimaksud dengan:\n"
                   "1. Pekerja adalah setiap orang yang bekerja di Daerah.\n2.\n3.\n4.\n"
                   "5. 6, Jaminan 2t. ^pelindungan sosial untuk menjamin seluruh rakyat memenuhi kebutuhan dasar ^hidupnya.\n"
                   "7. Bupati adalah Bupati Sukamaju.\n")
    assert [d.code for d in lint_text(text, select=["LP301"]).diagnostics] == []


@pytest.mark.parametrize("lead,items,scan", [
    # PP 60/2013: items 14-16 of another list, moved under an ayat by the conversion
    ("(3) Tiap kelompok kerja paling banyak 5 (lima) orang anggota.",
     "14. Menteri Koperasi;\n15. Menteri Riset; dan\n16. Menteri Desa.\n", False),
    # PP 23/2021: the first item read into the lead-in after its colon ("a-" for "a.")
    ("(3) Pengukuhan dapat ^berupa: a- Peraturan Daerah yang memuat tata cara pengakuan; atau",
     "b. Peraturan Daerah yang memuat penetapan pengakuan.\n", True),
])
def test_a_list_lead_whose_list_was_moved_or_read_into_it_is_not_judged(lead, items, scan):
    head = scan_head("MASYARAKAT") if scan else "PERATURAN BUPATI SUKAMAJU\nNOMOR 8 TAHUN 2024\nTENTANG\nMASYARAKAT\n"
    text = head + ("Pasal 1\n(1) Pengakuan dilakukan oleh Bupati.\n(2) Pengakuan ditetapkan dengan Keputusan Bupati.\n"
                   + lead + "\n" + items + "Pasal 2\nPeraturan Bupati ini mulai berlaku pada tanggal diundangkan.\n")
    assert [d.code for d in lint_text(text, select=["LP124"]).diagnostics] == []


@pytest.mark.parametrize("debris,fires", [
    ("5 6 7 Menetapkan 2 3 4", False),   # PP 17/2022: the scan's numbers read across its columns
    ("tanggal 5 Juni 2024", True),       # no run of numbers counting up: the gap is judged
])
def test_numbers_counting_up_across_a_scans_columns_leave_the_gap_unjudged(debris, fires):
    text = scanned("PENGELOLAAN ANGGARAN", "Dalam Peraturan Bupati ini yang dimaksud dengan:\n"
                   f"1. Daerah adalah Kabupaten Sukamaju, dibentuk {debris} sesuai undang-undang.\n"
                   "10. Anggaran adalah rencana keuangan tahunan Daerah.\n"
                   "11. Bupati adalah ^Bupati Sukamaju.\n")   # (a third mark of OCR: a scan)
    got = [d.code for d in lint_text(text, select=["LP106"]).diagnostics]
    assert got == (["LP106"] if fires else []), got
