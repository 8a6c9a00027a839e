"""Number systems of Indonesian drafting: Roman BAB, ordinal-word Bagian,
letters for huruf items.  Pure functions, used by the parser and the rules."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
_ROMAN_RE = re.compile(r"^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$")


def roman_to_int(s: str) -> int | None:
    s = s.upper()
    if not s or not _ROMAN_RE.match(s):
        return None
    total, prev = 0, 0
    for ch in reversed(s):
        v = _ROMAN[ch]
        total += -v if v < prev else v
        prev = max(prev, v)
    return total


def int_to_roman(n: int) -> str:
    out = []
    for v, r in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                 (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= v:
            out.append(r)
            n -= v
    return "".join(out)


_UNITS = {"satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7,
          "delapan": 8, "sembilan": 9}
_UNIT_WORDS = {v: k for k, v in _UNITS.items()}
_ORD_SPLIT = re.compile(r"(belas|puluh)", re.I)


def ordinal_to_int(s: str) -> int | None:
    """'Kesatu' -> 1, 'Kedua Belas' / 'Keduabelas' -> 12, 'Kedua Puluh Tiga' -> 23,
    'Pertama' -> 1.  None when the words are not an ordinal."""
    w = s.strip().lower()
    if w == "pertama":
        return 1
    if not w.startswith("ke"):
        return None
    w = w[2:]
    if w in ("sepuluh", "sebelas"):
        return 10 if w == "sepuluh" else 11
    parts = [p for p in re.split(r"\s+|(belas|puluh)", _ORD_SPLIT.sub(r" \1 ", w)) if p]
    if not parts:
        return None
    head = parts[0]
    if head == "sepuluh":
        value, rest = 10, parts[1:]
    elif head == "sebelas":
        value, rest = 11, parts[1:]
    elif head in _UNITS:
        value, rest = _UNITS[head], parts[1:]
    else:
        return None
    if not rest:
        return value
    if value >= 10:
        return None
    if rest[0] == "belas" and len(rest) == 1:
        return value + 10
    if rest[0] == "puluh":
        tens = value * 10
        if len(rest) == 1:
            return tens
        if len(rest) == 2 and rest[1] in _UNITS:
            return tens + _UNITS[rest[1]]
        if len(rest) == 2 and rest[1] == "sebelas":
            return None
    return None


def int_to_ordinal(n: int) -> str:
    """1 -> 'Kesatu', 12 -> 'Kedua Belas', 21 -> 'Kedua Puluh Satu' (the spelling of
    Lampiran II's examples: separate words, each capitalised)."""
    if n == 1:
        return "Kesatu"
    if n == 10:
        return "Kesepuluh"
    if n == 11:
        return "Kesebelas"
    if n < 10:
        return "Ke" + _UNIT_WORDS[n]
    if n < 20:
        return "Ke" + _UNIT_WORDS[n - 10] + " Belas"
    tens, unit = divmod(n, 10)
    if tens >= 10:
        return str(n)
    base = "Ke" + _UNIT_WORDS[tens] + " Puluh"
    return base + (" " + _UNIT_WORDS[unit].capitalize() if unit else "")


def letter_to_int(s: str) -> int | None:
    """'a' -> 1, 'z' -> 26, 'aa' -> 27 (the continuation used past z)."""
    s = s.lower()
    if len(s) == 1 and "a" <= s <= "z":
        return ord(s) - 96
    if len(s) == 2 and s[0] == s[1] and "a" <= s[0] <= "z":
        return 26 + ord(s[0]) - 96
    return None


def int_to_letter(n: int) -> str:
    if 1 <= n <= 26:
        return chr(96 + n)
    if 27 <= n <= 52:
        return chr(96 + n - 26) * 2
    return str(n)


_ARABIC = re.compile(r"^(\d+)\s*([A-Za-z]?)$")


@lru_cache(maxsize=32768)   # a text writes the same few hundred numbers after its headings and markers
def parse_arabic(s: str) -> tuple[int | None, str]:
    """'5' -> (5, ''), '5A' -> (5, 'A'), '1a' -> (1, 'a')."""
    m = _ARABIC.match(s.strip())
    if not m:
        return None, ""
    return int(m.group(1)), m.group(2)


_SMALL = {"nol": 0, "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8,
          "sembilan": 9, "sepuluh": 10, "sebelas": 11, "seratus": 100, "seribu": 1000}


def words_to_int(words: str) -> int | None:
    """Indonesian number words to a number, as counts are written in
    regulations: "dua" -> 2, "dua belas" -> 12, "tiga puluh satu" -> 31,
    "seratus dua puluh" -> 120.  None when the words are not a number."""
    toks = words.lower().replace("-", " ").split()
    if not toks:
        return None
    total, cur = 0, None
    i = 0
    while i < len(toks):
        w = toks[i]
        if w in ("belas",):
            if cur is None or cur > 9:
                return None
            cur += 10
        elif w == "puluh":
            if cur is None or cur > 9:
                return None
            cur *= 10
        elif w == "ratus":
            if cur is None or cur > 9:
                return None
            total += cur * 100
            cur = None
        elif w == "ribu":
            total = (total + (cur or 0)) * 1000
            cur = None
        elif w in _SMALL:
            v = _SMALL[w]
            if v >= 100:
                total += (cur or 0) + v
                cur = None
            elif cur is None:
                cur = v
            elif cur % 10 == 0 and cur >= 20 and v < 10:
                cur += v
            else:
                return None
        else:
            return None
        i += 1
    return total + (cur or 0)


_WORD_OF = {1: "satu", 2: "dua", 3: "tiga", 4: "empat", 5: "lima", 6: "enam", 7: "tujuh", 8: "delapan",
            9: "sembilan"}


def int_to_words(n: int) -> str:
    """2 -> "dua", 12 -> "dua belas", 31 -> "tiga puluh satu" (up to 999)."""
    if n == 0:
        return "nol"
    if n < 10:
        return _WORD_OF[n]
    if n == 10:
        return "sepuluh"
    if n == 11:
        return "sebelas"
    if n < 20:
        return _WORD_OF[n - 10] + " belas"
    if n < 100:
        t, u = divmod(n, 10)
        return _WORD_OF[t] + " puluh" + (" " + _WORD_OF[u] if u else "")
    if n < 1000:
        h, rest = divmod(n, 100)
        head = "seratus" if h == 1 else _WORD_OF[h] + " ratus"
        return head + (" " + int_to_words(rest) if rest else "")
    return str(n)


# -- the longest run in order (the numbering rules keep it, report the rest) --
def _lis_earliest(vals: list[int]) -> set[int]:
    return lis_earliest(vals)


def lis_earliest(vals: list, strict: bool = True) -> set[int]:
    """Indexes of the earliest longest increasing run of ``vals`` (strictly
    increasing, or non-decreasing with ``strict=False``)."""
    n = len(vals)
    # best[i]: the length of the longest increasing run starting at i, found
    # right to left by patience sorting: neg[L] is minus the largest first
    # number of a run of length L+1 seen so far (ascending), O(n log n)
    best = [1] * n
    neg: list[int] = []
    # any comparable values (Pasal numbers, (number, letter) keys) by rank
    rank = vals if all(isinstance(v, int) for v in vals) else [_rank(vals)[v] for v in vals]
    place = bisect_left if strict else bisect_right
    for i in range(n - 1, -1, -1):
        x = -rank[i]
        k = place(neg, x)
        best[i] = k + 1
        if k == len(neg):
            neg.append(x)
        else:
            neg[k] = x
    need = max(best) if n else 0
    last = None
    keep: set[int] = set()
    for i in range(n):
        if need and (last is None or (vals[i] > last if strict else vals[i] >= last)) and best[i] == need:
            keep.add(i)
            last = vals[i]
            need -= 1
    return keep


def _rank(vals: list) -> dict:
    return {v: r for r, v in enumerate(sorted(set(vals)))}


def counts_down(vals: list) -> bool:
    """Three numbers in a row, each one less than the one before: a page read
    from its foot up by a conversion ("4. / 3. / 2.")."""
    return any(a is not None and b == a - 1 and c == a - 2 for a, b, c in zip(vals, vals[1:], vals[2:]))
