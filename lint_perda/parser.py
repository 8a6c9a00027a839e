"""Parse a regulation: normalize -> lex -> Lark LALR -> AST.

The Lark grammar is compiled once per process, and its LALR tables are cached
on disk by Lark (``cache=True``), so start-up does not rebuild them.  Tokens are
fed through Lark's interactive parser: a token the grammar cannot place at
that point is retried as plain text, and only if that fails too is it left
out; either way it becomes a diagnostic and lowers the coverage figure.  The
parser never raises on input.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from importlib import resources

from .ast import Node, Para
from .lexer import Lexer, Tok
from .normalize import Normalized, normalize

_PARSER = None
_START = None   # the parser's state before the first token

# token types that carry text into the node that contains them
_TEXTY = {"TEXT", "FTEXT", "LTEXT", "PJ_TEXT", "TITLE", "CLOSE"}
_RETYPE = {"front": "FTEXT", "diktum": "FTEXT", "lampiran": "LTEXT", "penjelasan": "PJ_TEXT"}


def get_parser():
    global _PARSER
    if _PARSER is None:
        from lark import Lark
        grammar = resources.files("lint_perda.grammars").joinpath("regulation.lark").read_text("utf-8")
        _PARSER = Lark(grammar, parser="lalr", lexer="basic", cache=True)
    return _PARSER


@dataclass
class ParseResult:
    root: Node
    normalized: Normalized
    tokens: list[Tok]
    unplaced: list[Tok] = field(default_factory=list)   # retyped or left out
    coverage: float = 1.0


def parse_text(text: str) -> ParseResult:
    norm = normalize(text)
    lexer = Lexer(norm.lines, scan=norm.scan)
    toks = lexer.run()
    # the lines as the lexer read them: headings glued into running text split off
    norm.lines = lexer.lines_out
    norm.repairs.extend(lexer.repairs)
    tree, unplaced = _feed(toks)
    root = _build(tree, toks)
    _finish(root)
    lost = sum(len(t.text) for t in unplaced)
    body = next((n for n in root.children if n.kind == "body"), None)
    stray = sum(len(p.text) for c in body.walk() if c.kind == "text" for p in c.paras) if body else 0
    cov = 1.0 if norm.content_chars == 0 else max(0.0, 1 - (lost + stray) / norm.content_chars)
    return ParseResult(root=root, normalized=norm, tokens=toks, unplaced=unplaced, coverage=round(cov, 4))


def _feed(toks: list[Tok]):
    # Lark's interactive feed_token without its per-token copy of the parser
    # state and its exception: a token that does not fit is undone from a log
    # of the reductions it ran.  Lark's tree builder extends, in place, the
    # children of the first tree it expands (its left-recursion shortcut):
    # those are cut back too, or the words of the line tried would stay in
    # the tree twice (Lark's own copy and restore kept them)
    global _START
    if _START is None:
        _START = get_parser().parse_interactive("").parser_state
    ps = _START.copy(deepcopy_values=False)   # a fresh state: not a lexer made for each text
    states = _table(ps.parse_conf)
    sstack, vstack = ps.state_stack, ps.value_stack

    def fits(typ: str, i: int) -> bool:
        log = []
        while True:
            act = states[sstack[-1]].get(typ)
            if act is None:
                for ss, vs, grown in reversed(log):
                    sstack.pop()
                    vstack.pop()
                    sstack.extend(ss)
                    vstack.extend(vs)
                    for tree, n in grown:
                        del tree.children[n:]
                return False
            shift, arg = act
            if shift:
                sstack.append(arg)
                # a token is (type as fed, index in toks): no tree-builder
                # callback reads a token, and no terminal has a callback
                vstack.append((typ, i))
                return True
            size, name, callback = arg
            if size:
                s = vstack[-size:]   # (the log keeps its own copy: the callback may keep s as children)
                log.append((sstack[-size:], vstack[-size:], [(v, len(v.children)) for v in s if type(v) is _Tree]))
                del sstack[-size:]
                del vstack[-size:]
            else:
                log.append(((), (), ()))
                s = []
            vstack.append(callback(s))
            sstack.append(states[sstack[-1]][name][1])

    unplaced: list[Tok] = []
    for i, t in enumerate(toks):
        if fits(t.type, i):
            continue
        if t.type in ("INDENT", "DEDENT"):
            continue  # a nesting token that no longer fits: harmless to drop
        # retry as the plain text of the part of the document we are in
        for alt in ("TEXT", "FTEXT", "LTEXT", "PJ_TEXT", "CLOSE"):
            if fits(alt, i):
                t.retyped = True
                break
        unplaced.append(t)
    # the end, as Lark's feed_token($END, is_end=True) reduces it
    while True:
        act = states[sstack[-1]].get("$END")
        if act is None or act[0]:
            break
        size, name, callback = act[1]
        s = vstack[-size:] if size else []
        if size:
            del sstack[-size:]
            del vstack[-size:]
        vstack.append(callback(s))
        sstack.append(states[sstack[-1]][name][1])
        if sstack[-1] == ps.parse_conf.end_state:
            return vstack[-1], unplaced
    from lark import Token
    return ps.feed_token(Token("$END", "", 0, 1, 1), True), unplaced   # raises as it would have


_TABLE: dict = {}


class _Tree:
    """Lark's Tree as _build reads it, without a __dict__ (fewer objects for
    the collector to visit: a text makes some 15,000)."""
    __slots__ = ("data", "children")

    def __init__(self, data, children, meta=None):
        self.data, self.children = data, children


def _table(conf) -> dict:
    """Lark's parse table with each action as (shift?, new state) or (False,
    (rule length, rule name, tree-builder callback)): no Rule is hashed
    (a Python __hash__) for every reduction.  The callbacks are Lark's own,
    made for the grammar's options (placeholders, no positions) with _Tree."""
    if not _TABLE:
        from lark.parse_tree_builder import ParseTreeBuilder
        from lark.parsers.lalr_analysis import Shift
        lark = get_parser()
        opts = lark.options
        assert not opts.propagate_positions and opts.parser == "lalr" and opts.transformer is None
        cbs = ParseTreeBuilder(list(conf.callbacks), _Tree, False, False,
                               opts.maybe_placeholders).create_callback(None)
        _TABLE.update({st: {t: (True, arg) if a is Shift else (False, (len(arg.expansion), arg.origin.name, cbs[arg]))
                            for t, (a, arg) in acts.items()} for st, acts in conf.states.items()})
    return _TABLE


