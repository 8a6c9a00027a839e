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
    return _build(doc)[0]


def _build(doc, prefix: str = ""):
    """The graph of one document and the id of each of its nodes."""
    import networkx as nx

    g = nx.DiGraph()
    ids: dict[int, str] = {}
    src = doc.source.text

    def line_of(off: int) -> int:
        return src.count("\n", 0, off) + 1

    def add(n: Node, parent_id: str | None):
        if n.kind in _SKIP:
            return
        nid = f"{prefix}n{len(ids)}"
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
    return g, ids


def build_multi_graph(docs: list[tuple[str, object]]):
    """Several documents in one graph: a node per document (kind "document")
    holding its structure, and for each amendment checked against its base
    "mengubah" edges from each instruction to the provisions it changes in
    the base (or in the earlier amendment that wrote them)."""
    import networkx as nx

    g = nx.DiGraph()
    ids_of: dict[int, str] = {}
    for k, (path, doc) in enumerate(docs):
        sub, ids = _build(doc, prefix=f"d{k}.")
        g.update(sub)
        root = ids.get(id(doc.root))
        ident = doc.identity
        g.nodes[root].update(kind="document", label=path, path=path, jenis=ident.jenis or "", nomor=ident.nomor or "",
                             tahun=ident.tahun or "")
        ids_of.update(ids)
    by_path = {p: d for p, d in docs}
    for path, doc in docs:
        res = doc.base_result if doc.amendment is not None else None
        if res is None:
            continue
        base = by_path.get(res.base_path)
        if base is not None and id(base.root) in ids_of and id(doc.root) in ids_of:
            g.add_edge(ids_of[id(doc.root)], ids_of[id(base.root)], kind="mengubah")
        for ins in doc.amendment.instructions:
            oc = res.outcomes.get(id(ins.node))
            src = ids_of.get(id(ins.node))
            if oc is None or src is None:
                continue
            for loc, node in oc.found:
                dst = ids_of.get(id(node))
                if dst is not None:
                    g.add_edge(src, dst, kind="mengubah", action=ins.action, text=loc.cite,
                               status=oc.status, number=str(ins.number or ""))
    return g


def to_dot(g) -> str:
    def q(s) -> str:
        return '"' + str(s).replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ") + '"'

    out = ["digraph regulation {", "  rankdir=LR;", "  node [shape=box, fontname=Helvetica];"]
    for n, d in g.nodes(data=True):
        out.append(f"  {q(n)} [label={q(d.get('label', n))}, tooltip={q(d.get('full_path', ''))}];")
    for a, b, d in g.edges(data=True):
        if d.get("kind") == "refers":
            out.append(f"  {q(a)} -> {q(b)} [color=red, constraint=false, label={q(d.get('text', ''))}];")
        elif d.get("kind") == "mengubah":
            out.append(f"  {q(a)} -> {q(b)} [color=blue, style=bold, constraint=false, "
                       f"label={q(d.get('text', 'mengubah'))}];")
        else:
            out.append(f"  {q(a)} -> {q(b)} [color=gray];")
    out.append("}")
    return "\n".join(out) + "\n"


def to_graphml(g) -> str:
    import networkx as nx
    return "\n".join(nx.generate_graphml(g)) + "\n"


def to_json(g) -> str:
    import networkx as nx
    data = nx.node_link_data(g, edges="edges")
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def run_graph(paths, fmt: str, output: str | None) -> int:
    """One file: its structure and references.  Several: one graph with a
    node per document and "mengubah" edges from each amendment's
    instructions to the provisions they change in its base."""
    from .document import Document
    from .files import write_atomic
    from .sources import SourceError, read_source

    if isinstance(paths, str):
        paths = [paths]
    docs = []
    for path in paths:
        try:
            docs.append((path, Document(read_source(path))))
        except SourceError as e:
            print(f"{path}: {e}", file=sys.stderr)
            return 2
        except Exception as e:  # never a traceback for a user's file
            print(f"{path}: tidak dapat dibaca ({type(e).__name__}: {e})", file=sys.stderr)
            return 2
    if len(docs) == 1:
        g = build_graph(docs[0][1])
    else:
        from .pairing import pair_files
        pairing = pair_files([p for p, _ in docs])
        by_path = {p: d for p, d in docs}
        for p, d in docs:
            chain = pairing.bases_for(p)
            d.bases = [(b, by_path[b]) for b in chain if b in by_path]
        g = build_multi_graph(docs)
    text = {"dot": to_dot, "graphml": to_graphml, "json": to_json}[fmt](g)
    if output:
        write_atomic(output, text)
    else:
        sys.stdout.write(text)
    return 0
