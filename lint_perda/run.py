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
from .engine import FileResult, Settings


def _split(v) -> list[str] | None:
    if v is None:
        return None
    if isinstance(v, (list, tuple)):
        v = ",".join(v)
    return [x.strip() for x in v.split(",") if x.strip()]


def _err(msg: str) -> None:
    sys.stderr.write(f"lint-perda: {msg}\n")


def exit_code(results: list[FileResult], fail_on: str) -> int:
    if any(r.error for r in results):
        return 2
    floor = SEVERITY_RANK[fail_on]
    if any(SEVERITY_RANK.get(d.severity, 0) >= floor for r in results for d in r.diagnostics):
        return 1
    return 0


# -- settings ----------------------------------------------------------------

class SettingsFactory:
    """One Settings per (configuration, per-file ignores) pair, CLI over config:
    ``--select`` replaces the configuration's select *and* ignore (the user
    asked for exactly these rules); ``--extend-select`` and ``--ignore`` add
    to it; per-file-ignores, severity, rule options and data packs come from
    the configuration nearest the file."""

    def __init__(self, opts: dict, lang: str):
        self.cli_select = _split(opts.get("select"))
        self.cli_extend = _split(opts.get("extend_select")) or []
        self.cli_ignore = _split(opts.get("ignore")) or []
        self.cli_max_size = opts.get("max_size")   # bytes, already parsed by the CLI
        self.lang = lang
        self.all: list[Settings] = []
        self._cache: dict = {}

    def index_for(self, cfg, path: str) -> int:
        extra = tuple(cfg.file_ignores(path))
        key = (id(cfg), extra)
        i = self._cache.get(key)
        if i is None:
            s = Settings(lang=self.lang)
            if self.cli_select is not None:
                s.select = list(self.cli_select)
                s.ignore = list(self.cli_ignore)
                s.extend_select = list(self.cli_extend)
            else:
                s.select = list(cfg.select) if cfg.select is not None else None
                s.ignore = list(cfg.ignore) + self.cli_ignore
                s.extend_select = list(cfg.extend_select) + self.cli_extend
            s.ignore.extend(extra)
            s.severity = dict(cfg.severity)
            s.rule_options = {k: dict(v) for k, v in cfg.rule_options.items()}
            s.data_packs = list(cfg.data_packs)
            s.dictionary = cfg.dictionary
            s.safe_fixes, s.unsafe_fixes = list(cfg.safe_fixes), list(cfg.unsafe_fixes)
            if self.cli_max_size is not None:
                s.max_size = self.cli_max_size
            elif cfg.max_size is not None:
                s.max_size = cfg.max_size
            i = self._cache[key] = len(self.all)
            self.all.append(s)
        return i


def build_settings(opts: dict) -> Settings:
    """Settings from command-line options alone (no configuration files)."""
    from .config import Config
    f = SettingsFactory(opts, opts.get("lang") or "id")
    return f.all[f.index_for(Config(), "x")]


# -- linting (also run inside worker processes) --------------------------------

_SETTINGS: list[Settings] = []


_CACHE = None


def _init_worker(settings: list[Settings], cache=None) -> None:
    global _SETTINGS, _CACHE
    _SETTINGS = settings
    _CACHE = cache
    _tune_gc()


_GC_TUNED = False


def _tune_gc() -> None:
    """A checking process allocates millions of small objects that live as
    long as their document: collect the young generation every 50,000
    allocations instead of 700, and leave the objects loaded at start-up
    (rules, grammar, patterns) out of every collection.  Up to a fifth of
    the time on a large text, nothing on memory worth noting.  Once per
    process: freezing again would keep an earlier run's garbage for good."""
    global _GC_TUNED
    if _GC_TUNED:
        return
    _GC_TUNED = True
    import gc
    gc.freeze()
    gc.set_threshold(50_000, 10, 10)


def _lint_task(task: tuple) -> FileResult:
    path, si, keep_text, bases, key = task
    res = lint_one(path, _SETTINGS[si], keep_text, bases=bases)
    if key is not None:
        _CACHE.store(key, res, _SETTINGS[si], bases)   # here, in parallel, not one by one in the parent
    return res


KEEP_VIEW = "view"  # keep_text for the html format: the text and the view of the Document


