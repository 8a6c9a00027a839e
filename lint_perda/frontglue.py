"""The body of a regulation glued onto its front by the conversion:
"Menetapkan : PERATURAN ... . BAB I KETENTUAN UMUM Pasal 1 Dalam ...", or
the decision and Pasal 1 glued into the last item of the Mengingat.  Where
the lexer, still in the front, may split such a line (glued.py finds the
heading; this module says which headings may open the body there).
"""
from __future__ import annotations

import re

from .glued import Cut, Expect, _pasal_cut, find_cut

# the decision, as OCR may read it inside a line of the Mengingat: "MEMUTUSKAN .", "MEMUTUSI(AN:"
_DECISION = re.compile(r"M\s?E\s?M\s?U\s?T\s?U\s?S")


# an amendment's first article glued onto the decision: "Menetapkan :
# PERUBAHAN ATAS ... . PASAL I Beberapa ketentuan dalam ..." (PP 32/2013)
_ARTICLE_I = re.compile(r"[.;:]\s+((?:PASAL|Pasal)\s+I)\s+(?=Beberapa\b|Ketentuan\b|Di\s*antara\b|Diantara\b)")


def article_cut(t: str) -> Cut | None:
    """The amendment's "PASAL I" glued onto the Menetapkan line."""
    m = _ARTICLE_I.search(t)
    if m is None:
        return None
    return Cut(a=m.start(1), kind="pasal", value=1, num_end=m.end(1) - m.start(1))


def front_cut(t: str, ex: Expect, decided: bool, own_heading, later) -> Cut | None:
    """The body glued onto the front: "Menetapkan : PERATURAN ... . Pasal 1
    Dalam ...", "... . BAB I KETENTUAN UMUM Pasal 1 ...", or the whole
    decision glued into the last item of the Mengingat ("... Nomor 3760);
    MEMUTUSKAN . ... PADA KEMENTERIAN KEUANGAN. Pasal 1 (1) Jenis ...").
    Only Pasal 1 or BAB I can open the body there (``ex``); a Pasal is
    looked for only after the decision.  ``later`` gives the lines after
    this one: the two readings added here (a BAB I, a decision inside a
    line) open the body only where a Pasal 2 follows, so that a text whose
    Pasal 2 the conversion lost is not read as one Pasal holding all."""
    start = 1
    if not decided:
        m = _DECISION.search(t)
        if m is None or not _pasal_2_follows(t, m.end(), later):
            return None
        start = m.end()
    elif t[:5] == "Pasal" and not own_heading:
        start = 0   # "Pasal 1 (1) Ibu kota ..." opening the body on its own line
    cut = find_cut(t, ex, start=start)
    if cut is None or cut.kind != "pasal" and not (cut.kind == "bab" and ex.bab == 1 and ex.pasal == 1):
        return None
    if cut.kind == "bab" and (_pasal_cut(t, ex, cut.a + 4) is None or not _pasal_2_follows(t, cut.a, later)):
        return None   # no Pasal 1 read after it: the BAB's title would take the body's words
    return cut


_PASAL_2 = re.compile(r"\bPas\S{1,2}\s*2\b(?!\s*(?:ayat|huruf|angka)\b)")


def _pasal_2_follows(t: str, a: int, later) -> bool:
    """A "Pasal 2" in ``t`` after ``a`` or in the lines after it, before
    the Penjelasan."""
    if _PASAL_2.search(t, a):
        return True
    for ln in later():
        t = ln.text
        if t.startswith("PENJELASAN"):
            return False
        if "2" in t and _PASAL_2.search(t):
            return True
    return False
