"""LP503 gazette: a Perda goes into the Lembaran Daerah, a Perkada into the
Berita Daerah, of its own region."""
from __future__ import annotations

import re

from lint_perda.fixes import UNSAFE, as_cased, make_fix, node_edit
from lint_perda.frame import fold, region_name
from lint_perda.rule import Rule

_GAZETTE = re.compile(r"\b(Lembaran|Berita)\s+Daerah\s+(Provinsi|Kabupaten|Kota)\s+([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)",
                      re.IGNORECASE)


class Gazette(Rule):
    """
    ## Apa yang diperiksa
    Perintah pengundangan ("dengan penempatannya dalam ...") dan baris
    pengundangan di akhir naskah: Peraturan Daerah diundangkan dalam Lembaran
    Daerah, Peraturan Gubernur/Bupati/Wali Kota dalam Berita Daerah, dan
    keduanya menyebut daerahnya sendiri.

    ## Mengapa
    Peraturan yang ditempatkan dalam lembaran yang salah, atau dalam Berita
    Daerah daerah lain, adalah tanda naskah yang disalin dari peraturan lain
    dan menimbulkan keraguan atas pengundangannya.

    ## Dasar
    UU 12/2011 Pasal 86 ayat (1)-(2): Peraturan Daerah diundangkan dalam
    Lembaran Daerah, Peraturan Gubernur/Bupati/Walikota dalam Berita Daerah.

    ## Contoh salah
    ```
    PERATURAN DAERAH KABUPATEN SUKAMAJU ...
    ... dengan penempatannya dalam Berita Daerah Kabupaten Sukamaju.
    ```

    ## Contoh benar
    ```
    ... dengan penempatannya dalam Lembaran Daerah Kabupaten Sukamaju.
    ```

    ## Kapan diam
    Penyebutan Lembaran Daerah dalam Mengingat (yang memang mengutip
    Peraturan Daerah lain), peraturan tingkat pusat, dan naskah yang judulnya
    tidak terbaca.

    Perbaikan tidak aman (`--unsafe-fixes`) menulis Lembaran atau Berita
    Daerah dan daerah dari judul naskah ("Lembaran Daerah Kabupaten
    Sukamaju", dalam huruf kapital bila yang diganti ditulis kapital):
    tidak aman karena bisa jadi judulnya yang keliru.
    """
    code = "LP503"
    slug = "gazette"
    severity = "error"
    summary = "Lembaran/Berita Daerah yang salah untuk jenis atau daerah peraturan ini"
    summary_en = "The wrong Lembaran/Berita Daerah for this regulation's kind or region"
    fixes = ("unsafe",)
    basis = "UU 12/2011 Pasal 86"

    def check(self, doc):
        ident = doc.identity
        if not (ident.is_perda or ident.is_perkada) or not ident.region:
            return
        want = "Lembaran" if ident.is_perda else "Berita"
        own_kind = ident.region.split()[0].upper()
        own_name = region_name(ident.region)
        parts = [p for p in (doc.body, doc.closing) if p is not None]
        for part in parts:
            for n in part.walk():
                if n.quoted or not n.text:
                    continue
                for m in _GAZETTE.finditer(n.text):
                    before = n.text[max(0, m.start() - 40):m.start()].lower()
                    if part is doc.body and "penempatannya" not in before:
                        continue   # a Lembaran Daerah cited in the body is another regulation's
                    kind, rkind, rname = m.group(1), m.group(2), m.group(3)
                    rname = re.split(r"\s+(?:TAHUN|Tahun|NOMOR|Nomor|Dan|DAN|dan)\b", rname)[0]
                    end = m.start(3) + len(rname)
                    said = n.text[m.start():end]
                    right = as_cased(f"{want} Daerah {ident.region}", said)
                    fix = make_fix([node_edit(n, m.start(), end, right)], UNSAFE)
                    if kind.capitalize() != want:
                        yield self.at(n, f"{ident.jenis} diundangkan dalam {want} Daerah, bukan {kind.capitalize()} Daerah.",
                                      f"A {ident.jenis} is promulgated in the {want} Daerah, not the {kind.capitalize()} Daerah.",
                                      i=m.start(), j=end, suggestion=right, fix=fix)
                    elif rkind.upper() != own_kind or fold(rname) != own_name:
                        yield self.at(n, f"\"{said}\" bukan daerah peraturan ini ({ident.region}).",
                                      f"\"{said}\" is not this regulation's region ({ident.region}).",
                                      i=m.start(), j=end, suggestion=right, fix=fix)
