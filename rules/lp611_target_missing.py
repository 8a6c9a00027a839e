"""LP611 target-missing: an instruction's target is not in the amended regulation."""
from __future__ import annotations

from lint_perda.baserules import outcome_findings
from lint_perda.rule import Rule


class TargetMissing(Rule):
    """
    ## Apa yang diperiksa
    Ketentuan yang disebut perintah perubahan dicari dalam peraturan yang
    diubah (sebagaimana telah diubah oleh perubahan sebelumnya dalam rangkaian
    yang sama): Pasal, ayat, huruf, atau angka yang diubah atau dihapus, kedua
    ketentuan "di antara" tempat sisipan, dan Pasal yang ditambah ayatnya.
    Pesannya menyebut berapa yang ada ("Pasal 2 dalam peraturan yang diubah
    tidak mempunyai ayat (4) (hanya ayat (1) sampai dengan ayat (2))").

    ## Mengapa
    Perubahan atas ketentuan yang tidak ada tidak dapat dilaksanakan; biasanya
    nomor yang salah ketik atau perubahan yang disusun atas konsep lama.

    ## Dasar
    Turunan dari Lampiran II UU 12/2011 bab peraturan perubahan; memerlukan
    peraturan yang diubah (diberikan dalam pemeriksaan yang sama, dengan
    --base, atau dengan kunci konfigurasi bases).

    ## Contoh salah
    ```
    3. Ketentuan ayat (4) Pasal 2 diubah ...      (Pasal 2 hanya mempunyai dua ayat)
    6. Pasal 13 dihapus.                          (peraturan yang diubah berakhir pada Pasal 12)
    ```

    ## Contoh benar
    ```
    3. Ketentuan ayat (2) Pasal 2 diubah ...
    ```

    ## Kapan diam
    Tanpa peraturan yang diubah (tidak ada dalam berkas yang diperiksa, tidak
    disebut dengan --base atau kunci konfigurasi bases): status perintah
    "unchecked". Perubahan Lampiran diperiksa hanya sejauh Lampiran ada.
    """
    code = "LP611"
    slug = "target-missing"
    severity = "error"
    summary = "Ketentuan yang diubah, dihapus, atau dijadikan tempat sisipan tidak ada dalam peraturan yang diubah"
    summary_en = "An instruction's target is not in the amended regulation"
    basis = "Lampiran II UU 12/2011, peraturan perubahan (turunan) — nomor butir belum diverifikasi"

    def check(self, doc):
        return outcome_findings(self, doc, "LP611")
