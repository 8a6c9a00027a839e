"""Whether a numbering fault can be judged where it stands.

A fault in the sequence of Pasal, ayat or list items is reported only where
the sequence around it was read cleanly (lint_perda/reading.py): a heading
the conversion glued into running text, a marker still standing in the
words, a list merged with the next where the marker between them was lost,
or a page turn of a scan that swallowed a heading all explain a gap or a
repeat without a drafting fault.  These tests say so, fault by fault.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .ast import Node
from .markerjudge import marker_elsewhere, marker_pattern, ocr_digits
from .numbering import counts_down

if TYPE_CHECKING:  # pragma: no cover
    from .sequence import Fault


def judged_fault(rd, seq: list[Node], f: Fault) -> bool:
    """Whether a fault stands where the sequence was read cleanly: the
    headings on either side of it on their own lines and consistent with
    their neighbours, and no debris between them that could hide or fake a
    heading.  A fault elsewhere is the converter's as likely as the draft's."""
    first = f.block[0] if f.block else f.node
    last = f.block[-1] if f.block else f.node
    try:
        i, k = seq.index(first), seq.index(last)
    except ValueError:
        return False
    j = seq.index(f.prev) if f.prev is not None else -1
    after = seq[k + 1] if k + 1 < len(seq) else None
    if first.is_item and any(_items_inline(n.text or "") for n in seq[max(j, 0):k + 1]):
        return False   # "1. Kelurahan Bareng 2. Kelurahan Klaten 3. ...": a list run into one line (a table)
    if first.is_item and any(strayed_citation(seq, n) for n in seq[max(j, 0):k + 1]):
        return False   # an item of Mengingat the columns of the print put among the definitions
    if f.kind != "gap" and first.is_item and f.prev is not None and f.prev.value == first.value \
            and (f.prev.text or "").strip() == (first.text or "").strip() and not first.children:
        return False   # "a. laut; / a. laut;": one line printed twice by the conversion, not a number misused
    if counts_down([n.value for n in seq]):
        return False   # "4. ... 3. ... 2. ...": the lines of a scan read from the foot of the page up
    around = [seq[x] for x in (j - 1, j) if x >= 0] + seq[i:k + 1] + ([after] if after is not None else [])
    # the headings on either side of the fault on their own lines as written;
    # the ones beyond them need only follow on (a glued or repaired one was
    # read only where its number continued the sequence)
    # a Pasal missing between headings that PDF conversion glued into running
    # text is judged too: the lexer split each one only where its number
    # continued the sequence, so a heading lost between them would leave its
    # words ("Pasal 5") in the text, which marker_elsewhere looks for
    glued_ok = f.kind == "gap" and first.kind == "pasal"
    sides = ([f.prev] if f.prev is not None else []) + seq[i:k + 1]
    if not all(rd.clean(n, glued_ok) for n in sides):
        return False
    # consistent with their neighbours: the number before the fault follows
    # its own predecessor, and the number after it follows on
    if j >= 1 and seq[j - 1].value != f.prev.value - 1 or j == 0 and f.prev.value != 1:
        # a swap (1, 3, 2, 4) moves the number before the fault too: the
        # numbers around it are still the run expected, in another order
        window = sorted(n.value for n in around)
        if f.kind == "gap" or window != list(range(window[0], window[0] + len(window))) or j == 0 and window[0] != 1:
            return False
    if f.kind != "gap" and f.prev is not None and f.prev.value == first.value and _wordless(f.prev):
        return False   # a heading repeated over a page turn (a running head or debris between)
    if f.kind != "gap" and first.kind in ("pasal", "bab", "bagian", "paragraf") and re.match(r"(?:ayat|huruf|angka)\b", first.text or ""):
        return False   # "... dalam Pasal 2 ayat (2) / Pasal 2 / ayat (3) dan ...": a reference broken over lines
    if (first.kind == "ayat" or first.is_item) and any(not re.search(r"[A-Za-z]{2,}", n.text or "") and not n.children
                                                      for n in (f.block or [f.node])):
        return False   # "Pasal 14 ayat (1); / (2); / (3) dan Pasal 15": a list of references broken over lines
    if f.kind == "gap" and first.kind == "ayat" and f.prev is not None and any(
            re.search(rf"(?m)^\W*\(?\s*{v}\s*\)\s+[A-Z]", rd.doc.source.text[f.prev.start:first.start]) for v in range(f.missing[0], f.missing[1] + 1)):
        return False   # "3) Kepala ...": the missing ayat stands there with its marker half read (an item would start lower case)
    if f.kind != "gap" and first.kind == "pasal" and all(_title_only(n) for n in (f.block or [f.node])):
        return False   # "Pasal 8 / Sistem Informasi ...": another kind of heading (a Paragraf) labelled Pasal
    if f.prev is None and (rd.scan or _content_before(first)):
        return False   # the first number is not 1: its predecessors were lost in front of it
    if after is not None:
        if f.kind == "gap":
            want = {f.node.value + 1}
        else:
            # the block stands in place of the numbers expected (1, 1, 3), or
            # was added among them (1 ... 5, 4, 5, 6)
            p = f.prev.value if f.prev is not None else 0
            want = {p + 1, p + len(f.block) + 1}
        if after.value not in want:
            return False
    lo = f.prev.start if f.prev is not None else (first.parent.start if first.parent is not None else first.start)
    hi = after.start if after is not None else max(n.end for n in seq[i:k + 1])
    if after is not None and (after.is_item or after.kind == "ayat"):
        hi = max(hi, min(after.end, after.start + 400))   # the item after read cleanly too
    # a Pasal heading lost at a page turn of a scan leaves its words in the
    # Pasal before (ayat numbered again, or a second sentence): only then
    # does the page turn count against the fault
    pasal_level = first.kind == "pasal"
    if not rd.clean_stretch(lo, hi, pages=not pasal_level):
        return False
    if glued_ok and any(n.read for n in sides) and (_heading_anywhere(rd.doc, f) or marker_elsewhere(rd.doc, f, glued=True)):
        return False   # read through glued headings: the missing heading's words stand between them
    if pasal_level and rd.scan and not rd.clean_stretch(lo, hi) and f.prev is not None and _merged(f.prev):
        return False
    if pasal_level and f.kind == "gap" and f.prev is not None and (_merged(f.prev) or _words_then_ayat(f.prev)):
        return False   # the Pasal before holds the missing one's words: its heading lost by the conversion
    if f.kind != "gap" and (first.kind == "ayat" or first.is_item):
        # ayat or items numbered from the start again: a provision whose heading
        # the conversion lost: in a scan, where a heading stands in the text, or
        # where the next Pasal's number skips the one lost
        restart = _restart(f, after)
        if restart and (rd.scan or first.kind == "ayat" and len(f.block) >= 2) or (restart or first.value == 1) and (
                _HEADING_IN_TEXT.search(rd.doc.source.text, lo, first.start) or _next_pasal_skips(rd.doc, first)):
            return False
    if f.kind == "order" and rd.scan and first.kind in ("bab", "bagian", "paragraf") and _pasal_out_of_order(rd.doc, lo, hi):
        return False   # headings and their Pasal out of order together: pages swapped, not a misnumbered heading
    if f.kind == "order" and rd.scan and first.kind == "pasal" and len(f.block or [f.node]) == 1 and after is not None \
            and f.prev is not None and sorted((f.prev.value, first.value, after.value)) == [first.value, f.prev.value, after.value] \
            and f.prev.value == first.value + 1 and rd.marked(f.prev.start, after.end):
        return False   # "Pasal 5, 7, 6, 8" in a scan, OCR marks among them: two columns read in the other order
    if f.kind == "gap" and f.prev is not None and _restarts_inside(f.prev):
        return False   # the missing Pasal's ayat run on inside the one before: its heading was lost
    if f.kind == "gap" and rd.scan and _heading_anywhere(rd.doc, f):
        return False   # a scan whose missing heading stands elsewhere: its pages out of order or read apart
    if f.kind != "gap" and first.is_item and _sublist_unnested(rd.doc, f):
        return False
    return True


# "3. Hutan Produksi Yang Dapat Dikonversi: / a. ... / b. ...", "d. arsip. II.
# Urusan Pemerintahan Umum meliputi: / a. ...": items numbered from the start
# again right after a colon are a sub-list the parse did not nest (its marker
# style is not the one the technique gives that level); "a.5. / a. 6.": a
# sub-number written with a space
def _sublist_unnested(doc, f: Fault) -> bool:
    first = f.block[0] if f.block else f.node
    text = doc.source.text
    if first.value == 1 and text[max(0, first.start - 300):first.start].rstrip().endswith(":"):
        return True
    return bool(re.match(r"\d{1,2}\.\s", first.text or "")) and first.num is not None and \
        re.search(rf"(?<![\w.]){re.escape(first.num)}\.\d{{1,2}}\.", text[max(0, first.start - 2000):first.start]) is not None


def _pasal_out_of_order(doc, lo: int, hi: int) -> bool:
    vals = [p.value for p in doc.pasals if p.value is not None and lo <= p.start < hi]
    return any(b != a + 1 for a, b in zip(vals, vals[1:]))


def _next_pasal_skips(doc, node: Node) -> bool:
    p = node.nearest("pasal")
    seq = [x for x in doc.pasals if x.value is not None]
    if p is None or p not in seq:
        return False
    k = seq.index(p)
    return k + 1 < len(seq) and seq[k + 1].value > p.value + 1


def _restart(f: Fault, after) -> bool:
    """A block numbered from 1 again after a higher number ("(1) (2) (3) (1) (2)")."""
    b = f.block
    return bool(b) and b[0].value == 1 and f.prev is not None and f.prev.value >= 2 and (
        len(b) >= 2 or after is None or after.value == 2)


def _restarts_inside(node: Node) -> bool:
    """Ayat or items of a provision numbered from 1 again inside it."""
    for p in node.walk():
        for kind in ("ayat",) + tuple(k for k in ("huruf", "angka") if p is node):
            vals = [c.value for c in p.children if c.kind == kind and c.value is not None]
            if any(b <= a for a, b in zip(vals, vals[1:])):
                return True
    return False


def _content_before(node: Node) -> bool:
    """Text or provisions before the first numbered unit of its kind under
    its parent (the definitions of a Pasal 1 whose heading was lost)."""
    par = node.parent
    if par is None:
        return True
    word = {"pasal": "Pasal", "bagian": "Bagian", "paragraf": "Paragraf", "bab": "BAB"}.get(node.kind)
    if word and par.head is not None and word.lower() in par.head.line.text[par.head.a + 3:].lower():
        return True   # "BAB IV PEMBINAAN Bagian kesatu Umum": a heading left in its parent's title
    for c in par.children:
        if c is node:
            break
        if c.kind == "text" or c.is_item or c.kind == "ayat" or c.kind == node.kind \
                or c.kind == "pasal" and node.kind in ("bagian", "paragraf"):
            return True   # Pasal before "Bagian Kedua": the first Bagian's heading was lost
    if node.kind == "bab" and node in par.children and any(c.kind == "pasal" for c in par.children[:par.children.index(node)]):
        return True   # Pasal before the first BAB read: its heading lost, or a text without one
    if node.kind in ("pasal", "bab"):
        # the Pasal run through the whole body: provisions before the first
        # one read, under an earlier BAB, or a Pasal left in a BAB's title line
        # ("BAB II PENGGUNAAN ... Pasal 3. Lagu ..."), are its lost predecessors
        top = par
        while top.parent is not None:
            top = top.parent
        for n in top.walk():
            if n.start >= node.start:
                break
            if n.kind == "ayat" or any(re.match(r"\(\d{1,2}\)\s", pa.line.text[pa.a:]) for pa in n.paras):
                return True   # numbered ayat before any Pasal, even where the front was taken to run on
            if n.kind in ("menimbang", "mengingat"):
                items = [c for c in n.children if c.is_item]
                if len({c.kind for c in items}) > 1 or any(
                        b.value is not None and a.value is not None and b.value <= a.value for a, b in zip(items, items[1:])):
                    return True   # its list numbered again or of another kind: the first Pasal's items
            if n.kind == "menetapkan" and (len(n.paras) > 1 or n.children
                                           or re.search(r"yang dimaksud|\bPasal 1\b|^\s*[a-z]\.\s", n.text or "", re.M)):
                return True   # provisions read on after "Menetapkan :" (the first Pasal's words)
            in_body = any(a.kind == "body" for a in _ancestors(n))
            if in_body and (n.kind == "text" or n.is_item):
                return True
            if n.kind in ("bab", "bagian", "paragraf") and n.head is not None \
                    and "pasal" in n.head.line.text[n.head.a + 3:].lower():
                return True
    return False


def _ancestors(n: Node):
    while n.parent is not None:
        n = n.parent
        yield n


def _title_only(p: Node) -> bool:
    """A Pasal holding nothing but a title: one short line of capitalised
    words, no sentence, no provisions under it."""
    words = (p.text or "").split()
    if p.children or not words or len(words) > 12 or "\n" in (p.text or "").strip() or words[-1][-1] in ".;:":
        return False
    caps = sum(1 for w in words if w[:1].isupper())
    return caps * 2 > len(words)


_WORD3 = re.compile(r"[A-Za-z]{3,}")


def bare(n: Node) -> bool:
    """A provision with no word under its marker and nothing below it."""
    return not n.children and not _WORD3.search(n.text or "")


def _wordless(p: Node) -> bool:
    """A heading with no provision under it: nothing but debris or a
    mangled running head before the next heading."""
    if p.kind not in ("pasal", "bab", "bagian", "paragraf") or not all(bare(c) for c in p.children):
        return False   # (bare markers under it, "BAB XI b. / c. / BAB XI ...", are debris too)
    return not re.search(r"\b[a-z]{3,}\s+[a-z]{3,}\s+[a-z]{3,}\b", p.text or "")


def _words_then_ayat(p: Node | None) -> bool:
    """A Pasal whose own sentence stands before its ayat (1): the ayat are
    the next Pasal's, whose heading the conversion lost."""
    return p is not None and any(c.kind == "ayat" for c in p.children) and \
        re.search(r"[a-z]{3,}\s+[a-z]{3,}.*[a-z]\.\s*$", p.text or "") is not None


