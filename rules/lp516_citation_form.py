"""LP516 citation-form: a Mengingat citation in the standard form."""
from __future__ import annotations

import re

from lint_perda.frame import regional_front_part
from lint_perda.rule import Rule

_NATIONAL = re.compile(r"^(?:Undang-Undang(?!\s+Dasar)|Peraturan\s+Pemerintah|Peraturan\s+Presiden)\b")
_RI_INSERTED = re.compile(r"^(Undang-Undang|Peraturan\s+Pemerintah(?:\s+Pengganti\s+Undang-Undang)?|Peraturan\s+Presiden)"
                          r"\s+Republik\s+Indonesia\s+Nomor")
_NO_REGION = re.compile(r"\bPeraturan\s+Daerah\s+(Provinsi|Kabupaten|Kota)\s+Nomor\b")
_NO_COMMA = re.compile(r"Lembaran\s+Negara\s+Republik\s+Indonesia\s+Tahun\s+\d{4}\s+Nomor\s+\d+\s+(Tambahan)")
_ABBREV = re.compile(r"\b(?:UU|PP|Perpres|Permendagri|Perda)\s+(?:No\.?|Nomor)\s*\d|\bNo\.\s*\d+|\bTh\.\s*\d{4}")
_LN = re.compile(r"\(\s*Lembaran\s+Negara")


class CitationForm(Rule):
    """
    ## Apa yang diperiksa
    Bentuk kutipan dasar hukum dalam Mengingat:

    1. Undang-Undang, Peraturan Pemerintah, dan Peraturan Presiden dikutip
       dengan Lembaran Negara (dan Tambahan Lembaran Negara) dalam kurung:
       "(Lembaran Negara Republik Indonesia Tahun 2014 Nomor 244, Tambahan
       Lembaran Negara Republik Indonesia Nomor 5587)", dengan koma sebelum
       "Tambahan";
    2. tanpa "Republik Indonesia" sesudah jenisnya ("Peraturan Pemerintah
       Nomor 18 Tahun 2016", bukan "Peraturan Pemerintah Republik Indonesia
       Nomor ...");
    3. Peraturan Daerah dengan nama daerahnya ("Peraturan Daerah Kabupaten
       Pesawaran Nomor 6 Tahun 2015", bukan "Peraturan Daerah Kabupaten Nomor
       6 Tahun 2015");
    4. tanpa singkatan ("UU No. 23 Th. 2014").

    ## Mengapa
    Bentuk baku membuat setiap dasar hukum dapat ditemukan kembali tanpa
    ragu; daerah yang tidak disebut atau lembaran yang tidak ada membuat
    kutipan tidak dapat diperiksa.

    ## Dasar
    Lampiran II UU 12/2011, dasar hukum: penulisan jenis, nomor, tahun, judul,
    dan Lembaran Negara serta Tambahan Lembaran Negara (nomor butir belum
    diverifikasi).

    ## Contoh salah
    ```
    7. Peraturan Pemerintah Republik Indonesia Nomor 18 Tahun 2016 tentang Perangkat Daerah (Lembaran Negara Republik Indonesia Tahun 2016 Nomor 114 Tambahan Lembaran Negara Republik Indonesia Nomor 5887);
    9. Peraturan Daerah Kabupaten Nomor 6 Tahun 2015 tentang Pembentukan dan Susunan Perangkat Daerah ...;
    ```

    ## Contoh benar
    ```
    7. Peraturan Pemerintah Nomor 18 Tahun 2016 tentang Perangkat Daerah (Lembaran Negara Republik Indonesia Tahun 2016 Nomor 114, Tambahan Lembaran Negara Republik Indonesia Nomor 5887);
    9. Peraturan Daerah Kabupaten Pesawaran Nomor 6 Tahun 2015 tentang Pembentukan dan Susunan Perangkat Daerah ...;
    ```

    ## Kapan diam
    Undang-Undang Dasar (tanpa lembaran), Peraturan Menteri (Berita Negara,
    tidak diperiksa bentuknya di sini), peraturan tingkat pusat yang
    Mengingat-nya hasil konversi, dan naskah sebelum 2011.
    """
    code = "LP516"
    slug = "citation-form"
    severity = "warning"
    summary = "Kutipan dasar hukum tidak dalam bentuk baku"
    summary_en = "A Mengingat citation not in the standard form"
    technique = True   # judged only on texts made under UU 12/2011 (see Rule)
    basis = None

    def check(self, doc):
        ident = doc.identity
        node = regional_front_part(doc, "mengingat")
        if node is None:
            return
        items = [c for c in node.children if c.is_item] or [node]
        for it in items:
            text = it.text or ""
            t = " ".join(text.split())
            if not t:
                continue
            m = _RI_INSERTED.match(text.lstrip())
            if m:
                k = text.find("Republik")
                yield self.at(it, f"\"{m.group(1)}\" dikutip tanpa \"Republik Indonesia\".",
                              f"\"{m.group(1)}\" is cited without \"Republik Indonesia\".",
                              i=k, j=k + len("Republik Indonesia"), suggestion=f"{m.group(1)} Nomor")
            m = _NO_REGION.search(text)
            if m:
                yield self.at(it, f"Peraturan Daerah dikutip dengan nama daerahnya: \"Peraturan Daerah {m.group(1)} "
                                  f"<nama> Nomor ...\".",
                              "A Peraturan Daerah is cited with its region's name.", i=m.start(), j=m.end(),
                              suggestion=f"Peraturan Daerah {ident.region or m.group(1)} Nomor"
                              if ident.region and ident.region.startswith(m.group(1)) else None)
            m = _ABBREV.search(text)
            if m:
                yield self.at(it, f"Kutipan dasar hukum ditulis lengkap, tanpa singkatan: \"{m.group(0)}\".",
                              f"A citation is written out in full, not \"{m.group(0)}\".", i=m.start(), j=m.end())
            if _NATIONAL.match(t):
                if not _LN.search(t) and "sebagaimana" not in t[:120]:
                    yield self.at(it, "Kutipan peraturan tingkat pusat dilengkapi Lembaran Negara dan Tambahan Lembaran "
                                      "Negara dalam kurung.",
                                  "A national regulation is cited with its Lembaran Negara and Tambahan numbers.",
                                  head=True)
                for m2 in _NO_COMMA.finditer(text):
                    yield self.at(it, "Koma sebelum \"Tambahan Lembaran Negara\".",
                                  "A comma goes before \"Tambahan Lembaran Negara\".",
                                  i=m2.start(1) - 1, j=m2.end(1), suggestion=", Tambahan")
