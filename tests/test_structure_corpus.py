"""Numbering, duplicate and list rules on the real texts: every fault of
issue 4's list fires at its line; none lands on a catchword or page
artefact; on the published national texts (2012 on) error-level numbering
and duplicate findings stay under one per ten texts."""
from __future__ import annotations

import glob
import re

import pytest

from conftest import CORPUS, R000, R001, R002, R003, lint_file, need_corpus

pytestmark = pytest.mark.corpus

NUMBERING_AND_DUPLICATES = ["LP101", "LP102", "LP103", "LP104", "LP105", "LP106", "LP107", "LP108",
                            "LP111", "LP112", "LP113", "LP114", "LP115"]


def _found(path, codes):
    need_corpus()
    res = lint_file(path, select=codes)
    assert res.error is None
    return res


@pytest.mark.parametrize("path,code,line,words", [
    (R000, "LP106", 54, "angka 4 sampai dengan angka 16"),        # definitions 1-6, then 4-16 ...
    (R000, "LP104", 726, "Pasal 17, Pasal 19, Pasal 20"),          # the run 20, 17, 19, 20
    (R000, "LP102", 812, "Bagian Ketiga sampai dengan Bagian Keenam tidak ada"),
    (R000, "LP103", 351, "Paragraf 1"),
    (R000, "LP103", 743, "sesudah Paragraf 6 seharusnya Paragraf 7"),
    (R000, "LP103", 2214, "Paragraf 6 tidak ada"),
    (R000, "LP112", 184, "Seksi Pelayanan Umum"),
    (R000, "LP113", 322, '"dinas"'),
    (R000, "LP111", 368, "angka 7 sama dengan angka 6"),
    (R001, "LP102", 2073, "Bagian Kedua Puluh tidak ada"),
    (R001, "LP102", 2406, "Bagian Kedua Puluh Tiga"),
    (R001, "LP113", 990, '"lingkup tugas"'),
    (R003, "LP106", 25, "huruf f) tidak ada"),
    (R002, "LP108", 77, "hanya mempunyai ayat (1)"),
])
def test_regional_fault_fires(path, code, line, words):
    res = _found(path, [code])
    hits = [d.message for d in res.diagnostics if d.code == code and d.line == line]
    assert hits and words in hits[0], [(d.line, d.message) for d in res.diagnostics]


def test_000_gap_after_the_repeated_definitions_is_one_finding():
    res = _found(R000, ["LP106"])
    assert not [d for d in res.diagnostics if d.line == 69]   # 17-19 "missing" is the same fault as line 54


def test_consistent_nested_full_stop_is_reported_once():
    for path in (R000, R001):
        res = _found(path, ["LP121"])
        nested = [d for d in res.diagnostics if "masih berlanjut" in d.message]
        assert len(nested) == 1 and "dilaporkan sekali" in nested[0].message


def test_no_structure_finding_on_a_catchword_or_page_artefact():
    for path in (R000, R001, R002, R003):
        res = _found(path, NUMBERING_AND_DUPLICATES + ["LP121", "LP122", "LP123", "LP124", "LP125"])
        lines = res.text.split("\n")
        for d in res.diagnostics:
            raw = lines[d.line - 1].strip()
            line = raw.lstrip("#-* ")
            assert not line.endswith(("...", "…")), (path.name, d.line, d.code, line)   # a catchword
            # a page number ("- 3 -", "3") or running head, not a provision
            assert not re.fullmatch(r"-?\s*\d+\s*-?|Halaman\s+\d+.*", raw), (path.name, d.line, d.code, raw)


@pytest.mark.slow
def test_numbering_and_duplicate_errors_are_rare_on_published_national_texts():
    files = sorted(f for f in glob.glob(str(CORPUS / "national" / "*" / "*" / "*"))
                   if f.split("/")[-2].isdigit() and int(f.split("/")[-2]) >= 2012)
    if not files:
        pytest.skip(f"national corpus not found under {CORPUS}")
    errors = 0
    for f in files:
        res = lint_file(f, select=NUMBERING_AND_DUPLICATES)
        errors += sum(d.severity == "error" for d in res.diagnostics)
    assert errors <= len(files) / 10, f"{errors} error findings on {len(files)} texts"
