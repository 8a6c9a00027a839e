"""LP109 diktum-numbering: a Keputusan's diktum KESATU, KEDUA ... skip, repeat or run backwards."""
from __future__ import annotations

from lint_perda.rule import Rule
from lint_perda.sequence import numbering_findings


class DiktumNumbering(Rule):
    """
    ## Apa yang diperiksa
    Diktum sebuah Keputusan ("KESATU :", "KEDUA :", "KETIGA :", ...)
    bernomor urut tanpa lompatan, tanpa nomor ganda, dan tidak mundur.

    ## Mengapa
    Diktum dirujuk dengan nomornya ("sebagaimana dimaksud dalam Diktum
    KEDUA"); nomor yang hilang atau ganda membuat rujukan itu menunjuk
    diktum yang salah atau tidak ada.

    ## Dasar
    Tata naskah keputusan: diktum diberi nomor urut dengan kata bilangan
    tingkat (KESATU, KEDUA, ...); kecermatan rumusan.

    ## Contoh salah
    ```
    KESATU : Membentuk Tim ...
    KEDUA : Tim mempunyai tugas ...
    KEEMPAT : Segala biaya ...
    ```

    ## Contoh benar
    ```
    KESATU : Membentuk Tim ...
    KEDUA : Tim mempunyai tugas ...
    KETIGA : Segala biaya ...
    ```

    ## Kapan diam
    Naskah tanpa diktum (peraturan, yang bernomor Pasal), diktum yang kata
    bilangannya salah eja sehingga nomornya tidak terbaca (LP712 melaporkan
    ejaannya), dan diktum yang tidak terbaca bersih (terlekat ke kalimat atau
    hasil OCR, dinilai per tempat seperti LP101-LP106).
    """
    code = "LP109"
    slug = "diktum-numbering"
    severity = "error"
    summary = "Penomoran diktum Keputusan melompat, ganda, atau tidak berurutan"
    summary_en = "A Keputusan's diktum numbering skips, repeats or runs backwards"
    basis = None

    def check(self, doc):
        return numbering_findings(self, doc, "diktum")
