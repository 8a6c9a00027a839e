"""LP613 inserted-exists: an inserted number that already exists in the amended regulation."""
from __future__ import annotations

from lint_perda.baserules import outcome_findings
from lint_perda.rule import Rule


class InsertedExists(Rule):
    """
    ## Apa yang diperiksa
    Pasal, ayat, huruf, atau angka yang disisipkan atau ditambahkan memakai
    nomor yang sudah ada dalam peraturan yang diubah (kecuali ketentuan yang
    sudah dihapus).

    ## Mengapa
    Dua ketentuan dengan nomor yang sama membuat rujukan ke nomor itu
    bermakna ganda.

    ## Dasar
    Turunan dari Lampiran II UU 12/2011 bab peraturan perubahan; memerlukan
    peraturan yang diubah (diberikan dalam pemeriksaan yang sama, dengan
    --base, atau dengan kunci konfigurasi bases).

    ## Contoh salah
    ```
    Ketentuan Pasal 9 ditambah 1 (satu) ayat, yakni ayat (3) ...   (Pasal 9 sudah mempunyai ayat (3))
    ```

    ## Contoh benar
    ```
    Ketentuan Pasal 9 ditambah 1 (satu) ayat, yakni ayat (4) ...
    ```

    ## Kapan diam
    Tanpa peraturan yang diubah.
    """
    code = "LP613"
    slug = "inserted-exists"
    severity = "error"
    summary = "Nomor yang disisipkan atau ditambahkan sudah ada dalam peraturan yang diubah"
    summary_en = "An inserted number that already exists in the amended regulation"
    basis = "Lampiran II UU 12/2011, peraturan perubahan (turunan) — nomor butir belum diverifikasi"

    def check(self, doc):
        return outcome_findings(self, doc, "LP613")
