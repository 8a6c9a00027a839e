"""Headings and markers that the PDF conversion glued into running text
("... ditetapkan. Pasal 12 (1) Pejabat ..."), and markers OCR misread
("(21" for "(2)", "Pasal 1 I" for "Pasal 11"): where the lexer may split a
line, and how it reads a number.

A split is made only where three things agree: the heading or marker stands
after the end of a sentence (or after a heading's title), no reference word
stands before it ("dalam", "pada", "dan", ","), and its number continues
the sequence the lexer is in (Pasal 12 after Pasal 11, ayat (3) after ayat
(2), huruf c after huruf b).  A reference ("sebagaimana dimaksud dalam
Pasal 12") never satisfies all three.  Words are never changed: a repair
reads the characters of a number or a marker, nothing else.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .numbering import letter_to_int, ordinal_to_int, roman_to_int
from .ocr import DIGIT_READS, number_readings


@dataclass
class Expect:
    """The numbers that would continue each sequence at this point."""
    pasal: int = 1
    ayat: int = 1
    bab: int = 1
    bagian: int = 1
    paragraf: int = 1
    items: list[list] = field(default_factory=list)   # open list levels: [marker kind, next value]


class LaterExpect:
    """The Expect of ``make(t)``, made when find_cut first reads it: most
    lines it looks at hold no heading or marker whose number it needs."""

    def __init__(self, make, t: str):
        self._make, self._t = make, t

    def __getattr__(self, name):
        ex = self._make(self._t)
        self.__dict__.update(ex.__dict__)
        return getattr(ex, name)


@dataclass
class Cut:
    """A split of one line: the heading or marker glued at ``a`` (its number
    ends at ``num_end``); ``subs`` are same-length repairs (position, text)
    and ``drop`` the spans to remove (a space inside "1 1") of the piece
    starting at ``a``, in its own coordinates."""
    a: int
    kind: str
    value: int
    num_end: int = -1
    subs: list[tuple[int, str]] = field(default_factory=list)
    drop: list[tuple[int, int]] = field(default_factory=list)
    written: str = ""


# words after which "Pasal 12" is a reference, not a heading
_REF_BEFORE = re.compile(
    r"(?:\b(?:dalam|pada|dan|atau|serta|ketentuan|dimaksud|dengan|terhadap|menurut|berdasarkan|oleh|di|ke|dari|"
    r"tentang|dan/atau|sampai|melaksanakan|mengenai|sesuai|selain|kecuali|atas|yaitu|ialah|bahwa|Penjelasan|"
    r"[Aa]yat|[Hh]uruf|[Aa]ngka|Nomor|Tahun|Lampiran|[Ll]ihat)|[,/-]|\d|[Aa]yat\s*\(\s*\d+\w?\s*\))\s*$")
# the end of a sentence (a stray letter the scanner read after it: '...Indonesia")l Pasal 2')
_SENTENCE_END = re.compile(r"(?:[.;:!?'\"’”)][lI1|]?|\.\s?\.|\bjelas)\s*$")
_TITLE_WORD = re.compile(r"(?:^|\s)[A-Z][\w,()/-]*\s*$")
# "Pasal" as OCR reads it: "Pasai", "Pasa1", "PasaJ", "Pasa]", "PasaI", "PasaT", "Pasa!", "Pasa l", "Pasa-l", and in lower case
_PASAL_WORD = r"(?:Pasal|PASAL|pasal|Pasa[i1J\]ITL!|]|Pasa[\s-]?l)"
# the first ayat "(1)" as OCR reads it: "(l)", "(i)", "(t)", "(1l", and "(U" (its "1)" read as one letter);
# or typed without its space, "(1)Negara"
_AYAT_ONE = r"\(\s?[1lIit]\s?[)1l]\s|\(U\s|\(1\)(?=[A-Z])"
_AFTER_HEADING = re.compile(r"\s*(?:$|" + _AYAT_ONE + r"|[A-Z\^\"'“‘][^\s]*)")
_FIRST_AYAT = re.compile(r"\s+(?:" + _AYAT_ONE + ")")
# a heading's first word in lower case (OCR lost the capital): a noun, not
# a verb or a conjunction continuing a sentence about "Pasal 12"
_LOWER_START = re.compile(r"\s+(?!(?:di|ber|ter|me|pe[mnr]?[a-z]*kan\b|dan|atau|serta|sampai|yang|ini|tersebut|huruf|ayat|angka)"
                          r")[a-z]{3,}\b")
_GLUED_BAGIAN = re.compile(
    r"\sBagian\s+(?P<n>[Kk]e\w+(?:\s+(?:Belas|Puluh)(?:\s+(?:Satu|Dua|Tiga|Empat|Lima|Enam|Tujuh|Delapan|Sembilan))?)?|Pertama)"
    r"(?=\s+[A-Z])")
_GLUED_PARAGRAF = re.compile(r"\sParagraf\s+(?P<n>\d{1,3})(?=\s+[A-Z])")
_GLUED_AYAT = re.compile(r"(?<=[.;:])[\s`'\"*_·]*\s(?=[({\[lI|]\d)")
_GLUED_ITEM = re.compile(r"(?<=[.;:])\s+(?:(?:dan|atau|dan/atau)\s+)?(?P<m>(?P<l>[a-z])\.|(?P<d>\d{1,2})\.|(?P<lk>[a-z])\)|(?P<dk>\d{1,2})\))\s+(?=[\w\"'(^])")
# the same two, led by the punctuation mark instead of a look-behind on it
# (the engine then skips to the next mark instead of trying every
# position); group 1 is their match.  Searched from one character earlier.
_GLUED_AYAT_AT = re.compile("[.;:](" + _GLUED_AYAT.pattern[len("(?<=[.;:])"):] + ")")
_GLUED_ITEM_AT = re.compile("[.;:](" + _GLUED_ITEM.pattern[len("(?<=[.;:])"):] + ")")
_KIND_OF = {"l": "huruf", "d": "angka", "lk": "huruf_kurung", "dk": "angka_kurung"}


def marker_value(text: str, expected: int, one: bool = False) -> tuple[int, int, list[tuple[int, str]]] | None:
    """An ayat marker at the start of ``text`` read as number ``expected``:
    (value, end, repairs).  "(2)" is read as written; "(21", "(2l", "{2}",
    "l2l" as "(2)" only when 2 is expected, and "(21" as "(21)" when 21 is;
    with ``one``, "12)" as "(2)" too (the caller has weighed it)."""
    if not text or text[0] not in ("({[lI|1" if one else "({[lI|"):
        return None
    end = 0
    while end < len(text) and not text[end].isspace():
        end += 1
    tok = text[:end]
    o, body = tok[0], tok[1:]
    if not 1 <= len(body) <= 4 or (o in "lI|" and not body[:1].isdigit()):
        return None
    options = []
    if body[-1] in ")}]":
        options.append((body[:-1], body[-1]))
    else:
        if len(body) >= 2 and body[-1] in "1lIt|":
            options.append((body[:-1], body[-1]))    # the ")" misread
        if o == "(" and len(body) == 2 and expected >= 10:
            options.append((body, ""))               # the ")" lost
    for digits, close in options:
        if not digits or len(digits) > 2:
            continue
        fixed = "".join(_DIGITS.get(ch, ch) for ch in digits)
        if not fixed.isdigit() or int(fixed) != expected:
            continue
        subs = []
        if o != "(":
            subs.append((0, "("))
        if fixed != digits:
            subs.append((1, fixed))
        if close and close != ")":
            subs.append((1 + len(digits), ")"))
        return expected, end, subs
    return None


_DIGITS = {"O": "0", "o": "0", "I": "1", "l": "1", "S": "5"}


def heading_number(n1: str, n2: str | None, expected: int, n3: str | None = None) -> tuple[str, int] | None:
    """The written number after "Pasal" read as ``expected``: ("1 1", 11),
    ("T4", 74), ("2S", 25), ("TT", 77), ("1 1 1", 111); None when it
    cannot be."""
    n1 = n1.rstrip(".")
    if expected in _readings(n1) or _misread_twice(n1) == expected:
        return n1, expected
    if n2 is not None and len(n1) <= 3:
        both = f"{n1} {n2.rstrip('.')}"
        if expected in _readings(both):
            return both, expected
        if n3 is not None and len(n1) == len(n2) == 1 and f"{n1}{n2}{n3.rstrip('.')}" == str(expected):
            return f"{n1} {n2} {n3.rstrip('.')}", expected   # "Pasal 1 1 1": each digit apart
    return None


# the digits OCR misreads, and "t" for 1 ("Pasal t", "(t)"), in a heading's number only
_HEAD_DIGIT = dict(DIGIT_READS, t="1")


def _misread_twice(s: str) -> int | None:
    """A heading number of two or three characters with two misread
    ("TT" 77, "SO" 50, "lS" 15), or "t" for 1, which number_readings (one
    misread at most, shared with markers) does not give: only a heading
    whose number must continue the sequence is read so.  Roman numerals
    ("II", the second Pasal of an amendment) are not."""
    if not s or len(s) > 3 or (len(s) > 1 and s.isdigit()) or set(s.upper()) <= set("IVXL"):
        return None
    if s != "t" and len(s) < 2:
        return None
    if not all(c.isdigit() or c in _HEAD_DIGIT for c in s):
        return None
    return int("".join(_HEAD_DIGIT.get(c, c) for c in s))


_READINGS: dict[str, set[int]] = {}


def _readings(s: str) -> set[int]:
    """number_readings, remembered: the lexer asks about the same few
    strings after every "Pasal" of a text (only read, never changed)."""
    r = _READINGS.get(s)
    if r is None:
        if len(_READINGS) > 20000:
            _READINGS.clear()
        r = _READINGS[s] = number_readings(s)
    return r


def _number_repairs(written: str, value: str, at: int):
    """How "1 1" becomes "11" and "T4" becomes "74": the spaces or commas to
    drop and the characters to read otherwise, at offset ``at``."""
    drop, subs = [], []
    k = 0
    for i, ch in enumerate(written):
        if ch in " ,":
            drop.append((at + i, at + i + 1))
            continue
        if k < len(value) and value[k] != ch:
            subs.append((at + i, value[k]))
        k += 1
    return drop, subs


def _prefix_ok(text: str, a: int) -> bool:
    """What stands before a glued heading at ``a``: the end of a sentence,
    or a heading's title; never a reference word."""
    lo = max(0, a - 60)
    if not text[lo:a].strip():
        return lo == 0
    while a > lo and text[a - 1] in " _*·•\t":
        a -= 1   # markup and scanner dots between the sentence and the heading
    if _REF_BEFORE.search(text, lo, a):
        return _after_markers(text, lo, a)
    return bool(_SENTENCE_END.search(text, lo, a) or _TITLE_WORD.search(text, lo, a)) or _after_markers(text, lo, a)


