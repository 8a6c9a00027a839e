"""The amendment model: an amending regulation (Perubahan) read into the
regulation it amends and its numbered instructions.

Pasal I (and each Pasal of an omnibus text that opens "Beberapa ketentuan
dalam ... diubah") holds instructions; each instruction is an ``amend`` node
of the AST whose first line is the instruction proper and whose children are
the new wording it quotes (``qpasal``, ``qbab``, ayat, list items).  Here each
becomes an :class:`Instruction`: number, action, targets, announced count,
inserted provisions, the quoted provisions and, once a base regulation is
given (lint_perda/consolidate.py), whether its targets exist there.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .ast import ITEM_KINDS, Node
from .identity import Identity, read_cited
from .instructions import InstructionText, read_instruction
from .unitphrase import Loc, cite, norm

QUOTED_KINDS = ("qpasal", "qbab", "qbagian", "qparagraf", "ayat") + ITEM_KINDS
_ORDINALS = {"KEDUA": 2, "KETIGA": 3, "KEEMPAT": 4, "KELIMA": 5, "KEENAM": 6, "KETUJUH": 7, "KEDELAPAN": 8,
             "KESEMBILAN": 9, "KESEPULUH": 10}
# a Pasal heading inside running text ("... Juli 2014. Pasal 14El Ketentuan ...")
_GLUED_HEAD = re.compile(r"(?:^|[.;:]\s+)Pasal\s+\d+\w*\s+(?:\(\d|[A-Z])|\bPasal\s+\d+\w*\s+\(\d")
# "PERUBAHAN KEDUA ATAS ...", and the older forms without "atas" ("PERUBAHAN
# PERATURAN PEMERINTAH NOMOR 6 TAHUN 1990 ...", "PERUBAHAN DAN TAMBAHAN ATAS ...")
_TITLE = re.compile(r"^PERUBAHAN\s+(?:(?P<ord>KE\w+(?:\s+(?:BELAS|PULUH)(?:\s+(?!ATAS)\w+)?)?)\s+)?"
                    r"(?:DAN\s+TAMBAHAN\s+)?(?:ATAS\s+|(?=(?:PERATURAN|UNDANG-UNDANG|KEPUTUSAN)\b.{0,80}?\bNO(?:MOR|\.)\s))"
                    r"(?P<cited>.+)$", re.I | re.S)
# "Beberapa ketentuan dalam Peraturan ... Nomor 12 Tahun 2021 tentang X (Berita Daerah ...) diubah ..."
_OPENING = re.compile(
    r"(?:ketentuan|Ketentuan)\b.{0,200}?\b(?:dalam|pada)\s+(?P<cite>(?:Peraturan|Undang-Undang|Keputusan|PERATURAN|UNDANG-UNDANG)"
    r".+?\bNomor\s+\S+\s+Tahun\s+\S{4}(?:\s+[Tt]en\s?tang\s+(?:(?!\([^)]{0,12}(?:baran|BARAN|Berita|BERITA))[^;])+?)?)\s*"
    r"(?P<gazette>\([^)]{0,12}(?:baran|BARAN|Berita|BERITA)[^)]*\))?\s*"
    r"(?P<chain>,?\s*(?:yang\s+)?(?:sebagaimana\s+)?telah\s+(?:beberapa\s+kali\s+|\w+\s+kali\s+)?diubah.+?)?"
    r"\s*,?\s*(?=(?:diubah|dihapus|ditambah\w*|disisipkan)\s*,?\s*(?:sebagai|sehingga|dan\b|:|$))", re.S)


@dataclass
class Instruction:
    node: Node
    number: int | None
    text: InstructionText
    quoted: list[Node]
    container: Node
    status: str = "unchecked"            # resolved | missing | unchecked (design.md)
    missing: list[str] = field(default_factory=list)
    applied: bool | None = None          # in the consolidation, when a base was given

    @property
    def action(self) -> str:
        return self.text.action

    @property
    def targets(self) -> list[Loc]:
        return self.text.targets

    @property
    def target(self) -> str:
        return ", ".join(t.cite for t in self.text.targets)

    @property
    def inserted(self) -> list[Loc]:
        return self.text.inserted

    @property
    def label(self) -> str:
        return f"angka {self.number}" if self.number is not None else "perubahan"

    @property
    def clean(self) -> bool:
        """Whether the instruction and its new wording were read cleanly: the
        instruction line ends where the new wording starts, the quoted
        provisions begin on their own lines (none split by the lexer from
        running text or read through OCR), and no list or ayat marker or OCR
        mark stands inside their running text.  Checks that compare the
        instruction with its quoted text judge only clean ones."""
        from .ocr import OCR_MARK
        from .reading import INLINE_MARKER
        first = self.node.paras[0].text if self.node.paras else ""
        tail = first[self.text.head_end:]
        m = re.search(r"berikut\s*[:.]?|dihapus\s*[.;]?", tail)
        rest = tail[m.end():] if m else tail
        if len(rest.strip(" :.;,")) > 3 or len(self.node.paras) > 1 or OCR_MARK.search(first):
            return False
        for q in self.quoted:
            if q.kind == "qpasal" and not (q.text or "").strip() and not q.children:
                return False   # a quoted heading with nothing under it: its wording read elsewhere
            for n in q.walk():
                t = n.text or ""
                if INLINE_MARKER.search(t) or OCR_MARK.search(t) or _GLUED_HEAD.search(t):
                    return False
                if getattr(n, "read", ()):
                    return False   # split from running text or read through OCR: not as quoted
        return True

    def quoted_heads(self) -> list[Node]:
        """The provisions the new wording is headed with: quoted Pasal and
        headings, or the ayat/items quoted alone."""
        heads = [q for q in self.quoted if q.kind in ("qpasal", "qbab", "qbagian", "qparagraf")]
        return heads or self.quoted


@dataclass
class Amendment:
    amends: Identity | None
    ordinal: int                          # 1 for PERUBAHAN ATAS, 2 for PERUBAHAN KEDUA ATAS ...
    instructions: list[Instruction]
    containers: list[Node]                # Pasal I (or the Pasal of an omnibus text)
    closing_pasal: Node | None            # Pasal II
    opening: dict = field(default_factory=dict)   # what Pasal I's opening says of the amended regulation
    title_amends: Identity | None = None
    base: str | None = None               # the base regulation's path (issue: base pairing)
    base_error: str | None = None         # why it could not be checked against its base
    amends_all: list = field(default_factory=list)   # omnibus: the regulation each amending Pasal amends

    def to_json(self, locate) -> dict:
        a = self.amends
        return {
            "amends": ({"jenis": a.jenis, "region": a.region, "nomor": a.nomor, "tahun": a.tahun, "title": a.title}
                       if a else None),
            "ordinal": self.ordinal,
            "base": self.base,
            "instructions": [_instruction_json(i, locate) for i in self.instructions],
            **({"base_error": self.base_error} if self.base_error else {}),
            **({"amends_all": [_ident_json(x) for x in self.amends_all]} if self.amends_all else {}),
        }


def _ident_json(a) -> dict | None:
    if a is None:
        return None
    return {"jenis": a.jenis, "region": a.region, "nomor": a.nomor, "tahun": a.tahun, "title": a.title}


def _instruction_json(ins: Instruction, locate) -> dict:
    line = locate(ins.node.start)[0]
    d = {"number": ins.number, "action": ins.action, "target": ins.target, "line": line,
         "inserted": [x.cite for x in ins.inserted], "status": ins.status,
         "targets": [t.cite for t in ins.targets]}
    if ins.text.count is not None:
        d["count"] = ins.text.count
    if ins.missing:
        d["missing"] = list(ins.missing)
    if ins.applied is not None:
        d["applied"] = ins.applied
    return d


def is_amending_title(title: str | None) -> bool:
    return bool(title) and bool(_TITLE.match(" ".join(title.split())))


def read_amendment(doc) -> Amendment | None:
    """The amendment model of an amending text, or None for an original one."""
    body = doc.body
    if body is None:
        return None
    containers = [p for p in body.walk() if p.kind == "pasal" and not p.quoted
                  and any(c.kind == "amend" for c in p.children)]
    title_amends, ordinal = None, 1
    m = _TITLE.match(" ".join((doc.identity.any_title or "").split()))
    if m:
        title_amends = read_cited(m.group("cited"))
        from .pairing import ordinal_of
        ordinal = ordinal_of(m.group("ord"))
    if not containers and title_amends is None:
        return None
    instructions: list[Instruction] = []
    for p in containers:
        for c in p.children:
            if c.kind != "amend":
                continue
            first = c.paras[0].text if c.paras else ""
            quoted = [q for q in c.children if q.kind in QUOTED_KINDS]
            instructions.append(Instruction(node=c, number=c.value, text=read_instruction(first),
                                            quoted=quoted, container=p))
    openings = [_opening(p) for p in containers]
    opening = openings[0] if openings else {}
    amends = opening.get("identity") or title_amends
    closing = next((p for p in body.walk() if p.kind == "pasal" and not p.quoted and p.num
                    and p.num.strip().upper() == "II"), None)
    am = Amendment(amends=amends, ordinal=ordinal, instructions=instructions, containers=containers,
                   closing_pasal=closing, opening=opening, title_amends=title_amends)
    # an omnibus text amends one regulation in each of its amending Pasal
    am.amends_all = [o.get("identity") for o in openings] if len(openings) > 1 else []
    return am


def _opening(pasal: Node) -> dict:
    """What Pasal I's opening sentence says: the amended regulation, its
    gazette, the earlier amendments ("sebagaimana telah diubah dengan ...")."""
    text = pasal.text
    if not text.strip():
        first = next((c for c in pasal.children if c.kind == "amend"), None)
        text = first.paras[0].text if first is not None and first.paras else ""
        node = first
    else:
        node = pasal
    m = _OPENING.search(text)
    if not m:
        return {"node": node, "text": text}
    ident = read_cited(m.group("cite"))
    return {"node": node, "text": text, "identity": ident, "cite_span": m.span("cite"),
            "gazette": m.group("gazette"), "chain": m.group("chain")}


# -- lookups used by the rules -----------------------------------------------------

def quoted_provision(ins: Instruction, loc: Loc) -> Node | None:
    """The node in the instruction's new wording that stands for ``loc``:
    the quoted Pasal for "Pasal 4", its ayat (2) for "Pasal 4 ayat (2)", a
    quoted ayat (2) alone for "ayat (2) Pasal 4"."""
    chain = list(loc.chain)
    for q in ins.quoted:
        node = _descend(q, chain)
        if node is not None:
            return node
    return None


_KIND_OF = {"pasal": ("qpasal",), "bab": ("qbab",), "bagian": ("qbagian",), "paragraf": ("qparagraf",),
            "ayat": ("ayat",), "huruf": ("huruf", "huruf_kurung"), "angka": ("angka", "angka_kurung")}


def _descend(q: Node, chain: list[tuple[str, str]]) -> Node | None:
    # find where q enters the chain: a quoted Pasal matches the chain's Pasal,
    # a quoted ayat matches the chain's ayat
    for k, (unit, num) in enumerate(chain):
        if q.kind in _KIND_OF.get(unit, ()) and norm(q.num) == norm(num):
            node = q
            for unit2, num2 in chain[k + 1:]:
                kids = [c for c in node.walk() if c is not node and c.kind in _KIND_OF.get(unit2, ())
                        and norm(c.num) == norm(num2)]
                if not kids:
                    return None
                node = kids[0]
            return node
    return None


def position_key(loc: Loc) -> tuple | None:
    """A sortable place in the amended regulation for the order check:
    Pasal-level targets only (BAB and Penjelasan changes have no Pasal
    number to compare)."""
    from .unitphrase import value_of
    for unit, num in loc.chain:
        if unit in ("penjelasan", "lampiran"):
            return None
        if unit == "pasal":
            v, suf = value_of(unit, num)
            # two instructions on one Pasal (its huruf b, then the whole Pasal)
            # are in order: compare Pasal numbers only
            return None if v is None else (v, suf.lower())
    return None


__all__ = ["Amendment", "Instruction", "QUOTED_KINDS", "cite", "is_amending_title", "position_key",
           "quoted_provision", "read_amendment"]
