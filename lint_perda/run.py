"""`lint-perda check`: collect files, lint them, report, choose the exit code."""
from __future__ import annotations

import sys
import time

from .diagnostics import SEVERITY_RANK
from .engine import FileResult, Settings, lint_path


def _split(v: str | None) -> list[str] | None:
    if v is None:
        return None
    return [x.strip() for x in v.split(",") if x.strip()]


def build_settings(opts: dict) -> Settings:
    s = Settings()
    if opts.get("select") is not None:
        s.select = _split(opts["select"])
    if opts.get("ignore"):
        s.ignore = _split(opts["ignore"]) or []
    if opts.get("extend_select"):
        s.extend_select = _split(opts["extend_select"]) or []
    if opts.get("lang"):
        s.lang = opts["lang"]
    return s


def exit_code(results: list[FileResult], fail_on: str) -> int:
    if any(r.error for r in results):
        return 2
    floor = SEVERITY_RANK[fail_on]
    if any(SEVERITY_RANK.get(d.severity, 0) >= floor for r in results for d in r.diagnostics):
        return 1
    return 0


def run_check(paths: list[str], opts: dict) -> int:
    from .files import collect

    t0 = time.perf_counter()
    settings = build_settings(opts)
    files = collect(paths, tuple(opts.get("include") or ()), tuple(opts.get("exclude") or ()))
    if not files:
        print("lint-perda: tidak ada berkas untuk diperiksa", file=sys.stderr)
        return 2
    results = [lint_path(f, settings) for f in files]
    fmt = opts.get("fmt") or ("full" if sys.stdout.isatty() else "concise")
    from .report import render
    text = render(fmt, results, settings.lang, seconds=time.perf_counter() - t0,
                  statistics=opts.get("statistics"))
    sys.stdout.write(text)
    return exit_code(results, opts.get("fail_on") or "warning")
