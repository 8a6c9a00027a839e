"""Results kept between runs, so that a pre-commit hook or a folder checked
again after a few edits only lints what changed.

An entry is the result of linting one file, stored as JSON under a key that
covers everything the result depends on (:func:`result_key`): the file's
bytes and kind, the Settings it was linted with (rules, severities, options,
size limit, language), the contents of the data packs those name, and the
tool itself (its version and the size and time of each of its files, so an
edited rule or grammar never serves an old result).  A result with an error
is never stored.  Entries are written to a temporary file and renamed, so
parallel workers and concurrent runs never see half an entry; an entry that
cannot be read or parsed counts as missing.  JSON, not pickle: loading a
cache folder someone else wrote must not run code.

Where: ``LINT_PERDA_CACHE_DIR``, else ``cache-dir`` in the configuration,
else the user cache folder (platformdirs: ~/.cache/lint-perda on Linux).
``--no-cache`` turns it off.  The folder only grows; delete it at will.
"""
from __future__ import annotations

import dataclasses
import hashlib
import json
import os
from functools import lru_cache

from .diagnostics import Diagnostic
from .engine import FileResult, Settings
from .files import write_atomic

FORMAT = 2   # bump when the entry layout changes (2: diagnostics carry their fix)


@lru_cache(maxsize=1)
def tool_fingerprint() -> str:
    """The version and every installed file of lint-perda (code, grammars,
    data packs, rules) by name, size and modification time, plus the rule
    modules that plugins add."""
    import sys

    from . import __version__
    from .registry import all_rules
    h = hashlib.sha256(f"lint-perda {__version__}".encode())
    folders = {os.path.dirname(os.path.abspath(__file__))}
    for pkg in ("lint_perda.rules", "lint_perda.grammars"):
        mod = sys.modules.get(pkg) or __import__(pkg, fromlist=["_"])
        folders.update(os.path.abspath(p) for p in getattr(mod, "__path__", []))
    files = set()
    for top in folders:
        for d, dirs, names in os.walk(top):
            dirs[:] = [x for x in dirs if x != "__pycache__"]
            files.update(os.path.join(d, n) for n in names if n.endswith((".py", ".lark", ".toml")))
    for r in all_rules():   # third-party rules: their module files
        f = getattr(sys.modules.get(r.__module__), "__file__", None)
        if f:
            files.add(os.path.abspath(f))
    for f in sorted(files):
        try:
            st = os.stat(f)
        except OSError:
            continue
        h.update(f"{f}\0{st.st_size}\0{st.st_mtime_ns}\n".encode())
    return h.hexdigest()


def _canonical(v):
    if isinstance(v, dict):
        return {str(k): _canonical(x) for k, x in sorted(v.items(), key=lambda kv: str(kv[0]))}
    if isinstance(v, (set, frozenset)):
        return sorted((_canonical(x) for x in v), key=repr)
    if isinstance(v, (list, tuple)):
        return [_canonical(x) for x in v]
    if v is None or isinstance(v, (str, int, float, bool)):
        return v
    return repr(v)


def settings_fingerprint(settings: Settings) -> str:
    """Every field of the Settings, and the bytes of each data pack named."""
    d = _canonical(dataclasses.asdict(settings))
    packs = []
    for p in settings.data_packs:
        try:
            with open(p, "rb") as f:
                packs.append(hashlib.sha256(f.read()).hexdigest())
        except OSError:
            packs.append("unreadable")
    return json.dumps([d, packs], sort_keys=True, ensure_ascii=False)


def result_key(content: bytes, settings: Settings | str, kind: str, *extra: bytes | str) -> str:
    """The key of one lint result: the file's bytes and kind ("text",
    "docx", "pdf"), its Settings (or their :func:`settings_fingerprint`),
    the tool, and any further inputs the result depends on (for an
    amendment, its base file's bytes), in order."""
    fp = settings if isinstance(settings, str) else settings_fingerprint(settings)
    h = hashlib.sha256()
    for part in (f"lint-perda cache {FORMAT}", tool_fingerprint(), kind, fp, content, *extra):
        b = part if isinstance(part, bytes) else ("s" + part).encode("utf-8")
        h.update(len(b).to_bytes(8, "little"))
        h.update(b)
    return h.hexdigest()


def kind_of(path: str) -> str:
    low = path.lower()
    return "docx" if low.endswith(".docx") else "pdf" if low.endswith(".pdf") else "text"


# -- entries ----------------------------------------------------------------------

