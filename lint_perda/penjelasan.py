"""The Penjelasan against the body (rules LP131-LP134), computed once.

The "Pasal demi Pasal" part of a Penjelasan explains every Pasal of the
body, each once and in order: "Pasal 5 / Ayat (1) / Huruf a / ... / Cukup
jelas."  Read here:

- its entries ("Pasal N"), after the "PASAL DEMI PASAL" heading (the
  Penjelasan Umum cites Pasal of other laws at the start of its lines);
- inside each entry, the ayat and huruf it explains ("Ayat (4)", "Huruf e"),
  each at the start of a line or after the end of a sentence.

Judged place by place as the body is (lint_perda/reading.py): an entry is
compared with the body where both were read cleanly.  An amending text's
Penjelasan ("Pasal I / Angka 1 / Pasal 3 / Cukup jelas.") explains the
instructions, not a body of its own: it is left alone, and
``document.checked`` says so.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .ast import Node
from .reading import reading, unreadable

_DEMI = re.compile(r"P\s?A\s?S\s?A\s?L\s*D\s?E\s?M\s?I\s*P\s?A\s?S\s?A\s?L", re.I)
# "Ayat (4)", "Huruf e", "Angka 3" opening an explanation: at the start of a
# line or after the end of a sentence, followed by words or another opening
# ("Ayat (3) huruf a Cukup jelas": the ayat's first letter in small type)
_UNIT = re.compile(r"(?:^|(?<=[.:;]\s)|(?<=\n)|(?<=jelas\s))(?P<w>Ayat|AYAT|Huruf|HURUF)\s*"
                   r"(?P<n>\(\s?\d{1,3}[a-z]?\s?\)|[a-z]{1,2}\b)(?=\s+(?:[A-Z\"'“(]|[Hh]uruf|[Aa]ngka)|\s*$)", re.M)


@dataclass
class Entry:
    node: Node                      # the pj_pasal
    value: int | None
    suffix: str
    units: list[tuple[tuple[tuple[str, str], ...], int]] = field(default_factory=list)  # (chain, offset)


@dataclass
class PjResult:
    entries: list[Entry]
    applies: bool                   # a Penjelasan with "Pasal demi Pasal" of a non-amending text
    why: str = ""                   # when it does not


def analyse(doc) -> PjResult:
    cache = doc.__dict__.get("_pj")
    if cache is not None:
        return cache
    res = doc.__dict__["_pj"] = _analyse(doc)
    return res


def _analyse(doc) -> PjResult:
    pj = doc.penjelasan
    if pj is None:
        return PjResult([], False, "naskah tanpa Penjelasan")
    if doc.amendment is not None or doc.is_amendment:
        return PjResult([], False, "Penjelasan peraturan perubahan (Pasal I, Angka ...) menjelaskan "
                                   "angka-angka perubahan, tidak dinilai terhadap batang tubuh")
    why = unreadable(doc)
    if why:
        return PjResult([], False, why)
    pasals = [c for c in pj.walk() if c.kind == "pj_pasal"]
    start = _demi_offset(doc, pj)
    if start is not None:
        pasals = [p for p in pasals if p.start >= start]
    else:
        # no "PASAL DEMI PASAL" heading read: from the last "Pasal 1" on
        ones = [k for k, p in enumerate(pasals) if p.value == 1 and not p.suffix]
        pasals = pasals[ones[-1]:] if ones else []
    entries = [Entry(p, p.value, p.suffix, list(_units(p))) for p in pasals if p.num and p.num[0].isdigit()]
    if not entries:
        return PjResult([], False, "bagian Pasal demi Pasal tidak terbaca")
    return PjResult(entries, True)


def _demi_offset(doc, pj: Node) -> int | None:
    for n in pj.walk():
        for p in ([n.head] if n.head is not None else []) + n.paras:
            m = _DEMI.search(p.line.text)
            if m:
                return p.line.orig(m.start())
    return None


def _glued_next(p: Node):
    """The next entry's heading glued into this one, however spelt ("Cukup
    jelas Psal 60 Ayat (1) ...")."""
    if p.value is None:
        return None
    text = p.text or ""
    if str(p.value + 1) not in text:
        return None   # the pattern holds the number as written: spares compiling one per number
    return _next_heading(p.value + 1).search(text)


