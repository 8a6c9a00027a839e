"""The JSON contract of design.md."""
from __future__ import annotations

import json
from collections import Counter

from .. import __version__


def render_json(results, lang: str = "id", seconds: float = 0.0, **_) -> str:
    by_rule = Counter(d.code for r in results for d in r.diagnostics)
    out = {
        "version": __version__,
        "files": [r.to_json(lang) for r in results],
        "summary": {"files": len(results), "diagnostics": sum(by_rule.values()),
                    "by_rule": dict(sorted(by_rule.items())), "seconds": round(seconds, 3),
                    "errors": sum(1 for r in results if r.error)},
    }
    return json.dumps(out, ensure_ascii=False, indent=2) + "\n"