def to_entry(key: str, r: FileResult) -> str:
    return json.dumps({"format": FORMAT, "key": key, "document": r.document,
                       "diagnostics": [dataclasses.asdict(d) for d in r.diagnostics],
                       "suppressed": r.suppressed, "unused_suppressions": r.unused_suppressions},
                      ensure_ascii=False, separators=(",", ":"))


def from_entry(key: str, data: str, path: str) -> FileResult:
    e = json.loads(data)
    if e["format"] != FORMAT or e["key"] != key:
        raise ValueError("another entry")
    return FileResult(path=path, document=e["document"], diagnostics=[_diagnostic(d) for d in e["diagnostics"]],
                      suppressed=int(e["suppressed"]), unused_suppressions=list(e["unused_suppressions"]),
                      cached=True)


def _diagnostic(d: dict) -> Diagnostic:
    """A diagnostic back from its entry, with its fix (lint_perda/fixes.py)."""
    from .diagnostics import Edit, Fix
    fix = d.pop("fix", None)
    diag = Diagnostic(**d)
    if fix is not None:
        diag.fix = Fix(applicability=fix["applicability"], edits=[Edit(**x) for x in fix["edits"]],
                       note=fix.get("note"), lines=list(fix.get("lines") or []))
    return diag


class ResultCache:
    def __init__(self, folder: str):
        self.folder = os.path.join(folder, f"v{FORMAT}")
        self._fps: dict[int, str] = {}
        self.hits = self.misses = 0

    def _file(self, key: str) -> str:
        return os.path.join(self.folder, key[:2], key + ".json")

    def key_for(self, path: str, settings: Settings, bases=()) -> tuple[str, bytes] | None:
        """(the key of this file's result as it is now, its bytes), or None
        when it is not cached (too large, unreadable).  An amendment checked
        against its base (and the earlier amendments of its chain) is keyed by
        their bytes too: a changed base changes its findings."""
        try:
            if settings.max_size and os.path.getsize(path) > settings.max_size:
                return None         # refused anyway, and never read whole
            with open(path, "rb") as f:
                content = f.read()
        except OSError:
            return None             # the reader reports it
        fp = self._fps.get(id(settings))
        if fp is None:
            fp = self._fps[id(settings)] = settings_fingerprint(settings)
        extra = (os.path.abspath(path),) if settings.per_file_ignores else ()   # matched on the path
        for b in bases:
            try:
                with open(b, "rb") as f:
                    extra += (os.path.abspath(b), f.read())
            except OSError:
                return None
        return result_key(content, fp, kind_of(path), *extra), content

    def lookup(self, path: str, settings: Settings, keep_text: bool, bases=()) -> tuple[FileResult | None, str | None]:
        """(the stored result or None, the key to store a new one under, or
        None when this file is not cached)."""
        got = self.key_for(path, settings, bases)
        if got is None:
            return None, None
        key, content = got
        kind = kind_of(path)
        if keep_text and kind != "text" or keep_text == "view":
            # the full format needs the extracted text, the html report the
            # outline and graph of the Document: lint again
            return None, key
        try:
            with open(self._file(key), encoding="utf-8") as f:
                res = from_entry(key, f.read(), path)
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            self.misses += 1
            return None, key        # missing or unreadable: linted again, and rewritten
        if keep_text:
            from .sources.text import decode_text
            res.text = decode_text(content, path)
        self.hits += 1
        return res, key

    def store(self, key: str, r: FileResult, settings: Settings | None = None, bases=()) -> None:
        """Keep ``r`` under ``key``.  With ``settings``, only if the file
        still has the bytes the key was made from: one edited while it was
        being checked would otherwise be stored under its old content."""
        if r.error:
            return                  # never keep a failure: the next run must try again
        if settings is not None:
            now = self.key_for(r.path, settings, bases)
            if now is None or now[0] != key:
                return
        target = self._file(key)
        try:
            data = to_entry(key, r)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            write_atomic(target, data, durable=False)   # a temporary file, then a rename
        except (OSError, TypeError, ValueError):
            pass                    # a cache that cannot be written is only slower


def open_cache(cfg_dir: str | None) -> ResultCache | None:
    """The cache in LINT_PERDA_CACHE_DIR, else ``cfg_dir`` (cache-dir in the
    configuration), else the user cache folder; None if there is none."""
    from .datacache import cache_root
    folder = cache_root(cfg_dir)
    return ResultCache(folder) if folder else None
