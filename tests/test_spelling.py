"""Spelling (LP701 misspelling, LP702 glued-words): the typing slips of the
regional texts are reported with the document's own spelling as the
suggestion; word forms, loan spellings, OCR confusions and bound forms are
not slips; without a dictionary the rules say so once and the rest runs."""
from __future__ import annotations

import glob
import os
import subprocess
import sys

import pytest

from conftest import CORPUS, FIXTURES, R000, R001, R002, R003, ROOT, lint_file, lint_text, need_corpus
from lint_perda.dictionary import MISSING_REASON, find_dictionary
from lint_perda.slips import _affix_only, _slip

needs_dictionary = pytest.mark.skipif(find_dictionary() is None,
                                      reason="no Indonesian Hunspell dictionary (apt-get install hunspell-id)")


@pytest.mark.parametrize("rare,model,slip", [
    ("kertiban", "ketertiban", True),        # two letters dropped from a long word
    ("organsasi", "organisasi", True),
    ("penyelengaraan", "penyelenggaraan", True),
    ("pelaksanaaan", "pelaksanaan", True),   # a letter doubled
    ("sebagaimaan", "sebagaimana", True),    # two letters swapped
    ("diproduksi", "produksi", False),       # a prefix: another word form
    ("pertanggung", "bertanggung", False),
    ("fasilitasi", "fasilitas", False),      # a suffix
    ("public", "publik", False),             # a loan word's spelling
    ("lndonesia", "indonesia", False),       # an OCR confusion
    ("sulfit", "sulfat", True),              # (a vowel: left to the context checks)
    ("florida", "klorida", False),           # a short word's first letter: another word
    ("kesiapan", "kegiatan", False),         # two letters changed: another word
])
def test_what_counts_as_a_slip(rare, model, slip):
    assert _slip(rare, model) is slip


def test_affix_forms():
    assert _affix_only("dijabat", "pejabat")
    assert not _affix_only("penyiapaan", "penyiapan")


@needs_dictionary
def test_fixture_findings_carry_the_documents_spelling():
    res = lint_file(FIXTURES / "rules" / "LP701" / "fire.txt", select=["LP701", "LP702"])
    got = {(d.line, d.suggestion) for d in res.diagnostics}
    assert got == {(33, "ORGANISASI"), (57, "ketertiban"), (58, "penyelenggaraan")}
    assert all(d.extra.get("fix") is None for d in res.diagnostics)
    # a warning where the document writes the right form often, else information
    assert {d.suggestion: d.severity for d in res.diagnostics}["ORGANISASI"] in ("warning", "info")
    assert res.document["checked"]["spelling"] == "all"


@needs_dictionary
@pytest.mark.parametrize("name", ["fire.txt", "quiet.txt"])
def test_the_same_suspects_whether_the_dictionary_is_asked_first_or_last(name):
    # a short draft in a fresh process compares first and loads the
    # dictionary only for what stays suspect; a batch asks it first
    from lint_perda.dictionary import load_speller
    from lint_perda.document import Document
    from lint_perda.sources import read_source
    from lint_perda.spelling import analyse
    path = str(FIXTURES / "rules" / "LP701" / name)
    load_speller.cache_clear()
    last = analyse(Document(read_source(path)))
    load_speller(find_dictionary())
    first = analyse(Document(read_source(path)))
    assert [(s.word, s.line.orig(s.a), s.suggestion, s.kind) for s in first.suspects] == \
        [(s.word, s.line.orig(s.a), s.suggestion, s.kind) for s in last.suspects]
    assert name == "quiet.txt" or first.suspects


def test_without_a_dictionary_the_rules_say_so_and_the_rest_runs(monkeypatch):
    monkeypatch.setenv("LINT_PERDA_DICTIONARY", str(ROOT / "no-such-dictionary.dic"))
    text = (FIXTURES / "rules" / "LP701" / "fire.txt").read_text()
    text = text.replace("Pasal 9\n", "Pasal 12\n")   # and a numbering fault that must still be found
    res = lint_text(text, select=["LP701", "LP702", "LP104"])
    assert [d.code for d in res.diagnostics] == ["LP104"]
    checked = res.document["checked"]
    assert checked["spelling"] == "none"
    # every value of "checked" is a status; the reasons stand beside it
    assert "reasons" not in checked
    assert res.document["checked_reasons"] == [f"spelling: {MISSING_REASON}"]


