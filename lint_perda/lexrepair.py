"""The lexer's repairs: a heading or list marker that OCR or a conversion
misread ("(21" for "(2)", "1." for huruf l, "c." for e after d., "Pasal 3 1"
for Penjelasan Pasal 31), read as the one its sequence expects.  Only
numbers and markers are re-read, never words; each repair is recorded with
its place in the original (``Lexer.repairs``) and the line is flagged "ocr".
"""
from __future__ import annotations

import re

from .linepatterns import _CONFUSED, _MARKER_KIND, RE_ITEM, RE_ITEM_TIGHT, TWO_FOR_ONE
from .normalize import MLine
from .numbering import letter_to_int


# huruf j glued on behind the item before ("...; dan J. penerima", "; dan J ^. Penerima")
_J_GLUED = re.compile(r";\s*(?:(?:dan|atau|dan/atau)\s+)?[jJ]\s?\^?[.)]\s")
# an item that closes its list ("...; dan")
_CLOSES_LIST = re.compile(r";\s*(?:dan|atau|dan/atau)\s*$")


class Repairs:
    """Mixed into Lexer (lint_perda/lexer.py), whose state it reads."""

    def _repair(self, line: MLine, cut, kind: str) -> MLine:
        """Apply a cut's repairs (positions relative to the line's start)."""
        written = line.text[:max(cut.num_end, 1)]
        a0, a1 = line.orig(0), line.orig_end(max(cut.num_end, 1))
        for p, ch in cut.subs:
            line = line.substitute(p, ch)
        if cut.drop:
            shift_subs = line
            line = shift_subs.remove(cut.drop)
        self.repairs.append((kind, a0, a1, written, line.text[:max(cut.num_end - len(cut.drop), 1)]))
        return line

    def _misread_l(self, m) -> bool:
        """"1." where huruf l (or i) is expected: OCR reads the letter l, and
        i, as a one."""
        g = m.groups()
        if not (g[1] == "1" or g[3] == "1") or not self.levels:
            return False
        want = "huruf" if g[1] else "huruf_kurung"
        lv = self.levels[-1]
        last = next((t for t in reversed(self.out) if t.type in ("ITEM", "AYAT", "PASAL", "TEXT")), None)
        # k. (h.) was the last item and ended as an item before another does,
        # not with the colon that opens a sub-list "1. ...", and m. (j.)
        # comes next, on the next line or glued on ("...; dan J. penerima")
        if lv[0] != want or lv[1] not in (9, 12) or last is None or last.type != "ITEM" \
                or re.search(r"(?:;|\b(?:dan|atau|dan/atau))\s*$", last.line.text) is None:
            return False
        if lv[1] == 12:
            return self.after.startswith(("m. ", "m) "))
        return self.scan and (self.after.startswith(("j. ", "j) ")) or _J_GLUED.search(m.string) is not None)

    def _item_repair(self, line: MLine, m):
        """A list item whose marker OCR or the conversion misread, read as the
        item expected: "1." for huruf l, "27.Cuti" (no space) for angka 27."""
        t = line.text
        if m is not None:   # "1." read as "l." (or "i.")
            from .numbering import int_to_letter
            old = line
            line = line.substitute(0, int_to_letter(self.levels[-1][1]))
            self.repairs.append(("item", line.orig(0), line.orig_end(2), t[:2], line.text[:2]))
            self._flag(line, self._flags(old) + ("ocr",))
            self._replace_out(old, line)
            return line, RE_ITEM.match(line.text)
        m2 = RE_ITEM_TIGHT.match(t)
        if m2 is None:
            return line, None
        g = m2.groups()
        k = next(i for i, x in enumerate(g) if x is not None)
        kind = _MARKER_KIND[k]
        v = letter_to_int(g[k]) if k in (0, 2) else int(g[k])
        if not any(lv[0] == kind and lv[1] == v for lv in self.levels):
            return line, None
        self._flag(line, self._flags(line) + ("ocr",))
        return line, m2

    def _letter_repair(self, line: MLine, m):
        """"c." where huruf e is expected after d., "1"/"I" for i or l, "J" for
        j: the letters OCR confuses, read as the one the list expects."""
        lv = self.levels[-1]
        got = m.group(1)
        if lv[0] != "huruf" or letter_to_int(got) == lv[1]:
            return line, m
        from .numbering import int_to_letter
        want = int_to_letter(lv[1])
        # only where the item after confirms it ("d. / c. / f.": the c is an e),
        # or the item before closed the list ("b. ...; dan / e. ...": the e is
        # its last item, c), so that a real swap "d. / c." is not read away
        two = TWO_FOR_ONE.get(got) == want   # "ci." for "d.": one letter read as two
        v = letter_to_int(got)   # (None for two letters: "ci")
        nxt = (int_to_letter(lv[1] + 1) + ". ",) + ((int_to_letter(v + 1) + ". ",) if v is not None else ())
        prev = [x for x in self.lines_out[-2:] if x is not line]   # (the line read is already out)
        confirmed = self.after.startswith(nxt[0]) or (
            bool(prev) and _CLOSES_LIST.search(prev[-1].text) is not None and not self.after.startswith(nxt))
        if not (two or want in _CONFUSED.get(got, "")) or not confirmed:
            return line, m
        old = line
        line = line.substitute(0, want)
        if two:
            line = line.remove([(1, 2)])
        self.repairs.append(("item", line.orig(0), line.orig_end(2), got + ".", want + "."))
        self._flag(line, self._flags(old) + ("ocr",))
        self._replace_out(old, line)
        return line, RE_ITEM.match(line.text)

    def _pj_heading(self, line: MLine) -> MLine:
        """"Pasal 3 1 Cukup jelas." where Penjelasan Pasal 31 is expected (or
        the heading again at a page turn: "Pasal 31 / Pasal 3 1")."""
        again = (self.pj_next - 1,) if self.out and self.out[-1].type == "PJ_PASAL" else ()
        return self._read_heading(line, (self.pj_next,) + again, "pj_pasal")

    def _replace_out(self, old: MLine, new: MLine) -> None:
        if self.lines_out and self.lines_out[-1] is old:
            self.lines_out[-1] = new

    def _one_for_bracket(self, t: str) -> bool:
        """In a scan, "12) Kompetensi ..." where ayat (2) is expected: the
        bracket read as "1" (PP 83/2019, 34/2018).  Not where a list of
        "1)" items is open (its twelfth item), and only before a capital,
        as an ayat opens (an item opens in small letters)."""
        return self.scan and t[:1] == "1" and self.next.ayat >= 2 \
            and not any(lv[0] == "angka_kurung" for lv in self.levels) \
            and re.match(rf"1{self.next.ayat}\)\s+\^?[A-Z][a-z]", t) is not None

    def _repair_marker(self, line: MLine, mv) -> MLine:
        """"(21 Tim seleksi" where ayat (2) is expected: read as "(2)"."""
        old, before = line, line.text[:mv[1]]
        for p, ch in mv[2]:
            line = line.substitute(p, ch)
        self.repairs.append(("ayat", line.orig(0), line.orig_end(mv[1]), before, line.text[:mv[1]]))
        self._flag(line, self._flags(old) + ("ocr",))
        self._replace_out(old, line)
        return line
