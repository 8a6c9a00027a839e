"""Find the rules: every Rule subclass in the modules of lint_perda.rules,
plus third-party rules from the entry-point group ``lint_perda.rules``."""
from __future__ import annotations

import importlib
import pkgutil

from .rule import Rule

_CACHE: list[type[Rule]] | None = None


def all_rules() -> list[type[Rule]]:
    global _CACHE
    if _CACHE is not None:
        return _CACHE
    import lint_perda.rules as pkg
    found: dict[str, type[Rule]] = {}
    for mod in sorted(pkgutil.iter_modules(pkg.__path__), key=lambda m: m.name):
        if mod.name.startswith("_"):
            continue
        m = importlib.import_module(f"lint_perda.rules.{mod.name}")
        _collect(m, found)
    try:
        from importlib.metadata import entry_points
        for ep in entry_points(group="lint_perda.rules"):
            try:
                obj = ep.load()
            except Exception:  # a broken plugin must not break linting
                continue
            if isinstance(obj, type) and issubclass(obj, Rule):
                found.setdefault(obj.code, obj)
            elif hasattr(obj, "__dict__"):
                _collect(obj, found)
    except Exception:
        pass
    _CACHE = sorted(found.values(), key=lambda r: r.code)
    return _CACHE


def _collect(module, found: dict):
    for v in vars(module).values():
        if isinstance(v, type) and issubclass(v, Rule) and v is not Rule and v.code and v.__module__ == module.__name__:
            if v.code in found and found[v.code] is not v:
                raise RuntimeError(f"kode aturan ganda: {v.code}")
            found[v.code] = v


def find_rule(key: str) -> type[Rule] | None:
    k = key.strip()
    for r in all_rules():
        if r.code.upper() == k.upper() or r.slug == k.lower():
            return r
    return None


def select(select: list[str] | None, ignore: list[str] | None, extend: list[str] | None = None) -> list[type[Rule]]:
    """ruff-style selection by code, slug or code prefix ("LP2")."""
    rules = all_rules()

    def match(r: type[Rule], keys: list[str]) -> bool:
        for k in keys:
            k = k.strip()
            if not k:
                continue
            if k.upper() == "ALL" or r.code.upper().startswith(k.upper()) or r.slug == k.lower():
                return True
        return False

    chosen = [r for r in rules if (select is None or match(r, select)) or (extend and match(r, extend))]
    if ignore:
        chosen = [r for r in chosen if not match(r, ignore)]
    return chosen


def unknown_selectors(keys: list[str]) -> list[str]:
    bad = []
    for k in keys:
        k = k.strip()
        if not k or k.upper() == "ALL":
            continue
        if not any(r.code.upper().startswith(k.upper()) or r.slug == k.lower() for r in all_rules()):
            bad.append(k)
    return bad
