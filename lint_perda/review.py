"""`lint-perda review DRAFT.docx -o DRAFT-reviewed.docx`: the findings as Word
comments in a copy of the draft, where reviewers work.

One comment per finding, anchored to the exact words of its span (runs are
split at the span's edges so Word highlights those words, not the whole
paragraph), with the message, the proposed correction and the legal basis,
author "lint-perda".  Nothing is applied: the reviewer decides.

With ``--fix`` (and ``--unsafe-fixes``) the same copy also carries the fixes
as Word tracked changes (lint_perda/docx_revisions.py): comments first, on
the words as the draft has them, then the changes, numbered on from the
comments' ids so the two never share one.

The input is never modified.  The copy is written to a temporary file beside
the output and moved into place (atomic); an existing output is kept unless
``--force``.  Exit codes as for ``check``: 0 nothing at or above warning,
1 findings, 2 the draft could not be read or the copy not written.
"""
from __future__ import annotations

import copy
import os
import sys

from .sources.docx import _Q, body_paragraphs, visible_runs

AUTHOR = "lint-perda"


def _visible_runs(p):
    """The w:r of a paragraph that carry visible text, with their lengths."""
    return [(r, len(text)) for r, text in visible_runs(p)]


def _split(r, at: int):
    """Split run r (a single w:t) at character ``at``; returns the right half."""
    ts = [el for el in r if el.tag == _Q + "t"]
    others = [el for el in r if el.tag in (_Q + "tab", _Q + "br", _Q + "cr")]
    if len(ts) != 1 or others:
        return None
    text = ts[0].text or ""
    if not 0 < at < len(text):
        return None
    right = copy.deepcopy(r)
    ts[0].text = text[:at]
    [el for el in right if el.tag == _Q + "t"][0].text = text[at:]
    for t in (ts[0], [el for el in right if el.tag == _Q + "t"][0]):
        t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    r.addnext(right)
    return right


def _anchor(p, a: int, b: int):
    """The first and last w:r covering characters [a, b) of the paragraph's
    visible text, splitting runs so the range is exact where it can be."""
    runs = _visible_runs(p)
    if not runs:
        return None
    pos = 0
    first = last = None
    for r, n in runs:
        lo, hi = pos, pos + n
        if first is None and hi > a:
            if a > lo:
                right = _split(r, a - lo)
                if right is not None:
                    return _anchor(p, a, b)    # the runs changed: walk again
            first = r
        if first is not None and lo < max(b, a + 1):
            last = r
            if b < hi and b > lo:
                if _split(r, b - lo) is not None:
                    return _anchor(p, a, b)
        pos = hi
    if first is None:
        first = last = runs[-1][0]
    return first, (last if last is not None else first)


def comment_text(d, lang: str = "id", fixed: bool = False) -> str:
    parts = [f"{d.code} {d.rule}: {d.text(lang)}"]
    if fixed:
        parts.append("Diperbaiki sebagai perubahan terlacak: terima atau tolak di Word." if lang == "id"
                     else "Fixed as a tracked change: accept or reject it in Word.")
    if d.suggestion:
        parts.append(("Usul perbaikan: " if lang == "id" else "Proposed: ") + d.suggestion)
    if d.basis:
        parts.append(("Dasar: " if lang == "id" else "Basis: ") + d.basis)
    return "\n".join(parts)


def write_review(path: str, output: str, diagnostics, source, lang: str = "id", edits=None,
                 fixed=frozenset()) -> tuple[int, int, int]:
    """Write the reviewed copy; returns the number of comments, of tracked
    changes written and of edits that could not be written.  ``edits``
    ((start, end, replacement) in source.text) become tracked changes;
    ``fixed`` holds the ids of the diagnostics they correct."""
    import docx
    from docx.text.paragraph import Paragraph
    from docx.text.run import Run

    document = docx.Document(path)
    paras = list(body_paragraphs(document))
    prefixes = source.extra.get("prefix", [])
    count = 0
    for d in diagnostics:
        i = d.line - 1
        if not 0 <= i < len(paras):
            continue
        p = paras[i]
        pre = prefixes[i] if i < len(prefixes) else 0
        a = max(0, d.column - 1 - pre)
        b = (d.end_column - 1 - pre) if d.end_line == d.line else 10 ** 9
        b = max(b, a + 1)
        para = Paragraph(p, document._body)
        anchor = _anchor(p, a, b)
        if anchor is None:
            run = para.add_run("")
            anchor = (run._r, run._r)
        first, last = anchor
        document.add_comment([Run(first, para), Run(last, para)], text=comment_text(d, lang, id(d) in fixed),
                             author=AUTHOR, initials="LP")
        count += 1
    written = skipped = 0
    if edits:
        from .docx_revisions import IdCounter, apply_revisions
        written, skipped = apply_revisions(document, source, edits, IdCounter(document))
    from .files import save_atomic
    save_atomic(output, document.save, suffix=".docx")   # normal permissions, not mkstemp's 0600
    return count, written, skipped


def run_review(path: str, output: str, force: bool = False, select=None, ignore=None, lang: str = "id",
               fix: bool = False, unsafe: bool = False) -> int:
    from .engine import Settings, lint_source
    from .sources import SourceError, read_source

    def fail(msg: str) -> int:
        print(f"{path}: {msg}", file=sys.stderr)
        return 2

    if not path.lower().endswith(".docx"):
        return fail("review menulis komentar ke berkas Word; masukan harus .docx")
    if not output.lower().endswith(".docx"):
        return fail("keluaran review harus berakhiran .docx")
    if os.path.exists(output) and os.path.exists(path) and os.path.samefile(path, output):
        return fail("keluaran tidak boleh sama dengan masukan (berkas masukan tidak pernah diubah)")
    if os.path.exists(output) and not force:
        return fail(f"{output} sudah ada; pakai --force untuk menimpanya")
    settings = Settings(select=select.split(",") if select else None,
                        ignore=ignore.split(",") if ignore else [])
    try:
        source = read_source(path)
    except SourceError as e:
        return fail(str(e))
    except Exception as e:
        return fail(f"tidak dapat dibaca ({type(e).__name__})")
    res = lint_source(source, settings)
    if res.error:
        return fail(res.error)
    edits, fixed = None, set()
    if fix or unsafe:
        from .fix_apply import fix_source
        from .fixes import applicable
        oc = fix_source(source, settings, unsafe=unsafe)
        edits = oc.edits
        left = {d.extra.get("fingerprint") for d in oc.remaining}
        fixed = {id(d) for d in res.diagnostics if applicable(d, unsafe) and d.extra.get("fingerprint") not in left}
    try:
        n, written, skipped = write_review(path, output, res.diagnostics, source, lang, edits=edits, fixed=fixed)
    except Exception as e:   # a draft python-docx cannot write back: one line
        return fail(f"salinan tidak dapat ditulis ({type(e).__name__}: {str(e)[:120]})")
    print(f"{output}: {n} komentar ditulis" if lang == "id" else f"{output}: {n} comments written")
    if edits:
        print(f"{output}: {written} perbaikan sebagai perubahan terlacak" if lang == "id"
              else f"{output}: {written} fixes as tracked changes")
    if skipped:
        print(f"{output}: {skipped} perbaikan tidak dapat ditulis (nomor dari penomoran otomatis Word, "
              "atau melintasi paragraf)", file=sys.stderr)
    worst = {"error": 2, "warning": 1, "info": 0}
    return 1 if any(worst.get(d.severity, 0) >= 1 for d in res.diagnostics) else 0
