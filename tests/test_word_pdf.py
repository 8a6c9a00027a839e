"""Word and PDF: the same draft as .txt, as .docx with real Word list
numbering, and as .pdf printed from that .docx by LibreOffice gives the same
findings; `review` writes them as Word comments on the exact words; hostile
files give a one-line error and exit 2 while the other files are still linted."""
from __future__ import annotations

import hashlib
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from clitools import run_cli
from conftest import EXAMPLES, lint_file
from docxbuild import build_docx

DRAFT = EXAMPLES / "perda-retribusi-salah.txt"
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
need_soffice = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) not installed; .ci/run installs it")


def findings(path):
    res = lint_file(path)
    assert res.error is None, res.error
    return sorted((d.code, d.path) for d in res.diagnostics)


def soffice_convert(src: Path, fmt: str, outdir: Path) -> Path:
    subprocess.run([SOFFICE, "--headless", "--norestore", f"-env:UserInstallation=file://{outdir}/lo-profile",
                    "--convert-to", fmt, "--outdir", str(outdir), str(src)],
                   check=True, capture_output=True, timeout=180)
    out = outdir / (src.stem + "." + fmt)
    assert out.exists(), f"LibreOffice wrote no {fmt}"
    return out


@pytest.fixture(scope="module")
def draft_docx(tmp_path_factory):
    d = tmp_path_factory.mktemp("word")
    p = d / "perda-retribusi-salah.docx"
    build_docx(DRAFT.read_text(encoding="utf-8"), str(p))
    return p


def test_docx_reads_word_numbering_as_shown(draft_docx):
    from lint_perda.sources import read_source
    src = read_source(str(draft_docx))
    assert src.kind == "docx"
    # the list markers are not in the runs: they come from the numbering part
    xml = zipfile.ZipFile(draft_docx).read("word/document.xml").decode()
    assert ">a. los" not in xml and "w:numPr" in xml
    assert "a. los;" in src.text and "5. Retribusi Pelayanan Pasar" in src.text
    assert src.label(1) == "paragraf 1"


def test_docx_gives_the_same_findings_as_text(draft_docx):
    assert findings(draft_docx) == findings(DRAFT)


@need_soffice
def test_pdf_printed_by_libreoffice_gives_the_same_findings(draft_docx, tmp_path):
    pdf = soffice_convert(draft_docx, "pdf", tmp_path)
    assert findings(pdf) == findings(DRAFT)
    res = lint_file(pdf)
    assert all(d.location and d.location.startswith("hlm. ") for d in res.diagnostics)


def test_tracked_changes_inserted_text_counts_deleted_does_not(tmp_path):
    import docx
    from docx.oxml import parse_xml
    from lint_perda.sources import read_source
    doc = docx.Document()
    p = doc.add_paragraph("Pasal 3 ")
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    p._p.append(parse_xml(f'<w:del {ns} w:id="1" w:author="a"><w:r><w:delText>dihapus </w:delText></w:r></w:del>'))
    p._p.append(parse_xml(f'<w:ins {ns} w:id="2" w:author="a"><w:r><w:t>disisipkan</w:t></w:r></w:ins>'))
    doc.sections[0].header.add_paragraph("KEPALA HALAMAN")
    f = tmp_path / "tracked.docx"
    doc.save(f)
    text = read_source(str(f)).text
    assert "Pasal 3 disisipkan" in text and "dihapus" not in text and "KEPALA HALAMAN" not in text


