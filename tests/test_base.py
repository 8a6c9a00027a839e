"""Amendments against their base regulation (issue 15): pairing within a run,
--base and the ``bases`` configuration key, resolution statuses in the JSON,
the consolidated text, consequences elsewhere in the base, the graph over
several files, and real (base, amendment) pairs of the national corpus."""
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import EXAMPLES, NATIONAL, lint_file, need_corpus
from lint_perda.pairing import key, pair, read_file_identity

ROOT = Path(__file__).resolve().parent.parent
BASE = EXAMPLES / "perwali-kecamatan-2021.txt"
CLEAN = EXAMPLES / "perwali-perubahan-kecamatan-bersih.txt"
FAULTY = EXAMPLES / "perwali-perubahan-kecamatan-salah.txt"


def _cli(*args, cwd=ROOT):
    return subprocess.run([sys.executable, "-m", "lint_perda", *map(str, args)], cwd=cwd, capture_output=True,
                          text=True)


# -- pairing -------------------------------------------------------------------

def test_identity_of_a_base_and_of_an_amendment():
    b = read_file_identity(str(BASE))
    a = read_file_identity(str(FAULTY))
    assert key(b.ident) == ("peraturanwalikota", "kotamekarsari", "12", "2021")
    assert key(a.ident) == ("peraturanwalikota", "kotamekarsari", "9", "2023")
    assert key(a.amends) == key(b.ident) and a.ordinal == 1


@pytest.mark.parametrize("head,amends,ordinal", [
    ("PERATURAN PEMERINTAH REPUBLIK INDONESIA PERATURAN PEMERINTAH REPUBLIK INDONESIA NOMOR 22TAHUN 2019 TENTANG "
     "PERUBAHAN KEEMPAT BELAS ATAS PERATURAN PEMERINTAH NOMOR 14 TAHUN 1985 TENTANG PEMBERIAN TUNJANGAN",
     ("peraturanpemerintah", "", "14", "1985"), 14),
    ("PERATURAN PEMEzuNTAH REPUBLIK INDONESIA NOMOR 45 TAHUN 2019 TENTANG PERUBAHAN ATAS PERATURAN PEMERINTAH "
     "NOMOR 94 ^TAHUN ^2O1O TENTANG PENGHITUNGAN PENGHASILAN", ("peraturanpemerintah", "", "94", "2010"), 1),
    ("PERATURAN BUPATI SUKAMAJU NOMOR 7 TAHUN 2024 TENTANG PERUBAHAN KEDUA ATAS PERATURAN BUPATI SUKAMAJU NOMOR 3 "
     "TAHUN 2020 TENTANG PENGELOLAAN ARSIP", ("peraturanbupati", "kabupatensukamaju", "3", "2020"), 2),
])
def test_identity_from_noisy_titles(head, amends, ordinal):
    fi = read_file_identity("x.txt", head + "\nDENGAN RAHMAT TUHAN YANG MAHA ESA\n")
    assert key(fi.amends) == amends and fi.ordinal == ordinal


def test_a_chain_is_applied_in_order_and_two_drafts_of_one_amendment_are_not_a_chain():
    from lint_perda.pairing import FileIdentity
    from lint_perda.identity import Identity

    def fi(path, nomor, tahun, amends=None, ordinal=0):
        return FileIdentity(path=path, ident=Identity(jenis="Peraturan Bupati", region="Kabupaten X", nomor=nomor,
                                                      tahun=tahun),
                            amends=Identity(jenis="Peraturan Bupati", region="Kabupaten X", nomor="1", tahun="2020")
                            if amends else None, ordinal=ordinal)
    files = [fi("third.txt", "9", "2024", True, 3), fi("base.txt", "1", "2020"), fi("first.txt", "2", "2021", True, 1),
             fi("second.txt", "5", "2022", True, 2), fi("first-draft-b.txt", "3", "2021", True, 1)]
    p = pair(files)
    assert p.bases_for("second.txt") == ("base.txt", "first.txt", "first-draft-b.txt")
    assert p.bases_for("third.txt") == ("base.txt", "first.txt", "first-draft-b.txt", "second.txt")
    assert p.bases_for("first.txt") == ("base.txt",) and p.bases_for("first-draft-b.txt") == ("base.txt",)



