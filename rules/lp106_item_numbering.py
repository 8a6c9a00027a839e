"""LP106 item-numbering: List item numbering skips, repeats or runs backwards."""
from __future__ import annotations

from lint_perda.rule import Rule
from lint_perda.sequence import numbering_findings


class ItemNumbering(Rule):
    """
    ## Apa yang diperiksa
    Nomor rincian yang melompat, dipakai dua kali, atau tidak berurutan. Rincian dinomori a., b., c., lalu 1., 2., 3., lalu a), b), c), lalu 1), 2), 3), masing-masing berurutan dari awal dalam setiap daftar. Termasuk rincian Menimbang, Mengingat, dan definisi dalam Pasal 1.

    Satu kesalahan memberi satu temuan: urutan yang terbanyak dianggap urutan
    yang dimaksud. Nomor yang melompat dilaporkan sekali (pada nomor sesudah
    lompatan), bukan pada setiap nomor berikutnya; sederet nomor yang keluar
    dari urutan (misalnya 20, 17, 19, 20) dilaporkan sekali pada nomor
    pertamanya, dengan nomor yang seharusnya.

    ## Mengapa
    Nomor yang salah membuat rujukan menunjuk ketentuan yang keliru dan
    menandakan ketentuan yang hilang atau tersalin dua kali.

    ## Dasar
    Lampiran II UU 12/2011, tabulasi — nomor butir belum diverifikasi.

    ## Contoh salah
    ```
    a. Camat;
    b. Sekretariat;
    c. Seksi Pemerintahan;
    e. Seksi Pembangunan;
    ```

    ## Contoh benar
    ```
    a. ...; b. ...; c. ...; d. ...
    ```

    ## Kapan diam
    Nomor sisipan (5A, (1a)) diperiksa oleh LP108. Judul yang terulang karena
    pergantian halaman tanpa isi sendiri tidak dihitung. Rincian di dalam Lampiran tidak diperiksa (tabel dan uraian Lampiran mengikuti kaidah lain).
    Naskah hasil pindai (OCR) atau konversi PDF dinilai per tempat:
    kesalahan dilaporkan bila judul atau penanda di kedua sisinya berdiri
    pada barisnya sendiri, berurutan dengan tetangganya, dan teks di
    antaranya bersih dari sisa pindaian; tempat yang tidak terbaca bersih
    tidak dinilai dan disebut dalam `document.checked`. Rincian yang hilang
    dari urutan tidak dilaporkan bila rincian itu masih ada, tergabung ke
    baris sebelumnya dengan penanda yang salah baca ("; 3 Lam Pulo", "; L
    penciutan", "; 1, nama", 'b" Elen5rusun'), atau, pada naskah cetak,
    tanpa penandanya sesudah titik koma; dan dalam naskah hasil pindai bila
    rincian terakhir daftar itu masih menunggu rincian berikutnya ("...;
    dan" sebelum ayat berikutnya: baris daftar itu hilang dalam pindaian).
    """
    code = "LP106"
    slug = "item-numbering"
    severity = "warning"
    summary = "Penomoran rincian (huruf, angka) melompat, ganda, atau tidak berurutan"
    summary_en = "List item numbering skips, repeats or runs backwards"
    fixes = ("safe", "unsafe")
    basis = "Lampiran II UU 12/2011, tabulasi — nomor butir belum diverifikasi"

    def check(self, doc):
        return numbering_findings(self, doc, "item")
