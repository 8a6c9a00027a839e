"""Which files a `check PATH...` means: files as given, directories searched
recursively for drafts, include/exclude globs."""
from __future__ import annotations

import fnmatch
import os

from .sources import SUFFIXES

_SKIP_DIRS = {".git", ".hg", ".svn", "__pycache__", ".venv", "venv", "node_modules", ".tox", "build", "dist"}


def collect(paths: list[str], include: tuple[str, ...] = (), exclude: tuple[str, ...] = ()) -> list[str]:
    out: list[str] = []
    for p in paths:
        if p == "-" or not os.path.isdir(p):
            out.append(p)  # a missing file is reported by the reader, not dropped
            continue
        found = []
        for dirpath, dirnames, filenames in os.walk(p):
            dirnames[:] = sorted(d for d in dirnames if d not in _SKIP_DIRS and not _excluded(os.path.join(dirpath, d), d, exclude))
            for f in sorted(filenames):
                full = os.path.join(dirpath, f)
                if f.startswith((".", "~$")):
                    continue  # Word lock files, hidden files
                if include:
                    if not any(fnmatch.fnmatch(f, g) or fnmatch.fnmatch(full, g) for g in include):
                        continue
                elif not f.lower().endswith(SUFFIXES):
                    continue
                if _excluded(full, f, exclude):
                    continue
                found.append(full)
        out.extend(found)
    return out


def _excluded(full: str, name: str, exclude) -> bool:
    return any(fnmatch.fnmatch(name, g) or fnmatch.fnmatch(full, g) or fnmatch.fnmatch(full, "*/" + g) for g in exclude)