def test_a_base_under_the_same_number_with_an_unrelated_title_is_not_paired():
    """PP 45/1980 amends "PP 15/1974 tentang Pemberian Tunjangan Perbaikan
    Penghasilan Pensiun ...", but the corpus's PP 15/1974 is about Gaji
    Kehormatan: another regulation, not its base.  A title set letter-spaced
    ("R U M A H N E G A R A") is still the same one."""
    from lint_perda.identity import Identity
    from lint_perda.pairing import FileIdentity

    def pp(path, nomor, tahun, title, amends=None):
        return FileIdentity(path=path, ident=Identity(jenis="Peraturan Pemerintah", nomor=nomor, tahun=tahun,
                                                      title=title),
                            amends=amends, ordinal=1 if amends else 0)
    cited = Identity(jenis="Peraturan Pemerintah", nomor="15", tahun="1974",
                     title="PEMBERIAN TUNJANGAN PERBAIKAN PENGHASILAN PENSIUN BAGI PENERIMA PENSIUN")
    other = pp("base.txt", "15", "1974", "GAJI/GAJI KEHORMATAN/UANG KEHORMATAN KETUA DAN ANGGOTA LEMBAGA TINGGI NEGARA")
    assert pair([pp("am.txt", "45", "1980", "PERUBAHAN", cited), other]).bases_for("am.txt") == ()
    same = pp("base.txt", "15", "1974", "P E M B E R I A N T U N J A N G A N P E R B A I K A N P E N G H A S I L A N "
                                        "P E N S I U N B A G I P E N E R I M A P E N S I U N")
    assert pair([pp("am.txt", "45", "1980", "PERUBAHAN", cited), same]).bases_for("am.txt") == ("base.txt",)


# -- check with a base -----------------------------------------------------------------

def test_base_and_amendment_in_one_run_give_the_base_findings():
    p = _cli("check", "--format", "json", BASE, FAULTY)
    data = json.loads(p.stdout)
    am = data["files"][1]["document"]["amendment"]
    assert am["base"] == str(BASE)
    assert [(i["number"], i["status"]) for i in am["instructions"]] == [
        (1, "resolved"), (2, "resolved"), (4, "resolved"), (5, "resolved"), (6, "missing")]
    got = sorted((d["line"], d["code"]) for d in data["files"][1]["diagnostics"] if d["code"].startswith("LP61"))
    assert got == [(52, "LP617"), (55, "LP615"), (58, "LP611")]
    msgs = {d["code"]: d["message"] for d in data["files"][1]["diagnostics"]}
    assert "Pasal 10 ayat (2)" in msgs["LP617"] and "Pasal 7 ayat (3)" in msgs["LP617"]
    assert "Pasal 13" in msgs["LP611"]


def test_without_a_base_instructions_stay_unchecked():
    data = json.loads(_cli("check", "--format", "json", FAULTY).stdout)
    am = data["files"][0]["document"]["amendment"]
    assert am["base"] is None and {i["status"] for i in am["instructions"]} == {"unchecked"}
    assert not any(d["code"].startswith("LP61") for d in data["files"][0]["diagnostics"])


