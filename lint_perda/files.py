"""Which files a `check PATH...` means: files as given, directories searched
recursively for drafts, include/exclude globs."""
from __future__ import annotations

import fnmatch
import os

from .sources import SUFFIXES

# project files that sit beside drafts in a repository, not drafts themselves
_SKIP_FILES = ("readme", "changelog", "license", "licence", "contributing", "code_of_conduct", "security")
_SKIP_DIRS = {".git", ".hg", ".svn", "__pycache__", ".venv", "venv", "node_modules", ".tox", "build", "dist"}


def collect(paths: list[str], include: tuple[str, ...] = (), exclude: tuple[str, ...] = (),
            skip=None) -> list[str]:
    """Files named are kept as given (a missing one is reported by the reader,
    not dropped); folders are searched.  ``skip(path)`` (the configuration's
    ``exclude``) applies to files found in folders only, as in ruff.  A file
    named twice is linted once."""
    out: list[str] = []
    seen: set[str] = set()

    def add(f: str):
        key = f if f == "-" else os.path.normcase(os.path.abspath(f))
        if key not in seen:
            seen.add(key)
            out.append(f)

    for p in paths:
        if p == "-" or not os.path.isdir(p):
            add(p)
            continue
        found = []
        for dirpath, dirnames, filenames in os.walk(p):
            dirnames[:] = sorted(d for d in dirnames if d not in _SKIP_DIRS and not _excluded(os.path.join(dirpath, d), d, exclude))
            for f in sorted(filenames):
                full = os.path.join(dirpath, f)
                if f.startswith((".", "~$")):
                    continue  # Word lock files, hidden files
                if not include and f.lower().startswith(_SKIP_FILES):
                    continue  # README.md and friends are not drafts
                if include:
                    if not any(fnmatch.fnmatch(f, g) or fnmatch.fnmatch(full, g) for g in include):
                        continue
                elif not f.lower().endswith(SUFFIXES):
                    continue
                if _excluded(full, f, exclude) or (skip is not None and skip(full)):
                    continue
                found.append(os.path.normpath(full))
        for f in found:
            add(f)
    return out


def _excluded(full: str, name: str, exclude) -> bool:
    return any(fnmatch.fnmatch(name, g) or fnmatch.fnmatch(full, g) or fnmatch.fnmatch(full, "*/" + g) for g in exclude)


def write_atomic(path: str, data: str | bytes, durable: bool = True) -> None:
    """Write ``data`` (text as UTF-8 with \n, or bytes as they are) to
    ``path`` so that a reader never sees half a file: a temporary file in
    the same folder, flushed, then ``os.replace``.  ``durable=False`` skips
    the sync to disk (a cache entry lost in a crash is only made again)."""
    def write(tmp: str) -> None:
        if isinstance(data, bytes):
            with open(tmp, "wb") as f:
                f.write(data)
                if durable:
                    f.flush()
                    os.fsync(f.fileno())
        else:
            with open(tmp, "w", encoding="utf-8", newline="\n") as f:
                f.write(data)
                if durable:
                    f.flush()
                    os.fsync(f.fileno())
    save_atomic(path, write)


def save_atomic(path: str, save, suffix: str = ".tmp") -> None:
    """Call ``save(tmp)`` to write a temporary file beside ``path``, then move
    it into place.  The result has the permissions of the file it replaces,
    or a new file's normal ones (0666 less the umask), never the temporary
    file's 0600."""
    import tempfile
    d = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(prefix=".lint-perda-", suffix=suffix, dir=d)
    os.close(fd)
    try:
        save(tmp)
        try:
            mode = os.stat(path).st_mode & 0o777
        except OSError:
            mode = 0o666 & ~_umask()
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def _umask() -> int:
    m = os.umask(0)
    os.umask(m)
    return m
