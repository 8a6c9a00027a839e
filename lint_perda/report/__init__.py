"""Report formats.  Each format lives in its own module and is imported only
when asked for."""
from __future__ import annotations


def render(fmt: str, results, lang: str = "id", **kw) -> str:
    if fmt == "json":
        from .json_report import render_json
        return render_json(results, lang, **kw)
    if fmt == "concise":
        from .concise import render_concise
        return render_concise(results, lang, **kw)
    if fmt == "sarif":
        from .sarif import render_sarif
        return render_sarif(results, lang, **kw)
    if fmt == "github":
        from .github import render_github
        return render_github(results, lang, **kw)
    from .full import render_full
    return render_full(results, lang, **kw)
