"""The reference graph drawn as SVG, in pure Python (no Graphviz needed on
the reviewer's machine).

Layout: an arc diagram.  The body's Pasal stand in one column in document
order, in bands per BAB; each reference from one Pasal to another is an arc
on the right, as wide as the distance it spans, so short references nest
inside long ones and a reader follows any arc with the eye.  This stays
readable at 90+ Pasal (one 18-pixel row each), where a force or layered
Graphviz layout of 90 nodes and 60 edges becomes a hairball, and it keeps
the order a lawyer thinks in.  References inside one Pasal ("pada ayat (1)")
are counted beside it, not drawn.

Red: a reference LP202 reports as pointing at the wrong Pasal, and one LP201
reports as broken; a broken one whose Pasal exists ("Pasal 12 ayat (4)")
is a dashed arc to that Pasal, one whose Pasal does not exist a dashed stub
ending in its citation.  Each Pasal links to its place in the text of the
HTML report (``link``), each arc to where the reference is written.

``lint-perda graph FILE --format svg`` draws the same picture alone.
"""
from __future__ import annotations

import math
import sys
from html import escape

ROW = 18
TOP = 46
BAND_X, BOX_X, BOX_W, BOX_H = 4, 176, 92, 14
ARC_X = BOX_X + BOX_W
SEV_FILL = {"error": "#fde2e1", "warning": "#fff1c2", "info": "#e1effd"}
RANK = {"info": 0, "warning": 1, "error": 2}
RED_CODES = ("LP201", "LP202")

LABELS = {
    "id": {"title": "Graf rujukan antar-Pasal", "ref": "rujukan", "bad": "rujukan rusak / salah sasaran",
           "inner": "rujukan di dalam Pasal itu sendiri", "none": "Naskah ini tidak mempunyai Pasal di batang tubuh.",
           "refs": "rujukan", "missing": "tidak ada", "findings": "temuan"},
    "en": {"title": "References between Pasal", "ref": "reference", "bad": "broken / wrong-target reference",
           "inner": "references inside the Pasal itself", "none": "This text has no Pasal in its body.",
           "refs": "references", "missing": "does not exist", "findings": "findings"},
}

STYLE = """
.lpg text{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;font-size:11px;fill:#1f2328}
.lpg .band{fill:#f3f5f8}.lpg .bab{font-weight:600;fill:#3d4a5c}.lpg .babt{fill:#6b7785;font-size:9.5px}
.lpg .box{fill:#fff;stroke:#8b96a5;stroke-width:1}.lpg .inner{fill:#6b7785;font-size:9px}
.lpg .arc{fill:none;stroke:#7d8896;stroke-width:1.1;opacity:.75}
.lpg .red{stroke:#d1242f;stroke-width:2;opacity:1}.lpg .dash{stroke-dasharray:4 3}
.lpg .redt{fill:#d1242f;font-size:10px;font-weight:600}
.lpg a:hover .box{stroke:#0969da;stroke-width:2}.lpg a:hover .arc{stroke:#0969da;opacity:1}
""".strip()


def _overlaps(start: int, end: int, spans) -> bool:
    return any(s < end and start < e for s, e in spans)


def _findings_per_row(rows, diagnostics, line_end) -> list[tuple[int, str | None]]:
    """(count, worst severity) of the findings whose first line lies in each Pasal."""
    out = []
    for k, r in enumerate(rows):
        last = line_end(k)
        ds = [d for d in diagnostics if r["line"] <= d.line <= last]
        worst = max((d.severity for d in ds), key=lambda s: RANK.get(s, 0), default=None)
        out.append((len(ds), worst))
    return out


