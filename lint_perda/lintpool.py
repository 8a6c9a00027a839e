"""Linting the files of a run: one by one or in a pool of worker processes
(fork), results in the order of the files whatever the number of jobs, the
cache looked up before any worker starts and filled by the process that
linted each file."""
from __future__ import annotations

from .engine import FileResult, Settings


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
