"""The fast paths of issue 20 give what the plain code they replace gives.

Each pure speed change keeps the old way here as the reference and checks
the new one against it on generated inputs built from the pieces that
matter (markers, unit words, spaces, the letters a case-blind pattern takes
for ASCII ones).  The whole-corpus check is benchmarks/same_findings.py."""
from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st


def pieces(*words: str, n: int = 14):
    return st.lists(st.sampled_from(words), max_size=n).map("".join)


def _lis_reference(vals):
    """The quadratic longest increasing run, earliest on ties (before issue 20)."""
    n = len(vals)
    best = [1] * n
    for i in range(n - 2, -1, -1):
        m = 0
        for j in range(i + 1, n):
            if vals[j] > vals[i] and best[j] > m:
                m = best[j]
        best[i] = 1 + m
    need = max(best) if n else 0
    last, keep = None, set()
    for i in range(n):
        if need and (last is None or vals[i] > last) and best[i] == need:
            keep.add(i)
            last = vals[i]
            need -= 1
    return keep


@settings(max_examples=500, deadline=None)
@given(st.lists(st.integers(min_value=-3, max_value=12), max_size=40))
def test_the_longest_run_is_the_earliest_as_before(vals):
    from lint_perda.numbering import _lis_earliest
    assert _lis_earliest(vals) == _lis_reference(vals)


@settings(max_examples=400, deadline=None)
@given(pieces("dan", "atau", "serta", "dan/atau", " ", ";", ":", ",", ".", "x", "Dan", "DAN", "\u017ferta", "\t",
              "\u00a0", "-"))
def test_a_list_item_core_is_as_before(text):
    from lint_perda.lists import _TAIL, core
    assert core(text) == _TAIL.sub("", " ".join(text.split())).lower()


@settings(max_examples=400, deadline=None)
@given(pieces(" ", "  ", "\u00a0", "x", "PENJELASAN", "P E N J E L A S A N", "ATAS", "II.", "UMUM", "PASAL DEMI PASAL",
              "Ditetapkan", "di", "Jakarta", "LAMPIRAN", "PERATURAN", "…", "...", ".", "PRESIDEN", "REPUBLIK",
              "INDONESIA", "SALINAN", "SK", "No", "12345", "A", "-", "3", "www.peraturan.go.id", "https://"))
def test_the_line_cleaning_searches_are_as_before(text):
    from lint_perda import normalize as N
    from lint_perda import pagefurniture as P
    split = re.compile(r"(?<=\S)\s+(?=PENJE\S{0,3}ASAN\s+(?:ATAS\s+\S|PERATURAN|UNDANG)|P ?E ?N ?J ?E ?L ?A ?S ?A ?N\s+"
                       r"A ?T ?A ?S\b|I{1,2}\.\s+(?:UMUM|PASAL\s+DEMI\s*PASAL)\b|PASAL\s+DEMI\s*PASAL\b"
                       r"|(?:Ditetapkan|Diundangkan|Disahkan)\s+[Dd]i\s+[A-Z]"
                       r"|LAMPIRAN\s+(?:[IVX]+\s+)?(?:PERATURAN|UNDANG|KEPUTUSAN)\b)")
    assert N._split_points(text) == [m.end() for m in split.finditer(text)]
    header = re.compile(
        r"\s*(?:SALINAN\s+)?P\s?R\s?E\s?S\s?I\s?D\s?E\s?N\s+R\s?E\s?P\s?U\s?B\s?L\s?I\s?K\s+I\s?N\s?D\s?O\s?N\s?E\s?S\s?I\s?A"
        r"(?:\s*-\s*\d{1,4}\s*-)?\s*|\s*SK\s+No\s*\d{4,}\s*[A-Z]\b\s*|\s*(?:https?://)?www\.peraturan\.go\.id\s*")
    m = header.search(text)
    assert P._inline_header(text) == (m.span() if m else None)
    m, f = N._INLINE_ELLIPSIS.search(text), N._inline_ellipsis(text)
    assert (m.span() if m else None) == (f.span() if f else None)


