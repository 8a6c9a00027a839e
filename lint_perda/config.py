"""Configuration: ``[tool.lint-perda]`` in pyproject.toml or ``[lint-perda]``
in setup.cfg, found by walking up from each linted file (the nearest file that
has the section wins; a pyproject.toml or setup.cfg without it is skipped:
lint_perda/configfiles.py).

Keys (kebab-case; snake_case is accepted too)::

    [tool.lint-perda]
    select = ["LP1", "LP2"]            # codes, slugs or code prefixes; "ALL"
    extend-select = ["LP002"]
    ignore = ["LP105"]
    fail-on = "warning"                # error | warning | info
    lang = "id"                        # id | en
    data-packs = ["data/nomenklatur.toml"]   # relative to this file
    exclude = ["arsip/*"]              # globs skipped when walking folders
    dictionary = "kamus/id_ID.dic"     # the Hunspell dictionary for LP70x (relative to this file)
    extend-safe-fixes = ["LP104"]      # `lint-perda fix` applies these rules' unsafe fixes too
    extend-unsafe-fixes = ["LP113"]    # ... and only with --unsafe-fixes these rules' safe ones
    max-size = "20 MB"                 # larger files are refused (default 10 MB; 0: no limit)
    cache-dir = ".cache/lint-perda"    # where results are kept between runs (relative to this file)

    [tool.lint-perda.severity]         # re-grade a rule
    LP201 = "warning"

    [tool.lint-perda.per-file-ignores] # glob (relative to this file) -> rules
    "lampiran/*.txt" = ["LP1"]

    [tool.lint-perda.rules.LP301]      # a rule's options (see `lint-perda explain`)
    max-items = 10

setup.cfg carries the same keys in ``[lint-perda]`` (lists comma separated,
tables as ``key: value`` lines) and rule options in ``[lint-perda.rules.LP301]``.

Any key or value that is not understood is a :class:`ConfigError` whose
message is one line naming the file and the key; the CLI exits 2 with it.
"""
from __future__ import annotations

import difflib
import fnmatch
import os
from dataclasses import dataclass, field

SEVERITIES = ("error", "warning", "info")
LANGS = ("id", "en")

_LIST_KEYS = ("select", "extend-select", "ignore", "data-packs", "exclude", "bases", "extend-safe-fixes",
              "extend-unsafe-fixes")
_KEYS = _LIST_KEYS + ("fail-on", "lang", "severity", "per-file-ignores", "rules", "dictionary", "max-size", "cache-dir")


class ConfigError(Exception):
    """A configuration problem.  str(e) is one line: file, key, what is wrong."""


@dataclass
class Config:
    path: str | None = None            # the file it came from (None: defaults)
    select: list[str] | None = None
    extend_select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    fail_on: str | None = None
    lang: str | None = None
    severity: dict[str, str] = field(default_factory=dict)   # code -> severity
    per_file_ignores: dict[str, list[str]] = field(default_factory=dict)
    rule_options: dict[str, dict] = field(default_factory=dict)  # code -> options
    data_packs: list[str] = field(default_factory=list)      # absolute paths
    exclude: list[str] = field(default_factory=list)
    bases: list[str] = field(default_factory=list)           # folders or files of base regulations (absolute)
    dictionary: str | None = None                            # absolute path of a Hunspell .dic
    safe_fixes: list[str] = field(default_factory=list)      # extend-safe-fixes
    unsafe_fixes: list[str] = field(default_factory=list)    # extend-unsafe-fixes
    max_size: int | None = None                               # bytes; 0: no limit
    cache_dir: str | None = None                              # absolute path

    @property
    def root(self) -> str:
        return os.path.dirname(os.path.abspath(self.path)) if self.path else os.getcwd()

    def relpath(self, path: str) -> str:
        """``path`` relative to the folder of the configuration file, with /."""
        if path == "-":
            return "-"
        rel = os.path.relpath(os.path.abspath(path), self.root)
        return rel.replace(os.sep, "/")

    def file_ignores(self, path: str) -> list[str]:
        """The per-file-ignores selectors that apply to ``path``."""
        if not self.per_file_ignores:
            return []
        rel = self.relpath(path)
        base = os.path.basename(path)
        out: list[str] = []
        for pattern, sel in self.per_file_ignores.items():
            if _glob_match(rel, base, pattern):
                out.extend(sel)
        return out

    def excludes(self, path: str) -> bool:
        if not self.exclude:
            return False
        rel = self.relpath(path)
        base = os.path.basename(path)
        return any(_glob_match(rel, base, g) for g in self.exclude)


def _glob_match(rel: str, base: str, pattern: str) -> bool:
    p = pattern.replace("\\", "/")
    if p.startswith("./"):
        p = p[2:]
    if fnmatch.fnmatch(rel, p):
        return True
    if "/" not in p.rstrip("/"):
        # a bare name or glob matches the file name, or any folder on the way
        if fnmatch.fnmatch(base, p):
            return True
        return any(fnmatch.fnmatch(part, p.rstrip("/")) for part in rel.split("/")[:-1])
    # fnmatch's * crosses "/", so "lampiran/*" covers deeper files too;
    # a folder named alone ("arsip/") covers everything under it
    prefix = p.rstrip("*").rstrip("/")
    return p.endswith("/") and rel.startswith(prefix + "/")


