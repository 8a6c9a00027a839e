"""LP617 amendment-consequence: a change breaks a reference or the numbering elsewhere in the amended regulation."""
from __future__ import annotations

from lint_perda.baserules import consequence_findings
from lint_perda.rule import Rule


class Consequence(Rule):
    """
    ## Apa yang diperiksa
    Sesudah semua perintah diterapkan pada peraturan yang diubah, setiap
    rujukan dalam ketentuan yang tidak diubah diperiksa lagi: rujukan yang
    sasarannya hilang atau dihapus oleh perubahan ini dilaporkan pada perintah
    yang menyebabkannya ("Sesudah angka 5, Pasal 10 ayat (2) dalam peraturan
    yang diubah masih merujuk Pasal 7 ayat (3), yang tidak ada lagi dalam
    Pasal 7 yang baru"). Demikian pula penomoran Pasal yang menjadi tidak
    berurutan karena Pasal yang ditambahkan.

    ## Mengapa
    Inilah kesalahan yang paling sering luput: penyusun perubahan melihat
    Pasal yang diubah, bukan Pasal lain yang merujuknya.

    ## Dasar
    Turunan dari Lampiran II UU 12/2011 bab peraturan perubahan; memerlukan
    peraturan yang diubah (diberikan dalam pemeriksaan yang sama, dengan
    --base, atau dengan kunci konfigurasi bases).

    ## Contoh salah
    ```
    5. Ketentuan Pasal 7 diubah ...   (Pasal 7 yang baru tinggal dua ayat, Pasal 10 ayat (2) masih merujuk Pasal 7 ayat (3))
    ```

    ## Contoh benar
    ```
    5. Ketentuan Pasal 7 dan ayat (2) Pasal 10 diubah ...
    ```

    ## Kapan diam
    Tanpa peraturan yang diubah. Rujukan yang dalam peraturan yang diubah
    sudah tidak menemukan sasarannya (LP201 pada naskah itu sendiri).
    """
    code = "LP617"
    slug = "amendment-consequence"
    severity = "error"
    summary = "Perubahan merusak rujukan atau penomoran di bagian lain peraturan yang diubah"
    summary_en = "A change breaks a reference or the numbering elsewhere in the amended regulation"
    basis = "Lampiran II UU 12/2011, peraturan perubahan (turunan) — nomor butir belum diverifikasi"

    def check(self, doc):
        return consequence_findings(self, doc, "LP617")
