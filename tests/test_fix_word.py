"""Fixes as Word tracked changes: `lint-perda fix DRAFT.docx -o OUT.docx` and
`review --fix`.  The draft is tests/fixtures/fix/draft.txt typed into Word
(lists with Word's automatic numbering, tests/docxbuild.py)."""
from __future__ import annotations

import os
import re
import stat
import zipfile

import pytest

from clitools import invoke
from conftest import FIXTURES
from docxbuild import build_docx
from test_word_pdf import need_soffice, soffice_convert

FIX = FIXTURES / "fix"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@pytest.fixture
def draft_docx(tmp_path):
    p = tmp_path / "rancangan.docx"
    build_docx((FIX / "draft.txt").read_text(encoding="utf-8"), str(p))
    # the heading in bold: a tracked change keeps the formatting of the run it replaces
    import docx
    d = docx.Document(str(p))
    for para in d.paragraphs:
        if para.text == "Bagian Pertama":
            para.runs[0].bold = True
    d.save(str(p))
    return p


def document_xml(p) -> str:
    with zipfile.ZipFile(p) as z:
        return z.read("word/document.xml").decode("utf-8")


def accepted_text(p) -> str:
    """What Word shows after Accept All: our reader reads w:ins, skips w:del."""
    from lint_perda.sources import read_source
    return read_source(str(p)).text


def test_fixed_copy_has_one_tracked_change_per_edit_and_accepting_all_gives_the_fixed_text(draft_docx, tmp_path):
    out = tmp_path / "diperbaiki.docx"
    before = draft_docx.read_bytes()
    r = invoke(["fix", draft_docx, "-o", out, "--isolated"])
    assert r.exit_code == 0, r.stderr
    assert draft_docx.read_bytes() == before                   # the draft is never touched
    assert "8 perubahan terlacak ditulis" in r.stderr
    # accepting every change gives the text `fix` gives for the .txt of the same draft
    txt = (FIX / "draft.fixed.txt").read_text(encoding="utf-8")
    assert accepted_text(out).split("\n") == txt.split("\n") + [""] * (accepted_text(out).count("\n") - txt.count("\n"))
    xml = document_xml(out)
    marks = re.findall(r'<w:(ins|del) w:id="(\d+)" w:author="lint-perda" w:date="(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ)"', xml)
    assert len({m[1] for m in marks}) == len(marks)            # unique ids
    # replacements are a deletion and an insertion; " oleh" only a deletion; ":" and "; dan" only insertions
    assert sum(m[0] == "del" for m in marks) == 6 and sum(m[0] == "ins" for m in marks) == 7
    assert re.search(r"<w:del [^>]*><w:r><w:rPr><w:b/></w:rPr><w:delText[^>]*>Pertama</w:delText>", xml)
    assert re.search(r"<w:ins [^>]*><w:r><w:rPr><w:b/></w:rPr><w:t[^>]*>Kesatu</w:t>", xml)
    # only the words that change: "dalam" -> "pada", not the whole phrase
    assert re.search(r"<w:delText[^>]*>dalam</w:delText></w:r></w:del><w:ins [^>]*><w:r><w:t[^>]*>pada</w:t>", xml)
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o666 & ~_umask()


def _umask():
    m = os.umask(0)
    os.umask(m)
    return m


def test_review_fix_puts_comments_and_changes_in_one_copy(draft_docx, tmp_path):
    out = tmp_path / "diperiksa.docx"
    r = invoke(["review", draft_docx, "-o", out, "--fix"])
    assert r.exit_code == 1       # the findings are there, as comments
    assert "8 perbaikan sebagai perubahan terlacak" in r.stdout
    xml = document_xml(out)
    comments = set(re.findall(r'<w:commentRangeStart w:id="(\d+)"', xml))
    changes = re.findall(r'<w:(?:ins|del) w:id="(\d+)" w:author="lint-perda"', xml)
    assert len(comments) == 8 and len(changes) == 13
    assert not comments & set(changes)                         # one id counter
    with zipfile.ZipFile(out) as z:
        assert "Diperbaiki sebagai perubahan terlacak" in z.read("word/comments.xml").decode("utf-8")
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o666 & ~_umask()   # not mkstemp's 0600


