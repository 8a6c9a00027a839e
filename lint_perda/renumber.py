"""Renumbering fixes for the numbering rules (LP101-LP106), through the
reference graph.

One sequence (the BAB, the Bagian of a BAB, the Pasal, the ayat of a Pasal,
one list) is meant to run 1, 2, 3 ...  Two kinds of fault are fixed:

- **a typo** (safe): one number out of step in an otherwise continuous
  sequence (1, 2, 2, 4 or 1, 2, 5, 4) that no reference reaches by that
  number.  Only the number is corrected; the references were right.
- **a shifted run** (unsafe, ``--unsafe-fixes``): a deleted provision leaves
  6, 8, 9 ..., an inserted one 7, 7, 8 ...  Every number from the fault on is
  renumbered, and every internal reference that resolved to a renumbered
  provision (Reference/Target of lint_perda/references.py, resolved nodes) is
  rewritten to its new number; the Penjelasan's "Pasal N" (and its "Ayat (N)"
  under a renumbered ayat's Pasal) follow the body.  A reference to the
  number that vanished is left as written, and the fix says where: after the
  renumbering it names a different provision, so the reviewer must decide.

Inside a quoted provision of an amendment only references inside the same
instruction are rewritten; the amending text's own references are not.
Numbers with a suffix (5A, (1a)) are never renumbered: they are insertions,
LP108's business.
"""
from __future__ import annotations

import re

from .ast import ITEM_KINDS
from .diagnostics import Fix
from .fixes import SAFE, UNSAFE, guarded, head_edit, line_edit, node_edit
from .numbering import int_to_letter, int_to_ordinal, int_to_roman
from .unitphrase import cite

_HEAD = {
    "bab": re.compile(r"\bBAB\s+([IVXLC]+)\b", re.IGNORECASE),
    "bagian": re.compile(r"\bBagian\s+(Ke\w+(?:\s+(?:Belas|Puluh)(?:\s+\w+)?)?|Pertama)\b", re.IGNORECASE),
    "paragraf": re.compile(r"\bParagraf\s+(\d+)\b", re.IGNORECASE),
    "pasal": re.compile(r"\bPasal\s+(\d+)\b", re.IGNORECASE),
    "ayat": re.compile(r"^\s*\(\s*(\d+)\s*\)"),
}
_ITEM_HEAD = re.compile(r"^\s*([a-zA-Z]{1,2}|\d{1,3})[.)]")
_UNIT_KINDS = {"pasal": ("pasal", "qpasal"), "ayat": ("ayat",), "huruf": ("huruf", "huruf_kurung"),
               "angka": ("angka", "angka_kurung"), "lampiran": ("lampiran",)}
_PJ_AYAT = re.compile(r"^\s*Ayat\s*\(\s*(\d+)\s*\)\s*$")


def label(kind: str, value: int, old: str) -> str:
    """Number ``value`` written the way ``old`` was (case, joined ordinals)."""
    if kind == "bab":
        return int_to_roman(value)
    if kind == "bagian":
        w = int_to_ordinal(value)
        if " " not in old.strip() and re.search(r"(?i)belas|puluh", old):
            w = w.replace(" Belas", "belas").replace(" Puluh", "puluh").replace(" ", "")
        return w.upper() if old.isupper() and len(old) > 1 else w
    if kind in ("huruf", "huruf_kurung"):
        w = int_to_letter(value)
        return w.upper() if old.isupper() else w
    return str(value)


def number_span(node) -> tuple[int, int] | None:
    """Where the node's number stands in its heading line."""
    if node.head is None:
        return None
    text = node.head.line.text
    pat = _HEAD.get(node.kind) or _HEAD.get("pasal" if node.kind in ("pj_pasal", "qpasal") else "")
    if node.kind in ITEM_KINDS:
        pat = _ITEM_HEAD
    if pat is None:
        return None
    m = pat.search(text)
    if m is None or m.group(1).replace(" ", "").lower() != (node.num or "").replace(" ", "").lower():
        return None
    return m.start(1), m.end(1)


