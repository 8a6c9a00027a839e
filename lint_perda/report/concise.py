"""`file:line:col: CODE message` one finding a line (editors, grep, pre-commit).

For .docx/.pdf the location label ("paragraf 12") follows in parentheses; a
suggestion follows in square brackets.  Unreadable files are reported on
standard error by the command, not here."""
from __future__ import annotations


def render_concise(results, lang: str = "id", **_) -> str:
    lines = []
    for r in results:
        for d in r.diagnostics:
            loc = f" ({d.location})" if d.location else ""
            sug = f" [{d.suggestion}]" if d.suggestion else ""
            lines.append(f"{r.path}:{d.line}:{d.column}: {d.code} {d.text(lang)}{sug}{loc}")
    return "\n".join(lines) + ("\n" if lines else "")
