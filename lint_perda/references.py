"""Internal references: find, parse (grammars/reference.lark), classify and
resolve them.

Pipeline per provision text (a node's own words, never its children's):

1. a cheap regex finds candidate phrases ("Pasal 17 ayat (1) dan ayat (3)");
2. the Lark grammar parses each candidate (cached: the same phrase recurs
   hundreds of times in one regulation);
3. the words before it give the introducer ("sebagaimana dimaksud dalam") and
   its preposition; the words after it tell an external reference ("Pasal 8
   Peraturan Daerah Nomor 1 Tahun 2022") from a self-document one ("Pasal 8
   Peraturan Daerah ini");
4. each target is resolved in context: "ayat (1)" is the current Pasal's,
   "huruf a" in Menimbang is the Menimbang list's, Pasal numbers in an
   amending regulation point into the amended one and are not checked.

A target whose resolution is not certain is marked ``unsure`` and no rule
judges it: a linter that accuses a correct draft is worse than a silent one.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from .unitphrase import cite  # noqa: F401  (the one way a place is written; used by the rules from here)

if TYPE_CHECKING:  # pragma: no cover
    from .ast import Node
    from .document import Document

LEVEL = {"lampiran": 0, "pasal": 1, "ayat": 2, "huruf": 3, "angka": 4}
_ITEM_OF = {"huruf": ("huruf", "huruf_kurung"), "angka": ("angka", "angka_kurung")}

# -- 1. candidates ---------------------------------------------------------
_EL = (r"(?:(?:[Pp]asal|PASAL)\s+\d+[A-Z]?(?!\w)"
       r"|(?:[Aa]yat|AYAT)\s*\(\s*\d+[a-z]?\s*\)"
       r"|(?:[Hh]uruf|HURUF)\s+(?:[a-zA-Z]|(?P<dbl>[a-z])(?P=dbl))(?!\w)"
       r"|(?:[Aa]ngka|ANGKA)\s+\d+(?!\w)"
       r"|(?:Lampiran|LAMPIRAN)(?:\s+[IVXLC]+(?!\w))?(?![\w-]))")
_SEP = r"(?:\s*,\s*(?:(?:dan/atau|dan|atau|serta)\s+)?|\s+(?:dan/atau|dan|atau|serta|sampai\s+dengan)\s+)"
_EL_NOGROUP = _EL.replace("(?P<dbl>[a-z])(?P=dbl)", "(?:aa|bb|cc|dd|ee|ff|gg|hh|ii|jj|kk|ll|mm|nn|oo|pp|qq|rr|ss|tt|uu|vv|ww|xx|yy|zz)")
CANDIDATE = re.compile(rf"(?<![\w-]){_EL_NOGROUP}(?:\s*{_EL_NOGROUP})*(?:{_SEP}{_EL_NOGROUP}(?:\s*{_EL_NOGROUP})*)*")
_PREFILTER = re.compile(r"[Pp]asal|PASAL|[Aa]yat|AYAT|[Hh]uruf|HURUF|[Aa]ngka|Lampiran|LAMPIRAN")


def may_cite(t: str) -> bool:
    """_PREFILTER.search(t), as substring tests: several times faster."""
    return ("asal" in t and ("Pasal" in t or "pasal" in t) or "PASAL" in t or "Ayat" in t or "ayat" in t
            or "AYAT" in t or "Huruf" in t or "huruf" in t or "HURUF" in t or "Angka" in t or "angka" in t
            or "Lampiran" in t or "LAMPIRAN" in t)

# the words before a reference: "sebagaimana dimaksud dalam", "berdasarkan", ...
_INTRO = re.compile(
    r"(?:(?P<sb>sebagaimana|yang)\s+(?P<verb>dimaksud(?:kan)?|tercantum|diatur|disebut(?:kan)?|ditetapkan|tersebut)"
    r"(?:\s+(?P<prep>dalam|pada|di\s*dalam))?"
    r"|(?P<other>berdasarkan|sesuai\s+dengan|menurut|dalam|pada|terhadap|atas|ketentuan|tercantum\s+(?:dalam|pada)))\s*$",
    re.IGNORECASE)

# the words after it: another regulation, or this one ("... ini")
_EXTERNAL = re.compile(
    r"\s*,?\s*(?:(?:dalam|pada|dari|atas)\s+)?(?:Undang|UU\b|Peraturan|PERATURAN|Perpu|Perppu|Keputusan|Kitab|KUH|Instruksi|Surat|Qanun|Ketetapan|"
    r"Staatsblad|Stb|Ordonansi|Konvensi|Persetujuan|Perjanjian|Perda\b|Perbup\b|Perwal\b|Pergub\b|Permen|PMK\b|PP\b|"
    r"Perpres\b|Keppres\b|Inpres\b|Putusan|Amandemen|Undang-undang|undang-undang|peraturan|keputusan|Lampiran\s+(?:Undang|Peraturan))")
_SELF_DOC = re.compile(
    r"\s*,?\s*(?:Undang-Undang|Peraturan|Keputusan|Qanun|Instruksi|undang-undang|peraturan)(?:\s+[A-Z][\w-]*){0,4}\s+ini\b")
# an amendment instruction: "Ketentuan Pasal 5 diubah ..."
_AMEND_VERB = re.compile(r"[^.;:]{0,80}?\b(?:diubah|dihapus|disisipkan|ditambah(?:kan)?|dicabut)\b")
_AFTER_OTHER = re.compile(r"\s*,?\s*yang\s+(?:diubah|telah\s+diubah)\b")
_PASAL_INI = re.compile(r"\s+[Pp]asal\s+ini\b")


@dataclass(eq=False)
class Target:
    """One provision named by a reference, as a chain of (unit, number)."""
    chain: tuple[tuple[str, str], ...]
    i: int                       # span of the item as written, in the node text
    j: int
    written: tuple[tuple[str, str, int], ...] = ()   # (unit word, number, offset) as written
    relative: bool = False       # starts below Pasal: resolved in context
    inherited: int = 0           # how many chain units came from the item before
    range_end: "Target | None" = None
    nodes: list = field(default_factory=list)        # resolved provisions
    status: str = "unchecked"    # ok | missing | ambiguous | unsure | unchecked
    missing_at: int = -1         # index in chain where resolution failed
    near: "Node | None" = None   # a near target for "maksud Anda ...?"
    container: "Node | None" = None   # missing: the provision that lacks it (None for a Pasal)

    @property
    def cite(self) -> str:
        return cite(self.chain)


@dataclass(eq=False)
class Reference:
    node: "Node"                 # the provision whose own text holds it
    i: int                       # span of the phrase in node.text
    j: int
    text: str
    intro: str = ""              # "sebagaimana dimaksud dalam"
    intro_i: int = -1
    prep: str | None = None      # dalam / pada, after sebagaimana dimaksud
    scope: str = "internal"      # internal | external | amended
    pasal_ini: bool = False      # followed by a redundant "Pasal ini"
    targets: list[Target] = field(default_factory=list)

    @property
    def internal(self) -> bool:
        return self.scope == "internal"

    @property
    def unresolved(self) -> bool:
        return any(t.status == "missing" for t in self.all_targets())

    def all_targets(self):
        for t in self.targets:
            yield t
            if t.range_end is not None:
                yield t.range_end


def reliable(doc, max_ratio: float = 0.5) -> bool:
    """The last resort: False for a text whose structure cannot carry any
    judgement of its references (a parse covering less than half of it, or
    more than ``max_ratio`` of its internal references unsure or falling in
    gaps).  Every other text is judged reference by reference
    (:func:`judged`); the JSON says which were left out."""
    key = ("_reliable", max_ratio)
    cache = doc.__dict__.setdefault("_ref_cache", {})
    if key not in cache:
        st = [t.status for r in doc.references if r.internal and r.intro
              for t in r.all_targets() if t.chain[0][0] != "lampiran"]
        bad = sum(1 for x in st if x in ("unsure", "gap"))
        # two doubtful references in a short draft are not a pattern
        cache[key] = doc.parsed.coverage >= 0.5 and (bad <= 2 or bad / len(st) <= max_ratio)
    return cache[key]


# a sentence ends and another begins ("lzin": a capital I read as l)
_TWO_SENTENCES = re.compile(r"[a-z)][.;:]\s+(?:[A-Z(]|l(?=[bcdfghjkmnpqrstvwxz]))")
_SEMI_INSIDE = re.compile(r";\s+(?!(?:dan|atau|dan/atau|serta)?\s*$)\S")


def lost_markers(c, unit: str) -> bool:
    """Markers the conversion lost leave their words behind: a provision in
    two sentences without its ayat, an item holding "...; x; y" without
    the markers of x and y."""
    if any(_TWO_SENTENCES.search(n.text) for n in c.walk() if n.kind != "ayat" or n.parent is c or n is c):
        return True
    items = [ch for ch in c.walk() if ch is not c and ch.is_item]
    if not items:
        return unit != "ayat" and ";" in c.text
    if any(_SEMI_INSIDE.search(it.text) or not it.text.strip() and not it.children for it in items):
        return True   # "...; x; y" in one item, or an item left empty
    for n in [c] + items:
        for kind in ("huruf", "angka", "huruf_kurung", "angka_kurung"):
            vals = [ch.value for ch in n.children if ch.kind == kind and ch.value is not None]
            if vals and (vals[0] != 1 or any(b > a + 1 for a, b in zip(vals, vals[1:]))):
                return True   # a list that starts past a. or skips: its markers were lost
    top = [ch for ch in c.children if ch.is_item]
    last = top[-1].text.rstrip() if top and not c.is_item else ""
    if unit != "ayat" and (last.endswith((";", ",")) or re.search(r"\b(?:dan|atau|dan/atau)$", last)):
        return True   # a list that stops where it goes on: its last items were lost
    # a list numbered from the start again under one parent: two lists merged
    # where the ayat marker between them was lost
    return any(sum(1 for ch in n.children if ch.is_item and ch.value == 1) > 1 for n in [c] + items)


def _source_in_place(doc, rd, ref) -> bool:
    """A relative reference ("ayat (1) huruf c") resolves in the Pasal it is
    written in: that Pasal read cleanly between neighbours that follow on,
    so no heading the conversion lost put the words in the wrong Pasal."""
    p = ref.node.nearest("pasal")
    if p is None:
        return True
    if not rd.clean(p) or not rd.clean_stretch(p.start, ref.node.orig(ref.j)):
        return False
    seq = [x for x in doc.pasals if x.value is not None]
    if p not in seq:
        return False
    k = seq.index(p)
    before = seq[k - 1].value == p.value - 1 if k > 0 else p.value == 1
    after = seq[k + 1].value == p.value + 1 if k + 1 < len(seq) else True
    return before and after


def judged(doc, ref: "Reference", t: "Target") -> bool:
    """Whether a reference's target may be judged: the reference read
    cleanly, and the part of the structure it targets read cleanly (the
    provision that lacks the unit, with its own ayat and items on their own
    lines and no debris among them; for a Pasal beyond the last, the end of
    the body)."""
    from .reading import reading, unreadable
    if unreadable(doc):
        return False
    rd = reading(doc)
    a, b = ref.node.orig_span(ref.i, ref.j)
    if not rd.clean_stretch(a - 30, b + 10):
        return False
    if any(re.fullmatch(r"\d+[OoIlLST]|[OoIlLST]\d*", num) for _, num in t.chain if num):
        return False   # "Pasal 4O", "Pasal 2L": a number the scanner garbled
    if t.status == "missing":
        if t.chain[0][0] == "pasal" and t.chain[0][1][-1:].isalpha() and not any(p.suffix for p in doc.pasals):
            return False   # "Pasal 2A" in a text without inserted Pasal: "24" read by OCR
        # the words around the reference: the provision that holds it read
        # cleanly, and the reference in its first sentence (not in words the
        # conversion glued on from elsewhere)
        src = ref.node
        if not rd.clean(src) or not rd.clean_stretch(src.start, ref.node.orig(ref.j)):
            return False
        if t.relative and re.search(r"[.;:]\s+\S", src.text[:ref.i]) and src.kind != "pasal":
            return False
        c = t.container
        if c is not None:
            unit = t.chain[t.missing_at][0]
            if not rd.node_clean(c) or not (c.paras or c.children):
                return False
            # markers the conversion lost leave their sentences behind: a
            # provision without ayat in two sentences, items without markers
            if not c.text.strip() and not c.children:
                return False
            if lost_markers(c, unit):
                return False
            if rd.scan and unit == "ayat" and not any(ch.kind == "ayat" for ch in c.children):
                return False   # a scan loses whole runs of ayat markers: a Pasal without any is not proof
            return not t.relative or _source_in_place(doc, rd, ref)
        pasals = [p for p in doc.pasals if p.value is not None]
        if len(pasals) < 2:
            return False
        last, before = pasals[-1], pasals[-2]
        body = doc.body
        return (rd.clean(last) and rd.clean(before) and last.value == before.value + 1
                and rd.clean_stretch(before.start, body.end if body is not None else last.end))
    if t.status == "ambiguous":
        nodes = t.nodes
        return all(rd.clean(n) for n in nodes) and rd.clean_stretch(min(n.start for n in nodes), max(n.end for n in nodes))
    return True


_MARKER_BEFORE = re.compile(r"(?:^|\s)(?:\(\s*\d+[a-z]?\s*\)|\(\d+1|[a-z][.)]|\d+[.)])\s")


_GLUED_AT: "WeakKeyDictionary[Node, float]" = WeakKeyDictionary()


def glued_before(ref) -> bool:
    """A list or ayat marker earlier in the same node text: the PDF glued the
    next provision into this one, so the node is not where the words are."""
    text, i = ref.node.text, ref.i
    if i < 4096:
        return _MARKER_BEFORE.search(text, 0, i) is not None   # as in text[:i], without the copy
    # far into a long node (a whole part glued into one provision): where
    # the first marker ends, found once per node by bisection (a marker in
    # text[:k] is one in every longer prefix), not a scan per reference
    at = _GLUED_AT.get(ref.node)
    if at is None:
        if _MARKER_BEFORE.search(text) is None:
            at = float("inf")
        else:
            lo, hi = 0, len(text)
            while lo < hi:
                mid = (lo + hi) // 2
                if _MARKER_BEFORE.search(text, 0, mid) is None:
                    lo = mid + 1
                else:
                    hi = mid
            at = lo
        _GLUED_AT[ref.node] = at
    return at <= i


# -- 2. the grammar ----------------------------------------------------------
_PARSER = None


def _parser():
    global _PARSER
    if _PARSER is None:
        from lark import Lark
        g = resources.files("lint_perda.grammars").joinpath("reference.lark").read_text("utf-8")
        _PARSER = Lark(g, parser="lalr", lexer="contextual", cache=True)
    return _PARSER


@lru_cache(maxsize=8192)
def parse_phrase(phrase: str):
    """Parse a reference phrase into items: a tuple of (chain, range_chain)
    where a chain is a tuple of (unit, number, word as written, offset,
    end).  Items are as written; inheritance is applied by ``targets_of``.
    Returns None when the grammar rejects the phrase."""
    from lark.exceptions import LarkError
    try:
        tree = _parser().parse(phrase)
    except LarkError:
        return None
    items = []
    for item in tree.children:
        chains = []
        for ch in item.children:
            units = []
            for u in ch.children:
                word = u.children[0]
                numtok = u.children[1] if len(u.children) > 1 and u.children[1] is not None else None
                num = ""
                end = word.end_pos
                if numtok is not None:
                    num = str(numtok).strip("() \t\n").replace(" ", "")
                    end = numtok.end_pos
                units.append((u.data, num, str(word), word.start_pos, end, str(numtok or "")))
            chains.append(tuple(units))
        items.append((chains[0], chains[1] if len(chains) > 1 else None))
    return tuple(items)


def targets_of(items, base: int = 0) -> list[Target]:
    """Apply inheritance: a list item that starts lower in the hierarchy than
    the item before takes that item's head ("Pasal 17 ayat (1) dan ayat (3)"
    -> Pasal 17 ayat (3)); so does a range's end."""
    out: list[Target] = []
    prev: tuple = ()
    for chain, rchain in items:
        t = _target(chain, prev, base)
        if rchain is not None:
            t.range_end = _target(rchain, t.chain, base)
        out.append(t)
        prev = t.chain
    return out