def _merged(p: Node) -> bool:
    """A Pasal holding the words of the next one: its ayat numbered from 1
    again, or, without ayat, two sentences."""
    if _restarts_inside(p):
        return True
    if any(c.kind == "ayat" for c in p.children):
        return False
    return bool(re.search(r"[a-z)]\.\s+[A-Z(]", p.text))


def _heading_anywhere(doc, f: Fault) -> bool:
    """A heading for a missing number stands somewhere in the text (not
    after a reference word): in the Penjelasan, or on a page read apart."""
    if f.node.kind not in ("pasal", "bab", "bagian", "paragraf"):
        return False
    lo, hi = f.missing
    text = doc.source.text
    body = doc.body
    a, b = (body.start, body.end) if body is not None else (0, len(text))   # not the Penjelasan's entries
    if f.node.kind in ("bagian", "paragraf") and f.node.parent is not None:
        a, b = f.node.parent.start, f.node.parent.end   # numbered again in each BAB or Bagian
    scan = doc.parsed.normalized.scan
    for v in range(lo, min(hi, lo + 20) + 1):
        mark = marker_pattern(f.node.kind, v)
        if scan and f.node.kind == "pasal":
            mark = rf"\bPasa[l1iI]\s*{ocr_digits(v)}\b"   # "Pasal 4 1", "Pasal 1I" as OCR reads them
        pat = rf"(?<!dalam )(?<!pada )(?<!dan )(?<!, )(?<!ketentuan ){mark}(?!\s+(?:ayat|huruf|angka))"
        if re.compile(pat).search(text, a, b):
            return True
    return False


