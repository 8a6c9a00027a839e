"""The JSON contract of design.md.  Fields may be added; none of the ones
there may be renamed.  Added here: summary.errors (unreadable files),
summary.by_severity, summary.suppressed (inline comments and baseline),
summary.baseline (when --baseline is used: its file, how many findings it hid,
its stale entries), summary.cached (results taken from the cache of earlier
runs), and per diagnostic full_path, location and fingerprint."""
from __future__ import annotations

import json
from collections import Counter

from .. import __version__


def render_json(results, lang: str = "id", seconds: float = 0.0, baseline: dict | None = None, **_) -> str:
    by_rule = Counter(d.code for r in results for d in r.diagnostics)
    by_sev = Counter(d.severity for r in results for d in r.diagnostics)
    summary = {"files": len(results), "diagnostics": sum(by_rule.values()),
               "by_rule": dict(sorted(by_rule.items())), "seconds": round(seconds, 3),
               "errors": sum(1 for r in results if r.error),
               "by_severity": {s: by_sev[s] for s in ("error", "warning", "info") if by_sev[s]},
               "suppressed": sum(getattr(r, "suppressed", 0) for r in results),
               "cached": sum(1 for r in results if getattr(r, "cached", False))}
    if baseline is not None:
        summary["baseline"] = baseline
    out = {"version": __version__, "files": [r.to_json(lang) for r in results], "summary": summary}
    return json.dumps(out, ensure_ascii=False, indent=2) + "\n"
