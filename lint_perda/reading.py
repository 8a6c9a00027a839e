"""How each place of a text was read, so that the rules judge a published
text where it was read cleanly and stay silent only where it was not.

A scanned print read by OCR, or a PDF whose conversion glued headings into
running text, is still mostly readable.  Rather than silence such a text
as a whole, each place is judged on its own:

- a heading or marker is *clean* when it stands at the start of its own
  line, as written: not split out of running text (``Node.read`` has
  "glued"), not read through OCR confusions ("ocr"), and without scanner
  debris on its line;
- a *stretch* of the text (original offsets) is clean when it holds no
  debris that can hide or fake a heading or a marker: misread markers
  ("(21", "l2l", "{4"), markers read across columns ("(3) (2) ..."), a
  "Pasal" whose number OCR garbled, lines of scanner noise, lines the
  parser could not place, markers still glued inside a provision.

Cosmetic OCR marks (carets, "2O2O", "PRES I DEN") do not make a stretch
unclean: they change no structure.  They are kept apart, for the rules that
read characters (doubled words, case).

The whole-document judgement is a last resort: a text whose parse covers
less than half of it, or whose pages are out of order, is not checked for
its numbering, and the JSON says why (document.checked_reasons).
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache
from itertools import accumulate

from .ocr import MARKER_DEBRIS, ocr_marks
from .rxscan import Anchored

# what can hide or fake a heading or a marker
# Each pattern starts with a literal or a character class, so that the
# regular expression engine scans for it quickly; the context a pattern needs
# before its start is checked by a lookbehind placed after its first character.
_STRUCT_DEBRIS = tuple(p if isinstance(p, Anchored) else re.compile(p) for p in (
    r"\((?:\d1(?![\d)])|\d[lt](?=\s)|l\d)",                  # "(21", "(2l", "(l4l": markers misread
    r"l(?<![\w(]l)\dl\b", r"\{\d", r"\}(?<=\d\})",              # "l2l", "{4}"
    Anchored(r"\d(?<=\s\d)\s?\)\s?\(\d", [(r"\)(?=\s?\(\d)", (-1, -2))]),   # "3) (2"
    Anchored(r"[iIl|!](?<=\s[iIl|!])\d{1,2}\)(?=\s)",       # "i2) Pembinaan": an ayat marker misread
             [(r"\)(?:(?<=[iIl|!]\d\))|(?<=[iIl|!]\d\d\)))(?=\s)", (-2, -3))]),
    r"R(?:EPU\S{2,4}|\s?E\s?P\s?U\s?\S{1,3})\s+I\s?N\s?D\s?[O0]",  # a running head left in the text
    r"-(?<=\S\s-)\s?\d{1,3}\s?-(?=\s\S)",                     # a page number inside a line
    r"_(?<=\S\s_)\s?\d{1,3}\s?_(?=\s\S)",                     # the same underscored: "...; _70_ sehat ..."
    r"'(?<=[A-Za-z.]')[,:;]",                                  # "J.T':", "menga',vasi": signs read into a word
    r"\s(?<=[a-z]\s)(?<![\w.(][a-z]\s)[a-z](?:\s[a-z])+(?![\w)])",   # "a b c d e": markers read across columns
    Anchored(r"[;:]\s[a-z](?=\s[a-z]{3,})", [(r";(?=\s[a-z]\s[a-z]{3})", (0,)), (r":(?=\s[a-z]\s[a-z]{3})", (0,))]),                              # "; c pendidikan": a marker misread
    Anchored(r"([a-z])\.\s+(\w+)\s+\1\.\s+\2\b",            # "d. Menteri d. Menteri": a catchword left in
             [(r"\.(?<=[a-z]\.)(?=\s+\w+\s+[a-z]\.\s)", (-1,))]),
    Anchored(r"[ \t](?<=[^\s,*+•>#-][ \t])(?<!ayat )(?<!Ayat )(?<!AYAT )(?<!dan )(?<!atau )\(\d{1,2}\)[ \t]+[A-Z][a-z]{2,}",
             [(r"\((?=\d{1,2}\)[ \t]+[A-Z][a-z]{2,})", (-1,))]),
    # "Sertifikasi (2) Proses": an ayat glued in
    Anchored(r"Pasa[1iIJ\]]\d|[.;:] (?:Pasal|Pasa[1iIJ\]l])\s*\d{1,3}\s+(?:\(1\)|[A-Z][a-z])",  # a heading left glued in
             [(r"P(?=asa)", (0, -2))]),
    Anchored(r"\s(?<=\w\s)(?:\.\s?\.\s?\.|…)\s",            # "(4)Dalam ... Pasal": a catchword left in
             [(r"\.\s?\.\s?\.\s", (-1,)), (r"…\s", (-1,))]),
    r"Pasal(?<![\w-]Pasal)\s+(?=[A-Z][a-z])(?!Demi\b)",          # "Pasal Peraturan Pemerintah ... 54": words scrambled
    Anchored(r"\s(?:(?<=[;:.]\s)[a-z]\s?[:,](?=\s+[A-Za-z\d])|[a-z]\s\.(?=\s)|\d{1,2}\s\.(?=\s))",  # "; c, Pelaut", "; h, 5.952", "f . menguasai"
             [(r",(?=\s)(?:(?<=\s[a-z],)|(?<=\s[a-z]\s,))", (-2, -3)), (r":(?=\s)(?:(?<=\s[a-z]:)|(?<=\s[a-z]\s:))", (-2, -3)),
              (r"\.(?=\s)(?:(?<=\s[a-z]\s\.)|(?<=\s\d\s\.)|(?<=\s\d\d\s\.))", (-3, -4))]),
    Anchored(r"\s(?<=[a-z;,]\s)\d{1,2}\.(?=[A-Za-z])",       # "... Industri. 23.lzin Usaha": an item glued in
             [(r"\.(?:(?<=\s\d\.)|(?<=\s\d\d\.))(?=[A-Za-z])", (-2, -3))]),
    r"Pasa(?<![\w-]Pasa)(?:l|1|i|I|\s?l)\s+(?=\S{0,3}[A-Za-z])(?![A-Z]\b|[IVX]{1,4}\b)"
    r"(?:[\dOoIlTSB]{1,3}[^\s\w]?|\d[\d ]?[a-z])(?=\s+[A-Z(])",     # "Pasal T4 (1)": a number garbled
))

# "(2) (3)", "b. (4)": two markers in a row (ocr.MARKER_DEBRIS), found from their brackets
_MARKER_DEBRIS = Anchored(MARKER_DEBRIS.pattern, [
    (r"\((?=\s?\d{1,2}[a-z]?\s?[)1lt}]\s+\(\s?\d)", (-1, 0)),
    (r"\.(?<=[a-z]\.)(?=\s+\(\s?\d)", (-2, -1))], MARKER_DEBRIS.flags)

# a glued marker still inside a provision's text ("...; b. akte", "... (2) Pengawasan")
_MARK = r"(?:\(\d+[a-z]?\)|\([a-z]\)|[a-z]\)|\d{1,2}\)|[a-z]\.|\d{1,2}\.)\s+\S"
INLINE_MARKER = Anchored(
    r"(?:[A-Za-z0-9)][;:.,]|[_…]|\b(?:dan|atau|dan/atau))\s+" + _MARK +
    r"|[a-z][.;:]\s+[A-H]\.\s+[A-Z][a-z]",   # "... penawaran. B. Pelaksanaan ...": a section glued in
    [(r"[;:.,](?=\s+(?:" + _MARK + r"|[A-H]\.\s+[A-Z][a-z]))", (-1,)),
     (r"_(?=\s+" + _MARK + ")", (0,)),
     (r"…(?=\s+" + _MARK + ")", (0,)),
     (r"dan(?<=\bdan)(?=(?:/atau)?\s+" + _MARK + ")", (0,)),
     (r"atau(?<=\batau)(?=\s+" + _MARK + ")", (0,))])
@lru_cache(maxsize=16384)
def inline_markers(text: str) -> tuple[int, ...]:
    """Where INLINE_MARKER matches in a provision's text.  Asked of the same
    texts by the reading, the numbering and the list rules: found once."""
    return tuple(m.start() for m in INLINE_MARKER.finditer(text))


_LETTERS = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
# "5 6 7 Menetapkan 2 3 4": a scan's numbers of lines or markers read across
# its columns, three or more counting up by one
_COUNTING = re.compile(r"(?<![\w.,(/:-])\d{1,2}(?: \d{1,2}){2,}(?![\w.,)%/:-])")


def _counts_up(run: str) -> bool:
    v = [int(x) for x in run.split()]
    return all(b == a + 1 for a, b in zip(v, v[1:]))


class Reading:
    """The places of one document that were not read cleanly (computed once,
    on demand: ``reading(doc)``)."""

    def __init__(self, doc):
        self.doc = doc
        text = doc.source.text
        arts = doc.parsed.normalized.artefacts
        spans = sorted((a, b) for _, a, b in arts)
        starts = [a for a, _ in spans]

        def kept(pos: int) -> bool:   # not inside what normalize dropped (a catchword, a page number)
            k = bisect.bisect_right(starts, pos) - 1
            return k < 0 or pos >= spans[k][1]

        debris: list[int] = [m.start() for rx in _STRUCT_DEBRIS for m in rx.finditer(text) if kept(m.start())]
        debris += [m.end() - 1 for m in _MARKER_DEBRIS.finditer(text) if kept(m.end() - 1)]
        if doc.parsed.normalized.scan:   # (a scan's artefact; the search costs 2% of a run on every text)
            debris += [m.start() for m in _COUNTING.finditer(text) if _counts_up(m.group(0)) and kept(m.start())]
        # lines of scanner noise: mostly signs, few letters (not the page
        # numbers and catchwords normalize dropped)
        dropped = starts
        raws = text.split("\n")
        # the letters of every line at once, counted in UTF-8 (a letter
        # A-Z, a-z is one byte there): each line without its letters
        data = text.encode("utf-8", "surrogatepass")
        letters_of = [len(x) - len(y) for x, y in zip(data.split(b"\n"), data.translate(None, _LETTERS).split(b"\n"))]
        ends = list(accumulate(len(raw) + 1 for raw in raws))
        for k in [k for k, raw in enumerate(raws) if letters_of[k] * 2 < len(raw)]:
            # mostly signs, with or without its markup
            raw = raws[k]
            letters = letters_of[k]
            start = ends[k] - len(raw) - 1
            s = _MARKUP.sub("", raw)
            if len(s) >= 4 and letters < len(s) * 0.5 and not _NUMERIC_ROW.match(s) \
                    and not self._any(dropped, start, start + len(raw)):
                debris.append(start)
        for t in doc.parsed.unplaced:
            if t.line is not None and t.b > t.a:
                debris.append(t.line.orig(min(t.a, len(t.line.text) - 1)))
        for n in doc.root.walk():
            if n.paras and n.kind not in ("penjelasan", "pj_pasal", "lampiran") and n.nearest("lampiran") is None:
                t = n.text
                for s in inline_markers(t):
                    debris.append(n.orig(s))
        # a page join of a scanned print is where OCR loses or garbles a line
        self.scan = doc.parsed.normalized.scan
        self.page_turns = sorted(a for kind, a, _ in arts if kind in ("page", "header")) if self.scan else []
        self.debris = sorted(debris)
        self.marks = ocr_marks(text)
        self.joins = sorted(a for kind, a, _ in arts if kind in ("page", "header", "catchword"))
        self.glued_at = sorted(a for kind, a, *_ in doc.parsed.normalized.repairs if kind.startswith("glued"))

    # -- stretches ----------------------------------------------------------
    @staticmethod
    def _any(points: list[int], a: int, b: int) -> bool:
        i = bisect.bisect_left(points, a)
        return i < len(points) and points[i] < b

    def clean_stretch(self, a: int, b: int, pages: bool = True) -> bool:
        """No debris between original offsets a and b (in a scan, no page
        turn either, unless ``pages`` is False: the caller weighs it)."""
        return not self._any(self.debris, a, b) and not (pages and self._any(self.page_turns, a, b))

    def marked(self, a: int, b: int) -> bool:
        """An OCR mark of any kind between a and b (cosmetic ones too)."""
        return self._any(self.marks, a, b) or self._any(self.debris, a, b)

    def page_turn(self, a: int, b: int) -> bool:
        """In a scan, a page turn between a and b."""
        return self._any(self.page_turns, a, b)

    def joined(self, a: int, b: int) -> bool:
        """A page join (a page number, running head or catchword dropped) between a and b."""
        return self._any(self.joins, a, b)

    # -- nodes --------------------------------------------------------------
    def clean(self, node, glued_ok: bool = False) -> bool:
        """A heading or marker at the start of its own line, read as written;
        with ``glued_ok``, also one split out of running text with its
        number as written (the lexer took it only where that number
        continued the sequence) and no debris at it."""
        if node.read:
            if not (glued_ok and node.read == ("glued",) and node.head is not None):
                return False
            a = node.head.line.orig(node.head.a)
            return self.clean_stretch(a, a + 24)
        head = node.head
        if head is None:
            return True   # a part without a heading of its own
        if head.a != 0 and not _LABEL.match(head.line.text[:head.a]):
            return False   # the marker stands inside a line: "Tugas : a) ..."
        a = head.line.orig(0)
        return self.clean_stretch(a, a + 24)

    def node_clean(self, node) -> bool:
        """The node and all it holds read cleanly: its heading, its
        children's headings, and its whole stretch of text."""
        if not self.clean(node):
            return False
        if not self.clean_stretch(node.start, node.end):
            return False
        return all(self.clean(c) for c in node.walk() if c is not node and c.head is not None)


