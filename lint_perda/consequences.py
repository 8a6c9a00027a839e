"""What an amendment breaks in the regulation it amends: after its
instructions are applied (lint_perda/consolidate.py), references elsewhere in
the base that no longer find their target ("Pasal 19 still refers to Pasal 6
ayat (4), which the new Pasal 6 no longer has"), references in the quoted new
wording to base provisions that do not exist, and numbering the change leaves
broken.  Each is attributed to the instruction that caused it."""
from __future__ import annotations

from dataclasses import dataclass

from .ast import Node
from .consolidate import Consolidated, Unit
from .unitphrase import Loc, cite, norm, value_of
from .sequence import check_sequence

_UNIT_OF = {"pasal": "pasal", "qpasal": "pasal", "ayat": "ayat", "huruf": "huruf", "huruf_kurung": "huruf",
            "angka": "angka", "angka_kurung": "angka"}


@dataclass
class Consequence:
    instruction: object            # the Instruction of this amendment that caused it
    message: str
    message_en: str
    node: Node | None = None       # where to report it in the amendment (default: the instruction)
    i: int | None = None
    j: int | None = None
    code: str = "LP617"


def absolute_chain(node: Node) -> tuple | None:
    """Pasal 6 ayat (4) huruf b of a node of the base, or None outside a Pasal."""
    out = []
    n = node
    while n is not None:
        u = _UNIT_OF.get(n.kind)
        if u is not None:
            out.append((u, n.num or ""))
        if n.kind in ("pasal", "qpasal"):
            break
        n = n.parent
    if not out or out[-1][0] != "pasal":
        return None
    return tuple(reversed(out))


def _last_of(unit: Unit | None, mine: set[int]):
    if unit is None:
        return None
    return next((ins for ins in reversed(unit.by) if id(ins.node) in mine), None)


def _trusted(unit: Unit | None) -> bool:
    """The unit's current wording was read cleanly: not replaced by new
    wording a scan or conversion glued together (its lost ayat are not the
    amendment's fault)."""
    return unit is None or all(getattr(ins, "clean", True) for ins in unit.by)


def find_consequences(base_doc, cons: Consolidated, amend_doc) -> list[Consequence]:
    am = amend_doc.amendment
    mine = {id(i.node) for i in am.instructions}
    out: list[Consequence] = []
    changed_here = {id(u) for u in cons.units if _last_of(u, mine) is not None}
    # 1. references of the untouched base that lose their target
    for r in base_doc.references:
        if not (r.internal and r.intro):
            continue
        src = absolute_chain(r.node)
        if src is None:
            continue
        src_unit = cons.pasal(src[0][1])
        if src_unit is None or id(src_unit) in changed_here or src_unit.deleted:
            continue   # the source itself was rewritten or deleted by this amendment
        for t in r.all_targets():
            if t.status != "ok" or len(t.nodes) != 1:
                continue
            chain = absolute_chain(t.nodes[0])
            if chain is None:
                continue
            loc = Loc(chain=chain)
            top = cons.pasal(chain[0][1])
            ins = _last_of(top, mine)
            if ins is None or not _trusted(top):
                continue
            where = cite(src)
            target = cons.find(loc)
            if target is None:
                have = _have(cons, chain)
                out.append(Consequence(ins, f"Sesudah {ins.label}, {where} dalam peraturan yang diubah masih merujuk "
                                            f"{loc.cite}, yang tidak ada lagi dalam {cite(chain[:1])} yang baru{have}.",
                                       f"After {ins.label}, {where} of the amended regulation still refers to "
                                       f"{loc.cite}, which the new {cite(chain[:1])} no longer has."))
            elif target.deleted:
                out.append(Consequence(ins, f"Sesudah {ins.label}, {where} dalam peraturan yang diubah masih merujuk "
                                            f"{loc.cite}, yang dihapus.",
                                       f"After {ins.label}, {where} of the amended regulation still refers to "
                                       f"{loc.cite}, which is deleted."))
    # 2. references in the quoted new wording to base provisions
    for r in amend_doc.references:
        if r.scope not in ("amended", "internal") or not r.intro or not r.node.quoted \
                or not amend_doc.judged(r.node):
            continue
        ins = _instruction_of(am, r.node)
        if ins is None:
            continue
        for t in r.all_targets():
            if not t.chain or t.chain[0][0] != "pasal" or t.status not in ("unchecked",):
                continue   # resolved, or judged in the amendment itself (a Pasal it quotes)
            loc = Loc(chain=tuple(t.chain))
            u = cons.find(loc)
            if not _trusted(cons.pasal(loc.chain[0][1])):
                continue
            if u is None and _lost(cons, loc):
                continue   # the base's conversion lost it
            if u is None and any(norm(n.num or "") == norm(loc.chain[0][1]) for n in amend_doc.nodes("qpasal")):
                continue   # a Pasal this amendment quotes: the instruction inserting it was not read
            if u is None or u.deleted:
                why = "dihapus" if u is not None else _missing_why(cons, loc)
                out.append(Consequence(ins, f"Rujukan ke {loc.cite} dalam rumusan baru tidak menemukan sasarannya dalam "
                                            f"peraturan yang diubah: {why}.",
                                       f"The reference to {loc.cite} in the new wording finds no target in the amended "
                                       f"regulation.", node=r.node, i=t.i, j=t.j, code="LP615"))
    # 3. Pasal numbering the change breaks (a Pasal added at the end with a
    # number out of step; deleted ones keep theirs)
    out.extend(_numbering(base_doc, cons, mine))
    return out


