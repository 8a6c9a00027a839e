"""Apply amendments to their base regulation: resolve each instruction's
targets in the base as amended by the earlier amendments of its chain, and
build the consolidated text (naskah konsolidasi).

The base's body becomes a list of units (headings and Pasal), each Pasal a
small tree (ayat, huruf, angka) rendered from the AST; an instruction
replaces, inserts or deletes units with the new wording its amendment quotes.
A deleted provision keeps its heading followed by "Dihapus.", as published
consolidated texts show it.  Every unit remembers the instructions that
changed it, so a fault found in the consolidated text can be reported on the
instruction that caused it (lint_perda/consequences.py).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .ast import Node
from .baseabsent import absent, absent_en, lampiran_has, lost_in_base, penjelasan_has, units_between
from .baseunits import HEADINGS as _HEADINGS, ITEM as _ITEM, Consolidated, Unit, child as _child, unit_of
from .unitphrase import LEVEL, Loc, cite, norm, value_of


@dataclass
class Outcome:
    """What happened to one instruction."""
    status: str = "resolved"       # resolved | missing | unchecked
    applied: bool = True
    problems: list = field(default_factory=list)   # (code, Loc|None, message, message_en)
    missing: list[str] = field(default_factory=list)
    unread: list[str] = field(default_factory=list)   # targets the base's conversion may have lost
    found: list = field(default_factory=list)          # (Loc, the node of the base or earlier amendment it names)
    unapplied: list[str] = field(default_factory=list) # provisions whose new wording could not be read


# -- applying one amendment ----------------------------------------------------------

def apply_amendment(cons: Consolidated, am, path: str, name: str = "") -> dict[int, Outcome]:
    """Resolve and apply every instruction of ``am``; the outcome of each, by
    id of its node.  An instruction whose targets are missing is not applied.

    A second or later amendment ("PERUBAHAN KEDUA ATAS ...") given without
    the earlier ones of its chain is resolved against a base that lacks their
    changes: what is not found there is "unchecked", never "missing"."""
    out: dict[int, Outcome] = {}
    # an earlier amendment of the chain missing, or applied only in part (an
    # instruction not found, not applied, or not read at all): what is not
    # found now may be what it would have inserted
    complete = len(cons.applied) >= max(0, am.ordinal - 1) and not cons.incomplete
    for ins in am.instructions:
        oc = _resolve(cons, ins)
        if not complete and oc.status == "missing":
            oc.unread.extend(oc.missing)
            oc.missing.clear()
            oc.problems = [p for p in oc.problems if p[0] not in ("LP611", "LP612", "LP613")]
            oc.status = "unchecked"
        if oc.status == "resolved":
            _apply(cons, ins, path, oc)
        else:
            oc.applied = False
        out[id(ins.node)] = oc
    cons.applied.append((path, am, name or path))
    numbers = [i.number for i in am.instructions if i.number is not None]
    if not am.instructions or any(o.status != "resolved" or not o.applied for o in out.values()) \
            or (numbers and sorted(numbers) != list(range(1, max(numbers) + 1))):
        cons.incomplete = True
    return out


def _resolve(cons: Consolidated, ins) -> Outcome:
    oc = Outcome()
    doc = cons.base_doc
    for c in ins.text.clauses:
        for t in c.targets if not c.between and not c.after and c.action != "tambah" else []:
            chain = t.chain
            if chain and chain[0][0] == "penjelasan":
                if not penjelasan_has(doc, chain[1:]):
                    oc.unread.append(t.cite)   # a Penjelasan the conversion lost or glued
                continue
            if chain and chain[0][0] == "lampiran":
                if not lampiran_has(doc, t):
                    oc.unread.append(t.cite)
                continue
            u = cons.find(t)
            if u is not None and u.node is not None:
                oc.found.append((t, u.node))
            if u is None:
                if lost_in_base(cons, t):
                    oc.unread.append(t.cite)
                    continue
                oc.missing.append(t.cite)
                oc.problems.append(("LP611", t, absent(cons, t), absent_en(t)))
            elif u.deleted and c.action == "hapus":
                oc.problems.append(("LP614", t, f"{t.cite} sudah dihapus oleh perubahan sebelumnya.",
                                    f"{t.cite} was already deleted by an earlier amendment."))
            elif u.deleted and c.action == "ubah" and not ins.quoted:
                oc.problems.append(("LP614", t, f"{t.cite} sudah dihapus; perubahan atasnya tidak berlaku.",
                                    f"{t.cite} was deleted; amending it has no effect."))
        if c.between is not None:
            a, b = c.between
            ua, ub = cons.find(a), cons.find(b)
            oc.found.extend((loc, u.node) for loc, u in ((a, ua), (b, ub)) if u is not None and u.node is not None)
            for loc, u in ((a, ua), (b, ub)):
                if u is None and loc.chain and loc.chain[0][0] in ("lampiran", "penjelasan"):
                    if not lampiran_has(doc, loc):
                        oc.unread.append(loc.cite)
                elif u is None and lost_in_base(cons, loc):
                    oc.unread.append(loc.cite)
                elif u is None:
                    oc.missing.append(loc.cite)
                    oc.problems.append(("LP611", loc, absent(cons, loc), absent_en(loc)))
            if ua is not None and ub is not None and ua.kind == ub.kind:
                _, after_a = cons.neighbours(ua)
                if after_a is not ub:
                    between = units_between(cons, ua, ub)
                    oc.problems.append(("LP612", a, f"{a.cite} dan {b.cite} tidak bersebelahan dalam peraturan yang "
                                                    f"diubah: di antaranya ada {between}.",
                                        f"{a.cite} and {b.cite} are not adjacent in the amended regulation: "
                                        f"{between} stands between them."))
        elif c.after is not None and cons.find(c.after) is None:
            if lost_in_base(cons, c.after):
                oc.unread.append(c.after.cite)
            else:
                oc.missing.append(c.after.cite)
                oc.problems.append(("LP611", c.after, absent(cons, c.after), absent_en(c.after)))
        elif c.action == "tambah" and (c.inserted or c.targets):
            # what is added to: the container of the new units ("Pasal 71" for huruf k-o)
            t = Loc(chain=c.inserted[0].chain[:-1], i=c.inserted[0].i, j=c.inserted[0].j) \
                if c.inserted and len(c.inserted[0].chain) > 1 else c.targets[0] if c.targets else None
            found = cons.find(t) if t is not None and t.chain and t.chain[0][0] not in ("penjelasan", "lampiran") \
                else None
            if found is not None and found.node is not None:
                oc.found.append((t, found.node))
            if t is not None and t.chain and t.chain[0][0] not in ("penjelasan", "lampiran") and found is None:
                if lost_in_base(cons, t):
                    oc.unread.append(t.cite)
                else:
                    oc.missing.append(t.cite)
                    oc.problems.append(("LP611", t, absent(cons, t), absent_en(t)))
        for x in c.inserted:
            u = cons.find(x)
            if u is not None and not u.deleted:
                oc.problems.append(("LP613", x, f"{x.cite} yang disisipkan sudah ada dalam peraturan yang diubah.",
                                    f"The inserted {x.cite} already exists in the amended regulation."))
    seen: set = set()
    oc.problems = [p for p in oc.problems if not (p[2] in seen or seen.add(p[2]))]   # one per message
    first = ins.node.paras[0].text if ins.node.paras else ""
    if _SPLIT_NUMBER.search(first):
        # "Pasal 13 1" for Pasal 131, "Pasal 1 6A" for Pasal 16A: a number the
        # scanner split; what it seems to name is not to be believed
        oc.unread.extend(oc.missing)
        oc.missing.clear()
        oc.problems = [p for p in oc.problems if p[0] not in ("LP611", "LP612", "LP613")]
    if oc.missing:
        oc.status = "missing"
    elif oc.unread:
        oc.status = "unchecked"
    return oc


_SPLIT_NUMBER = re.compile(r"\b(?:Pasal|pasal)\s+\d{1,3}\s+\d{1,2}[A-Z]?\b(?!\s*(?:Tahun|tahun))")


def _apply(cons: Consolidated, ins, path: str, oc: Outcome) -> None:
    quoted = ins.quoted
    heads = [q for q in quoted if q.kind in ("qpasal", "qbab", "qbagian", "qparagraf")]
    # only the quoted provisions the instruction names are its new wording; a
    # quoted Pasal it does not name belongs to an instruction the conversion lost
    named = {(u, norm(n)) for c in ins.text.clauses for t in c.targets + c.inserted for u, n in t.chain}
    stray = [q for q in heads if (_HEADINGS.get(q.kind, "pasal"), norm(q.num or "")) not in named]
    if stray:
        oc.unapplied.extend(f"{cite(((_HEADINGS.get(q.kind, 'pasal'), q.num or ''),))} (tidak disebut perintahnya)"
                            for q in stray)
        heads = [q for q in heads if q not in stray]
    for c in ins.text.clauses:
        if c.action == "hapus" and (not heads or not ins.text.wording):
            for t in c.targets:
                u = cons.find(t)
                if u is not None:
                    u.deleted = True
                    u.by.append(ins)
    if heads or any(x.unit == "pasal" and len(x.chain) == 1 for c in ins.text.clauses for x in c.inserted):
        anchor = _anchor(cons, ins)
        for q in heads:
            kind = _HEADINGS.get(q.kind, "pasal")
            if kind == "pasal":
                new = unit_of(q, path)
                old = cons.pasal(q.num or "")
            else:
                new = Unit(kind=kind, num=q.num or "", lines=_heading_lines(q), origin=path, node=q)
                old = cons.heading(_heading_chain(cons, ins, kind, q.num or ""))
            new.by = (old.by if old is not None else []) + [ins]
            if old is not None and kind == "pasal" and _only_its_ayat(ins, q.num or ""):
                # "Ketentuan Pasal 11 ayat (1) diubah, sehingga Pasal 11 ayat (1)
                # berbunyi": the quoted ayat replace theirs, the others stay
                for ch in new.children:
                    same = _child(old, ch.kind, ch.num)
                    if same is not None:
                        old.children[old.children.index(same)] = ch
                    else:
                        old.children.append(ch)
                old.by.append(ins)
                anchor = old
            elif old is not None:
                cons.units[cons.units.index(old)] = new
                anchor = new
            else:
                pos = cons.units.index(anchor) + 1 if anchor is not None else len(cons.units)
                if anchor is not None and kind == "pasal":
                    # after the anchor Pasal's own run, before the next heading or Pasal
                    pos = cons.units.index(anchor) + 1
                cons.units.insert(pos, new)
                anchor = new
        _lost_inserted(cons, ins, oc)
        return
    # new wording quoted below Pasal level: ayat or list items of one Pasal
    parts = [q for q in quoted if q.kind == "ayat" or q.kind in _ITEM]
    if not parts:
        _lost_inserted(cons, ins, oc)
        return
    target = next((t for t in ins.targets if any(u == "pasal" for u, _ in t.chain)), None)
    if target is None:
        oc.applied = False
        return
    k = max(i for i, (u, _) in enumerate(target.chain) if u == "pasal")
    holder_chain = list(target.chain[:k + 1])
    first_kind = "ayat" if parts[0].kind == "ayat" else _ITEM[parts[0].kind]
    # the holder of the quoted parts is the target minus its own level
    levels = [x for x in target.chain[k + 1:] if LEVEL[x[0]] < LEVEL[first_kind]]
    holder = cons.find(Loc(chain=tuple(holder_chain + levels)))
    if holder is None:
        oc.applied = False
        return
    after = None
    for c in ins.text.clauses:
        if c.between is not None:
            after = cons.find(c.between[0])
    for q in parts:
        new = unit_of(q, path)
        new.by = [ins]
        old = _child(holder, new.kind, new.num)
        if old is not None and old in holder.children:
            new.by = old.by + [ins]
            holder.children[holder.children.index(old)] = new
        elif (k := _after_lower(holder, new)) is not None:
            # at its own place by number: "(2a)" after ayat (2), whatever
            # place the instruction named first
            holder.children.insert(k + 1, new)
            after = new
        elif after is not None and after in holder.children:
            holder.children.insert(holder.children.index(after) + 1, new)
            after = new
        else:
            holder.children.append(new)
    top = cons.pasal(holder_chain[-1][1])
    if top is not None:
        top.by.append(ins)
    _lost_inserted(cons, ins, oc)


def _after_lower(holder: Unit, new: Unit) -> int | None:
    """The index of the last child of ``new``'s kind numbered below it
    ("(2)" and "(1a)" for "(2a)"), or None where the numbers cannot say."""
    unit = "ayat" if new.kind == "ayat" else _ITEM.get(new.kind)
    want = value_of(unit, new.num) if unit else (None, "")
    if want[0] is None or not want[1]:
        return None   # only an inserted number ("2a") has a place below a sibling to find
    at = None
    for k, ch in enumerate(holder.children):
        if ch.kind == new.kind:
            v = value_of(unit, ch.num)
            if v[0] is not None and (v[0], v[1]) < want:
                at = k
    return at


def _lost_inserted(cons: Consolidated, ins, oc: Outcome) -> None:
    """An inserted provision whose new wording was not read (a Pasal heading
    glued into running text, "15a." not read as a list item) is not in the
    consolidation: the instruction is not applied whole, and what a later
    amendment says of it is not judged against its absence."""
    lost = [x.cite for c in ins.text.clauses for x in c.inserted
            if x.chain[0][0] not in ("penjelasan", "lampiran") and cons.find(x) is None]
    if lost:
        oc.applied = False
        oc.unapplied.extend(lost)


def _only_its_ayat(ins, num: str) -> bool:
    """The instruction gives new wording to some ayat (or items) of the Pasal
    only: "sehingga Pasal 11 ayat (1) berbunyi", "sehingga Pasal 1 angka 16
    berbunyi", every target below the Pasal."""
    if not re.search(rf"\bsehingga\s+Pasal\s+{re.escape(num)}\s+(?:ayat|angka|huruf)\b", ins.node.text or ""):
        return False
    chains = [t.chain for t in ins.targets if any(u == "pasal" and norm(n) == norm(num) for u, n in t.chain)]
    return bool(chains) and all(len(ch) > 1 for ch in chains)