# "Mengingat : 1. Undang-Undang ...": the first item on the label's line, as drafted
_LABEL = re.compile(r"^[\s*-]*(?:Menimbang|Mengingat|Memperhatikan|MEMUTUSKAN|Menetapkan)\s*:?\s*$")
_MARKUP = re.compile(r"^[\s#>*_-]+|[\s*_]+$|\*\*|__|\s")   # markdown marks and spaces do not count
_NUMERIC_ROW = re.compile(r"^[\d\s.,:;()%/+-]*(?:Rp|USD|US\$)?[\d\s.,:;()%/+-]*$")


def note_places(doc, family: str, what: str, offsets: list[int]) -> None:
    """Record in ``document.checked`` that ``family`` judged the whole text,
    or all of it but the places at ``offsets`` (original offsets), which
    were not read cleanly: "part", with ``what`` and their lines."""
    if not offsets:
        doc.note_checked(family, "all")
        return
    # by bisection over the line starts: counting newlines from the top per
    # offset is quadratic on a long text with many places
    lines = sorted({doc.source.locate(o)[0] for o in offsets})
    shown = ", ".join(map(str, lines[:8])) + (", ..." if len(lines) > 8 else "")
    doc.note_checked(family, "part", f"{len(offsets)} {what} (baris {shown}) tidak dinilai: "
                                     "terlekat ke kalimat atau terbaca lewat OCR")


