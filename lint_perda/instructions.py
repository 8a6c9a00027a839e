"""Read one amendment instruction ("Di antara Pasal 5 dan Pasal 6 disisipkan
2 (dua) Pasal, yakni Pasal 5A dan Pasal 5B sehingga berbunyi sebagai
berikut:") into what it does and to which provisions.

The forms are those of Lampiran II UU 12/2011 BAB IV (perubahan) and the
variants published texts use: "Diantara", "yaitu", lower-case "pasal",
"ayat (2) Pasal 5" (the old word order, lower unit first) beside "Pasal 5
ayat (2)", several targets ("ayat (2) dan ayat (3) Pasal 8"), ranges
("Pasal 5 sampai dengan Pasal 9 dihapus").  Pure functions over the
instruction's text; offsets are into that text so findings land on the
words.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .numbering import ordinal_to_int, parse_arabic, roman_to_int, words_to_int

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
    r"|(?P<huruf>(?:huruf|Huruf)\s+(?P<hurn>[a-z]{1,2}\d?)(?![\w])\)?)"
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
_JOIN = re.compile(r"^\s*(?:dalam\s+|pada\s+|dari\s+)?$")

# "sebagaimana telah beberapa kali diubah terakhir dengan ...": a citation,
# not this instruction's verb
VERBS = re.compile(r"(?<!telah )(?<!kali )(?<!pernah )\b(?P<verb>diubah|dihapus|disisipkan|disisipi|ditambah(?:kan)?|dicabut"
                   r"|diganti)\b(?!\s+(?:terakhir|dengan\s+(?:Undang|Peraturan)))")
ACTION = {"diubah": "ubah", "diganti": "ubah", "dihapus": "hapus", "dicabut": "hapus", "disisipkan": "sisip",
          "disisipi": "sisip", "ditambah": "tambah", "ditambahkan": "tambah"}
# where the new wording starts: everything before it is the instruction proper
_WORDING = re.compile(r"\bsehingga\b|\bsebagai\s+berikut\b|\byang\s+berbunyi\b|\bberbunyi\b|:\s*$|:")
_COUNT = re.compile(r"(?P<n>\d{1,3})\s*\(\s*(?P<words>[a-zA-Z ]{3,40}?)\s*\)\s*"
                    r"(?P<unit>pasal|Pasal|PASAL|ayat|Ayat|huruf|Huruf|angka|Angka|butir|bab|Bab|BAB|bagian|Bagian|"
                    r"paragraf|Paragraf|lampiran|Lampiran)\b(?:\s+baru)?")
_YAKNI = re.compile(r"\b(?:yakni|yaitu|yaknl|ialah)\b")
_BETWEEN = re.compile(r"(?:Ketentuan\s+)?(?:Di\s*antara|Diantara|diantara|di\s*antara)\s+")
_AFTER = re.compile(r"(?:Setelah|Sesudah|setelah|sesudah)\s+")
_JUDUL = re.compile(r"(?:Ketentuan\s+)?(?:Judul|judul)\s+")
_UNIT_WORD = {"pasal": "pasal", "ayat": "ayat", "huruf": "huruf", "angka": "angka", "butir": "angka", "bab": "bab",
              "bagian": "bagian", "paragraf": "paragraf", "lampiran": "lampiran"}


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


@dataclass
class InstructionText:
    action: str = "other"                 # ubah | sisip | tambah | hapus | other
    verb: str = ""
    verb_i: int = -1
    targets: list[Loc] = field(default_factory=list)
    between: tuple[Loc, Loc] | None = None
    after: Loc | None = None
    judul: bool = False                   # "Judul BAB V diubah": the heading's title
    count: int | None = None
    count_words: str | None = None
    count_value: int | None = None        # the words read as a number
    count_unit: str | None = None
    count_span: tuple[int, int] = (0, 0)
    inserted: list[Loc] = field(default_factory=list)
    wording: bool = False                 # "sehingga berbunyi", "sebagai berikut": new text follows
    to_lampiran: bool = False             # "... sebagaimana tercantum dalam Lampiran": new text elsewhere
    head_end: int = 0                     # where the instruction proper ends
    clauses: list = field(default_factory=list)


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
                v1, s1 = value_of(unit, lo_c[-1][1])
                v2, s2 = value_of(unit, hi_c[-1][1])
                if v1 is not None and v2 is not None and not s1 and not s2 and 0 < v2 - v1 <= 200 \
                        and unit in ("pasal", "ayat", "angka"):
                    prefix = hi_c[:-1] if len(hi_c) > len(lo_c) else lo_c[:-1]   # "ayat (2) sampai dengan ayat (5) Pasal 95"
                    for v in range(v1, v2 + 1):
                        pieces.append((prefix + ((unit, str(v)),), run[0][2], run[-1][3]))
                    continue
            pieces.append((lo_c, lo[0][2], lo[-1][3]))
            pieces.append((hi_c, hi[0][2], hi[-1][3]))
            continue
        pieces.append((_sorted_chain(run), run[0][2], run[-1][3]))
    # backward: "ayat (2) dan ayat (3) Pasal 8" -- the container is written last
    for k in range(len(pieces) - 2, -1, -1):
        chain, i, j = pieces[k]
        nxt = pieces[k + 1][0]
        if chain and nxt:
            first = LEVEL[chain[0][0]]
            head = _head(nxt, first)
            if head and LEVEL[nxt[0][0]] < first:
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


# -- the instruction -------------------------------------------------------------

@dataclass
class Clause:
    """One verb of an instruction and what it applies to; "Ketentuan ayat (3)
    Pasal 137 diubah dan di antara ayat (3) dan ayat (4) Pasal 137 disisipkan
    2 (dua) ayat, yakni ayat (3a) dan ayat (3b)" has two."""
    action: str
    verb: str
    verb_i: int
    targets: list[Loc] = field(default_factory=list)
    between: tuple[Loc, Loc] | None = None
    after: Loc | None = None
    count: int | None = None
    count_words: str | None = None
    count_value: int | None = None
    count_unit: str | None = None
    count_span: tuple[int, int] = (0, 0)
    inserted: list[Loc] = field(default_factory=list)
    end: int = 0
    unread: bool = False   # unit words in the named list that could not be read ("ayat (la)")