def _comments_by_words(path: Path) -> dict[str, str]:
    """words a comment is anchored to -> the comment's text, read back from the .docx."""
    import docx
    from lint_perda.sources.docx import _Q, body_paragraphs
    d = docx.Document(str(path))
    texts = {str(c.comment_id): "\n".join(p.text for p in c.paragraphs) for c in d.comments}
    authors = {c.author for c in d.comments}
    assert authors <= {"lint-perda"}
    out = {}
    for p in body_paragraphs(d):
        cur: set[str] = set()
        words: dict[str, str] = {}
        for el in p.iter(_Q + "commentRangeStart", _Q + "commentRangeEnd", _Q + "t"):
            cid = el.get(_Q + "id")
            if el.tag == _Q + "commentRangeStart":
                cur.add(cid)
                words.setdefault(cid, "")
            elif el.tag == _Q + "commentRangeEnd":
                cur.discard(cid)
            else:
                for c in cur:
                    words[c] += el.text or ""
        for cid, w in words.items():
            out[w] = texts[cid]
    return out


def test_review_writes_one_comment_per_finding_on_the_exact_words(draft_docx, tmp_path):
    before = hashlib.sha256(draft_docx.read_bytes()).hexdigest()
    out = tmp_path / "reviewed.docx"
    r = run_cli(["review", draft_docx, "-o", out])
    assert r.returncode == 1, r.stderr
    assert hashlib.sha256(draft_docx.read_bytes()).hexdigest() == before   # the input is never modified
    comments = _comments_by_words(out)
    assert len(comments) == len(findings(DRAFT))
    assert comments["Pasal 12"].startswith("LP201 broken-reference: Rujukan ke Pasal 12")
    assert comments["sebagaimana dimaksud dalam"].startswith("LP204")
    assert "Usul perbaikan: sebagaimana dimaksud pada" in comments["sebagaimana dimaksud dalam"]
    assert comments["Ayat"].startswith("LP205") and comments["pasal"].startswith("LP205")
    # the text Word shows is unchanged by the split runs
    from lint_perda.sources import read_source
    assert read_source(str(out)).text.replace(" ", "") == read_source(str(draft_docx)).text.replace(" ", "")
    # an existing output is kept unless --force
    r = run_cli(["review", draft_docx, "-o", out])
    assert r.returncode == 2 and "--force" in r.stderr
    r = run_cli(["review", draft_docx, "-o", out, "--force"])
    assert r.returncode == 1


@need_soffice
def test_reviewed_docx_opens_in_libreoffice(draft_docx, tmp_path):
    out = tmp_path / "reviewed.docx"
    assert run_cli(["review", draft_docx, "-o", out]).returncode == 1
    odt = soffice_convert(out, "odt", tmp_path)
    content = zipfile.ZipFile(odt).read("content.xml").decode()
    assert content.count("<office:annotation ") == len(findings(DRAFT))
    assert "lint-perda" in content


def test_reviewer_comment_suppresses_a_rule_on_its_words(draft_docx, tmp_path):
    import docx
    from docx.text.paragraph import Paragraph
    from lint_perda.sources.docx import body_paragraphs
    d = docx.Document(str(draft_docx))
    para = next(Paragraph(p, d._body) for p in body_paragraphs(d) if "Pasal 12" in "".join(t.text or "" for t in p.iter()))
    d.add_comment(para.runs, text="lint-perda: abaikan LP201 (Pasal 12 ditambahkan pada rapat berikut)", author="Kabag Hukum")
    f = tmp_path / "with-comment.docx"
    d.save(f)
    codes = [c for c, _ in findings(f)]
    assert "LP201" not in codes and "LP204" in codes


# -- hostile files -------------------------------------------------------------
def _pdf(objects: list[bytes], trailer_extra: bytes = b"") -> bytes:
    out = b"%PDF-1.4\n"
    offsets = []
    for i, o in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R %s>>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, trailer_extra, xref)
    return out


BLANK_PAGE = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
              b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"]


def _zip_bomb(path: Path):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        with z.open("word/document.xml", "w", force_zip64=True) as f:
            chunk = b"\0" * (1 << 20)
            for _ in range(300):
                f.write(chunk)


