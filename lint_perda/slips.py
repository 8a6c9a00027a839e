"""Is a rare word a typing slip of a frequent one?  The judgement of pairs
of words the spelling analysis (spelling.py) asks for: one slip apart (a
letter dropped, added, changed, two swapped, two dropped from a long word),
and not an affix, a loan word's spelling or an OCR confusion; and whether a
word the dictionary lacks is a derived form or an OCR misreading of one it
knows."""
from __future__ import annotations

import re
from functools import lru_cache

PREFIXES = ("", "di", "ke", "se", "ber", "be", "ter", "per", "pe", "me", "mem", "men", "meng", "meny", "pem",
            "pen", "peng", "peny", "diper", "memper", "mempe", "keber", "keter", "kese", "pember", "penye")
SUFFIXES = ("", "an", "kan", "i", "nya", "lah", "pun", "s", "annya", "kannya", "nyalah")
# letters Indonesian spelling writes for a loan word's: Public/publik, Survey/survei
_LOAN = {frozenset(p) for p in (("c", "k"), ("y", "i"), ("f", "p"), ("v", "f"), ("q", "k"), ("x", "s"), ("z", "s"))}
# letters OCR mistakes for one another ("lndonesia", "rnasyarakat"): in a
# typed draft they are rare slips, in a scanned print the scanner's
_OCR = {frozenset(p) for p in (("l", "i"), ("l", "t"), ("l", "1"), ("i", "t"), ("c", "e"), ("n", "u"), ("h", "b"),
                               ("f", "t"), ("o", "c"), ("o", "a"), ("e", "o"), ("n", "r"))}
_OCR_MULTI = (("rn", "m"), ("cl", "d"), ("li", "h"), ("ri", "n"), ("ii", "n"), ("rr", "n"), ("vv", "w"), ("in", "m"))


def _shape_ok(w: str) -> bool:
    """Lower case, Capitalised or ALL CAPS: a mixed-case word is a name or an
    OCR artefact ("perLtndang"), not a drafter's slip."""
    letters = w.replace("-", "")
    return letters.islower() or letters.isupper() or (letters[0].isupper() and letters[1:].islower())


