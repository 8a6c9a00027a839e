"""`file:line:col: CODE message` one finding a line (editors, grep, pre-commit).

For .docx/.pdf the location label ("paragraf 12") follows in parentheses; a
suggestion follows in square brackets.  ``[*]`` after the code (as ruff)
marks a finding that `lint-perda fix` corrects (a safe fix).  Unreadable files are reported on
standard error by the command, not here."""
from __future__ import annotations


def fixable(d) -> bool:
    """A safe fix: what `lint-perda fix` applies without --unsafe-fixes."""
    return d.fix is not None and d.fix.applicability == "safe"


def render_concise(results, lang: str = "id", **_) -> str:
    lines = []
    for r in results:
        for d in r.diagnostics:
            loc = f" ({d.location})" if d.location else ""
            sug = f" [{d.suggestion}]" if d.suggestion else ""
            star = " [*]" if fixable(d) else ""
            lines.append(f"{r.path}:{d.line}:{d.column}: {d.code}{star} {d.text(lang)}{sug}{loc}")
    return "\n".join(lines) + ("\n" if lines else "")
