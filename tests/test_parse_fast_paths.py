"""The fast paths of the parsing stage give what the code they replace gave.

As tests/test_fast_paths.py: the old way is kept here as the reference and
the new one checked against it on generated inputs.  The whole-corpus check
is benchmarks/same_findings.py."""
from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

_TYPES = ("FTEXT", "RAHMAT", "PERSETUJUAN", "MEMUTUSKAN", "MENIMBANG", "MENGINGAT", "MENETAPKAN", "BAB", "BAGIAN",
          "PARAGRAF", "PASAL", "AYAT", "TITLE", "TEXT", "ITEM", "INDENT", "DEDENT", "AMEND_ITEM", "QPASAL", "QBAB",
          "QBAGIAN", "QPARAGRAF", "DIKTUM", "CLOSE", "PENJELASAN", "PJ_TEXT", "PJ_PASAL", "LAMPIRAN", "LTEXT")


def pieces(*words: str, n: int = 14):
    return st.lists(st.sampled_from(words), max_size=n).map("".join)


def _feed_reference(toks):
    """Tokens fed through Lark's interactive parser, its state copied (trees
    and all) before each and restored when it does not fit: what the custom
    feed loop must give.  (A shallow copy, as the parser made before the
    custom loop, kept the children Lark's tree builder had extended in place
    for a token that then did not fit: the line tried stayed in the tree.)"""
    from lark import Token
    from lark.exceptions import UnexpectedToken

    from lint_perda.parser import get_parser
    ip = get_parser().parse_interactive("")
    unplaced = []
    for i, t in enumerate(toks):
        tok = Token(t.type, t.type)
        tok.start_pos = i
        backup = ip.parser_state.copy(deepcopy_values=True)
        try:
            ip.feed_token(tok)
            continue
        except UnexpectedToken:
            ip.parser_state = backup
        if t.type in ("INDENT", "DEDENT"):
            continue
        for alt in ("TEXT", "FTEXT", "LTEXT", "PJ_TEXT", "CLOSE"):
            backup = ip.parser_state.copy(deepcopy_values=True)
            tok = Token(alt, alt)
            tok.start_pos = i
            try:
                ip.feed_token(tok)
                t.retyped = True
                unplaced.append(t)
                break
            except UnexpectedToken:
                ip.parser_state = backup
        else:
            unplaced.append(t)
    return ip.feed_eof(), unplaced


def _shape(x):
    if isinstance(x, tuple):
        return x
    if hasattr(x, "start_pos"):   # a Lark Token
        return (x.type, x.start_pos)
    return (str(x.data), [_shape(c) for c in x.children])


def _same_feed(types):
    from lint_perda.lexer import Tok
    from lint_perda.parser import _feed
    a = [Tok(t, None) for t in types]
    b = [Tok(t, None) for t in types]
    try:
        ta, ua = _feed_reference(a)
    except Exception as e:   # (the end did not fit: a sequence the lexer does not make)
        try:
            _feed(b)
        except Exception as f:
            assert type(f) is type(e)
            return
        raise AssertionError(f"{e!r} not raised")
    tb, ub = _feed(b)
    assert _shape(tb) == _shape(ta)
    assert [(a.index(t), t.retyped) for t in ua] == [(b.index(t), t.retyped) for t in ub]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_TYPES), max_size=40))
def test_tokens_are_fed_as_by_the_interactive_parser(types):
    # (mostly out of order: tokens that do not fit, retyped or left out, and
    # the children Lark's tree builder extends in place when one fails)
    _same_feed(types)


def test_the_examples_are_fed_as_by_the_interactive_parser():
    from lint_perda.lexer import Lexer
    from lint_perda.normalize import normalize
    for p in sorted(Path(__file__).resolve().parent.parent.joinpath("examples").glob("*.txt")):
        n = normalize(p.read_text(encoding="utf-8"))
        _same_feed([t.type for t in Lexer(n.lines, scan=n.scan).run()])


@settings(max_examples=400, deadline=None)
@given(pieces("(21", "l1l", "^", "PRESIDEN", "P R E S I D E N", "{iD", "_ 12 _", "i2l", "2O2O", "1OOO", "2Ol4",
              "A,BC", "A,B", ",CD", "a&b", "&", "REPUBUK", "Pcraturan", "\u00b7", " ", "a", "A", "1", "2", "O", "I",
              "l", ",", "0", "9", "x"))
