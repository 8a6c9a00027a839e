"""Inline suppression comments in text drafts, and LP002 for unused ones.

In a .txt/.md draft an HTML comment (which the normaliser drops, so it never
disturbs the structure) silences findings::

    <!-- lint-perda: abaikan LP201 -->          alone on a line: the next
                                                non-empty line
    Pasal 5 ... <!-- lint-perda: abaikan LP201, LP105 -->   on the same line
    <!-- lint-perda: abaikan-berkas LP105 -->   anywhere: the whole file

English ``ignore`` / ``ignore-file`` work too.  Rules are named by code, slug
or code prefix; a comment without any silences every rule on that line.  A
finding is silenced by the line where it starts.

A suppression that silenced nothing is itself reported as LP002
``unused-suppression`` (when LP002 is selected), so stale comments do not pile
up.  It is reported only for rules that ran on the file (a comment for a rule
left out by ``--select`` cannot be judged; a bare comment is judged only when
some rule besides LP002 ran), and an unknown code is reported as such.  The
engine calls :func:`apply_suppressions` after all rules, because no single
rule can see the others' findings; ``rules/lp002_unused_suppression.py``
carries the code, slug, severity and documentation.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .diagnostics import Diagnostic, fingerprint

_COMMENT = re.compile(
    r"<!--\s*lint-perda\s*:\s*(abaikan-berkas|ignore-file|abaikan|ignore)\b(.*?)-->",
    re.IGNORECASE | re.DOTALL,
)
_ANY_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_SPLIT = re.compile(r"[\s,;]+")

CODE = "LP002"
SLUG = "unused-suppression"


@dataclass
class Suppression:
    start: int                      # offsets of the comment in the text
    end: int
    line: int                       # 1-based line of the comment
    target: int | None              # the line it silences; None: whole file
    selectors: list[str]            # empty: every rule
    used: set[str] = field(default_factory=set)   # selectors that silenced something

    def matches(self, d: Diagnostic) -> str | None:
        """The selector that silences ``d``, or None."""
        if self.target is not None and d.line != self.target:
            return None
        if not self.selectors:
            return "*"
        for s in self.selectors:
            if _match(s, d.code, d.rule):
                return s
        return None


def _match(sel: str, code: str, slug: str) -> bool:
    return sel.upper() == "ALL" or code.upper().startswith(sel.upper()) or slug == sel.lower()


def find_suppressions(text: str) -> list[Suppression]:
    if "lint-perda" not in text:
        return []
    starts = [0]
    for m in re.finditer("\n", text):
        starts.append(m.end())
    import bisect
    lines = text.split("\n")

    def line_of(off: int) -> int:
        return bisect.bisect_right(starts, off)

    def has_content(ln: int) -> bool:
        return bool(_ANY_COMMENT.sub("", lines[ln - 1]).strip())

    out = []
    for m in _COMMENT.finditer(text):
        kind = m.group(1).lower()
        sels = [s for s in _SPLIT.split(m.group(2).strip()) if s]
        ln = line_of(m.start())
        if kind in ("abaikan-berkas", "ignore-file"):
            target = None
        elif has_content(ln):
            target = ln
        else:
            target = None
            for nxt in range(line_of(m.end()) + 1, len(lines) + 1):
                if has_content(nxt):
                    target = nxt
                    break
            if target is None:
                target = -1  # nothing after it: silences nothing
        out.append(Suppression(m.start(), m.end(), ln, target, sels))
    return out


def apply_suppressions(res, ran_codes: set[str], settings=None, doc=None) -> None:
    """Drop the findings of ``res`` that a comment silences; add LP002 for
    comments that silenced nothing.  ``ran_codes``: the rules run on the file."""
    if res.error or not res.text:
        return
    sups = find_suppressions(res.text)
    if not sups:
        return
    kept = []
    for d in res.diagnostics:
        hit = False
        for s in sups:
            sel = s.matches(d)
            if sel is not None:
                s.used.add(sel)
                hit = True
        if hit:
            res.suppressed += 1
        else:
            kept.append(d)
    res.diagnostics = kept
    if CODE not in ran_codes:
        return
    from .registry import all_rules
    known = all_rules()
    rule_cls = next((r for r in known if r.code == CODE), None)
    severity = rule_cls.severity if rule_cls else "info"
    if settings is not None and settings.severity:
        severity = settings.severity.get(CODE) or settings.severity.get(SLUG) or severity
    new = []
    for s in sups:
        if not s.selectors:
            # a bare comment can only be judged when some other rule ran
            if "*" not in s.used and ran_codes - {CODE}:
                res.unused_suppressions.append({"line": s.line, "rule": "*"})
                new.append(_diag(res, doc, s, "*", severity, unknown=False))
            continue
        for sel in s.selectors:
            if sel in s.used:
                continue
            matching = [r.code for r in known if _match(sel, r.code, r.slug)]
            if not matching:
                res.unused_suppressions.append({"line": s.line, "rule": sel, "unknown": True})
                new.append(_diag(res, doc, s, sel, severity, unknown=True))
            elif any(c in ran_codes for c in matching):
                res.unused_suppressions.append({"line": s.line, "rule": sel})
                new.append(_diag(res, doc, s, sel, severity, unknown=False))
    if new:
        res.diagnostics = sorted(res.diagnostics + new, key=Diagnostic.sort_key)


def _diag(res, doc, s: Suppression, sel: str, severity: str, unknown: bool) -> Diagnostic:
    from .sources import SourceText
    if unknown:
        msg = (f'Penanda abaikan menyebut aturan yang tidak dikenal: "{sel}". '
               "Periksa kodenya dengan `lint-perda rules`, atau hapus penanda ini.")
        msg_en = f'The suppression names an unknown rule: "{sel}". Check the code with `lint-perda rules`, or remove it.'
    elif sel == "*":
        msg = "Penanda abaikan ini tidak lagi menyembunyikan temuan apa pun; sebaiknya dihapus."
        msg_en = "This suppression no longer hides any finding; it can be removed."
    else:
        msg = f"Penanda abaikan untuk {sel} tidak lagi menyembunyikan temuan apa pun; sebaiknya dihapus."
        msg_en = f"The suppression for {sel} no longer hides any finding; it can be removed."
    path, full = _path_at(doc, s.start)
    d = Diagnostic(code=CODE, rule=SLUG, severity=severity, message=msg, message_en=msg_en,
                   start=s.start, end=s.end, path=path, full_path=full,
                   fingerprint_text=f"{sel} {res.text[s.start:s.end]}")
    src = SourceText(path=res.path, text=res.text)
    d.line, d.column = src.locate(d.start)
    d.end_line, ec = src.locate(d.end - 1)
    d.end_column = ec + 1
    if res.line_labels and 0 < d.line <= len(res.line_labels):
        d.location = res.line_labels[d.line - 1]
    d.extra["fingerprint"] = fingerprint(d)
    return d


def _path_at(doc, off: int) -> tuple[str, str | None]:
    """The structural path of the deepest node around offset ``off``."""
    if doc is None:
        return "dokumen", None
    node = doc.root
    best = None
    while True:
        nxt = None
        for c in node.children:
            if c.start <= off < c.end:
                nxt = c
                break
        if nxt is None:
            break
        node = best = nxt
    if best is None:
        return "dokumen", None
    try:
        return best.path, best.full_path
    except Exception:  # pragma: no cover - a path is a nicety
        return "dokumen", None
