"""Fixes: how a rule builds one (edits on the words it parsed, mapped back to
the ORIGINAL file) and how the engine places it (line and column, the
configuration's extend-safe-fixes / extend-unsafe-fixes).

An edit is made only where the words are contiguous in the original file: a
span the normaliser joined across lines or cleaned of artefacts gets no fix
(the finding stays, with its suggestion).  Each edit keeps the words it
replaces, and the engine drops a fix whose words are not where it says: a
fix never writes over text the rule did not read.

Applying fixes to a fixed point is lint_perda/fix_apply.py; the command is
lint_perda/fix_cmd.py.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .diagnostics import Edit, Fix

if TYPE_CHECKING:  # pragma: no cover
    from .ast import Node
    from .normalize import MLine

SAFE, UNSAFE, DISPLAY = "safe", "unsafe", "display"


def line_edit(line: "MLine", i: int, j: int, replacement: str) -> Edit | None:
    """Replace characters i..j of a logical line (j == i: insert before
    character i).  None when those characters are not one stretch of the
    original file."""
    n = len(line.text)
    if not (0 <= i <= j <= n):
        return None
    if j > i:
        s, e = line.orig(i), line.orig(j - 1) + 1
        if e - s != j - i:
            return None
    elif i > 0:
        s = e = line.orig(i - 1) + 1
    else:
        s = e = line.orig(0)
    return Edit(start=s, end=e, replacement=replacement, old=line.text[i:j])


def node_edit(node: "Node", i: int, j: int, replacement: str) -> Edit | None:
    """Replace characters i..j of ``node.text`` (its own words): they must
    lie in one of its lines."""
    pos = 0
    for p in node.paras:
        n = len(p.line.text) - p.a
        if pos <= i and j <= pos + n:
            return line_edit(p.line, p.a + i - pos, p.a + j - pos, replacement)
        pos += n + 1
    return None


def head_edit(node: "Node", i: int, j: int, replacement: str) -> Edit | None:
    """Replace characters i..j of the node's heading line ("Pasal 7", "(3) ...", "c. ...")."""
    if node.head is None:
        return None
    return line_edit(node.head.line, i, j, replacement)


def as_cased(words: str, like: str) -> str:
    """The correction in capitals where the words it replaces are ("LEMBARAN
    DAERAH ..." in a closing typed in capitals)."""
    return words.upper() if like.isupper() else words


def make_fix(edits, applicability: str = SAFE, note: str | None = None) -> Fix | None:
    """A fix from edits, or None when any edit could not be made (a partial
    fix would leave the text half corrected)."""
    edits = list(edits)
    if not edits or any(e is None for e in edits):
        return None
    return Fix(applicability=applicability, edits=sorted(edits, key=lambda e: (e.start, e.end)), note=note)


def guarded(build):
    """A fix builder that never costs the rule its finding: a bug in it
    gives no fix, not a failed rule."""
    import functools

    @functools.wraps(build)
    def wrapper(*args, **kw):
        try:
            return build(*args, **kw)
        except Exception:   # pragma: no cover - a bug; the finding stays, without its fix
            return None
    return wrapper


def _matches(selectors, d) -> bool:
    for sel in selectors:
        k = sel.strip()
        if k.upper() == "ALL" or d.code.upper().startswith(k.upper()) or d.rule == k.lower():
            return True
    return False


def locate_fix(d, source, settings) -> None:
    """Check a diagnostic's fix against the text, give its edits lines and
    columns (as the diagnostic's own), and apply the configuration's
    extend-safe-fixes / extend-unsafe-fixes.  A fix that does not fit is
    dropped, never half applied."""
    fx = d.fix
    text = source.text
    last_end = -1
    for e in fx.edits:
        if not (0 <= e.start <= e.end <= len(text)) or e.start < last_end \
                or (e.old is not None and text[e.start:e.end] != e.old):
            d.fix = None
            return
        last_end = e.end
        e.line, e.column = source.locate(e.start)
        e.end_line, e.end_column = source.locate(e.end)
    if fx.applicability == DISPLAY or settings is None:
        return   # display-only fixes are never promoted (as ruff)
    if _matches(getattr(settings, "unsafe_fixes", ()), d):
        fx.applicability = UNSAFE
    elif _matches(getattr(settings, "safe_fixes", ()), d):
        fx.applicability = SAFE


def applicable(d, unsafe: bool) -> bool:
    fx = d.fix
    return fx is not None and (fx.applicability == SAFE or (unsafe and fx.applicability == UNSAFE))