def _osa1(a: str, b: str) -> bool:
    """a and b differ by one insertion, deletion, substitution or swap of neighbours."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        if a[i + 1:] == b[i + 1:]:
            return True
        return i + 1 < len(a) and a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2:] == b[i + 2:]
    return a[i + 1:] == b[i:] if len(a) > len(b) else a[i:] == b[i + 1:]


def _dropped(short: str, long: str, n: int) -> bool:
    """``short`` is ``long`` with ``n`` letters left out."""
    if len(long) - len(short) != n:
        return False
    it = iter(long)
    return all(c in it for c in short)


def _affix_only(w: str, f: str) -> bool:
    """w and f differ by a prefix or a suffix only ("diproduksi"/"produksi",
    "pertanggung"/"bertanggung", "fasilitasi"/"fasilitas"): another form of
    the same word, not a slip."""
    for p1 in PREFIXES:
        if w.startswith(p1):
            stem = w[len(p1):]
            for p2 in PREFIXES:
                if p2 != p1 and f.startswith(p2) and f[len(p2):] == stem:
                    return True
    for s1 in SUFFIXES:
        if w.endswith(s1):
            stem = w[:len(w) - len(s1)]
            for s2 in SUFFIXES:
                if s2 != s1 and f.endswith(s2) and f[:len(f) - len(s2)] == stem:
                    return True
    return False


def _loan_spelling(w: str, f: str) -> bool:
    if len(w) != len(f):
        return False
    diff = [(x, y) for x, y in zip(w, f) if x != y]
    return len(diff) == 1 and frozenset(diff[0]) in _LOAN


def _ocr_confusion(w: str, f: str) -> bool:
    if len(w) == len(f):
        diff = [(x, y) for x, y in zip(w, f) if x != y]
        return len(diff) == 1 and frozenset(diff[0]) in _OCR
    for a, b in _OCR_MULTI:
        for x, y in ((a, b), (b, a)):
            i = w.find(x)
            while i != -1:
                if w[:i] + y + w[i + len(x):] == f:
                    return True
                i = w.find(x, i + 1)
    return False


@lru_cache(maxsize=1 << 16)   # the same pairs come back text after text
def _slip(w: str, f: str) -> bool:
    """Is ``w`` (rare) a typing slip of ``f`` (frequent)?"""
    if _affix_only(w, f) or _loan_spelling(w, f) or _ocr_confusion(w, f):
        return False
    if _osa1(w, f):
        # a slip rarely hits the first letter; a different word often does
        # ("Florida"/"Klorida"): only a long word gives evidence enough
        return w[0] == f[0] or len(w) >= 8
    return len(w) >= 7 and _dropped(w, f, 2)


def _derived(w: str, speller) -> bool:
    """A prefix and/or suffix around a stem the dictionary knows
    ("dibakukan", "tertuang"): a word form Hunspell's affix rules miss, not a
    slip."""
    for p in PREFIXES:
        if not w.startswith(p):
            continue
        for sf in SUFFIXES:
            if (p or sf) and w.endswith(sf) and len(w) - len(p) - len(sf) >= 4:
                stem = w[len(p):len(w) - len(sf)]
                if speller.known(stem):
                    return True
    return False


def _ocr_reading(w: str, speller) -> bool:
    """One OCR confusion away from a dictionary word ("berwama" for
    "berwarna"): the scanner's misreading, whatever the document's words."""
    for a, b in _OCR_MULTI:
        for x, y in ((a, b), (b, a)):
            i = w.find(x)
            while i != -1:
                if speller.known(w[:i] + y + w[i + len(x):]):
                    return True
                i = w.find(x, i + 1)
    return False


# the spellings before the 1972 reform, and "Propinsi" (official until the
# 2000s): "Sendjata", "Idzin", "Padjadjaran", "Propinsi"
_OLD_SPELLING = (("dj", "j"), ("tj", "c"), ("nj", "ny"), ("sj", "sy"), ("ch", "kh"), ("oe", "u"), ("dz", "z"),
                 ("propinsi", "provinsi"))
_OLD_RX = re.compile("|".join(old for old, _ in _OLD_SPELLING))
_NEW_OF = dict(_OLD_SPELLING)
# a regulation cited by its number, year and title, up to the gazette or the next clause
_TITLE_OPEN = re.compile(r"\bTahun\s+\d{4}\s+tentang\s+", re.IGNORECASE)
_TITLE_STOP = re.compile(r"[(;]|\bsebagaimana\b")


def _modern(w: str) -> str:
    return _OLD_RX.sub(lambda m: _NEW_OF[m.group(0)], w.lower())   # in one pass: "sendjata", not "senyata"


def old_spelling(w: str, model: str) -> bool:
    """The word and the model are one word in an older and a newer official
    spelling (either way round: "Pajajaran" beside "Padjadjaran")."""
    a, b = _modern(w), _modern(model)
    # (one of them written with an old spelling at all: "j" for "y" alone is a slip)
    return (a == b or a.replace("j", "y") == b or b.replace("j", "y") == a) and (a != w.lower() or b != model.lower())


def in_cited_title(text: str, a: int) -> bool:
    """Offset a stands in the title of a regulation the text cites ("Nomor
    12 Tahun 1956 tentang Pembentukan ... Propinsi Sumatera Utara (Lembaran
    ..."): a title is cited as it was enacted."""
    m = None
    for m in _TITLE_OPEN.finditer(text, max(0, a - 300), a):
        pass   # (the last title opened before a)
    if m is None:
        return False
    stop = _TITLE_STOP.search(text, m.end(), a)
    return stop is None