def _target(units, prev, base) -> Target:
    first = LEVEL[units[0][0]]
    head = tuple(u for u in prev if LEVEL[u[0]] < first)
    chain = head + tuple((u[0], u[1]) for u in units)
    return Target(chain=chain, i=base + units[0][3], j=base + units[-1][4],
                  written=tuple((u[2], u[5], base + u[3]) for u in units),
                  relative=chain[0][0] in ("ayat", "huruf", "angka"), inherited=len(head))


# -- 3 and 4. find, classify, resolve -----------------------------------------
def _text_nodes(doc: "Document"):
    for part in ("front", "body", "penjelasan"):
        base = doc.part(part)
        if base is None:
            continue
        for n in base.walk():
            if n.paras and n.kind not in ("text",):
                yield n


def extract_references(doc: "Document") -> list[Reference]:
    refs: list[Reference] = []
    for node in _text_nodes(doc):
        text = node.text
        if not may_cite(text):
            continue
        for m in CANDIDATE.finditer(text):
            ref = _make_reference(doc, node, text, m)
            if ref is not None:
                refs.append(ref)
    return refs


def _make_reference(doc, node, text, m) -> Reference | None:
    items = parse_phrase(m.group(0))
    if not items:
        return None
    i, j = m.span()
    before = text[max(0, i - 60):i]
    im = _INTRO.search(before)
    ref = Reference(node=node, i=i, j=j, text=m.group(0))
    if im:
        ref.intro = " ".join(im.group(0).split())
        ref.intro_i = i - len(before) + im.start()
        if im.group("sb") and im.group("verb").lower().startswith("dimaksud"):
            ref.prep = (im.group("prep") or "").lower() or None
    ref.targets = targets_of(items, i)
    first_unit = ref.targets[0].chain[0][0] if ref.targets[0].inherited == 0 else items[0][0][0][0]
    if first_unit == "lampiran" and not im:
        return None   # "Lampiran" as a common noun, not a reference
    after = text[j:j + 90]
    if _PASAL_INI.match(after):
        ref.pasal_ini = True
    ref.scope = _scope(doc, node, after, first_unit)
    if ref.scope == "internal":
        for t in ref.all_targets():
            _resolve(doc, node, t)
            if t.status == "missing" and not im:
                # no "sebagaimana dimaksud"-like words before it: often a
                # heading glued into running text by the PDF conversion
                t.status = "unsure"
    return ref


