"""The base regulation as units: its body as a list of headings and Pasal,
each Pasal a small tree (ayat, huruf, angka) rendered from the AST, that
amendments replace, insert into and delete from (lint_perda/consolidate.py).

A unit remembers where its current wording comes from and the instructions
that changed it; a deleted one keeps its heading followed by "Dihapus.", as
published consolidated texts show it."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .ast import Node
from .unitphrase import LEVEL, Loc, cite, norm, value_of

ITEM = {"huruf": "huruf", "huruf_kurung": "huruf", "angka": "angka", "angka_kurung": "angka"}
HEADINGS = {"bab": "bab", "bagian": "bagian", "paragraf": "paragraf", "qbab": "bab", "qbagian": "bagian",
             "qparagraf": "paragraf"}


@dataclass(eq=False)
class Unit:
    kind: str                      # bab | bagian | paragraf | pasal | ayat | huruf | angka
    num: str
    lines: list[str]               # the unit's own lines, its heading or marker line first
    children: list["Unit"] = field(default_factory=list)
    origin: str = ""               # the file its current wording comes from
    by: list = field(default_factory=list)   # the instructions that changed it, in order
    deleted: bool = False
    node: Node | None = None

    @property
    def key(self) -> str:
        return norm(self.num).lower() if self.kind not in ("pasal", "bab", "bagian", "paragraf") else norm(self.num)

    def render(self) -> list[str]:
        if self.deleted:
            if self.kind == "pasal":
                return [f"Pasal {self.num}", "Dihapus."]
            if self.kind in ("bab", "bagian", "paragraf"):
                return [self.lines[0] if self.lines else cite(((self.kind, self.num),)), "Dihapus."]
            head = self.lines[0] if self.lines else ""
            m = re.match(r"^(\(\s*\w+\s*\)|\w{1,3}[.)])", head)
            return [f"{m.group(1) if m else self.num} Dihapus."]
        out = list(self.lines)
        for c in self.children:
            out.extend(c.render())
        return out


def unit_of(node: Node, origin: str) -> Unit:
    """A Pasal, ayat or list item of the AST as a unit tree."""
    kind = "pasal" if node.kind in ("pasal", "qpasal") else ITEM.get(node.kind, node.kind)
    kind = HEADINGS.get(node.kind, kind)
    own: list[tuple[int, str]] = []
    seen = set()
    if node.head is not None:
        own.append((node.head.line.orig(0), node.head.line.text))
        seen.add(id(node.head.line))
    for p in node.paras:
        if id(p.line) not in seen:
            seen.add(id(p.line))
            own.append((p.line.orig(0), p.line.text))
    if node.kind in HEADINGS and node.title and node.head is not None and node.title not in node.head.line.text:
        own.append((node.head.line.orig(0) + 1, node.title))
    u = Unit(kind=kind, num=node.num or "", lines=[t for _, t in sorted(own)], origin=origin, node=node)
    for c in node.children:
        if c.kind == "ayat" or c.kind in ITEM:
            u.children.append(unit_of(c, origin))
        elif c.kind == "text" and c.paras:
            u.lines.extend(p.line.text for p in c.paras)
    if re.fullmatch(r"\s*[Dd]ihapus\.?\s*", " ".join(u.lines[1:]) if kind == "pasal" else
                    re.sub(r"^(\(\s*\w+\s*\)|\w{1,3}[.)])\s*", "", " ".join(u.lines))) and not u.children:
        u.deleted = True
    return u


class Consolidated:
    """The base regulation as amended so far."""

    def __init__(self, base_doc, base_path: str):
        self.base_doc = base_doc
        self.base_path = base_path
        self.units: list[Unit] = []
        self.applied: list[tuple[str, object, str]] = []   # (amendment path, Amendment, its name)
        self.incomplete = False        # an applied amendment was not applied whole
        body = base_doc.body
        if body is not None:
            self._read(body)

    def _read(self, node: Node) -> None:
        for c in node.children:
            if c.kind in ("bab", "bagian", "paragraf"):
                head = [c.head.line.text] if c.head is not None else []
                if c.title and (not head or c.title not in head[0]):
                    head.append(c.title)
                self.units.append(Unit(kind=c.kind, num=c.num or "", lines=head, origin=self.base_path, node=c))
                self._read(c)
            elif c.kind == "pasal":
                self.units.append(unit_of(c, self.base_path))

    # -- lookups ---------------------------------------------------------------
    def pasal(self, num: str) -> Unit | None:
        want = norm(num)
        hits = [u for u in self.units if u.kind == "pasal" and norm(u.num) == want]
        return hits[0] if hits else None

    def heading(self, chain) -> Unit | None:
        """BAB V; Bagian Kedua of BAB III; Paragraf 3 of Bagian Kesatu of BAB
        II (the numbering of each restarts inside the one above)."""
        start, end = 0, len(self.units)
        found = None
        for depth, (unit, num) in enumerate(chain):
            want = value_of(unit, num)
            hits = [k for k in range(start, end) if self.units[k].kind == unit
                    and value_of(unit, self.units[k].num) == want]
            if not hits or (len(hits) > 1 and depth == 0 and unit != "bab"):
                return None     # a Bagian named without its BAB, and more than one of that number
            k = hits[0]
            found = self.units[k]
            lvl = LEVEL[unit]
            start = k + 1
            end = next((j for j in range(start, end) if self.units[j].kind in ("bab", "bagian", "paragraf")
                        and LEVEL[self.units[j].kind] <= lvl), end)
        return found

    def find(self, loc: Loc) -> Unit | None:
        chain = [x for x in loc.chain if x[0] not in ("penjelasan", "lampiran")]
        if not chain:
            return None
        if all(u in ("bab", "bagian", "paragraf") for u, _ in chain):
            return self.heading(tuple(chain))
        k = next((i for i, (u, _) in enumerate(chain) if u == "pasal"), None)
        if k is None:
            return None
        cur = self.pasal(chain[k][1])
        for unit, num in chain[k + 1:]:
            if cur is None:
                return None
            cur = child(cur, unit, num)
        return cur

    def neighbours(self, unit: Unit) -> tuple[Unit | None, Unit | None]:
        """The units of the same kind before and after, in the same container."""
        if unit.kind in ("pasal", "bab", "bagian", "paragraf"):
            same = [u for u in self.units if u.kind == unit.kind]
        else:
            holder = self._holder(unit)
            same = [c for c in holder.children if c.kind == unit.kind] if holder is not None else [unit]
        k = same.index(unit)
        return (same[k - 1] if k else None), (same[k + 1] if k + 1 < len(same) else None)

    def _holder(self, unit: Unit) -> Unit | None:
        def search(u):
            for c in u.children:
                if c is unit:
                    return u
                found = search(c)
                if found is not None:
                    return found
            return None
        for top in self.units:
            h = search(top)
            if h is not None:
                return h
        return None

    # -- output ----------------------------------------------------------------
    def body_lines(self) -> list[tuple[str, Unit | None]]:
        """Each line of the consolidated body with the top unit it belongs to;
        a blank line before each heading and Pasal, as printed."""
        out = []
        for u in self.units:
            out.append(("", u))
            for line in u.render():
                out.append((line, u))
        return out

    def text(self, header: bool = True) -> str:
        doc = self.base_doc
        lines: list[str] = []
        if header and self.applied:
            what = doc.identity.name()
            lines.append(f"<!-- Naskah konsolidasi {what}, disusun oleh lint-perda; bukan naskah resmi. -->")
            for path, _, name in self.applied:
                lines.append(f"<!-- diubah dengan: {name} ({path}) -->")
            lines.append("")
        front = doc.front
        if front is not None:
            lines.extend(_node_lines(front))
            lines.append("")
        for line, _ in self.body_lines():
            lines.append(line)
        closing = doc.closing
        if closing is not None:
            lines.append("")
            lines.extend(_node_lines(closing))
        for part in [doc.penjelasan] + list(doc.lampiran):
            if part is not None:
                lines.append("")
                lines.extend(_node_lines(part))
        return "\n".join(lines) + "\n"


def _node_lines(node: Node) -> list[str]:
    seen, out = set(), []
    for n in node.walk():
        for line in ([n.head.line] if n.head is not None else []) + [p.line for p in n.paras]:
            if id(line) not in seen:
                seen.add(id(line))
                out.append((line.orig(0), line.text))
    return [t for _, t in sorted(out)]


def child(u: Unit, unit: str, num: str) -> Unit | None:
    want = norm(num).lower()
    hits = [c for c in u.children if c.kind == unit and c.key == want]
    if not hits and unit in ("huruf", "angka"):
        # "Pasal 5 huruf a" where the list sits in the Pasal's only ayat
        deep = [c for a in u.children if a.kind == "ayat" for c in a.children if c.kind == unit and c.key == want]
        if len(deep) == 1:
            return deep[0]
    return hits[0] if len(hits) == 1 else None
