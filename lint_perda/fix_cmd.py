"""`lint-perda fix PATH...`: apply the findings' fixes.

Output, one of:

- (default, or ``--diff``) a unified diff on standard output; nothing is
  written;
- ``-o OUT`` a fixed copy of one draft: OUT.docx from a .docx is the draft
  with the fixes as Word tracked changes; any other OUT is the fixed text;
- ``--write`` the .txt/.md drafts fixed in place (refused for .docx/.pdf).

Safe fixes only, unless ``--unsafe-fixes``.  The input is never modified
without ``--write``; every file is written atomically, with normal
permissions, and an existing OUT is kept unless ``--force``.

Exit codes (as ruff: ``check --diff`` exits 1 when there is something to
change, ``check --fix`` exits 1 when findings remain):

- with the diff: 0 nothing to fix, 1 fixes to apply (the diff is not empty);
- with ``-o``/``--write``: 0 no finding at or above --fail-on remains after
  fixing, 1 findings remain;
- 2 in either mode: usage or configuration error, a file that could not be
  read or written, an output refused (exists, is the input, wrong kind).
"""
from __future__ import annotations

import difflib
import os
import sys

from .diagnostics import SEVERITY_RANK


def _err(msg: str) -> None:
    sys.stderr.write(f"lint-perda: {msg}\n")


def _raw_format(path: str):
    """(encoding, BOM, newline) of a text draft, so --write keeps them."""
    with open(path, "rb") as f:
        data = f.read()
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        enc, bom = "utf-16", b""
    elif data.startswith(b"\xef\xbb\xbf"):
        enc, bom = "utf-8", b"\xef\xbb\xbf"
    else:
        try:
            data.decode("utf-8")
            enc, bom = "utf-8", b""
        except UnicodeDecodeError:
            enc, bom = "cp1252", b""
    nl = "\r\n" if b"\r\n" in data else "\n"
    return enc, bom, nl


def encode_like(path: str, text: str) -> bytes:
    enc, bom, nl = _raw_format(path)
    if nl != "\n":
        text = text.replace("\n", nl)
    return bom + text.encode(enc, errors="strict")


def _diff_name(side: str, path: str) -> str:
    return path if os.path.isabs(path) else f"{side}/{path}"   # as git and ruff name them


def unified_diff(path: str, before: str, after: str) -> str:
    lines = difflib.unified_diff(before.splitlines(keepends=True), after.splitlines(keepends=True),
                                 fromfile=_diff_name("a", path), tofile=_diff_name("b", path))
    out = "".join(x if x.endswith("\n") else x + "\n\\ No newline at end of file\n" for x in lines)
    return out


def _check_output(inp: str, out: str, force: bool) -> str | None:
    if os.path.exists(out) and os.path.exists(inp) and os.path.samefile(inp, out):
        return "keluaran tidak boleh sama dengan masukan (pakai --write untuk mengubah berkas itu sendiri)"
    if os.path.isdir(out):
        return f"{out} adalah folder"
    if os.path.exists(out) and not force:
        return f"{out} sudah ada; pakai --force untuk menimpanya"
    if out.lower().endswith(".docx") and not inp.lower().endswith(".docx"):
        return "keluaran .docx (perubahan terlacak) hanya dari masukan .docx"
    if out.lower().endswith(".pdf"):
        return "keluaran .pdf tidak dapat ditulis; pakai .txt atau .docx"
    return None


def _summary(path: str, oc, unsafe: bool, mode: str) -> None:
    n = len(oc.edits)
    fixed = len(oc.applied)
    if mode == "diff":
        msg = f"{path}: {fixed} temuan dapat diperbaiki ({n} perubahan)" if fixed else f"{path}: tidak ada yang diperbaiki"
    else:
        msg = f"{path}: {fixed} temuan diperbaiki ({n} perubahan, {oc.rounds} putaran)" if fixed \
            else f"{path}: tidak ada yang diperbaiki"
    left = len(oc.remaining)
    msg += f"; {left} temuan tersisa"
    if oc.hidden_unsafe and not unsafe:
        msg += f"; {oc.hidden_unsafe} perbaikan tidak aman tersedia dengan --unsafe-fixes"
    sys.stderr.write(msg + "\n")
    if not oc.converged:
        why = {"rounds": "perbaikan belum tuntas sesudah batas putaran",
               "cycle": "dua perbaikan saling membatalkan; berhenti pada putaran terakhir yang maju"}
        _err(f"{path}: tidak konvergen: {why.get(oc.reason, oc.reason)}")
    for note in dict.fromkeys(oc.notes):
        sys.stderr.write(f"{path}: catatan: {note}\n")


def _settings(opts, resolver, factory, path):
    return factory.all[factory.index_for(resolver.for_file(path), path)]


