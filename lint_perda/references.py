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

from .refresolve import LEVEL, _resolve
from .unitphrase import cite

if TYPE_CHECKING:  # pragma: no cover
    from .ast import Node
    from .document import Document


# -- 1. candidates ---------------------------------------------------------
_EL = (r"(?:(?:[Pp]asal|PASAL)\s+\d+[A-Z]?(?!\w)"
       r"|(?:[Aa]yat|AYAT)\s*\(\s*\d+[a-z]?\s*\)"
       r"|(?:[Hh]uruf|HURUF)\s+(?:[a-zA-Z]|(?P<dbl>[a-z])(?P=dbl))(?!\w)"
       r"|(?:[Aa]ngka|ANGKA)\s+\d+(?!\w)"
       r"|(?:Lampiran|LAMPIRAN)(?:\s+[IVXLC]+[A-H]?(?!\w))?(?![\w-]))")   # "Lampiran IIIA"
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
# (".Undang-undang" glued: the conversion's full stop between the phrase and the law's name)
_EXTERNAL = re.compile(
    r"\s*(?:,|\.(?=[A-Z]))?\s*(?:(?:dalam|pada|dari|atas)\s+)?(?:Undang|UU\b|UUD\b|UUPA\b|Peraturan|PERATURAN|Perpu|Perppu|Keputusan|Kitab|KUH|Instruksi|Surat|Qanun|Ketetapan|"
    r"Staatsblad|Stb|Ordonansi|Konvensi|Persetujuan|Perjanjian|Perda\b|Perbup\b|Perwal\b|Pergub\b|Permen|PMK\b|PP\b|"
    r"Perpres\b|Keppres\b|Inpres\b|Putusan|Amandemen|Undang-undang|undang-undang|peraturan|keputusan|Lampiran\s+(?:Undang|Peraturan))")
_SELF_DOC = re.compile(
    r"\s*,?\s*(?:Undang-Undang|Peraturan|Keputusan|Qanun|Instruksi|undang-undang|peraturan)(?:\s+[A-Z][\w-]*){0,4}\s+ini\b")
# an amendment instruction: "Ketentuan Pasal 5 diubah ..."
_AMEND_VERB = re.compile(r"[^.;:]{0,80}?\b(?:diubah|dihapus|disisipkan|ditambah(?:kan)?|dicabut)\b")
_RUN = re.compile(r"(?:\s*(?:,\s*(?:dan/atau|dan|atau|serta)?|/|dan/atau|dan|atau|serta|sampai\s+dengan)\s*"
                  r"(?:(?:Pasal|pasal|ayat|huruf|angka)\s+)?"
                  r"(?:\(\d{1,3}[a-z]?\)|\d{1,4}[A-Z]?\b|[a-z]\b)(?:\s+(?:ayat|huruf|angka)\s+(?:\(\d{1,3}[a-z]?\)|\d{1,4}|[a-z]\b))*)*")
_AFTER_OTHER = re.compile(r"\s*,?\s*yang\s+(?:diubah|telah\s+diubah)\b")
_PASAL_INI = re.compile(r"\s+[Pp]asal\s+ini\b")
_PASAL_BEFORE = re.compile(r"\b[Pp]asal\s+(\d{1,4}[A-Z]?)\s+(?:pada|dalam)\s+$")


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


# -- 2. the grammar ----------------------------------------------------------
_PARSER = None


def _parser():
    global _PARSER
    if _PARSER is None:
        from lark import Lark
        g = resources.files("lint_perda.grammars").joinpath("reference.lark").read_text("utf-8")
        _PARSER = Lark(g, parser="lalr", lexer="contextual", cache=True)
    return _PARSER


@lru_cache(maxsize=1 << 16)   # a worker keeps the phrases of all its texts: they repeat across texts
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


def targets_of(items, base: int = 0, head: tuple = ()) -> list[Target]:
    """Apply inheritance: a list item that starts lower in the hierarchy than
    the item before takes that item's head ("Pasal 17 ayat (1) dan ayat (3)"
    -> Pasal 17 ayat (3)); so does a range's end, and the first item takes
    ``head``, a Pasal named just before the phrase."""
    out: list[Target] = []
    prev: tuple = head
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
    # "dalam Pasal 21 pada ayat (3) huruf a": the ayat is that Pasal's
    hm = _PASAL_BEFORE.search(before) if items[0][0][0][0] in ("ayat", "huruf", "angka") \
        and before.endswith(("pada ", "dalam ")) else None
    ref.targets = targets_of(items, i, (("pasal", hm.group(1)),) if hm else ())
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
    # past the rest of a list the phrase did not take in ("Pasal 35 ayat (1)
    # huruf a dan b Undang-Undang ...", "Pasal 151 ayat (6)/Pasal 157 ayat (4)
    # Peraturan Pemerintah ..."): the regulation is named after all of it
    after = after[_RUN.match(after).end():]
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
        if first_unit == "pasal" and doc._amending_title:
            # a Pasal of the new wording the parse did not mark as quoted
            # (the amending article read "Pasal 1" for "Pasal I"): as in a
            # quoted one, "Pasal 1 ayat (1)" is the amended regulation's
            return "amended"
    return "internal"
