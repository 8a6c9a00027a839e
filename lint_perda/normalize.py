"""Clean pre-pass: from physical lines to logical lines, keeping the origin of
every character.

Drops the artefacts of PDF/markdown conversion (markdown and HTML marks, page
headers and footers, page numbers, paraf tables, page-turn catchwords, inline
catchwords around a page header) and joins lines wrapped inside a paragraph.
Only *removes* characters or joins lines, so each logical line maps back to the
original file through a short list of segments (eyecite maps back with
diff-match-patch; segments are exact and cheaper).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .mline import MLine  # noqa: F401  (the rest of the pipeline imports it from here)
from .ocr import MANGLED_HEAD as _MANGLED_HEAD, YEAR_LIKE, is_scan, running_heads, year_hint, year_repair
from .pagefurniture import page_line, strip_inline_headers
from .pageturn import page_turn_artefact


@dataclass
class Normalized:
    lines: list[MLine]
    content_chars: int = 0       # characters of text after cleaning (for coverage)
    artefacts: list[tuple[str, int, int]] = field(default_factory=list)  # (kind, orig start, orig end)
    # numbers and markers read through OCR confusions: (kind, orig start,
    # orig end, as written, as read); the lexer adds the headings it split
    repairs: list[tuple[str, int, int, str, str]] = field(default_factory=list)
    scan: bool = False           # a print read by OCR: three or more of its marks (ocr.OCR_MARK)


# --- per physical line -------------------------------------------------------

_MARK = re.compile(
    r"<[A-Za-z/!][^<>]{0,200}>"          # HTML tags
    r"|&(?:nbsp|amp|lt|gt|quot|#\d+);"   # entities (rare; dropped)
    r"|\*\*+|__+"                         # bold marks
    r"|\*(?<![\w*]\*)(?=\S)|\*(?<=\S\*)(?![\w*])"  # single-star emphasis (look-behinds after
)                                                # the star: every alternative opens on a literal)
_LEAD = re.compile(r"^[ \t]*(?:(?:#{1,6}|>|[-+•●▪]|\*(?=\s))[ \t]+)+|^[ \t]*#{1,6}$|^[ \t]*\^(?=\()")
_MULTISPACE = re.compile(r"(?<= ) +")

_INLINE_ELLIPSIS = re.compile(r"(?:(?<=\s)|^)(\S[^…\n]{0,80}?)\s*(?:…|\.\.\.)\s+(?=\1)")
# paraf boxes printed at page feet of regional drafts: "Bagian Hukum<TAB>Bagian Organisasi"
_PARAF = re.compile(r"^(?:\s*(?:Bagian|Bag\.|Kabag|Asisten|Sekda|Sekretaris Daerah|Paraf|Kepala Bagian)\b[^\t]{0,40}\t?)+$")

# Part boundaries that PDF conversion glued onto the previous paragraph
# (national texts: "... NOMOR 92 PENJELASAN ATAS PERATURAN ..."): split there so
# the lexer sees the part start at the start of a line.
# (the boundary words alone, each opening on a letter: _split_points()
# finds them and keeps those with a space and a word before)
_SPLIT_AT = re.compile(
    r"PENJE\S{0,3}ASAN\s+(?:ATAS\s+\S|PERATURAN|UNDANG)|P ?E ?N ?J ?E ?L ?A ?S ?A ?N\s+A ?T ?A ?S\b"
    r"|II?\.\s+(?:UMUM|PASAL\s+DEMI\s*PASAL)\b|PASAL\s+DEMI\s*PASAL\b"
    r"|Di(?:tetapkan|undangkan|sahkan)\s+[Dd]i\s+[A-Z]"
    r"|LAMPIRAN\s+(?:[IVX]+\s+)?(?:PERATURAN|UNDANG|KEPUTUSAN)\b"
)


def _split_points(t: str) -> list[int]:
    """Where (?<=\\S)\\s+(?=BOUNDARY) matches end: every place a boundary
    word starts right after a run of spaces that follows a word."""
    cuts: list[int] = []
    # (every boundary holds one of these: the J of PENJELASAN, ...)
    if not ("J" in t or "UMUM" in t or "DEMI" in t or "Di" in t or "LAMPIRAN" in t):
        return cuts
    m = _SPLIT_AT.search(t)
    while m:
        q = m.start()
        k = len(t[:q].rstrip())
        if 0 < k < q:
            cuts.append(q)
        m = _SPLIT_AT.search(t, q + 1)
    return cuts


def _inline_ellipsis(t: str):
    """_INLINE_ELLIPSIS.search(t), started where a match can start at the
    earliest: 81 characters and a run of spaces before the first "...".
    A match starts at a word within 81 characters (and the spaces) before
    an ellipsis with a space after it: only those words are tried, left to
    right, instead of every position of a long line of dot leaders."""
    a, b = t.find("…"), t.find("...")
    if a < 0 and b < 0:
        return None
    e = b if a < 0 else a if b < 0 else min(a, b)
    w = e - len(t[:e].rstrip())
    p = max(0, e - w - 81)
    for m in _ELLIPSIS_SPACE.finditer(t):
        q = m.start()
        lo = max(p, len(t[:q].rstrip()) - 81)
        for s in _WORD_START.finditer(t, lo, q):
            found = _INLINE_ELLIPSIS.match(t, s.start())
            if found:
                return found
        p = max(p, q)
    return None


_ELLIPSIS_SPACE = re.compile(r"(?:…|\.\.\.)(?=\s)")
_WORD_START = re.compile(r"(?:(?<=\s)|^)\S")
_ITEM_START = re.compile(r"^(?:[a-z]{1,2}[.)]|\d{1,3}[.)]|\(\d{1,3}[a-z]?\))\s")


_LEAD_FIRST = frozenset(" \t#>-+•●▪*^")   # the characters _LEAD can open on


def _clean(raw: str, offset: int, blank_before: bool) -> MLine:
    t = raw.replace("\t", " ") if "\t" in raw else raw
    if t[0] not in _LEAD_FIRST and not t[0].isspace() and not t[-1].isspace() and "  " not in t \
            and not ("<" in t or "&" in t or "*" in t or "_" in t):
        return MLine(t, [(0, offset)], blank_before)   # nothing to remove (most lines)
    line = MLine(t, [(0, offset)], blank_before)
    spans = []
    m = _LEAD.match(line.text)
    if m and m.end() > 0:
        spans.append((0, m.end()))
    t = line.text
    if "<" in t or "&" in t or "*" in t or "_" in t:   # every mark needs one of these
        for m in _MARK.finditer(t, spans[0][1] if spans else 0):
            spans.append(m.span())
    if spans:
        line = line.remove(spans)
    line = line.strip()
    if "  " in line.text:
        line = line.remove([m.span() for m in _MULTISPACE.finditer(line.text)])
    return line


# the numbering part of a catchword: "d. ", "3) ", "(2) ", "Pasal 17 "; a stale
# catchword ("d. pelaksanaan ..." before "d. pengelolaan ...") still repeats it
def normalize(text: str) -> Normalized:
    out = Normalized(lines=[])
    out.scan = is_scan(text)
    text = _repair_years(text, out)
    phys: list[MLine] = []
    offset = 0
    blank = False
    for raw in text.split("\n"):
        start = offset
        offset += len(raw) + 1
        stripped = raw.strip()
        if not stripped:
            blank = True
            continue
        if "\t" in raw and _PARAF.match(stripped):
            out.artefacts.append(("paraf", start, start + len(raw)))
            continue
        if page_line(stripped):
            out.artefacts.append(("page", start, start + len(raw)))
            continue
        ml = _clean(raw, start, blank)
        if not ml.text:
            blank = True
            continue
        t = ml.text
        if t != stripped and page_line(t):   # (the same text was tested above)
            out.artefacts.append(("page", start, start + len(raw)))
            continue
        if "R" in t and ("REPUBLIK" in t or "R E P" in t) or "peraturan.go.id" in t \
                or "hukumonline" in t or "SK No" in t or "( No" in t \
                or "ES" in t and _MANGLED_HEAD.search(t) and running_heads(t):
            parts = strip_inline_headers(ml, out.artefacts)
            for part in parts[:-1]:   # (the lines before a heading the page turn split off)
                _physical(part, phys)
                blank = False
            ml = parts[-1]
            if not ml.text:
                continue
        _physical(ml, phys)
        blank = False

    # Page-turn catchwords: "Pasal ...", "4. Peraturan ...", "b. mengarahkan ..."
    # repeat the start of the next page; drop them only when the next line
    # really starts with the same words.
    keep: list[MLine] = []
    for i, ml in enumerate(phys):
        kind = page_turn_artefact(phys, i, first=not keep)
        if kind:
            out.artefacts.append((kind, ml.orig(0), ml.orig_end(len(ml.text))))
            continue
        keep.append(ml)

    lines = _join_wrapped(keep)
    out.lines = lines
    out.content_chars = sum(len(x.text) for x in lines)
    return out


def _join_wrapped(keep: list[MLine]) -> list[MLine]:
    """Join the lines wrapped inside one paragraph.  The decision reads only
    the start, the end, the length and the word count of the paragraph so
    far, and each paragraph is joined once at its end: joining line by line
    copied the growing text, quadratic in a paragraph's lines."""
    lines: list[MLine] = []
    run: list[tuple[str, MLine]] = []
    head = tail = ""
    size = words = 0
    for ml in keep:
        t = ml.text
        # PDF conversions often leave a blank line inside a wrapped paragraph;
        # a lower-case start that is not a list marker still continues it.
        if run and _continues(head, tail, size, words, t):
            # "perundang-" + "undangan": keep the real hyphen
            sep = "" if tail.endswith("-") and not tail.endswith(" -") and t[:1].islower() else " "
            run.append((sep, ml))
            if len(head) < 16:
                head = (head + sep + t)[:16]
            tail = (tail + sep + t)[-12:]
            size += len(sep) + len(t)
            if words < 3:   # only "three words or more" matters, and it stays true
                words += len(t.split(None, 3)) - (0 if sep else 1)
        else:
            if run:
                lines.append(_join_run(run))
            run = [("", ml)]
            head, tail, size, words = t[:16], t[-12:], len(t), len(t.split(None, 3))
    if run:
        lines.append(_join_run(run))
    return lines


