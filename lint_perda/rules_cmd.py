"""`lint-perda rules` and `lint-perda explain CODE`."""
from __future__ import annotations

import json
import sys

from .registry import all_rules, find_rule


def run_rules(fmt: str) -> int:
    rules = all_rules()
    if fmt == "json":
        print(json.dumps([{"code": r.code, "rule": r.slug, "severity": r.severity, "summary": r.summary,
                           "summary_en": r.summary_en, "basis": r.basis} for r in rules],
                         ensure_ascii=False, indent=2))
        return 0
    from rich.console import Console
    from rich.table import Table
    t = Table(title="Aturan lint-perda", show_lines=False)
    for col in ("Kode", "Slug", "Tingkat", "Ringkasan"):
        t.add_column(col)
    for r in rules:
        t.add_row(r.code, r.slug, r.severity, r.summary)
    Console().print(t)
    return 0


def run_explain(key: str) -> int:
    r = find_rule(key)
    if r is None:
        print(f"lint-perda: aturan tidak dikenal: {key} (lihat `lint-perda rules`)", file=sys.stderr)
        return 2
    from rich.console import Console
    from rich.markdown import Markdown
    head = f"# {r.code} {r.slug}\n\n**Tingkat:** {r.severity}  \n**Ringkasan:** {r.summary}\n"
    if r.basis:
        head += f"**Dasar:** {r.basis}\n"
    Console().print(Markdown(head + "\n" + r.doc()))
    return 0
