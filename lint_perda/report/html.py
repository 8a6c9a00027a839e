"""The reviewer's report as one self-contained HTML page (``--format html``).

One section per file (and an index when there are several): the document's
identity and counts, what was and was not checked, the findings by severity
and rule, the outline, the original text with every finding highlighted and
its note beside it, and the reference graph (graph_svg.py).  The style and
the small script are inlined from ``assets/`` (package data), and a
Content-Security-Policy forbids every fetch, so the file opens the same on a
reviewer's machine without network and prints on A4 with the notes beside
the text.  Without the script everything is shown; the script adds the
filters, the outline's live counts and the compact view.

The outline and the graph come from ``FileResult.view``, computed in the
worker that parsed the file (view.py says why).
"""
from __future__ import annotations

import os
import time
from collections import Counter
from html import escape
from importlib import resources

from ..identity import cited_name
from .. import __version__
from .graph_svg import STYLE as GRAPH_STYLE
from .graph_svg import render_svg
from .html_facts import coverage, identity
from .html_labels import labels
from .html_text import RANK, render_outline, render_text

SEVS = ("error", "warning", "info")

def _asset(name: str) -> str:
    return resources.files("lint_perda.report").joinpath("assets", name).read_text(encoding="utf-8")


def _stamp() -> str:
    epoch = os.environ.get("SOURCE_DATE_EPOCH")  # reproducible builds and tests
    t = time.gmtime(int(epoch)) if epoch and epoch.isdigit() else time.localtime()
    return time.strftime("%Y-%m-%d %H:%M", t)


def _by_rule(diagnostics, L: dict) -> str:
    if not diagnostics:
        return f'<p class="muted">{L["none"]}</p>'
    rows = Counter((d.code, d.rule, d.severity) for d in diagnostics)
    body = "".join(f'<tr><td>{escape(c)}</td><td>{escape(s)}</td><td><span class="sev {escape(v)}">{escape(v)}'
                   f'</span></td><td class="n">{n}</td></tr>'
                   for (c, s, v), n in sorted(rows.items(), key=lambda kv: (-RANK.get(kv[0][2], 0), -kv[1], kv[0][0])))
    sev = Counter(d.severity for d in diagnostics)
    line = " · ".join(f'<span class="sev {s}">{s}</span> {sev[s]}' for s in SEVS if sev[s])
    return (f'<p>{len(diagnostics)} {L["findings"].lower()}: {line}</p><table><tr><th>{L["code"]}</th>'
            f'<th>{L["rule"]}</th><th>{L["severity"]}</th><th>{L["count"]}</th></tr>{body}</table>')


def _section(i: int, r, lang: str, L: dict) -> str:
    doc = r.document or {}
    view = getattr(r, "view", None)
    out = [f'<section class="file" id="f{i}"><h2>{escape(r.path)}</h2>']
    if r.error:
        out.append(f'<div class="errbox"><b>{L["unreadable"]}:</b> {escape(r.error)}</div>')
    if r.error and r.text is None:
        if doc:
            out.append(f'<div class="cards">{identity(doc, L)}</div>')
        return "\n".join(out) + "</section>"
    hidden = (f'<p class="muted">{r.suppressed} {L["suppressed"]}</p>' if getattr(r, "suppressed", 0) else "")
    findings = f'<div class="card"><h3>{L["summary"]}</h3>{_by_rule(r.diagnostics, L)}{hidden}</div>'
    out.append(f'<div class="cards">{identity(doc, L) if doc else ""}{findings}'
               f'{coverage(i, r, doc, view, L) if doc else ""}</div>')
    nav = render_outline(i, view["outline"], r.diagnostics, lang, L) if view else ""
    text = (render_text(i, r.text, r.diagnostics, lang, L, r.line_labels) if r.text is not None
            else f'<p class="muted">{L["no_text"]}</p>')
    out.append(f'<h3 id="f{i}-text">{L["text"]}</h3><div class="filelayout">{nav}<div>{text}</div></div>')
    if view:
        nlines = r.text.count("\n") + 1 if r.text is not None else None
        svg = render_svg(view["graph"], r.diagnostics, lang, link=lambda ln: f"#f{i}-L{ln}",
                         max_line=nlines, prefix=f"g{i}")
        out.append(f'<div class="graphbox"><h3 id="f{i}-graph">{L["graph"]}</h3><div class="graph">{svg}</div></div>')
    out.append("</section>")
    return "\n".join(out)


