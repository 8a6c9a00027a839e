"""The two long parts of a file's section in the HTML report: the original
text with every finding highlighted at its span and its note beside the line
where it starts, and the outline (BAB > Bagian > Pasal) with the findings
under the provision that holds them.

The text shown is the file as read (``FileResult.text``), not the normalised
text the parser saw: a reviewer must see the HTML comments, the page headers
and everything else the normaliser dropped, and every character of it is
escaped, so a draft containing ``<script>`` shows it as words.

Ids: ``f{i}-L{n}`` line n of file i, ``m{i}-{k}`` where finding k starts in
the text, ``d{i}-{k}`` its note; ``data-f="{i}-{k}"`` ties marks, notes and
outline entries to a finding for the filters.
"""
from __future__ import annotations

import bisect
from html import escape

RANK = {"info": 0, "warning": 1, "error": 2}
CONTEXT = 3  # lines kept around a finding in the compact view


def worst(sevs) -> str | None:
    return max(sevs, key=lambda s: RANK.get(s, 0), default=None)


def note(i: int, k: int, d, lang: str, L: dict) -> str:
    parts = [f'<div class="note {escape(d.severity)}" id="d{i}-{k}" data-f="{i}-{k}" '
             f'data-sev="{escape(d.severity)}" data-code="{escape(d.code)}">',
             f'<div class="h"><span class="sev {escape(d.severity)}">{escape(d.severity)}</span> '
             f'{escape(d.code)} <span class="slug">{escape(d.rule)}</span></div>',
             f'<div class="m">{escape(d.text(lang))}</div>']
    where = d.full_path or d.path
    if where and where != "dokumen":
        parts.append(f'<div><span class="k">{L["where"]}:</span> {escape(where)}</div>')
    if d.suggestion:
        parts.append(f'<div><span class="k">{L["suggestion"]}:</span> {escape(d.suggestion)}</div>')
    if d.basis:
        parts.append(f'<div><span class="k">{L["basis"]}:</span> {escape(d.basis)}</div>')
    pos = f"{L['line']} {d.line}:{d.column}"
    if d.location:
        pos += f" ({escape(d.location)})"
    parts.append(f'<div class="k">{pos}</div></div>')
    return "".join(parts)


def render_text(i: int, text: str, diagnostics, lang: str, L: dict, labels=None) -> str:
    lines = text.split("\n")
    starts = [0]
    for ln in lines[:-1]:
        starts.append(starts[-1] + len(ln) + 1)
    # per line: (a, b, k) column ranges of the findings covering it
    cover: dict[int, list[tuple[int, int, int]]] = {}
    first: dict[int, list[tuple[int, int]]] = {}   # line -> (column, k) where finding k starts
    notes: dict[int, list[int]] = {}
    total = starts[-1] + len(lines[-1])
    for k, d in enumerate(diagnostics):
        s = min(max(d.start, 0), total)
        e = min(max(d.end, s), total)
        l0 = bisect.bisect_right(starts, s) - 1
        l1 = max(bisect.bisect_right(starts, max(e - 1, s)) - 1, l0)
        for li in range(l0, l1 + 1):
            a = s - starts[li] if li == l0 else 0
            b = min(e - starts[li], len(lines[li])) if li == l1 else len(lines[li])
            cover.setdefault(li, []).append((a, max(a, b), k))
        first.setdefault(l0, []).append((s - starts[l0], k))
        at = d.line - 1 if 0 < d.line <= len(lines) else l0
        notes.setdefault(at, []).append(k)
    near = set()
    for li in set(cover) | set(notes):
        near.update(range(li - CONTEXT, li + CONTEXT + 1))

    out = ['<div class="text">']
    gap = False
    for li, line in enumerate(lines):
        far = li not in near
        if far and not gap:
            out.append('<div class="gap">⋯</div>')
        gap = far
        cls = "ln" + (" far" if far else "") + (" hit" if li in notes else "")
        title = f' title="{escape(labels[li])}"' if labels and li < len(labels) and labels[li] else ""
        body = _highlight(i, line, cover.get(li), first.get(li), diagnostics) if li in cover else escape(line)
        aside = "".join(note(i, k, diagnostics[k], lang, L) for k in notes.get(li, ()))
        aside = f'<div class="notes">{aside}</div>' if aside else ""
        out.append(f'<div class="{cls}" id="f{i}-L{li + 1}"><span class="no"{title}>{li + 1}</span>'
                   f'<span class="tx">{body}</span>{aside}</div>')
    out.append("</div>")
    return "\n".join(out)


