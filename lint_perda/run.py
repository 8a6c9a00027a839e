"""`lint-perda check`: collect files, find their configuration, lint them
(serially or in a process pool, always reported in the same order), apply the
baseline, render the report, choose the exit code.

Exit codes (design.md): 0 nothing at or above --fail-on; 1 findings; 2 usage
or configuration error, or a file that could not be read (the other files are
still linted, and each unreadable file gets one line on standard error).
"""
from __future__ import annotations

import os
import sys
import time

from .diagnostics import SEVERITY_RANK
from .engine import FileResult
from .lintpool import KEEP_VIEW, lint_all
from .runsettings import SettingsFactory, split_option


def _err(msg: str) -> None:
    sys.stderr.write(f"lint-perda: {msg}\n")


def exit_code(results: list[FileResult], fail_on: str) -> int:
    if any(r.error for r in results):
        return 2
    floor = SEVERITY_RANK[fail_on]
    if any(SEVERITY_RANK.get(d.severity, 0) >= floor for r in results for d in r.diagnostics):
        return 1
    return 0


def _note_missing_dictionary(results: list[FileResult]) -> None:
    """Once per run: the spelling rules had no dictionary (the JSON says it
    per file in document.checked and checked_reasons)."""
    from .dictionary import MISSING_REASON
    for r in results:
        if any(MISSING_REASON in x for x in (r.document or {}).get("checked_reasons") or []):
            _err(f"LP701/LP702 tidak berjalan: {MISSING_REASON}")
            return


# -- the command -----------------------------------------------------------------

def _color(opt: str, to_file: bool) -> bool:
    if opt == "always":
        return True
    if opt == "never" or to_file:
        return False
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return sys.stdout.isatty()


def run_check(paths: list[str], opts: dict) -> int:
    t0 = time.perf_counter()
    from .config import ConfigError
    from .configfiles import ConfigResolver
    from .files import collect

    # selectors given on the command line must name rules that exist
    from .registry import unknown_selectors
    for key, flag in (("select", "--select"), ("extend_select", "--extend-select"), ("ignore", "--ignore")):
        bad = unknown_selectors(split_option(opts.get(key)) or [])
        if bad:
            _err(f'{flag}: aturan tidak dikenal "{bad[0]}" (lihat `lint-perda rules`)')
            return 2
    if opts.get("baseline") and opts.get("write_baseline"):
        _err("--baseline dan --write-baseline tidak dapat dipakai bersama")
        return 2

    try:
        resolver = ConfigResolver(opts.get("config_path"), isolated=bool(opts.get("isolated")))
        files = collect(list(paths), tuple(opts.get("include") or ()), tuple(opts.get("exclude") or ()),
                        skip=lambda f: resolver.for_file(f).excludes(f))
        if not files:
            _err("tidak ada berkas untuk diperiksa (.txt .md .docx .pdf)")
            return 2
        stdin_name = opts.get("stdin_filename")
        first = stdin_name if (files[0] == "-" and stdin_name) else files[0]
        glob_cfg = resolver.for_dir(os.getcwd())
        if glob_cfg.path is None:
            glob_cfg = resolver.for_file(first)
        lang = opts.get("lang") or glob_cfg.lang or "id"
        fail_on = opts.get("fail_on") or glob_cfg.fail_on or "warning"
        factory = SettingsFactory(opts, lang)
        fmt = opts.get("fmt") or ("full" if (sys.stdout.isatty() and not opts.get("output")) else "concise")
        keep_text = KEEP_VIEW if fmt == "html" else (fmt == "full" and not opts.get("statistics"))
        tasks = []
        for f in files:
            cfg_path = stdin_name if (f == "-" and stdin_name) else f
            tasks.append((f, factory.index_for(resolver.for_file(cfg_path), cfg_path), keep_text))
        extra = list(opts.get("base") or ())
        missing = [b for b in extra if not os.path.isfile(b)]
        if missing:
            _err(f"--base {missing[0]}: berkas tidak ditemukan")
            return 2
        named = list(extra)
        for d in glob_cfg.bases:
            extra.extend(collect([d]) if os.path.isdir(d) else [d])
        from .pairing import pair_files
        # one base named with --base is the base of the run's amendments even
        # when they cite it with another number (LP616 reports that)
        pairing = pair_files(files, extra, forced=named[0] if len(named) == 1 else None)
        tasks = [(f, si, keep, pairing.bases_for(f)) for f, si, keep in tasks]
    except ConfigError as e:
        _err(f"konfigurasi tidak sah: {e}")
        return 2

    jobs = opts.get("jobs")
    if jobs is None or jobs <= 0:   # by default, and with "--jobs 0": one per CPU (as ruff)
        jobs = os.cpu_count() or 1
    show_progress = (not opts.get("no_progress") and len(files) > 1 and sys.stderr.isatty()
                     and not os.environ.get("CI"))
    cache = None
    if not opts.get("no_cache"):
        from .cache import open_cache
        cache = open_cache(glob_cfg.cache_dir)
    results = lint_all(tasks, factory.all, jobs, progress=show_progress, stdin_name=stdin_name, cache=cache)

    for r in results:
        if r.error:
            _err(f"{r.path}: {r.error}")
    _note_missing_dictionary(results)

    if opts.get("write_baseline"):
        from .baseline import write_baseline
        try:
            n = write_baseline(opts["write_baseline"], results)
        except OSError as e:
            _err(f"{opts['write_baseline']}: tidak dapat ditulis: {e.strerror or e}")
            return 2
        _err(f"{n} temuan dicatat di baseline {opts['write_baseline']}")
        return 2 if any(r.error for r in results) else 0

    baseline = None
    if opts.get("baseline"):
        from .baseline import Baseline, BaselineError
        try:
            baseline = Baseline(opts["baseline"])
        except BaselineError as e:
            _err(str(e))
            return 2
        baseline.apply(results)
        sys.stderr.write(baseline.stale_report())

    from .report import render
    to_file = bool(opts.get("output"))
    color = _color(opts.get("color") or "auto", to_file) if fmt == "full" else False
    width = 100
    if fmt == "full" and not to_file and sys.stdout.isatty():
        import shutil
        width = max(60, shutil.get_terminal_size((100, 24)).columns)
    text = render(fmt, results, lang, seconds=time.perf_counter() - t0,
                  statistics=bool(opts.get("statistics")), color=color, width=width,
                  fail_on=fail_on, baseline=baseline.summary() if baseline else None)
    code = exit_code(results, fail_on)
    if to_file:
        from .files import write_atomic
        try:
            write_atomic(opts["output"], text)
        except OSError as e:
            _err(f"{opts['output']}: tidak dapat ditulis: {e.strerror or e}")
            return 2
    else:
        try:
            sys.stdout.write(text)
            sys.stdout.flush()
        except BrokenPipeError:  # `lint-perda check ... | head`
            try:
                sys.stdout = open(os.devnull, "w")
            except OSError:
                pass
    return code
