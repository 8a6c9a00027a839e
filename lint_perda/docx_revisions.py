"""Fixes as Word tracked changes: each edit becomes a w:del of the words it
replaces and a w:ins of the new ones, author "lint-perda", dated, in the
formatting of the run it replaces, so the reviewer accepts or rejects each
in Word (Review > Accept/Reject).

python-docx reads and writes the package but has no API for revisions (its
issue #340); docx-revisions and docx-redline write them on lxml the same way,
but the second needs Python 3.12 and both would bring their own paragraph
walk.  The XML is written here on python-docx's lxml tree, located by the
same walk over a paragraph's visible runs (lint_perda.sources.docx.visible_runs)
that the reader counts characters with, so an edit lands on the characters
the finding points at.  One id counter runs over every w:id already in the
document (comments included), so `review --fix` can put comments and changes
in one copy.

An edit is written where it lies inside one paragraph's typed text.  One in a
number that Word's automatic numbering draws (not text in the paragraph), or
across paragraphs, is not written and is counted as skipped.
"""
from __future__ import annotations

import copy
import datetime as _dt
import re

from .sources.docx import _Q, body_paragraphs, visible_runs

AUTHOR = "lint-perda"
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
_COUNTED = (_Q + "t", _Q + "tab", _Q + "br", _Q + "cr")


class IdCounter:
    """Next free w:id: above every id in the document (comments, bookmarks,
    earlier revisions), so comments and changes never share one."""

    def __init__(self, document):
        top = 0
        key = _Q + "id"
        for el in document.element.iter():
            v = el.get(key)
            if v is not None and v.lstrip("-").isdigit():
                top = max(top, int(v))
        self.next = top + 1

    def __call__(self) -> str:
        v = self.next
        self.next += 1
        return str(v)


def _length(el) -> int:
    if el.tag == _Q + "t":
        return len(el.text or "")
    return 1 if el.tag in _COUNTED else 0


def split_run(r, k: int):
    """Split run r so its first k visible characters stay in r; returns the
    new run holding the rest (None when k is at an edge)."""
    total = sum(_length(el) for el in r)
    if not 0 < k < total:
        return None
    right = copy.deepcopy(r)
    for el in list(right):
        if el.tag != _Q + "rPr":
            right.remove(el)
    pos = 0
    for el in list(r):
        if el.tag == _Q + "rPr":
            continue
        n = _length(el)
        if pos >= k:
            r.remove(el)
            right.append(el)
        elif pos + n > k:      # only a w:t can straddle k
            cut = copy.deepcopy(el)
            cut.text = (el.text or "")[k - pos:]
            el.text = (el.text or "")[:k - pos]
            for t in (el, cut):
                t.set(_XML_SPACE, "preserve")
            right.append(cut)
        pos += n
    r.addnext(right)
    return right


def _runs_at(p, a: int, b: int):
    """The runs covering visible characters [a, b), split at a and b; and the
    run just before a (for an insertion's formatting and place)."""
    for edge in (a, b):
        pos = 0
        for r, text in list(visible_runs(p)):
            if pos < edge < pos + len(text):
                split_run(r, edge - pos)
                break
            pos += len(text)
    inside, before, after = [], None, None
    pos = 0
    for r, text in visible_runs(p):
        lo, hi = pos, pos + len(text)
        if a <= lo and hi <= b and hi > lo:
            inside.append(r)
        elif hi <= a and hi > lo:
            before = r
        elif lo >= b and after is None and hi > lo:
            after = r
        pos = hi
    return inside, before, after


_MARKS = {_Q + t for t in ("commentRangeStart", "commentRangeEnd", "bookmarkStart", "bookmarkEnd", "proofErr")}


def _follows(a, b) -> bool:
    """b comes after a among its siblings with only range marks between."""
    el = a.getnext()
    while el is not None and el is not b:
        if el.tag not in _MARKS:
            return False
        el = el.getnext()
    return el is b


def _mark(tag: str, ids, date: str):
    from docx.oxml import OxmlElement
    el = OxmlElement(tag)
    el.set(_Q + "id", ids())
    el.set(_Q + "author", AUTHOR)
    el.set(_Q + "date", date)
    return el


def _anchor(r):
    """Where a new revision goes beside run r: outside another revision."""
    par = r.getparent()
    return par if par is not None and par.tag in (_Q + "ins", _Q + "del") else r


def _new_run(text: str, like):
    from docx.oxml import OxmlElement
    r = OxmlElement("w:r")
    if like is not None:
        rpr = like.find(_Q + "rPr")
        if rpr is not None:
            r.append(copy.deepcopy(rpr))
    t = OxmlElement("w:t")
    t.text = text
    t.set(_XML_SPACE, "preserve")
    r.append(t)
    return r


