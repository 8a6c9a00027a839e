"""One checker for every numbered sequence (BAB, Bagian, Paragraf, Pasal,
ayat, list items, Mengingat, the definitions of Pasal 1).

One fault gives one finding.  The longest increasing run of numbers (the
earliest one, when several are equally long) is taken as the intended
order; everything else is a fault:

- a *gap* between two numbers of that run ("1, 2, 4": angka 3 is missing),
  reported once, at the number after the gap;
- a *block* of numbers outside the run, reported once at its first node:
  numbers already used ("1-6, then 4, 5, 6 again") or out of order
  ("20, 17, 19, 20"), with the number that was expected there.

So 1, 2, 4, 5, 6 gives one finding (the jump), not one per later item, and a
swap 1, 2, 4, 3, 5 gives one (at 3).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from .ast import Node, unit_label
from .numbering import int_to_letter, int_to_ordinal, int_to_roman


@dataclass
class Fault:
    kind: str                    # gap | repeat | order
    node: Node                   # where it is reported
    prev: Node | None            # the last number in order before it
    expected: int                # the number that should stand here
    block: list[Node] = field(default_factory=list)
    missing: tuple[int, int] = (0, 0)   # gap: first..last missing number


def _lis_earliest(vals: list[int]) -> set[int]:
    return lis_earliest(vals)


def lis_earliest(vals: list, strict: bool = True) -> set[int]:
    """Indexes of the earliest longest increasing run of ``vals`` (strictly
    increasing, or non-decreasing with ``strict=False``)."""
    n = len(vals)
    # best[i]: the length of the longest increasing run starting at i, found
    # right to left by patience sorting: neg[L] is minus the largest first
    # number of a run of length L+1 seen so far (ascending), O(n log n)
    best = [1] * n
    neg: list[int] = []
    # any comparable values (Pasal numbers, (number, letter) keys) by rank
    rank = vals if all(isinstance(v, int) for v in vals) else [_rank(vals)[v] for v in vals]
    place = bisect_left if strict else bisect_right
    for i in range(n - 1, -1, -1):
        x = -rank[i]
        k = place(neg, x)
        best[i] = k + 1
        if k == len(neg):
            neg.append(x)
        else:
            neg[k] = x
    need = max(best) if n else 0
    last = None
    keep: set[int] = set()
    for i in range(n):
        if need and (last is None or (vals[i] > last if strict else vals[i] >= last)) and best[i] == need:
            keep.add(i)
            last = vals[i]
            need -= 1
    return keep


def _rank(vals: list) -> dict:
    return {v: r for r, v in enumerate(sorted(set(vals)))}


def check_sequence(nodes: list[Node], start: int = 1) -> list[Fault]:
    seq = [n for n in nodes if n.value is not None and not n.suffix]
    if not seq:
        return []
    vals = [n.value for n in seq]
    keep = _lis_earliest(vals)
    faults: list[Fault] = []
    prev: Node | None = None
    prev_v = start - 1
    used: set[int] = set()
    block: list[Node] = []

    def flush():
        if not block:
            return
        first = block[0]
        kind = "repeat" if all(b.value in used for b in block) else "order"
        faults.append(Fault(kind=kind, node=first, prev=prev, expected=prev_v + 1, block=list(block)))
        block.clear()

    for i, n in enumerate(seq):
        if i in keep:
            flush()
            if n.value > prev_v + 1:
                faults.append(Fault(kind="gap", node=n, prev=prev, expected=prev_v + 1,
                                    missing=(prev_v + 1, n.value - 1)))
            prev, prev_v = n, n.value
            used.add(n.value)
        else:
            block.append(n)
    flush()
    # a number "missing" from the run but present out of place (a swap, a
    # misnumbered provision) is one fault, reported at the misplaced one
    misplaced = {n.value for f in faults if f.kind != "gap" for n in f.block}
    faults = [f for f in faults
              if f.kind != "gap" or not set(range(f.missing[0], f.missing[1] + 1)) <= misplaced]
    return _merge_shifts(faults, seq)


def _merge_shifts(faults: list[Fault], seq: list[Node]) -> list[Fault]:
    """1-6, then 4-16, then 20: the numbering restarted at 4 and ran on; the
    gap 17-19 it leaves is the same fault, so one finding ("angka 4 sampai
    dengan angka 16 seharusnya angka 7 sampai dengan angka 19")."""
    out: list[Fault] = []
    i = 0
    while i < len(faults):
        f = faults[i]
        g = faults[i + 1] if i + 1 < len(faults) else None
        if (f.kind == "repeat" and g is not None and g.kind == "gap"
                and g.missing[1] - g.missing[0] + 1 == len(f.block)):
            a = seq.index(f.block[0])
            b = seq.index(g.node)
            f.block = seq[a:b]
            out.append(f)
            i += 2
            continue
        out.append(f)
        i += 1
    return out


# -- wording ------------------------------------------------------------------
def label_of(kind: str, n: int) -> str:
    """The label of number n written the way the kind writes it."""
    if kind == "bab":
        return unit_label(kind, int_to_roman(n))
    if kind == "bagian":
        return unit_label(kind, int_to_ordinal(n))
    if kind == "diktum":
        return unit_label(kind, int_to_ordinal(n).upper())
    if kind.startswith("huruf"):
        return unit_label(kind, int_to_letter(n))
    return unit_label(kind, n)


def describe(f: Fault, line_of) -> tuple[str, str, str]:
    """(message, message_en, suggestion) in the reviewer's words."""
    kind = f.node.kind
    exp = label_of(kind, f.expected)
    after = f"sesudah {f.prev.label}" if f.prev is not None else "di awal"
    after_en = f"after {f.prev.label}" if f.prev is not None else "at the start"
    if f.kind == "gap":
        a, b = f.missing
        miss = label_of(kind, a) if a == b else f"{label_of(kind, a)} sampai dengan {label_of(kind, b)}"
        return (f"Penomoran melompat {after} ke {f.node.label}: {miss} tidak ada.",
                f"Numbering jumps {after_en} to {f.node.label}: {miss} is missing.",
                f"{exp}")
    names = ", ".join(b.label for b in f.block[:6]) + (", ..." if len(f.block) > 6 else "")
    lines = line_of(f.block[0].start)
    if len(f.block) > 1:
        lines = f"{lines}-{line_of(f.block[-1].start)}"
    if f.kind == "repeat" and len(f.block) > 1 and all(
            b.value == a.value + 1 for a, b in zip(f.block, f.block[1:])) and f.block[-1].value > f.expected:
        # a run numbered on from a number already used
        first, last = f.block[0], f.block[-1]
        want = f"{exp} sampai dengan {label_of(kind, f.expected + len(f.block) - 1)}"
        return (f"{first.label} sampai dengan {last.label} (baris {lines}) melanjutkan nomor yang sudah dipakai "
                f"{after}; seharusnya {want}.",
                f"{first.label} to {last.label} (line {lines}) continue numbers already used {after_en}; "
                f"{want} was expected.", want)
    if f.kind == "repeat":
        one = len(f.block) == 1
        msg = (f"{names} (baris {lines}) {'memakai nomor yang sudah dipakai' if one else 'mengulang nomor yang sudah dipakai'}; "
               f"{after} seharusnya {exp}.")
        return msg, f"{names} (line {lines}) repeats numbers already used; {after_en} {exp} was expected.", exp
    return (f"{names} (baris {lines}) tidak berurutan: {after} seharusnya {exp}.",
            f"{names} (line {lines}) out of order: {after_en} {exp} was expected.", exp)


# -- the groups each numbering rule checks -------------------------------------
def _line_of(doc):
    locate = doc.source.locate   # a bisect, not a count from the start per call
    return lambda off: locate(off)[0]


def groups(doc, kind: str) -> list[list[Node]]:
    """The sequences of one kind of unit, each numbered from 1."""
    body = doc.body
    if body is None:
        return []
    own = [n for n in body.walk() if not n.quoted]
    # the new wording an amendment quotes is judged like the body's own
    quoted = [n for n in body.walk() if n.quoted and doc.judged(n)]
    if kind == "bab":
        return [[n for n in own if n.kind == "bab"]]
    if kind == "bagian":
        return [[c for c in p.children if c.kind == "bagian"] for p in [body] + [n for n in own if n.kind == "bab"]]
    if kind == "paragraf":
        return [[c for c in p.children if c.kind == "paragraf"] for p in own if p.kind in ("bab", "bagian")]
    if kind == "pasal":
        if doc.is_amendment or doc.source.text.count("sehingga berbunyi sebagai berikut") >= 2:
            return []   # an amending text (its "Pasal I" perhaps lost by OCR)
        return [list(doc.pasals)]
    if kind == "ayat":
        holders = list(doc.pasals) + [n for n in quoted if n.kind == "qpasal"]
        return [[c for c in p.children if c.kind == "ayat"] for p in holders]
    if kind == "diktum":
        return [[n for n in own if n.kind == "diktum"]]
    if kind == "item":
        from .ast import ITEM_KINDS
        out = []
        parents = own + quoted + [n for part in ("front",) if doc.part(part) for n in doc.part(part).walk()]
        # in a Lampiran only sub-lists: its top-level numbering follows forms
        # and tables ("1. Jabatan", "2. Tugas" per position), not tabulasi
        parents += [n for lamp in doc.lampiran for n in lamp.walk() if n.is_item]
        for p in parents:
            if p.kind in ("text",):
                continue
            for k in ITEM_KINDS:
                g = [c for c in p.children if c.kind == k]
                if g:
                    out.append(g)
        return out
    return []


# a heading glued after the end of a sentence or a word: (?:[.;:,]|\w)\s+ then
# this; searched from the heading word (a P or a B: the engine skips to
# them), the character and spaces before it checked by _glued_starts()
_HEADING_AT = re.compile(r"(?:Pasal\s+\d+[A-Z]?\.?|BAB\s+[IVXLC]+|Bagian\s+Ke\w+|Paragraf\s+\d+)\s+(?:\(1\)|[A-Z])")
_REFERENCE_BEFORE = re.compile(r"(?:dalam|pada|dan|ketentuan|dimaksud|atau)\s*\S?$")
_ROMAN_ITEMS = {"ii", "iii", "iv", "vi", "vii", "viii", "ix", "xi", "xii", "xiii", "xiv", "xv"}
# marks of OCR (a scanned print, not a typed draft): "(21" for "(2)",
# "PRES I DEN", carets, underscored page numbers, "2O2O" with letter O,
# "KETF,NTUAN", "sa&t", "REPUBUK"
# (each mark opens with its letter, a \b as a look-behind after it; a mark
# that opens on a class of letters is found from its punctuation, so that
# the engine can jump to where a mark can be: see _ocr_marks)
_OCR_MARKS = (
    (r"\(\d1\b", None), (r"l(?<!\wl)\dl\b", None), (r"\^", None), (r"P\s?R\s?E\s?S\s?I\s?D\s?E\s?N", None),
    (r"\{iD", None), (r"_\s?\d+\s?_", None), (r"i(?<!\wi)\dl\b", None),
    (r"[12](?<!\w[12])(?=[0-9O]{0,2}O)[0-9O]{3}\b", None),
    (r"[A-Z],[A-Z]{2}", (r",(?<=[A-Z],)[A-Z]{2}", 1)), (r"[a-z]&[a-z]", (r"&(?<=[a-z]&)[a-z]", 1)),
    (r"REPUBUK", None), (r"P(?<!\wP)craturan", None), (r"·", None))
_OCR_MARK = re.compile("|".join(m for m, _ in _OCR_MARKS))
_OCR_ONE = [re.compile(m) for m, _ in _OCR_MARKS]
_OCR_FIND = [(re.compile(f[0]), f[1]) if f else (rx, 0) for (_, f), rx in zip(_OCR_MARKS, _OCR_ONE)]
OCR_MARK = _OCR_MARK
INLINE_MARKER = re.compile(
    r"(?:[A-Za-z)][;:.,]|[_…]|\b(?:dan|atau|dan/atau))\s+(?:\(\d+[a-z]?\)|\([a-z]\)|[a-z]\)|\d{1,2}\)|[a-z]\.|\d{1,2}\.)\s+\S"
    r"|[a-z][.;:]\s+[A-H]\.\s+[A-Z][a-z]")   # "... penawaran. B. Pelaksanaan ...": a section glued in


def ocr_suspect(doc) -> bool:
    """A scanned print read by OCR, not a typed draft: three or more of its
    marks. Case and small marks are what OCR gets wrong, so rules about them
    stay silent on such a text."""
    cache = doc.__dict__.setdefault("_seq_cache", {})
    if "ocr" not in cache:
        cache["ocr"] = _ocr_marks(doc.source.text, 3) >= 3
    return cache["ocr"]


def _ocr_marks(text: str, enough: int) -> int:
    """len(_OCR_MARK.findall(text)), counted up to ``enough``: every place
    each mark matches, found by its own fast pattern, then walked left to
    right as the alternation goes (the first mark listed wins a place; the
    next search starts where a match ends).  Four times faster."""
    at: dict[int, int] = {}
    for k, (find, back) in enumerate(_OCR_FIND):
        m = find.search(text)
        while m:
            at.setdefault(m.start() - back, k)
            m = find.search(text, m.start() + 1)
    n = last = 0
    for s in sorted(at):
        if s >= last:
            n += 1
            if n >= enough:
                break
            last = _OCR_ONE[at[s]].match(text, s).end()
    return n


def structure_reliable(doc) -> bool:
    """False for texts whose headings the PDF conversion glued into running
    text ("... ditetapkan. Pasal 12 (1) Pejabat ..."): there the parse cannot
    see every heading, and a numbering finding would accuse the draft of
    the converter's fault."""
    cache = doc.__dict__.setdefault("_seq_cache", {})
    if "reliable" not in cache:
        # cheapest test first; each one alone can say no
        cache["reliable"] = doc.parsed.coverage >= 0.9 and _glued_headings(doc) < 3 and not ocr_suspect(doc)
    return cache["reliable"]


def _glued_headings(doc, enough: int = 3) -> int:
    """Headings glued into running text, counted up to ``enough``."""
    glued = 0
    for ln in doc.parsed.normalized.lines:
        t = ln.text
        if "Pasal" not in t and "BAB" not in t and "Bagian" not in t and "Paragraf" not in t:
            continue   # the pattern needs one of these words: skip the regex
        for s in _glued_starts(t):
            pre = t[max(0, s - 12):s + 1]
            if not _REFERENCE_BEFORE.search(pre):
                glued += 1
                if glued >= enough:
                    return glued
    return glued


def _glued_starts(t: str) -> list[int]:
    """Where the matches of (?:[.;:,]|\\w)\\s+HEADING start, as finditer
    would give them (left to right, not overlapping)."""
    out: list[int] = []
    last = 0
    m = _HEADING_AT.search(t)
    while m:
        h = m.start()
        k = h
        while k > 0 and t[k - 1].isspace():
            k -= 1
        if 0 < k < h and k - 1 >= last:
            c = t[k - 1]
            if c in ".;:," or c.isalnum() or c == "_":
                out.append(k - 1)
                last = m.end()
        m = _HEADING_AT.search(t, h + 1)
    return out


def numbering_findings(rule, doc, kind: str):
    if not structure_reliable(doc):
        return
    line_of = _line_of(doc)
    lamp_spans = [(lp.start, lp.end) for lp in doc.lampiran]
    in_lampiran: dict[int, list] = {}
    out = []
    for g in groups(doc, kind):
        # a heading repeated by a page break (no words, no children) is an
        # artefact of the PDF, not a second provision
        g = [n for n in g if n.text.strip() or n.children or n.title or n.kind in ("bab", "bagian", "paragraf")]
        if g and g[0].kind.startswith("huruf") and any((n.num or "").lower() in _ROMAN_ITEMS for n in g):
            continue   # "i., ii., iii." is a Roman-numeral list, not letters
        faults = check_sequence(g)
        fix = None
        if faults:
            from .renumber import group_fix   # the typo (safe) or the shifted run (unsafe) of this group
            fix = group_fix(doc, g)
        made: list = []   # this group's findings that carry its fix
        if kind == "pasal" and sum(f.kind == "gap" for f in faults) >= 3:
            # three or more runs of missing Pasal: pages lost from the text,
            # not a draft that skipped numbers; one finding says so
            f = next(f for f in faults if f.kind == "gap")
            n_gaps = sum(x.kind == "gap" for x in faults)
            out.append(rule.at(f.node, f"Nomor Pasal melompat di {n_gaps} tempat (pertama sesudah {f.prev.label if f.prev else 'awal'}): "
                                       "periksa apakah naskah ini lengkap.",
                               f"Pasal numbers jump in {n_gaps} places: check that the text is complete.",
                               head=True, severity="warning"))
            continue
        for f in faults:
            if f.kind == "gap" and (_marker_glued(f) or _marker_elsewhere(doc, f)):
                continue
            if f.node.is_item or f.node.kind == "ayat":
                if f.prev is None and not _mixed_marker(f):
                    continue   # a list "starting at b." is, in practice, a lead-in that swallowed "a."
                if _inline_marker_between(doc, f):
                    continue   # an item glued into the running text: the parse cannot see the structure
            if f.kind == "repeat" and len(f.block) == 1 and not f.node.is_item \
                    and f.prev is not None and f.prev.value == f.node.value \
                    and not f.prev.children and not f.prev.text.strip():
                continue   # the same heading twice, the first one empty: a page header, not a second provision
            mixed = _mixed_marker(f)
            if mixed:
                d = rule.at(f.node, *mixed, head=True)
            else:
                msg, msg_en, sug = describe(f, line_of)
                d = rule.at(f.node, msg, msg_en, head=True, suggestion=sug, fix=fix)
                made.append((f, d))
            lamp = next((i for i, (a, b) in enumerate(lamp_spans) if a <= f.node.start <= b), None)
            if lamp is None:
                out.append(d)
            else:
                in_lampiran.setdefault(lamp, []).append(d)
        if fix is not None and len(made) < len(faults):
            from .renumber import excuse_blocks
            if excuse_blocks(doc, g, [f for f in faults if all(f is not x for x, _ in made)]):
                for _, d in made:   # a fault excused as the parse's (a marker glued, a lost item): renumbering would guess
                    d.fix = None
    # a Lampiran whose lists break again and again is a table or a form
    # (rows "a. Reaktor ... Rp 18.800.000,00"), not tabulasi: say nothing
    for found in in_lampiran.values():
        if len(found) <= 3:
            out.extend(found)
    yield from out


def marker_pattern(kind: str, n: int) -> str:
    if kind == "ayat":
        return rf"\(\s*{n}\s*\)"
    if kind in ("pasal", "qpasal"):
        return rf"\bPasal\s+{n}\b"
    if kind == "bagian":
        # "Bagian Kedua Puluh" must not match inside "Bagian Kedua Puluh Satu"
        return (rf"\bBagian\s+{re.escape(int_to_ordinal(n))}\b"
                r"(?!\s+(?:Satu|Dua|Tiga|Empat|Lima|Enam|Tujuh|Delapan|Sembilan|Belas|Puluh)\b)")
    if kind == "paragraf":
        return rf"\bParagraf\s+{n}\b"
    if kind == "bab":
        return rf"\bBAB\s+{int_to_roman(n)}\b"
    mark = int_to_letter(n) if kind.startswith("huruf") else str(n)
    close = r"\)" if kind.endswith("kurung") else r"\."
    return rf"(?<![\w(]){mark}{close}\s"


def _inline_marker_between(doc, f: Fault) -> bool:
    """A list marker in the middle of a line of the provisions between the
    last number in order and this one ("...; b. akte ...", "… (2) Pengawasan"):
    the parse lost an item there, so the numbering seen is not the draft's."""
    lo = f.prev.start if f.prev is not None else f.node.start
    hi = f.block[-1].start if f.block else f.node.start
    cache = doc.__dict__.setdefault("_seq_cache", {})
    starts = cache.get("inline_marker_starts")
    if starts is None:
        # once per document, not a walk of the whole tree per fault
        starts = cache["inline_marker_starts"] = sorted(
            n.start for n in doc.root.walk() if INLINE_MARKER.search(n.text or ""))
    k = bisect_left(starts, lo)
    return k < len(starts) and starts[k] <= hi


def _marker_glued(f: Fault) -> bool:
    """The missing number's marker stands inside the previous provision's
    text (two items on one line, or the first one on the lead-in line
    "Tugas : a) ..."): a conversion artefact, not a missing item."""
    holder = f.prev if f.prev is not None else f.node.parent
    if holder is None:
        return False
    texts = [holder.text] + ([holder.head.line.text] if holder.head is not None else [])
    pat = marker_pattern(f.node.kind, f.missing[0])
    return any(re.search(pat, t or "") for t in texts)


def _marker_elsewhere(doc, f: Fault) -> bool:
    """A missing number whose heading or marker still stands, unplaced, in
    the text around it: the parse lost it, the draft did not."""
    if f.node.kind in ("pasal", "bab", "bagian", "paragraf"):
        # only between the last heading in order and the one after the gap:
        # "Paragraf 6" of another Bagian does not excuse this one
        lo_off = f.prev.start if f.prev is not None else (f.node.parent.start if f.node.parent else 0)
        window = doc.source.text[lo_off:f.node.start]
        lo, hi = f.missing
        pats = [marker_pattern(f.node.kind, v) for v in range(lo, min(hi, lo + 20) + 1)]
        # the heading, not a reference to it: not after a reference word
        pats = [rf"(?<!dalam )(?<!pada )(?<!dan )(?<!, )(?<!ketentuan ){p}(?!\s+(?:ayat|huruf|angka))" for p in pats]
        return any(re.search(p, window) for p in pats)
    holder = f.node.parent
    if holder is None:
        return False
    pat = marker_pattern(f.node.kind, f.missing[0])
    return any(re.search(pat, n.text or "") for n in holder.walk() if n is not f.node)


SAME_WORD = {"angka": "angka_kurung", "angka_kurung": "angka", "huruf": "huruf_kurung", "huruf_kurung": "huruf"}


def _mixed_marker(f: Fault):
    """"4." after "3)": the item is numbered on, with the other marker style,
    and the parser therefore read it as a new sub-list."""
    par = f.node.parent
    if f.kind != "gap" or f.prev is not None or par is None or par.kind != SAME_WORD.get(f.node.kind):
        return None
    if par.value != f.node.value - 1:
        return None
    want = label_of(par.kind, f.node.value)
    return (f"{f.node.label} sesudah {par.label}: penanda rincian tidak seragam; seharusnya {want}.",
            f"{f.node.label} after {par.label}: inconsistent list markers; {want} was expected.")
