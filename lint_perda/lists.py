"""Lists (rincian) as the list rules see them: the items of one level under
one parent, in the body's own provisions and the new wording an amendment
quotes (not a Lampiran, whose tables and forms follow other conventions)."""
from __future__ import annotations

import re
from functools import lru_cache

from .ast import ITEM_KINDS, Node

_PUNCT = " ;:,."   # what _TAIL's [\s;:,.] can meet once whitespace is folded to single spaces
_TAIL = re.compile(r"[\s;:,.]*(?:\b(?:dan/atau|dan|atau|serta)\b)?[\s;:,.]*$", re.IGNORECASE)


def body_lists(doc, front: bool = False) -> list[list[Node]]:
    """Sibling items of one marker kind under one parent, in document order."""
    roots = [doc.body] if doc.body is not None else []
    if front and doc.front is not None:
        roots.append(doc.front)
    out = []
    for root in roots:
        for p in [root, *root.walk()]:
            if not doc.judged(p):
                continue
            for k in ITEM_KINDS:
                g = [c for c in p.children if c.kind == k and doc.judged(c)]
                if g:
                    out.append(g)
    return out


@lru_cache(maxsize=32768)   # the same items are folded by the list rules and LP115
def core(text: str) -> str:
    """An item's words without its closing punctuation and conjunction, case
    and spacing folded: "Seksi Pelayanan Umum; dan" -> "seksi pelayanan umum"."""
    t = " ".join(text.split())
    # _TAIL can only start in the last run of punctuation, the conjunction
    # (8 characters at most) and the run before it: search from there, not
    # from every character of the item
    end = len(t.rstrip(_PUNCT))
    m = _TAIL.search(t, len(t[:max(0, end - 8)].rstrip(_PUNCT)))
    return t[:m.start()].lower()
