"""Report formats.  Each format lives in its own module and is imported only
when asked for (rich only by ``full``)."""
from __future__ import annotations

FORMATS = ("full", "concise", "json", "sarif", "github", "html")


def render(fmt: str, results, lang: str = "id", statistics: bool = False, **kw) -> str:
    if fmt == "html":  # the page has its own table of counts per rule
        from .html import render_html
        return render_html(results, lang, **kw)
    if statistics:
        from .statistics import render_statistics
        return render_statistics(results, fmt=fmt)
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