def test_base_named_with_the_option_and_with_configuration(tmp_path):
    p = _cli("check", "--format", "json", "--base", BASE, FAULTY)
    am = json.loads(p.stdout)["files"][0]["document"]["amendment"]
    assert am["base"] == str(BASE) and am["instructions"][-1]["status"] == "missing"
    assert _cli("check", "--base", tmp_path / "nope.txt", FAULTY).returncode == 2
    bases = tmp_path / "koleksi"
    bases.mkdir()
    (bases / "perwali-12-2021.txt").write_text(BASE.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text('[tool.lint-perda]\nbases = ["koleksi"]\n', encoding="utf-8")
    draft = tmp_path / "rancangan.txt"
    draft.write_text(FAULTY.read_text(encoding="utf-8"), encoding="utf-8")
    p = _cli("check", "--format", "json", "rancangan.txt", cwd=tmp_path)
    am = json.loads(p.stdout)["files"][0]["document"]["amendment"]
    assert am["base"].endswith("perwali-12-2021.txt")
    (tmp_path / "pyproject.toml").write_text('[tool.lint-perda]\nbases = ["tidak-ada"]\n', encoding="utf-8")
    p = _cli("check", "rancangan.txt", cwd=tmp_path)
    assert p.returncode == 2 and "bases" in p.stderr


def test_clean_amendment_beside_its_base_is_silent():
    for f in (lint_file(CLEAN, bases=[BASE]),):
        assert f.error is None
        assert [(d.line, d.code, d.message) for d in f.diagnostics] == []


# -- consolidate -------------------------------------------------------------------------

def test_consolidated_text_of_the_clean_pair(tmp_path):
    p = _cli("consolidate", BASE, CLEAN)
    assert p.returncode == 0, p.stderr
    text = p.stdout
    assert "Naskah konsolidasi" in text and "diubah dengan" in text
    order = [line for line in text.splitlines() if line.startswith("Pasal ")]
    assert order[:13] == ["Pasal 1", "Pasal 2", "Pasal 3", "Pasal 4", "Pasal 5", "Pasal 6", "Pasal 7", "Pasal 7A",
                          "Pasal 8", "Pasal 9", "Pasal 10", "Pasal 11", "Pasal 12"]
    after_11 = text.split("\nPasal 11\n", 1)[1].splitlines()[0]
    assert after_11 == "Dihapus."
    assert "5. Kelurahan adalah bagian wilayah dari Kecamatan" in text
    assert "e. Seksi Pemberdayaan Masyarakat; dan" in text
    assert "integrasi, sinkronisasi, dan simplifikasi" in text
    # the consolidated text parses as a regulation with the numbering intact
    from conftest import lint_text
    res = lint_text(text, select=["LP104", "LP105", "LP201"])
    assert [(d.line, d.code) for d in res.diagnostics] == []


def test_consolidate_reports_what_it_could_not_apply(tmp_path):
    p = _cli("consolidate", BASE, FAULTY)
    assert p.returncode == 1
    assert f"lint-perda: {FAULTY}:58: angka 6: Pasal 13 tidak ada dalam peraturan yang diubah" in p.stderr
    p = _cli("consolidate", "--lang", "en", BASE, FAULTY)
    assert f"lint-perda: {FAULTY}:58: instruction 6: Pasal 13 is not in the base" in p.stderr


def test_consolidate_writes_files_safely(tmp_path):
    out = tmp_path / "konsolidasi.txt"
    assert _cli("consolidate", BASE, CLEAN, "-o", out).returncode == 0
    assert (out.stat().st_mode & 0o777) == 0o666 & ~_umask()
    assert _cli("consolidate", BASE, CLEAN, "-o", out).returncode == 2          # no overwrite without --force
    assert _cli("consolidate", BASE, CLEAN, "-o", out, "--force").returncode == 0
    copy = tmp_path / "base.txt"
    copy.write_text(BASE.read_text(encoding="utf-8"), encoding="utf-8")
    before = copy.read_text(encoding="utf-8")
    assert _cli("consolidate", copy, CLEAN, "-o", copy, "--force").returncode == 2   # never over an input
    assert copy.read_text(encoding="utf-8") == before
    assert _cli("consolidate", tmp_path / "nope.txt", CLEAN).returncode == 2
    assert _cli("consolidate", BASE, EXAMPLES / "perda-kearsipan-bersih.txt").returncode == 2   # not an amendment


def test_consolidate_to_word(tmp_path):
    from docx import Document
    out = tmp_path / "konsolidasi.docx"
    assert _cli("consolidate", BASE, CLEAN, "-o", out).returncode == 0
    paras = [p.text for p in Document(str(out)).paragraphs]
    assert "Pasal 7A" in paras and paras[paras.index("Pasal 11") + 1] == "Dihapus."


def _umask():
    m = os.umask(0)
    os.umask(m)
    return m


# -- graph ----------------------------------------------------------------------------

def test_graph_of_a_regulation_and_its_amendment():
    p = _cli("graph", "--format", "json", BASE, CLEAN)
    g = json.loads(p.stdout)
    nodes = {n["id"]: n for n in g["nodes"]}
    docs = [n for n in g["nodes"] if n.get("kind") == "document"]
    assert len(docs) == 2
    changes = [(nodes[e["source"]]["label"], nodes[e["target"]]["label"], e["text"])
               for e in g["edges"] if e.get("kind") == "mengubah" and e.get("text")]
    assert ("angka 2", "ayat (1)", "Pasal 3 ayat (1)") in changes
    assert ("angka 5", "Pasal 11", "Pasal 11") in changes
    assert any(e.get("kind") == "mengubah" and not e.get("text") for e in g["edges"])   # document -> document
    dot = _cli("graph", BASE, CLEAN).stdout
    assert "mengubah" not in dot or "color=blue" in dot


# -- real pairs ----------------------------------------------------------------------------

@pytest.mark.slow
@pytest.mark.corpus
def test_real_pairs_resolve_and_consolidate():
    need_corpus()
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from pairs import check_placement, real_pairs
    from lint_perda.engine import Settings, lint_path
    pairs = real_pairs(2012)
    assert len(pairs) >= 80
    status = {"resolved": 0, "missing": 0, "unchecked": 0}
    placed = {}
    for base, amend, earlier in pairs:
        res = lint_path(str(amend), Settings(select=["LP6"]), bases=(str(base),) + tuple(map(str, earlier)))
        assert res.error is None, (amend, res.error)
        for i in (res.document.get("amendment") or {}).get("instructions", []):
            status[i["status"]] += 1
        for k, v in check_placement(base, amend, earlier).items():
            placed[k] = placed.get(k, 0) + v
    total = sum(status.values())
    assert status["resolved"] / total >= 0.95, status
    assert placed["inserted_ok"] + placed["unread"] == placed["inserted"]     # read ones all at their place
    assert placed["deleted_ok"] == placed["deleted"]


def test_a_base_named_with_the_option_is_used_even_when_the_title_cites_another_number(tmp_path):
    draft = tmp_path / "rancangan.txt"
    draft.write_text(CLEAN.read_text(encoding="utf-8").replace(
        "NOMOR 12 TAHUN 2021 TENTANG KEDUDUKAN, SUSUNAN ORGANISASI, TUGAS DAN FUNGSI, SERTA TATA KERJA KECAMATAN\n",
        "NOMOR 21 TAHUN 2021 TENTANG KEDUDUKAN, SUSUNAN ORGANISASI, TUGAS DAN FUNGSI, SERTA TATA KERJA KECAMATAN\n", 1),
        encoding="utf-8")
    data = json.loads(_cli("check", "--format", "json", "--base", BASE, draft).stdout)
    f = data["files"][0]
    assert f["document"]["amendment"]["base"] == str(BASE)
    assert [(d["line"], d["code"]) for d in f["diagnostics"] if d["code"] == "LP616"] == [(4, "LP616")]


# -- robustness ---------------------------------------------------------------------------

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_damaged_amendments_and_bases_never_raise(data):
    """Lines dropped, repeated or swapped in the amendment and its base: every
    rule still runs (no rule failure) and the consolidation still renders."""
    from lint_perda.consolidate import consolidate
    from lint_perda.document import Document
    from lint_perda.engine import Settings, lint_source
    from lint_perda.sources import SourceText

    def damage(text):
        lines = text.split("\n")
        for _ in range(data.draw(st.integers(min_value=1, max_value=6))):
            k = data.draw(st.integers(min_value=0, max_value=len(lines) - 1))
            op = data.draw(st.sampled_from(["drop", "dup", "swap", "glue"]))
            if op == "drop":
                del lines[k]
            elif op == "dup":
                lines.insert(k, lines[k])
            elif op == "swap" and k + 1 < len(lines):
                lines[k], lines[k + 1] = lines[k + 1], lines[k]
            elif op == "glue" and k + 1 < len(lines):
                lines[k:k + 2] = [lines[k] + " " + lines[k + 1]]
        return "\n".join(lines)

    base_text = damage(BASE.read_text(encoding="utf-8"))
    amend_text = damage(data.draw(st.sampled_from([CLEAN, FAULTY])).read_text(encoding="utf-8"))
    base = Document(SourceText(path="base.txt", text=base_text))
    res = lint_source(SourceText(path="amend.txt", text=amend_text), Settings(), bases=())
    assert res.error is None, res.error
    doc = Document(SourceText(path="amend.txt", text=amend_text))
    doc.bases = [("base.txt", base)]
    from lint_perda.engine import Settings as S
    doc.settings = S()
    assert doc.base_result is None or isinstance(doc.base_result.consequences, list)
    from lint_perda.registry import all_rules
    for rule in all_rules():
        if rule.code.startswith("LP6"):
            list(rule().check(doc))   # the amendment rules, with the base, never raise
    if doc.amendment is not None:
        cons, _ = consolidate(base, "base.txt", [("amend.txt", doc)])
        assert isinstance(cons.text(), str)
        assert doc.amendment.base_error is None, doc.amendment.base_error


def test_an_old_print_s_preamble_is_not_part_of_the_title_and_a_citation_s_amendments_are_not_either():
    """"... VETERAN REPUBLIK INDONESIA Presiden Republik Indonesia," (an old
    print without DENGAN RAHMAT): the judul ends before the preamble.  A
    citation's "SEBAGAIMANA TELAH DIUBAH DENGAN ..." names later amendments,
    not the title; punctuation differences are the conversion's."""
    from lint_perda.document import Document
    from lint_perda.sources import SourceText
    from lint_perda.citations import comparable_title as _comparable
    doc = Document(SourceText(path="x.txt", text=(
        "PERATURAN PEMERINTAH REPUBLIK INDONESIA NOMOR 34 TAHUN 1985 TENTANG PEMBERIAN TUNJANGAN VETERAN KEPADA "
        "VETERAN REPUBLIK INDONESIA Presiden Republik Indonesia,\nMenimbang : bahwa perlu;\n")))
    assert doc.identity.title == "PEMBERIAN TUNJANGAN VETERAN KEPADA VETERAN REPUBLIK INDONESIA"
    assert _comparable("PEMBAYARAN PAJAK PENGHASILAN BAGI ORANG PRIBADI SEBAGAIMANA TELAH DIUBAH DENGAN "
                       "PERATURAN PEMERINTAH NOMOR 42 TAHUN 1997") == _comparable("PEMBAYARAN PAJAK PENGHASILAN BAGI "
                                                                                   "ORANG PRIBADI")
    assert _comparable("GAJI/GAJI KEHORMATAN UANG KEHORMATAN") == _comparable("GAJI/GAJI KEHORMATAN/UANG KEHORMATAN")
    assert _comparable("TENAGA KEPENDIDIKAN") != _comparable("TENAGA PENDIDIKAN")
    # PP 12/1973: the base's judul names where it was set ("SEBAGAIMANA DITETAPKAN DALAM ...")
    assert _comparable("PENINGKATAN TUNJANGAN-KERJA BAGI PEGAWAI NEGERI SEBAGAIMANA DITETAPKAN DALAM PERATURAN "
                       "PEMERINTAH NOMOR 17 TAHUN 1971") == _comparable("PENINGKATAN TUNJANGAN KERJA BAGI PEGAWAI NEGERI")


def test_the_judul_ends_at_an_office_not_at_any_capitals():
    """PP 54/1990: "... BERJANGKA, SERTIFIKAT DEPOSITO DAN TABUNGAN PRESIDEN
    REPUBLIK INDONESIA," -- the judul runs on past the comma to the office."""
    from lint_perda.document import Document
    from lint_perda.sources import SourceText
    doc = Document(SourceText(path="x.txt", text=(
        "PERATURAN PEMERINTAH REPUBLIK INDONESIA NOMOR 21 TAHUN 1989 TENTANG PAJAK PENGHASILAN ATAS BUNGA DEPOSITO "
        "BERJANGKA, SERTIFIKAT DEPOSITO DAN TABUNGAN PRESIDEN REPUBLIK INDONESIA,\nMenimbang : bahwa perlu;\n")))
    assert doc.identity.title == "PAJAK PENGHASILAN ATAS BUNGA DEPOSITO BERJANGKA, SERTIFIKAT DEPOSITO DAN TABUNGAN"


@pytest.mark.parametrize("cited,fires", [("KEDUDUKAN DAN TATA KERJA KECAMATAN", False),
                                          ("KEDUDUKAN DAN TATA KERJA KELURAHAN", True)])
def test_a_citation_that_follows_the_base_s_menetapkan_is_no_fault(tmp_path, cited, fires):
    """PP 29/2001 names itself "... KEPOLISIAN REPUBLIK INDONESIA" in its
    judul and "... KEPOLISIAN NEGARA REPUBLIK INDONESIA" after Menetapkan;
    ten amendments cite the second form: they follow the base's own words."""
    fx = Path(__file__).parent / "fixtures" / "rules" / "LP616"
    base = fx.joinpath("base.txt").read_text(encoding="utf-8")
    base = base.replace("Menetapkan : PERATURAN WALI KOTA TENTANG KEDUDUKAN, SUSUNAN ORGANISASI, TUGAS DAN FUNGSI, SERTA TATA KERJA KECAMATAN.",
                        "Menetapkan : PERATURAN WALI KOTA TENTANG KEDUDUKAN DAN TATA KERJA KECAMATAN.")
    amend = fx.joinpath("quiet.txt").read_text(encoding="utf-8").replace(
        "KEDUDUKAN, SUSUNAN ORGANISASI, TUGAS DAN FUNGSI, SERTA TATA KERJA KECAMATAN", cited)
    (tmp_path / "base.txt").write_text(base, encoding="utf-8")
    (tmp_path / "amend.txt").write_text(amend, encoding="utf-8")
    res = lint_file(tmp_path / "amend.txt", select=["LP616"], bases=[tmp_path / "base.txt"])
    assert bool([d for d in res.diagnostics if d.code == "LP616"]) is fires


def test_an_instruction_for_one_ayat_keeps_the_pasal_s_other_ayat():
    """PP 4/2010: "Ketentuan Pasal 11 ayat (1) diubah, sehingga Pasal 11 ayat
    (1) berbunyi sebagai berikut: Pasal 11 (1) ...": the Pasal's other ayat
    stay in the consolidated text."""
    from lint_perda.consolidate import consolidate
    from lint_perda.document import Document
    from lint_perda.sources import SourceText
    base = Document(SourceText(path="base.txt", text=BASE.read_text(encoding="utf-8")))
    pasal_7 = next(p for p in base.pasals if p.num == "7")
    assert len([c for c in pasal_7.children if c.kind == "ayat"]) >= 2
    head = CLEAN.read_text(encoding="utf-8")
    head = head[:head.index("Pasal I")]
    amend = (head + "Pasal I\nBeberapa ketentuan dalam Peraturan Wali Kota Mekarsari Nomor 12 Tahun 2021 tentang Kedudukan, "
             "Susunan Organisasi, Tugas dan Fungsi, serta Tata Kerja Kecamatan (Berita Daerah Kota Mekarsari Tahun 2021 "
             "Nomor 12) diubah sebagai berikut:\n1. Ketentuan Pasal 7 ayat (1) diubah, sehingga Pasal 7 ayat (1) berbunyi "
             "sebagai berikut:\nPasal 7\n(1) Camat dalam melaksanakan tugasnya dibantu oleh Sekretaris Kecamatan.\n\n"
             "Pasal II\nPeraturan Wali Kota ini mulai berlaku pada tanggal diundangkan.\n")
    doc = Document(SourceText(path="amend.txt", text=amend))
    cons, _ = consolidate(base, "base.txt", [("amend.txt", doc)])
    text = cons.text()
    at = text.index("Pasal 7")
    seven = text[at:text.index("Pasal 8", at)]
    assert "dibantu oleh Sekretaris Kecamatan" in seven and "(2)" in seven


def test_a_title_mismatch_is_shown_without_the_amendments_the_title_names(tmp_path):
    """LP616 compares the titles without "sebagaimana telah diubah dengan
    ..." (PP 10/1995, 17/1998): the message and the correction leave that
    part out, as the comparison does, and keep it in the text."""
    fx = Path(__file__).parent / "fixtures" / "rules" / "LP616"
    draft = tmp_path / "perubahan.txt"
    draft.write_text((fx / "fire.txt").read_text(encoding="utf-8").replace(
        "KERJA KECAMATAN\n", "KERJA KECAMATAN SEBAGAIMANA TELAH DIUBAH DENGAN PERATURAN WALI KOTA NOMOR 3 TAHUN 2022\n",
        1), encoding="utf-8")
    (d,) = lint_file(draft, select=["LP616"], bases=[fx / "base.txt"]).diagnostics
    assert "SEBAGAIMANA" not in d.message and "SEBAGAIMANA" not in d.suggestion
    assert d.suggestion.endswith("TATA KERJA KECAMATAN")


def test_a_reference_to_a_pasal_the_amendment_quotes_is_not_missing_when_its_instruction_was_lost():
    """PP 21/2022 (a scan; instructions 2-9 not read) quotes a new Pasal 3A and
    its Pasal II cites it: the Pasal exists once amended, whatever instruction
    the conversion lost."""
    need_corpus()
    res = lint_file(NATIONAL / "pp" / "2022" / "21.md", select=["LP615"], bases=[NATIONAL / "pp" / "2007" / "2.md"])
    assert res.error is None
    assert [d.message for d in res.diagnostics if "Pasal 3A" in d.message] == []


def test_ayat_inserted_at_two_places_stand_each_at_its_place(tmp_path):
    """Only the inserted ayat quoted, at two places ("di antara ayat (1) dan
    ayat (2), ayat (2) dan ayat (3) ... yakni ayat (1a) dan ayat (2a)"): in
    the consolidation (2a) follows (2), not (1a)."""
    fx = Path(__file__).parent / "fixtures" / "rules" / "LP604" / "quiet.txt"
    text = fx.read_text(encoding="utf-8")
    i, j = text.index("4. Ketentuan ayat (2) Pasal 9"), text.index("5. Pasal 11 dihapus.")
    amend = tmp_path / "perubahan.txt"
    amend.write_text(text[:i] + "4. Di antara ayat (1) dan ayat (2), ayat (2) dan ayat (3) Pasal 9 disisipkan 2 (dua) "
                     "ayat, yakni ayat (1a) dan ayat (2a) sehingga berbunyi sebagai berikut:\n\n"
                     "(1a) Koordinasi sebagaimana dimaksud pada ayat (1) dilaksanakan setiap bulan.\n"
                     "(2a) Laporan berkala sebagaimana dimaksud pada ayat (2) disusun menurut format baku.\n\n"
                     + text[j:], encoding="utf-8")
    p = _cli("consolidate", BASE, amend)
    assert p.returncode in (0, 1), p.stderr   # (1: the fixture's Pasal 7A is not in this base)
    pasal_9 = p.stdout.split("\nPasal 9\n", 1)[1].split("\n\n", 1)[0]
    assert [ln[:4] for ln in pasal_9.splitlines()] == ["(1) ", "(1a)", "(2) ", "(2a)", "(3) "]