def _renumber_head(node, value: int):
    sp = number_span(node)
    if sp is None:
        return None
    return head_edit(node, sp[0], sp[1], label(node.kind, value, node.num or ""))


_CATCHWORD = re.compile(r"^(\s*(?:[-*] |#+ )?)(\S+)(?:\s.*?)?\s*(?:\.\.\.|…)\s*$")
_PAGE_LINE = re.compile(r"^\s*(?:-\s*\d+\s*-|\d+|[-*]\s*)?\s*$")


def _catchword(doc, node, value: int):
    """The page-turn catchword announcing this provision ("b. ..." at the
    foot of the page before it), renumbered with it so it still matches: the
    normaliser drops a catchword only when it announces the next line."""
    text = doc.source.text
    start = node.head.line.orig(0) if node.head is not None else node.start
    end = text.rfind("\n", 0, start)
    for _ in range(6):
        if end <= 0:
            return None
        begin = text.rfind("\n", 0, end) + 1
        line = text[begin:end]
        if _PAGE_LINE.match(line):
            end = begin - 1          # blank lines and page numbers between
            continue
        m = _CATCHWORD.match(line)
        sp = number_span(node)
        if m is None or sp is None:
            return None
        head = node.head.line.text
        marker = head[:sp[1] + 1].strip() if node.kind in ITEM_KINDS or node.kind == "ayat" else None
        if marker is None or m.group(2) != marker:
            return None
        old = m.group(2)
        num = node.num or ""
        k = old.find(num)
        if k < 0:
            return None
        from .diagnostics import Edit
        a = begin + m.start(2) + k
        return Edit(start=a, end=a + len(num), replacement=label(node.kind, value, num), old=num)
    return None


def scope_of(node):
    """The amendment instruction a quoted provision belongs to (None outside one)."""
    top = None
    n = node
    while n is not None:
        if n.quoted or n.kind == "amend":
            top = n
        n = n.parent
    return top


# -- the reference graph, read once per document ------------------------------
def _unit_node(final, unit: str):
    return final.nearest(*_UNIT_KINDS.get(unit, ()))


def referenced(doc) -> dict:
    """node -> [(reference, written unit)] for every internal reference
    that resolved to exactly one provision, per unit of its chain."""
    cache = doc.__dict__.setdefault("_renumber_cache", {})
    if "refs" in cache:
        return cache["refs"]
    out: dict = {}
    for r in doc.references:
        if not r.internal:
            continue
        for t in r.all_targets():
            if t.status != "ok" or len(t.nodes) != 1:
                continue
            for k, w in enumerate(t.written):
                unit = t.chain[t.inherited + k][0] if t.inherited + k < len(t.chain) else None
                node = _unit_node(t.nodes[0], unit) if unit else None
                if node is not None:
                    out.setdefault(id(node), []).append((r, w, unit))
    cache["refs"] = out
    return out


def _ref_edit(ref, written, unit: str, value: int, kind: str):
    word, _num, off = written
    text = ref.node.text
    at = off + len(word)
    m = (re.compile(r"\s*\(\s*(\d+)\s*\)") if unit == "ayat" else re.compile(r"\s+([0-9A-Za-z]+)")).match(text, at)
    if m is None:
        return None
    return node_edit(ref.node, m.start(1), m.end(1), label(kind, value, m.group(1)))


# -- the fix of one sequence -----------------------------------------------------
def _values(nodes):
    vals = [n.value for n in nodes]
    return None if any(v is None for v in vals) else vals


def _shifted(vals: list[int]) -> bool:
    """A run moved by deletions or insertions: never backwards, steps of
    0, 1 or 2 (one number repeated or one left out at a time)."""
    return vals[0] in (1, 2) and all(b - a in (0, 1, 2) for a, b in zip(vals, vals[1:]))


