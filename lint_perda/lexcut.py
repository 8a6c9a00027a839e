"""The lexer's cuts: where a heading or marker glued into a line (glued.py),
or the body glued onto the front (frontglue.py), splits it, judged against
the numbers the sequences expect at that line.
"""
from __future__ import annotations

from .frontglue import article_cut, front_cut
from .glued import Expect, LaterExpect, find_cut, marker_value, may_glue
from .linepatterns import _MARKER_KIND, RE_AYAT, RE_BAB, RE_ITEM, RE_MENETAPKAN, RE_PASAL, RE_PASAL_START
from .normalize import MLine
from .numbering import letter_to_int, parse_arabic, roman_to_int


class Cuts:
    """Mixed into Lexer (lint_perda/lexer.py), whose state it reads."""

    def _cut(self, line: MLine):
        t = line.text
        if self.amend or len(t) < 8:
            return None
        if self.mode not in ("body", "penjelasan") and not (self.mode in ("front", "diktum") and RE_BAB.match(t)):
            if self.mode == "front" and (self.decided or RE_MENETAPKAN.match(t)) and "ASAL I " in t.upper():
                cut = article_cut(t)
                if cut is not None:
                    return cut
            if self.mode in ("front", "diktum") and "Pasal" in t:
                # "Menetapkan : PERATURAN ... . Pasal 1 Dalam ...": the body glued on
                return front_cut(t, self.next, self.decided or RE_MENETAPKAN.match(t) is not None, RE_PASAL.match(t),
                                 lambda: self.lines[self.k + 1:])
            return None
        lead = t[:4] in ("Pasa", "PASA") and not RE_PASAL.match(t)
        if not lead and not may_glue(t):
            return None
        if self.mode == "penjelasan":
            if "asa" not in t and "ASA" not in t:
                return None
            cut = find_cut(t, Expect(pasal=self.pj_next, ayat=10 ** 6, bab=0, bagian=0, paragraf=0), start=1)
            return cut if cut is not None and cut.kind == "pasal" else None
        if lead and not self._flags(line):
            # a heading with its first words on the same line: "Pasal 4 Bentuk
            # ...", whose number continues the sequence as it stands before
            # this line; it comes before anything glued further on
            c0 = find_cut(t, self._expect_now(), start=0)
            if c0 is not None and c0.a == 0 and c0.kind == "pasal" and c0.num_end < len(t):
                return c0
        return find_cut(t, LaterExpect(self._expect_for, t), start=1)

    def _expect_now(self) -> Expect:
        """A copy of the sequences as they stand before this line."""
        nx = self.next
        return Expect(pasal=nx.pasal, ayat=nx.ayat, bab=nx.bab, bagian=nx.bagian, paragraf=nx.paragraf,
                      items=[list(lv) for lv in self.levels])

    def _expect_for(self, t: str) -> Expect:
        """The sequences as they stand after the marker this line starts with."""
        nx = self.next
        ex = self._expect_now()
        m = RE_PASAL_START.match(t)
        if m:
            v, _ = parse_arabic(m.group(1))
            if v is not None:
                ex.pasal, ex.ayat, ex.items = v + 1, 1, []
            return ex
        m = RE_AYAT.match(t)
        mv = None if m else marker_value(t, nx.ayat)
        if m or mv:
            v = parse_arabic(m.group(1))[0] if m else mv[0]
            if v is not None:
                ex.ayat, ex.items = v + 1, []
            return ex
        m = RE_ITEM.match(t)
        if m:
            g = m.groups()
            k = next(i for i, x in enumerate(g) if x is not None)
            kind = _MARKER_KIND[k]
            v = letter_to_int(g[k]) if k in (0, 2) else int(g[k])
            kinds = [lv[0] for lv in ex.items]
            if kind in kinds:
                ex.items = ex.items[:kinds.index(kind)]
            ex.items.append([kind, (v or 0) + 1])
            return ex
        m = RE_BAB.match(t)
        if m:
            v = roman_to_int(m.group(1))
            if v:
                ex.bab, ex.bagian, ex.paragraf = v + 1, 1, 1
        return ex
