"""The Settings of a run: the command-line options over the configuration
nearest each file (lint_perda/config.py), one Settings per distinct pair."""
from __future__ import annotations

from .engine import Settings


def split_option(v) -> list[str] | None:
    if v is None:
        return None
    if isinstance(v, (list, tuple)):
        v = ",".join(v)
    return [x.strip() for x in v.split(",") if x.strip()]


class SettingsFactory:
    """One Settings per (configuration, per-file ignores) pair, CLI over config:
    ``--select`` replaces the configuration's select *and* ignore (the user
    asked for exactly these rules); ``--extend-select`` and ``--ignore`` add
    to it; per-file-ignores, severity, rule options and data packs come from
    the configuration nearest the file."""

    def __init__(self, opts: dict, lang: str):
        self.cli_select = split_option(opts.get("select"))
        self.cli_extend = split_option(opts.get("extend_select")) or []
        self.cli_ignore = split_option(opts.get("ignore")) or []
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
