"""LP121 list-punctuation: rincian end with ";", the last with ".", a rincian
with sub-rincian with ":"."""
from __future__ import annotations

from lint_perda.listcheck import faults, once
from lint_perda.rule import Rule


class ListPunctuation(Rule):
    """
    ## Apa yang diperiksa
    Tanda baca penutup setiap rincian (tabulasi): rincian diakhiri titik koma
    (;); rincian yang masih mempunyai rincian di bawahnya diakhiri titik dua
    (:); rincian terakhir diakhiri titik (.) bila kalimatnya berakhir di situ.
    Rincian terakhir dari sub-rincian yang induknya masih berlanjut diakhiri
    titik koma, bukan titik.

    Tanda baca rincian terakhir (titik pada rincian terakhir sub-rincian yang
    induknya masih berlanjut, titik koma pada rincian terakhir daftar)
    dilaporkan sebagai catatan (info), bukan peringatan: contoh resmi dan
    peraturan yang diundangkan tidak seragam di sini.

    Rincian-rincian satu daftar yang sama-sama tidak diakhiri titik koma
    dilaporkan sekali, pada rincian pertama, dengan menyebut yang lain
    ("huruf a ...; begitu pula huruf b, huruf c"), dengan satu perbaikan untuk
    semuanya.

    Bila satu naskah menyimpang dengan pola yang sama lebih dari sepuluh kali
    (misalnya setiap sub-rincian ditutup dengan titik), penyimpangan itu
    dilaporkan sekali saja, di tempat pertama, dengan jumlahnya.

    ## Mengapa
    Tanda baca rincian menunjukkan di mana kalimat norma berlanjut dan di
    mana berakhir; titik di tengah daftar memutus kalimat.

    ## Dasar
    Lampiran II UU 12/2011, teknik tabulasi: "setiap rincian diakhiri dengan
    tanda baca titik koma; di belakang rincian yang masih mempunyai rincian
    lebih lanjut diberi tanda baca titik dua" (nomor butir belum
    diverifikasi).

    ## Contoh salah
    ```
    a. menyusun rencana kerja, dengan tahapan:
       1. menelaah rencana kerja tahun sebelumnya;
       2. menyusun konsep rencana kerja.
    b. melaksanakan urusan kepegawaian
    c. melaksanakan urusan rumah tangga Dinas;
    ```

    ## Contoh benar
    ```
    a. menyusun rencana kerja, dengan tahapan:
       1. menelaah rencana kerja tahun sebelumnya; dan
       2. menyusun konsep rencana kerja;
    b. melaksanakan urusan kepegawaian; dan
    c. melaksanakan urusan rumah tangga Dinas.
    ```

    ## Kapan diam
    Naskah yang ditetapkan sebelum 2011 (sebelum UU 12/2011 dan teknik
    penyusunannya).
    Definisi dalam Ketentuan Umum (setiap definisi satu kalimat yang diakhiri
    titik), rincian dalam Lampiran, peraturan perubahan (rinciannya adalah
    perintah perubahan), rincian yang tergabung dalam satu baris dengan
    rincian lain oleh konversi PDF, dan daftar yang tidak terbaca bersih
    (penanda terlekat ke kalimat atau terbaca lewat OCR, sisa pindaian di
    antara rinciannya); daftar lain dalam naskah hasil pindai tetap dinilai,
    kecuali bila penanda rinciannya tampak hilang: kalimat lain sesudah titik
    di dalam rincian ("8. Perjanjian Kerja. fasilitasi ...", "g. peran serta
    masyarakat. Subsistem ..."), penanda yang salah baca sesudah titik koma
    ("parasit; dan/atau d, melukai"), rincian terakhir yang berakhir dengan
    "dan" atau "atau" (rincian sesudahnya hilang di pergantian halaman),
    sub-rincian di bawah satu-satunya rincian daftarnya, atau penanda yang
    berdiri tanpa kata (tata letak berkolom). Dalam naskah hasil pindai,
    rincian yang berakhir titik dua tanpa sub-rincian tidak dinilai: ";" dan
    ":" adalah salah baca pemindai yang paling biasa.
    """
    code = "LP121"
    slug = "list-punctuation"
    severity = "warning"
    summary = "Tanda baca penutup rincian tidak sesuai teknik tabulasi"
    summary_en = "List item punctuation against the drafting technique"
    fixes = ("safe", "unsafe")
    technique = True   # judged only on texts made under UU 12/2011 (see Rule)
    basis = None

    def check(self, doc):
        return once(self, faults(doc), ("sub-lead", "not-semicolon", "nested-last-period", "last-semicolon"),
                    soft=("nested-last-period", "last-semicolon"))