_ACTIVE = re.compile(r"\b(?P<verb>[Mm]engubah|[Mm]enghapus|[Mm]enambah(?:kan)?|[Mm]enyisipkan)\b")
_ACTIVE_ACTION = {"mengubah": "ubah", "menghapus": "hapus", "menambah": "tambah", "menambahkan": "tambah",
                  "menyisipkan": "sisip"}
_CLAUSE_LEAD = re.compile(r"[\s,;]*(?:(?:dan|serta)\s+)?(?:[Kk]etentuan\s+)?(?:dalam\s+)?")


def read_instruction(text: str) -> InstructionText:
    text = text.replace("^", " ")   # the scanner's carets ("Pasal ^1"); offsets unchanged
    it = InstructionText()
    m = _WORDING.search(text)
    head_end = m.start() if m else len(text)
    it.head_end = head_end
    it.wording = bool(m) and bool(re.search(r"berbunyi|sebagai\s+berikut", text[head_end:head_end + 400]))
    it.to_lampiran = bool(re.search(r"(?:sebagaimana\s+)?tercantum\s+dalam\s+Lampiran", text[head_end:]))
    verbs = [(v.start(), v.end(), ACTION.get(v.group("verb"), "other"), v.group("verb"), False)
             for v in VERBS.finditer(text, 0, head_end)]
    verbs += [(v.start(), v.end(), _ACTIVE_ACTION[v.group("verb").lower()], v.group("verb"), True)
              for v in _ACTIVE.finditer(text, 0, head_end)]
    if not verbs:
        v = VERBS.search(text, 0, min(len(text), head_end + 40))
        if v is None:
            return it
        verbs = [(v.start(), v.end(), ACTION.get(v.group("verb"), "other"), v.group("verb"), False)]
    verbs.sort()
    pos = 0
    clauses: list[Clause] = []
    for k, (vs, ve, action, verb, active) in enumerate(verbs):
        nxt = verbs[k + 1][0] if k + 1 < len(verbs) else head_end
        c = Clause(action=action, verb=verb, verb_i=vs)
        if active:
            # "Mengubah Lampiran ...", "menambahkan 1 (satu) ayat, yakni ayat (3)":
            # the object follows the verb, or the previous clause's target holds it
            if _COUNT.match(text, ve + 1) or not clauses:
                c.targets = list(clauses[-1].targets[:1]) if clauses else []
            if not c.targets:
                c.targets = locs_of(units_in(text, ve, nxt))[:1]
                if c.targets and re.match(r"\s+penjelasan\b", text[ve:ve + 20], re.I):
                    # "menambah penjelasan pada ayat (4)": the Penjelasan of it
                    t = _inherit(c.targets, clauses[-1].targets[:1]) if clauses else c.targets
                    c.targets = [Loc(chain=(("penjelasan", ""),) + t[0].chain, i=t[0].i, j=t[0].j)]
            _tail(text, c, ve, nxt, clauses)
        else:
            _subject(text, c, pos, vs)
            if clauses and clauses[-1].targets:
                prev = clauses[-1].targets[0].chain
                if not c.targets:
                    c.targets = [Loc(chain=prev, i=vs, j=vs)]   # "... diubah dan ditambahkan 1 (satu) ayat"
                else:   # "Pasal 3 huruf d angka 1) dihapus, angka 2) dan angka 3) diubah"
                    c.targets = _inherit(c.targets, clauses[-1].targets[:1])
                    if c.between:
                        c.between = tuple(_inherit(list(c.between), clauses[-1].targets[:1]))
                    if c.after:   # "... diubah dan setelah ayat (5) ditambah 1 (satu) ayat"
                        c.after = _inherit([c.after], clauses[-1].targets[:1])[0]
            _tail(text, c, ve, nxt, clauses)
        clauses.append(c)
        pos = max(c.end, ve)
    # "Ketentuan ayat (1) diubah dan di antara ayat (1) dan ayat (2) Pasal 44
    # disisipkan ...": a clause without its Pasal takes the next clause's
    for k in range(len(clauses) - 2, -1, -1):
        c, nxt = clauses[k], clauses[k + 1]
        ref = (list(nxt.between) if nxt.between else []) + nxt.targets
        ref = [r for r in ref if any(u == "pasal" for u, _ in r.chain)]
        if ref and c.targets and not any(u == "pasal" for t in c.targets for u, _ in t.chain):
            c.targets = _inherit(c.targets, ref[:1])
            if c.between:
                c.between = tuple(_inherit(list(c.between), ref[:1]))
    first = clauses[0]
    it.action, it.verb, it.verb_i = first.action, first.verb, first.verb_i
    it.clauses = clauses
    targets = [t for c in clauses for t in c.targets if c.action in ("ubah", "hapus") or not (c.between or c.after)]
    if not targets:
        targets = [t for c in clauses for t in c.targets]
    seen: set = set()
    it.targets = [t for t in targets if not (t.key() in seen or seen.add(t.key()))]
    it.between = next((c.between for c in clauses if c.between), None)
    it.after = next((c.after for c in clauses if c.after), None)
    counted = next((c for c in clauses if c.count is not None), None)
    if counted is not None:
        it.count, it.count_words, it.count_value = counted.count, counted.count_words, counted.count_value
        it.count_unit, it.count_span = counted.count_unit, counted.count_span
    it.inserted = [x for c in clauses for x in c.inserted]
    it.judul = bool(_JUDUL.match(text))
    return it


