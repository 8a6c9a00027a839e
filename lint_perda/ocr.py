"""What OCR does to a printed regulation, in one place: the marks it leaves
("(21" for "(2)", "2O2O", "PRES I DEN", carets), the way it misreads the
digits of a number ("1 1", "T4", "2S", "l"), and the running heads of the
print it mangles ("PRESIDE!'! REPU8L1K INDOf'!ESIA").

Pure functions over strings, used by normalize (running heads, years), the
lexer (markers and headings it may repair) and the reading of each place
(lint_perda/reading.py).  Nothing here changes a word: only numbers and
markers are read, and only where the reading is confirmed by the sequence
they stand in.
"""
from __future__ import annotations

import re

# Marks of OCR (a scanned print, not a typed draft).  Each is something a
# typed draft does not contain: "(21" for "(2)" (but not the ayat "(21)"),
# "l2l", carets (not the superscript of "m ^2"), underscored page numbers, a year with the letter O,
# "KETF,NTUAN", "sa&t", "REPUBUK", "PRES I DEN" (but not "PRESIDEN").
_ALTS = (
    r"\(\d1(?![\d)])", r"\bl\dl\b", r"\^(?!\d)", r"P\s?R\s?E\s?S\s?I\s?D\s?E\s?N(?<!PRESIDEN)", r"\{iD",
    r"_\s?\d+\s?_", r"\bi\dl\b", r"\b[12](?=[0-9OlI]{3}\b)(?=\w{0,3}[OlI])[0-9OlI]{3}\b", r"[A-Z],[A-Z]{2}",
    r"[a-z]&[a-z]", r"REPUBUK", r"\bPcraturan", r"·")
OCR_MARK = re.compile("|".join(_ALTS))
_ONE = tuple(re.compile(p) for p in _ALTS)

# the same marks, each led by a literal or a character class so that a
# whole text is scanned quickly (OCR_MARK, one pattern, serves short
# strings), with how many characters before its start the mark begins
_MARKS = tuple(re.compile(p) for p in (
    r"\(\d1(?![\d)])", r"l(?<!\wl)\dl\b", r"\^(?!\d)", r"P\s?R\s?E\s?S\s?I\s?D\s?E\s?N(?<!PRESIDEN)", r"\{iD",
    r"_\s?\d+\s?_", r"i(?<!\wi)\dl\b", r"[12](?<!\w[12])(?=[0-9OlI]{3}\b)(?=\w{0,3}[OlI])[0-9OlI]{3}\b",
    r",(?<=[A-Z],)[A-Z]{2}", r"&(?<=[a-z]&)[a-z]", r"REPUBUK", r"Pcraturan(?<!\wPcraturan)", r"·"))
_BACK = (0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0)
_YEAR, _COMMA = 7, 8   # the year mark ("2O14") needs a _YEAR_HINT; "KETF,NTUAN" is led by its comma
# a year with a letter for a digit ("2O14", "1l"): the first O, l or I
# follows the 1 or 2 after at most two digits (a scan of the
# whole text, so done once for the marks and normalize's year repair)
_YEAR_HINT = re.compile(r"[12][0-9]?[OlI]|[12][0-9][0-9][OlI]")
# the same test, one pattern per letter, each led by it (half the time)
_HINTS = tuple(re.compile(c + rf"(?:(?<=[12]{c})|(?<=[12][0-9]{c})|(?<=[12][0-9][0-9]{c}))") for c in "OlI")
_hint_memo: tuple[str, bool] = ("", False)


def year_hint(text: str) -> bool:
    """Whether a year written with a letter for a digit may stand in the
    text (remembered for the last text asked about)."""
    global _hint_memo
    last, hint = _hint_memo
    if text is not last and text != last:
        hint = any(h.search(text) is not None for h in _HINTS)   # _YEAR_HINT.search(text)
        _hint_memo = (text, hint)
    return hint


def ocr_marks(text: str) -> list[int]:
    """Where the marks of OCR stand in a text, in order (each mark's matches
    as finditer gives them; the "&" mark placed at its "&")."""
    hint = year_hint(text)
    out: list[int] = []
    for k, rx in enumerate(_MARKS):
        if k == _COMMA:
            # as finditer of "[A-Z],[A-Z]{2}": the next starts where one ends
            m = rx.search(text)
            while m:
                out.append(m.start() - 1)
                m = rx.search(text, m.end() + 1)
        elif k != _YEAR or hint:
            out.extend(m.start() for m in rx.finditer(text))
    return sorted(out)


def is_scan(text: str) -> bool:
    """A print read by OCR: three or more of its marks."""
    return count_marks(text, 3) >= 3


def count_marks(text: str, enough: int) -> int:
    """len(OCR_MARK.findall(text)), counted up to ``enough``: every place
    each mark matches, found by its own literal-led pattern, then walked left
    to right as the alternation goes (the first mark listed wins a place;
    the next search starts where a match ends)."""
    at: dict[int, int] = {}
    hint = year_hint(text)
    for k, rx in enumerate(_MARKS):
        if k == _YEAR and not hint:
            continue
        m = rx.search(text)
        while m:
            s = m.start() - _BACK[k]
            if at.get(s, k) >= k:
                at[s] = k   # at one place the first mark listed wins, as in the alternation
            m = rx.search(text, m.start() + 1)
    n = last = 0
    for s in sorted(at):
        if s >= last:
            n += 1
            if n >= enough:
                break
            last = _ONE[at[s]].match(text, s).end()
    return n