def _index(results, L: dict) -> str:
    head = (f'<tr><th>{L["file"]}</th><th>{L["document"]}</th>'
            + "".join(f'<th><span class="sev {s}">{s}</span></th>' for s in SEVS)
            + f'<th>{L["coverage"]}</th></tr>')
    rows = []
    for i, r in enumerate(results):
        doc = r.document or {}
        sev = Counter(d.severity for d in r.diagnostics)
        what = cited_name(doc)
        if r.error:
            what = f"{what} — {r.error}".strip(" —")
        cov = doc.get("coverage")
        rows.append(f'<tr><td><a href="#f{i}">{escape(r.path)}</a></td><td>{escape(what)}</td>'
                    + "".join(f'<td class="n">{sev[s] or ""}</td>' for s in SEVS)
                    + f'<td class="n">{f"{cov:.1%}" if isinstance(cov, (int, float)) else ""}</td></tr>')
    return f'<section id="index" class="index"><h2>{L["index"]}</h2><table>{head}{"".join(rows)}</table></section>'


def _filters(results, L: dict) -> str:
    sev = Counter(d.severity for r in results for d in r.diagnostics)
    rules = Counter((d.code, d.rule) for r in results for d in r.diagnostics)
    boxes = "".join(f'<label title="{escape(L["sev_help"][s])}"><input type="checkbox" data-filter="sev" value="{s}" '
                    f'checked> <span class="sev {s}">{s}</span> {sev[s]}</label>' for s in SEVS)
    rule_boxes = "".join(f'<label><input type="checkbox" data-filter="code" value="{escape(c)}" checked> '
                         f'<b>{escape(c)}</b> {escape(s)} ({n})</label>' for (c, s), n in sorted(rules.items()))
    rules_html = (f'<details><summary>{L["rules"]} ({len(rules)})</summary><div class="rules">{rule_boxes}</div></details>'
                  if rules else "")
    return (f'<div class="filters">{boxes}{rules_html}<label><input type="checkbox" id="compact"> {L["compact"]}'
            f'</label><button type="button" id="print">{L["print"]}</button></div>')


def render_html(results, lang: str = "id", **_) -> str:
    L = labels(lang)
    total = sum(len(r.diagnostics) for r in results)
    meta = (f'{len(results)} {L["files"]} · {total} {L["findings"].lower()} · {L["made"]} {__version__} '
            f'{L["at"]} {_stamp()}')
    csp = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"
    parts = ["<!DOCTYPE html>", f'<html lang="{escape(lang)}">', "<head>", '<meta charset="utf-8">',
             f'<meta http-equiv="Content-Security-Policy" content="{csp}">',
             '<meta name="viewport" content="width=device-width, initial-scale=1">',
             f"<title>{escape(L['title'])}: {escape(', '.join(r.path for r in results[:3]))}"
             f"{' …' if len(results) > 3 else ''}</title>",
             f"<style>\n{_asset('report.css')}\n{GRAPH_STYLE}\n</style>", "</head>", "<body>",
             f'<header class="top"><h1>{escape(L["title"])}</h1><span class="meta">{escape(meta)}</span>'
             f'{_filters(results, L)}</header>', "<main>"]
    if len(results) > 1:
        parts.append(_index(results, L))
    parts.extend(_section(i, r, lang, L) for i, r in enumerate(results))
    parts += ["</main>", f"<footer>lint-perda {__version__}</footer>",
              f"<script>\n{_asset('report.js')}\n</script>", "</body>", "</html>"]
    return "\n".join(parts) + "\n"