def test_the_ocr_scans_are_as_before(text):
    from lint_perda import ocr
    old = (r"\(\d1(?![\d)])", r"l(?<!\wl)\dl\b", r"\^(?!\d)", r"P\s?R\s?E\s?S\s?I\s?D\s?E\s?N(?<!PRESIDEN)", r"\{iD",
           r"_\s?\d+\s?_", r"i(?<!\wi)\dl\b", r"[12](?<!\w[12])(?=[0-9OlI]{3}\b)(?=\w{0,3}[OlI])[0-9OlI]{3}\b",
           r"[A-Z],[A-Z]{2}", r"&(?<=[a-z]&)[a-z]", r"REPUBUK", r"Pcraturan(?<!\wPcraturan)", r"·")
    assert ocr.ocr_marks(text) == sorted(m.start() for p in old for m in re.finditer(p, text))
    assert ocr.year_hint(text) == (ocr._YEAR_HINT.search(text) is not None)
    year_like = re.compile(r"(?<![\w.,/-])[12][0-9OolI]{3}(?![\w/-])")
    assert [m.span() for m in ocr.YEAR_LIKE.finditer(text)] == [m.span() for m in year_like.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(pieces(".", ";", ":", " ", "\u00a0", "dan ", "atau ", "(1", "l2", "a.", "b)", "12.", "x", "Pasal", "PASAL",
              "pasal", "BAB ", "Bagian ", "Paragraf "), st.integers(0, 3))
def test_the_marker_look_is_as_before(text, start):
    from lint_perda import glued
    assert glued._may_mark(text, start, len(text)) == (glued._MAY_MARK.search(text, start) is not None)


def _clean_reference(raw: str, offset: int, blank_before: bool):
    from lint_perda import normalize as N
    line = N.MLine(raw.replace("\t", " "), [(0, offset)], blank_before)
    spans = []
    m = N._LEAD.match(line.text)
    if m and m.end() > 0:
        spans.append((0, m.end()))
    for m in N._MARK.finditer(line.text, spans[0][1] if spans else 0):
        spans.append(m.span())
    if spans:
        line = line.remove(spans)
    line = line.strip()
    return line.remove([m.span() for m in N._MULTISPACE.finditer(line.text)])


@settings(max_examples=400, deadline=None)
@given(pieces(" ", "  ", "\t", "\u00a0", "x", "#", "##", ">", "-", "+", "•", "*", "**", "_", "__", "^", "(", "<b>",
              "&amp;", "kata"))
def test_a_line_is_cleaned_as_before(raw):
    from lint_perda.normalize import _clean
    if not raw.strip():
        return   # (normalize does not clean a blank line)
    got, want = _clean(raw, 7, True), _clean_reference(raw, 7, True)
    assert (got.text, got.segs, got.blank_before) == (want.text, want.segs, want.blank_before)


@settings(max_examples=400, deadline=None)
@given(pieces(".", ";", ":", " ", "  ", "`", "*", "\u00a0", "(1", "l2", "a.", "b)", "12)", "3.", "dan ", "atau ", "x",
              "A", "\"", "^"), st.integers(0, 3))
def test_glued_markers_are_found_as_before(text, start):
    from lint_perda import glued
    end = len(text) - (start % 2)
    old = [m.span() for m in glued._GLUED_AYAT.finditer(text, start, end)]
    assert [m.span(1) for m in glued._GLUED_AYAT_AT.finditer(text, max(start - 1, 0), end)] == old
    old = [(m.span(), m.span("m"), m.groupdict()) for m in glued._GLUED_ITEM.finditer(text, start, end)]
    new = [(m.span(1), m.span("m"), m.groupdict()) for m in glued._GLUED_ITEM_AT.finditer(text, max(start - 1, 0), end)]
    assert new == old


@settings(max_examples=400, deadline=None)
@given(pieces("Pasal", "PASAL", "pasal", "Pasai", "Pasa1", "PasaJ", "Pasa]", "Pasa l", "Pasa", "pasa", "P", "p", "l",
              " ", "\u00a0", "x"), st.integers(0, 3))
def test_pasal_words_are_found_as_before(text, start):
    from lint_perda import glued
    want = [m.span() for m in glued._PASAL_AT.finditer(text, start)]
    assert [m.span() for m in glued._pasal_words(text, start)] == want


@settings(max_examples=400, deadline=None)
@given(st.text("ab ", max_size=12), st.integers(0, 50), st.integers(-1, 14), st.integers(0, 14), st.integers(0, 14))
def test_a_token_span_is_as_before(text, offset, h, a, b):
    from lint_perda.lexer import Tok
    from lint_perda.mline import MLine
    from lint_perda.parser import _span_of
    for line in (MLine(text, [(0, offset)]), MLine(text, [(0, offset), (len(text) // 2, offset + 100)])):
        t = Tok("TEXT", line, a, b, h=h)
        s = t.h if t.h >= 0 else t.a
        if t.b > s:
            want = line.orig(s), line.orig_end(t.b)
        else:
            want = line.orig(min(t.a, max(len(line.text) - 1, 0))), line.orig_end(max(t.b, 1))
        assert _span_of(t) == want


@settings(max_examples=300, deadline=None)
@given(st.integers(0, 12000), st.sampled_from(["", "."]), st.sampled_from([None, "1", "I", "ay", "."]))
def test_a_heading_as_expected_reads_as_written(e, dot, n2):
    # Lexer._read_heading returns the line at once when "Pasal N" is the N
    # expected, written plainly: what heading_number and the test after it give
    from lint_perda.glued import heading_number
    n1 = str(e)
    if len(n1) <= 4:
        hn = heading_number(n1 + dot, n2, e)
        assert hn is not None and hn[0] == str(hn[1])