# -- reading ----------------------------------------------------------------

def _fail(path: str, key: str, what: str) -> ConfigError:
    return ConfigError(f"{path}: {key}: {what}")


def _norm_key(k: str) -> str:
    return k.strip().replace("_", "-").lower()


def _suggest(key: str, options) -> str:
    close = difflib.get_close_matches(key, list(options), n=1, cutoff=0.6)
    return f' (maksud Anda "{close[0]}"?)' if close else ""


def _as_list(v, path: str, key: str) -> list[str]:
    if isinstance(v, str):
        items = v.replace("\n", ",").split(",")
    elif isinstance(v, list):
        items = v
    else:
        raise _fail(path, key, f"harus berupa daftar teks, bukan {type(v).__name__}")
    out = []
    for x in items:
        if not isinstance(x, str):
            raise _fail(path, key, f"harus berupa daftar teks; {x!r} bukan teks")
        x = x.strip()
        if x:
            out.append(x)
    return out


_UNITS = {"": 1, "B": 1, "KB": 1024, "K": 1024, "MB": 1024 ** 2, "M": 1024 ** 2, "GB": 1024 ** 3, "G": 1024 ** 3}


def parse_size(v) -> int:
    """A size: a number of bytes, or a text such as "20 MB", "500KB", "1.5 GB"
    (powers of 1024); 0 means no limit.  ValueError with a reason otherwise."""
    if isinstance(v, bool) or not isinstance(v, (int, str)):
        raise ValueError(f"harus berupa bilangan bita atau teks seperti \"20 MB\", bukan {type(v).__name__}")
    if isinstance(v, int):
        n = v
    else:
        import re
        m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([A-Za-z]*)\s*", v)
        unit = m.group(2).upper() if m else ""
        if not m or unit not in _UNITS:
            raise ValueError(f"ukuran {v!r} tidak dikenal; tulis misalnya \"20 MB\", \"500 KB\" atau 0 (tanpa batas)")
        n = int(float(m.group(1)) * _UNITS[unit])
    if n < 0:
        raise ValueError(f"ukuran {v!r} tidak boleh negatif")
    return n


def _check_selectors(sel: list[str], path: str, key: str) -> list[str]:
    from .registry import all_rules, unknown_selectors
    bad = unknown_selectors(sel)
    if bad:
        names = [r.code for r in all_rules()] + [r.slug for r in all_rules()]
        raise _fail(path, key, f'aturan tidak dikenal "{bad[0]}"{_suggest(bad[0], names)}')
    return sel


def _rules_matching(sel: str):
    from .registry import all_rules
    k = sel.strip()
    return [r for r in all_rules() if k.upper() == "ALL" or r.code.upper().startswith(k.upper()) or r.slug == k.lower()]


def _parse_table_lines(v, path: str, key: str) -> dict:
    """setup.cfg tables: one ``key: value`` (or ``key = value``) a line."""
    if isinstance(v, dict):
        return v
    if not isinstance(v, str):
        raise _fail(path, key, "harus berupa tabel")
    out = {}
    for raw in v.splitlines():
        line = raw.strip()
        if not line or line.startswith(("#", ";")):
            continue
        sep = ":" if ":" in line else "="
        if sep not in line:
            raise _fail(path, key, f'baris "{line}" harus berbentuk "kunci: nilai"')
        k, val = line.split(sep, 1)
        out[k.strip().strip('"\'')] = val.strip()
    return out


def _cfg_scalar(s: str):
    """A setup.cfg value for a rule option: bool, int, float, or text."""
    low = s.strip().lower()
    if low in ("true", "yes", "on"):
        return True
    if low in ("false", "no", "off"):
        return False
    try:
        return int(s)
    except ValueError:
        pass
    try:
        return float(s)
    except ValueError:
        return s.strip()


def _coerce_option(value, default, path: str, key: str, from_cfg: bool):
    if default is None:
        return value
    if from_cfg and isinstance(value, str):
        if isinstance(default, (list, tuple)):
            return [x.strip() for x in value.replace("\n", ",").split(",") if x.strip()]
        value = _cfg_scalar(value)
    ok = {
        bool: lambda v: isinstance(v, bool),
        int: lambda v: isinstance(v, int) and not isinstance(v, bool),
        float: lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
        str: lambda v: isinstance(v, str),
        list: lambda v: isinstance(v, list),
        tuple: lambda v: isinstance(v, list),
        dict: lambda v: isinstance(v, dict),
        set: lambda v: isinstance(v, list),
        frozenset: lambda v: isinstance(v, list),
    }.get(type(default))
    if ok is not None and not ok(value):
        raise _fail(path, key, f"nilai {value!r} harus bertipe {type(default).__name__} (bawaan: {default!r})")
    if isinstance(default, (set, frozenset)) and isinstance(value, list):
        value = type(default)(value)
    return value


