"""Unit phrases: how a regulation names its provisions ("Pasal 5 ayat (2)
huruf c", "ayat (2) dan ayat (3) Pasal 8", "Bagian Kedua BAB III", "Pasal 5
sampai dengan Pasal 9", "Pasal 4A dan 4B"), read into chains of (unit,
number) with the words' offsets, tolerant of the scanner's readings ("Pasai
95", "ayat (21", "Pasal 2O").  Used by amendment instructions and by the
consolidation of a base regulation."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .numbering import ordinal_to_int, parse_arabic, roman_to_int

# hierarchy of units, outermost first; Penjelasan and Lampiran stand apart
LEVEL = {"penjelasan": -2, "lampiran": -1, "bab": 0, "bagian": 1, "paragraf": 2, "pasal": 3, "ayat": 4,
         "huruf": 5, "angka": 6}
_ORD = (r"(?:Pertama|Ke(?:satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas)"
        r"(?:\s+(?:Belas|Puluh|belas|puluh))?(?:\s+(?:Satu|Dua|Tiga|Empat|Lima|Enam|Tujuh|Delapan|Sembilan))?)"
        r"(?:\s+[A-H](?![\w]))?")
UNIT = re.compile(
    r"(?<![\w-])(?:"
    r"(?P<bab>(?:BAB|Bab|bab)\s+(?P<babn>[IVXLC]+[A-H]?|\d+[A-H]?)(?![\w]))"
    r"|(?P<bagian>(?:Bagian|bagian)\s+(?P<bagn>" + _ORD + r"))"
    r"|(?P<paragraf>(?:Paragraf|paragraf)\s+(?P<parn>\d+[A-H]?)(?![\w]))"
    r"|(?P<pasal>(?:Pasal|pasal|PASAL|Pasai|Pasd|Pasa1|PasaI|Pasa-l|Pasa-I)\s*\^?\s*(?P<pasn>\d{1,4}(?:\s?[A-Z]|[Ol])?)(?![\w]))"
    r"|(?P<ayat>(?:ayat|Ayat)\s*\(\s*(?:(?P<ayn>[\dlI]\d{0,2}\s?[a-zOl]?)\s*\)|(?P<ayn2>\d)[1l](?=\s)))"
    r"|(?P<huruf>(?:huruf|Huruf)\s+(?P<hurn>[a-z]{1,2}(?:\.?\d| \d(?=\s*,\s*(?:dan\s+)?huruf\s+[a-z]{1,2}\d))?)(?![\w])\)?)"
    r"|(?P<angka>(?:angka|Angka)\s+(?P<angn>\d{1,3}[a-z]?)(?![\w])\)?)"
    r"|(?P<penjelasan>Penjelasan|PENJELASAN)(?![\w])"
    r"|(?P<lampiran>(?:Lampiran|LAMPIRAN)(?:\s+(?P<lamn>[IVXLC]+)(?![\w]))?)"
    r")")
_NUMGROUP = {"bab": "babn", "bagian": "bagn", "paragraf": "parn", "pasal": "pasn", "ayat": "ayn", "huruf": "hurn",
             "angka": "angn", "penjelasan": None, "lampiran": "lamn"}
_LIST_SEP = re.compile(r"^\s*(?:,\s*(?:(?:dan/atau|dan|serta|atau)\s+)?|(?:dan/atau|dan|serta|atau)\s+)$")
_RANGE_SEP = re.compile(r"^\s+sampai\s+dengan\s+$")
_BARE = re.compile(r"(?:\s*(?:,|dan|serta)\s*\(?\d{1,4}[A-Za-z]\)?(?![\w]))+")
_BARE_NUM = re.compile(r"\(?(\d{1,4}[A-Za-z])\)?(?![\w])")
_JOIN = re.compile(r"^\s*(?:dalam\s+|pada\s+|dari\s+|ketentuan\s+)?$")   # "huruf d ketentuan Pasal 128"


@dataclass
class Loc:
    """A provision named in an instruction: a chain of (unit, number),
    outermost first, and where it is written."""
    chain: tuple[tuple[str, str], ...]
    i: int = 0
    j: int = 0

    @property
    def unit(self) -> str:
        return self.chain[-1][0] if self.chain else ""

    @property
    def num(self) -> str:
        return self.chain[-1][1] if self.chain else ""

    @property
    def cite(self) -> str:
        return cite(self.chain)

    def key(self) -> tuple:
        return tuple((u, norm(n)) for u, n in self.chain)


def norm(num: str) -> str:
    return (num or "").replace(" ", "").strip("().")


def cite(chain) -> str:
    out = []
    for unit, num in chain:
        if unit == "ayat":
            out.append(f"ayat ({num})")
        elif unit == "pasal":
            out.append(f"Pasal {num}")
        elif unit == "bab":
            out.append(f"BAB {num}")
        elif unit == "bagian":
            out.append(f"Bagian {num}")
        elif unit == "paragraf":
            out.append(f"Paragraf {num}")
        elif unit == "penjelasan":
            out.append("Penjelasan")
        elif unit == "lampiran":
            out.append(f"Lampiran {num}".rstrip())
        else:
            out.append(f"{unit} {num}")
    return " ".join(out)


def value_of(unit: str, num: str) -> tuple[int | None, str]:
    """(number, inserted suffix) of a unit's number as written: "5A" -> (5, "A"),
    "(1a)" -> (1, "a"), "VA" -> (5, "A"), "Kedua A" -> (2, "A"), "c" -> (3, "")."""
    n = norm(num)
    if unit in ("pasal", "ayat", "angka", "paragraf"):
        return parse_arabic(n)
    if unit in ("bab", "lampiran"):
        if n.isdigit():
            return int(n), ""
        r = roman_to_int(n)
        if r is not None:
            return r, ""
        if n[-1:] in "ABCDEFGH" and roman_to_int(n[:-1]) is not None:
            return roman_to_int(n[:-1]), n[-1]
        return None, ""
    if unit == "bagian":
        parts = num.split()
        if len(parts) > 1 and parts[-1] in tuple("ABCDEFGH"):
            return ordinal_to_int(" ".join(parts[:-1])), parts[-1]
        return ordinal_to_int(num), ""
    if unit == "huruf":
        m = re.fullmatch(r"([a-z])(\1)?(\d?)", n)
        if not m:
            return None, ""
        v = ord(m.group(1)) - 96 + (26 if m.group(2) else 0)
        return v, m.group(3)
    return None, ""


# -- unit phrases --------------------------------------------------------------

def _ocr_digits(num: str) -> str:
    """"2O" -> "20", "1l" -> "11": OCR reads 0 and 1 as letters after a digit;
    inserted numbers are lettered A, B, C ... and never reach O or I/l in
    practice."""
    num = num.replace(" ", "")
    if num[:1] in "lI" and len(num) > 1:
        num = "1" + num[1:]          # "(la)" for "(1a)"
    if len(num) >= 2 and num[-1] in "OoIl" and num[-2].isdigit():
        return num[:-1] + ("0" if num[-1] in "Oo" else "1")
    return num


def units_in(text: str, a: int = 0, b: int | None = None, anchored: bool = False) -> list[list[tuple[str, str, int, int]]]:
    """The runs of unit phrases in text[a:b], as lists of (unit, number, i, j);
    a run is units written next to each other ("ayat (2) Pasal 5"), runs are
    separated by "," / "dan" / "serta"; a range "Pasal 5 sampai dengan Pasal 9"
    gives one run with a ("-", "", i, j) marker between its ends."""
    b = len(text) if b is None else b
    runs: list[list[tuple[str, str, int, int]]] = []
    last_end = None
    for m in UNIT.finditer(text, a, b):
        if anchored and last_end is None and text[a:m.start()].strip(" ,:"):
            break   # a named list starts right after "yakni"
        unit = m.lastgroup if m.lastgroup in _NUMGROUP else next(k for k in _NUMGROUP if m.group(k))
        g = _NUMGROUP[unit]
        num = (m.group(g) or "") if g else ""
        if unit == "ayat" and not num:
            num = m.group("ayn2") or ""   # "ayat (21 Pasal 95": the scanner's 1 for ")"
        if unit == "pasal":
            num = _ocr_digits(num.replace(" ", ""))
        elif unit in ("ayat", "angka"):
            num = _ocr_digits(" ".join(num.split()))
        elif unit == "huruf":
            num = num.replace(" ", "").replace(".", "")   # "huruf d 1, huruf d2": the scanner's space in "d1"; "c.1"
        else:
            num = " ".join(num.split())
        item = (unit, num, m.start(), m.end())
        gap = text[last_end:m.start()] if last_end is not None else None
        if gap is not None and runs and _BARE.match(gap) and runs[-1][-1][0] in ("pasal", "ayat", "angka"):
            # "Pasal 4A dan 4B": the unit word is not repeated
            for bm in _BARE_NUM.finditer(gap):
                u = runs[-1][-1][0]
                runs.append([(u, bm.group(1), last_end + bm.start(1), last_end + bm.end(1))])
            gap = gap[_BARE.match(gap).end():]
        if gap is not None and _JOIN.match(gap) and runs:
            runs[-1].append(item)
        elif gap is not None and _RANGE_SEP.match(gap) and runs:
            runs[-1].append(("-", "", last_end, m.start()))
            runs[-1].append(item)
        elif gap is None or _LIST_SEP.match(gap):
            runs.append([item])
        else:
            break   # other words: the phrase has ended
        last_end = m.end()
    if runs and last_end is not None and runs[-1][-1][0] in ("pasal", "ayat", "angka"):
        tail = text[last_end:b]
        bm = _BARE.match(tail)
        if bm:
            for nm in _BARE_NUM.finditer(tail, 0, bm.end()):
                runs.append([(runs[-1][-1][0], nm.group(1), last_end + nm.start(1), last_end + nm.end(1))])
    return runs


def _sorted_chain(run) -> tuple[tuple[str, str], ...]:
    seen: dict[int, tuple[str, str]] = {}
    for u, n, _, _ in run:
        seen.setdefault(LEVEL[u], (u, n))
    return tuple(seen[k] for k in sorted(seen))


def locs_of(runs) -> list[Loc]:
    """Runs -> provisions, each completed by its neighbours: "ayat (2) dan ayat
    (3) Pasal 8" -> Pasal 8 ayat (2), Pasal 8 ayat (3); "Pasal 8 ayat (2) dan
    ayat (3)" the same; ranges expanded where the numbers are plain."""
    pieces: list[tuple[tuple, int, int]] = []
    for run in runs:
        if any(u == "-" for u, *_ in run):
            k = next(i for i, x in enumerate(run) if x[0] == "-")
            lo, hi = run[:k], run[k + 1:]
            lo_c, hi_c = _sorted_chain(lo), _sorted_chain(hi)
            if lo_c and hi_c and lo_c[-1][0] == hi_c[-1][0]:
                unit = lo_c[-1][0]
                prefix = hi_c[:-1] if len(hi_c) > len(lo_c) else lo_c[:-1]   # "ayat (2) sampai dengan ayat (5) Pasal 95"
                nums = _range(unit, lo_c[-1][1], hi_c[-1][1])
                if nums:
                    for n in nums:
                        pieces.append((prefix + ((unit, n),), run[0][2], run[-1][3]))
                    continue
            pieces.append((lo_c, lo[0][2], lo[-1][3]))
            pieces.append((hi_c, hi[0][2], hi[-1][3]))
            continue
        pieces.append((_sorted_chain(run), run[0][2], run[-1][3]))
    # backward: "ayat (2) dan ayat (3) Pasal 8" -- the container is written
    # last; but not where the piece before names a unit of the container's
    # level: in "Pasal 75 ayat (1) huruf i, huruf j, dan ayat (4)" ayat (4)
    # is ayat (1)'s sibling, and huruf j is ayat (1)'s
    for k in range(len(pieces) - 2, -1, -1):
        chain, i, j = pieces[k]
        nxt = pieces[k + 1][0]
        if chain and nxt:
            first = LEVEL[chain[0][0]]
            head = _head(nxt, first)
            sibling = k > 0 and any(u == nxt[0][0] for u, _ in pieces[k - 1][0])
            if head and LEVEL[nxt[0][0]] < first and not sibling:
                pieces[k] = (head + chain, i, j)
    # forward: "Pasal 8 ayat (2) dan ayat (3)"
    out: list[Loc] = []
    prev: tuple = ()
    for chain, i, j in pieces:
        if chain and prev and chain[0][0] not in ("penjelasan", "lampiran"):
            chain = _head(prev, LEVEL[chain[0][0]]) + chain
        out.append(Loc(chain=chain, i=i, j=j))
        prev = chain
    return [x for x in out if x.chain]


