"""The fixes of the list rules (LP121 punctuation, LP122 conjunction, LP124
the colon of the opening sentence).

One function decides how an item ends, from its place in the list, whichever
rule reported it: ";" on an item that is not the last two, "; dan" (or the
list's "atau", "dan/atau") on the second-to-last, "." on the last, ";" on the
last of a sub-list whose parent list goes on, ":" on an item that has
sub-items.  So LP121's fix and LP122's fix on one item are the same edit, and
neither undoes the other.

Which conjunction is a legal choice (cumulative or alternative).  It is taken
from the list itself (a conjunction already written on one of its items) or
from an opening sentence that can only be cumulative ("terdiri atas",
"meliputi", "mempunyai tugas", "menyelenggarakan fungsi"); otherwise the fix
adding "dan" is shown, never applied (display).
"""
from __future__ import annotations

import re

from .fixes import DISPLAY, SAFE, guarded, make_fix, node_edit

_TAIL = re.compile(r"(?:[\s.;:,]*\b(?P<conj>dan/atau|dan|atau|serta)\b)?[\s.;:,]*$")
_CUMULATIVE = re.compile(r"\b(?:terdiri\s+(?:atas|dari)|meliputi|mempunyai\s+(?:tugas|fungsi)|"
                         r"menyelenggarakan\s+fungsi|bertugas|berfungsi)\s*:?\s*$", re.IGNORECASE)


def _tail(node):
    text = node.text
    m = _TAIL.search(text)
    return m.start(), len(text), m


def list_conjunction(items) -> tuple[str | None, bool]:
    """(conjunction, certain): the one the list writes, or "dan" after a
    cumulative opening sentence; (None, False) when two are written."""
    found = {m.group("conj").lower() for it in items if (m := _TAIL.search(it.text)) and m.group("conj")}
    if len(found) == 1:
        return found.pop(), True
    if found:
        return None, False
    par = items[0].parent
    if par is not None and _CUMULATIVE.search(" ".join(par.text.split())):
        return "dan", True
    return "dan", False


def wanted_end(items, k: int, nested: bool, par_last: bool, conj: str | None) -> str | None:
    """How item k of ``items`` ends; None where the drafting technique
    leaves it to the drafter."""
    it, n = items[k], len(items)
    if any(c.is_item for c in it.children):
        return ":"
    if k < n - 2:
        return ";"
    if k == n - 2:
        return f"; {conj}" if conj else ";"
    if nested and not par_last:
        m = _TAIL.search(it.text)
        return f"; {m.group('conj')}" if m and m.group("conj") else ";"
    return "."


@guarded
def item_fix(items, k: int, nested: bool, par_last: bool):
    """The edit that gives item k its ending; None when it has it already."""
    it = items[k]
    conj, certain = list_conjunction(items)
    want = wanted_end(items, k, nested, par_last, conj)
    if want is None:
        return None
    i, j, m = _tail(it)
    if re.sub(r"\s+", "", it.text[i:j]) == want.replace(" ", "") or i == 0:
        return None
    if ":" in it.text[i:j] and want != ":":
        return None   # a colon says sub-items follow: the parse, not the draft, lost them
    applicability = SAFE if (certain or k != len(items) - 2) else DISPLAY
    return make_fix([node_edit(it, i, j, want)], applicability)


@guarded
def intro_fix(par):
    """The opening sentence of a list ends with ":"."""
    text = par.text
    m = re.search(r"[\s.;:,]*$", text)
    if m.start() == 0:
        return None
    return make_fix([node_edit(par, m.start(), len(text), ":")])


def combined(fixes, applicability: str):
    """One fix for a pattern reported once for the whole text."""
    fixes = [f for f in fixes if f is not None]
    # the fixes of neighbouring items may make the same edit (an item's
    # ending is also its neighbour's concern): once each; two different
    # edits of one place give no fix
    by_place: dict = {}
    for e in (e for f in fixes for e in f.edits):
        other = by_place.setdefault((e.start, e.end), e)
        if other.replacement != e.replacement:
            return None
    edits = list(by_place.values())
    if not edits:
        return None
    if any(f.applicability == DISPLAY for f in fixes):
        applicability = DISPLAY
    return make_fix(edits, applicability)
