"""The frame rules' corrections, unsafe (the title in the head of the draft
is taken as right; it may be the one that is wrong): LP502 makes the
Menetapkan line the same as that title, one fix per difference whatever it
is (a word left out, at the start or inside; a word misspelt; a word added;
the jenis and "TENTANG" left out); LP501 names the draft by its jenis;
LP503 names its Lembaran or Berita Daerah, in capitals where the words
replaced are."""
from __future__ import annotations

import pytest

from conftest import FIXTURES, lint_text
from lint_perda.engine import Settings
from lint_perda.fix_apply import fix_source
from lint_perda.sources import SourceText

CLEAN = (FIXTURES / "rules" / "LP502" / "quiet.txt").read_text(encoding="utf-8")
RIGHT = ("Menetapkan : PERATURAN BUPATI TENTANG KEDUDUKAN, SUSUNAN ORGANISASI, TUGAS DAN FUNGSI, "
         "SERTA TATA KERJA DINAS PERTANIAN.")


def _fixed(text: str, unsafe: bool = True, code: str = "LP502") -> str:
    oc = fix_source(SourceText(path="draft.txt", text=text), Settings(select=[code]), unsafe=unsafe)
    assert oc.converged, oc.reason
    return oc.text


@pytest.mark.parametrize("wrong", [
    RIGHT.replace("DINAS PERTANIAN", "PERTANIAN"),                    # left out inside
    RIGHT.replace("PERTANIAN.", "PERTANIAN BARU."),                  # added at the end
    RIGHT.replace("TENTANG KEDUDUKAN, ", "TENTANG "),                # left out at the start
    RIGHT.replace("ORGANISASI", "ORGANSASI"),                        # misspelt
    RIGHT.replace("SERTA TATA KERJA", "SERTA TATA CARA KERJA"),      # added inside
    RIGHT.replace("PERATURAN BUPATI TENTANG ", ""),                  # no jenis, no TENTANG
    RIGHT.replace("PERATURAN BUPATI TENTANG ", "**").replace(".", ".**"),   # the same, in bold
])
def test_menetapkan_made_the_same_as_the_title(wrong):
    assert RIGHT in CLEAN
    text = CLEAN.replace(RIGHT, wrong)
    found = [d for d in lint_text(text, select=["LP502"]).diagnostics]
    assert found and all(d.fix is not None and d.fix.applicability == "unsafe" for d in found)
    fixed = _fixed(text)
    assert fixed.replace("**", "") == CLEAN
    assert _fixed(fixed) == fixed
    assert _fixed(text, unsafe=False) == text        # never applied as a safe fix


def test_the_finding_stands_at_the_word_before_the_one_left_out():
    text = CLEAN.replace(RIGHT, RIGHT.replace("DINAS PERTANIAN", "PERTANIAN"))
    (d,) = lint_text(text, select=["LP502"]).diagnostics
    assert text[d.start:d.end] == "KERJA"
    assert d.suggestion == "KERJA DINAS" and "sesudah \"KERJA\"" in d.message


def test_self_name_and_gazette_follow_the_title():
    text = (FIXTURES / "rules" / "LP503" / "fire.txt").read_text(encoding="utf-8")
    fixed = _fixed(text, code="LP503")
    assert "dalam Berita Daerah Kabupaten Sukamaju." in fixed   # a Peraturan Bupati's, not the Lembaran
    assert fixed.rstrip().endswith("BERITA DAERAH KABUPATEN SUKAMAJU TAHUN 2024 NOMOR 14")   # in capitals
    assert _fixed(fixed, code="LP503") == fixed
    assert lint_text(fixed, select=["LP503"]).diagnostics == []
    perda = (FIXTURES / "rules" / "LP501" / "fire.txt").read_text(encoding="utf-8")
    fixed = _fixed(perda, code="LP501")
    assert "Peraturan Walikota" not in fixed.split("BAB IV")[1] and lint_text(fixed, select=["LP501"]).diagnostics == []
    assert _fixed(perda, unsafe=False, code="LP501") == perda
