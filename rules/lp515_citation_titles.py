"""LP515 citation-titles: one regulation cited with two different titles."""
from __future__ import annotations

import re

from lint_perda.citations import cite_in, fold_title
from lint_perda.rule import Rule


class CitationTitles(Rule):
    """
    ## Apa yang diperiksa
    Peraturan yang sama (jenis, nomor, tahun) dikutip dengan dua judul yang
    berbeda di dalam satu naskah (Menimbang, Mengingat, batang tubuh).

    ## Mengapa
    Salah satu judul itu salah; pembaca tidak tahu peraturan mana yang
    dimaksud.

    ## Dasar
    Kecermatan rumusan; judul peraturan dikutip sesuai judulnya.

    ## Contoh salah
    ```
    Menimbang : bahwa untuk melaksanakan ketentuan Pasal 7 Peraturan Daerah Nomor 3 Tahun 2016 tentang Pembentukan Perangkat Daerah, ...;
    Mengingat : 5. Peraturan Daerah Nomor 3 Tahun 2016 tentang Pembentukan dan Susunan Perangkat Daerah ...;
    ```

    ## Contoh benar
    ```
    Menimbang : ... Peraturan Daerah Nomor 3 Tahun 2016 tentang Pembentukan dan Susunan Perangkat Daerah, ...;
    ```

    ## Kapan diam
    Peraturan tingkat pusat (hasil konversinya terlalu sering menggabungkan
    Menimbang dan Mengingat).
    Judul yang berbeda hanya tanda baca, spasi, atau huruf besar-kecil, judul
    yang hanya disingkat pada penyebutan kedua (satu judul awal dari yang
    lain), dan kutipan yang judulnya tidak dapat dibatasi dengan pasti
    (tidak diikuti Lembaran Negara, titik koma, atau koma penutup).
    """
    code = "LP515"
    slug = "citation-titles"
    severity = "warning"
    summary = "Peraturan yang sama dikutip dengan dua judul"
    summary_en = "One regulation cited with two different titles"
    basis = None

    def check(self, doc):
        # regional regulations: in the converted national texts the
        # Menimbang and Mengingat run into each other too often to be sure
        if not (doc.identity.is_perda or doc.identity.is_perkada):
            return
        seen: dict[tuple, tuple] = {}
        parts = [p for p in (doc.front, doc.body) if p is not None]
        for part in parts:
            for n in part.walk():
                if n.quoted or not n.text:
                    continue
                for c in cite_in(n.text):
                    closed = re.match(r"\s*(?:\((?:Lembaran|Berita)|,\s+perlu\b|;)", n.text[c.end:c.end + 20]) is not None
                    if not c.tentang or getattr(c, "nested", False) or not closed:
                        continue
                    title = c.tentang.split(" sebagaimana ")[0].rstrip(" ,;")
                    key = (c.family, c.nomor, c.tahun)
                    if key not in seen:
                        seen[key] = (title, n)
                        continue
                    first = fold_title(seen[key][0])
                    now = fold_title(title)
                    if first == now or first.startswith(now) or now.startswith(first):
                        continue
                    i = c.start + n.text[c.start:c.end].find(title)
                    yield self.at(n, f"{c.label()} dikutip dengan judul \"{title}\", di {seen[key][1].path} "
                                     f"dengan judul \"{seen[key][0]}\".",
                                  f"{c.label()} is cited as \"{title}\" here and as \"{seen[key][0]}\" earlier.",
                                  i=i, j=i + len(title))
