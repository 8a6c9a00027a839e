"""The analysis step: one Document holding everything rules read, computed
once (commonform-lint's analyze(), done once; rules stay thin).

Heavier analyses (references, graph, definitions, organisation) are
``cached_property`` so a run that selects none of the rules needing them does
not pay for them."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from typing import Iterator

from .ast import ITEM_KINDS, Node
from .identity import Identity, read_identity
from .parser import ParseResult, parse_text
from .sources import SourceText


# the date a text was enacted or promulgated, in its closing formula
_ENACTED = re.compile(r"(?:Ditetapkan|Disahkan|DITETAPKAN|DISAHKAN|Diundangkan|DIUNDANGKAN)\s+di\s+[\s\S]{0,60}?"
                      r"(?:pada\s+)?(?:tanggal|TANGGAL)\s+\d{1,2}\s+[A-Za-z]+\s+(\d{4})")

# a year named as one ("Nomor 8 Tahun 1981", "Lembaran Negara Tahun 1960"),
# also as a scan reads it ("2O14", read by ocr.year_repair); not a gazette
# number ("Nomor 2044")
_OLD_ORDER = re.compile(r"\bUndang-[Uu]ndang\s+Dasar\s+Sementara\b|\bRepublik\s+Indonesia\s+Serikat\b")
_YEAR = re.compile(r"(?:Tahun|TAHUN|tahun)\s+((?:19[4-9][\dOolI]|2[0O][\dOolI]{2}))(?![\w.,/]\w)")


@dataclass
class BaseResult:
    base_path: str
    base_doc: "Document"
    cons: object
    outcomes: dict
    consequences: list


class Document:
    def __init__(self, source: SourceText, parsed: ParseResult | None = None):
        self.source = source
        self.parsed = parsed or parse_text(source.text)
        self.root: Node = self.parsed.root
        # the regulation this one amends and the earlier amendments of its
        # chain, as (path, Document), when the run holds them (pairing.py)
        self.bases: list[tuple[str, "Document"]] = []

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
    def year(self) -> int | None:
        """The year the text was made: its title's; for an old text whose
        title was not read ("Peraturan tentang Perusahaan Gula", 1946), its
        closing formula's ("Ditetapkan di Jakarta pada tanggal 20 Mei 1946");
        for a conversion that lost both, the latest year it names ("Nomor 8
        Tahun 1981": a text names no year after its own).  None if unknown."""
        t = self.identity.tahun
        if not t:
            dates = _ENACTED.findall(self.source.text)
            t = dates[-1] if dates else None
        if not t:
            from .ocr import year_repair
            years = [y if y.isdigit() else year_repair(y) for y in _YEAR.findall(self.source.text)]
            t = max((y for y in years if y), default=None)
        if not t and _OLD_ORDER.search(self.source.text):
            t = "1950"   # names no year but the Provisional Constitution or the federal republic: 1949-1959
        return int(t) if t and t.isdigit() else None

    @cached_property
    def technique_applies(self) -> bool:
        """The drafting technique of Lampiran II UU 12/2011 binds regulations
        made from 2011 on; an older published text is not judged by it (a
        text made later names a law of its time, UU 12/2011 at least, so an
        undated one naming no year from 2011 on is older)."""
        return not (self.year is not None and self.year < 2011)

    @cached_property
    def is_amendment(self) -> bool:
        return any(n.kind == "pasal" and n.num and not n.num[0].isdigit() for n in self.pasals_all)

    @cached_property
    def amendment(self):
        """The amendment model (lint_perda/amendment.py), or None for an
        original regulation."""
        from .amendment import read_amendment
        if self.is_amendment or self._amending_title or any(n.kind == "amend" for n in self.nodes("amend")):
            return read_amendment(self)
        return None

    @cached_property
    def _clean_amends(self) -> set[int]:
        am = self.amendment
        # new wording: "... sehingga berbunyi sebagai berikut:"; a list inside the
        # instruction sentence itself is not
        return {id(i.node) for i in am.instructions if i.clean and i.text.wording} if am is not None else set()

    def judged(self, node: Node) -> bool:
        """Whether the rules judge this node as text of this regulation: the
        body's own provisions, and the new wording an amendment quotes, where
        its instruction was read cleanly (a scanned amendment whose quoted
        text the conversion glued together is left alone there)."""
        if not node.quoted:
            return True
        a = node.nearest("amend")
        return a is not None and id(a) in self._clean_amends

    @cached_property
    def base_result(self):
        """This amendment checked against its base (lint_perda/consolidate.py):
        the consolidation, each instruction's outcome, and the consequences;
        None without a base."""
        if not self.bases or self.amendment is None:
            return None
        from .consequences import find_consequences
        from .consolidate import consolidate
        (base_path, base_doc), earlier = self.bases[0], self.bases[1:]
        try:
            cons, results = consolidate(base_doc, base_path, list(earlier) + [(self.source.path, self)])
        except Exception as e:   # a text the consolidation cannot follow: unchecked, and said so
            self.amendment.base_error = f"{type(e).__name__}: {str(e)[:120]}"
            return None
        outcomes = results[-1]
        am = self.amendment
        am.base = base_path
        for ins in am.instructions:
            oc = outcomes.get(id(ins.node))
            if oc is not None:
                ins.status, ins.missing, ins.applied = oc.status, list(oc.missing), oc.applied
        try:
            consequences = find_consequences(base_doc, cons, self)
        except Exception as e:   # the consequences are a bonus: never cost the file its findings
            self.amendment.base_error = f"{type(e).__name__}: {str(e)[:120]}"
            consequences = []
        return BaseResult(base_path=base_path, base_doc=base_doc, cons=cons, outcomes=outcomes,
                          consequences=consequences)

    @property
    def _amending_title(self) -> bool:
        from .amendment import is_amending_title
        return is_amending_title(self.identity.any_title)

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

    @cached_property
    def quoted_pasal_index(self) -> dict[str, list[Node]]:
        """The Pasal an amendment quotes in full (its new wording), by number,
        where their instruction was read cleanly."""
        idx: dict[str, list[Node]] = {}
        body = self.body
        if body is not None:
            for n in body.walk():
                if n.kind == "qpasal" and self.judged(n):
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
        it ("part") or not at all ("none"), with the reason.  Several notes
        of one family combine: all of them "all" is "all", all "none" is
        "none", anything else "part".  Shown in the JSON as
        ``document.checked`` ({family: status}) and
        ``document.checked_reasons`` (["family: reason", ...])."""
        notes = self.__dict__.setdefault("_checked_notes", {})
        notes.setdefault(family, set()).add(status)
        if reason:
            reasons = self.__dict__.setdefault("_checked_reasons", [])
            line = f"{family}: {reason}"
            if line not in reasons:
                reasons.append(line)

    @property
    def checked(self) -> dict[str, str]:
        from .checked import FAMILIES
        order = {fam: i for i, (_, fam) in enumerate(FAMILIES)}
        notes = self.__dict__.get("_checked_notes", {})
        return {family: (next(iter(seen)) if len(seen) == 1 else "part")
                for family, seen in sorted(notes.items(), key=lambda kv: order.get(kv[0], 99))}

    @property
    def checked_reasons(self) -> list[str]:
        return list(self.__dict__.get("_checked_reasons", []))

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
        am = self.amendment
        if am is not None:
            self.base_result   # statuses and base path, when a base was given
            d["amendment"] = am.to_json(self.source.locate)
        checked = self.checked
        if checked:
            d["checked"] = checked
            # the reasons beside it, not inside it: every value of "checked"
            # is a status (the measuring tools count them)
            d["checked_reasons"] = self.checked_reasons
        return d
