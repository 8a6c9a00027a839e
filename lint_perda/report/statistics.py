"""`--statistics`: how many findings each rule gave, most first."""
from __future__ import annotations

import json
from collections import Counter


def statistics(results) -> list[dict]:
    counts: Counter = Counter()
    meta = {}
    for r in results:
        for d in r.diagnostics:
            counts[d.code] += 1
            meta[d.code] = (d.rule, d.severity)
    return [{"code": c, "rule": meta[c][0], "severity": meta[c][1], "count": n}
            for c, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]


def render_statistics(results, fmt: str = "concise", **_) -> str:
    rows = statistics(results)
    if fmt == "json":
        return json.dumps(rows, ensure_ascii=False, indent=2) + "\n"
    if not rows:
        return ""
    w = len(str(max(r["count"] for r in rows)))
    ws = max(len(r["rule"]) for r in rows)
    return "".join(f"{r['count']:>{w}}  {r['code']}  {r['rule']:<{ws}}  {r['severity']}\n" for r in rows)
