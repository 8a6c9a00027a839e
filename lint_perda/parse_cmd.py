"""`lint-perda parse FILE`: the tree as rich shows it, or the AST as JSON."""
from __future__ import annotations

import json
import sys

from .sources import SourceError, read_source


def run_parse(path: str, fmt: str, depth: int | None) -> int:
    try:
        source = read_source(path)
    except SourceError as e:
        print(f"{path}: {e}", file=sys.stderr)
        return 2
    from .document import Document
    doc = Document(source)
    if fmt == "json":
        out = {"path": path, "document": doc.summary(with_references=False),
               "ast": doc.root.to_dict(source)}
        sys.stdout.write(json.dumps(out, ensure_ascii=False, indent=1) + "\n")
        return 0
    from rich.console import Console
    from rich.markup import escape
    from rich.tree import Tree

    def label(n) -> str:
        line, _ = source.locate(n.start)
        head = f"[bold]{escape(n.label)}[/bold]"
        if n.title:
            head += f"  {escape(n.title[:70])}"
        elif n.paras and n.kind not in ("front", "closing", "penjelasan", "lampiran"):
            t = n.paras[0].text
            head += f"  [dim]{escape(t[:70])}{'…' if len(t) > 70 else ''}[/dim]"
        if n.quoted:
            head += " [magenta](kutipan)[/magenta]"
        return f"{head} [cyan]:{line}[/cyan]"

    ident = doc.identity
    title = ident.name() or path
    tree = Tree(f"[bold]{escape(title)}[/bold] [dim](cakupan {doc.parsed.coverage:.1%})[/dim]")

    def add(t, n, d):
        if depth is not None and d >= depth:
            return
        for c in n.children:
            if c.kind == "text":
                continue
            add(t.add(label(c)), c, d + 1)

    add(tree, doc.root, 0)
    console = Console(highlight=False)
    console.print(tree)
    am = doc.amendment
    if am is not None:
        _print_amendment(console, am, source)
    return 0


def _print_amendment(console, am, source) -> None:
    from rich.markup import escape
    from rich.table import Table
    a = am.amends
    what = a.name() if a else "(tidak terbaca)"
    ordinal = "" if am.ordinal == 1 else f" (perubahan ke-{am.ordinal})"
    console.print(f"\n[bold]Perubahan atas[/bold] {escape(what)}{ordinal}"
                  + (f"\n  peraturan dasar: {escape(am.base)}" if am.base else ""))
    t = Table("angka", "tindakan", "sasaran", "disisipkan/ditambahkan", "baris", "status", box=None)
    for ins in am.instructions:
        line, _ = source.locate(ins.node.start)
        t.add_row(str(ins.number if ins.number is not None else "-"), ins.action, escape(ins.target or "?"),
                  escape(", ".join(x.cite for x in ins.inserted)), str(line), ins.status)
    console.print(t)
