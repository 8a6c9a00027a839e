"""What the HTML report and the SVG graph need of a Document, as plain data.

The Document does not cross processes (``lintpool.lint_one`` drops it before a
worker returns its FileResult), but the report needs the outline and the
reference graph.  Re-parsing every file in the parent would undo ``--jobs``
(parsing is most of the cost of a file), so the worker computes this small
summary instead, only when the html format is asked for: lists, dicts, str
and int, cheap to pickle (a few KB for a 90-Pasal regulation).

Nothing here judges a reference.  Which arcs are drawn red is decided when
the report is rendered, from the final findings (LP201, LP202) after inline
suppressions and the baseline, so the graph never shows a fault the text
part of the report does not.
"""
from __future__ import annotations

# the outline goes down to Pasal (and the parts of the Pembukaan); ayat and
# list items would make it as long as the text
_OUTLINE = {"front", "menimbang", "mengingat", "menetapkan", "bab", "bagian", "paragraf", "pasal",
            "closing", "penjelasan", "pj_pasal", "lampiran"}
_PARTS = {"front", "body", "closing", "penjelasan", "lampiran"}


def _own_pasal(n):
    """The body Pasal a node belongs to; a Pasal quoted inside an amendment
    instruction belongs to the amending Pasal (Pasal I) around it."""
    p = n.nearest("pasal")
    while p is not None and p.quoted:
        p = p.parent.nearest("pasal") if p.parent is not None else None
    if p is not None and p.nearest("body") is None:
        return None
    return p


def _outline(n, locate) -> dict:
    kids = [c for c in n.children if c.kind in _OUTLINE and not c.quoted]
    title = " ".join((n.title or "").split())
    return {"kind": n.kind, "label": n.label, "title": title[:120], "line": locate(n.start)[0],
            "start": n.start, "end": max(n.end, n.start + 1),
            "children": [_outline(c, locate) for c in kids if c.kind != "body"]}


def outline(doc) -> list[dict]:
    """Pembukaan, BAB > Bagian > Paragraf > Pasal, Penutup, Penjelasan and
    Lampiran, each with its first line and its span in the original text."""
    locate = doc.source.locate
    out = []
    for part in doc.root.children:
        if part.kind == "body":
            out.extend(_outline(c, locate) for c in part.children if c.kind in _OUTLINE and not c.quoted)
        elif part.kind in _PARTS:
            out.append(_outline(part, locate))
    return [o for o in out if o["end"] > o["start"] + 1 or o["children"]]


def reference_graph(doc) -> dict:
    """The networkx graph (lint_perda/graph.py) folded to the body's Pasal:
    rows in document order, grouped by BAB; ``arcs`` are the resolved
    references between two Pasal; ``inner`` counts those inside one Pasal;
    ``missing`` are the targets the resolver did not find (drawn only where
    LP201 reports them)."""
    g = doc.graph
    locate = doc.source.locate
    parent = {b: a for a, b, d in g.edges(data=True) if d.get("kind") == "contains"}
    order = sorted(g.nodes, key=lambda n: int(n[1:]))
    in_body = {}

    def under_body(n):
        if n not in in_body:
            p = parent.get(n)
            in_body[n] = p is not None and (g.nodes[p]["kind"] == "body" or under_body(p))
        return in_body[n]

    titles = {locate(n.start)[0]: " ".join((n.title or "").split()) for n in doc.nodes("bab")}
    rows, groups, row_of, row_by_line = [], [], {}, {}
    group_of_bab: dict[str, int] = {}
    for n in order:
        d = g.nodes[n]
        if d["kind"] != "pasal" or d.get("quoted") or not under_body(n):
            continue
        bab = parent.get(n)
        while bab is not None and g.nodes[bab]["kind"] != "bab":
            bab = parent.get(bab)
        gi = None
        if bab is not None:
            if bab not in group_of_bab:
                group_of_bab[bab] = len(groups)
                groups.append({"label": g.nodes[bab]["label"], "line": g.nodes[bab]["line"],
                               "title": titles.get(g.nodes[bab]["line"], ""), "first": len(rows)})
            gi = group_of_bab[bab]
            groups[gi]["last"] = len(rows)
        row_of[n] = row_by_line[d["line"]] = len(rows)
        rows.append({"label": d["label"], "line": d["line"], "group": gi, "path": d["full_path"]})

    def row(n):
        while n is not None and n not in row_of:
            if g.nodes[n]["kind"] == "pasal" and not g.nodes[n].get("quoted"):
                return None
            n = parent.get(n)
        return row_of.get(n) if n is not None else None

    arcs, inner = [], {}
    for a, b, d in g.edges(data=True):
        if d.get("kind") != "refers":
            continue
        ra, rb = row(a), row(b)
        if ra is None or rb is None:
            continue  # from Menimbang, Penjelasan or a Lampiran: not part of the Pasal drawing
        if ra == rb:
            inner[ra] = inner.get(ra, 0) + 1
            continue
        arcs.append({"src": ra, "dst": rb, "start": d["start"], "end": d["end"], "line": d["line"],
                     "cite": d.get("text", ""), "status": d.get("status", "ok")})

    missing = []
    for r in doc.references:
        if not r.internal:
            continue
        for t in r.all_targets():
            if t.status != "missing" or t.chain[0][0] == "lampiran":
                continue
            src = _own_pasal(r.node)
            if src is None:
                continue
            ra = row_by_line.get(locate(src.start)[0])
            if ra is None:
                continue
            rb = None
            if t.chain[0][0] == "pasal" and t.missing_at > 0:
                found = doc.pasal_index.get(t.chain[0][1])
                if found:
                    rb = row_by_line.get(locate(found[0].start)[0])
            s, e = r.node.orig_span(t.i, t.j)
            missing.append({"src": ra, "dst": rb, "start": s, "end": e, "line": locate(s)[0], "cite": t.cite})
    arcs.sort(key=lambda x: (x["src"], x["dst"], x["start"]))
    return {"rows": rows, "groups": groups, "arcs": arcs, "inner": inner, "missing": missing}


def collect_view(doc) -> dict:
    """Everything the HTML report draws from the Document."""
    return {"outline": outline(doc), "graph": reference_graph(doc),
            "technique": bool(doc.technique_applies)}
