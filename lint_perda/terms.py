"""Where defined terms stand in a document's texts, for the rules that look
for each term everywhere (LP302 unused-definition, LP404 inconsistent-name).

One regex per term run over every node is terms x nodes: quadratic when
both grow with the document (a long Ketentuan Umum in a long regulation).
Here the texts are joined once, the words that open a term are indexed
once, and each term's pattern is tried only where its first word stands.
The matches are the ones the pattern finds text by text, in the same order.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from typing import Iterator

# the letters other than A-Z, a-z that a case-blind pattern takes for ASCII
# ones; with none of them in the text, str.lower() finds what it would
_CASE_BLIND_ASCII = "\u0130\u0131\u017f\u212a"
_SEPARATORS = "\x00\x01\x02\x03\x04\x05\x06\x07\x08"   # neither word characters, "-" nor spaces


class TermTexts:
    """Texts searched for terms.  ``word`` is what a term's first word must
    be, whole, where a match starts: a pattern that opens with a look-behind
    for no word character before (r"[\\w-]+" for (?<![\\w-]), r"\\w+" for \\b)."""

    def __init__(self, texts: list[str], terms: list[str], word: str):
        self.texts = texts
        self.word = re.compile(word)
        firsts = [t.split()[0] for t in terms if t.split()]
        used = "".join(terms)
        sep = next((c for c in _SEPARATORS if c not in used and not any(c in t for t in texts)), None)
        self.joined: str | None = None
        self.index: dict[str, list[int]] | None = None
        if sep is None:
            return   # a separator in every text: search text by text
        self.joined = sep.join(texts)
        self.starts, pos = [], 0
        for t in texts:
            self.starts.append(pos)
            pos += len(t) + 1
        if any(c in self.joined for c in _CASE_BLIND_ASCII):
            return   # no index: each term is searched in the joined text
        wanted = {w.lower() for w in firsts if self.word.fullmatch(w)}
        index: dict[str, list[int]] = {}
        for m in self.word.finditer(self.joined):
            w = m.group().lower()
            if w in wanted:
                index.setdefault(w, []).append(m.start())
        self.index = index

    def matches(self, rx: re.Pattern, first: str) -> Iterator[tuple[int, int, re.Match]]:
        """(text number, offset of that text in the joined one, match) for
        each match of ``rx`` in each text, as rx.finditer text by text would
        give them; ``first`` is the first word of the term ``rx`` finds."""
        if self.joined is None:
            for k, t in enumerate(self.texts):
                for m in rx.finditer(t):
                    yield k, 0, m
            return
        if self.index is not None and self.word.fullmatch(first):
            places = self.index.get(first.lower(), ())
            ms = (rx.match(self.joined, p) for p in places)
        else:
            ms = rx.finditer(self.joined)
        last = 0
        for m in ms:
            if m is None or m.start() < last:
                continue   # not a match there, or inside the previous one
            last = m.end()
            k = bisect_right(self.starts, m.start()) - 1
            yield k, self.starts[k], m
