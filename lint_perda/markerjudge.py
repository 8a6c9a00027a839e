"""Where a list or heading marker stands, as the text wrote it or as a
print or a scan left it: the patterns of a marker, and the tests that say a
missing or repeated number is the conversion's (a marker glued into the
line before, misread, or standing elsewhere) rather than the draft's.  Used
by the numbering judgement (lint_perda/faultjudge.py, sequence.py) and by
the renumbering fixes."""
from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING

from .ast import Node, unit_label
from .linepatterns import TWO_FOR_ONE
from .numbering import int_to_letter, int_to_ordinal, int_to_roman
from .reading import inline_markers

if TYPE_CHECKING:  # pragma: no cover
    from .sequence import Fault


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


def ocr_digits(n: int) -> str:
    """A number as OCR may read it: 1 as l or I, 0 as O, a space inside."""
    alt = {"1": "[1lI]", "0": "[0O]"}
    return r"\s?".join(alt.get(c, c) for c in str(n))


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
        return rf"\bBAB\s*{int_to_roman(n)}\b"   # (also "BABV", its space lost)
    mark = int_to_letter(n) if kind.startswith("huruf") else str(n)
    close = r"\)" if kind.endswith("kurung") else r"\."
    return rf"(?<![\w(]){mark}{close}\s"


def inline_marker_between(doc, f: Fault) -> bool:
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
            n.start for n in doc.root.walk() if inline_markers(n.text or ""))
    k = bisect_left(starts, lo)
    return k < len(starts) and starts[k] <= hi


# the digits an old print or a scan shows for a list letter
_DIGIT_FOR = {"b": "6", "g": "9", "o": "0", "s": "5", "z": "2"}


def marker_glued(f: Fault) -> bool:
    """The missing number's marker stands inside the previous provision's
    text (two items on one line, or the first one on the lead-in line
    "Tugas : a) ..."): a conversion artefact, not a missing item."""
    holder = f.prev if f.prev is not None else f.node.parent
    if holder is None:
        return False
    texts = [holder.text] + ([holder.head.line.text] if holder.head is not None else [])
    # a sub-list the missing item was read as ("h. ...; / 1. surat ...; / k."):
    # its first marker is the item's, misread
    texts += [c.head.line.text for c in holder.children[:1] if c.is_item and c.head is not None]
    pat = marker_pattern(f.node.kind, f.missing[0])
    if f.node.kind.startswith("huruf"):
        # the next item glued on after a semicolon as the conversion or the
        # scanner left it: "; C. rencana" (in capitals), "; g .Desa" (a space
        # before the full stop), "; j Desa" (no full stop), "ci. seleksi" (d)
        letter = int_to_letter(f.missing[0])
        close = r"\)" if f.node.kind.endswith("kurung") else r"\."
        alts = [letter, letter.upper()] + [two for two, one in TWO_FOR_ONE.items() if one == letter]
        if letter in "il":
            alts.append("1")   # "1." for i or l
        if letter in _DIGIT_FOR:
            alts.append(_DIGIT_FOR[letter])   # "6. Desa Santosa" for b. in an old print
        # ...; or the letter alone in the line where its full stop was lost
        # ("... merugikan Perusahaan c karena tindakan ...")
        # (a comma for the full stop: "; 1, nama-nama calon" for l.)
        close_glued = close if f.node.kind.endswith("kurung") else r"[.,]"
        pat += (rf"|(?:[;:]\s*|^|\n)(?:{'|'.join(alts)})\s?{close_glued}\s?\S|[;:]\s*{letter}\s+[A-Z]"
                rf"|;\s*{letter.upper()}\s+[A-Za-z]{{3,}}"   # "; L penciutan", "; L Pajak Mineral": l. in capital, its full stop lost
                rf"|(?<!huruf )(?<!sub )(?<!dan )(?<![\w(/.-]){letter}\s+[a-z]{{3,}}")
    else:
        # "10. penerimaan; 1 1. penyampaian" (a space inside the number),
        # "...; 2l total konsentrasi" (l for the bracket): glued on after ";"
        close = r"[)l1\]}|]" if f.node.kind.endswith("kurung") else r"\s?[.,]"
        pat += rf"|[;:]\s*(?:(?:dan|atau)\s+)?{ocr_digits(f.missing[0])}{close}\s*[A-Za-z]"
        if not f.node.kind.endswith("kurung"):
            # its full stop lost too, before a name: "26. Lam Dingin; 27 Lam Pulo; 28 Gampong Pande"
            pat += rf"|;\s*{f.missing[0]}\s+[A-Z][a-z]"
    return any(re.search(pat, t or "") for t in texts)


