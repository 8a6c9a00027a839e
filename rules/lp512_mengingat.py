"""LP512 mengingat: Mengingat items numbered, ending with ";", ordered by
hierarchy then by date."""
from __future__ import annotations

from lint_perda.citations import cite_in
from lint_perda.frame import missing_semicolon, regional_front_part
from lint_perda.rule import Rule

_LEVEL_NAME = {0: "Undang-Undang Dasar", 1: "Undang-Undang", 2: "Peraturan Pemerintah", 3: "Peraturan Presiden",
               4: "Peraturan Menteri", 5: "Peraturan Daerah Provinsi", 6: "Peraturan Daerah", 7: "Peraturan Kepala Daerah"}


class Mengingat(Rule):
    """
    ## Apa yang diperiksa
    1. Dasar hukum yang lebih dari satu diberi nomor urut, dan setiap butir
       Mengingat diakhiri titik koma.
    2. Urutan dasar hukum: menurut hierarki (UUD 1945, Undang-Undang,
       Peraturan Pemerintah, Peraturan Presiden, Peraturan Menteri, Peraturan
       Daerah Provinsi, Peraturan Daerah Kabupaten/Kota, peraturan kepala
       daerah), dan yang setingkat menurut tahun lalu nomornya. Dilaporkan
       sekali, pada butir pertama yang keluar dari urutan.

    ## Mengapa
    Urutan dasar hukum menunjukkan kedudukan peraturan yang dikutip; urutan
    yang salah sering menandakan butir yang disisipkan belakangan.

    ## Dasar
    Lampiran II UU 12/2011, dasar hukum: jenis peraturan disusun menurut
    hierarki, yang sejenis menurut urutan tahun dan nomor (nomor butir belum
    diverifikasi); hierarki UU 12/2011 Pasal 7 ayat (1).

    ## Contoh salah
    ```
    Mengingat : 1. Peraturan Pemerintah Nomor 18 Tahun 2016 tentang Perangkat Daerah ...;
    2. Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah ...;
    ```

    ## Contoh benar
    ```
    Mengingat : 1. Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah ...;
    2. Peraturan Pemerintah Nomor 18 Tahun 2016 tentang Perangkat Daerah ...;
    ```

    ## Kapan diam
    Butir yang tidak menyebut peraturan yang dikenali (misalnya hasil OCR
    yang rusak), peraturan tingkat pusat hasil konversi yang butirnya
    tergabung, dan naskah yang butir Mengingat-nya tidak terbaca sebagai
    daftar.
    """
    code = "LP512"
    slug = "mengingat"
    severity = "warning"
    summary = "Butir Mengingat tanpa titik koma, atau dasar hukum tidak berurutan"
    summary_en = "Mengingat item without a semicolon, or legal bases out of order"
    basis = None

    def check(self, doc):
        node = regional_front_part(doc, "mengingat")
        if node is None:
            return
        items = [c for c in node.children if c.is_item]
        if not items:
            # several legal bases in one unnumbered block: they are numbered
            bases = [c for c in cite_in(node.text or "") if not getattr(c, "nested", False)]
            if len(bases) + ("Undang-Undang Dasar" in (node.text or "")) >= 2 and ";" in (node.text or "")[:-1]:
                yield self.at(node, "Dasar hukum yang lebih dari satu diberi nomor urut (1., 2., ...).",
                              "Several legal bases are numbered (1., 2., ...).", i=0, j=min(len(node.text), 40))
            return
        prev = None
        reported = False
        for k, it in enumerate(items):
            t = " ".join(it.text.split())
            d = missing_semicolon(self, it, "Mengingat", last_may_stop=True, is_last=k == len(items) - 1)
            if d is not None:
                yield d
            cites = [c for c in cite_in(it.text) if not getattr(c, "nested", False)]
            if "Undang-Undang Dasar" in t[:60]:
                key = (0, 0, 0)
            elif cites and cites[0].start < 20:
                c = cites[0]
                key = (c.level, c.tahun, c.nomor)
            else:
                continue
            if prev is not None and key < prev[0] and not reported:
                reported = True
                yield self.at(it, f"Dasar hukum tidak berurutan: {it.label} ({_LEVEL_NAME.get(key[0], '')}"
                                  f"{' Tahun ' + str(key[1]) if key[1] else ''}) seharusnya sebelum {prev[1].label}.",
                              f"Legal bases out of order: {it.label} belongs before {prev[1].label}.", head=True)
            if prev is None or key >= prev[0]:
                prev = (key, it)