# an ayat marker as a scan reads it: "(2)", "(21", "(2t", "{4)", "(s)"
_MARKER = r"[({][0-9lIiSst][0-9lt]?[)}]?"
_MARKER_TOKEN = re.compile(_MARKER)
_MARKERS_BEFORE = re.compile(rf"(?:(?<=\s)|^)(?:{_MARKER}\s+)*{_MARKER}\s*$")


def _after_markers(text: str, lo: int, a: int) -> bool:
    """Bare ayat markers before the heading, the column of numbers of a
    scanned page read across ("... diatur dengan Peraturan Menteri. (1) (2)
    (s) pasal lS Ketentuan ...", "... oleh MWA. (21 Pasal 105 (1) ..."): what
    stands before them must be the end of a sentence, a heading's title or
    the start of the line."""
    m = _MARKERS_BEFORE.search(text, lo, a)
    if m is None:
        return False
    b = m.start()
    if not text[lo:b].strip():
        return lo == 0
    return not _REF_BEFORE.search(text, lo, b) and bool(_SENTENCE_END.search(text, lo, b) or _TITLE_WORD.search(text, lo, b))


# anything that may be a glued heading or marker: one cheap search first
_MAY_MARK = re.compile(r"[.;:]\s+(?:(?:dan|atau|dan/atau)\s+)?(?:[({\[lI|]\d|[a-z\d]{1,2}[.)]\s)")
# the same, one pattern per punctuation mark: each led by a literal, so the
# engine skips from one to the next instead of testing every character
_MAY_MARKS = tuple(re.compile(re.escape(c) + _MAY_MARK.pattern[len("[.;:]"):]) for c in ".;:")


