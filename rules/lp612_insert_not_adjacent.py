"""LP612 insert-not-adjacent: an insertion between provisions that are not neighbours in the amended regulation."""
from __future__ import annotations

from lint_perda.baserules import outcome_findings
from lint_perda.rule import Rule


class InsertNotAdjacent(Rule):
    """
    ## Apa yang diperiksa
    "Di antara Pasal 12 dan Pasal 14 disisipkan ..." sementara di antara
    keduanya dalam peraturan yang diubah ada Pasal 13 (atau sisipan yang lebih
    dahulu, Pasal 12A).

    ## Mengapa
    Ketentuan yang disisipkan harus jelas tempatnya; bila di antara kedua
    ketentuan ada ketentuan lain, tempat sisipan tidak tertentu.

    ## Dasar
    Turunan dari Lampiran II UU 12/2011 bab peraturan perubahan; memerlukan
    peraturan yang diubah (diberikan dalam pemeriksaan yang sama, dengan
    --base, atau dengan kunci konfigurasi bases).

    ## Contoh salah
    ```
    Di antara Pasal 5 dan Pasal 6 disisipkan 1 (satu) Pasal, yakni Pasal 5A ...   (peraturan yang diubah sudah mempunyai Pasal 5A)
    ```

    ## Contoh benar
    ```
    Di antara Pasal 5A dan Pasal 6 disisipkan 1 (satu) Pasal, yakni Pasal 5B ...
    ```

    ## Kapan diam
    Tanpa peraturan yang diubah.
    """
    code = "LP612"
    slug = "insert-not-adjacent"
    severity = "error"
    summary = "Sisipan di antara dua ketentuan yang tidak bersebelahan dalam peraturan yang diubah"
    summary_en = "An insertion between provisions that are not neighbours in the amended regulation"
    basis = "Lampiran II UU 12/2011, peraturan perubahan (turunan) — nomor butir belum diverifikasi"

    def check(self, doc):
        return outcome_findings(self, doc, "LP612")
