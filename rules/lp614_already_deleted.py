"""LP614 already-deleted: deleting or amending what an earlier amendment already deleted."""
from __future__ import annotations

from lint_perda.baserules import outcome_findings
from lint_perda.rule import Rule


class AlreadyDeleted(Rule):
    """
    ## Apa yang diperiksa
    Perintah menghapus (atau mengubah tanpa rumusan baru) ketentuan yang sudah
    dihapus oleh perubahan sebelumnya dalam rangkaian yang sama, atau yang
    dalam peraturan yang diubah sudah berbunyi "Dihapus.".

    ## Mengapa
    Perintah itu tidak mengubah apa pun; biasanya tanda konsep perubahan
    disusun atas naskah lama, bukan atas naskah konsolidasi.

    ## Dasar
    Turunan dari Lampiran II UU 12/2011 bab peraturan perubahan; memerlukan
    peraturan yang diubah (diberikan dalam pemeriksaan yang sama, dengan
    --base, atau dengan kunci konfigurasi bases).

    ## Contoh salah
    ```
    4. Pasal 11 dihapus.      (Pasal 11 sudah dihapus oleh Peraturan ... Nomor 8 Tahun 2023)
    ```

    ## Contoh benar
    ```
    (perintah itu dihilangkan)
    ```

    ## Kapan diam
    Tanpa peraturan yang diubah dan perubahan sebelumnya.
    """
    code = "LP614"
    slug = "already-deleted"
    severity = "warning"
    summary = "Ketentuan yang dihapus atau diubah sudah dihapus oleh perubahan sebelumnya"
    summary_en = "Deleting or amending what an earlier amendment already deleted"
    basis = "Lampiran II UU 12/2011, peraturan perubahan (turunan) — nomor butir belum diverifikasi"

    def check(self, doc):
        return outcome_findings(self, doc, "LP614")
