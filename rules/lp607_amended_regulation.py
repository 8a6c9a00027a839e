"""LP607 amended-regulation: an amendment names the regulation it amends the
same way everywhere (title, Menimbang, Mengingat, Pasal I) and cites it in
Mengingat."""
from __future__ import annotations

import re

from lint_perda.citations import cite_in, comparable_title, without_history
from lint_perda.rule import Rule
from lint_perda.sequence import ocr_suspect


class AmendedRegulation(Rule):
    """
    ## Apa yang diperiksa
    Peraturan yang diubah disebut dengan jenis, nomor, tahun, dan judul yang
    sama dalam judul ("PERUBAHAN ATAS ..."), dalam konsiderans Menimbang,
    dalam Mengingat, dan dalam kalimat pembuka Pasal I; dan peraturan yang
    diubah dicantumkan dalam Mengingat.

    ## Mengapa
    Satu peraturan perubahan hanya mengubah satu peraturan (kecuali naskah
    omnibus). Nomor, tahun, atau judul yang berbeda di salah satu tempat
    menimbulkan keraguan peraturan mana yang diubah, dan biasanya sisa
    naskah lain yang disalin.

    ## Dasar
    Lampiran II UU 12/2011: judul peraturan perubahan ditambah frasa
    "PERUBAHAN ATAS" di depan judul peraturan yang diubah; Pasal I memuat
    judul peraturan yang diubah dengan menyebutkan Lembaran-nya; nomor butir
    belum diverifikasi.

    ## Contoh salah
    ```
    TENTANG PERUBAHAN ATAS PERATURAN WALI KOTA MEKARSARI NOMOR 12 TAHUN 2021 TENTANG ...
    ...
    Pasal I
    Beberapa ketentuan dalam Peraturan Wali Kota Mekarsari Nomor 21 Tahun 2021 tentang ... diubah ...
    ```

    ## Contoh benar
    ```
    Pasal I
    Beberapa ketentuan dalam Peraturan Wali Kota Mekarsari Nomor 12 Tahun 2021 tentang ... diubah ...
    ```

    ## Kapan diam
    Judul yang tidak terbaca; naskah hasil pindai (OCR): nomor dan tahun
    tetap dibandingkan bila terbaca bersih, judul tidak (huruf hasil OCR
    sering berbeda).
    """
    code = "LP607"
    slug = "amended-regulation"
    severity = "error"
    summary = "Peraturan yang diubah disebut berbeda di judul, Menimbang, Mengingat, atau Pasal I"
    summary_en = "The amended regulation named differently in the title, Menimbang, Mengingat or Pasal I"
    basis = "Lampiran II UU 12/2011, peraturan perubahan — nomor butir belum diverifikasi"

    def check(self, doc):
        am = doc.amendment
        if am is None or am.title_amends is None:
            return
        want = am.title_amends
        if not (want.nomor and want.tahun and want.nomor.isdigit() and want.tahun.isdigit()):
            return
        ocr = ocr_suspect(doc)
        op = am.opening
        got = op.get("identity")
        if got is not None and got.nomor and got.tahun:
            node = op["node"]
            i, j = op["cite_span"]
            if _clean(got) and (got.nomor != want.nomor or got.tahun != want.tahun):
                yield self.at(node, f"Pasal I menyebut {got.jenis} Nomor {got.nomor} Tahun {got.tahun}, sedangkan judul "
                                    f"mengubah Nomor {want.nomor} Tahun {want.tahun}.",
                              f"Pasal I names {got.jenis} Nomor {got.nomor} Tahun {got.tahun}, while the title amends "
                              f"Nomor {want.nomor} Tahun {want.tahun}.", i=i, j=j,
                              suggestion=f"Nomor {want.nomor} Tahun {want.tahun}")
            elif not ocr and got.title and want.title and comparable_title(got.title) != comparable_title(want.title):
                # (compared, and shown, without the amendments either names after it)
                g, w = without_history(got.title), without_history(want.title)
                yield self.at(node, f"Judul peraturan yang diubah dalam Pasal I (\"{g}\") berbeda dengan judul "
                                    f"naskah (\"{w}\").",
                              f"The amended regulation's title in Pasal I (\"{g}\") differs from the one in "
                              f"the heading (\"{w}\").", i=i, j=j)
        front = doc.front
        if front is None:
            return
        mengingat = next((n for n in front.walk() if n.kind == "mengingat"), None)
        if mengingat is not None and not ocr:
            items = [n for n in mengingat.walk() if n.is_item] or [mengingat]
            cited = [c for n in items for c in cite_in(n.text)]
            said = re.compile(rf"Nomor\s*{re.escape(want.nomor)}\s*Tahun\s*{re.escape(want.tahun)}\b")
            if len(cited) >= 1 and not any(said.search(n.text) for n in mengingat.walk()):
                # a warning: published amendments mostly, not always, list the base
                yield self.at(mengingat, f"{want.jenis} Nomor {want.nomor} Tahun {want.tahun} yang diubah tidak "
                                         "dicantumkan dalam Mengingat.",
                              f"The amended {want.jenis} Nomor {want.nomor} Tahun {want.tahun} is not cited in "
                              "Mengingat.", head=True, severity="warning")
        menimbang = next((n for n in front.walk() if n.kind == "menimbang"), None)
        if menimbang is not None and not ocr:
            for n in [x for x in menimbang.walk() if x.is_item] or [menimbang]:
                # only the consideration naming this regulation ("perlu menetapkan
                # Peraturan ... tentang Perubahan atas ..."), not other amendments it mentions
                for m in re.finditer(r"menetapkan\s+(?:Peraturan|Undang-Undang)[^;]{0,60}?tentang\s+Perubahan\s+"
                                     r"(?:\w+\s+)?atas\s+(.{0,80}?)\s+Nomor\s+(\d+)\s+Tahun\s+(\d{4})", n.text):
                    if (m.group(2), m.group(3)) != (want.nomor, want.tahun):
                        yield self.at(n, f"Menimbang menyebut perubahan atas Nomor {m.group(2)} Tahun {m.group(3)}, "
                                         f"sedangkan judul mengubah Nomor {want.nomor} Tahun {want.tahun}.",
                                      f"Menimbang names an amendment of Nomor {m.group(2)} Tahun {m.group(3)}, while "
                                      f"the title amends Nomor {want.nomor} Tahun {want.tahun}.",
                                      i=m.start(2), j=m.end(3), suggestion=f"Nomor {want.nomor} Tahun {want.tahun}")


def _clean(ident) -> bool:
    return bool(ident.nomor and ident.nomor.isdigit() and ident.tahun and ident.tahun.isdigit())
