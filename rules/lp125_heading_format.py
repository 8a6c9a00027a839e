"""LP125 heading-format: BAB titles in capitals; Bagian and Paragraf have a
title."""
from __future__ import annotations

import re

from lint_perda.ocr import GARBLE_SIGNS
from lint_perda.rule import Rule


def _title_in_source(doc, n) -> str:
    """A title line the parse did not take (italic "_Chief Data Officer_", a
    BAB title not in capitals): the line after the heading, when it is words,
    not a Pasal or another heading."""
    text = doc.source.text
    eol = text.find("\n", n.start)
    rest = text[eol + 1:eol + 400] if eol >= 0 else ""
    nxt = next((ln.strip() for ln in rest.split("\n") if ln.strip()), "")
    nxt = re.sub(r"^[#*_\s-]+", "", nxt).rstrip("_* ")
    if nxt and not re.match(r"(?:Pasal|Paragraf|Bagian|BAB)\b|\(\d|[a-z0-9][.)]\s", nxt):
        return nxt
    return ""


# a title as a scan or a conversion leaves it: small letters inside a word in
# capitals ("KETtrNTUAN", "BUM DtrSA", "DANG TUNAl"), another heading or a
# running head read into it ("HAK PENCELOLAAN Bagian Kesattr ...", "(l) BAB III
# ...", "Kewajiban - Jt - BAB VII"), signs no title has
_GARBLED = re.compile(r"[A-Z][a-z]{1,3}[A-Z]|[A-Z]{3,}[a-z]\b|\b(?:BAB|Bagian|Paragraf)\b|" + GARBLE_SIGNS
                      # letters spaced apart by a conversion ("KETENTUA N UMU M P a sal 1"),
                      # markers read into it ("SANKSI ADMINISTRATIF h. j k."), a sentence's colon
                      + r"|[A-Z]{3,}\s[A-HJ-UWYZ]\b|\b[A-Za-z]\s[a-z]\b|\b[a-z]\.\s[a-z]\b|:\s*$")


class HeadingFormat(Rule):
    """
    ## Apa yang diperiksa
    1. Judul BAB ditulis seluruhnya dengan huruf kapital.
    2. Bagian dan Paragraf mempunyai judul.

    ## Mengapa
    Judul BAB dengan huruf kecil dan Bagian tanpa judul adalah sisa
    penyuntingan; judul adalah yang dikutip orang ketika merujuk kelompok
    ketentuan.

    ## Dasar
    Lampiran II UU 12/2011, pengelompokan: judul BAB ditulis dengan huruf
    kapital; Paragraf diberi judul (butir 75-76 untuk Paragraf; nomor butir
    untuk BAB dan Bagian belum diverifikasi).

    ## Contoh salah
    ```
    BAB II
    Susunan Organisasi

    Bagian Kedua
    Pasal 7
    ```

    ## Contoh benar
    ```
    BAB II
    SUSUNAN ORGANISASI

    Bagian Kedua
    Sekretariat
    ```

    ## Kapan diam
    Naskah yang ditetapkan sebelum 2011 (sebelum UU 12/2011 dan teknik
    penyusunannya).
    Judul yang hilang karena konversi PDF (naskah yang strukturnya tidak dapat
    dipercaya), BAB, Bagian, dan Paragraf dalam ketentuan yang dikutip
    peraturan perubahan. Judul BAB yang terbaca rusak tidak dinilai huruf
    besarnya: huruf kecil di dalam kata berhuruf kapital ("KETtrNTUAN"),
    judul lain atau kepala halaman yang terbaca masuk ("HAK PENGELOLAAN
    Bagian Kesatu ...", "(l) BAB III ..."), huruf yang terpisah spasi
    ("KETENTUA N UMU M"), penanda rincian yang terbaca masuk ("h. j k."),
    judul yang berakhir titik dua (kata-kata sebuah kalimat), atau tanda yang
    tidak dipakai judul ("\\", "{", "|").
    """
    code = "LP125"
    slug = "heading-format"
    severity = "warning"
    summary = "Judul BAB tidak berhuruf kapital, atau Bagian/Paragraf tanpa judul"
    summary_en = "BAB title not in capitals, or Bagian/Paragraf without a title"
    technique = True   # judged only on texts made under UU 12/2011 (see Rule)
    basis = "Lampiran II UU 12/2011 butir 75-76"

    def check(self, doc):
        from lint_perda.reading import note_places, reading
        if doc.body is None:
            return
        rd = reading(doc)
        unjudged: list[int] = []
        for n in doc.body.walk():
            if n.quoted or n.kind not in ("bab", "bagian", "paragraf"):
                continue
            if not rd.clean(n) or rd.marked(n.start, n.start + 200) or (n.title and not re.search(r"[A-Za-z]{3,}", n.title)):
                # (a "title" without a word, "BAB III (1) t2t", is a scan's debris)
                unjudged.append(n.start)   # a title read from running text or through OCR: its case is the scanner's
                continue
            title = (n.title or "").strip()
            if n.kind == "bab":
                title = title or _title_in_source(doc, n)
                if title and _GARBLED.search(title):
                    unjudged.append(n.start)   # small letters inside a capital word, a heading read into it: a scanner's
                    continue
                if title and any(c.islower() for c in title) and len(title) < 120:
                    yield self.at(n, f"Judul {n.label} ditulis seluruhnya dengan huruf kapital: \"{title.upper()}\".",
                                  f"The title of {n.label} is written in capitals.", head=True,
                                  suggestion=title.upper())
            elif not title and (n.children or n.text.strip()) and not _title_in_source(doc, n):
                yield self.at(n, f"{n.label} tidak mempunyai judul.", f"{n.label} has no title.", head=True)
        note_places(doc, "lists", "judul BAB, Bagian atau Paragraf", unjudged)