_UNIT_WORDS = ("Pasal", "ayat", "huruf", "angka", "Lampiran", "Nomor", "Tahun")
_UNIT_AT_END = re.compile(r"\s(?:Pasal|ayat|huruf|angka|Lampiran|Nomor|Tahun)$")


def _continues(head: str, tail: str, size: int, words: int, cur: str) -> bool:
    """Whether line ``cur`` continues the paragraph before it, which is
    known by its first 16 and last 12 characters, length and word count."""
    # a sentence wrapped between a unit word and its number ("... dalam Pasal"
    # / "12."): the number is not a list item
    if tail.endswith(_UNIT_WORDS) and _UNIT_AT_END.search(tail) and words >= 3 and re.match(r"[\dIVX(a-z]", cur):
        return True
    c = cur[:1]
    if not c.islower():
        return False
    if _ITEM_START.match(cur):
        return False
    last = tail[-1:]
    if last in ".;:?!":
        return False
    if head.startswith(("Pasal ", "BAB ", "Paragraf ")) and size < 16:
        return False
    return True


def _join_run(run: list[tuple[str, MLine]]) -> MLine:
    """The lines of one paragraph as one line: what MLine.join line after
    line gives, built once."""
    first = run[0][1]
    if len(run) == 1:
        return first
    texts, segs, n, last = [first.text], list(first.segs), len(first.text), first
    for sep, ml in run[1:]:
        if sep:
            segs.append((n, last.orig_end(len(last.text))))
            n += len(sep)
            texts.append(sep)
        segs.extend((n + p, o) for p, o in ml.segs)
        texts.append(ml.text)
        n += len(ml.text)
        last = ml
    return MLine("".join(texts), segs, first.blank_before)


