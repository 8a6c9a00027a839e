"""Shared readings of the frame (identity, Menetapkan, the promulgation
lines) for the LP5xx rules."""
from __future__ import annotations

import re

# the jenis as it is written in running text and in capitals
JENIS_WORDS = {
    "Peraturan Daerah": ("Peraturan Daerah",),
    "Peraturan Gubernur": ("Peraturan Gubernur",),
    "Peraturan Bupati": ("Peraturan Bupati",),
    "Peraturan Wali Kota": ("Peraturan Wali Kota", "Peraturan Walikota"),
    "Peraturan Pemerintah": ("Peraturan Pemerintah",),
    "Peraturan Presiden": ("Peraturan Presiden",),
}
SELF = re.compile(r"\bPeraturan\s+(Daerah|Gubernur|Bupati|Wali\s?[Kk]ota|Pemerintah|Presiden)\s+ini\b")


def jenis_of(word: str) -> str:
    w = " ".join(word.split()).lower()
    return {"daerah": "Peraturan Daerah", "gubernur": "Peraturan Gubernur", "bupati": "Peraturan Bupati",
            "walikota": "Peraturan Wali Kota", "wali kota": "Peraturan Wali Kota",
            "pemerintah": "Peraturan Pemerintah", "presiden": "Peraturan Presiden"}[w]


def fold(text: str) -> str:
    """Capitals, single spaces, no markdown or closing punctuation."""
    t = re.sub(r"[*_]", "", text or "")
    t = " ".join(t.upper().split())
    t = re.sub(r"([-/])\s+", r"\1", t)   # "UNDANG- UNDANG" wrapped at the hyphen
    return t.rstrip(" .;:,")


def region_name(region: str | None) -> str:
    """"Kabupaten Pesawaran" -> "PESAWARAN"."""
    return fold(re.sub(r"^(Provinsi|Kabupaten|Kota)\s+", "", region or "", flags=re.I))


def missing_semicolon(rule, item, part: str, last_may_stop: bool = False, is_last: bool = False):
    """A Menimbang or Mengingat item ends with ";" (the last Mengingat item
    may end with "." in some drafts' house style)."""
    t = " ".join(item.text.split())
    if not t or t.endswith(";") or (last_may_stop and is_last and t.endswith(".")):
        return None
    end = len(item.text.rstrip())
    return rule.at(item, f"Butir {part} diakhiri titik koma (;).", f"A {part} item ends with a semicolon.",
                   i=max(0, end - 1), j=end)


def regional_front_part(doc, kind: str):
    """The Menimbang or Mengingat node of a regional regulation (the frame
    rules judge regional drafts; converted national texts run these parts
    together), or None."""
    ident = doc.identity
    if doc.front is None or not (ident.is_perda or ident.is_perkada):
        return None
    return next((n for n in doc.front.walk() if n.kind == kind), None)