def lint_one(path: str, settings: Settings, keep_text: bool | str = True, source=None, bases=()) -> FileResult:
    from .engine import lint_path, lint_source
    try:
        res = lint_source(source, settings, bases) if source is not None else lint_path(path, settings, bases)
    except Exception as e:  # a bug must cost one file, not the run
        res = FileResult(path=path, error=f"galat internal ({type(e).__name__}: {str(e)[:120]}); mohon laporkan")
    doc = res.__dict__.pop("_doc", None)  # the Document does not cross processes
    if keep_text == KEEP_VIEW and doc is not None:
        # the html report's outline and graph, made here while the Document
        # exists (report/view.py says why not in the parent)
        from .report.view import collect_view
        try:
            res.view = collect_view(doc)
        except Exception as e:
            res.error = res.error or f"kerangka laporan gagal ({type(e).__name__}: {str(e)[:120]})"
    if not keep_text:
        res.text = None
        res.line_labels = None
    return res


def _warm() -> None:
    """Load the rules and compile the grammar once, before forking workers."""
    try:
        from .parser import get_parser
        from .registry import all_rules
        all_rules()
        get_parser()
    except Exception:
        pass


def _progress(total: int, enabled: bool):
    if not enabled:
        return None
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
    p = Progress(TextColumn("memeriksa"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                 console=Console(stderr=True), transient=True)
    p.start()
    p.add_task("lint", total=total)
    return p


def lint_all(tasks: list[tuple[str, int, bool]], settings: list[Settings], jobs: int,
             progress: bool = False, stdin_name: str | None = None, cache=None) -> list[FileResult]:
    """Lint every task; results in task order whatever ``jobs`` is.  With a
    cache (lint_perda.cache.ResultCache), files already linted come from it
    (looked up here, before any worker starts) and each new result goes into
    it from the process that linted it."""
    results: list[FileResult | None] = [None] * len(tasks)
    bar = _progress(len(tasks), progress)
    _tune_gc()
    keys: dict[int, str] = {}

    def done(i: int, r: FileResult):
        results[i] = r
        if i in keys:
            cache.store(keys.pop(i), r, settings[tasks[i][1]], tasks[i][3])
        if bar is not None:
            bar.advance(0)

    try:
        todo = []
        for i, (path, si, keep, bases) in enumerate(tasks):
            if path == "-":  # standard input is read here, in this process
                done(i, _lint_stdin(settings[si], keep, stdin_name))
                continue
            if cache is not None:
                hit, key = cache.lookup(path, settings[si], keep, bases)
                if hit is not None:
                    done(i, hit)
                    continue
                if key is not None:
                    keys[i] = key
            todo.append(i)
        if jobs > 1 and len(todo) > 1:
            _parallel(tasks, todo, settings, jobs, done, cache, keys)
        else:
            for i in todo:
                path, si, keep, bases = tasks[i]
                done(i, lint_one(path, settings[si], keep, bases=bases))
    finally:
        if bar is not None:
            bar.stop()
    return results  # type: ignore[return-value]


def _lint_stdin(settings: Settings, keep: bool, name: str | None) -> FileResult:
    from .sources import SourceError, read_source
    shown = name or "-"
    try:
        src = read_source("-", settings.max_size)
    except SourceError as e:
        return FileResult(path=shown, error=str(e))
    src.path = shown
    return lint_one(shown, settings, keep, source=src)


def _parallel(tasks, todo, settings, jobs, done, cache=None, keys=None) -> None:
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    _warm()
    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else None
    chunk = max(1, min(8, len(todo) // (jobs * 16)))
    finished = 0
    # the workers store their own results in the cache: the keys leave ``keys``
    mine = {i: keys.pop(i) for i in todo if keys and i in keys}
    work = [(*tasks[i], mine.get(i)) for i in todo]
    try:
        with ProcessPoolExecutor(max_workers=jobs, mp_context=ctx, initializer=_init_worker,
                                 initargs=(settings, cache)) as ex:
            for i, r in zip(todo, ex.map(_lint_task, work, chunksize=chunk)):
                done(i, r)
                finished += 1
    except BrokenProcessPool:
        # a worker died (out of memory, a crash in a C extension): finish serially
        for i in todo[finished:]:
            if i in mine:
                keys[i] = mine[i]   # stored by done() now
            path, si, keep, bases = tasks[i]
            done(i, lint_one(path, settings[si], keep, bases=bases))


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
        bad = unknown_selectors(_split(opts.get(key)) or [])
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

    jobs = opts.get("jobs") or 1
    if jobs <= 0:
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
