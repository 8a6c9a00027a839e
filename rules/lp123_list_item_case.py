"""LP123 list-item-case: a rincian starts in lower case."""
from __future__ import annotations

from lint_perda.listcheck import faults, once
from lint_perda.rule import Rule


class ListItemCase(Rule):
    """
    ## Apa yang diperiksa
    Rincian diawali huruf kecil, kecuali bila diawali nama atau istilah yang
    didefinisikan.

    ## Mengapa
    Rincian adalah lanjutan kalimat pengantarnya; huruf kapital di awal
    rincian memutus kalimat itu.

    ## Dasar
    Lampiran II UU 12/2011, teknik tabulasi: "setiap frasa dalam rincian
    diawali dengan huruf kecil" (nomor butir belum diverifikasi).

    ## Contoh salah
    ```
    a. Perumusan kebijakan di bidang pertanian;
    ```

    ## Contoh benar
    ```
    a. perumusan kebijakan di bidang pertanian;
    a. Kepala Dinas;          (nama jabatan)
    ```

    Rincian-rincian satu daftar yang sama-sama diawali huruf kapital dilaporkan
    sekali, pada rincian pertama, dengan menyebut yang lain.

    ## Kapan diam
    Naskah yang ditetapkan sebelum 2011 (sebelum UU 12/2011 dan teknik
    penyusunannya).
    Rincian yang diawali nama (kata kedua juga berhuruf kapital, misalnya
    "Kepala Dinas", "Pusat Penelitian Biologi"), singkatan ("DPRD"), kata
    yang di tempat lain dalam naskah ditulis kapital di tengah kalimat
    (nama), istilah yang didefinisikan dalam Ketentuan Umum, definisi,
    Mengingat, dan Lampiran. Dalam naskah hasil pindai, kata pertama yang
    tidak pernah ditulis dengan huruf kecil di tempat lain dalam naskah
    ("Pcmagangan", "Merrteri": nama yang salah dibaca pemindai).
    """
    code = "LP123"
    slug = "list-item-case"
    severity = "warning"
    summary = "Rincian diawali huruf kapital"
    summary_en = "A list item starts with a capital letter"
    technique = True   # judged only on texts made under UU 12/2011 (see Rule)
    basis = None

    def check(self, doc):
        return once(self, faults(doc), ("capital",))