def render_svg(graph: dict, diagnostics=(), lang: str = "id", link=None, standalone: bool = False,
               max_line: int | None = None, prefix: str = "lpg") -> str:
    """The drawing.  ``link(line) -> href`` makes Pasal and arcs links;
    ``standalone`` adds the XML declaration and the style for a file of its
    own (the HTML report carries STYLE once); ``prefix`` keeps the marker ids
    of several drawings in one page apart."""
    L = LABELS.get(lang, LABELS["id"])
    rows, groups = graph.get("rows", []), graph.get("groups", [])
    red = [(d.start, d.end) for d in diagnostics if d.code in RED_CODES]
    broken = [(d.start, d.end) for d in diagnostics if d.code == "LP201"]

    # arcs between the same two Pasal are drawn once, thicker
    pairs: dict[tuple[int, int], dict] = {}
    for a in graph.get("arcs", []):
        p = pairs.setdefault((a["src"], a["dst"]), {"n": 0, "red": False, "line": a["line"], "cites": []})
        p["n"] += 1
        p["red"] = p["red"] or _overlaps(a["start"], a["end"], red)
        if a["cite"] not in p["cites"]:
            p["cites"].append(a["cite"])
    miss = [m for m in graph.get("missing", []) if _overlaps(m["start"], m["end"], broken)]

    span = max((abs(a - b) for a, b in pairs), default=0)
    span = max([span] + [abs(m["src"] - m["dst"]) for m in miss if m["dst"] is not None])
    arc_room = min(40 + 9 * span, 460) if span else 0
    stub_room = 190 if any(m["dst"] is None or m["dst"] == m["src"] for m in miss) else 0
    if any(p["red"] for p in pairs.values()):
        stub_room = max(stub_room, 130)  # the citation written beside a red arc
    width = max(ARC_X + arc_room + stub_room + 20, 520)
    height = TOP + max(len(rows), 1) * ROW + 16

    out = []
    if standalone:
        out.append('<?xml version="1.0" encoding="UTF-8"?>')
    out.append(f'<svg xmlns="http://www.w3.org/2000/svg" class="lpg" viewBox="0 0 {width} {height}" '
               f'width="{width}" height="{height}" role="img" aria-label="{escape(L["title"])}">')
    if standalone:
        out.append(f"<style>{STYLE}</style>")
    out.append(f'<defs><marker id="{prefix}-arrow" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="6" markerHeight="6" '
               'orient="auto-start-reverse"><path d="M0,0L8,4L0,8z" fill="#7d8896"/></marker>'
               f'<marker id="{prefix}-arrow-red" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="6" markerHeight="6" '
               'orient="auto-start-reverse"><path d="M0,0L8,4L0,8z" fill="#d1242f"/></marker></defs>')
    # legend
    out.append(f'<text x="{BAND_X}" y="14" style="font-weight:600;font-size:12px">{escape(L["title"])}</text>')
    lx = BAND_X
    out.append(f'<path class="arc" d="M{lx},30 h24" marker-end="url(#{prefix}-arrow)"/>'
               f'<text x="{lx + 30}" y="34">{escape(L["ref"])}</text>')
    lx += 40 + 7 * len(L["ref"])
    out.append(f'<path class="arc red" d="M{lx},30 h24" marker-end="url(#{prefix}-arrow-red)"/>'
               f'<text x="{lx + 30}" y="34">{escape(L["bad"])}</text>')
    lx += 40 + 6 * len(L["bad"])
    out.append(f'<text x="{lx}" y="34" class="inner">(n) = {escape(L["inner"])}</text>')

    if not rows:
        out.append(f'<text x="{BAND_X}" y="{TOP + 12}">{escape(L["none"])}</text></svg>')
        return "\n".join(out) + "\n"

    def y(k: int) -> float:
        return TOP + k * ROW + ROW / 2

    def a_open(line: int, title: str) -> str:
        t = f"<title>{escape(title)}</title>"
        return (f'<a href="{escape(link(line))}">{t}' if link else f"<g>{t}")

    a_close = "</a>" if link else "</g>"

    # BAB bands: the label, and the title as far as it fits before the
    # box (and before a row's "(n)" of inner references)
    inner = {int(k): v for k, v in graph.get("inner", {}).items()}

    def fit(text: str, x: float, row: int) -> str:
        room = int((BOX_X - 6 - (30 if inner.get(row) else 0) - x) / 6.3)
        return text if len(text) <= room else (text[:max(room - 1, 0)] + "…" if room > 3 else "")

    for i, gr in enumerate(groups):
        top = TOP + gr["first"] * ROW
        h = (gr["last"] - gr["first"] + 1) * ROW
        if i % 2 == 0:
            out.append(f'<rect class="band" x="0" y="{top}" width="{width}" height="{h}"/>')
        title = gr.get("title") or ""
        out.append(f'{a_open(gr["line"], (gr["label"] + " " + title).strip())}<text class="bab" x="{BAND_X}" '
                   f'y="{top + 13}">{escape(gr["label"])}</text>{a_close}')
        if h > ROW:
            x, yy, short = BAND_X, top + 13 + ROW - 4, fit(title, BAND_X, gr["first"] + 1)
        else:
            x = BAND_X + 8 + 7 * len(gr["label"])
            yy, short = top + 13, fit(title, x, gr["first"])
        if short:
            out.append(f'<text class="babt" x="{x}" y="{yy}">{escape(short)}</text>')

    # Pasal boxes
    starts = [r["line"] for r in rows]
    limit = max_line or 10 ** 9

    def line_end(k):
        return starts[k + 1] - 1 if k + 1 < len(starts) else limit

    per_row = _findings_per_row(rows, diagnostics, line_end)
    for k, r in enumerate(rows):
        n, worst = per_row[k]
        fill = f' style="fill:{SEV_FILL[worst]}"' if worst in SEV_FILL else ""
        title = r["path"] + (f" · {n} {L['findings']}" if n else "")
        yy = y(k)
        out.append(f'{a_open(r["line"], title)}<rect class="box" x="{BOX_X}" y="{yy - BOX_H / 2}" width="{BOX_W}" '
                   f'height="{BOX_H}" rx="3"{fill}/><text x="{BOX_X + 6}" y="{yy + 4}">{escape(r["label"])}</text>'
                   f'{a_close}')
        if inner.get(k):
            out.append(f'<text class="inner" x="{BOX_X - 4}" y="{yy + 3}" text-anchor="end">({inner[k]})</text>')

    # arcs: the widest first, so the short ones are drawn on top
    def arc_path(a: int, b: int) -> tuple[str, float, float]:
        y1, y2 = y(a), y(b)
        w = 24 + arc_room * (abs(a - b) / span) if span else 24
        x0 = ARC_X + 1
        d = f"M{x0},{y1} C{x0 + w * 1.33:.1f},{y1} {x0 + w * 1.33:.1f},{y2} {x0 + 2},{y2}"
        return d, x0 + w, (y1 + y2) / 2

    for (a, b), p in sorted(pairs.items(), key=lambda kv: -abs(kv[0][0] - kv[0][1])):
        d, _, _ = arc_path(a, b)
        cls = "arc red" if p["red"] else "arc"
        marker = f"{prefix}-arrow-red" if p["red"] else f"{prefix}-arrow"
        sw = f' style="stroke-width:{1.1 + math.log2(p["n"]):.2f}"' if p["n"] > 1 and not p["red"] else ""
        title = f'{rows[a]["label"]} → {rows[b]["label"]}: {", ".join(p["cites"])}'
        if p["n"] > 1:
            title += f' ({p["n"]} {L["refs"]})'
        out.append(f'{a_open(p["line"], title)}<path class="{cls}" d="{d}"{sw} '
                   f'marker-end="url(#{marker})"/>{a_close}')
        if p["red"]:
            _, xm, ym = arc_path(a, b)
            out.append(f'<text class="redt" x="{xm + 4:.1f}" y="{ym + 4:.1f}">✗ {escape(p["cites"][0])}</text>')

    # broken references
    stubs: dict[int, list[str]] = {}
    for m in miss:
        if m["dst"] is not None and m["dst"] != m["src"]:
            d, _, _ = arc_path(m["src"], m["dst"])
            title = f'{rows[m["src"]]["label"]} → {m["cite"]}: {L["missing"]}'
            out.append(f'{a_open(m["line"], title)}<path class="arc red dash" d="{d}" '
                       f'marker-end="url(#{prefix}-arrow-red)"/>{a_close}')
        else:
            stubs.setdefault(m["src"], []).append(m["cite"])
            title = f'{rows[m["src"]]["label"]} → {m["cite"]}: {L["missing"]}'
            yy = y(m["src"])
            x1 = ARC_X + arc_room + 8
            out.append(f'{a_open(m["line"], title)}<path class="arc red dash" d="M{ARC_X + 1},{yy} H{x1}"/>'
                       f'{a_close}')
    for k, cites in stubs.items():
        text = ", ".join(dict.fromkeys(cites))
        if len(text) > 30:
            text = text[:29] + "…"
        out.append(f'<text class="redt" x="{ARC_X + arc_room + 12}" y="{y(k) + 4}">✗ {escape(text)}</text>')
    out.append("</svg>")
    return "\n".join(out) + "\n"


def run_graph_svg(path: str, output: str | None, lang: str = "id") -> int:
    """`lint-perda graph FILE --format svg`: the drawing of the HTML report,
    alone.  Only the two rules that colour it are run."""
    from ..engine import Settings, lint_path
    from ..files import write_atomic
    from .view import reference_graph

    res = lint_path(path, Settings(select=list(RED_CODES), lang=lang))
    doc = getattr(res, "_doc", None)
    if doc is None:
        print(f"{path}: {res.error}", file=sys.stderr)
        return 2
    try:
        text = render_svg(reference_graph(doc), res.diagnostics, lang, standalone=True,
                          max_line=len(res.text.split("\n")) if res.text else None)
    except Exception as e:  # never a traceback for a user's file
        print(f"{path}: graf tidak dapat digambar ({type(e).__name__}: {e})", file=sys.stderr)
        return 2
    if output:
        try:
            write_atomic(output, text)
        except OSError as e:
            print(f"{output}: tidak dapat ditulis: {e.strerror or e}", file=sys.stderr)
            return 2
    else:
        sys.stdout.write(text)
    return 0
