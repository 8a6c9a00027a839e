"""Word drafts (.docx): the text Word shows, one line per paragraph.

What Word shows is not what ``paragraph.text`` of python-docx gives:

- list numbers from Word's automatic numbering ("a.", "1)") live in the
  numbering part, not in the text; they are computed here from each
  paragraph's ``w:numPr`` (direct or from its style) and the abstract
  numbering's level format, so "a. Kepala Dinas;" reads as the reviewer sees it;
- text inserted with tracked changes (``w:ins``) is text, deleted text
  (``w:del``) is not;
- tables (the SOP annexes) are read cell by cell, row by row;
- headers and footers live in other parts and are never read.

python-docx is used for the package and the XML (and by the review writer
for comments); the paragraph walk is ours because each line must stay tied to
its paragraph element, so a finding can become a comment on the right words.
docx2python renders numbering too, but its nested output cannot be tied back
to the paragraph elements the comment writer needs.

A reviewer's own Word comment "lint-perda: abaikan LP201 (alasan)" becomes
the same inline suppression a text draft uses, on each paragraph it covers.
"""
from __future__ import annotations

import re
import zipfile

from . import SourceError, SourceText

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_Q = "{%s}" % W
MAX_UNZIPPED = 256 * 1024 * 1024   # a zip bomb stops here
MAX_RATIO = 200                     # ... or here


def _check_package(path: str) -> None:
    try:
        with zipfile.ZipFile(path) as z:
            infos = z.infolist()
            names = {i.filename for i in infos}
            total = sum(i.file_size for i in infos)
            packed = sum(i.compress_size for i in infos) or 1
    except zipfile.BadZipFile:
        raise SourceError("bukan berkas .docx yang sah (bukan arsip ZIP Word; mungkin rusak atau salah akhiran)") from None
    except OSError as e:
        raise SourceError(f"tidak dapat dibaca: {e.strerror or e}") from None
    if "word/document.xml" not in names:
        raise SourceError("arsip ZIP ini bukan dokumen Word (.docx): word/document.xml tidak ada")
    if total > MAX_UNZIPPED or (total > 20 * 1024 * 1024 and total / packed > MAX_RATIO):
        raise SourceError("isi .docx terlalu besar bila dibuka (kemungkinan bom zip); tidak dibaca")


# -- automatic numbering ---------------------------------------------------
def _letters(n: int, upper: bool) -> str:
    s = ""
    while n > 0:
        n, r = divmod(n - 1, 26)
        s = chr(97 + r) + s
    return s.upper() if upper else s


