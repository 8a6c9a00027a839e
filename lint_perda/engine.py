"""Lint one file: read -> parse -> analyse -> rules -> located diagnostics."""
from __future__ import annotations

import fnmatch
from dataclasses import dataclass, field

from .diagnostics import Diagnostic, fingerprint
from .sources import DEFAULT_MAX_SIZE, SourceError, SourceText, read_source


@dataclass
class Settings:
    select: list[str] | None = None
    ignore: list[str] = field(default_factory=list)
    extend_select: list[str] = field(default_factory=list)
    severity: dict[str, str] = field(default_factory=dict)          # code/slug -> severity
    rule_options: dict[str, dict] = field(default_factory=dict)     # code/slug -> options
    per_file_ignores: dict[str, list[str]] = field(default_factory=dict)  # glob -> selectors
    data_packs: list[str] = field(default_factory=list)             # extra TOML packs
    dictionary: str | None = None                                    # Hunspell .dic for LP70x
    lang: str = "id"
    safe_fixes: list[str] = field(default_factory=list)     # extend-safe-fixes: rules whose unsafe fix is safe
    unsafe_fixes: list[str] = field(default_factory=list)   # extend-unsafe-fixes: rules whose safe fix is unsafe
    max_size: int = DEFAULT_MAX_SIZE                                # bytes; 0: no limit


@dataclass
class FileResult:
    path: str
    error: str | None = None
    document: dict | None = None
    diagnostics: list[Diagnostic] = field(default_factory=list)
    text: str | None = None            # the source text, for code frames
    line_labels: list[str] | None = None
    suppressed: int = 0
    unused_suppressions: list[dict] = field(default_factory=list)
    view: dict | None = None           # outline and graph for the html report (report/view.py)
    cached: bool = False               # taken from the results cache (lint_perda/cache.py)

    def to_json(self, lang: str = "id") -> dict:
        return {"path": self.path, "error": self.error, "document": self.document,
                "diagnostics": [d.to_json(lang) for d in self.diagnostics]}


def _rules_for(path: str, settings: Settings):
    from .registry import select
    ignore = list(settings.ignore)
    for pattern, sel in settings.per_file_ignores.items():
        if fnmatch.fnmatch(path, pattern) or fnmatch.fnmatch(path.replace("\\", "/"), "*/" + pattern.lstrip("*/")):
            ignore.extend(sel)
    return select(settings.select, ignore, settings.extend_select)


def _option_for(rule, settings: Settings) -> dict | None:
    return settings.rule_options.get(rule.code) or settings.rule_options.get(rule.slug)


def _read_bases(paths) -> list:
    """(path, Document) of the base regulation and earlier amendments; a
    file that cannot be read ends the chain there (its own lint reports it)."""
    out = []
    for p in paths:
        try:
            out.append((p, _base_document(p)))
        except Exception:
            break
    return out


_BASE_CACHE: dict = {}


def _base_document(path: str):
    """A base parsed once per process: a folder with one base and several
    amendments parses it once."""
    import os
    from .document import Document
    st = os.stat(path)
    k = (os.path.abspath(path), st.st_mtime_ns, st.st_size)
    doc = _BASE_CACHE.get(k)
    if doc is None:
        if len(_BASE_CACHE) > 16:
            _BASE_CACHE.clear()
        doc = _BASE_CACHE[k] = Document(read_source(path))
    return doc


def lint_source(source: SourceText, settings: Settings | None = None, bases=()) -> FileResult:
    from .document import Document

    settings = settings or Settings()
    res = FileResult(path=source.path, text=source.text, line_labels=source.line_labels)
    doc = Document(source)
    doc.settings = settings
    if bases:
        doc.bases = _read_bases(bases)
    diags: list[Diagnostic] = []
    failed: list[str] = []
    rules = _rules_for(source.path, settings)
    ran, skipped = [], []
    for rule_cls in rules:
        if rule_cls.technique and not doc.technique_applies:
            skipped.append(rule_cls.code)
            continue
        ran.append(rule_cls.code)
        rule = rule_cls(_option_for(rule_cls, settings))
        try:
            diags.extend(rule.check(doc))
        except Exception as e:  # a rule bug must not lose the other rules' findings
            failed.append(f"{rule_cls.code} ({type(e).__name__}: {str(e)[:80]})")
    if failed:
        # reported, and the run exits 2: a silent gap would read as a clean draft
        res.error = "aturan gagal pada berkas ini: " + "; ".join(failed)
    sev_override = settings.severity
    seen = set()
    out = []
    for d in sorted(diags, key=Diagnostic.sort_key):
        key = (d.code, d.start, d.end, d.message)
        if key in seen:
            continue
        seen.add(key)
        o = sev_override.get(d.code) or sev_override.get(d.rule)
        if o:
            d.severity = o
        d.line, d.column = source.locate(d.start)
        el, ec = source.locate(max(d.end - 1, d.start))
        d.end_line, d.end_column = el, ec + 1
        d.location = source.label(d.line)
        if d.fix is not None:
            from .fixes import locate_fix
            locate_fix(d, source, settings)
        d.extra["fingerprint"] = fingerprint(d)
        out.append(d)
    res.diagnostics = out
    if "lint-perda" in source.text:  # inline <!-- lint-perda: abaikan ... --> comments; LP002
        from .suppress import apply_suppressions
        apply_suppressions(res, {r.code for r in rules}, settings, doc)
    try:
        from .checked import finish
        finish(doc, ran, skipped)
        res.document = doc.summary()
    except Exception as e:
        res.error = f"ringkasan dokumen gagal: {type(e).__name__}: {e}"
    res._doc = doc  # not pickled across processes; used by review/graph in-process
    return res


def lint_path(path: str, settings: Settings | None = None, bases=()) -> FileResult:
    try:
        source = read_source(path, (settings or Settings()).max_size)
    except SourceError as e:
        return FileResult(path=path, error=str(e))
    except MemoryError:
        return FileResult(path=path, error="berkas terlalu besar untuk dibaca")
    except Exception as e:  # a reader bug on a hostile file: one line, not a traceback
        return FileResult(path=path, error=f"tidak dapat dibaca ({type(e).__name__}: {str(e)[:120]})")
    try:
        return lint_source(source, settings, bases)
    except RecursionError:
        return FileResult(path=path, error="struktur terlalu dalam untuk diurai")
    except MemoryError:
        return FileResult(path=path, error="berkas terlalu besar untuk diurai")
