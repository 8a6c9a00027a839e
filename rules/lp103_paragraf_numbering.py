"""LP103 paragraf-numbering: Paragraf numbering skips, repeats or runs backwards."""
from __future__ import annotations

from lint_perda.rule import Rule
from lint_perda.sequence import numbering_findings


class ParagrafNumbering(Rule):
    """
    ## Apa yang diperiksa
    Nomor Paragraf yang melompat, dipakai dua kali, atau tidak berurutan. Paragraf dinomori dengan angka Arab, dimulai lagi dari Paragraf 1 dalam setiap Bagian.

    Satu kesalahan memberi satu temuan: urutan yang terbanyak dianggap urutan
    yang dimaksud. Nomor yang melompat dilaporkan sekali (pada nomor sesudah
    lompatan), bukan pada setiap nomor berikutnya; sederet nomor yang keluar
    dari urutan (misalnya 20, 17, 19, 20) dilaporkan sekali pada nomor
    pertamanya, dengan nomor yang seharusnya.

    ## Mengapa
    Nomor yang salah membuat rujukan menunjuk ketentuan yang keliru dan
    menandakan ketentuan yang hilang atau tersalin dua kali.

    ## Dasar
    Lampiran II UU 12/2011 butir 75–76.

    ## Contoh salah
    ```
    Bagian Kedua
    Sekretariat
    Paragraf 1
    Tugas
    ...
    Paragraf 1
    Fungsi
    ```

    ## Contoh benar
    ```
    Paragraf 1 Tugas ... Paragraf 2 Fungsi
    ```

    ## Kapan diam
    Nomor sisipan (5A, (1a)) diperiksa oleh LP108. Judul yang terulang karena
    pergantian halaman tanpa isi sendiri tidak dihitung.
    Naskah hasil pindai (OCR) atau konversi PDF dinilai per tempat:
    kesalahan dilaporkan bila judul atau penanda di kedua sisinya berdiri
    pada barisnya sendiri, berurutan dengan tetangganya, dan teks di
    antaranya bersih dari sisa pindaian; tempat yang tidak terbaca bersih
    tidak dinilai dan disebut dalam `document.checked`.
    """
    code = "LP103"
    slug = "paragraf-numbering"
    severity = "error"
    summary = "Penomoran Paragraf melompat, ganda, atau tidak berurutan"
    summary_en = "Paragraf numbering skips, repeats or runs backwards"
    fixes = ("safe", "unsafe")
    basis = "Lampiran II UU 12/2011 butir 75–76"

    def check(self, doc):
        return numbering_findings(self, doc, "paragraf")
