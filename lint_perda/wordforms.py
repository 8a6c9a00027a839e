"""Every word form a Hunspell dictionary accepts, as one set (an "unmunch"):
each stem with the prefixes, suffixes, two-level suffixes and circumfixes its
flags allow.

Why: spylls (pure-Python Hunspell) takes 1-4 ms to reject a word, and the
words the spelling rules ask about are mostly misspellings, so over a
collection of texts the lookups were most of the time of a check (65% on a
sample of the national corpus).  A set answers in microseconds.  On 10,913
distinct words of the national corpus it agrees with spylls on every word
but the single letters "a" and "e" (words of their own in id_ID), which the
reader handles, and on the 604 words of seven capitals or more among them
(headings) it agrees once a hyphenated word is read part by part, as
Hunspell does.  Short words in capitals, which spylls accepts by case rules
of its own ("PERJAN"), are abbreviations the spelling rules skip anyway.

The set of id_ID (304,000 forms) takes about 0.4 s to build, so it is kept
in the user cache folder, keyed by the dictionary's bytes, and read back as
its bytes (a few milliseconds): looked up by bisection until a batch has
asked enough words to make the set worth building (SortedForms).
"""
from __future__ import annotations

import hashlib
import os

FORMAT = "wordforms-1"


def expand(aff, dic) -> set[str]:
    """All forms of a spylls dictionary (its ``aff`` and ``dic`` parts)."""
    circ, need = aff.CIRCUMFIX, aff.NEEDAFFIX
    out: set[str] = set()

    def sfx(s, form):
        if not s.cond_regexp.search(form):
            return None
        if s.strip:
            if not form.endswith(s.strip):
                return None
            form = form[:-len(s.strip)]
        return form + s.add

    def pfx(p, form):
        if not p.cond_regexp.search(form):
            return None
        if p.strip:
            if not form.startswith(p.strip):
                return None
            form = form[len(p.strip):]
        return p.add + form

    for w in dic.words:
        stem, flags = w.stem, w.flags
        if need not in flags:
            out.add(stem)
        suffixed = []   # (form, continuation flags, circumfix part, cross product)
        for f in flags:
            for s in aff.SFX.get(f, ()):
                form = sfx(s, stem)
                if form is None:
                    continue
                sc = circ in s.flags
                if not sc and need not in s.flags:
                    out.add(form)
                suffixed.append((form, s.flags, sc, s.crossproduct))
                for f2 in s.flags:            # a second suffix the first one allows
                    for s2 in aff.SFX.get(f2, ()):
                        form2 = sfx(s2, form)
                        if form2 is None:
                            continue
                        c2 = sc or circ in s2.flags
                        if not c2:
                            out.add(form2)
                        suffixed.append((form2, s.flags | s2.flags, c2, s.crossproduct and s2.crossproduct))
        for f in flags:
            for p in aff.PFX.get(f, ()):
                form = pfx(p, stem)
                if form is None:
                    continue
                pc = circ in p.flags
                if not pc and need not in p.flags:
                    out.add(form)
                if p.crossproduct:
                    for sform, _, sc, scp in suffixed:
                        if scp and pc == sc:
                            both = pfx(p, sform)
                            if both:
                                out.add(both)
        for sform, sflags, sc, _ in suffixed:   # a prefix the suffix allows (ber-...-an)
            for f2 in sflags:
                for p in aff.PFX.get(f2, ()):
                    both = pfx(p, sform)
                    if both is not None and (circ in p.flags) == sc or both is not None and not sc:
                        out.add(both)
    return out


def _key(path: str) -> str:
    h = hashlib.sha1(FORMAT.encode())
    for p in (path, path[:-4] + ".aff"):
        with open(p, "rb") as f:
            h.update(f.read())
    return h.hexdigest()[:20]


def _cache_file(key: str) -> str | None:
    from .datacache import cache_folder
    folder = cache_folder("wordforms")
    return os.path.join(folder, key + ".txt") if folder else None


def _build(path: str) -> set[str]:
    from spylls.hunspell import Dictionary
    d = Dictionary.from_files(path[:-4])
    return expand(d.aff, d.dic)


def load_forms(path: str) -> set[str]:
    """The forms of the dictionary at ``path`` (its .aff beside it), from the
    cache folder when they were built before (then spylls is not even
    loaded)."""
    try:
        key = _key(path)
    except OSError:
        return _build(path)
    cached = _cache_file(key)
    if cached:
        try:
            with open(cached, "rb") as f:
                return SortedForms(f.read())
        except OSError:
            pass   # not there yet, or damaged: build again
    forms = _build(path)
    if cached:
        try:
            os.makedirs(os.path.dirname(cached), exist_ok=True)
            from .files import write_atomic
            write_atomic(cached, "\n".join(sorted(forms)), durable=False)
        except OSError:
            pass   # a read-only home: built again next time
    return forms


class SortedForms:
    """The cached forms as read: sorted, one per line.  A one-file check asks
    the dictionary a few hundred words, so they are found by bisection in
    the bytes, without building a set of 300,000 strings (about 0.05 s and
    35 MB); a batch, which asks many more, gets the set after SWITCH
    lookups.  ``in`` answers as the set of the lines would."""
    SWITCH = 3000

    def __init__(self, data: bytes):
        self._data = b"\n" + data + b"\n"
        self._set: set[str] | None = None
        self._asked = 0

    def __contains__(self, word: str) -> bool:
        if self._set is not None:
            return word in self._set
        self._asked += 1
        if self._asked > self.SWITCH:
            self._set = set(self._data[1:-1].decode("utf-8", "replace").split("\n"))
            return word in self._set
        key = word.encode("utf-8", "surrogatepass")
        data = self._data
        lo, hi = 0, len(data) - 1   # both at a newline: the lines between are the candidates
        while lo < hi:
            s = data.rfind(b"\n", lo, (lo + hi) // 2 + 1)   # the line around the middle
            e = data.find(b"\n", s + 1)
            line = data[s + 1:e]
            if line == key:
                return True
            if line < key:
                lo = e
            else:
                hi = s
        return False