def _heading_lines(q: Node) -> list[str]:
    out = [q.head.line.text] if q.head is not None else []
    if q.title and (not out or q.title not in out[0]):
        out.append(q.title)
    return out


def _heading_chain(cons: Consolidated, ins, kind: str, num: str) -> tuple:
    bab = next((n for t in ins.targets for u, n in t.chain if u == "bab"), None)
    if kind != "bab" and bab is not None:
        return (("bab", bab), (kind, num))
    return ((kind, num),)


def _anchor(cons: Consolidated, ins) -> Unit | None:
    """Where inserted units go: after the lower neighbour an insertion names
    (and after the units already inserted there), or after the last unit of
    the BAB/Bagian the lower neighbour heads."""
    for c in ins.text.clauses:
        loc = c.between[0] if c.between is not None else c.after
        if loc is None:
            continue
        u = cons.find(loc)
        if u is None:
            continue
        if u not in cons.units:
            # an ayat or item: the new units go after the Pasal that holds it
            k = next((i for i, (x, _) in enumerate(loc.chain) if x == "pasal"), None)
            u = cons.pasal(loc.chain[k][1]) if k is not None else None
            if u is None:
                continue
        if u.kind == "pasal":
            return u
        # a heading: its last unit, before the next heading of the same or a higher level
        i = cons.units.index(u)
        lvl = LEVEL[u.kind]
        j = i + 1
        while j < len(cons.units) and not (cons.units[j].kind in ("bab", "bagian", "paragraf")
                                             and LEVEL[cons.units[j].kind] <= lvl):
            j += 1
        return cons.units[j - 1]
    for t in ins.targets:
        u = cons.find(t)
        if u is not None and u.kind in ("pasal", "bab", "bagian", "paragraf") and u in cons.units:
            return u
    return None


def consolidate(base_doc, base_path: str, chain: list[tuple[str, object]]) -> tuple[Consolidated, list]:
    """Apply each (path, Document) of ``chain`` in order; the consolidation
    and, per amendment, the outcome of each instruction."""
    cons = Consolidated(base_doc, base_path)
    results = []
    for path, doc in chain:
        am = doc.amendment
        if am is None:
            results.append({})
            continue
        results.append(apply_amendment(cons, am, path, doc.identity.name()))
    return cons, results
