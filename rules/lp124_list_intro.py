"""LP124 list-intro: the sentence introducing a list ends with ":"."""
from __future__ import annotations

from lint_perda.listcheck import faults, once
from lint_perda.rule import Rule


class ListIntro(Rule):
    """
    ## Apa yang diperiksa
    Kalimat pengantar (frasa pembuka) rincian dalam Pasal atau ayat diakhiri
    titik dua (:).

    ## Mengapa
    Titik dua menandai bahwa kalimat berlanjut pada rincian di bawahnya.

    ## Dasar
    Lampiran II UU 12/2011, teknik tabulasi (nomor butir belum
    diverifikasi).

    ## Contoh salah
    ```
    (1) Susunan organisasi Dinas terdiri atas
    a. Kepala Dinas;
    ```

    ## Contoh benar
    ```
    (1) Susunan organisasi Dinas terdiri atas:
    a. Kepala Dinas;
    ```

    ## Kapan diam
    Naskah yang ditetapkan sebelum 2011 (sebelum UU 12/2011 dan teknik
    penyusunannya).
    Rincian yang induknya rincian lain (LP121 memeriksa titik dua di sana),
    Pasal tanpa kalimat pengantar, Lampiran, peraturan perubahan, dan pada
    naskah hasil pindai kalimat pengantar yang berakhir dengan titik (kalimat
    pengantar sesungguhnya hilang bersama penanda ayatnya) atau dengan titik
    koma (";" untuk ":", salah baca pemindai yang paling biasa; tanda petik
    atau tanda pemindai sesudah titik dua diabaikan), yang memuat titik dua
    di tengahnya (rincian pertamanya terbaca masuk ke kalimat itu) atau yang
    didahului pergantian halaman di baris yang sama, serta daftar yang
    tidak terbaca bersih seperti pada LP121 dan daftar yang tidak dimulai
    dari nomor pertamanya ("14. ..." di bawah ayat: sisa daftar lain yang
    dipindahkan konversi).
    """
    code = "LP124"
    slug = "list-intro"
    severity = "warning"
    summary = "Kalimat pengantar rincian tidak diakhiri titik dua"
    summary_en = "The sentence introducing a list does not end with a colon"
    fixes = ("safe", "unsafe")
    technique = True   # judged only on texts made under UU 12/2011 (see Rule)
    basis = None

    def check(self, doc):
        return once(self, faults(doc), ("intro",))
