"""LP303 short-form: an abbreviation used before its definition, or never
defined."""
from __future__ import annotations

import re

from lint_perda.rule import Rule

_ACRONYM = re.compile(r"(?<![\w/-])([A-Z]{2,8})(?![\w/-])")
# abbreviations every reader knows and no Ketentuan Umum defines
_COMMON = {"UUD", "NKRI", "RI", "DPR", "DPRD", "DPD", "MPR", "APBN", "APBD", "PNS", "ASN", "TNI", "POLRI", "BUMN", "BUMD",
           "NIK", "KTP", "NPWP", "PPN", "PPH", "KPK", "BPK", "BPKP", "DKI", "SK", "PP", "UU", "ITE", "TIK", "RT", "RW",
           "II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "CV", "PT", "ATK", "LN", "TLN", "NIP", "SKPD", "OPD",
           "WIB", "WITA", "WIT", "SMA", "SMP", "SD", "PAUD", "TK", "HAM", "KUHP", "KUHAP", "BPJS", "BAPPEDA",
           "BAPPENAS", "SOP", "KK"}


class ShortForm(Rule):
    """
    ## Apa yang diperiksa
    Singkatan (huruf kapital, dua sampai delapan huruf) dalam batang tubuh:

    1. singkatan yang didefinisikan dalam Ketentuan Umum ("... yang
       selanjutnya disingkat PATEN") tetapi sudah dipakai sebelum definisinya;
    2. singkatan yang dipakai tetapi tidak didefinisikan, kecuali singkatan
       umum yang dikenal setiap pembaca (UUD, DPRD, APBD, PNS, ASN, NIK, ...).

    ## Mengapa
    Singkatan hanya dapat dipakai sesudah pengertiannya ditetapkan; singkatan
    tanpa definisi dapat dibaca lain oleh setiap pembaca.

    ## Dasar
    Lampiran II UU 12/2011, Ketentuan Umum: singkatan atau akronim yang
    dipakai dalam peraturan dirumuskan dalam ketentuan umum (nomor butir belum
    diverifikasi).

    ## Contoh salah
    ```
    Pasal 3
    Camat menyelenggarakan PATEN.          (PATEN tidak didefinisikan)
    ```

    ## Contoh benar
    ```
    Pasal 1
    5. Pelayanan Administrasi Terpadu Kecamatan yang selanjutnya disingkat PATEN adalah ...
    ```

    ## Kapan diam
    Singkatan yang dijelaskan di tempat ("Daftar Urut Kepangkatan (DUK)"),
    judul dan kepala halaman yang seluruhnya huruf kapital, angka Romawi,
    singkatan umum, singkatan dalam Mengingat dan Lampiran, peraturan tingkat
    pusat, dan naskah sebelum 2011.
    """
    code = "LP303"
    slug = "short-form"
    severity = "warning"
    summary = "Singkatan dipakai sebelum didefinisikan, atau tanpa definisi"
    summary_en = "An abbreviation used before its definition, or never defined"
    technique = True   # judged only on texts made under UU 12/2011 (see Rule)
    basis = None

    def check(self, doc):
        ident = doc.identity
        if not (ident.is_perda or ident.is_perkada) or doc.body is None:
            return
        defined = {}
        for term, it, off in doc.definitions:
            for w in _ACRONYM.findall(term):
                defined.setdefault(w, (it, it.start))
        # "Daftar Urut Kepangkatan (DUK)": spelt out where first used
        inline = set(re.findall(r"[A-Z][a-z]+(?:\s+\w+){0,8}\s*\(([A-Z]{2,8})\)", doc.source.text))
        reported = set(inline)
        for n in doc.body.walk():
            text = n.text or ""
            if n.quoted or not text or n.kind in ("bab", "bagian", "paragraf") or text.isupper():
                continue
            for m in _ACRONYM.finditer(text):
                w = m.group(1)
                if w in _COMMON or w in reported or re.fullmatch(r"[IVXLC]+", w):
                    continue
                if w in defined:
                    it, where = defined[w]
                    if n.start < where and not any(a is it for a in n.ancestors()) and n is not it:
                        reported.add(w)
                        yield self.at(n, f"\"{w}\" dipakai sebelum didefinisikan di {it.path}.",
                                      f"\"{w}\" is used before its definition at {it.path}.", i=m.start(), j=m.end())
                    continue
                reported.add(w)
                yield self.at(n, f"Singkatan \"{w}\" tidak didefinisikan dalam Ketentuan Umum.",
                              f"The abbreviation \"{w}\" is not defined in the Ketentuan Umum.", i=m.start(), j=m.end())