def _scope(doc, node, after: str, first_unit: str) -> str:
    if node.nearest("mengingat") is not None:
        return "external"
    if _SELF_DOC.match(after):
        return "internal"
    if first_unit == "pasal" and node.nearest("front") is not None:
        # "untuk melaksanakan ketentuan Pasal 80 ayat (2), ... dan Pasal 84
        # Undang-Undang Nomor 39 Tahun 2004": the law is named far after
        return "external"
    if _EXTERNAL.match(after) or _AFTER_OTHER.match(after):
        return "external"
    if node.nearest("penjelasan") is not None and node.nearest("pj_pasal") is None:
        # Penjelasan Umum mostly cites the parent law ("menurut Pasal 14 ayat (2)")
        return "external"
    if node.kind == "amend" or _AMEND_VERB.match(after):
        return "amended"   # the instruction itself names provisions of the amended regulation
    if node.quoted:
        # new wording quoted by an amendment: relative references ("pada ayat
        # (3)") resolve in the quoted Pasal, "Pasal 4 ..." in the Pasal 4 the
        # same amendment quotes; anything else points into the amended
        # regulation (checked against it when it is given: consolidate.py)
        if not doc.judged(node):
            return "amended"
        if first_unit in ("ayat", "huruf", "angka"):
            return "internal"
        return "internal" if first_unit == "pasal" and doc.quoted_pasal_index else "amended"
    if node.nearest("amend") is not None:
        return "amended"
    if doc.is_amendment:
        p = node.nearest("pasal", "pj_pasal")
        if p is None or not (p.num or "")[:1].isdigit() or node.nearest("penjelasan") is not None:
            return "amended"
    return "internal"