def _join_reference(keep):
    """The line-by-line joining of wrapped lines (before issue 20)."""
    unit_at_end = re.compile(r"\s(?:Pasal|ayat|huruf|angka|Lampiran|Nomor|Tahun)$")
    item_start = re.compile(r"^(?:[a-z]{1,2}[.)]|\d{1,3}[.)]|\(\d{1,3}[a-z]?\))\s")

    def continues(prev, cur):
        if unit_at_end.search(prev) and len(prev.split()) >= 3 and re.match(r"[\dIVX(a-z]", cur):
            return True
        if not cur[:1].islower() or item_start.match(cur) or prev[-1:] in ".;:?!":
            return False
        return not (prev.startswith(("Pasal ", "BAB ", "Paragraf ")) and len(prev) < 16)

    lines = []
    for ml in keep:
        if lines and continues(lines[-1].text, ml.text):
            prev = lines[-1]
            sep = "" if prev.text.endswith("-") and not prev.text.endswith(" -") and ml.text[:1].islower() else " "
            lines[-1] = prev.join(ml, sep)
        else:
            lines.append(ml)
    return lines


@settings(max_examples=400, deadline=None)
@given(st.lists(pieces("kata", "lain", "perundang-", "undangan", "dalam Pasal", "12.", "Pasal 5", "Pasal", "a. huruf",
                       "(1) ayat", "x -", "Lampiran", "Nomor", "ini;", "itu.", "IV", "abc def ghi jkl mno", "Kata",
                       " ", "\u00a0", n=5).map(str.strip).filter(bool), max_size=16))
def test_wrapped_lines_join_as_before(texts):
    from lint_perda.mline import MLine
    from lint_perda.normalize import _join_wrapped
    keep, off = [], 0
    for t in texts:
        keep.append(MLine(t, [(0, off)], off % 3 == 0))
        off += len(t) + 1
    got = [(m.text, m.segs, m.blank_before) for m in _join_wrapped(keep)]
    want = [(m.text, m.segs, m.blank_before) for m in _join_reference(keep)]
    assert got == want


@settings(max_examples=400, deadline=None)
@given(pieces("(21", "(1", "(21)", "l1l", "xl1l", "^", "^2", "PRESIDEN", "P R E S I D E N", "{iD", "_ 12 _", "i2l",
              "2O2O", "1OOO", "2Ol4", "A,BC", "a&b", "REPUBUK", "Pcraturan", "\u00b7", " ", "a", "A", "1", "O", ",", "&",
              "l", "i", "P"))
def test_the_ocr_marks_are_counted_as_before(text):
    from lint_perda.ocr import OCR_MARK, count_marks
    assert count_marks(text, 10 ** 9) == len(OCR_MARK.findall(text))


@settings(max_examples=300, deadline=None)
@given(st.lists(pieces("Dinas", "dinas", "DINAS", "Kepala", "kepala", "Daerah", "daerah-daerah", "x", "\u017f",
                       "\u0130", "Kas", "Kasus", "P.U.", "-", " ", "\n", ",", "(", "\x00", "Kepala Dinas", n=8),
                max_size=5),
       st.lists(st.sampled_from(["Dinas", "Kepala Dinas", "Kas", "Daerah", "P.U.", "Dinas Kas", "dinas", "Kas Kas"]),
                min_size=1, max_size=3))
@example(["Kas Kas Kas kas kas"], ["Kas Kas"])   # a term that overlaps itself: matches do not
def test_terms_are_found_where_the_pattern_finds_them(texts, terms):
    from lint_perda.terms import TermTexts
    for word, boundary in ((r"[\w-]+", True), (r"\w+", False)):
        tt = TermTexts(texts, terms, word)
        for term in terms:
            ws = term.split()
            if boundary:
                rx = re.compile(r"(?<![\w-])" + r"\s+".join(map(re.escape, ws)) + r"(?![\w-])",
                                re.IGNORECASE if len(ws) > 1 else 0)
            else:
                rx = re.compile(r"\b" + r"\s+".join(map(re.escape, ws)) + r"\b", re.IGNORECASE)
            want = [(k, m.span(), m.group()) for k, t in enumerate(texts) for m in rx.finditer(t)]
            got = [(k, (m.start() - off, m.end() - off), m.group()) for k, off, m in tt.matches(rx, ws[0])]
            assert got == want


