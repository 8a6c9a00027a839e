"""Where the configuration comes from: the nearest pyproject.toml with
``[tool.lint-perda]`` or setup.cfg with ``[lint-perda]`` above each linted
file (lint_perda/config.py says what the keys mean and checks them)."""
from __future__ import annotations

import os

from .config import Config, ConfigError, build_config


def _read_pyproject(path: str) -> dict | None:
    import tomllib
    try:
        with open(path, "rb") as f:
            data = tomllib.load(f)
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(f"{path}: TOML tidak sah: {e}") from None
    except OSError as e:
        raise ConfigError(f"{path}: tidak dapat dibaca: {e.strerror or e}") from None
    tool = data.get("tool")
    if not isinstance(tool, dict):
        return None
    sec = tool.get("lint-perda", tool.get("lint_perda"))
    if sec is None:
        return None
    if not isinstance(sec, dict):
        raise ConfigError(f"{path}: [tool.lint-perda]: harus berupa tabel")
    return sec


def _read_setup_cfg(path: str) -> dict | None:
    import configparser
    cp = configparser.ConfigParser(interpolation=None)
    cp.optionxform = str  # keep the case of rule codes
    try:
        with open(path, encoding="utf-8") as f:
            cp.read_file(f)
    except configparser.Error as e:
        msg = " ".join(str(e).split())
        raise ConfigError(f"{path}: berkas INI tidak sah: {msg}") from None
    except (OSError, UnicodeDecodeError) as e:
        raise ConfigError(f"{path}: tidak dapat dibaca: {e}") from None
    names = [s for s in cp.sections() if s in ("lint-perda", "lint_perda") or s.startswith(("lint-perda.", "lint_perda."))]
    if not names:
        return None
    out: dict = {}
    if cp.has_section("lint-perda") or cp.has_section("lint_perda"):
        out.update(dict(cp.items("lint-perda" if cp.has_section("lint-perda") else "lint_perda")))
    for s in names:
        rest = s.split(".", 1)[1] if "." in s else ""
        if not rest:
            continue
        if rest.startswith("rules."):
            out.setdefault("rules", {})[rest[6:]] = dict(cp.items(s))
        else:
            raise ConfigError(f"{path}: [{s}]: bagian tidak dikenal (yang ada: [lint-perda], [lint-perda.rules.KODE])")
    return out


def load_config(path: str) -> Config:
    """Read an explicit configuration file (``--config``)."""
    if not os.path.isfile(path):
        raise ConfigError(f"{path}: berkas konfigurasi tidak ditemukan")
    if path.endswith(".cfg") or path.endswith(".ini"):
        raw = _read_setup_cfg(path)
        if raw is None:
            raise ConfigError(f"{path}: tidak ada bagian [lint-perda]")
        return build_config(raw, path, "lint-perda", from_cfg=True)
    raw = _read_pyproject(path)
    if raw is None:
        # a dedicated TOML file (lint-perda.toml) carries the keys at top level
        import tomllib
        with open(path, "rb") as f:
            data = tomllib.load(f)
        if "tool" in data:
            raise ConfigError(f"{path}: tidak ada bagian [tool.lint-perda]")
        return build_config(data, path, "lint-perda")
    return build_config(raw, path, "tool.lint-perda")


class ConfigResolver:
    """Finds the configuration for each linted file, caching per folder."""

    def __init__(self, explicit: str | None = None, isolated: bool = False):
        self.isolated = isolated
        self.explicit = load_config(explicit) if explicit else None
        self._by_dir: dict[str, Config] = {}
        self._default = Config()

    def for_dir(self, d: str) -> Config:
        if self.explicit is not None:
            return self.explicit
        if self.isolated:
            return self._default
        d = os.path.abspath(d)
        chain = []
        found = None
        cur = d
        while True:
            if cur in self._by_dir:
                found = self._by_dir[cur]
                break
            chain.append(cur)
            found = self._read_dir(cur)
            if found is not None:
                break
            parent = os.path.dirname(cur)
            if parent == cur:
                found = self._default
                break
            cur = parent
        for c in chain:
            self._by_dir[c] = found
        return found

    def for_file(self, path: str) -> Config:
        if path == "-":
            return self.for_dir(os.getcwd())
        return self.for_dir(os.path.dirname(os.path.abspath(path)))

    @staticmethod
    def _read_dir(d: str) -> Config | None:
        pp = os.path.join(d, "pyproject.toml")
        if os.path.isfile(pp):
            raw = _read_pyproject(pp)
            if raw is not None:
                return build_config(raw, pp, "tool.lint-perda")
        sc = os.path.join(d, "setup.cfg")
        if os.path.isfile(sc):
            raw = _read_setup_cfg(sc)
            if raw is not None:
                return build_config(raw, sc, "lint-perda", from_cfg=True)
        return None
