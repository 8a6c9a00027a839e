"""What a page turn of a print leaves in the text (normalize.py's pre-pass):
the printer's catchword at the foot of a page ("b. mengarahkan ...",
"(3) Pemerintah .", "Pasal 10"), repeating the words that open the next
page, and a converted text's first line written twice.  Each is dropped only
where the next line really goes on with the same words.
"""
from __future__ import annotations

import re

from .mline import MLine

_CATCHWORD = re.compile(r"^(.{1,100}?)\s*(?:…|\.\s?\.\s?\.)$")
_MARKER_HEAD = re.compile(r"^(?:[-*]\s+)?(?:[a-z]{1,2}[.)]|\d{1,3}[.)]|\(\d{1,3}[a-z]?\)|Pasal\s+\d+[A-Z]?)\s")
_SHORT_CATCH = re.compile(r"^((?:\(\d{1,3}[a-z]?\)|[a-z]{1,2}[.)]|\d{1,3}[.)])\s+\S+(?:\s+\S+)?)\s?\.$")
_LABELLED_CATCH = re.compile(r"^((?:[a-z]{1,2}[.)]|\d{1,3}[.)])\s+\S+(?:\s+\S+)?)\s+"
                             r"(?:Menetapkan|MEMUTUSKAN|Menimbang|Mengingat)\s*:$")
_HEADING_LINE = re.compile(r"^(?:Pasal\s+\d{1,3}[A-Z]?|BAB\s+[IVXLC]+|Paragraf\s+\d{1,3}[A-Z]?"
                           r"|Bagian\s+Ke[a-z]+(?:\s+(?:Belas|Puluh)(?:\s+[A-Z][a-z]+)?)?)$")
_JUNK = re.compile(r"^[^a-z]{0,3}$|^(?=.{0,24}$)(?!.*[a-z]{4})")


def _collapse(s: str) -> str:
    return " ".join(s.split())


def page_turn_artefact(phys: list[MLine], i: int, first: bool) -> str | None:
    """"catchword" or "duplicate" when the physical line ``i`` is one
    (``first``: no line is kept before it), else None."""
    ml = phys[i]
    t = ml.text
    last = i + 1 >= len(phys)
    # (only a short line ending in "…" or three dots can be one: test that first)
    m = _CATCHWORD.match(t) if len(t) < 120 and (t.endswith("…") or t[-5:].count(".") >= 3) else None
    if m and not last:
        prefix = _collapse(m.group(1))
        nxt = _collapse(phys[i + 1].text)
        mk = _MARKER_HEAD.match(prefix)
        same_marker = mk is not None and nxt.startswith(mk.group(0)) and len(prefix) <= 60
        # a marker and a word or two, then "...": a catchword even when the
        # next page starts otherwise (the printer's stale "(2) Untuk...")
        stub = mk is not None and len(prefix.split()) <= 3
        # "Pasal ...": a heading word alone before "...", whatever the next page starts with
        bare = prefix in ("Pasal", "BAB", "Bagian", "Paragraf", "PASAL")
        if prefix and (nxt.startswith(prefix) and len(nxt) > len(prefix) or same_marker or stub or bare):
            if ml.blank_before and not first:
                phys[i + 1].blank_before = True
            return "catchword"
    m3 = _LABELLED_CATCH.match(t) if t.endswith(":") and len(t) < 60 else None
    if m3 and not last and _catch_goes_on(m3.group(1), phys[i + 1].text):
        # "3. Peraturan Menetapkan :" before "3. Peraturan Pemerintah ...": a
        # catchword whose "..." a label of the other column took
        return "catchword"
    m2 = _SHORT_CATCH.match(t) if t.endswith(".") and len(t) < 60 else None
    if m2 and not last and _catch_goes_on(m2.group(1).rstrip(" ."), phys[i + 1].text, t.endswith((" .", ".."))):
        # "(3) Pemerintah ." before "(3) Pemerintah Daerah wajib ...": a
        # catchword whose "..." the scanner read as one full stop
        return "catchword"
    if first and len(t) > 30 and not last and t.strip() == phys[i + 1].text.strip():
        # the text's first line, then the same line again: a conversion's
        # preview (" a. bahwa ..." above the Menimbang's "a. bahwa ...").
        # Elsewhere a line written twice may be the draft's own slip
        return "duplicate"
    if t[:1] in "PBp" and _HEADING_LINE.match(t) and _repeated_heading(phys, i):
        # "Pasal 10" at the foot of a page and again at the head of the
        # next: the printer's catchword, written without "..."
        return "catchword"
    return None


def _catch_goes_on(catch: str, nxt: str, spaced: bool = False) -> bool:
    """The next line starts with the catchword's words and goes on ("b.
    kementerian" before "b. kementerian/lembaga ..."; a scanner's "^" aside).
    A catchword whose "..." became " ." may be followed by a short item
    ("c. sosial ." / "c. sosial; dan/atau")."""
    catch, nxt = (x.replace("^", "").replace("- ", "-") for x in (catch, nxt))   # "Undang- Undang ."
    if not nxt.startswith(catch):
        if not spaced:
            return False
        catch = _misread_start(catch, nxt)   # "(2) Jaminan ." before "(2) Janrinan Luasan ..."
        if catch is None:
            return False
    after = nxt[len(catch):len(catch) + 1]
    return after in (" ", "/", "-") and len(nxt) > len(catch) + 10 or spaced and after in (";", ",", ":")


def _repeated_heading(phys: list[MLine], i: int) -> bool:
    """The same heading line again, next or after one short line of scanner
    debris ("Pasal 10 / fL) T)t>1€ / Pasal 10")."""
    t = phys[i].text
    for k in (1, 2):
        if i + k >= len(phys):
            return False
        nxt = phys[i + k].text
        if nxt == t or nxt.startswith(t + " ") and not nxt[len(t) + 1:len(t) + 2].isdigit():
            return True   # "Bagian Keempat" / "Bagian Keempat Tata Cara ...": the same heading with its title
        if not _JUNK.match(nxt):
            return False
    return False


def _misread_start(catch: str, nxt: str) -> str | None:
    """The start of ``nxt`` that the catchword ``catch`` stands for when OCR
    read one of them otherwise: the same marker, then words of six letters
    or more within two edits ("Jaminan" / "Janrinan"); None when not."""
    from rapidfuzz.distance import Levenshtein
    cw, nw = catch.split(), nxt.split()
    if len(cw) < 2 or len(nw) <= len(cw) or cw[0] != nw[0]:
        return None
    for a, b in zip(cw[1:], nw[1:]):
        if a != b and (len(a) < 6 or Levenshtein.distance(a, b) > 2):
            return None
    head = " ".join(nw[:len(cw)])
    return head if nxt.startswith(head) else None
