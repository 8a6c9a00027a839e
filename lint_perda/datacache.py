"""Data derived from the packs, kept between processes.

A data pack is parsed in every process that needs it; the largest
(rules/peraturan.toml, 140 KB of TOML) costs a one-file run a fifth of its
start-up.  The parsed form is kept as JSON in the user cache folder (where
the results cache lives: ``LINT_PERDA_CACHE_DIR`` or platformdirs), keyed by
the hash of the text, so an edited pack is parsed again.  A missing,
damaged or unwritable cache only costs the parse.
"""
from __future__ import annotations

import hashlib
import json
import os


ENV = "LINT_PERDA_CACHE_DIR"


def cache_root(configured: str | None = None) -> str | None:
    """LINT_PERDA_CACHE_DIR, else ``configured`` (cache-dir in the
    configuration), else the user cache folder; None if there is none."""
    folder = os.environ.get(ENV) or configured
    if not folder:
        try:
            import platformdirs
            folder = platformdirs.user_cache_dir("lint-perda", appauthor=False)
        except Exception:
            return None
    return folder


def cache_folder(kind: str) -> str | None:
    """The folder of one kind of derived data inside the cache root."""
    root = cache_root()
    return os.path.join(root, kind) if root else None


def toml_loads(text: str) -> dict:
    """tomllib.loads(text), from the cache when this text was parsed before.
    Raises tomllib.TOMLDecodeError as tomllib does."""
    import tomllib
    folder = cache_folder("packs")
    path = None
    if folder:
        key = hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:24]
        path = os.path.join(folder, key + ".json")
        try:
            with open(path, encoding="utf-8") as f:
                return json.load(f)
        except (OSError, ValueError):
            pass   # not there yet, or damaged: parse again
    data = tomllib.loads(text)
    if path:
        try:
            out = json.dumps(data, ensure_ascii=False)
        except (TypeError, ValueError):
            return data   # a date or time has no JSON form: parsed each time
        try:
            os.makedirs(folder, exist_ok=True)
            from .files import write_atomic
            write_atomic(path, out, durable=False)
        except OSError:
            pass   # a read-only home: parsed again next time
    return data