def _may_mark(t: str, start: int, end: int) -> bool:
    """_MAY_MARK.search(t, start, end) is not None."""
    a, b, c = _MAY_MARKS
    return a.search(t, start, end) is not None or b.search(t, start, end) is not None \
        or c.search(t, start, end) is not None


def may_glue(t: str) -> bool:
    """A cheap look before find_cut: a heading word, or a marker after the
    end of a sentence."""
    return ("Pasa" in t or "PASA" in t or "pasal" in t or "BAB " in t or "Bagian " in t or "Paragraf " in t
            or _may_mark(t, 1, len(t)))


_REF_WORDS = {"dalam", "pada", "dan", "atau", "serta", "ketentuan", "dimaksud", "dengan", "terhadap", "menurut",
              "berdasarkan", "oleh", "di", "ke", "dari", "tentang", "dan/atau", "sampai", "melaksanakan", "mengenai",
              "sesuai", "selain", "kecuali", "atas", "yaitu", "ialah", "bahwa", "penjelasan", "ayat", "huruf",
              "angka", "nomor", "tahun", "lampiran", "lihat"}


def _pasal_words(text: str, start: int) -> list:
    """_PASAL_AT.finditer(text, start) as two literal-led patterns (the
    alternation opens on a P or a p and the engine tried every "p" of a
    line); matches of the two never overlap."""
    ms = list(_PASAL_AT_UPPER.finditer(text, start))
    if "pasal" in text:
        ms = sorted(ms + list(_PASAL_AT_LOWER.finditer(text, start)), key=lambda m: m.start())
    return ms


