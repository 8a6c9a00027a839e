"""lint-perda graph: containment and reference edges; DOT that Graphviz
renders, GraphML that networkx reads back, JSON node-link data."""
from __future__ import annotations

import json
import shutil
import subprocess

import networkx as nx
import pytest

from clitools import invoke, write

DRAFT = """PERATURAN BUPATI SUKAMAJU
NOMOR 3 TAHUN 2024
TENTANG
PENGELOLAAN PASAR

Pasal 1
(1) Pasar dikelola oleh Dinas.
(2) Pengelolaan sebagaimana dimaksud pada ayat (1) meliputi:
a. penataan "los" pedagang; dan
b. pemungutan retribusi.

Pasal 2
Retribusi sebagaimana dimaksud dalam Pasal 1 ayat (2) huruf b dan huruf a disetor ke kas daerah.
"""


def _refs(g):
    return sorted((g.nodes[a]["path"], g.nodes[b]["path"], d["line"])
                  for a, b, d in g.edges(data=True) if d["kind"] == "refers")


def test_graphml_loads_back_with_every_reference(tmp_path):
    write(tmp_path, "pasar.txt", DRAFT)
    r = invoke(["graph", "pasar.txt", "--format", "graphml", "-o", "pasar.graphml"], cwd=tmp_path)
    assert r.exit_code == 0, r.output
    g = nx.read_graphml(tmp_path / "pasar.graphml")
    assert _refs(g) == [("Pasal 1 ayat (2)", "Pasal 1 ayat (1)", 8),
                        ("Pasal 2", "Pasal 1 ayat (2) huruf a", 13),
                        ("Pasal 2", "Pasal 1 ayat (2) huruf b", 13)]
    contains = [(g.nodes[a]["path"], g.nodes[b]["path"]) for a, b, d in g.edges(data=True) if d["kind"] == "contains"]
    assert ("Pasal 1", "Pasal 1 ayat (2)") in contains
    assert nx.is_tree(nx.DiGraph([(a, b) for a, b, d in g.edges(data=True) if d["kind"] == "contains"]).to_undirected())


def test_json_is_node_link_data(tmp_path):
    write(tmp_path, "pasar.txt", DRAFT)
    r = invoke(["graph", "pasar.txt", "--format", "json"], cwd=tmp_path)
    assert r.exit_code == 0
    g = nx.node_link_graph(json.loads(r.stdout), edges="edges")
    assert len(_refs(g)) == 3


@pytest.mark.skipif(shutil.which("dot") is None, reason="Graphviz `dot` not installed (CI installs it)")
def test_dot_renders_with_graphviz(tmp_path):
    write(tmp_path, "pasar.txt", DRAFT)
    r = invoke(["graph", "pasar.txt", "--format", "dot", "-o", "pasar.dot"], cwd=tmp_path)
    assert r.exit_code == 0
    out = subprocess.run(["dot", "-Tsvg", str(tmp_path / "pasar.dot")], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert "<svg" in out.stdout and "Pasal 1" in out.stdout


def test_unreadable_file_is_one_line_and_exit_2(tmp_path):
    r = invoke(["graph", "hilang.txt"], cwd=tmp_path)
    assert r.exit_code == 2
    assert len(r.stderr.strip().splitlines()) == 1 and "hilang.txt" in r.stderr