@guarded
def group_fix(doc, nodes) -> Fix | None:
    """The fix of a numbered sequence whose numbers should run 1..n, or None."""
    if not nodes or any(n.suffix for n in nodes):
        return None
    vals = _values(nodes)
    if vals is None:
        return None
    wrong = [k for k, v in enumerate(vals) if v != k + 1]
    if not wrong:
        return None
    refs = referenced(doc)
    scope = scope_of(nodes[0])
    kind = nodes[0].kind
    if len(wrong) == 1 and not refs.get(id(nodes[wrong[0]])):
        # a typo: the heading, and the Penjelasan where it repeats the same slip
        k = wrong[0]
        e = _renumber_head(nodes[k], k + 1)
        if e is None:
            return None
        edits = _dedupe([e, _catchword(doc, nodes[k], k + 1)] + _penjelasan(doc, nodes, vals, scope, kind))
        return Fix(SAFE, sorted(edits, key=lambda x: (x.start, x.end)))
    if not _shifted(vals) or (vals[0] != 1 and (kind == "ayat" or kind in ITEM_KINDS)):
        return None   # a list "starting at b." lost its first marker to the line before
    moved = {id(n): k + 1 for k, n in enumerate(nodes) if vals[k] != k + 1}
    edits = [_renumber_head(n, moved[id(n)]) for n in nodes if id(n) in moved]
    if any(e is None for e in edits):
        return None
    edits += [_catchword(doc, n, moved[id(n)]) for n in nodes if id(n) in moved]
    for n in nodes:
        if id(n) not in moved:
            continue
        for ref, written, unit in refs.get(id(n), []):
            if scope_of(ref.node) is not scope:
                continue
            e = _ref_edit(ref, written, unit, moved[id(n)], kind)
            if e is None:
                return None   # a reference we cannot rewrite: no renumbering at all
            edits.append(e)
    edits = _dedupe(edits + _penjelasan(doc, nodes, vals, scope, kind))
    note, lines = _vanished_note(doc, nodes, vals, scope)
    return Fix(UNSAFE, sorted(edits, key=lambda e: (e.start, e.end)), note=note, lines=lines)


def _penjelasan(doc, nodes, vals, scope, kind):
    """The Penjelasan's headings follow the body (its own Pasal and ayat only)."""
    if scope is not None:
        return []
    if kind == "pasal":
        return _penjelasan_pasal(doc, nodes, vals)
    if kind == "ayat":
        return _penjelasan_ayat(doc, nodes, vals)
    return []


# a reference names a number, a marker stands at the head of a provision
_REF_BEFORE = r"(?<!dalam )(?<!pada )(?<!dan )(?<!atau )(?<!, )(?<!ketentuan )(?<!dimaksud )(?<!huruf )(?<!angka )(?<!ayat )"


def excuse_blocks(doc, nodes, excused) -> bool:
    """Whether a fault the numbering rule excused as the parse's makes a
    renumbering a guess: anything but a gap, or a gap whose missing number
    still stands as a marker (not a reference) in the sequence's text, where
    the parse lost an item."""
    from .markerjudge import marker_pattern
    # the words of the provisions (not their own headings, where the
    # numbers out of order stand)
    texts = [n.text or "" for n in nodes + ([nodes[0].parent] if nodes and nodes[0].parent is not None else [])]
    for f in excused:
        if f.kind != "gap":
            return True
        for v in range(f.missing[0], min(f.missing[1], f.missing[0] + 20) + 1):
            pat = re.compile(_REF_BEFORE + marker_pattern(f.node.kind, v))
            if any(pat.search(t) for t in texts):
                return True
    return False


def _dedupe(edits):
    seen, out = set(), []
    for e in edits:
        if e is not None and (e.start, e.end) not in seen:
            seen.add((e.start, e.end))
            out.append(e)
    return out


