"""Which references a text can judge, reference by reference.

A published text read from a scan or a PDF conversion is judged where it
was read cleanly (lint_perda/reading.py): a reference whose target lies in
a provision whose markers the conversion lost, or whose own words were
glued in from elsewhere, is left unjudged rather than called broken.  The
whole-text test (:func:`reliable`) is the last resort.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

if TYPE_CHECKING:  # pragma: no cover
    from .ast import Node
    from .references import Reference, Target


def reliable(doc, max_ratio: float = 0.5) -> bool:
    """The last resort: False for a text whose structure cannot carry any
    judgement of its references (a parse covering less than half of it, or
    more than ``max_ratio`` of its internal references unsure or falling in
    gaps).  Every other text is judged reference by reference
    (:func:`judged`); the JSON says which were left out."""
    key = ("_reliable", max_ratio)
    cache = doc.__dict__.setdefault("_ref_cache", {})
    if key not in cache:
        st = [t.status for r in doc.references if r.internal and r.intro
              for t in r.all_targets() if t.chain[0][0] != "lampiran"]
        bad = sum(1 for x in st if x in ("unsure", "gap"))
        # two doubtful references in a short draft are not a pattern
        cache[key] = doc.parsed.coverage >= 0.5 and (bad <= 2 or bad / len(st) <= max_ratio)
    return cache[key]


# a sentence ends and another begins ("lzin": a capital I read as l)
_TWO_SENTENCES = re.compile(r"[a-z)][.;:]\s+(?:[A-Z(]|l(?=[bcdfghjkmnpqrstvwxz]))")
_SEMI_INSIDE = re.compile(r";\s+(?!(?:dan|atau|dan/atau|serta)?\s*$)\S")


def lost_markers(c, unit: str) -> bool:
    """Markers the conversion lost leave their words behind: a provision in
    two sentences without its ayat, an item holding "...; x; y" without
    the markers of x and y."""
    if any(_TWO_SENTENCES.search(n.text) for n in c.walk() if n.kind != "ayat" or n.parent is c or n is c):
        return True
    items = [ch for ch in c.walk() if ch is not c and ch.is_item]
    if not items:
        return unit != "ayat" and ";" in c.text
    if any(_SEMI_INSIDE.search(it.text) or not it.text.strip() and not it.children for it in items):
        return True   # "...; x; y" in one item, or an item left empty
    for n in [c] + items:
        for kind in ("huruf", "angka", "huruf_kurung", "angka_kurung"):
            vals = [ch.value for ch in n.children if ch.kind == kind and ch.value is not None]
            if vals and (vals[0] != 1 or any(b > a + 1 for a, b in zip(vals, vals[1:]))):
                return True   # a list that starts past a. or skips: its markers were lost
    top = [ch for ch in c.children if ch.is_item]
    last = top[-1].text.rstrip() if top and not c.is_item else ""
    if unit != "ayat" and (last.endswith((";", ",")) or re.search(r"\b(?:dan|atau|dan/atau)$", last)):
        return True   # a list that stops where it goes on: its last items were lost
    # a list numbered from the start again under one parent: two lists merged
    # where the ayat marker between them was lost
    return any(sum(1 for ch in n.children if ch.is_item and ch.value == 1) > 1 for n in [c] + items)


def _source_in_place(doc, rd, ref) -> bool:
    """A relative reference ("ayat (1) huruf c") resolves in the Pasal it is
    written in: that Pasal read cleanly between neighbours that follow on,
    so no heading the conversion lost put the words in the wrong Pasal."""
    p = ref.node.nearest("pasal")
    if p is None:
        return True
    if not rd.clean(p) or not rd.clean_stretch(p.start, ref.node.orig(ref.j)):
        return False
    seq = [x for x in doc.pasals if x.value is not None]
    if p not in seq:
        return False
    k = seq.index(p)
    before = seq[k - 1].value == p.value - 1 if k > 0 else p.value == 1
    after = seq[k + 1].value == p.value + 1 if k + 1 < len(seq) else True
    return before and after


def judged(doc, ref: "Reference", t: "Target") -> bool:
    """Whether a reference's target may be judged: the reference read
    cleanly, and the part of the structure it targets read cleanly (the
    provision that lacks the unit, with its own ayat and items on their own
    lines and no debris among them; for a Pasal beyond the last, the end of
    the body)."""
    from .markerjudge import glued_in_scan
    from .reading import reading, unreadable
    if unreadable(doc):
        return False
    rd = reading(doc)
    a, b = ref.node.orig_span(ref.i, ref.j)
    if not rd.clean_stretch(a - 30, b + 10):
        return False
    if any(re.fullmatch(r"\d+[OoIlLST]|[OoIlLST]\d*", num) for _, num in t.chain if num):
        return False   # "Pasal 4O", "Pasal 2L": a number the scanner garbled
    if t.status == "missing":
        if t.chain[0][0] == "pasal" and t.chain[0][1][-1:].isalpha() and not any(p.suffix for p in doc.pasals):
            return False   # "Pasal 2A" in a text without inserted Pasal: "24" read by OCR
        # the words around the reference: the provision that holds it read
        # cleanly, and the reference in its first sentence (not in words the
        # conversion glued on from elsewhere)
        src = ref.node
        if not rd.clean(src) or not rd.clean_stretch(src.start, ref.node.orig(ref.j)):
            return False
        if t.relative and re.search(r"[.;:]\s+\S", src.text[:ref.i]) and src.kind != "pasal":
            return False
        c = t.container
        if c is not None:
            unit = t.chain[t.missing_at][0]
            if not rd.node_clean(c) or not (c.paras or c.children):
                return False
            # markers the conversion lost leave their sentences behind: a
            # provision without ayat in two sentences, items without markers
            if not c.text.strip() and not c.children:
                return False
            if lost_markers(c, unit):
                return False
            if rd.scan and unit == "ayat" and not any(ch.kind == "ayat" for ch in c.children):
                return False   # a scan loses whole runs of ayat markers: a Pasal without any is not proof
            return not t.relative or _source_in_place(doc, rd, ref)
        pasals = [p for p in doc.pasals if p.value is not None]
        if len(pasals) < 2:
            return False
        last, before = pasals[-1], pasals[-2]
        body = doc.body
        return (rd.clean(last) and rd.clean(before) and last.value == before.value + 1
                and rd.clean_stretch(before.start, body.end if body is not None else last.end))
    if t.status == "ambiguous":
        nodes = t.nodes
        if rd.scan and any(n.is_item and glued_in_scan(n) for n in nodes):
            return False   # "c. diberhentikan a. tidak lagi ...": a sub-list the scan unnested doubles the letters
        return all(rd.clean(n) for n in nodes) and rd.clean_stretch(min(n.start for n in nodes), max(n.end for n in nodes))
    return True


_MARKER_BEFORE = re.compile(r"(?:^|\s)(?:\(\s*\d+[a-z]?\s*\)|\(\d+1|[a-z][.)]|\d+[.)])\s")


_GLUED_AT: "WeakKeyDictionary[Node, float]" = WeakKeyDictionary()


def glued_before(ref) -> bool:
    """A list or ayat marker earlier in the same node text: the PDF glued the
    next provision into this one, so the node is not where the words are."""
    text, i = ref.node.text, ref.i
    if i < 4096:
        return _MARKER_BEFORE.search(text, 0, i) is not None   # as in text[:i], without the copy
    # far into a long node (a whole part glued into one provision): where
    # the first marker ends, found once per node by bisection (a marker in
    # text[:k] is one in every longer prefix), not a scan per reference
    at = _GLUED_AT.get(ref.node)
    if at is None:
        if _MARKER_BEFORE.search(text) is None:
            at = float("inf")
        else:
            lo, hi = 0, len(text)
            while lo < hi:
                mid = (lo + hi) // 2
                if _MARKER_BEFORE.search(text, 0, mid) is None:
                    lo = mid + 1
                else:
                    hi = mid
            at = lo
        _GLUED_AT[ref.node] = at
    return at <= i