def _highlight(i: int, line: str, spans, firsts, diagnostics) -> str:
    """The line cut at every span boundary; each piece covered by findings
    is one <mark> naming them all (spans may overlap without nesting)."""
    cuts = sorted({0, len(line)} | {a for a, _, _ in spans} | {b for _, b, _ in spans})
    anchors: dict[int, list[int]] = {}
    for col, k in firsts or ():
        anchors.setdefault(min(col, len(line)), []).append(k)
    out = []

    def anchor_at(x):
        for k in anchors.pop(x, ()):
            out.append(f'<span class="anc" id="m{i}-{k}"></span>')

    for x, y in zip(cuts, cuts[1:]):
        anchor_at(x)
        ks = [k for a, b, k in spans if a <= x and y <= b and a < b]
        piece = escape(line[x:y])
        if ks:
            sev = worst(diagnostics[k].severity for k in ks)
            out.append(f'<mark class="{sev}" data-f="{" ".join(f"{i}-{k}" for k in ks)}">{piece}</mark>')
        else:
            out.append(piece)
    # findings on an empty range (the end of the line): a marker, not nothing
    for x in sorted(anchors):
        ks = anchors[x]
        anchor_at(x)
        empty = [k for k in ks if not any(a < b and a <= x < b for a, b, kk in spans if kk == k)]
        if empty:
            sev = worst(diagnostics[k].severity for k in empty)
            out.append(f'<mark class="{sev} pt" data-f="{" ".join(f"{i}-{k}" for k in empty)}"></mark>')
    return "".join(out)


# -- the outline -------------------------------------------------------------

def _place(entries, d_start: int):
    """The deepest outline entry whose span holds the offset."""
    for e in entries:
        if e["start"] <= d_start < e["end"]:
            return _place(e["children"], d_start) or e
    return None


def render_outline(i: int, outline: list[dict], diagnostics, lang: str, L: dict) -> str:
    held: dict[int, list[int]] = {}
    loose = []
    for k, d in enumerate(diagnostics):
        e = _place(outline, d.start)
        if e is None:
            loose.append(k)
        else:
            held.setdefault(id(e), []).append(k)
    if loose:
        outline = outline + [{"kind": "other", "label": L["outside"], "title": "", "line": None,
                              "start": -1, "end": -1, "children": []}]
        held[id(outline[-1])] = loose

    def count(e) -> tuple[int, list[str]]:
        ks = held.get(id(e), [])
        n, sevs = len(ks), [diagnostics[k].severity for k in ks]
        for c in e["children"]:
            cn, cs = count(c)
            n += cn
            sevs += cs
        return n, sevs

    def item(e, depth: int) -> str:
        n, sevs = count(e)
        w = f" {worst(sevs)}" if sevs else ""
        title = f' <span class="t">{escape(e["title"])}</span>' if e.get("title") else ""
        name = f'{escape(e["label"])}{title}'
        link = f'<a href="#f{i}-L{e["line"]}">{name}</a>' if e.get("line") else name
        head = f'{link}<span class="cnt{w}">{n or ""}</span>'
        inner = "".join(item(c, depth + 1) for c in e["children"])
        for k in held.get(id(e), []):
            d = diagnostics[k]
            msg = d.text(lang)
            short = msg if len(msg) <= 90 else msg[:89] + "…"
            inner += (f'<li class="of {escape(d.severity)}" data-f="{i}-{k}" data-sev="{escape(d.severity)}" '
                      f'data-code="{escape(d.code)}"><a href="#m{i}-{k}" title="{escape(msg)}">'
                      f'<b>{escape(d.code)}</b> {escape(short)}</a></li>')
        if not inner:
            return f'<li data-node>{head}</li>'
        opened = " open" if n or (depth == 0 and e["kind"] == "bab") else ""
        return f'<li data-node><details{opened}><summary>{head}</summary><ul>{inner}</ul></details></li>'

    body = "".join(item(e, 0) for e in outline)
    return f'<nav class="outline" aria-label="{escape(L["outline"])}"><b>{escape(L["outline"])}</b><ul>{body}</ul></nav>'
