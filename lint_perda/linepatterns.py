"""What a line of a regulation can be: the token the lexer makes of it
(``Tok``) and the patterns that recognise headings, list markers, the parts
of a regulation and an amendment's instructions (lint_perda/lexer.py reads
the lines with them)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .normalize import MLine


@dataclass(slots=True)   # (no __dict__: a text makes some 10,000 tokens, and the collector visits each)
class Tok:
    type: str
    line: MLine | None
    a: int = 0            # span of the token in line.text
    b: int = 0
    num: str | None = None  # number as written
    value: int | None = None
    suffix: str = ""
    marker: str | None = None  # list marker kind: huruf | angka | huruf_kurung | angka_kurung
    title: str | None = None   # heading title written on the same line
    retyped: bool = False
    h: int = -1               # where the heading/marker starts, when before ``a``
    read: tuple = ()          # how the line was read: "glued" (split from running text), "ocr" (number repaired)

    @property
    def text(self) -> str:
        return self.line.text[self.a:self.b] if self.line else ""


_ORD_WORDS = r"(?:Ke\w+(?:\s+(?:Belas|Puluh|belas|puluh)(?:\s+(?:Satu|Dua|Tiga|Empat|Lima|Enam|Tujuh|Delapan|Sembilan|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan))?)?|Pertama)"
RE_BAB = re.compile(r"^BAB\s+([IVXLC]+[A-Z]?|\d+)(?=\s|$|\.)\.?\s*(.*)$")
RE_BAGIAN = re.compile(r"^Bagian\s+(" + _ORD_WORDS + r"(?:\s+[A-Z](?=\s|$))?|\d+)(?=\s|$)\s*(.*)$")
RE_PARAGRAF = re.compile(r"^Paragraf\s+(\d+[A-Z]?|" + _ORD_WORDS + r")(?=\s|$)\s*(.*)$")
RE_PASAL = re.compile(r"^(?:Pasal|PASAL)(?:\s+|(?=\d))(\d{1,4}[A-Z]?|[IVX]{1,5})\s*\.?$")
RE_PASAL_START = re.compile(r"^(?:Pasal|PASAL)\s+(\d{1,4})(?=[\s.]|$)")
RE_AYAT = re.compile(r"^\((\d{1,3}[a-z]?)\)\s*")
# (a letter's full stop typed or read twice, "a.. orientasi", is still its marker)
RE_ITEM = re.compile(r"^(?:([a-z]{1,2})\.\.?|(\d{1,3})\.|([a-z])\)|(\d{1,3})\))(?=\s|$)\s*")
# list letters OCR reads as others: the letter written -> the letters it may stand for
_CONFUSED = {"c": "e", "e": "c", "l": "i", "i": "l", "o": "c", "t": "f", "f": "t"}
# list letters OCR reads as two: "ci." or "cl." for "d.", "rn." for "m."
TWO_FOR_ONE = {"ci": "d", "cl": "d", "rn": "m"}
# a marker glued to the word after it ("27.Cuti"): read only where that item is expected
RE_ITEM_TIGHT = re.compile(r"^(?:([a-z]{1,2})\.|(\d{1,3})\.|([a-z])\)|(\d{1,3})\))(?=[A-Z])")
RE_MENIMBANG = re.compile(r"^Menimbang\b\s*:?\s*")
RE_MENGINGAT = re.compile(r"^Mengingat\b\s*:?\s*")
RE_MEMUTUSKAN = re.compile(r"^M\s?E\s?M\s?U\s?T\s?U\s?S\s?K\s?A\s?N\b\s*:?\s*")
RE_MENETAPKAN = re.compile(r"^Menetap[kK](?:an|AN)\b\s*:?\s*")
# a diktum of a Keputusan: "KESATU : Membentuk ...", "KEDUA BELAS:", "PERTAMA :"
RE_DIKTUM = re.compile(r"^(KE[A-Z]{2,12}(?:\s+(?:BELAS|PULUH)(?:\s+[A-Z]{3,9})?)?|PERTAMA|"
                       r"Ke[a-z]{2,12}(?:\s+(?:Belas|Puluh|belas|puluh)(?:\s+[A-Za-z]{3,9})?)?|Pertama)\s*:\s*")
RE_RAHMAT = re.compile(r"^DENGAN\s+RAHMAT\s+TUHAN", re.I)
RE_PERSETUJUAN = re.compile(r"^Dengan\s+Persetujuan\s+Bersama", re.I)
RE_CLOSE_START = re.compile(r"^(?:Ditetapkan|Disahkan)\s+[Dd]i\b")
RE_PENJELASAN = re.compile(r"^(?:PENJE\S{0,3}ASAN(?:\s|$)|P ?E ?N ?J ?E ?L ?A ?S ?A ?N\s+A ?T ?A ?S\b|I\.\s+UMUM\b|(?:I{1,2}\.\s+)?PASAL\s+DEMI\s*PASAL\b)")
RE_LAMPIRAN = re.compile(r"^(?:LAMPIRAN|Lampiran)(?:\s+([IVXL]+|\d+))?(?=\s*$|\s*:|\s+(?:PERATURAN|KEPUTUSAN|UNDANG|Peraturan|Keputusan|NOMOR|Nomor))")
# "Pasal 36 Undang-Undang Dasar ..." at the start of a line of the Penjelasan cites, it is no entry
RE_PJ_PASAL = re.compile(r"^Pasal(?:\s+|(?=\d))(\d{1,4}[A-Z]?|[IVX]{1,5})(?=\s|$)"
                         r"(?!\s+(?:ayat|huruf|angka|Undang|UUD|Peraturan|Keputusan|KUH|Kitab)\b)\s*")
RE_AMEND = re.compile(
    r"^(?:Ketentuan|Di\s*antara|Diantara|Judul|Penjelasan|Lampiran|Bab|BAB|Bagian|Paragraf|[Pp]asal\s+\d+\w*|"
    r"Ayat|ayat|Huruf|huruf|Angka|angka|Menambahkan|Menyisipkan|Mengubah|Menghapus|Setelah|Sesudah)\b")
# the verb of an amendment instruction, before the new wording starts
RE_AMEND_VERB = re.compile(r"\b(?:diubah|dihapus|disisipkan|disisipi|ditambah(?:kan)?|dicabut|diganti)\b")
# an omnibus text's Pasal that amends another regulation
RE_OMNIBUS = re.compile(r"^(?:Beberapa\s+)?[Kk]etentuan\b.{0,400}?\bdalam\s+(?:Peraturan|Undang-Undang|Undang-undang)\b"
                        r".*\b(?:diubah|dihapus|ditambah\w*|disisipkan)\b.*(?:berikut|dihapus)\s*[:.]?\s*$")
# "10.Di antara Pasal 54 ...": an instruction number without its space
RE_GLUED_NUMBER = re.compile(r"^(\d{1,3})\.(?=[A-Z])")
# the lead of the Ketentuan Umum ("yang dimaksud dengan"), through a scan's "^"
DEFINITIONS_LEAD = r"yang\s+\^?dimaksud(?:kan)?\s+\^?(?:dengan|dalam)"
RE_WORDING = re.compile(r"\bberbunyi\b|\bsebagai\s+berikut\b")
# the opening of Pasal I naming the amended regulation ("Beberapa ketentuan
# dalam Peraturan ... diubah sebagai berikut:"): not an instruction itself
RE_AMEND_OPENING = re.compile(r"^(?:Beberapa|Semua|Seluruh)\s+ketentuan\b", re.I)
_ALLCAPS = re.compile(r"^[^a-z]*[A-Z][^a-z]*$")
_MARKER_KIND = ("huruf", "angka", "huruf_kurung", "angka_kurung")


def is_instruction(text: str) -> bool:
    """An amendment instruction: a standard opening ("Ketentuan", "Di antara",
    "Pasal 16 dihapus.") and the verb before the new wording starts ("sehingga
    berbunyi", ":"), so that a quoted definition "5. Ketentuan Umum adalah ..."
    stays a list item."""
    if not RE_AMEND.match(text):
        return False
    head = re.split(r"\bsehingga\b|\bsebagai\s+berikut\b|\byang\s+berbunyi\b|:", text, maxsplit=1)[0]
    return bool(RE_AMEND_VERB.search(head[:400]))


def _garbled_instruction(text: str) -> bool:
    """The next instruction number before an opening the scanner garbled
    ("27. Ketenitan Pasal 55 diubah sehingga ..."): a unit and a verb."""
    head = re.split(r"\bsehingga\b|\bsebagai\s+berikut\b|:", text, maxsplit=1)[0][:300]
    return bool(RE_AMEND_VERB.search(head)) and bool(re.search(r"\b(?:Pasal|pasal|ayat|BAB|Bab)\s+[\dIVX(]", head))
# the last item of Pasal I that dates the instructions before it ("3. Ketentuan
# sebagaimana dimaksud pada angka 1 dan angka 2 mulai berlaku pada tanggal
# ..."): an item of Pasal I, not a sub-item of the Pasal it follows
RE_INSTRUCTION_DATING = re.compile(r"^Ketentuan\s+sebagaimana\s+dimaksud\s+(?:pada|dalam)\s+angka\s+\d.{0,200}?\bberlaku\b")
_ORDINALS = None


def diktum_like(word: str) -> int | None:
    """The number a misspelt ordinal ("KEEMPT", "KEDELPAN") stands for: one
    letter from a short one, two from a long one.  The diktum is still read
    as a diktum with that number (and LP712 reports the spelling)."""
    global _ORDINALS
    if _ORDINALS is None:
        from .numbering import int_to_ordinal
        _ORDINALS = [int_to_ordinal(i).upper() for i in range(1, 40)]
    from rapidfuzz.distance import Levenshtein
    w = " ".join(word.upper().split())
    best = min(((Levenshtein.distance(w, o), i) for i, o in enumerate(_ORDINALS, 1)), default=None)
    if best is None or best[0] > (1 if len(w) < 7 else 2):
        return None
    return best[1]