@lru_cache(maxsize=None)
def _next_heading(n: int) -> re.Pattern:
    # kept here: one pattern per number overflows the re module's own cache
    return re.compile(rf"\bP\w{{0,4}}[lI1]\s*{n}\b(?!\s+(?:ayat|huruf|angka)\b)")


def _units(p: Node):
    """(chain, offset) of each ayat and huruf an entry explains, in order:
    "Ayat (1)" then "Huruf a" gives (("ayat","1"),) and (("ayat","1"),("huruf","a"))."""
    text = p.text
    nxt = _glued_next(p)
    if nxt:
        text = text[:nxt.start()]   # what follows is the next entry's
    ayat = None
    for m in _UNIT.finditer(text):
        word = m.group("w").lower()
        num = m.group("n").strip("() ").replace(" ", "")
        if word == "ayat":
            ayat = num
            yield (("ayat", num),), m.start()
        else:
            chain = ((("ayat", ayat),) if ayat else ()) + (("huruf", num),)
            yield chain, m.start()


def heading_end(text: str, off: int) -> int:
    """Where the "Ayat (3)" or "Huruf e" that ``_units`` found at ``off`` ends."""
    m = _UNIT.match(text, off)
    return m.end() if m else off + 1


# -- judgements for the rules ---------------------------------------------------

def body_values(doc) -> list[int]:
    return [p.value for p in doc.pasals if p.value is not None and not p.suffix]


def misnumbered(entries: list[Entry]) -> set[int]:
    """ids of the entries whose number does not stand between its
    neighbours' ("Pasal 11 / Pasal 11 / Pasal 13", "Pasal 12 / Pasal 113 /
    Pasal 14"): LP131 reports them; the other rules do not read them as the
    Pasal their number says, nor count the Pasal they stand for as missing."""
    vals = [e.value for e in entries]
    out = set()
    for k, e in enumerate(entries):
        if e.value is None or e.suffix:
            continue
        prev = next((v for v in reversed(vals[:k]) if v is not None), None)
        nxt = next((v for v in vals[k + 1:] if v is not None), None)
        if prev is not None and e.value <= prev or nxt is not None and e.value >= nxt:
            out.add(id(e))
    return out


_DIGITS = re.compile(r"\d+")


def entry_clean(doc, e: Entry) -> bool:
    """An entry read cleanly: its heading on its own line, its words free of
    debris, its ayat in order (an "Ayat (1)" after "Ayat (3)" is the next
    entry's, whose heading was lost)."""
    rd = reading(doc)
    ayat = [c[0][1] for c, _ in e.units if len(c) == 1 and c[0][0] == "ayat"]
    nums = [int(_DIGITS.match(a).group(0)) for a in ayat]
    if any(b <= a for a, b in zip(nums, nums[1:])) or _glued_next(e.node):
        return False
    return rd.clean(e.node) and rd.clean_stretch(e.node.start, e.node.end)


def body_pasal(doc, value: int):
    """The body's Pasal with that number, when there is exactly one and it
    stands between neighbours that follow on, read cleanly."""
    rd = reading(doc)
    seq = [p for p in doc.pasals if p.value is not None and not p.suffix]
    hits = [p for p in seq if p.value == value]
    if len(hits) != 1:
        return None
    p = hits[0]
    k = seq.index(p)
    if k > 0 and seq[k - 1].value != value - 1 or k + 1 < len(seq) and seq[k + 1].value != value + 1:
        return None
    return p if rd.clean(p) else None


def note(doc, skipped: list[int]) -> None:
    res = analyse(doc)
    if not res.applies:
        if doc.penjelasan is not None:
            doc.note_checked("penjelasan", "none", res.why)
        return
    from .reading import note_places
    note_places(doc, "penjelasan", "penjelasan Pasal", skipped)