def _norm(num: str) -> str:
    return (num or "").replace(" ", "").strip("().")


def _children(node, kinds, num):
    want = _norm(num)
    hits = [c for c in node.children if c.kind in kinds and _norm(c.num) == want]
    if not hits and want != want.lower():
        # "huruf I" for huruf i: the target is meant; the case rule reports it
        hits = [c for c in node.children if c.kind in kinds and _norm(c.num) == want.lower()]
    return hits


def _has_kind(node, kinds) -> bool:
    return any(c.kind in kinds for c in node.children)


def _resolve(doc, src, t: Target) -> None:
    chain = t.chain
    levels = [LEVEL[u] for u, _ in chain]
    if levels != sorted(levels) or len(set(levels)) != len(levels):
        t.status = "unsure"          # "ayat (1) Pasal 5": an old word order, not judged
        return
    unit0, num0 = chain[0]
    if unit0 == "lampiran":
        lamps = doc.lampiran
        if not lamps:
            t.status = "unsure"      # the Lampiran is often not in the same file
            return
        if not num0:
            named = [l for l in lamps if (l.num or "").strip()]
            t.nodes = lamps
            t.status = "ambiguous" if len(named) > 1 else "ok"
            return
        hits = [l for l in lamps if _norm(l.num) == _norm(num0)]
        t.nodes = hits
        t.status = "ok" if len(hits) == 1 else ("ambiguous" if hits else "missing")
        t.missing_at = -1 if hits else 0
        if not hits:
            from .numbering import roman_to_int
            have = [roman_to_int(_norm(l.num)) for l in lamps]
            want = roman_to_int(_norm(num0))
            # only beyond the last numbered Lampiran of a cleanly parsed set
            if None in have or want is None or want <= max(have):
                t.status = "unsure"
        return
    if unit0 == "pasal" and src.quoted:
        hits = doc.quoted_pasal_index.get(num0, [])
        if not hits:
            t.status = "unchecked"   # a Pasal of the amended regulation this amendment does not quote
            return
        if len(hits) > 1:
            t.nodes = hits
            t.status = "ambiguous"
            return
        cur, k = hits[0], 1
    elif unit0 == "pasal":
        hits = doc.pasal_index.get(num0, [])
        if not hits:
            t.missing_at = 0
            t.status = _pasal_missing_status(doc, num0)
            if t.status == "missing":
                t.near = _near_pasal(doc, num0)
            return
        if len(hits) > 1:
            t.nodes = hits
            t.status = "ambiguous"
            return
        cur, k = hits[0], 1
    else:
        cur = _context(src, unit0)
        if cur is None:
            t.status = "unsure"
            return
        if unit0 == "ayat" and not _has_kind(cur, ("ayat",)):
            t.status = "unsure"   # see relative_first_ayat_ok
            return
        k = 0
    for idx in range(k, len(chain)):
        unit, num = chain[idx]
        kinds = ("ayat",) if unit == "ayat" else _ITEM_OF.get(unit, ())
        hits = _children(cur, kinds, num)
        if not hits and unit != "ayat" and not _has_kind(cur, kinds):
            # "Pasal 5 huruf a" where the list sits in Pasal 5's only ayat
            deep = [n for n in cur.walk() if n is not cur and n.kind in kinds and _norm(n.num) == _norm(num)]
            if len(deep) == 1:
                hits = deep
        if not hits:
            t.missing_at = idx
            t.container = cur
            t.status = _child_missing_status(cur, kinds, unit, num)
            if t.relative and t.status == "missing" and (
                    cur.kind in ("menimbang", "mengingat")
                    or (unit == "ayat" and sum(1 for c in cur.children if c.kind == "ayat") == 1)):
                # Menimbang letters and a lone "(1)" are where PDF
                # conversion loses markers; a draft rarely gets these wrong
                t.status = "unsure"
            if t.status == "missing":
                t.near = _near_child(cur, kinds, num) or _near_path(cur, chain, idx)
            return
        if len(hits) > 1:
            t.nodes = hits
            t.status = "ambiguous"
            return
        cur = hits[0]
    t.nodes = [cur]
    t.status = "ok"


