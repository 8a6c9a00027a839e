"""Regenerate the README's rule table and output excerpt from the tool itself,
so the README never shows a rule or an output that does not exist.

    python scripts/update_readme.py          # rewrite README.md
    python scripts/update_readme.py --check  # exit 1 when README.md is stale (tests/test_docs.py)
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
EXAMPLE = "examples/perda-retribusi-salah.txt"
EXCERPT_FINDINGS = 3


def _run(*args: str) -> str:
    r = subprocess.run([sys.executable, "-m", "lint_perda", *args], cwd=ROOT, capture_output=True, text=True,
                       env={"NO_COLOR": "1", "COLUMNS": "100", "PATH": "/usr/bin:/bin"})
    return r.stdout


def rules_table() -> str:
    rules = json.loads(_run("rules", "--format", "json"))
    rows = ["| code | slug | severity | fix | what it reports |", "|---|---|---|---|---|"]
    for r in rules:
        fix = ", ".join(r.get("fix") or []) or "-"
        rows.append(f"| `{r['code']}` | `{r['rule']}` | {r['severity']} | {fix} | {r['summary_en']} |")
    return "\n".join(rows)


def excerpt() -> str:
    out = _run("check", EXAMPLE, "--format", "full", "--color", "never", "--no-progress", "--no-cache")
    blocks = out.split("\n\n")
    return ("The first findings on `" + EXAMPLE + "` (the `full` format):\n\n```\n"
            + "\n\n".join(blocks[:EXCERPT_FINDINGS]).rstrip() + "\n…\n```")


def render(text: str) -> str:
    for name, body in (("RULES", rules_table()), ("EXCERPT", excerpt())):
        pat = re.compile(rf"<!-- {name} -->.*?<!-- /{name} -->|<!-- {name} -->", re.DOTALL)
        text = pat.sub(lambda m: f"<!-- {name} -->\n{body}\n<!-- /{name} -->", text, count=1)
    return text


def main() -> int:
    old = README.read_text(encoding="utf-8")
    new = render(old)
    if "--check" in sys.argv:
        return 0 if new == old else 1
    README.write_text(new, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
