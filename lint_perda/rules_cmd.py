"""`lint-perda rules` and `lint-perda explain CODE`."""
from __future__ import annotations

import json
import sys

from .registry import all_rules, find_rule


def run_rules(fmt: str) -> int:
    rules = all_rules()
    if fmt == "json":
        print(json.dumps([{"code": r.code, "rule": r.slug, "severity": r.severity, "summary": r.summary,
                           "summary_en": r.summary_en, "basis": r.basis,
                           "fix": list(r.fixes), "options": _jsonable(r.options)} for r in rules],
                         ensure_ascii=False, indent=2))
        return 0
    from rich.console import Console
    from rich.table import Table
    t = Table(title="Aturan lint-perda", show_lines=False)
    for col in ("Kode", "Slug", "Tingkat", "Perbaikan", "Ringkasan"):
        t.add_column(col)
    for r in rules:
        t.add_row(r.code, r.slug, r.severity, fix_label(r), r.summary)
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
    if r.fixes:
        head += f"**Perbaikan (`lint-perda fix`):** {fix_label(r, long=True)}\n"
    body = head + "\n" + r.doc() + _options_md(r)
    if not sys.stdout.isatty():
        sys.stdout.write(body + "\n")  # plain markdown when piped (docs, grep)
        return 0
    Console().print(Markdown(body))
    return 0


_FIX_WORDS = {"safe": "aman", "unsafe": "tidak aman (--unsafe-fixes)", "display": "usulan saja (tidak diterapkan)"}


def fix_label(r, long: bool = False) -> str:
    """The fixes a rule offers: "safe, unsafe" in the table, in words for explain."""
    if not r.fixes:
        return "" if long else "-"
    return ", ".join(_FIX_WORDS[f] for f in r.fixes) if long else ", ".join(r.fixes)


def _jsonable(v):
    if isinstance(v, dict):
        return {k: _jsonable(x) for k, x in v.items()}
    if isinstance(v, (set, frozenset, tuple)):
        return sorted(v) if isinstance(v, (set, frozenset)) else list(v)
    return v


def _options_md(r) -> str:
    """The rule's options and how to set them in pyproject.toml."""
    if not r.options:
        return ""
    import json as _json
    lines = ["", "", "## Opsi", "", "Diatur di `pyproject.toml` (bawaan di bawah):", "", "```toml",
             f"[tool.lint-perda.rules.{r.code}]"]
    for k, v in r.options.items():
        lines.append(f"{k.replace('_', '-')} = {_json.dumps(_jsonable(v), ensure_ascii=False)}")
    lines.append("```")
    return "\n".join(lines)
