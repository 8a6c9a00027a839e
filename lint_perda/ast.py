"""The AST: one Node class with a kind, as bluebell's dict tree, with spans in
the ORIGINAL file and structural paths."""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from typing import Iterator

from .normalize import MLine

# kinds of list items and how a reference names them
ITEM_KINDS = ("huruf", "angka", "huruf_kurung", "angka_kurung")
_ITEM_WORD = {"huruf": "huruf", "angka": "angka", "huruf_kurung": "huruf", "angka_kurung": "angka"}
_ITEM_CLOSE = {"huruf": "", "angka": "", "huruf_kurung": ")", "angka_kurung": ")"}


@dataclass(eq=False, slots=True)   # (no __dict__: one per line of a text)
class Para:
    """One logical line of text belonging to a node (its own words, without
    the number marker).  ``a`` is where the text starts in ``line``."""
    line: MLine
    a: int

    @property
    def text(self) -> str:
        return self.line.text[self.a:]


def unit_label(kind: str, num) -> str:
    """How a reviewer names a numbered unit: "Pasal 5", "ayat (2)", "huruf b", "angka 3)"."""
    if kind in ("bab", "qbab"):
        return f"BAB {num}"
    if kind in ("bagian", "qbagian"):
        return f"Bagian {num}"
    if kind in ("paragraf", "qparagraf"):
        return f"Paragraf {num}"
    if kind == "amend":
        return f"angka {num}" if num else "perubahan"
    if kind in ("pasal", "qpasal"):
        return f"Pasal {num}"
    if kind == "ayat":
        return f"ayat ({num})"
    if kind == "diktum":
        return f"Diktum {num}"
    return f"{_ITEM_WORD[kind]} {num}{_ITEM_CLOSE[kind]}"


