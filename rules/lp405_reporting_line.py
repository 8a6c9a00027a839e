"""LP405 reporting-line: a unit said to answer to someone its structure does
not put above it."""
from __future__ import annotations

import re

from lint_perda.organisation import fold
from lint_perda.rule import Rule

_LINE = re.compile(r"^((?:Sub\s?Bagian|Subbagian|Seksi|Bidang|Sekretariat)(?:[\s,]+(?:dan\s+|serta\s+)?[A-Z][\w/-]*)*)\s+"
                   r"dipimpin\s+oleh\s+(?:seorang\s+)?[^.;]{0,60}?bertanggung\s+jawab\s+kepada\s+"
                   r"((?:Kepala\s+)?[A-Z][\w]*(?:\s+[A-Z][\w]*){0,6})")
_SECRETARY = ("sekretaris", "sekmat", "seklur")


class ReportingLine(Rule):
    """
    ## Apa yang diperiksa
    Kalimat "<unit> dipimpin oleh ... yang bertanggung jawab kepada <atasan>"
    dibandingkan dengan susunan organisasi peraturan itu: Sub Bagian di bawah
    Sekretariat bertanggung jawab kepada Sekretaris; Seksi di bawah sebuah
    Bidang kepada Kepala Bidang (itu); unit yang langsung di bawah pimpinan
    (Seksi pada Kecamatan) kepada pimpinan itu (Camat).

    ## Mengapa
    Atasan yang salah menyalahi susunan organisasi yang ditetapkan peraturan
    itu sendiri, dan biasanya berasal dari naskah perangkat daerah lain
    (Seksi pada Dinas bertanggung jawab kepada Kepala Bidang; Seksi pada
    Kecamatan kepada Camat).

    ## Dasar
    PP 18/2016 tentang Perangkat Daerah (susunan dan hubungan kerja unit);
    kecermatan rumusan.

    ## Contoh salah
    ```
    Seksi Pemerintahan dipimpin oleh seorang Kepala Seksi yang bertanggung jawab kepada Kepala Bidang.   (dalam peraturan Kecamatan)
    ```

    ## Contoh benar
    ```
    Seksi Pemerintahan dipimpin oleh seorang Kepala Seksi yang bertanggung jawab kepada Camat.
    ```

    ## Kapan diam
    Atasan yang disebut "melalui" pejabat lain (jalur koordinasi), unit yang
    tidak ada dalam susunan (LP401 melaporkannya), susunan yang pimpinannya
    tidak terbaca, dan atasan yang hanya disebut jenis jabatannya tetapi
    cocok ("Kepala Bidang" untuk Seksi di bawah Bidang mana pun).
    """
    code = "LP405"
    slug = "reporting-line"
    severity = "warning"
    summary = "Unit bertanggung jawab kepada atasan yang tidak sesuai susunan organisasi"
    summary_en = "A unit answering to someone its structure does not put above it"
    basis = None

    def check(self, doc):
        org = doc.organisation
        if len(org.units) < 3 or doc.body is None:
            return
        for n in doc.body.walk():
            if not doc.judged(n) or not n.text:
                continue
            text = " ".join(n.text.split())
            m = _LINE.match(re.sub(r"^\(\d+\)\s*", "", text))
            if not m:
                continue
            key = fold(m.group(1).rstrip(","))
            # the same name may stand in two structures (a Seksi Pembangunan
            # in the Kecamatan and in its Kelurahan): any of them will do
            units = [u for u in org.units if fold(u.name) == key]
            if not units:
                continue
            boss = m.group(2).strip()
            b = fold(boss)
            verdicts = [self._judge(u, b) for u in units]
            if any(ok for ok, _ in verdicts if ok is not None) or all(ok is None for ok, _ in verdicts):
                continue
            unit, want = units[0], next(w for ok, w in verdicts if ok is False)
            i = n.text.find(boss.split()[0], n.text.find("bertanggung"))
            yield self.at(n, f"{unit.name} menurut susunan organisasinya berada di bawah {want}, bukan {boss}.",
                          f"{unit.name} sits under {want} in its structure, not under {boss}.",
                          i=max(i, 0), j=max(i, 0) + len(boss), suggestion=want)

    @staticmethod
    def _judge(unit, b):
        """(True/False, expected superior), or (None, None) when the structure cannot tell."""
        if True:
            if unit.parent is not None:
                p = unit.parent
                if p.kind == "Sekretariat":
                    return b.startswith(_SECRETARY), "Sekretaris"
                if p.kind == "Bidang":
                    return b == "kepala bidang" or b == fold("Kepala " + p.name), f"Kepala {p.name}"
                return None, None
            if not unit.head or unit.kind in ("kepala", "Kelompok Jabatan Fungsional"):
                return None, None
            head = fold(unit.head)
            return b == head or b.startswith(head + " "), unit.head