def _lost(cons, loc) -> bool:
    from .baseabsent import lost_in_base
    return lost_in_base(cons, loc)


def _instruction_of(am, node: Node):
    a = node.nearest("amend")
    return next((i for i in am.instructions if i.node is a), None)


def _have(cons: Consolidated, chain) -> str:
    cur = cons.pasal(chain[0][1])
    for k in range(1, len(chain)):
        nxt = None if cur is None else next((c for c in cur.children if c.kind == chain[k][0]
                                             and c.key == norm(chain[k][1]).lower()), None)
        if nxt is None:
            have = [c for c in (cur.children if cur is not None else []) if c.kind == chain[k][0]]
            return f" (hanya sampai {cite(((have[-1].kind, have[-1].num),))})" if have else ""
        cur = nxt
    return ""


def _missing_why(cons: Consolidated, loc: Loc) -> str:
    top = cons.pasal(loc.chain[0][1])
    if top is None:
        return f"{cite(loc.chain[:1])} tidak ada"
    return f"{cite(loc.chain[:1])} tidak mempunyai {cite(loc.chain[1:])}"


def _numbering(base_doc, cons: Consolidated, mine: set[int]) -> list[Consequence]:
    def seq(units):
        nodes = []
        for u in units:
            v, suf = value_of("pasal", u.num)
            if v is not None:
                n = Node(kind="pasal", num=u.num, value=v, suffix=suf)
                n._unit = u
                nodes.append(n)
        return nodes
    before = {(f.kind, f.node.num) for f in check_sequence(
        [n for n in base_doc.pasals if n.value is not None and not n.suffix])}
    out = []
    for f in check_sequence(seq([u for u in cons.units if u.kind == "pasal"])):
        if (f.kind, f.node.num) in before:
            continue
        ins = _last_of(f.node._unit, mine)
        if ins is None or not _trusted(f.node._unit):
            continue
        prev = f.prev.num if f.prev is not None else None
        out.append(Consequence(ins, f"Sesudah {ins.label}, penomoran Pasal peraturan yang diubah tidak berurutan: "
                                    f"Pasal {f.node.num} sesudah Pasal {prev}; seharusnya Pasal {f.expected}.",
                               f"After {ins.label}, the amended regulation's Pasal numbering is out of step: "
                               f"Pasal {f.node.num} after Pasal {prev}; Pasal {f.expected} was expected.",
                               code="LP617"))
    return out