def test_missing_dictionary_is_one_line_on_stderr(tmp_path):
    for i in range(3):
        (tmp_path / f"d{i}.txt").write_text((FIXTURES / "rules" / "LP701" / "fire.txt").read_text())
    env = dict(os.environ, LINT_PERDA_DICTIONARY=str(tmp_path / "none.dic"))
    p = subprocess.run([sys.executable, "-m", "lint_perda", "check", "--isolated", "--select", "LP701",
                        "--format", "json", str(tmp_path)], capture_output=True, text=True, env=env)
    assert p.returncode == 0, p.stderr
    assert p.stderr.count("LP701/LP702 tidak berjalan") == 1, p.stderr


def test_dictionary_key_in_configuration(tmp_path):
    from lint_perda.config import ConfigError
    from lint_perda.configfiles import load_config
    cfg = tmp_path / "lint-perda.toml"
    cfg.write_text('dictionary = "kamus/id_ID.dic"\n')
    with pytest.raises(ConfigError, match="dictionary: kamus"):
        load_config(str(cfg))
    (tmp_path / "kamus").mkdir()
    (tmp_path / "kamus" / "id_ID.dic").write_text("1\nkata\n")
    (tmp_path / "kamus" / "id_ID.aff").write_text("SET UTF-8\n")
    assert load_config(str(cfg)).dictionary == str(tmp_path / "kamus" / "id_ID.dic")


@needs_dictionary
def test_a_configured_dictionary_is_the_one_consulted(tmp_path):
    """A tiny dictionary that knows "Kertiban": the slip is then a word."""
    import shutil
    src = find_dictionary()
    shutil.copy(src[:-4] + ".aff", tmp_path / "id_ID.aff")
    with open(src, encoding="latin-1") as f, open(tmp_path / "id_ID.dic", "w", encoding="latin-1") as g:
        words = f.read().splitlines()[1:] + ["kertiban"]
        g.write(f"{len(words)}\n" + "\n".join(words) + "\n")
    fire = FIXTURES / "rules" / "LP701" / "fire.txt"
    res = lint_file(fire, select=["LP701"], dictionary=str(tmp_path / "id_ID.dic"))
    assert sorted(d.line for d in res.diagnostics) == [33, 58]


@pytest.mark.corpus
@needs_dictionary
@pytest.mark.parametrize("path,line,word,suggestion", [
    (R000, 188, "Kertiban", "Ketertiban"),
    (R000, 3081, "pmengoordinasikan", "mengoordinasikan"),
    (R000, 182, "pengarahaan", "pengarahan"),
    (R000, 1692, "Perekonomiandan", "Perekonomian dan"),
    (R001, 41, "ORGANSASI", "ORGANISASI"),
    (R001, 90, "ORGANSASI", "ORGANISASI"),
    (R001, 2031, "menyalia", "menyelia"),
    (R002, 29, "Kabupate", "Kabupaten"),
    (R002, 98, "kordinasi", "koordinasi"),
    (R003, 121, "adminstrasi", "administrasi"),
    (R003, 295, "Masyarkat", "Masyarakat"),
])
def test_regional_typos_are_reported(path, line, word, suggestion):
    need_corpus()
    res = lint_file(path, select=["LP701", "LP702"])
    hits = [d for d in res.diagnostics if d.line == line and f'"{word}"' in d.message]
    assert hits and hits[0].suggestion == suggestion, [(d.line, d.message) for d in res.diagnostics]


@pytest.mark.slow
@needs_dictionary
def test_spelling_warnings_are_rare_on_national_texts():
    files = sorted(f for f in glob.glob(str(CORPUS / "national" / "pp" / "*" / "*.md"))
                   if int(f.split("/")[-2]) >= 2012)
    if not files:
        pytest.skip(f"national corpus not found under {CORPUS}")
    # the bound of issue 18: spelling warnings per clean text (the scans are not judged)
    results = [lint_file(f, select=["LP701"]) for f in files]
    clean = [r for r in results if r.document["checked"]["spelling"] != "none"]
    warnings = sum(d.severity == "warning" for r in clean for d in r.diagnostics)
    assert len(clean) > len(files) / 3, "most texts judged as scans: the OCR test went wrong"
    assert warnings <= 0.2 * len(clean), f"{warnings} spelling warnings on {len(clean)} clean texts"