# ---- tree -> AST ------------------------------------------------------------

_CONTAINERS = {"front", "body", "closing", "menimbang", "mengingat", "menetapkan", "bab", "bagian",
               "paragraf", "pasal", "ayat", "amend", "qpasal", "qbab", "qbagian", "qparagraf", "penjelasan",
               "pj_pasal", "lampiran", "item", "diktum"}
_HEAD = {"BAB": "bab", "BAGIAN": "bagian", "PARAGRAF": "paragraf", "PASAL": "pasal", "QPASAL": "qpasal",
         "QBAB": "qbab", "QBAGIAN": "qbagian", "QPARAGRAF": "qparagraf",
         "AYAT": "ayat", "ITEM": None, "AMEND_ITEM": "amend", "PJ_PASAL": "pj_pasal", "LAMPIRAN": "lampiran",
         "MENIMBANG": "menimbang", "MENGINGAT": "mengingat", "MENETAPKAN": "menetapkan", "PENJELASAN": "penjelasan",
         "DIKTUM": "diktum"}


def _span_of(t: Tok) -> tuple[int, int]:
    line = t.line
    a = t.h if t.h >= 0 else t.a
    segs = line.segs
    if len(segs) == 1:
        # one segment (most lines): MLine.orig(i) is o - p + i, orig_end(i) o - p + max(i, 0)
        p, o = segs[0]
        d = o - p
        if t.b > a:
            return d + a, d + max(t.b, 0)
        return d + min(t.a, max(len(line.text) - 1, 0)), d + max(t.b, 1)
    if t.b > a:
        return line.orig(a), line.orig_end(t.b)
    return line.orig(min(t.a, max(len(line.text) - 1, 0))), line.orig_end(max(t.b, 1))


