"""LP505 identity: the signature office and the Lampiran headers name the same
regulation as the heading."""
from __future__ import annotations

import re

from lint_perda.frame import fold, region_name
from lint_perda.rule import Rule

_OFFICE = {"Peraturan Gubernur": "GUBERNUR", "Peraturan Bupati": "BUPATI", "Peraturan Wali Kota": "WALI KOTA"}
_SIGN = re.compile(r"(?:Ditetapkan\s+di[^\n]*\n\s*pada\s+tanggal[^\n]*\n\s*)(GUBERNUR|BUPATI|WALI\s?KOTA)\s+([A-Z][A-Z .'-]+?)\s*,?\s*$",
                   re.MULTILINE)
_LAMP = re.compile(r"^\s*LAMPIRAN\b[^\n]*\n\s*PERATURAN\s+(DAERAH|GUBERNUR|BUPATI|WALI\s?KOTA)\s*([A-Z .'-]*?)\s*\n\s*"
                   r"NOMOR\s+(\S+)\s+TAHUN\s+(\d{4})", re.MULTILINE)


class Identity(Rule):
    """
    ## Apa yang diperiksa
    1. Jabatan penanda tangan di bawah "Ditetapkan di ... pada tanggal ..."
       sama dengan jenis dan daerah peraturan (Peraturan Bupati Sukamaju
       ditandatangani "BUPATI SUKAMAJU"; Peraturan Daerah oleh kepala daerahnya).
    2. Kepala setiap Lampiran ("LAMPIRAN / PERATURAN BUPATI SUKAMAJU / NOMOR 14
       TAHUN 2024") menyebut jenis, daerah, nomor, dan tahun yang sama dengan
       kepala naskah.

    ## Mengapa
    Jabatan atau nomor yang berbeda adalah sisa naskah yang disalin; Lampiran
    yang menyebut peraturan lain tidak jelas menjadi bagian peraturan ini.

    ## Dasar
    Lampiran II UU 12/2011, penutup dan lampiran (nomor butir belum
    diverifikasi).

    ## Contoh salah
    ```
    PERATURAN BUPATI SUKAMAJU NOMOR 14 TAHUN 2024 ...
    Ditetapkan di Sukamaju pada tanggal 2 Mei 2024
    WALIKOTA CILEGON,
    ...
    LAMPIRAN
    PERATURAN BUPATI SUKAMAJU
    NOMOR 41 TAHUN 2024
    ```

    ## Contoh benar
    ```
    BUPATI SUKAMAJU,
    ...
    LAMPIRAN
    PERATURAN BUPATI SUKAMAJU
    NOMOR 14 TAHUN 2024
    ```

    ## Kapan diam
    Nomor yang masih kosong dalam rancangan ("NOMOR ... TAHUN 2024"),
    "Walikota" dibandingkan dengan "Wali Kota" (ejaan, LP404), peraturan
    tingkat pusat, dan naskah yang kepalanya tidak terbaca.
    """
    code = "LP505"
    slug = "identity"
    severity = "error"
    summary = "Penanda tangan atau kepala Lampiran menyebut peraturan lain"
    summary_en = "The signature office or a Lampiran header names another regulation"
    basis = None

    def check(self, doc):
        ident = doc.identity
        if not (ident.is_perda or ident.is_perkada) or not ident.region:
            return
        text = doc.source.text
        own_name = region_name(ident.region)
        office = _OFFICE.get(ident.jenis)
        for m in _SIGN.finditer(text):
            said = " ".join(m.group(1).replace("WALIKOTA", "WALI KOTA").split())
            name = fold(m.group(2))
            wrong_office = office is not None and said != office
            if wrong_office or (own_name and name != own_name):
                want = f"{office or said} {own_name},"
                yield self.at_span(m.start(1), m.end(2), "Penutup",
                                   f"Penanda tangan \"{m.group(1)} {m.group(2)}\" tidak sesuai dengan {ident.jenis} "
                                   f"{ident.region}.",
                                   f"The signature office \"{m.group(1)} {m.group(2)}\" does not match this {ident.jenis}.",
                                   suggestion=want, words=m.group(0))
        for m in _LAMP.finditer(text):
            kind = " ".join(m.group(1).replace("WALIKOTA", "WALI KOTA").split())
            want_kind = "DAERAH" if ident.is_perda else office
            problems = []
            if want_kind and kind != want_kind:
                problems.append(f"jenis \"PERATURAN {m.group(1)}\"")
            if m.group(2).strip() and own_name and fold(m.group(2)) not in (own_name, fold(ident.region)):
                problems.append(f"daerah \"{m.group(2).strip()}\"")
            if ident.nomor and m.group(3).isdigit() and m.group(3) != ident.nomor:
                problems.append(f"nomor {m.group(3)}")
            if ident.tahun and m.group(4) != ident.tahun:
                problems.append(f"tahun {m.group(4)}")
            if problems:
                yield self.at_span(m.start(), m.end(), "Lampiran",
                                   f"Kepala Lampiran menyebut {', '.join(problems)}, padahal naskah ini {ident.jenis} "
                                   f"{ident.region} Nomor {ident.nomor} Tahun {ident.tahun}.",
                                   f"The Lampiran header names {', '.join(problems)}, unlike this regulation.",
                                   words=m.group(0))
