"""Page furniture: running heads, page numbers and the printer's feet of the
three source families, as whole lines (``page_line``) and inside a line
(``strip_inline_headers``), with the catchword a printer leaves before a
running head.  normalize.py drops them, recording each as an artefact."""
from __future__ import annotations

import re

from .mline import MLine
from .ocr import running_heads

# Running headers/footers and page furniture of the three source families.
_PAGE_LINE = re.compile(
    r"^(?:"
    r"-+\s*\d{1,4}\s*-+"                                   # -3-  / - 3 -
    r"|(?:SALINAN\s*)?P\s*R\s*E\s*S\s*I\s*D\s*E\s*N\s+R\s*E\s*P\s*U\s*B\s*L\s*I\s*K\s+I\s*N\s*D\s*O\s*N\s*E\s*S\s*I\s*A(?:\s*-\s*\d+\s*-)?"
    r"|SK\s+No\.?\s*\d+\s*[A-Z]?"
    r"|S[l1I|]\(\s?No\.?\s?\S{3,10}\s?\^?A"                   # the same, its K read as "l(" by OCR
    r"|(?:https?://)?www\.peraturan\.go\.id"
    r"|(?:https?://)?www\.hukumonline\.com(?:\s+\d{1,4}\s*/\s*\d{1,4})?"
    r"|\d{4},\s*No\.\s*\d+(?:\s*-\s*\d+\s*-)?"             # 2021, No.1 (gazette header)
    r"|[-=_*]{3,}"                                          # markdown rules / separators
    r"|Halaman\s+\d+\s+dari\s+\d+"
    r"|\d{1,4}"                                             # bare page number
    r")$"
)
_PAGE_FIRST = frozenset("-SPhw=_*H")   # the first characters _PAGE_LINE allows, besides digits


def page_line(t: str) -> bool:
    c = t[:1]
    return (c in _PAGE_FIRST or c.isdecimal()) and _PAGE_LINE.match(t) is not None


# A running header inside a line, with the spaces around it.  Written without
# the leading \s* and with every alternative opening on a letter, so the
# regex engine jumps from S/P/h/w to the next instead of trying every
# character; _inline_header() adds the spaces before it back.
_PRESIDEN_RI = (r"P\s?R\s?E\s?S\s?I\s?D\s?E\s?N\s+R\s?E\s?P\s?U\s?B\s?L\s?I\s?K\s+I\s?N\s?D\s?O\s?N\s?E\s?S\s?I\s?A"
                r"(?:\s*-\s*\d{1,4}\s*-|\s+\d{1,3}\s*-(?=\s|$))?\s*")   # the page number: "- 18 -", or "18-" (its first dash lost)
_INLINE_HEADER = re.compile(
    rf"SALINAN\s+{_PRESIDEN_RI}|{_PRESIDEN_RI}"
    r"|SK\s+No\s*\d{4,}\s*[A-Z]\b\s*"
    r"|S[l1I|]\(\s?No\.?\s?\S{3,10}\s?\^?A\b\s*"   # "Sl( No 102285 A": a scan's K read as "l("
    r"|https?://www\.peraturan\.go\.id\s*|www\.peraturan\.go\.id\s*"
    r"|https?://www\.hukumonline\.com(?:\s+\d{1,4}\s*/\s*\d{1,4})?\s*|www\.hukumonline\.com(?:\s+\d{1,4}\s*/\s*\d{1,4})?\s*"
)
def _inline_header(t: str) -> tuple[int, int] | None:
    """The span of the leftmost running header in ``t`` with the spaces
    around it (what \\s*(?:header)\\s* finds), or None."""
    m = _INLINE_HEADER.search(t)
    if m is None:
        return None
    return len(t[:m.start()].rstrip()), m.end()


def _next_header(text: str):
    """The first running head in a line (with the spaces before it): the
    exact forms, or one OCR mangled."""
    span = _inline_header(text)
    spans = [span] if span else []
    if "ES" in text:
        # only a mangled head before the exact one can come first
        spans += running_heads(text[:span[0]] if span else text)[:1]
    return min(spans) if spans else None


# a heading after a page's running head or foot: the page turned before it
_HEADING_AFTER = re.compile(r"(?:Pasal|PASAL)\s+\d+[A-Z]?\b|BAB\s+[IVXL]+\b")


def strip_inline_headers(ml: MLine, artefacts: list) -> list[MLine]:
    """The line without its running heads and page feet, as one line, or
    split where a heading follows one (a page turn is a line's end)."""
    done: list[MLine] = []
    for _ in range(6):
        span = _next_header(ml.text)
        if span is None:
            break
        a, b = span
        b += len(ml.text[b:]) - len(ml.text[b:].lstrip())   # a mangled head: the spaces after it too
        while a > 0 and ml.text[a - 1] in " \t":
            a -= 1
        artefacts.append(("header", ml.orig(a), ml.orig_end(b)))
        before, after = ml.text[:a], ml.text[b:]
        cut = [(a, b)]
        # "8. Dana [header] 8. Dana Transfer" -> the words before the header are
        # a catchword when the text after it starts with the same words
        bw = before.split()
        aw = after.split()
        for k in range(min(len(bw), len(aw), 10), 0, -1):
            if bw[-k:] == aw[:k] and len(" ".join(bw[-k:])) >= 2:
                start = before.rstrip().rfind(bw[-k]) if k == 1 else _find_tail(before, bw[-k:])
                if start >= 0:
                    cut = [(start, b)]
                    artefacts.append(("catchword", ml.orig(start), ml.orig_end(a)))
                break
        sep_needed = bool(ml.text[:cut[0][0]].strip()) and bool(after.strip())
        new = ml.remove(cut)
        if sep_needed:
            # keep a single space where the header stood
            pos = cut[0][0]
            left = new.keep([(0, pos)]).strip()
            right = new.keep([(pos, len(new.text))]).strip()
            if left.text and _HEADING_AFTER.match(right.text):
                done.append(left)
                new = right
            else:
                new = left.join(right, " ") if left.text and right.text else (left if left.text else right)
        ml = new.strip()
    return done + [ml]


def _find_tail(before: str, words: list[str]) -> int:
    pat = r"\s+".join(re.escape(w) for w in words) + r"\s*$"
    m = re.search(pat, before)
    return m.start() if m else -1