def _value(unit: str, num: str) -> int | None:
    from .numbering import letter_to_int
    n = _norm(num)
    if unit in ("huruf",):
        return letter_to_int(n.lower())
    m = re.match(r"\d+", n)
    return int(m.group(0)) if m else None


def _child_missing_status(cur, kinds, unit, num) -> str:
    """missing: the provision has no such unit and nothing suggests the parse
    lost it; gap: the number falls between existing ones (the numbering
    rules own that); unsure: the text still holds a marker for it."""
    if _marker_in_text(cur, unit, num):
        return "unsure"
    if unit != "ayat" and not any(c.is_item for c in cur.walk() if c is not cur) \
            and re.search(r":\s*[^;:]+;[^;]+;", cur.text or ""):
        return "unsure"   # a list whose markers the conversion lost ("persyaratan : x; y; z.")
    want = _value(unit, num)
    vals = [_value(unit, c.num or "") for c in cur.walk() if c is not cur and c.kind in kinds]
    vals = [v for v in vals if v is not None]
    if want is not None and vals and min(vals) < want < max(vals):
        return "gap"
    if want is not None and vals and want < min(vals):
        return "gap"
    return "missing"


def _marker_in_text(cur, unit, num) -> bool:
    n = re.escape(_norm(num))
    if unit == "ayat":
        pat = rf"(?<!ayat )\(\s*{n}\s*\)"
    else:
        pat = rf"(?<![\w(])(?<!huruf )(?<!angka ){n}[.)]\s"
    for node in cur.walk():
        texts = [node.text]
        if node.head is not None:
            texts.append(node.head.line.text)
        if any(re.search(pat, x) for x in texts):
            return True
    return False