def _range(unit: str, lo: str, hi: str) -> list[str]:
    """The numbers of a range as written, ends included, or [] where it
    cannot be told: "5" to "9"; "3A" to "3J" (inserted Pasal of one
    number); "a" to "e" (huruf)."""
    v1, s1 = value_of(unit, lo)
    v2, s2 = value_of(unit, hi)
    if v1 is None or v2 is None:
        return []
    if not s1 and not s2 and 0 < v2 - v1 <= 200 and unit in ("pasal", "ayat", "angka"):
        return [str(v) for v in range(v1, v2 + 1)]
    if unit == "huruf" and not s1 and not s2 and 0 < v2 - v1 < 26 and len(norm(lo)) == len(norm(hi)) == 1:
        return [chr(96 + v) for v in range(v1, v2 + 1)]
    if v1 == v2 and len(s1) == len(s2) == 1 and s1.isupper() == s2.isupper() and 0 < ord(s2) - ord(s1) < 26 \
            and unit in ("pasal", "ayat", "angka"):
        base = norm(lo)[:-1]
        return [base + chr(c) for c in range(ord(s1), ord(s2) + 1)]
    return []


def _head(ref, first_level: int) -> tuple:
    """The units of ``ref`` above ``first_level`` that a shorter name inherits:
    a Pasal (and anything in it) is numbered through the whole regulation,
    so it never inherits a BAB, Bagian or Paragraf."""
    return tuple(u for u in ref if LEVEL[u[0]] < first_level and u[0] not in ("penjelasan", "lampiran")
                 and not (first_level >= LEVEL["pasal"] and LEVEL[u[0]] < LEVEL["pasal"]))


def _inherit(locs: list[Loc], context: list[Loc]) -> list[Loc]:
    """Complete inserted provisions from the neighbours or container the
    instruction names ("Di antara ayat (1) dan ayat (2) Pasal 18 disisipkan 2
    (dua) ayat, yakni ayat (1a) dan ayat (1b)": Pasal 18 ayat (1a))."""
    if not context:
        return locs
    ref = context[0].chain
    return [Loc(chain=_head(ref, LEVEL[x.chain[0][0]]) + x.chain, i=x.i, j=x.j) for x in locs]