# signs a regulation never writes in its words or titles: a scanner's garble
GARBLE_SIGNS = r"[{}|~<>\\]"

# a marker followed at once by another: "(3) (2) Pendaftaran", "(1) (2t (21":
# the columns of a scanned page read across, not a provision
MARKER_DEBRIS = re.compile(r"(?:^|\s)(?:\(\s?\d{1,2}[a-z]?\s?[)1lt}]|[a-z]\.)\s+\(\s?\d{1,2}[a-z]?\s?[)1lt}](?=\s)", re.M)

# digits as OCR reads them
_DIGIT = {"O": "0", "o": "0", "Q": "0", "D": "0", "I": "1", "l": "1", "i": "1", "|": "1", "!": "1", "L": "1",
          "T": "7", "S": "5", "s": "5", "B": "8", "Z": "2", "z": "2", "g": "9", "G": "6", "b": "6"}
DIGIT_READS = _DIGIT   # (read only)


def number_readings(s: str) -> set[int]:
    """The numbers a written number may stand for: "11", "1 1", "1I",
    "2S", "T4", "16,5" (a stray comma).  At most one misread character, or
    one space or comma inside; empty when the string is not number-like."""
    raw = s.strip()
    if not raw or len(raw) > 6:
        return set()
    parts = [raw.replace(" ", "").replace(",", "")] if re.fullmatch(r"\w+(?:[ ,]\w+)?", raw) else []
    out: set[int] = set()
    for p in parts:
        if not p or len(p) > 4:
            continue
        if p.isdigit():
            out.add(int(p))
            continue
        odd = [c for c in p if not c.isdigit()]
        if len(odd) > 1 or not any(c.isdigit() for c in p) and len(p) > 1:
            continue
        if all(c.isdigit() or c in _DIGIT for c in p):
            out.add(int("".join(_DIGIT.get(c, c) for c in p)))
    return out


def year_repair(tok: str) -> str | None:
    """"2Ol4" -> "2014", "2O2O" -> "2020": a year with letters for digits;
    None when the token is not such a year."""
    if len(tok) != 4 or tok.isdigit() or tok[0] not in "12":
        return None
    if not all(c.isdigit() or c in "OolI" for c in tok):
        return None
    fixed = "".join(_DIGIT.get(c, c) for c in tok)
    v = int(fixed)
    return fixed if 1900 <= v <= 2039 else None


# (?<![\w.,/-])[12]..., written led by the [12] so the engine skips to the next 1 or 2
YEAR_LIKE = re.compile(r"[12](?<![\w.,/-][12])[0-9OolI]{3}(?![\w/-])")

# The running head of a national print, "PRESIDEN REPUBLIK INDONESIA", as
# OCR reads it: letters swapped for look-alikes, spaces inserted, and often
# a page number after it ("- 12 -", "-t7-").
_HEAD_WANT = "PRESIDENREPUBLIKINDONESIA"
# where a mangled head may start: "PRES", "PRE S", "PF~ES", "PHES", or an
# exact "PRESIDEN" followed by a mangled "REPUBLIK INDONESIA"
_HEAD_START = MANGLED_HEAD = re.compile(
    r"P(?<![A-Za-z]P)\s?(?:[RFH][~^]?|F~|I~)\s?[EÉ3]\s?[S5](?!IDEN REPUBLIK INDONESIA)"
    r"|P(?<![A-Za-z]P)RESIDEN\s+R(?!EPUBLIK INDONESIA)")
_PAGE_NO = re.compile(r"\s*[-–_.:]*\s*[-–_.]+\s*[\dtlIO]{1,4}\s*[-–_.]*(?=\s|$)")


_NON_ALNUM = re.compile(r"[\W_]+")


def _fold(s: str) -> str:
    return _NON_ALNUM.sub("", s).upper()


def running_heads(text: str) -> list[tuple[int, int]]:
    """Spans of OCR-mangled running heads in one line (with the page number
    printed after them).  The exact forms are dropped by normalize's own
    patterns; this finds "PRESIDE!'! REPU8L1K INDOf'!ESIA - 2 -"."""
    if "P" not in text:
        return []
    from rapidfuzz.distance import Levenshtein
    out: list[tuple[int, int]] = []
    pos = 0
    for m in _HEAD_START.finditer(text):
        a = m.start()
        if a < pos:
            continue
        best = None
        # grow the candidate token by token; a mangled head is 3-16 tokens
        for k, x in enumerate(re.finditer(r"\S+", text[a:a + 70])):
            if k >= 16:
                break
            if not any(c.isalnum() for c in x.group(0)):
                continue   # a token of punctuation alone does not end the head
            folded = _fold(text[a:a + x.end()])
            if len(folded) > 34:
                break
            if len(folded) < 18:
                continue
            d = Levenshtein.normalized_distance(folded, _HEAD_WANT)
            if d <= 0.3 and (best is None or d < best[0]):
                best = (d, a + x.end())
        if best is None:
            continue
        end = best[1]
        raw = text[a:end]
        # the exact form is normalize's own pattern; with a comma after it,
        # "PRESIDEN REPUBLIK INDONESIA," signs the regulation
        if re.sub(r"[\s,.:;]", "", raw) == _HEAD_WANT or raw.endswith(",") or text[end:end + 1] == ",":
            continue
        pm = _PAGE_NO.match(text, end)
        if pm:
            end = pm.end()
        out.append((a, end))
        pos = end
    return out