def run_fix(paths: list[str], opts: dict) -> int:
    from .config import ConfigError
    from .configfiles import ConfigResolver
    from .files import collect
    from .registry import unknown_selectors
    from .runsettings import SettingsFactory, split_option

    for key, flag in (("select", "--select"), ("extend_select", "--extend-select"), ("ignore", "--ignore")):
        bad = unknown_selectors(split_option(opts.get(key)) or [])
        if bad:
            _err(f'{flag}: aturan tidak dikenal "{bad[0]}" (lihat `lint-perda rules`)')
            return 2
    out, write = opts.get("output"), opts.get("write")
    if sum(bool(x) for x in (out, write, opts.get("diff"))) > 1:
        _err("pilih satu: --diff, -o/--output, atau --write")
        return 2
    try:
        resolver = ConfigResolver(opts.get("config_path"), isolated=bool(opts.get("isolated")))
        files = collect(list(paths), (), (), skip=lambda f: resolver.for_file(f).excludes(f))
        if not files:
            _err("tidak ada berkas untuk diperbaiki (.txt .md .docx .pdf)")
            return 2
        if "-" in files:
            _err("fix membaca berkas, bukan masukan standar")
            return 2
        if out and len(files) != 1:
            _err("-o/--output menulis salinan satu berkas; untuk beberapa berkas pakai --write atau diff")
            return 2
        glob_cfg = resolver.for_dir(os.getcwd())
        if glob_cfg.path is None:
            glob_cfg = resolver.for_file(files[0])
        fail_on = opts.get("fail_on") or glob_cfg.fail_on or "warning"
        factory = SettingsFactory(opts, opts.get("lang") or glob_cfg.lang or "id")
        settings = {f: _settings(opts, resolver, factory, f) for f in files}
    except ConfigError as e:
        _err(f"konfigurasi tidak sah: {e}")
        return 2
    unsafe = bool(opts.get("unsafe_fixes"))
    max_rounds = opts.get("max_rounds") or 10
    failed = remaining = changed = False
    diff_parts = []
    for f in files:
        if write and not f.lower().endswith((".txt", ".md", ".markdown")):
            # one line for this file; the other drafts are still fixed
            _err(f"{f}: --write hanya untuk .txt/.md; untuk .docx/.pdf pakai -o SALINAN")
            failed = True
            continue
        rc = _fix_one(f, settings[f], opts, unsafe, max_rounds, fail_on, diff_parts)
        if rc is None:
            failed = True
            continue
        has_change, has_left = rc
        changed |= has_change
        remaining |= has_left
    if diff_parts:
        try:
            sys.stdout.write("".join(diff_parts))
            sys.stdout.flush()
        except BrokenPipeError:
            pass
    if failed:
        return 2
    if not out and not write:
        return 1 if changed else 0
    return 1 if remaining else 0


def _fix_one(path, settings, opts, unsafe, max_rounds, fail_on, diff_parts):
    """Fix one file; None on failure (reported), else (changed, findings remain)."""
    from .fix_apply import fix_source
    from .sources import SourceError, read_source

    out, write, force = opts.get("output"), opts.get("write"), bool(opts.get("force"))
    if out:
        why = _check_output(path, out, force)
        if why:
            _err(f"{path}: {why}")
            return None
    try:
        source = read_source(path)
    except SourceError as e:
        _err(f"{path}: {e}")
        return None
    except Exception as e:
        _err(f"{path}: tidak dapat dibaca ({type(e).__name__}: {str(e)[:120]})")
        return None
    try:
        oc = fix_source(source, settings, unsafe=unsafe, max_rounds=max_rounds)
    except Exception as e:   # a fixer bug costs this file, never the run or the input
        _err(f"{path}: galat internal saat memperbaiki ({type(e).__name__}: {str(e)[:120]}); mohon laporkan")
        return None
    if oc.reason and oc.reason not in ("rounds", "cycle"):
        _err(f"{path}: {oc.reason}")
        return None
    mode = "write" if write else ("copy" if out else "diff")
    _summary(path, oc, unsafe, mode)
    floor = SEVERITY_RANK[fail_on]
    left = any(SEVERITY_RANK.get(d.severity, 0) >= floor for d in oc.remaining)
    try:
        if mode == "diff":
            diff_parts.append(unified_diff(path, oc.original, oc.text))
        elif mode == "write":
            if oc.changed:
                from .files import write_atomic
                write_atomic(path, encode_like(path, oc.text))
        elif out.lower().endswith(".docx"):
            from .docx_revisions import write_tracked
            written, skipped = write_tracked(path, out, source, oc.edits, oc.left)
            sys.stderr.write(f"{out}: {written} perubahan terlacak ditulis\n")
            if skipped:
                _err(f"{out}: {skipped} perubahan tidak dapat ditulis sebagai perubahan terlacak "
                     "(nomor dari penomoran otomatis Word, atau melintasi paragraf)")
        else:
            from .files import write_atomic
            data = encode_like(path, oc.text) if source.kind == "text" else oc.text
            write_atomic(out, data)
    except OSError as e:
        _err(f"{out or path}: tidak dapat ditulis: {e.strerror or e}")
        return None
    except Exception as e:
        _err(f"{out or path}: salinan tidak dapat ditulis ({type(e).__name__}: {str(e)[:120]})")
        return None
    return oc.changed, left