@dataclass(eq=False)
class Node:
    kind: str
    num: str | None = None           # as written: "17", "IIIA", "Kedua Puluh", "b"
    value: int | None = None         # as parsed: 17, 3, 20, 2
    suffix: str = ""                 # "A" of Pasal 5A, "a" of ayat (1a)
    title: str | None = None
    paras: list[Para] = field(default_factory=list)
    children: list["Node"] = field(default_factory=list)
    parent: "Node | None" = field(default=None, repr=False)
    start: int = 0                   # offsets in the original text
    end: int = 0
    quoted: bool = False             # inside an amendment instruction
    head: Para | None = None         # the heading line itself (for headings and items)
    # how the heading or marker was read (lint_perda/glued.py): "glued" split
    # from running text, "ocr" its number or marker read through OCR
    # confusions; () on its own clean line
    read: tuple = ()
    _text: tuple | None = field(default=None, init=False, repr=False)  # (len(paras), text)
    _ends: tuple | None = field(default=None, init=False, repr=False)  # (len(paras), where each para ends)

    # -- text ---------------------------------------------------------------
    @property
    def text(self) -> str:
        # rules read a node's text many times; paras only grow while the
        # parser builds the node, so their number tells a stale copy
        c = self._text
        if c is not None and c[0] == len(self.paras):
            return c[1]
        t = "\n".join(p.text for p in self.paras)
        self._text = (len(self.paras), t)
        return t

    def orig(self, i: int) -> int:
        """Offset i in ``self.text`` -> offset in the original file."""
        paras = self.paras
        if len(paras) > 8:
            # a long node: find the para by bisection over where each ends in
            # the text (a loop over all of them per finding is quadratic)
            c = self._ends
            if c is None or c[0] != len(paras):
                ends, pos = [], -1
                for p in paras:
                    pos += 1 + len(p.line.text) - p.a
                    ends.append(pos)
                c = self._ends = (len(paras), ends)
            ends = c[1]
            k = bisect_left(ends, i)
            if k == len(ends):
                return self.end
            p = paras[k]
            n = len(p.line.text) - p.a
            i -= ends[k] - n
            return p.line.orig(p.a + min(i, max(n - 1, 0))) + (1 if i == n and n else 0)
        for p in paras:
            n = len(p.line.text) - p.a
            if i <= n:
                return p.line.orig(p.a + min(i, max(n - 1, 0))) + (1 if i == n and n else 0)
            i -= n + 1
        return self.end

    def orig_span(self, i: int, j: int) -> tuple[int, int]:
        return self.orig(i), (self.orig(j - 1) + 1 if j > i else self.orig(i))

    # -- tree ---------------------------------------------------------------
    def walk(self) -> Iterator["Node"]:
        """This node and all below it, in document order (pre-order);
        a stack, not nested generators, so a deep tree costs no more."""
        stack = [self]
        pop, extend = stack.pop, stack.extend
        while stack:
            n = pop()
            yield n
            if n.children:
                extend(reversed(n.children))

    def ancestors(self) -> Iterator["Node"]:
        p = self.parent
        while p is not None:
            yield p
            p = p.parent

    def nearest(self, *kinds: str) -> "Node | None":
        n: Node | None = self
        while n is not None:
            if n.kind in kinds:
                return n
            n = n.parent
        return None

    @property
    def is_item(self) -> bool:
        return self.kind in ITEM_KINDS

    # -- names and paths ----------------------------------------------------
    @property
    def label(self) -> str:
        k = self.kind
        if k in ("bab", "bagian", "paragraf", "pasal", "qpasal", "ayat", "amend", "qbab", "qbagian", "qparagraf", "diktum") \
                or k in ITEM_KINDS:
            return unit_label(k, self.num)
        if k == "pj_pasal":
            return f"Penjelasan Pasal {self.num}"
        if k == "lampiran":
            return f"Lampiran {self.num}".rstrip()
        if k == "menimbang":
            return "Menimbang"
        if k == "mengingat":
            return "Mengingat"
        if k == "menetapkan":
            return "Menetapkan"
        if k == "closing":
            return "Penutup"
        if k == "penjelasan":
            return "Penjelasan"
        if k == "front":
            return "Pembukaan"
        if k == "body":
            return "Batang Tubuh"
        return k

    @property
    def path(self) -> str:
        """The citation form a reviewer uses: "Pasal 17 ayat (2) huruf b"; for
        headings "BAB III Bagian Kedua"."""
        chain = [self] + list(self.ancestors())
        chain.reverse()
        parts: list[str] = []
        for n in chain:
            if n.kind in ("document", "body", "front", "list", "sublist"):
                continue
            if n.kind == "qpasal" and parts:
                parts = parts + ["›", n.label]   # a quoted Pasal, cited after its instruction
            elif n.kind in ("qbab", "qbagian", "qparagraf") and parts and "›" not in parts:
                parts = parts + ["›", n.label]
            elif n.kind in ("pasal", "qpasal", "pj_pasal", "menimbang", "mengingat", "lampiran", "diktum"):
                parts = [n.label]  # a Pasal is cited without its BAB
            else:
                parts.append(n.label)
        return " ".join(parts) if parts else "dokumen"

    @property
    def full_path(self) -> str:
        """BAB III > Bagian Kedua > Pasal 17 > ayat (2) > huruf b."""
        chain = [self] + list(self.ancestors())
        chain.reverse()
        return " > ".join(n.label for n in chain if n.kind not in ("document", "body"))

    def to_dict(self, source=None) -> dict:
        d: dict = {"kind": self.kind}
        if self.num is not None:
            d["num"] = self.num
            d["value"] = self.value
        if self.title:
            d["title"] = self.title
        if self.paras:
            d["text"] = self.text
        if self.quoted:
            d["quoted"] = True
        d["path"] = self.path
        if source is not None:
            l1, c1 = source.locate(self.start)
            l2, c2 = source.locate(max(self.end - 1, self.start))
            d["span"] = {"line": l1, "column": c1, "end_line": l2, "end_column": c2 + 1}
        if self.children:
            d["children"] = [c.to_dict(source) for c in self.children]
        return d
