"""Parsed data packs kept between processes (lint_perda/datacache.py)."""
from __future__ import annotations

import tomllib

import pytest

from lint_perda.datacache import toml_loads

PACK = '[[peraturan]]\njenis = "Undang-Undang"\nnomor = 23\ntahun = 2014\ntentang = "Pemerintahan Daerah"\n'


def test_a_pack_is_parsed_once_then_read_back(tmp_path, monkeypatch):
    monkeypatch.setenv("LINT_PERDA_CACHE_DIR", str(tmp_path))
    assert toml_loads(PACK) == tomllib.loads(PACK)
    [entry] = list((tmp_path / "packs").iterdir())
    # what the next process reads is the cached form, not the text
    entry.write_text('{"peraturan": [{"jenis": "dari cache"}]}', encoding="utf-8")
    assert toml_loads(PACK)["peraturan"][0]["jenis"] == "dari cache"
    # an edited pack has another key: parsed again
    assert toml_loads(PACK.replace("23", "24"))["peraturan"][0]["nomor"] == 24


def test_a_damaged_entry_or_a_read_only_folder_only_costs_the_parse(tmp_path, monkeypatch):
    monkeypatch.setenv("LINT_PERDA_CACHE_DIR", str(tmp_path))
    toml_loads(PACK)
    [entry] = list((tmp_path / "packs").iterdir())
    entry.write_text("{half", encoding="utf-8")
    assert toml_loads(PACK) == tomllib.loads(PACK)
    monkeypatch.setenv("LINT_PERDA_CACHE_DIR", str(tmp_path / "file"))
    (tmp_path / "file").write_text("not a folder")
    assert toml_loads(PACK) == tomllib.loads(PACK)


def test_a_bad_pack_still_raises_as_tomllib_does(tmp_path, monkeypatch):
    monkeypatch.setenv("LINT_PERDA_CACHE_DIR", str(tmp_path))
    with pytest.raises(tomllib.TOMLDecodeError):
        toml_loads("[[peraturan]\n")