def _pasal_cut(text: str, ex: Expect, start: int) -> Cut | None:
    for m in _pasal_words(text, start):
        a = m.start()
        if a:
            if not (text[a - 1].isspace() or text[a - 1] == "_"):
                continue
            p = text.rfind(" ", 0, a - 1)
            prev = text[p + 1:a - 1]
            if prev.lower() in _REF_WORDS or prev[-1:] in (",", "/", "-") or prev[-1:].isdigit() and not _MARKER_TOKEN.fullmatch(prev):
                continue   # a reference: "dalam Pasal 12", "Pasal 5, Pasal 6" (not an ayat marker "(21")
        m2 = _PASAL_NUM.match(text, m.end())
        if m2 is None:
            continue
        hn = heading_number(m2.group("n1"), m2.group("n2"), ex.pasal, m2.group("n3"))
        ahead = None
        if hn is None:
            # one or two Pasal the conversion lost before this one: a heading
            # still, when its first ayat follows ("Pasal 4 (1) ...")
            ahead = next((h for h in (heading_number(m2.group("n1"), None, ex.pasal + k) for k in (1, 2)) if h), None)
            if ahead is None:
                continue
        written, value = hn or ahead
        na = m2.start("n1")
        num_end = na + len(written)
        if text[num_end:num_end + 1] == ".":
            num_end += 1
        if ahead is not None:
            if not _FIRST_AYAT.match(text, num_end):
                continue
        elif not (_AFTER_HEADING.match(text, num_end) or _LOWER_START.match(text, num_end)) \
                or _UNIT_AFTER.match(text, num_end):
            continue
        if a and not _prefix_ok(text, a):
            continue
        c = Cut(a=a, kind="pasal", value=value, num_end=num_end - a, written=written)
        c.drop, c.subs = _number_repairs(written, str(value), na - a)
        if m2.group("sep") == ",":
            c.subs.insert(0, (m2.start("sep") - a, " "))   # "Pasal,42": the comma read as the space it stands for
        return c
    return None