def test_review_output_has_normal_permissions(draft_docx, tmp_path):
    old = os.umask(0o022)
    try:
        out = tmp_path / "r.docx"
        invoke(["review", draft_docx, "-o", out])
        assert stat.S_IMODE(os.stat(out).st_mode) == 0o644
    finally:
        os.umask(old)


def test_edit_in_a_word_list_number_is_skipped_and_said(tmp_path):
    """A list number drawn by Word's automatic numbering is not text in the
    paragraph: its fix cannot be a tracked change, and the command says so."""
    text = (FIX / "draft.txt").read_text(encoding="utf-8").replace("1. Bupati adalah", "1. Bupati adalah").replace(
        "2. Dinas adalah", "3. Dinas adalah")
    src = tmp_path / "d.docx"
    build_docx(text, str(src))
    r = invoke(["fix", src, "-o", tmp_path / "o.docx", "--isolated"])
    assert "1 perubahan tidak dapat ditulis sebagai perubahan terlacak" in r.stderr


def test_renumbering_in_word_comments_the_reference_it_left(tmp_path):
    """Pasal 2 was deleted: the renumbering is tracked, and the reference
    to the vanished number gets a comment where the reviewer reads it."""
    src = tmp_path / "s.docx"
    build_docx((FIX / "shifted.txt").read_text(encoding="utf-8"), str(src))
    out = tmp_path / "o.docx"
    r = invoke(["fix", src, "-o", out, "--isolated", "--unsafe-fixes"])
    assert "Pasal 2 (nomor yang hilang) di paragraf 31" in r.stderr
    with zipfile.ZipFile(out) as z:
        comments = z.read("word/comments.xml").decode("utf-8")
    assert comments.count("rujukan dibiarkan seperti tertulis") == 1
    xml = document_xml(out)
    assert re.search(r"<w:delText[^>]*>5</w:delText></w:r></w:del><w:ins [^>]*><w:r><w:t[^>]*>4</w:t>", xml)
    # the huruf d, e of the list are Word's automatic numbering: said, not written
    assert "2 perubahan tidak dapat ditulis" in r.stderr


def test_split_run_keeps_formatting_and_text():
    from docx.oxml import parse_xml
    from lint_perda.docx_revisions import split_run
    p = parse_xml('<w:p xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:r><w:rPr><w:i/></w:rPr>'
                  '<w:t>ab</w:t><w:tab/><w:t>cd</w:t></w:r></w:p>')
    r = p[0]
    right = split_run(r, 4)
    assert [e.tag.split("}")[1] for e in r] == ["rPr", "t", "tab", "t"] and r[3].text == "c"
    assert [e.tag.split("}")[1] for e in right] == ["rPr", "t"] and right[1].text == "d"
    assert split_run(r, 0) is None and split_run(r, 4) is None


@pytest.mark.slow
@need_soffice
def test_libreoffice_opens_the_copy_and_shows_the_changes(draft_docx, tmp_path):
    out = tmp_path / "diperbaiki.docx"
    invoke(["fix", draft_docx, "-o", out, "--isolated"])
    odt = soffice_convert(out, "odt", tmp_path)
    with zipfile.ZipFile(odt) as z:
        content = z.read("content.xml").decode("utf-8")
    regions = re.findall(r"<text:changed-region.*?</text:changed-region>", content)
    assert len(regions) == 13 and all("<dc:creator>lint-perda</dc:creator>" in x for x in regions)
    assert sum("<text:insertion>" in x for x in regions) == 7
    # LibreOffice's own .docx of it keeps the changes: accepting them gives the fixed text
    (tmp_path / "lo").mkdir()
    again = soffice_convert(odt, "docx", tmp_path / "lo")
    text = accepted_text(again)   # (LibreOffice renumbers Word's automatic lists its own way: compare the words)
    for wrong, right in [("Bagian Pertama", "Bagian Kesatu"), ("oleh oleh", "dilakukan oleh Dinas"),
                         ("dalam pasal 2", "dalam Pasal 2"), ("huruf C", "huruf c"), ("Pasal 5", "Pasal 4"),
                         ("dimaksud dalam ayat (1) terdiri atas\n", "dimaksud pada ayat (1) terdiri atas:\n")]:
        assert wrong not in text and right in text, wrong
    assert "w:ins " in document_xml(again) and "w:del " in document_xml(again)
