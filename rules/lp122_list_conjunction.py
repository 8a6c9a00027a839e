"""LP122 list-conjunction: "dan", "atau" or "dan/atau" after the
second-to-last item, and only there."""
from __future__ import annotations

from lint_perda.listcheck import faults, once
from lint_perda.rule import Rule


class ListConjunction(Rule):
    """
    ## Apa yang diperiksa
    Kata sambung rincian: rincian kumulatif diberi "dan", alternatif "atau",
    keduanya "dan/atau", ditulis sekali saja, di belakang titik koma rincian
    kedua dari terakhir.

    ## Mengapa
    Tanpa kata sambung tidak jelas apakah rincian berlaku semuanya atau salah
    satunya; kata sambung yang berulang di setiap rincian mengaburkan hal yang
    sama.

    ## Dasar
    Lampiran II UU 12/2011, teknik tabulasi: "dan", "atau", "dan/atau" di
    belakang rincian kedua dari rincian terakhir (nomor butir belum
    diverifikasi).

    ## Contoh salah
    ```
    a. perumusan kebijakan;
    b. pelaksanaan kebijakan;
    c. evaluasi dan pelaporan.
    ```

    ## Contoh benar
    ```
    a. perumusan kebijakan;
    b. pelaksanaan kebijakan; dan
    c. evaluasi dan pelaporan.
    ```

    ## Kapan diam
    Naskah yang ditetapkan sebelum 2011 (sebelum UU 12/2011 dan teknik
    penyusunannya).
    Rincian kedua dari terakhir yang mempunyai sub-rincian (kata sambungnya
    ada di sub-rincian terakhir), definisi, Lampiran, peraturan perubahan, dan
    rincian yang tidak diakhiri titik koma (LP121 melaporkannya). Daftar yang
    tidak terbaca bersih didiamkan seperti pada LP121.
    """
    code = "LP122"
    slug = "list-conjunction"
    severity = "warning"
    summary = "Kata sambung rincian (dan/atau) tidak pada rincian kedua dari terakhir"
    summary_en = "List conjunction missing or misplaced"
    fixes = ("safe", "unsafe", "display")
    technique = True   # judged only on texts made under UU 12/2011 (see Rule)
    basis = None

    def check(self, doc):
        return once(self, faults(doc), ("no-conjunction", "early-conjunction"))
