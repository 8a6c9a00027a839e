"""`file:line:col: CODE message` placeholder until the rich renderer lands."""
from __future__ import annotations


def render_full(results, lang: str = "id", **_) -> str:
    lines = []
    for r in results:
        if r.error:
            lines.append(f"{r.path}: error: {r.error}")
        for d in r.diagnostics:
            sug = f" [{d.suggestion}]" if d.suggestion else ""
            lines.append(f"{r.path}:{d.line}:{d.column}: {d.code} {d.text(lang)}{sug}")
    return "\n".join(lines) + ("\n" if lines else "")
