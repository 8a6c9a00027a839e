"""A logical line of a regulation and the origin of each of its characters
in the original file (see normalize.py, which makes them)."""
from __future__ import annotations

import bisect


class MLine:
    """A logical line: ``text`` and ``segs``, ascending (position in text,
    offset in the original file) pairs; characters between two segment starts
    are contiguous in the original."""

    __slots__ = ("text", "segs", "blank_before")

    def __init__(self, text: str, segs: list[tuple[int, int]], blank_before: bool = False):
        self.text = text
        self.segs = segs
        self.blank_before = blank_before

    def orig(self, i: int) -> int:
        segs = self.segs
        if len(segs) == 1 or i < segs[1][0]:
            p, o = segs[0]
            return o + (i - p)
        k = bisect.bisect_right(segs, (i, float("inf"))) - 1
        p, o = segs[max(k, 0)]
        return o + (i - p)

    def orig_end(self, i: int) -> int:
        """Original offset just after character i-1 (exclusive end)."""
        if i <= 0:
            return self.orig(0)
        return self.orig(i - 1) + 1

    def keep(self, spans: list[tuple[int, int]]) -> "MLine":
        """A new line made of the given (start, end) spans of this one."""
        parts, segs, pos = [], [], 0
        for a, b in spans:
            if b <= a:
                continue
            parts.append(self.text[a:b])
            # copy the segment structure inside [a, b)
            segs.append((pos, self.orig(a)))
            k = bisect.bisect_right(self.segs, (a, float("inf")))
            while k < len(self.segs) and self.segs[k][0] < b:
                p, o = self.segs[k]
                segs.append((pos + p - a, o))
                k += 1
            pos += b - a
        if not segs:
            segs = [(0, self.orig(0) if self.text else self.segs[0][1])]
        return MLine("".join(parts), segs, self.blank_before)

    def remove(self, spans: list[tuple[int, int]]) -> "MLine":
        keep, last = [], 0
        for a, b in spans:
            if a > last:
                keep.append((last, a))
            last = max(last, b)
        keep.append((last, len(self.text)))
        return self.keep(keep)

    def strip(self) -> "MLine":
        t = self.text
        a = len(t) - len(t.lstrip())
        b = len(t.rstrip())
        if a == 0 and b == len(t):
            return self
        return self.keep([(a, b)]) if b > a else MLine("", [(0, self.orig(0) if t else self.segs[0][1])], self.blank_before)

    def join(self, other: "MLine", sep: str) -> "MLine":
        n = len(self.text) + len(sep)
        segs = list(self.segs)
        if sep:
            segs.append((len(self.text), self.orig_end(len(self.text))))
        segs.extend((n + p, o) for p, o in other.segs)
        return MLine(self.text + sep + other.text, segs, self.blank_before)

    def substitute(self, i: int, s: str) -> "MLine":
        """The same line with ``text[i:i+len(s)]`` read as ``s`` (an OCR
        repair of a marker or number): same length, so every character
        keeps its origin."""
        return MLine(self.text[:i] + s + self.text[i + len(s):], self.segs, self.blank_before)

    def __repr__(self):
        return f"MLine({self.text!r})"
