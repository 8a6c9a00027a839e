"""The provision graph: a networkx DiGraph with a node per provision
(document, parts, BAB, Bagian, Paragraf, Pasal, ayat, list items, Lampiran),
``contains`` edges for the structure and ``refers`` edges for every resolved
internal reference, each carrying where in the source it was written.

Node ids are stable strings ("n0", "n1", ... in document order) because
structural paths are not unique in a faulty draft (two "Pasal 17").  All
attributes are str or int so GraphML can hold them.

DOT is written here rather than through networkx.nx_pydot / nx_agraph:
those need pydot or pygraphviz (and the Graphviz C headers) only to print a
text format that is a dozen lines to write.
"""
from __future__ import annotations

import json
import sys

from .ast import Node

_SKIP = {"text", "list", "sublist"}


def build_graph(doc):
    import networkx as nx

    g = nx.DiGraph()
    ids: dict[int, str] = {}
    src = doc.source.text

    def line_of(off: int) -> int:
        return src.count("\n", 0, off) + 1

    def add(n: Node, parent_id: str | None):
        if n.kind in _SKIP:
            return
        nid = f"n{len(ids)}"
        ids[id(n)] = nid
        g.add_node(nid, kind=n.kind, label=n.label, path=n.path, full_path=n.full_path,
                   num=n.num or "", line=line_of(n.start), quoted=int(n.quoted))
        if parent_id is not None:
            g.add_edge(parent_id, nid, kind="contains")
        for c in n.children:
            add(c, nid)

    add(doc.root, None)
    for r in doc.references:
        if not r.internal or r.node.kind in _SKIP or id(r.node) not in ids:
            continue
        a, _ = r.node.orig_span(r.i, r.j)
        for t in r.all_targets():
            if t.status not in ("ok", "ambiguous"):
                continue
            for target in t.nodes:
                if id(target) not in ids:
                    continue
                s, e = r.node.orig_span(t.i, t.j)
                g.add_edge(ids[id(r.node)], ids[id(target)], kind="refers", text=t.cite,
                           written=r.node.text[t.i:t.j], intro=r.intro, status=t.status,
                           start=s, end=e, line=line_of(s))
    return g


def to_dot(g) -> str:
    def q(s) -> str:
        return '"' + str(s).replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ") + '"'

    out = ["digraph regulation {", "  rankdir=LR;", "  node [shape=box, fontname=Helvetica];"]
    for n, d in g.nodes(data=True):
        out.append(f"  {n} [label={q(d.get('label', n))}, tooltip={q(d.get('full_path', ''))}];")
    for a, b, d in g.edges(data=True):
        if d.get("kind") == "refers":
            out.append(f"  {a} -> {b} [color=red, constraint=false, label={q(d.get('text', ''))}];")
        else:
            out.append(f"  {a} -> {b} [color=gray];")
    out.append("}")
    return "\n".join(out) + "\n"


def to_graphml(g) -> str:
    import networkx as nx
    return "\n".join(nx.generate_graphml(g)) + "\n"


def to_json(g) -> str:
    import networkx as nx
    data = nx.node_link_data(g, edges="edges")
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def run_graph(path: str, fmt: str, output: str | None) -> int:
    from .document import Document
    from .files import write_atomic
    from .sources import SourceError, read_source

    try:
        doc = Document(read_source(path))
        g = build_graph(doc)
    except SourceError as e:
        print(f"{path}: {e}", file=sys.stderr)
        return 2
    except Exception as e:  # never a traceback for a user's file
        print(f"{path}: tidak dapat dibaca ({type(e).__name__}: {e})", file=sys.stderr)
        return 2
    text = {"dot": to_dot, "graphml": to_graphml, "json": to_json}[fmt](g)
    if output:
        write_atomic(output, text)
    else:
        sys.stdout.write(text)
    return 0