@settings(max_examples=200, deadline=None)
@given(st.lists(pieces("kata ", "(1) ", "a. ", "b) ", "12. ", "(21", "x", " ", n=30), min_size=1, max_size=30))
def test_node_offsets_and_glued_markers_are_as_before(paras):
    from lint_perda.ast import Node, Para
    from lint_perda.mline import MLine
    from lint_perda.refjudge import _MARKER_BEFORE, glued_before
    off, node = 0, Node(kind="pasal")
    for p in paras:
        node.paras.append(Para(MLine(p, [(0, off)]), 0))
        off += len(p) + 1
    node.end = off

    def orig_loop(i):
        for p in node.paras:
            n = len(p.line.text) - p.a
            if i <= n:
                return p.line.orig(p.a + min(i, max(n - 1, 0))) + (1 if i == n and n else 0)
            i -= n + 1
        return node.end

    text = node.text
    for i in range(-1, len(text) + 3):
        assert node.orig(i) == orig_loop(i)

    class Ref:
        def __init__(self, i):
            self.node, self.i = node, i

    big = Node(kind="pasal", paras=[Para(MLine(text * 200, [(0, 0)]), 0)])
    for i in range(0, len(big.text) + 1, max(1, len(text))):
        r = Ref(i)
        r.node = big
        assert glued_before(r) == bool(_MARKER_BEFORE.search(big.text[:i]))


def _anchored():
    from lint_perda import reading
    from lint_perda.rxscan import Anchored
    from lint_perda.numwords import PAIR
    return [p for p in (*reading._STRUCT_DEBRIS, reading._MARKER_DEBRIS, reading.INLINE_MARKER, PAIR)
            if isinstance(p, Anchored)]


@settings(max_examples=400, deadline=None)
@given(pieces(" ", "\n", "\t", "a", "b", "d", "Pasal", "Pasa1", "Pasa", "l", "i", "2", "3", "12", "(", ")", "(2)",
              "(1)", "b.", "c.", ".", ",", ";", ":", "...", "…", "_", "dan", "atau", "dan/atau", "/", "Proses", "Menteri",
              "ayat", "}", "{", "-", "Rp", "Rp.", "5.000", ",00", "%", "(lima", "ribu)", "lima)", n=30))
@example("x ... y; a. Menteri a. Menteri dan (2) Proses 3) (2 dan/atau (1) a")
@example("x 3 ) (2 ok i12) Pembinaan; c pendidikan x ... Pasal\n(2) (3) b. (4) z")
@example("Sertifikasi (2) Proses. Pasal 12 (1) a; c, Pelaut f . menguasai 1 . x Industri, 23.lzin")
@example("penawaran. B. Pelaksanaan x, 12 . y: b : Usaha … z")
@example("xRp 5 (lima) Rp5.000,00 (lima ribu rupiah) 10% (sepuluh persen) a1 (satu)")
def test_anchored_scans_find_what_the_plain_patterns_find(text):
    # every place the pattern matches, in finditer's order and spans
    for p in _anchored():
        assert [m.span() for m in p.finditer(text)] == [m.span() for m in p.rx.finditer(text)], p.pattern
        plain = p.rx.search(text)
        assert (p.search(text) and p.search(text).span()) == (plain and plain.span())



@settings(max_examples=300, deadline=None)
@given(st.sets(st.text(alphabet="abkmnré-", min_size=1, max_size=6), max_size=40),
       st.lists(st.text(alphabet="abkmnré-", max_size=7), max_size=30))
@example({"a", "b"}, ["", "a", "aa", "c"])
def test_sorted_forms_answer_as_the_set_of_their_lines(forms, asked):
    # the cache file holds the forms sorted, one per line; the bisection in
    # its bytes, then (after SWITCH lookups) the set, answer alike
    from lint_perda.wordforms import SortedForms
    data = "\n".join(sorted(forms)).encode("utf-8")
    lines = set(data.decode("utf-8").split("\n"))   # as the set was read before
    looked = SortedForms(data)
    assert [w in looked for w in [*asked, *forms]] == [w in lines for w in [*asked, *forms]]
    looked.SWITCH = 0
    assert [w in looked for w in [*asked, *forms]] == [w in lines for w in [*asked, *forms]]