@needs_dictionary
def test_the_word_form_set_agrees_with_hunspell(tmp_path, monkeypatch):
    """The expanded set (wordforms.py) answers as spylls does on the words of
    a regulation: stems, affixed forms, circumfixes, and misspellings."""
    from spylls.hunspell import Dictionary

    from lint_perda.dictionary import Speller
    monkeypatch.setenv("LINT_PERDA_CACHE_DIR", str(tmp_path))
    path = find_dictionary()
    words = ("kecamatan pelaksanaan penyelenggaraan ketertiban keberadaan diberikan "
             "memberikan berkedudukan dilaksanakan pertanggungjawaban kepentingan "
             "menyelenggarakan perubahan ditetapkan pengawasan kegiatan "
             "pelaksanaaan penyelengaraan organsasi sebagaimaan kertiban").split()
    hun = Dictionary.from_files(path[:-4])
    fresh = Speller(path)                     # built, then written to the cache
    again = Speller(path)                     # read back from the cache
    assert list((tmp_path / "wordforms").iterdir())
    for w in words:
        assert fresh.known(w) == hun.lookup(w) == again.known(w), w
    assert not fresh.known("pelaksanaaan") and fresh.known("pelaksanaan")


def test_a_text_from_before_the_1972_spelling_reform_is_not_judged_for_spelling():
    from conftest import lint_text
    text = ("PERATURAN PEMERINTAH NOMOR 14 TAHUN 1953\nTENTANG\nPEROBAHAN GADJI PEGAWAI\n\nPasal 1\n"
            + "Perubahan gadji pegawai negeri ditetapkan oleh Menteri. " * 40 + "\nPasal 2\nPerobahan ini berlaku.\n")
    res = lint_text(text, select=["LP701"])
    assert res.diagnostics == [] and res.document["checked"].get("spelling") == "none"
    assert any("1972" in r for r in res.document["checked_reasons"])


@needs_dictionary
def test_two_words_as_near_the_neighbour_decides_or_both_are_named():
    # "negari" is one letter from "negara" and from "negeri", both written
    # often: beside "pengadilan" the text writes only "negeri"; with no
    # telling neighbour both are named and nothing is proposed
    text = (FIXTURES / "rules" / "LP701" / "quiet.txt").read_text()
    often = "pengadilan negeri menerima laporan dari aparat negara; " * 7
    pasal8 = (f"Camat melaporkan perkara: {often}laporan kepada pengadilan negari disampaikan tertulis. "
              "Salinan laporan itu negari simpan.")
    text = text.replace(text.split("Pasal 8\n")[1].split("\n")[0], pasal8)
    res = lint_text(text, select=["LP701"])
    got = [(d.fingerprint_text, d.suggestion, d.message) for d in res.diagnostics]
    assert len(got) == 2, got
    assert got[0][:2] == ("negari", "negeri")
    assert got[1][1] is None and '"negara" 1' in got[1][2], got[1]
    assert res.diagnostics[0].fix is not None and res.diagnostics[1].fix is None


@needs_dictionary
@pytest.mark.parametrize("split,found", [("Penyelengga- raan", False), ("Penyelenggaran", True)])
def test_the_first_half_of_a_word_a_line_end_split_is_no_slip(split, found):
    # PP 3/2015 Lampiran: "5. Penyelengga- raan Peringatan Hari Pahlawan", a
    # table cell's word split at its line end
    text = (FIXTURES / "rules" / "LP701" / "quiet.txt").read_text()
    often = "Penyelenggara kegiatan melapor kepada Camat. " * 6
    pasal8 = f"{often}{split} peringatan hari besar dilaksanakan oleh Kecamatan."
    text = text.replace(text.split("Pasal 8\n")[1].split("\n")[0], pasal8)
    got = [d.fingerprint_text for d in lint_text(text, select=["LP701"]).diagnostics]
    assert got == (["Penyelenggaran"] if found else []), got


@needs_dictionary
@pytest.mark.parametrize("sentence,found", [
    # PP 30/2016: a title cited as enacted, in the spelling of its time
    ("sebagaimana diatur dalam Undang-Undang Nomor 7 Tahun 1956 tentang Pembentukan Daerah Kabupaten "
     "dalam Lingkungan Daerah Propinsi Sumatera Utara (Lembaran Negara Tahun 1956 Nomor 58).", False),
    ("Camat melapor kepada Gubernur Propinsi setiap bulan.", True),   # the text's own words
])
def test_an_old_spelling_in_a_cited_title_is_no_slip(sentence, found):
    text = (FIXTURES / "rules" / "LP701" / "quiet.txt").read_text()
    often = "Provinsi membina Kecamatan. " * 6
    text = text.replace(text.split("Pasal 8\n")[1].split("\n")[0], often + sentence)
    got = [d.fingerprint_text for d in lint_text(text, select=["LP701"]).diagnostics]
    assert got == (["Propinsi"] if found else []), got