def reading(doc) -> Reading:
    r = doc.__dict__.get("_reading")
    if r is None:
        r = doc.__dict__["_reading"] = Reading(doc)
    return r


_MENETAPKAN = re.compile(r"(?m)^\W*Menetapkan\s*:\s*(.*)$")


def unreadable(doc) -> str | None:
    """The last resort: why a text cannot be judged at all for its
    numbering, or None.  Two regulations run together in one file, a parse
    covering less than half of the text, or Pasal so out of order that the
    pages were scrambled."""
    cache = doc.__dict__.setdefault("_seq_cache", {})
    if "unreadable" in cache:
        return cache["unreadable"]
    why = None
    cov = doc.parsed.coverage
    text = doc.source.text
    titled = [m for m in _MENETAPKAN.finditer(text) if len(m.group(1).strip()) > 10]
    if len(titled) >= 2 and re.search(r"(?m)^\W*Pasal 1\s*$", text[titled[0].end():titled[1].start()]):
        why = "berkas memuat lebih dari satu peraturan (Menetapkan dua kali, masing-masing dengan Pasal 1)"
    elif cov < 0.5:
        why = f"cakupan urai hanya {cov:.0%}: sebagian besar naskah tidak terbaca sebagai struktur"
    else:
        from .numbering import lis_earliest
        vals = [p.value for p in doc.pasals if p.value is not None and not p.suffix]
        if len(vals) >= 4 and not doc.is_amendment:
            keep = lis_earliest(vals)
            if len(vals) - len(keep) >= 2 and len(keep) < len(vals) * 0.8:
                why = (f"urutan Pasal teracak ({len(vals) - len(keep)} dari {len(vals)} di luar urutan): "
                       "halaman naskah tertukar atau hilang dalam konversi")
    cache["unreadable"] = why
    return why