def _near_path(cur, chain, idx):
    """The rest of the chain found elsewhere: "Pasal 4 ayat (1) huruf a" in a
    Pasal 4 without ayat -> Pasal 4 huruf a; "ayat (2) huruf a" where only
    ayat (3) has a list -> ayat (3) huruf a."""
    rest = chain[idx + 1:]
    unit = chain[idx][0]
    if not rest:
        return None

    def follow(node, links):
        for u, n in links:
            kinds = ("ayat",) if u == "ayat" else _ITEM_OF.get(u, ())
            hits = _children(node, kinds, n)
            if len(hits) != 1:
                return None
            node = hits[0]
        return node

    if unit == "ayat" and not _has_kind(cur, ("ayat",)):
        return follow(cur, rest)
    kinds = ("ayat",) if unit == "ayat" else _ITEM_OF.get(unit, ())
    found = [x for x in (follow(c, rest) for c in cur.children if c.kind in kinds) if x is not None]
    return found[0] if len(found) == 1 else None


# a "Pasal N" heading standing in a line of the source (N captured)
_PASAL_IN_LINE = re.compile(r"(?:^|[.;:]\s+|\s{2,})[>#*\s-]*Pasal\s+(\d+[A-Z]?)(?!\w)(?!\s+(?:ayat|huruf|angka))")