def _build(tree, toks: list[Tok]) -> Node:
    def build(t, node: Node):
        for ch in t.children:
            if ch.__class__ is not tuple:   # a Tree (a token is a tuple)
                name = str(ch.data)
                if name in ("list", "sublist"):
                    build(ch, node)
                    continue
                child = Node(kind=name, parent=node)
                node.children.append(child)
                build(ch, child)
                continue
            typ, k = ch  # the type may be the retyped text token
            if typ in ("INDENT", "DEDENT"):
                continue
            tk = toks[k]
            if tk.line is None:
                continue
            if typ in _HEAD and node.kind in _CONTAINERS and node.head is None and not tk.retyped \
                    and (_HEAD[typ] == node.kind or (typ == "ITEM" and node.kind == "item")):
                node.head = Para(tk.line, tk.h if tk.h >= 0 else tk.a)
                node.num, node.value, node.suffix = tk.num, tk.value, tk.suffix
                node.read = tk.read
                if typ == "ITEM":
                    node.kind = tk.marker
                if tk.title:
                    node.title = tk.title
                if typ in ("AYAT", "ITEM", "AMEND_ITEM", "MENETAPKAN", "DIKTUM") or (typ == "PJ_PASAL" and tk.b < len(tk.line.text)):
                    if tk.b > tk.a or typ in ("AYAT", "ITEM", "AMEND_ITEM", "DIKTUM"):
                        node.paras.append(Para(tk.line, tk.a if typ != "MENETAPKAN" else _after_colon(tk)))
                elif typ in ("MENIMBANG", "MENGINGAT"):
                    pass
                elif typ in ("LAMPIRAN", "PENJELASAN"):
                    node.paras.append(Para(tk.line, 0))
                s, e = _span_of(tk)
                node.start = s
                node.end = max(node.end, e)
                continue
            if typ == "TITLE":
                node.title = (node.title + " " if node.title else "") + tk.text
            else:
                if node.kind in ("body", "bab", "bagian", "paragraf") and typ == "TEXT" or tk.retyped and typ == "TEXT" and node.kind == "body":
                    # stray text outside any Pasal: keep it as a node so nothing is dropped
                    child = Node(kind="text", parent=node, paras=[Para(tk.line, tk.a)])
                    child.start, child.end = _span_of(tk)
                    node.children.append(child)
                else:
                    node.paras.append(Para(tk.line, tk.a))
            s, e = _span_of(tk)
            if not node.start and not node.head:
                node.start = s
            node.end = max(node.end, e)

    root = Node(kind="document")
    build(tree, root)
    return root


def _after_colon(t: Tok) -> int:
    text = t.line.text
    i = text.find(":", t.a)
    if i == -1 or i > t.a + 14:
        import re
        m = re.match(r"Menetapkan\s*", text[t.a:])
        return t.a + (m.end() if m else 0)
    j = i + 1
    while j < len(text) and text[j] == " ":
        j += 1
    return j


def _finish(root: Node):
    """Fix spans bottom-up and mark quoted provisions."""
    def fix(n: Node, quoted: bool):
        if n.kind in ("amend", "qpasal", "qbab", "qbagian", "qparagraf"):
            quoted = True
        if quoted and n.kind != "amend":
            n.quoted = True
        if not n.children:
            return
        # the span of the node's own lines and of its children
        lo, hi = (n.start, n.end) if (n.head or n.paras) else (None, None)
        for c in n.children:
            fix(c, quoted)
            if lo is None:
                lo, hi = c.start, c.end
            else:
                lo, hi = min(lo, c.start), max(hi, c.end)
        n.start, n.end = lo, hi
    fix(root, False)


def parse_source(source) -> ParseResult:
    return parse_text(source.text)
