"""The analysis step: one Document holding everything rules read, computed
once (commonform-lint's analyze(), done once; rules stay thin).

Heavier analyses (references, graph, definitions, organisation) are
``cached_property`` so a run that selects none of the rules needing them does
not pay for them."""
from __future__ import annotations

from functools import cached_property
from typing import Iterator

from .ast import ITEM_KINDS, Node
from .identity import Identity, read_identity
from .parser import ParseResult, parse_text
from .sources import SourceText


class Document:
    def __init__(self, source: SourceText, parsed: ParseResult | None = None):
        self.source = source
        self.parsed = parsed or parse_text(source.text)
        self.root: Node = self.parsed.root

    # -- parts ------------------------------------------------------------
    def part(self, kind: str) -> Node | None:
        return next((c for c in self.root.children if c.kind == kind), None)

    @property
    def front(self) -> Node | None:
        return self.part("front")

    @property
    def body(self) -> Node | None:
        return self.part("body")

    @property
    def closing(self) -> Node | None:
        return self.part("closing")

    @property
    def penjelasan(self) -> Node | None:
        return self.part("penjelasan")

    @property
    def lampiran(self) -> list[Node]:
        return [c for c in self.root.children if c.kind == "lampiran"]

    @cached_property
    def identity(self) -> Identity:
        return read_identity(self.root)

    @cached_property
    def technique_applies(self) -> bool:
        """The drafting technique of Lampiran II UU 12/2011 binds regulations
        made from 2011 on; an older published text is not judged by it."""
        t = self.identity.tahun
        return not (t and t.isdigit() and int(t) < 2011)

    @cached_property
    def is_amendment(self) -> bool:
        return any(n.kind == "pasal" and n.num and not n.num[0].isdigit() for n in self.pasals_all)

    # -- indexes ------------------------------------------------------------
    @cached_property
    def pasals_all(self) -> list[Node]:
        body = self.body
        return [n for n in body.walk() if n.kind == "pasal"] if body else []

    @cached_property
    def pasals(self) -> list[Node]:
        """The body's own Pasal (not quoted from an amended regulation)."""
        return [n for n in self.pasals_all if not n.quoted]

    @cached_property
    def pasal_index(self) -> dict[str, list[Node]]:
        idx: dict[str, list[Node]] = {}
        for n in self.pasals:
            idx.setdefault(n.num or "", []).append(n)
        return idx

    def nodes(self, *kinds: str, part: str | None = "body") -> Iterator[Node]:
        base = self.part(part) if part else self.root
        if base is None:
            return iter(())
        return (n for n in base.walk() if n.kind in kinds)

    def items(self, part: str | None = "body") -> Iterator[Node]:
        return self.nodes(*ITEM_KINDS, part=part)

    # -- analyses computed on demand ---------------------------------------
    @cached_property
    def references(self):
        from .references import extract_references
        return extract_references(self)

    @cached_property
    def graph(self):
        from .graph import build_graph
        return build_graph(self)

    @cached_property
    def definitions(self):
        from .definitions import read_definitions
        return read_definitions(self)

    @cached_property
    def organisation(self):
        from .organisation import read_organisation
        return read_organisation(self)

    # -- what was checked (JSON document.checked) ------------------------------
    def note_checked(self, family: str, status: str, reason: str | None = None) -> None:
        """Record that a rule family ran on the whole text ("all"), on part of
        it ("part") or not at all ("none"), with the reason; shown in the JSON
        as ``document.checked`` ({family: status, "reasons": [...]})."""
        checked = self.__dict__.setdefault("_checked", {})
        checked[family] = status
        if reason:
            reasons = checked.setdefault("reasons", [])
            line = f"{family}: {reason}"
            if line not in reasons:
                reasons.append(line)

    # -- summary for the JSON contract ---------------------------------------
    def counts(self, with_references: bool = True) -> dict:
        c = {"bab": 0, "bagian": 0, "paragraf": 0, "pasal": 0, "ayat": 0, "diktum": 0}
        body = self.body
        if body is not None:
            for n in body.walk():
                if n.quoted:
                    continue
                if n.kind in c:
                    c[n.kind] += 1
        if not c["diktum"]:
            del c["diktum"]   # a Keputusan's count; a Peraturan has Pasal instead
        if with_references:
            try:
                refs = self.references
                c["references"] = len(refs)
                c["unresolved_references"] = sum(1 for r in refs if r.internal and r.unresolved)
            except ImportError:
                pass
        return c

    def summary(self, with_references: bool = True) -> dict:
        d = self.identity.as_json()
        d["counts"] = self.counts(with_references)
        d["coverage"] = self.parsed.coverage
        if self.__dict__.get("_checked"):
            d["checked"] = dict(self._checked)
        return d