_INLINE_NUMBERED = re.compile(r"(?:(?<=[^\d.,\s])|(?<=,00))\s+(\d{1,2})[.)]\s+[A-Z]")   # "Rp 125.000,00 2) Kamar"


def _items_inline(text: str) -> bool:
    """Two numbered items in a row inside one item's text ("Bareng 2.
    Kelurahan Kabupaten 3. Kelurahan Klaten")."""
    nums = [int(m.group(1)) for m in _INLINE_NUMBERED.finditer(text)]
    return any(b == a + 1 for a, b in zip(nums, nums[1:]))


# a heading left inside running text ("... ditetapkan. Pasal 12 Pejabat")
_HEADING_IN_TEXT = re.compile(r"(?:[.;:]\s+|\n)(?:Pasal|Pasa[1il])\s*\S{1,4}\s+(?:\(\S{1,3}|[A-Z])")


# "3. Peraturan Pemerintah Nomor 45 Tahun 2005 tentang ... (Lembaran Negara ...)"
_CITATION_ITEM = re.compile(r"(?:Undang-Undang|Peraturan\s+(?:Pemerintah|Presiden|Menteri|Daerah)|Keputusan\s+Presiden)\b"
                            r".{0,400}?\bNomor\b.{0,400}?\((?:Lembaran|Berita)\s+(?:Negara|Daerah)")


def strayed_citation(items: list[Node], node: Node) -> bool:
    """An item of Mengingat among definitions (the print's two columns read
    across, PP 83/2015, PP 25/2022): a citation with its Lembaran Negara in
    a list most of whose items define a term."""
    t = node.text or ""
    if not _CITATION_ITEM.match(t) or " adalah " in t:
        return False
    return 2 * sum(1 for n in items if " adalah " in (n.text or "")[:300]) > len(items)
