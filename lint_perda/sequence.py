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

from dataclasses import dataclass, field

from . import ocr as _OCR
from . import reading as _READING
from .ast import Node
from .faultjudge import bare, judged_fault
from .markerjudge import (glued_in_scan, inline_marker_between, label_of, list_cut, lost_markers_in, marker_elsewhere,
                          marker_glued, mixed_marker)
from .numbering import _lis_earliest
from .reading import note_places, reading, unreadable


@dataclass
class Fault:
    kind: str                    # gap | repeat | order
    node: Node                   # where it is reported
    prev: Node | None            # the last number in order before it
    expected: int                # the number that should stand here
    block: list[Node] = field(default_factory=list)
    missing: tuple[int, int] = (0, 0)   # gap: first..last missing number


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
    cache = doc.__dict__.setdefault("_seq_cache", {})
    if "walked" not in cache:   # one walk for the seven kinds
        nodes = list(body.walk())
        # the new wording an amendment quotes is judged like the body's own
        cache["walked"] = ([n for n in nodes if not n.quoted], [n for n in nodes if n.quoted and doc.judged(n)])
    own, quoted = cache["walked"]
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


_ROMAN_ITEMS = {"ii", "iii", "iv", "vi", "vii", "viii", "ix", "xi", "xii", "xiii", "xiv", "xv"}
# the marks of OCR live in ocr.py, the marks of a glued marker in reading.py;
# the names stay importable from here
OCR_MARK = _OCR_MARK = _OCR.OCR_MARK
INLINE_MARKER = _READING.INLINE_MARKER


def ocr_suspect(doc) -> bool:
    """A scanned print read by OCR, not a typed draft: three or more of its
    marks ("(21" for "(2)", carets, "2O2O", "PRES I DEN"; not the word
    "PRESIDEN").  Case and single characters are what OCR gets wrong, so
    rules about them (reference case, ordinal spelling, spelling) stay
    silent on such a text; structure is judged place by place
    (lint_perda/reading.py)."""
    return doc.parsed.normalized.scan


def numbering_findings(rule, doc, kind: str):
    why = unreadable(doc)
    if why:
        doc.note_checked("numbering", "none", why)
        return
    rd = reading(doc)
    line_of = _line_of(doc)
    lamp_spans = [(lp.start, lp.end) for lp in doc.lampiran]
    in_lampiran: dict[int, list] = {}
    out = []
    unjudged: list = []        # places a fault could hide that were not read cleanly
    for g in groups(doc, kind):
        # a heading repeated by a page break (no words, no children) is an
        # artefact of the PDF, not a second provision
        whole = g
        g = [n for n in g if n.text.strip() or n.children or n.title or n.kind in ("bab", "bagian", "paragraf")]
        if g and g[0].kind.startswith("huruf") and any((n.num or "").lower() in _ROMAN_ITEMS for n in g):
            continue   # "i., ii., iii." is a Roman-numeral list, not letters
        if rd.scan and g and g[0].is_item and sum(1 for n in whole if bare(n)) >= 2:
            # "1. / b. / 2. / 3. R E P u ..." in a scan's Mengingat, "a. nalna a. /
            # b. / c. / d. nama; ...": markers standing apart from their words
            # (a layout in columns); the numbers seen are the layout's
            unjudged.extend(n for n in g if n.value is not None)
            continue
        seq = [n for n in g if n.value is not None and not n.suffix]
        kept = {id(x) for x in g}
        set_aside = {n.value for n in whole if n.value is not None and id(n) not in kept}
        unjudged.extend(n for n in seq if not rd.clean(n))
        all_faults = check_sequence(g)
        faults = []
        for f in all_faults:
            if judged_fault(rd, seq, f):
                faults.append(f)
            else:
                unjudged.append(f.node)
        fix = None
        if faults:
            from .renumber import group_fix   # the typo (safe) or the shifted run (unsafe) of this group
            fix = group_fix(doc, g)
        made: list = []   # this group's findings that carry its fix
        if kind == "pasal" and sum(f.kind == "gap" for f in faults) >= 3:
            # three or more runs of missing Pasal, each between headings read
            # cleanly: pages lost from the text, not a draft that skipped
            # numbers; one finding says so
            f = next(f for f in faults if f.kind == "gap")
            n_gaps = sum(x.kind == "gap" for x in faults)
            out.append(rule.at(f.node, f"Nomor Pasal melompat di {n_gaps} tempat (pertama sesudah {f.prev.label if f.prev else 'awal'}): "
                                       "periksa apakah naskah ini lengkap.",
                               f"Pasal numbers jump in {n_gaps} places: check that the text is complete.",
                               head=True, severity="warning"))
            continue
        misplaced = [f.node for f in faults if f.kind != "gap"]
        for f in faults:
            if f.kind == "gap" and (marker_glued(f) or marker_elsewhere(doc, f)):
                continue
            if f.kind == "gap" and set(range(f.missing[0], f.missing[1] + 1)) <= set_aside:
                continue   # "d. cuti melahirkan; / e. / f. ...": the marker is there, its words read elsewhere
            if f.kind == "gap" and f.prev is not None and any(f.prev.start < n.start < f.node.start for n in misplaced):
                continue   # "Pasal 134, Pasal 235, Pasal 136": the number out of order is the one missing, said once
            if f.node.is_item or f.node.kind == "ayat":
                if f.prev is None and not mixed_marker(f):
                    continue   # a list "starting at b." is, in practice, a lead-in that swallowed "a."
                if inline_marker_between(doc, f):
                    continue   # an item glued into the running text: the parse cannot see the structure
                if rd.scan and f.node.is_item and (glued_in_scan(f.prev) or list_cut(f)) \
                        or (rd.scan or rd.joins) and f.node.is_item and lost_markers_in(f):
                    continue
            if f.kind == "repeat" and len(f.block) == 1 and not f.node.is_item \
                    and f.prev is not None and f.prev.value == f.node.value \
                    and not f.prev.children and not f.prev.text.strip():
                continue   # the same heading twice, the first one empty: a page header, not a second provision
            mixed = mixed_marker(f)
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
        if fix is not None and len(made) < len(all_faults):
            # the faults not reported (not read cleanly, or excused) may block the renumbering
            from .renumber import excuse_blocks
            if excuse_blocks(doc, g, [f for f in all_faults if all(f is not x for x, _ in made)]):
                for _, d in made:   # a fault excused as the parse's (a marker glued, a lost item): renumbering would guess
                    d.fix = None
    # a Lampiran whose lists break again and again is a table or a form
    # (rows "a. Reaktor ... Rp 18.800.000,00"), not tabulasi: say nothing
    for found in in_lampiran.values():
        if len(found) <= 3:
            out.extend(found)
    unjudged = list({id(n): n for n in unjudged}.values())
    note_places(doc, "numbering", _KIND_WORD.get(kind, kind), [n.start for n in unjudged])
    yield from out


_KIND_WORD = {"pasal": "judul Pasal", "bab": "judul BAB", "bagian": "judul Bagian", "paragraf": "judul Paragraf",
              "ayat": "nomor ayat", "item": "nomor rincian", "diktum": "diktum"}