def _paths(v, base: str, path: str, where: str, what: str, exists) -> list[str]:
    """A list of paths relative to the configuration file, each checked to exist."""
    out = []
    for p in _as_list(v, path, where):
        full = os.path.normpath(os.path.join(base, os.path.expanduser(p)))
        if not exists(full):
            raise _fail(path, where, f'{what} "{p}" tidak ditemukan ({full})')
        out.append(full)
    return out


def build_config(raw: dict, path: str, section: str, from_cfg: bool = False) -> Config:
    """Validate one ``[tool.lint-perda]`` table into a Config."""
    cfg = Config(path=path)
    base = os.path.dirname(os.path.abspath(path))
    for k0, v in raw.items():
        k = _norm_key(k0)
        where = f"[{section}] {k0}"
        if k not in _KEYS:
            raise _fail(path, where, f"kunci tidak dikenal{_suggest(k, _KEYS)}")
        if k in ("select", "extend-select", "ignore"):
            sel = _check_selectors(_as_list(v, path, where), path, where)
            if k == "select":
                cfg.select = sel
            elif k == "extend-select":
                cfg.extend_select = sel
            else:
                cfg.ignore = sel
        elif k == "fail-on":
            if v not in SEVERITIES:
                raise _fail(path, where, f"nilai {v!r} tidak dikenal; pilih salah satu dari {', '.join(SEVERITIES)}")
            cfg.fail_on = v
        elif k == "lang":
            if v not in LANGS:
                raise _fail(path, where, f"nilai {v!r} tidak dikenal; pilih id atau en")
            cfg.lang = v
        elif k == "data-packs":
            cfg.data_packs = _paths(v, base, path, where, "paket data", os.path.isfile)
        elif k == "exclude":
            cfg.exclude = _as_list(v, path, where)
        elif k == "bases":
            cfg.bases = _paths(v, base, path, where, "folder peraturan dasar", os.path.exists)
        elif k == "dictionary":
            if not isinstance(v, str) or not v.strip():
                raise _fail(path, where, "harus berupa path berkas .dic kamus Hunspell")
            full = os.path.normpath(os.path.join(base, os.path.expanduser(v.strip())))
            if not full.endswith(".dic"):
                full += ".dic"
            if not os.path.isfile(full) or not os.path.isfile(full[:-4] + ".aff"):
                raise _fail(path, where, f"kamus \"{v}\" tidak ditemukan (perlu {full} dan {full[:-4]}.aff)")
            cfg.dictionary = full
        elif k in ("extend-safe-fixes", "extend-unsafe-fixes"):
            sel = _check_selectors(_as_list(v, path, where), path, where)
            if k == "extend-safe-fixes":
                cfg.safe_fixes = sel
            else:
                cfg.unsafe_fixes = sel
        elif k == "max-size":
            try:
                cfg.max_size = parse_size(_cfg_scalar(v) if from_cfg and isinstance(v, str) else v)
            except ValueError as e:
                raise _fail(path, where, str(e)) from None
        elif k == "cache-dir":
            if not isinstance(v, str) or not v.strip():
                raise _fail(path, where, "harus berupa teks: sebuah folder")
            cfg.cache_dir = os.path.normpath(os.path.join(base, os.path.expanduser(v.strip())))
        elif k == "severity":
            table = _parse_table_lines(v, path, where)
            for sel, sev in table.items():
                w = f"{where}.{sel}"
                if sev not in SEVERITIES:
                    raise _fail(path, w, f"tingkat {sev!r} tidak dikenal; pilih salah satu dari {', '.join(SEVERITIES)}")
                rules = _rules_matching(sel)
                if not rules:
                    _check_selectors([sel], path, w)
                for r in rules:
                    cfg.severity[r.code] = sev
        elif k == "per-file-ignores":
            table = _parse_table_lines(v, path, where)
            for glob, sel in table.items():
                w = f"{where}.{glob}"
                cfg.per_file_ignores[str(glob)] = _check_selectors(_as_list(sel, path, w), path, w)
        elif k == "rules":
            if not isinstance(v, dict):
                raise _fail(path, where, "harus berupa tabel [" + section + ".rules.KODE]")
            for sel, opts in v.items():
                _rule_options(cfg, sel, opts, path, f"[{section}.rules.{sel}]", from_cfg)
    return cfg


def _rule_options(cfg: Config, sel: str, opts, path: str, where: str, from_cfg: bool):
    from .registry import find_rule
    rule = find_rule(sel)
    if rule is None:
        _check_selectors([sel], path, where)
        raise _fail(path, where, "opsi aturan harus memakai satu kode atau slug, bukan awalan")
    if not isinstance(opts, dict):
        raise _fail(path, where, "harus berupa tabel opsi")
    known = dict(rule.options or {})
    out = {}
    for k0, val in opts.items():
        k = k0 if k0 in known else k0.replace("-", "_")
        if k not in known:
            names = sorted(known) or ["(aturan ini tidak punya opsi)"]
            raise _fail(path, f"{where} {k0}", f"opsi tidak dikenal untuk {rule.code}; opsi yang ada: {', '.join(names)}")
        out[k] = _coerce_option(val, known[k], path, f"{where} {k0}", from_cfg)
    cfg.rule_options[rule.code] = out