def _penjelasan_pasal(doc, nodes, vals):
    pj = [n for n in doc.penjelasan.walk() if n.kind == "pj_pasal"] if doc.penjelasan is not None else []
    if not pj:
        return []
    old = [n.num for n in nodes]
    if [p.num for p in pj] == old:   # the Penjelasan follows the body one to one
        pairs = list(zip(pj, range(1, len(pj) + 1)))
    else:   # by number, where the number names one Pasal only
        once = {n.num: k + 1 for k, n in enumerate(nodes) if old.count(n.num) == 1}
        pairs = [(p, once[p.num]) for p in pj if p.num in once and [q.num for q in pj].count(p.num) == 1]
    out = []
    for p, v in pairs:
        if p.value != v:
            sp = number_span(p)
            if sp is not None:
                out.append(head_edit(p, sp[0], sp[1], str(v)))
    return out


def _penjelasan_ayat(doc, nodes, vals):
    """"Ayat (N)" headings in the Penjelasan of the ayat's Pasal."""
    pasal = nodes[0].parent
    if doc.penjelasan is None or pasal is None:
        return []
    pj = [n for n in doc.penjelasan.walk() if n.kind == "pj_pasal" and n.num == pasal.num]
    if len(pj) != 1:
        return []
    heads = []
    for para in pj[0].paras:
        m = _PJ_AYAT.match(para.line.text)
        if m:
            heads.append((para.line, m))
    old = [n.num for n in nodes]
    if [m.group(1) for _, m in heads] != old:
        return []
    return [line_edit(ln, m.start(1), m.end(1), str(k + 1)) for k, (ln, m) in enumerate(heads)
            if m.group(1) != str(k + 1)]


def _vanished_note(doc, nodes, vals, scope) -> tuple[str | None, list[int]]:
    """References left as written: to a number that is gone (a deleted
    provision) or to one written twice (an insertion): after the renumbering
    they name the provision now bearing that number, which may not be meant."""
    kind = nodes[0].kind
    if kind not in ("pasal", "ayat") and kind not in ITEM_KINDS:
        return None, []
    unit = "pasal" if kind == "pasal" else ("ayat" if kind == "ayat" else ("huruf" if "huruf" in kind else "angka"))
    old = nodes[0].num or ""
    gone = {label(kind, v, old) for v in set(range(1, max(vals) + 1)) - set(vals)}
    twice = {label(kind, v, old) for v in vals if vals.count(v) > 1}
    where = {}
    for r in doc.references:
        if not r.internal or scope_of(r.node) is not scope:
            continue
        for t in r.all_targets():
            if t.status == "ok":
                continue
            for k, (u, num) in enumerate(t.chain):
                if u == unit and (num in gone or num in twice) and (unit == "pasal" or _same_parent(doc, r, t, k, nodes)):
                    where.setdefault(num, set()).add(doc.source.locate(r.node.orig(r.i))[0])
    if not where:
        return None, []
    parts = []
    for num, lines in sorted(where.items()):
        what = "nomor yang hilang" if num in gone else "nomor ganda"
        ls = ", ".join(doc.source.label(x) or f"baris {x}" for x in sorted(lines)[:8])
        parts.append(f"{cite(((unit, num),))} ({what}) di {ls}")
    return ("rujukan dibiarkan seperti tertulis: " + "; ".join(parts)
            + "; sesudah penomoran ulang nomor itu menunjuk ketentuan yang kini bernomor demikian: periksa",
            sorted({x for v in where.values() for x in v}))


def _same_parent(doc, r, t, k, nodes) -> bool:
    """A reference into the renumbered list's own parent (the Pasal of the ayat)."""
    parent = nodes[0].parent
    pas = parent.nearest("pasal", "qpasal") if parent is not None else None
    if t.chain[0][0] == "pasal":
        return pas is not None and t.chain[0][1] == pas.num
    return pas is not None and r.node.nearest("pasal", "qpasal") is pas