def _pasal_missing_status(doc, num: str) -> str:
    m = re.fullmatch(r"(\d+)([A-Z]?)", num)
    if not m or doc.parsed.coverage < 0.9 or len(doc.pasals) < 2:
        return "unsure"
    cache = doc.__dict__.setdefault("_ref_cache", {})
    if "pasal_range" not in cache:
        # once per document: each reference to a missing Pasal used to
        # rescan every Pasal and every line (quadratic on a large text)
        vals = [n.value for n in doc.pasals if n.value is not None]
        cache["pasal_range"] = (min(vals), max(vals)) if vals else None
        cache["pasal_in_lines"] = {x.group(1) for ln in doc.parsed.normalized.lines
                                   for x in _PASAL_IN_LINE.finditer(ln.text)}
    rng = cache["pasal_range"]
    want = int(m.group(1))
    if rng and (rng[0] < want < rng[1] or want < rng[0]) and not m.group(2):
        return "gap"
    # a "Pasal N" heading the parser did not place (glued into a line, or
    # left unplaced) is in the source: the parse, not the draft, lost it
    return "unsure" if num in cache["pasal_in_lines"] else "missing"


def _context(src, unit):
    """The provision a relative reference starts from."""
    if unit == "ayat":
        p = src.nearest("pasal", "qpasal")
        if p is not None:
            return p
        pj = src.nearest("pj_pasal")
        return None if pj is None else None   # Penjelasan: judged on the body only via an explicit Pasal
    kinds = _ITEM_OF[unit]
    n = src
    while n is not None:
        if n.kind in ("menimbang", "mengingat", "ayat", "pasal", "qpasal") or n.kind in ITEM_CONTAINERS:
            if _has_kind(n, kinds):
                return n
        if n.kind in ("menimbang", "mengingat", "pasal", "qpasal", "pj_pasal", "body", "front", "penjelasan"):
            return None
        n = n.parent
    return None


ITEM_CONTAINERS = ("huruf", "angka", "huruf_kurung", "angka_kurung")


def _near_pasal(doc, num: str):
    m = re.fullmatch(r"(\d+)([A-Z]?)", num)
    if not m:
        return None
    if m.group(2):
        hits = doc.pasal_index.get(m.group(1), [])
        return hits[0] if len(hits) == 1 else None
    return None


def _near_child(cur, kinds, num):
    """"huruf I" -> huruf l or huruf i; "ayat (1O)" -> nothing."""
    low = _norm(num)
    cands = {"I": ["l"], "l": ["i"], "i": ["l"]}.get(low, [])
    for c in cur.children:
        if c.kind in kinds and _norm(c.num) in cands:
            return c
    return None
