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

from .numbering import words_to_int
from .unitphrase import Loc, _inherit, locs_of, units_in, value_of

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
    betweens: list[tuple[Loc, Loc]] = field(default_factory=list)   # more places than one; between is the first
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
                if clauses:   # "Ketentuan Pasal 2 diubah dengan menghapus ayat (3)": Pasal 2's
                    c.targets = _inherit(c.targets, clauses[-1].targets[:1])
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
                        c.betweens = [tuple(_inherit(list(p), clauses[-1].targets[:1])) for p in c.betweens]
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
                c.betweens = [tuple(_inherit(list(p), ref[:1])) for p in c.betweens]
    _pasal_of_wording(text, head_end, clauses)
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


_WORDING_PASAL = re.compile(r"\s*sehingga\s+(?:keseluruhan\s+)?Pasal\s+(\d{1,4}[A-Z]?)\s+(?:berbunyi|menjadi)\b")


def _pasal_of_wording(text: str, head_end: int, clauses: list[Clause]) -> None:
    """"Diantara ayat (1) dan ayat (2) disisipkan ... sehingga Pasal 11
    berbunyi": the Pasal is named only with the wording, for every unit
    the instruction names without one."""
    m = _WORDING_PASAL.match(text, head_end)
    if m is None:
        return
    ref = [Loc(chain=(("pasal", m.group(1)),))]
    for c in clauses:
        if any(_has_pasal(x) for x in [*c.targets, *(c.between or ()), *c.inserted]):
            continue   # a clause that names its Pasal keeps it
        c.targets, c.inserted = _inherit(c.targets, ref), _inherit(c.inserted, ref)
        if c.between:
            c.between = tuple(_inherit(list(c.between), ref))
            c.betweens = [tuple(_inherit(list(p), ref)) for p in c.betweens]
        if c.after:
            c.after = _inherit([c.after], ref)[0]


def _has_pasal(x: Loc) -> bool:
    return any(u == "pasal" for u, _ in x.chain)


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
        if len(locs) >= 4 and len(locs) % 2 == 0:
            # "di antara ayat (3) dan ayat (4), ayat (4) dan ayat (5)": a place each
            c.betweens = [(locs[k], locs[k + 1]) for k in range(0, len(locs), 2)]
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
    if runs and c.between is not None:
        runs = [_split_number(text, r, c.between) for r in runs]
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
        # "yakni Pasal 28A, 28B, dan 28C": numbers named without their unit word
        # beyond the ones read
        bare = re.findall(r"(?:,|\bdan)\s+(\d{1,4}[A-Z]{0,2})\b(?!\s*\()", text[ym.end() if ym else after:b])
        if c.count is not None and len(c.inserted) < c.count <= len(c.inserted) + len(bare):
            c.unread = True


def _split_number(text: str, run, between):
    """A Pasal number a scan split in two ("disisipkan ... yakni Pasal 1 6A"
    between Pasal 16 and Pasal 17): read whole where only the whole number
    lies between the neighbours.  Nothing else is re-read."""
    unit, num, i, j = run[-1]
    if unit != "pasal" or len(between) < 2 or any(x.unit != "pasal" for x in between[:2]):
        return run
    low, high = (value_of("pasal", x.num)[0] for x in between[:2])
    v = value_of("pasal", num)[0]
    m = _SPLIT_REST.match(text, j)
    if None in (low, high, v) or low <= v <= high or m is None:
        return run
    whole = num + m.group(1)
    w, suf = value_of("pasal", whole)
    if w is None or not (low < w < high or w == low and suf):
        return run
    return run[:-1] + [(unit, whole, i, m.end())]


_SPLIT_REST = re.compile(r" (\d{1,3}[A-Z]?)(?![\w(])")


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