def _roman(n: int, upper: bool) -> str:
    vals = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
            (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
    out = ""
    for v, s in vals:
        while n >= v:
            out += s
            n -= v
    return out.upper() if upper else out


def _fmt(n: int, numfmt: str) -> str:
    if numfmt == "lowerLetter":
        return _letters(n, False)
    if numfmt == "upperLetter":
        return _letters(n, True)
    if numfmt == "lowerRoman":
        return _roman(n, False)
    if numfmt == "upperRoman":
        return _roman(n, True)
    if numfmt in ("bullet", "none"):
        return ""
    return str(n)


class _Numbering:
    """Word's list counters: per numId, per level; a higher level restarts the
    lower ones."""

    def __init__(self, numbering_el, styles_el):
        self.levels: dict[str, dict[int, tuple[str, str, int]]] = {}   # numId -> ilvl -> (fmt, lvlText, start)
        self.counters: dict[str, list[int]] = {}
        self.style_num: dict[str, tuple[str, int]] = {}
        if numbering_el is not None:
            abstract = {}
            for a in numbering_el.iter(_Q + "abstractNum"):
                lv = {}
                for lvl in a.iter(_Q + "lvl"):
                    il = int(lvl.get(_Q + "ilvl", "0"))
                    fmt = lvl.find(_Q + "numFmt")
                    txt = lvl.find(_Q + "lvlText")
                    st = lvl.find(_Q + "start")
                    lv[il] = (fmt.get(_Q + "val") if fmt is not None else "decimal",
                              txt.get(_Q + "val") if txt is not None else "",
                              int(st.get(_Q + "val")) if st is not None else 1)
                abstract[a.get(_Q + "abstractNumId")] = lv
            for num in numbering_el.iter(_Q + "num"):
                aid = num.find(_Q + "abstractNumId")
                if aid is not None:
                    lv = dict(abstract.get(aid.get(_Q + "val"), {}))
                    # "Set numbering value": a w:num restarting a level elsewhere
                    for ov in num.iter(_Q + "lvlOverride"):
                        so = ov.find(_Q + "startOverride")
                        il = int(ov.get(_Q + "ilvl", "0"))
                        if so is not None and il in lv:
                            f, t, _ = lv[il]
                            lv[il] = (f, t, int(so.get(_Q + "val", "1")))
                    self.levels[num.get(_Q + "numId")] = lv
        if styles_el is not None:
            for s in styles_el.iter(_Q + "style"):
                npr = s.find(f"{_Q}pPr/{_Q}numPr")
                if npr is not None:
                    nid = npr.find(_Q + "numId")
                    il = npr.find(_Q + "ilvl")
                    if nid is not None:
                        self.style_num[s.get(_Q + "styleId")] = (nid.get(_Q + "val"), int(il.get(_Q + "val")) if il is not None else 0)

    def label(self, p) -> str:
        npr = p.find(f"{_Q}pPr/{_Q}numPr")
        num_id, ilvl = None, 0
        if npr is not None:
            nid = npr.find(_Q + "numId")
            il = npr.find(_Q + "ilvl")
            num_id = nid.get(_Q + "val") if nid is not None else None
            ilvl = int(il.get(_Q + "val")) if il is not None else 0
        else:
            ps = p.find(f"{_Q}pPr/{_Q}pStyle")
            if ps is not None and ps.get(_Q + "val") in self.style_num:
                num_id, ilvl = self.style_num[ps.get(_Q + "val")]
        if not num_id or num_id == "0" or num_id not in self.levels:
            return ""
        levels = self.levels[num_id]
        counters = self.counters.setdefault(num_id, [0] * 9)
        ilvl = max(0, min(ilvl, 8))
        counters[ilvl] += 1
        for deeper in range(ilvl + 1, 9):
            counters[deeper] = 0
        fmt, text, _ = levels.get(ilvl, ("decimal", "%1.", 1))
        if fmt in ("bullet", "none"):
            return ""

        def value(level: int) -> str:
            f, _, start = levels.get(level, ("decimal", "", 1))
            return _fmt(counters[level] + start - 1, f)
        return re.sub(r"%(\d)", lambda m: value(int(m.group(1)) - 1), text)


# -- the paragraph walk ----------------------------------------------------
def visible_runs(p):
    """(w:r, its visible text) for every run of a w:p outside w:del, in order.
    The reader builds the line from it and the review writer finds the
    characters of a finding in it, so both count the same characters."""
    for r in p.iter(_Q + "r"):
        if any(a.tag == _Q + "del" for a in r.iterancestors()):
            continue
        out = []
        for el in r:   # a w:tab inside w:pPr/w:tabs is a tab stop, not a character
            if el.tag == _Q + "t":
                out.append(el.text or "")
            elif el.tag == _Q + "tab":
                out.append("\t")
            elif el.tag in (_Q + "br", _Q + "cr"):
                out.append(" ")
        yield r, "".join(out)


def paragraph_text(p) -> str:
    """The visible text of a w:p: runs outside w:del, tabs as tabs."""
    return "".join(t for _, t in visible_runs(p)).replace("\n", " ")


def body_paragraphs(document):
    """Every w:p of the body in reading order, table cells included."""
    body = document.element.body
    for child in body.iterchildren():
        if child.tag == _Q + "p":
            yield child
        elif child.tag == _Q + "tbl":
            for p in child.iter(_Q + "p"):
                yield p
        elif child.tag == _Q + "sdt":
            for p in child.iter(_Q + "p"):
                yield p


def _suppression_comments(document) -> dict[str, list[str]]:
    """comment id -> the "lint-perda: abaikan ..." text of a reviewer's comment."""
    out: dict[str, list[str]] = {}
    try:
        comments = list(document.comments)
    except Exception:      # no comments part, or one python-docx cannot read
        return out
    for c in comments:
        text = " ".join(p.text for p in c.paragraphs)
        m = re.search(r"lint-perda\s*:\s*(abaikan|ignore)\b([^()]*)", text, re.IGNORECASE)
        if m:
            out.setdefault(str(c.comment_id), []).append(f"{m.group(1)}{m.group(2).rstrip()}")
    return out


def read_docx(path: str) -> SourceText:
    _check_package(path)
    try:
        import docx
        document = docx.Document(path)
    except SourceError:
        raise
    except Exception as e:
        raise SourceError(f"bukan berkas .docx yang dapat dibaca ({type(e).__name__})") from None
    part = document.part
    numbering_el = styles_el = None
    try:
        numbering_el = part.numbering_part.element
    except Exception:
        pass
    try:
        styles_el = part.styles.element
    except Exception:
        pass
    numbering = _Numbering(numbering_el, styles_el)
    suppress = _suppression_comments(document)
    lines: list[str] = []
    labels: list[str] = []
    prefixes: list[int] = []
    open_ids: set[str] = set()
    for i, p in enumerate(body_paragraphs(document)):
        label = numbering.label(p)
        text = paragraph_text(p)
        prefix = f"{label} " if label else ""
        line = prefix + text
        # a reviewer's "lint-perda: abaikan" comment covers the paragraphs
        # between its range start and end
        marks = []
        for el in p.iter(_Q + "commentRangeStart", _Q + "commentRangeEnd"):
            cid = el.get(_Q + "id")
            if cid in suppress:
                marks.append(cid)
                if el.tag == _Q + "commentRangeStart":
                    open_ids.add(cid)
                else:
                    open_ids.discard(cid)
        for cid in sorted(open_ids | set(marks)):
            for s in suppress.get(cid, []):
                line += f" <!-- lint-perda: {s} -->"
        lines.append(line)
        labels.append(f"paragraf {i + 1}")
        prefixes.append(len(prefix))
    return SourceText(path=path, text="\n".join(lines) + "\n", kind="docx", line_labels=labels,
                      extra={"prefix": prefixes})