def revise(p, a: int, b: int, new: str, ids, date: str) -> bool:
    """Replace visible characters [a, b) of paragraph p with ``new`` as a
    tracked deletion and insertion."""
    inside, before, after = _runs_at(p, a, b)
    if a < b and not inside:
        return False
    last = None
    if inside:
        # one w:del per stretch of sibling runs (normally the whole edit); a
        # comment's or bookmark's range mark between them goes inside with them
        group: list = []
        for r in inside + [None]:
            if r is not None and group and _follows(group[-1], r):
                group.append(r)
                continue
            if group:
                d = _mark("w:del", ids, date)
                group[0].addprevious(d)
                el = d.getnext()
                while el is not None:
                    nxt = el.getnext()
                    for t in el.findall(_Q + "t"):
                        t.tag = _Q + "delText"
                    d.append(el)
                    if el is group[-1]:
                        break
                    el = nxt
                last = d
            group = [r] if r is not None else []
    if new:
        ins = _mark("w:ins", ids, date)
        ins.append(_new_run(new, inside[0] if inside else (before if before is not None else after)))
        if last is not None:
            last.addnext(ins)
        elif before is not None:
            _anchor(before).addnext(ins)
        elif after is not None:
            _anchor(after).addprevious(ins)
        else:
            p.append(ins)
    return True


def _trim(old: str, new: str) -> tuple[int, int, str]:
    """Drop the whole words old and new share at their ends, so the change
    Word shows is "dalam" -> "pada", not the whole phrase."""
    tok_o = re.findall(r"\s+|\S+", old)
    tok_n = re.findall(r"\s+|\S+", new)
    i = 0
    while i < min(len(tok_o), len(tok_n)) - 1 and tok_o[i] == tok_n[i]:
        i += 1
    j = 0
    while j < min(len(tok_o), len(tok_n)) - i - 1 and tok_o[-1 - j] == tok_n[-1 - j]:
        j += 1
    pre = sum(len(t) for t in tok_o[:i])
    post = sum(len(t) for t in tok_o[len(tok_o) - j:]) if j else 0
    return pre, len(old) - post, "".join(tok_n[i:len(tok_n) - j])


def apply_revisions(document, source, edits, ids=None, when: _dt.datetime | None = None) -> tuple[int, int]:
    """Write ``edits`` ((start, end, replacement) in ``source.text``, the
    text read from this document) as tracked changes.  Returns (written,
    skipped)."""
    ids = ids or IdCounter(document)
    date = (when or _dt.datetime.now(_dt.timezone.utc)).strftime("%Y-%m-%dT%H:%M:%SZ")
    paras = list(body_paragraphs(document))
    prefixes = source.extra.get("prefix", [])
    by_para: dict[int, list] = {}
    skipped = 0
    for s, e, new in edits:
        line, col = source.locate(s)
        end_line, _ = source.locate(e)
        i = line - 1
        pre = prefixes[i] if i < len(prefixes) else 0
        if end_line != line or not 0 <= i < len(paras):
            skipped += 1
            continue
        a = col - 1 - pre
        visible = "".join(t for _, t in visible_runs(paras[i]))
        if a < 0 or a + (e - s) > len(visible) or visible[a:a + (e - s)] != source.text[s:e]:
            skipped += 1      # Word's automatic numbering, or not the words read
            continue
        by_para.setdefault(i, []).append((a, a + (e - s), source.text[s:e], new))
    written = 0
    for i, items in by_para.items():
        for a, b, old, new in sorted(items, reverse=True):   # from the end: earlier offsets stay valid
            da, db, ins = _trim(old, new)
            if revise(paras[i], a + da, a + db, ins, ids, date):
                written += 1
            else:
                skipped += 1
    return written, skipped


def _note_comments(document, notes) -> None:
    from docx.text.paragraph import Paragraph
    from docx.text.run import Run
    paras = list(body_paragraphs(document))
    for line, text in dict.fromkeys(notes):
        if not 0 < line <= len(paras):
            continue
        runs = [r for r, t in visible_runs(paras[line - 1]) if t]
        if not runs:
            continue
        para = Paragraph(paras[line - 1], document._body)
        document.add_comment([Run(runs[0], para), Run(runs[-1], para)], text=f"lint-perda: {text}",
                             author=AUTHOR, initials="LP")


def write_tracked(path: str, output: str, source, edits, notes=()) -> tuple[int, int]:
    """A copy of the .docx at ``path`` with ``edits`` as tracked changes and
    ``notes`` ((line, text): a reference a renumbering left as written) as
    comments on their paragraphs."""
    import docx

    from .files import save_atomic
    document = docx.Document(path)
    _note_comments(document, notes)
    written, skipped = apply_revisions(document, source, edits)
    save_atomic(output, document.save, suffix=".docx")
    return written, skipped