# in a scan, an item glued on behind sentence punctuation with its marker
# misread ("; C. ^rencana" for g., "pidana. 1O. Lembaga" for 10., "; f' jasa",
# '; b" Elen5rusun'),
# or a sub-list opened in mid-line where the scan lost the colon
# ("c. diberhentikan a. tidak lagi ...")
_SCAN_GLUED = re.compile(r"[;:.]\s*(?:(?:dan|atau)\s+)?[A-Za-z0-9]{1,2}\s?[.,'\")]\s+\^?[A-Za-z]|[a-z]{3,}\s+[a-z]\.\s+[a-z]{3,}"
                         r"|;\s*\d{1,2}\s+[a-z]{3,}")   # "; 5 melakukan": a number glued on without its full stop


def glued_in_scan(prev: Node | None) -> bool:
    """The item before a gap or a repeat in a scan holds another item glued
    into its line: what the numbering shows is the scan's, not the draft's."""
    return prev is not None and _SCAN_GLUED.search(" ".join((prev.text or "").split())) is not None


def list_cut(f: Fault) -> bool:
    """In a scan, a list whose last item still expects another ("...; dan",
    "...;") before the next provision: the scan lost lines of this list, so
    a gap in it is the scan's as likely as the draft's (PP 57/2021 Pasal 40:
    "e. ilmu pengetahuan alam;" lost, the list ending "h. ...; dan")."""
    parent = f.node.parent
    if parent is None or f.kind != "gap":   # (lost lines leave gaps, never a number twice)
        return False
    items = [c for c in parent.children if c.kind == f.node.kind]
    # (a list inside an item ends with ";" when the outer list goes on)
    return bool(items) and expects_another(items[-1].text, semicolon=not parent.is_item)


_EXPECTS = re.compile(r"\b(?:dan|atau|dan/atau)$")


def expects_another(text: str | None, semicolon: bool = True) -> bool:
    """An item's words end as one that another item follows: "...; dan/atau",
    or (with ``semicolon``) "...;".  As the last of its list, the text was
    cut there."""
    end = (text or "").rstrip()
    return _EXPECTS.search(end) is not None or semicolon and end.endswith(";")


def lost_markers_in(f: Fault) -> bool:
    """In a scan or a print read back, the item before a gap holds as many
    more clauses after a semicolon as numbers are missing ("a. ...; memberi
    manfaat ...; tidak mengakibatkan ...; / d."): the items are there, their
    markers lost."""
    if f.kind != "gap" or f.prev is None:
        return False
    # (a conjunction closing the item is no clause: "c. jembatan; dan/atau")
    clauses = re.findall(r";\s+(?:dan\s+|atau\s+|dan/atau\s+)?(?!(?:dan|atau)\b)[A-Za-z][a-z]{2,}",
                         " ".join((f.prev.text or "").split()))
    return len(clauses) >= f.missing[1] - f.missing[0] + 1


def marker_elsewhere(doc, f: Fault, glued: bool = False) -> bool:
    """A missing number whose heading or marker still stands, unplaced, in
    the text around it: the parse lost it, the draft did not.  With
    ``glued`` (the headings around it were read from running text), a
    Pasal heading counts after any word and as OCR reads it ("Pasa 2")."""
    if f.node.kind in ("pasal", "bab", "bagian", "paragraf"):
        # only between the last heading in order and the one after the gap:
        # "Paragraf 6" of another Bagian does not excuse this one
        lo_off = f.prev.start if f.prev is not None else (f.node.parent.start if f.node.parent else 0)
        window = doc.source.text[lo_off:f.node.start]
        lo, hi = f.missing
        pats = [marker_pattern(f.node.kind, v) for v in range(lo, min(hi, lo + 20) + 1)]
        # the heading, not a reference to it: not after a reference word
        pats = [rf"(?<!dalam )(?<!pada )(?<!dan )(?<!, )(?<!ketentuan ){p}(?!\s+(?:ayat|huruf|angka))" for p in pats]
        if glued and f.node.kind == "pasal" and f.prev is not None:
            pats += [rf"\bPasa[l1iI]?\s*{ocr_digits(v)}\b(?!\s+(?:ayat|huruf|angka))" for v in range(lo, min(hi, lo + 20) + 1)]
        return any(re.search(p, window) for p in pats)
    holder = f.node.parent
    if holder is None:
        return False
    pat = marker_pattern(f.node.kind, f.missing[0])
    return any(re.search(pat, n.text or "") for n in holder.walk() if n is not f.node)


SAME_WORD = {"angka": "angka_kurung", "angka_kurung": "angka", "huruf": "huruf_kurung", "huruf_kurung": "huruf"}


def mixed_marker(f: Fault):
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
