"""LP104 pasal-numbering: Pasal numbering skips, repeats or runs backwards."""
from __future__ import annotations

from lint_perda.rule import Rule
from lint_perda.sequence import numbering_findings


class PasalNumbering(Rule):
    """
    ## Apa yang diperiksa
    Nomor Pasal yang melompat, dipakai dua kali, atau tidak berurutan. Pasal dinomori dengan angka Arab secara berurutan di seluruh batang tubuh (tidak dimulai lagi dalam setiap BAB).

    Satu kesalahan memberi satu temuan: urutan yang terbanyak dianggap urutan
    yang dimaksud. Nomor yang melompat dilaporkan sekali (pada nomor sesudah
    lompatan), bukan pada setiap nomor berikutnya; sederet nomor yang keluar
    dari urutan (misalnya 20, 17, 19, 20) dilaporkan sekali pada nomor
    pertamanya, dengan nomor yang seharusnya.

    ## Mengapa
    Nomor yang salah membuat rujukan menunjuk ketentuan yang keliru dan
    menandakan ketentuan yang hilang atau tersalin dua kali.

    ## Dasar
    Lampiran II UU 12/2011 butir 79.

    ## Contoh salah
    ```
    Pasal 19
    ...
    Pasal 20
    ...
    Pasal 17
    ...
    Pasal 19
    ```

    ## Contoh benar
    ```
    Pasal 19, Pasal 20, Pasal 21, Pasal 22
    ```

    ## Kapan diam
    Nomor sisipan (5A, (1a)) diperiksa oleh LP108. Judul yang terulang karena
    pergantian halaman tanpa isi sendiri tidak dihitung. Peraturan perubahan: Pasal di dalam angka-angka perubahan memakai nomor peraturan yang diubah (termasuk Pasal 5A) dan tidak diperiksa di sini; Pasal I dan Pasal II peraturan perubahan juga tidak.
    Naskah hasil pindai (OCR) atau konversi PDF dinilai per tempat:
    kesalahan dilaporkan bila judul atau penanda di kedua sisinya berdiri
    pada barisnya sendiri, berurutan dengan tetangganya, dan teks di
    antaranya bersih dari sisa pindaian; tempat yang tidak terbaca bersih
    tidak dinilai dan disebut dalam `document.checked`. Judul Pasal yang
    terlekat ke kalimat ikut dinilai untuk Pasal yang hilang di sampingnya
    (lexer memisahkannya hanya bila nomornya berurutan), kecuali kata-kata
    judul yang hilang itu masih ada di antaranya. Pasal yang hilang tidak
    dilaporkan bila Pasal sebelumnya memuat kata-katanya: kalimat kedua
    tanpa ayat, atau ayat yang bernomor dari (1) lagi atau didahului kalimat
    sendiri (judulnya hilang dalam konversi).
    """
    code = "LP104"
    slug = "pasal-numbering"
    severity = "error"
    summary = "Penomoran Pasal melompat, ganda, atau tidak berurutan"
    summary_en = "Pasal numbering skips, repeats or runs backwards"
    fixes = ("safe", "unsafe")
    basis = "Lampiran II UU 12/2011 butir 79"

    def check(self, doc):
        return numbering_findings(self, doc, "pasal")
