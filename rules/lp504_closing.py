"""LP504 closing: "mulai berlaku pada tanggal diundangkan", and promulgation
not before enactment."""
from __future__ import annotations

import re

from lint_perda.rule import Rule

MONTHS = {m: i for i, m in enumerate(["januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus",
                                      "september", "oktober", "november", "desember"], 1)}
_DATE = r"pada\s+tanggal\s+(\d{1,2})\s+([A-Za-z]+)\s+(\d{4})"
_SET = re.compile(r"Ditetapkan\s+di\s+[^\n]{1,60}?\s*\n?\s*" + _DATE, re.IGNORECASE)
_PROM = re.compile(r"Diundangkan\s+di\s+[^\n]{1,60}?\s*\n?\s*" + _DATE, re.IGNORECASE)
_IN_FORCE = re.compile(r"mulai\s+berlaku\s+pada\s+tanggal\s+(diundangkan|ditetapkan)", re.IGNORECASE)


def _keputusan_finding(rule, n, m):
    return rule.at(n, "Keputusan tidak diundangkan: Keputusan mulai berlaku pada tanggal ditetapkan.",
                   "A Keputusan is not promulgated: it comes into force on the date it is enacted.",
                   i=m.start(1), j=m.end(1), suggestion="ditetapkan", severity="warning")


def _date(m):
    mon = MONTHS.get(m.group(2).lower())
    return (int(m.group(3)), mon, int(m.group(1))) if mon else None


class Closing(Rule):
    """
    ## Apa yang diperiksa
    1. Ketentuan penutup menyatakan peraturan "mulai berlaku pada tanggal
       diundangkan" (bukan "ditetapkan", rumusan untuk keputusan).
    2. Tanggal diundangkan tidak mendahului tanggal ditetapkan.
    3. Keputusan tidak diundangkan: "Keputusan ini mulai berlaku pada tanggal
       ditetapkan" adalah rumusannya yang benar, dan "pada tanggal
       diundangkan" dalam sebuah Keputusan dilaporkan.

    ## Mengapa
    Peraturan mengikat umum setelah diundangkan; tanggal pengundangan
    sebelum penetapan adalah salah ketik yang membuat saat berlakunya
    diragukan.

    ## Dasar
    UU 12/2011 Pasal 87 (peraturan mulai berlaku dan mempunyai kekuatan
    mengikat pada tanggal diundangkan, kecuali ditentukan lain).

    ## Contoh salah
    ```
    Peraturan Bupati ini mulai berlaku pada tanggal ditetapkan.
    Ditetapkan di Sukamaju pada tanggal 8 Juli 2024
    Diundangkan di Sukamaju pada tanggal 6 Juli 2024
    ```

    ## Contoh benar
    ```
    Peraturan Bupati ini mulai berlaku pada tanggal diundangkan.
    Ditetapkan di Sukamaju pada tanggal 8 Juli 2024
    Diundangkan di Sukamaju pada tanggal 8 Juli 2024
    ```

    ## Kapan diam
    Peraturan yang menentukan saat berlaku lain ("mulai berlaku 1 (satu)
    tahun sejak ..."): itu sah menurut Pasal 87; tanggal yang tidak terbaca
    (OCR) atau yang masih kosong dalam rancangan ("pada tanggal ...").
    Keputusan yang mulai berlaku pada tanggal ditetapkan.
    """
    code = "LP504"
    slug = "closing"
    severity = "error"
    summary = "Mulai berlaku tidak \"pada tanggal diundangkan\", atau diundangkan sebelum ditetapkan"
    summary_en = "Not in force \"on promulgation\", or promulgated before enactment"
    basis = "UU 12/2011 Pasal 87"

    def check(self, doc):
        ident = doc.identity
        if (ident.jenis or "").startswith("Keputusan") and doc.body is not None:
            yield from self._keputusan(doc)
            return
        if not (ident.is_perda or ident.is_perkada) or doc.body is None:
            return
        for n in doc.body.walk():
            if n.quoted or not n.text:
                continue
            for m in _IN_FORCE.finditer(n.text):
                if m.group(1).lower() == "ditetapkan":
                    yield self.at(n, f"{ident.jenis} mulai berlaku pada tanggal diundangkan, bukan ditetapkan.",
                                  f"A {ident.jenis} comes into force when promulgated, not when enacted.",
                                  i=m.start(1), j=m.end(1), suggestion="diundangkan", severity="warning")
        text = doc.source.text
        s, p = _SET.search(text), _PROM.search(text)
        if s and p and _date(s) and _date(p) and _date(p) < _date(s):
            start = p.start()
            yield self.at_span(start, p.end(), "Penutup",
                               f"Tanggal diundangkan ({p.group(1)} {p.group(2)} {p.group(3)}) mendahului tanggal ditetapkan "
                               f"({s.group(1)} {s.group(2)} {s.group(3)}).",
                               f"Promulgated ({p.group(1)} {p.group(2)} {p.group(3)}) before enactment "
                               f"({s.group(1)} {s.group(2)} {s.group(3)}).", words=p.group(0))

    def _keputusan(self, doc):
        for n in doc.body.walk():
            if n.quoted or not n.text:
                continue
            for m in _IN_FORCE.finditer(n.text):
                if m.group(1).lower() == "diundangkan" and "Keputusan" in n.text[max(0, m.start() - 40):m.start()]:
                    yield _keputusan_finding(self, n, m)
