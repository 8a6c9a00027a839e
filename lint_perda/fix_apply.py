"""Apply fixes to a fixed point, as ruff does: lint, apply every applicable
fix whose edits do not overlap an edit already taken this round, lint the
result again, and go on until nothing is left to fix or ``max_rounds`` is
reached.

- Overlapping edits are never applied in one round: the later fix waits for
  the next round, where it is recomputed on the corrected text.
- Identical edits from two findings (LP121 and LP122 on one item end) are
  applied once.
- Numbering fixes go first, alone in their round: the other rules read the
  structure they correct (a repeated "a." can make one list look like two),
  so their fixes are recomputed on the renumbered text.
- A text seen before means two fixes undo each other: the loop stops there,
  keeps the text of the last round that made progress, and says so.

Every edit of every round is recorded against the ORIGINAL text
(:class:`EditLog`): the diff, the Word tracked changes and the report all
speak of the original file, one change per edit (edits that later rounds
touched again are merged into one).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .fixes import applicable

MAX_ROUNDS = 10
STRUCTURE = ("LP101", "LP102", "LP103", "LP104", "LP105", "LP106")


class EditLog:
    """The current text as pieces of the original: unchanged stretches and
    replaced ones, so every change is known in original coordinates."""

    def __init__(self, original: str):
        self.original = original
        self.text = original
        # [orig_start, orig_end, current text, changed]
        self.pieces: list[list] = [[0, len(original), original, False]]

    def apply(self, s: int, e: int, r: str) -> None:
        """Replace [s, e) of the CURRENT text with r."""
        before, mid, after = [], [], []
        pos = 0
        for p in self.pieces:
            os_, oe, t, ch = p
            a, b = pos, pos + len(t)
            pos = b
            overlaps = (a < e and s < b) if e > s else (a < s < b)
            if not overlaps:
                (before if b <= s else after).append(p)
                continue
            if ch:
                mid.append(p)
                continue
            # an unchanged stretch: keep what lies outside [s, e) as it is
            if a < s:
                before.append([os_, os_ + (s - a), t[:s - a], False])
            lo = max(a, s)
            hi = min(b, e) if e > s else lo
            if lo < hi or e == s:
                mid.append([os_ + (lo - a), os_ + (hi - a), t[lo - a:hi - a], False])
            if b > e:
                after.append([os_ + (e - a), oe, t[e - a:], False])
        if mid:
            start_cur = sum(len(p[2]) for p in before)
            joined = "".join(p[2] for p in mid)
            text = joined[:s - start_cur] + r + joined[e - start_cur:]
            o0, o1 = mid[0][0], mid[-1][1]
        else:
            o0 = o1 = before[-1][1] if before else 0
            text = r
        new = [o0, o1, text, text != self.original[o0:o1]]
        self.pieces = before + [new] + after
        self.text = self.text[:s] + r + self.text[e:]

    def edits(self) -> list[tuple[int, int, str]]:
        """(start, end, replacement) in the original text, in order."""
        return [(p[0], p[1], p[2]) for p in self.pieces if p[3]]


def _conflict(a, b) -> bool:
    if (a.start, a.end, a.replacement) == (b.start, b.end, b.replacement):
        return False
    # touching counts: the order of two edits at one point would be a guess
    return max(a.start, b.start) <= min(a.end, b.end) and not (
        a.end == b.start and a.end > a.start and b.end > b.start) and not (
        b.end == a.start and a.end > a.start and b.end > b.start)


def choose(diagnostics, unsafe: bool):
    """The fixes to apply this round: applicable, in text order, none
    overlapping one already taken.  Returns (taken diagnostics, edits)."""
    taken, edits = [], []
    cands = [d for d in diagnostics if applicable(d, unsafe)]
    if any(d.code in STRUCTURE for d in cands):
        # numbers first: the other fixes were computed on a structure the
        # renumbering changes (a list read as two), so they wait a round
        cands = [d for d in cands if d.code in STRUCTURE]
    cands.sort(key=lambda d: (d.fix.edits[0].start, d.code))
    for d in cands:
        if any(_conflict(x, y) for x in d.fix.edits for y in edits):
            continue
        taken.append(d)
        for x in d.fix.edits:
            if not any((x.start, x.end, x.replacement) == (y.start, y.end, y.replacement) for y in edits):
                edits.append(x)
    return taken, sorted(edits, key=lambda x: (x.start, x.end))


@dataclass
class Outcome:
    original: str
    text: str
    edits: list[tuple[int, int, str]]           # in the original text
    applied: list = field(default_factory=list)  # (round, Diagnostic) of the fixes taken
    remaining: list = field(default_factory=list)  # diagnostics of the final text
    rounds: int = 0
    converged: bool = True
    reason: str = ""                            # why it stopped early: "rounds" | "cycle" | an error
    hidden_unsafe: int = 0                      # unsafe fixes left (without --unsafe-fixes)
    notes: list[str] = field(default_factory=list)
    # (line, note): where a reference was left as written (lines never move: no edit adds one)
    left: list[tuple[int, str]] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return self.text != self.original


def fix_source(source, settings, unsafe: bool = False, max_rounds: int = MAX_ROUNDS) -> Outcome:
    """Fix ``source`` (a SourceText) to a fixed point; the source is not touched."""
    from .engine import lint_source
    from .sources import SourceText

    log = EditLog(source.text)
    out = Outcome(original=source.text, text=source.text, edits=[])
    seen = {source.text}
    for rnd in range(1, max_rounds + 2):
        src = SourceText(path=source.path, text=log.text, kind=source.kind,
                         line_labels=source.line_labels, extra=source.extra)
        res = lint_source(src, settings)
        if res.error:
            out.converged, out.reason = False, res.error
            out.remaining = res.diagnostics
            break
        taken, edits = choose(res.diagnostics, unsafe)
        if not taken:
            out.remaining = res.diagnostics
            break
        if rnd > max_rounds:
            out.converged, out.reason = False, "rounds"
            out.remaining = res.diagnostics
            break
        before = (log.text, [list(p) for p in log.pieces])
        for x in reversed(edits):
            log.apply(x.start, x.end, x.replacement)
        if log.text in seen:
            # a fix undid an earlier one: keep the last text that made progress
            log.text, log.pieces = before
            out.converged, out.reason = False, "cycle"
            out.remaining = res.diagnostics
            break
        seen.add(log.text)
        out.rounds = rnd
        out.applied.extend((rnd, d) for d in taken)
        for d in taken:
            if d.fix.note:
                out.notes.append(d.fix.note)
                out.left.extend((ln, d.fix.note) for ln in d.fix.lines)
    out.text = log.text
    out.edits = log.edits()
    out.hidden_unsafe = sum(1 for d in out.remaining if d.fix is not None and d.fix.applicability == "unsafe"
                            and not unsafe)
    return out
