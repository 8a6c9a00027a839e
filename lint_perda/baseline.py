"""Baselines: accept today's findings, report only new ones.

``lint-perda check --write-baseline lint-perda-baseline.json DRAFTS`` records
every current finding; ``--baseline lint-perda-baseline.json`` then hides the
recorded ones.  A finding is keyed by its file (relative to the baseline
file's folder), its rule, its structural path ("Pasal 17 ayat (2)") and a
fingerprint of the words it is about (``diagnostics.fingerprint``), never by line
number, so edits elsewhere in the draft do not revive it.  Identical keys are
counted: two recorded findings hide at most two.

Entries of linted files that match nothing any more are *stale* (the fault
was corrected, or the Pasal renumbered): they are listed so the baseline can
be rewritten.  Files not linted in this run are not judged.
"""
from __future__ import annotations

import json
import os
from collections import Counter

FORMAT = "lint-perda-baseline"
VERSION = 1


class BaselineError(Exception):
    """A baseline that cannot be read; str(e) is one line."""


def _rel(path: str, base: str) -> str:
    if path == "-":
        return "-"
    try:
        rel = os.path.relpath(os.path.abspath(path), base)
    except ValueError:  # another drive (Windows)
        rel = os.path.abspath(path)
    return rel.replace(os.sep, "/")


def _key(file: str, d) -> tuple[str, str, str, str]:
    fp = d.extra.get("fingerprint")
    if not fp:
        from .diagnostics import fingerprint
        fp = fingerprint(d)
    return (file, d.code, d.path, fp)


def write_baseline(path: str, results) -> int:
    """Write every finding of ``results`` to ``path`` (atomically); return the count."""
    base = os.path.dirname(os.path.abspath(path))
    entries = []
    for r in results:
        f = _rel(r.path, base)
        for d in r.diagnostics:
            _, code, p, fp = _key(f, d)
            entries.append({"file": f, "code": code, "rule": d.rule, "path": p,
                            "fingerprint": fp, "line": d.line, "message": d.message})
    entries.sort(key=lambda e: (e["file"], e["line"], e["code"], e["fingerprint"]))
    from .files import write_atomic
    data = {"format": FORMAT, "version": VERSION,
            "note": "lint-perda: temuan yang diterima; kunci = berkas + kode + path + fingerprint",
            "entries": entries}
    write_atomic(path, json.dumps(data, ensure_ascii=False, indent=1) + "\n")
    return len(entries)


class Baseline:
    def __init__(self, path: str):
        self.path = path
        self.base = os.path.dirname(os.path.abspath(path))
        try:
            with open(path, encoding="utf-8") as f:
                data = json.load(f)
        except FileNotFoundError:
            raise BaselineError(f"{path}: berkas baseline tidak ditemukan (buat dengan --write-baseline)") from None
        except (OSError, UnicodeDecodeError) as e:
            raise BaselineError(f"{path}: berkas baseline tidak dapat dibaca: {e}") from None
        except json.JSONDecodeError as e:
            raise BaselineError(f"{path}: berkas baseline bukan JSON yang sah (baris {e.lineno}: {e.msg})") from None
        if not isinstance(data, dict) or data.get("format") != FORMAT or not isinstance(data.get("entries"), list):
            raise BaselineError(f"{path}: bukan berkas baseline lint-perda (buat dengan --write-baseline)")
        if data.get("version", VERSION) > VERSION:
            raise BaselineError(f"{path}: versi baseline {data.get('version')} lebih baru dari yang dikenal ({VERSION})")
        self.entries = []
        for i, e in enumerate(data["entries"]):
            if not isinstance(e, dict) or not all(isinstance(e.get(k), str) for k in ("file", "code", "path", "fingerprint")):
                raise BaselineError(f"{path}: entri ke-{i + 1} tidak lengkap (perlu file, code, path, fingerprint)")
            self.entries.append(e)
        self.suppressed = 0
        self.stale: list[dict] = []

    def apply(self, results) -> None:
        """Remove the recorded findings from ``results``; fill ``suppressed``
        and ``stale`` (entries of linted files that matched nothing)."""
        remaining = Counter((e["file"], e["code"], e["path"], e["fingerprint"]) for e in self.entries)
        linted = set()
        for r in results:
            f = _rel(r.path, self.base)
            if r.error is None:
                linted.add(f)
            kept = []
            for d in r.diagnostics:
                k = _key(f, d)
                if remaining[k] > 0:
                    remaining[k] -= 1
                    r.suppressed += 1
                    self.suppressed += 1
                else:
                    kept.append(d)
            r.diagnostics = kept
        stale = []
        for e in self.entries:
            k = (e["file"], e["code"], e["path"], e["fingerprint"])
            if e["file"] in linted and remaining[k] > 0:
                remaining[k] -= 1
                stale.append(e)
        self.stale = stale

    def stale_report(self, limit: int = 10) -> str:
        if not self.stale:
            return ""
        n = len(self.stale)
        lines = [f"lint-perda: baseline {self.path}: {n} entri tidak lagi cocok dengan temuan mana pun "
                 "(sudah diperbaiki atau berpindah; tulis ulang dengan --write-baseline):"]
        for e in self.stale[:limit]:
            lines.append(f"  {e['file']}: {e['code']} {e['path']}" + (f" (semula baris {e['line']})" if e.get("line") else ""))
        if n > limit:
            lines.append(f"  ... dan {n - limit} lagi")
        return "\n".join(lines) + "\n"

    def summary(self) -> dict:
        return {"file": self.path, "suppressed": self.suppressed,
                "stale": [{k: e.get(k) for k in ("file", "code", "rule", "path", "fingerprint", "line")} for e in self.stale]}
