"""LP615 quoted-base-reference: new wording refers to a provision of the amended regulation that does not exist."""
from __future__ import annotations

from lint_perda.baserules import consequence_findings
from lint_perda.rule import Rule


class QuotedBaseReference(Rule):
    """
    ## Apa yang diperiksa
    Rujukan dalam rumusan baru yang dikutip perubahan ("sebagaimana dimaksud
    dalam Pasal 9 ayat (4)") ke Pasal yang tidak dikutip dalam perubahan itu
    dicari dalam peraturan yang diubah sesudah semua perintah perubahan
    diterapkan.

    ## Mengapa
    Rumusan baru harus dapat dibaca bersama ketentuan lama yang tetap
    berlaku; rujukan ke ketentuan yang tidak ada membuat norma tidak dapat
    dilaksanakan.

    ## Dasar
    Turunan dari Lampiran II UU 12/2011 bab peraturan perubahan; memerlukan
    peraturan yang diubah (diberikan dalam pemeriksaan yang sama, dengan
    --base, atau dengan kunci konfigurasi bases).

    ## Contoh salah
    ```
    (1) Seksi Pemerintahan ... sebagaimana dimaksud dalam Pasal 9 ayat (4).   (Pasal 9 hanya mempunyai tiga ayat)
    ```

    ## Contoh benar
    ```
    (1) Seksi Pemerintahan ... sebagaimana dimaksud dalam Pasal 9 ayat (3).
    ```

    ## Kapan diam
    Tanpa peraturan yang diubah; rujukan ke Pasal yang dikutip dalam perubahan
    yang sama diperiksa oleh LP201.
    """
    code = "LP615"
    slug = "quoted-base-reference"
    severity = "error"
    summary = "Rumusan baru merujuk ketentuan peraturan yang diubah yang tidak ada"
    summary_en = "New wording refers to a provision of the amended regulation that does not exist"
    basis = "Lampiran II UU 12/2011, peraturan perubahan (turunan) — nomor butir belum diverifikasi"

    def check(self, doc):
        return consequence_findings(self, doc, "LP615")