def _subject(text: str, c: Clause, a: int, b: int) -> None:
    lead = _CLAUSE_LEAD.match(text, a)
    start = lead.end() if lead else a
    seg = text[start:b]
    bm = _BETWEEN.match(seg)
    am = _AFTER.match(seg)
    jm = _JUDUL.match(seg)
    off = start + (bm.end() if bm else am.end() if am else jm.end() if jm else 0)
    locs = locs_of(units_in(text, off, b))
    if bm and len(locs) >= 2:
        c.between = (locs[0], locs[1])
        c.targets = [locs[0]]
        if c.action == "tambah":
            c.action = "sisip"   # "di antara ... ditambahkan": an insertion
    elif am and locs:
        c.after = locs[0]
        c.targets = [locs[0]]
    else:
        c.targets = locs


def _tail(text: str, c: Clause, a: int, b: int, clauses: list[Clause]) -> None:
    """After the verb: "2 (dua) Pasal, yakni Pasal 5A dan Pasal 5B"."""
    c.end = a
    cm = _COUNT.search(text, a, b)
    after = a
    if cm and cm.start() - a < 40:
        c.count = int(cm.group("n"))
        c.count_words = " ".join(cm.group("words").split())
        c.count_value = words_to_int(c.count_words)
        c.count_unit = _UNIT_WORD.get(cm.group("unit").lower())
        c.count_span = (cm.start(), cm.end())
        after = c.end = cm.end()
    ym = _YAKNI.search(text, after, b)
    runs = None
    if re.match(r"\s+penjelasan\b", text[a:a + 20], re.I):
        return   # "menambah penjelasan pada ayat (4)": nothing is inserted in the body
    if ym and ym.start() - after < 20:
        runs = units_in(text, ym.end(), b, anchored=True)
    elif c.action in ("sisip", "tambah") and not c.count:
        runs = units_in(text, after, b)     # "disisipkan Pasal 5A", "ditambahkan ayat (4)"
    if runs:
        runs = _own_runs(text, runs, b, c)
    if runs:
        ins = [x for x in locs_of(runs) if x.chain[0][0] != "penjelasan"
               and (c.count_unit is None or x.unit == c.count_unit)]
        if not ins:
            return
        context = list(c.between or ()) or ([c.after] if c.after else []) or c.targets
        c.inserted = _inherit(ins, context)
        c.end = runs[-1][-1][3]
        # "yakni ayat (la) , dan ayat (1 b)": more unit words than provisions read
        words = len(re.findall(r"\b(?:[Pp]asal|[Aa]yat|[Hh]uruf|[Aa]ngka|BAB|[Bb]ab|[Bb]agian|[Pp]aragraf)\b",
                               text[ym.end() if ym else after:b]))
        c.unread = words > sum(len(r) for r in runs)


def _own_runs(text: str, runs, verb_at: int, c: Clause):
    """The named provisions of this clause, not the subject of the next one:
    in "yakni ayat (3a), ayat (3b), dan ayat (3c) serta ayat (4) dihapus" the
    last "ayat (4)" is what the next verb deletes."""
    end = runs[-1][-1][3]
    if text[end:verb_at].strip() or verb_at >= len(text) or not VERBS.match(text, verb_at):
        return runs
    # a clause boundary written "serta": everything after it is the next subject
    for k in range(len(runs) - 1, 0, -1):
        gap = text[runs[k - 1][-1][3]:runs[k][0][2]]
        if re.search(r"\bserta\b", gap):
            return runs[:k]
    if c.between is not None:
        # inserted numbers carry the lower neighbour's number ("3a", "63A"):
        # trailing plain numbers belong to the next clause
        low = value_of(c.between[0].unit, c.between[0].num)[0]
        k = len(runs)
        while k > 1:
            u, n = runs[k - 1][-1][0], runs[k - 1][-1][1]
            v, suf = value_of(u, n)
            if suf or v != low + 1 and v == low:
                break
            k -= 1
        return runs[:k]
    return runs[:-1] if len(runs) > 1 else runs