_PASAL_AT = re.compile(_PASAL_WORD)
_PASAL_AT_UPPER = re.compile(r"P(?:asal|ASAL|asa[i1J\]ITL!|]|asa[\s-]?l)")   # _PASAL_WORD's alternatives in order
_PASAL_AT_LOWER = re.compile(r"pasal")
# (a comma for the space: "Pasal,42"; a number spaced digit by digit: "Pasal 1 1 1")
_PASAL_NUM = re.compile(r"\s*(?P<sep>[.,])?\s*(?P<n1>[^\s()]{1,5})(?:\s(?P<n2>[^\s()]{1,2})(?:\s(?P<n3>[^\s(),]))?)?")
# a reference goes on "Pasal 5 ayat (1)"; a Penjelasan entry "Pasal 5 Ayat (1) Cukup jelas."
_UNIT_AFTER = re.compile(r"\s+(?:ayat|huruf|angka)\b")
_HEADINGS = ((re.compile(r"\sBAB\s+(?P<n>[IVXL]{1,6})(?=\s+[A-Z]{3,})"), "BAB", "bab", roman_to_int),
             (_GLUED_BAGIAN, "Bagian", "bagian", ordinal_to_int),
             (_GLUED_PARAGRAF, "Paragraf", "paragraf", int))


def find_cut(text: str, ex: Expect, start: int = 1) -> Cut | None:
    """The first glued heading or marker in ``text`` at or after ``start``
    whose number continues the sequence ``ex``."""
    best: Cut | None = None
    if "Pasa" in text or "PASA" in text or "pasal" in text:
        best = _pasal_cut(text, ex, start)
    end = best.a if best is not None else len(text)
    for rx, word, kind, conv in _HEADINGS:
        if word not in text:
            continue
        for m in rx.finditer(text, max(start - 1, 0), end):
            a = m.start() + 1
            want = getattr(ex, kind)   # (read only here: ex may be made when first read)
            if conv(m.group("n")) == want and a >= start and _prefix_ok(text, a):
                best, end = Cut(a=a, kind=kind, value=want), a
                break
    if not _may_mark(text, start, end):
        return best
    for m in _GLUED_AYAT_AT.finditer(text, max(start - 1, 0), end):
        a = m.end()
        mv = marker_value(text[a:a + 8], ex.ayat)
        if mv is None or not _WORD_AFTER.match(text, a + mv[1]):
            continue
        if _REF_BEFORE.search(text, max(0, m.start(1) - 40), m.start(1)):
            continue
        return Cut(a=a, kind="ayat", value=mv[0], num_end=mv[1], subs=mv[2])
    if ex.items:
        kinds = [lv[0] for lv in ex.items]
        for m in _GLUED_ITEM_AT.finditer(text, max(start - 1, 0), end):
            a = m.start("m")
            g = next(k for k in ("l", "d", "lk", "dk") if m.group(k))
            kind = _KIND_OF[g]
            val = letter_to_int(m.group(g)) if g in ("l", "lk") else int(m.group(g))
            levels = [lv for lv in ex.items if lv[0] == kind]
            ok = bool(levels) and levels[-1][1] == val
            # a sub-list opening after the colon that ends the item before it
            if not ok and val == 1 and kind not in kinds and text[:m.start(1)].rstrip().endswith(":"):
                ok = True
            if ok and not _UNIT_BEFORE.search(text, max(0, m.start(1) - 12), m.start(1)):
                return Cut(a=a, kind=kind, value=val)
    return best


_WORD_AFTER = re.compile(r"\s+[A-Za-z\^\"'“(]")
_UNIT_BEFORE = re.compile(r"\b(?:huruf|angka|ayat)\s*$")


_OWN_PASAL = re.compile(r"(?:Pasal|PASAL)\s+(\d{1,4}[A-Z]?)\s*\.?$")


def catchword_heading(glued: str, after: str) -> bool:
    """A heading glued at the very end of a line ("... prasarana. Pasal 42.")
    that the next line repeats on its own ("Pasal 42"): the printer's
    catchword at the foot of a page, not a second Pasal 42."""
    m = _OWN_PASAL.match(after)
    return m is not None and m.group(1) == glued.split()[-1].rstrip(".")