HOSTILE = {
    "corrupt.docx": (lambda p: p.write_bytes(b"PK\x03\x04" + bytes(range(256)) * 40), "bukan berkas .docx"),
    "really-text.docx": (lambda p: p.write_text("Pasal 1\nIni teks biasa.\n"), "bukan berkas .docx"),
    "not-word.docx": (lambda p: zipfile.ZipFile(p, "w").writestr("hello.txt", "hi"), "bukan dokumen Word"),
    "bomb.docx": (_zip_bomb, "bom zip"),
    "broken.pdf": (lambda p: p.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >>\ngarbage"), "PDF"),
    "scan.pdf": (lambda p: p.write_bytes(_pdf(BLANK_PAGE)), "tidak memiliki lapisan teks"),
    "locked.pdf": (lambda p: p.write_bytes(_pdf(BLANK_PAGE + [
        b"<< /Filter /Standard /V 1 /R 2 /O <" + b"11" * 32 + b"> /U <" + b"22" * 32 + b"> /P -4 >>"],
        b"/Encrypt 4 0 R /ID [<00112233445566778899aabbccddeeff><00112233445566778899aabbccddeeff>] ")),
        "kata sandi"),
    "fake.pdf": (lambda p: p.write_text("ini bukan pdf"), "bukan berkas PDF"),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_file_gives_one_line_error_and_others_are_still_linted(name, tmp_path):
    make, words = HOSTILE[name]
    bad = tmp_path / name
    make(bad)
    good = tmp_path / "good.txt"
    shutil.copy(DRAFT, good)
    r = run_cli(["check", "--format", "concise", bad, good])
    assert r.returncode == 2, (r.stdout, r.stderr)
    err = [ln for ln in (r.stderr + r.stdout).splitlines() if name in ln]
    assert len(err) == 1 and words in err[0], (r.stdout, r.stderr)
    assert "Traceback" not in r.stderr
    assert "good.txt:61:69: LP201" in r.stdout


def _with_running_heads(src: Path, out: Path):
    """The draft with a running header and a page-number footer, as printed drafts have."""
    import docx
    from docx.oxml import parse_xml
    d = docx.Document(str(src))
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "SALINAN RANCANGAN"
    p = sec.footer.paragraphs[0]
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    p._p.append(parse_xml(f'<w:r {ns}><w:t xml:space="preserve">- </w:t></w:r>'))
    p._p.append(parse_xml(f'<w:fldSimple {ns} w:instr="PAGE"><w:r><w:t>1</w:t></w:r></w:fldSimple>'))
    p._p.append(parse_xml(f'<w:r {ns}><w:t xml:space="preserve"> -</w:t></w:r>'))
    d.save(str(out))


@need_soffice
def test_pdf_running_header_and_page_numbers_are_dropped(draft_docx, tmp_path):
    from lint_perda.sources import read_source
    src = tmp_path / "berkepala.docx"
    _with_running_heads(draft_docx, src)
    assert "SALINAN RANCANGAN" not in read_source(str(src)).text      # Word: headers are not body text
    pdf = soffice_convert(src, "pdf", tmp_path)
    text = read_source(str(pdf)).text
    assert "SALINAN RANCANGAN" not in text
    assert not [ln for ln in text.splitlines() if ln.strip() in ("- 1 -", "- 2 -", "- 3 -")]
    assert findings(pdf) == findings(DRAFT)


def test_docx_tables_are_read_cell_by_cell(tmp_path):
    import docx
    from lint_perda.sources import read_source
    d = docx.Document()
    d.add_paragraph("LAMPIRAN")
    t = d.add_table(rows=2, cols=2)
    t.cell(0, 0).text = "Jabatan"
    t.cell(0, 1).text = "Tugas"
    t.cell(1, 0).text = "Kepala Seksi"
    t.cell(1, 1).text = "menyusun rencana kerja Seksi"
    d.add_paragraph("Pasal 2")
    f = tmp_path / "tabel.docx"
    d.save(f)
    lines = read_source(str(f)).text.splitlines()
    assert lines == ["LAMPIRAN", "Jabatan", "Tugas", "Kepala Seksi", "menyusun rencana kerja Seksi", "Pasal 2"]