def _repair_years(text: str, out: Normalized) -> str:
    """"Tahun 2Ol4" -> "Tahun 2014": years whose digits OCR read as letters,
    repaired in place (same length, so every offset still points into the
    original)."""
    if not year_hint(text):
        return text
    chars = None
    for m in YEAR_LIKE.finditer(text):
        fixed = year_repair(m.group(0))
        if fixed:
            out.repairs.append(("year", m.start(), m.end(), m.group(0), fixed))
            if chars is None:
                chars = list(text)
            chars[m.start():m.end()] = fixed
    return "".join(chars) if chars is not None else text



def _physical(ml: MLine, phys: list[MLine]) -> None:
    """A cleaned line into the physical lines: an inline catchword before an
    ellipsis dropped, split where a part of the regulation starts."""
    m = _inline_ellipsis(ml.text) if "…" in ml.text or "..." in ml.text else None
    if m:
        ml = ml.remove([(m.start(), m.end())])
    cuts = _split_points(ml.text) if len(ml.text) > 40 else None
    if cuts:
        bounds = [0] + cuts + [len(ml.text)]
        for a, b in zip(bounds, bounds[1:]):
            part = ml.keep([(a, b)]).strip()
            if part.text:
                phys.append(part)
    else:
        phys.append(ml)
