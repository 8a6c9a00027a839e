"""GitHub Actions workflow commands: each finding annotates its line in the
pull request (``::error file=...,line=...::message``).

Severity: error -> error, warning -> warning, info -> notice.  Data and
property values are escaped as the Actions runner expects (%, CR, LF; and
``:`` ``,`` in properties)."""
from __future__ import annotations

LEVEL = {"error": "error", "warning": "warning", "info": "notice"}


def _data(s: str) -> str:
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _prop(s: str) -> str:
    return _data(s).replace(":", "%3A").replace(",", "%2C")


def render_github(results, lang: str = "id", **_) -> str:
    out = []
    for r in results:
        f = r.path.replace("\\", "/")
        if f.startswith("./"):
            f = f[2:]
        if r.error:
            out.append(f"::error file={_prop(f)},title={_prop('lint-perda')}::{_data(r.error)}")
        for d in r.diagnostics:
            props = [f"file={_prop(f)}", f"line={d.line}", f"col={d.column}"]
            if d.end_line:
                props.append(f"endLine={d.end_line}")
                if d.end_line == d.line and d.end_column:
                    props.append(f"endColumn={d.end_column}")
            props.append(f"title={_prop(f'{d.code} {d.rule}')}")
            msg = d.text(lang)
            if d.path and d.path != "dokumen":
                msg = f"{d.path}: {msg}"
            if d.suggestion:
                msg += f" (saran: {d.suggestion})" if lang == "id" else f" (suggestion: {d.suggestion})"
            out.append(f"::{LEVEL.get(d.severity, 'warning')} {','.join(props)}::{_data(msg)}")
    return "\n".join(out) + ("\n" if out else "")
