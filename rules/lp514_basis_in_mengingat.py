"""LP514 basis-in-mengingat: the regulation Menimbang says this one carries
out is cited in Mengingat."""
from __future__ import annotations

import re

from lint_perda.citations import cite_in
from lint_perda.rule import Rule

_CARRIES_OUT = re.compile(r"untuk\s+melaksanakan\s+ketentuan\s+Pasal", re.IGNORECASE)


class BasisInMengingat(Rule):
    """
    ## Apa yang diperiksa
    Bila Menimbang menyatakan peraturan ini dibuat "untuk melaksanakan
    ketentuan Pasal ... <peraturan>", peraturan itu harus ada dalam Mengingat.

    ## Mengapa
    Peraturan yang didelegasikan berdiri di atas dasar hukum yang
    mendelegasikannya; bila dasar itu tidak ada dalam Mengingat, kewenangan
    membentuknya tidak tampak.

    ## Dasar
    Lampiran II UU 12/2011, dasar hukum: memuat peraturan yang memerintahkan
    pembentukan peraturan itu (nomor butir belum diverifikasi).

    ## Contoh salah
    ```
    Menimbang : bahwa untuk melaksanakan ketentuan Pasal 7 Peraturan Daerah Nomor 3 Tahun 2016 ...;
    Mengingat : 1. Undang-Undang Nomor 23 Tahun 2014 ...;      (Perda 3/2016 tidak ada)
    ```

    ## Contoh benar
    ```
    Mengingat : 1. Undang-Undang Nomor 23 Tahun 2014 ...;
    2. Peraturan Daerah Nomor 3 Tahun 2016 tentang Pembentukan Perangkat Daerah ...;
    ```

    ## Kapan diam
    Peraturan tingkat pusat (hasil konversinya terlalu sering menggabungkan
    Menimbang dan Mengingat).
    Menimbang yang tidak memakai rumusan "untuk melaksanakan ketentuan
    Pasal", peraturan yang dikutip tanpa nomor dan tahun, dan naskah tanpa
    Mengingat yang terbaca.
    """
    code = "LP514"
    slug = "basis-in-mengingat"
    severity = "warning"
    summary = "Peraturan yang dilaksanakan menurut Menimbang tidak ada dalam Mengingat"
    summary_en = "The regulation Menimbang says this one carries out is not in Mengingat"
    basis = None

    def check(self, doc):
        # regional regulations: in the converted national texts the
        # Menimbang and Mengingat run into each other too often to be sure
        if not (doc.identity.is_perda or doc.identity.is_perkada):
            return
        front = doc.front
        if front is None:
            return
        menimbang = next((n for n in front.walk() if n.kind == "menimbang"), None)
        mengingat = next((n for n in front.walk() if n.kind == "mengingat"), None)
        if menimbang is None or mengingat is None:
            return
        cited = {(c.family, c.nomor, c.tahun) for n in mengingat.walk() for c in cite_in(n.text or "")}
        if not cited:
            return
        for n in menimbang.walk():
            text = n.text or ""
            for m in _CARRIES_OUT.finditer(text):
                cites = [c for c in cite_in(text[m.end():m.end() + 300])]
                if not cites:
                    continue
                c = cites[0]
                if (c.family, c.nomor, c.tahun) not in cited:
                    i = m.end() + c.start
                    yield self.at(n, f"Menimbang menyebut peraturan ini melaksanakan {c.label()}, tetapi "
                                     f"{c.label()} tidak ada dalam Mengingat.",
                                  f"Menimbang says this regulation carries out {c.label()}, which is not in Mengingat.",
                                  i=i, j=m.end() + c.end)
