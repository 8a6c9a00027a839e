"""LP616 base-identity: the amendment names its base with another title than
the base's own."""
from __future__ import annotations

import re

from lint_perda.citations import comparable_title, without_history
from lint_perda.rule import Rule
from lint_perda.sequence import ocr_suspect


class BaseIdentity(Rule):
    """
    ## Apa yang diperiksa
    Nomor, tahun, dan judul peraturan yang diubah sebagaimana disebut dalam judul peraturan
    perubahan ("PERUBAHAN ATAS PERATURAN WALI KOTA MEKARSARI NOMOR 12 TAHUN
    2021 TENTANG ...") dibandingkan dengan judul peraturan yang diubah itu
    sendiri.

    ## Mengapa
    Judul peraturan perubahan memuat judul peraturan yang diubah secara
    lengkap; judul yang berbeda (kata yang hilang, singkatan, ejaan lain)
    membuat naskah tidak dapat ditelusuri dengan pasti.

    ## Dasar
    Lampiran II UU 12/2011: nama peraturan perubahan ditambah frasa
    "PERUBAHAN ATAS" di depan judul peraturan yang diubah; nomor butir belum
    diverifikasi.

    ## Contoh salah
    ```
    TENTANG PERUBAHAN ATAS PERATURAN WALI KOTA MEKARSARI NOMOR 12 TAHUN 2021 TENTANG SUSUNAN ORGANISASI KECAMATAN
    (judul peraturan yang diubah: KEDUDUKAN, SUSUNAN ORGANISASI, TUGAS DAN FUNGSI, SERTA TATA KERJA KECAMATAN)
    ```

    ## Contoh benar
    ```
    TENTANG PERUBAHAN ATAS PERATURAN WALI KOTA MEKARSARI NOMOR 12 TAHUN 2021 TENTANG KEDUDUKAN, SUSUNAN ORGANISASI, TUGAS DAN FUNGSI, SERTA TATA KERJA KECAMATAN
    ```

    ## Kapan diam
    Tanpa peraturan yang diubah; naskah hasil pindai (OCR) pada salah satu
    sisi, karena huruf hasil OCR sering berbeda. Nomor dan tahun selalu sama:
    peraturan yang diubah dipasangkan menurut nomor dan tahun itu, kecuali
    bila judulnya sama sekali lain (peraturan lain dengan nomor yang sama:
    tidak dipasangkan). Judul dibandingkan tanpa tanda baca dan tanpa anak
    kalimat "sebagaimana telah diubah dengan ..." yang menyebut perubahan
    sebelumnya; judul peraturan yang diubah yang terbaca lebih pendek dari
    kutipannya tidak dinilai (ujungnya tidak pasti). Kutipan yang sama dengan
    judul sebagaimana ditulis sesudah "Menetapkan" dalam peraturan yang
    diubah tidak dilaporkan: peraturan itu sendiri menulis judulnya dua cara
    (PP 29/2001: "KEPOLISIAN REPUBLIK INDONESIA" di judul, "KEPOLISIAN NEGARA
    REPUBLIK INDONESIA" sesudah Menetapkan).
    """
    code = "LP616"
    slug = "base-identity"
    severity = "error"
    summary = "Nomor atau judul peraturan yang diubah berbeda dengan peraturan itu sendiri"
    summary_en = "The amendment names its base with another number or title than the base's own"
    basis = "Lampiran II UU 12/2011, peraturan perubahan — nomor butir belum diverifikasi"

    def check(self, doc):
        res = doc.base_result
        am = doc.amendment
        if res is None or am.title_amends is None:
            return
        own = res.base_doc.identity
        cited = am.title_amends
        head = doc.identity.heading
        if own.nomor and own.tahun and cited.nomor and cited.tahun and head is not None \
                and (own.nomor, own.tahun) != (cited.nomor, cited.tahun):
            # the base was named with --base: it is the one meant, whatever the title cites
            text = head.text
            at = text.upper().find("PERUBAHAN")
            m = re.compile(rf"NOMOR\s+{re.escape(cited.nomor)}\s+TAHUN\s+{re.escape(cited.tahun)}", re.I).search(text, max(at, 0))
            yield self.at(head, f"Judul menyebut {cited.jenis} Nomor {cited.nomor} Tahun {cited.tahun}, tetapi "
                                f"peraturan yang diubah yang diberikan adalah Nomor {own.nomor} Tahun {own.tahun}.",
                          f"The title names {cited.jenis} Nomor {cited.nomor} Tahun {cited.tahun}, but the amended "
                          f"regulation given is Nomor {own.nomor} Tahun {own.tahun}.",
                          suggestion=f"Nomor {own.nomor} Tahun {own.tahun}",
                          i=m.start() if m else None, j=m.end() if m else None)
            return
        if ocr_suspect(doc) or ocr_suspect(res.base_doc):
            return
        mine, theirs = am.title_amends.title, res.base_doc.identity.title
        if not mine or not theirs:
            return
        a, b = comparable_title(mine), comparable_title(theirs)
        if a.startswith(b):
            return   # equal, or the base's judul read shorter: its end is not sure ("... REPUBLIK Presiden ...")
        if any(a.startswith(comparable_title(t)) for t in _menetapkan_titles(res.base_doc)):
            # the base names itself two ways (PP 29/2001: "KEPOLISIAN REPUBLIK
            # INDONESIA" in its judul, "KEPOLISIAN NEGARA REPUBLIK INDONESIA"
            # after "Menetapkan"): the citation follows one of the base's own
            return
        head = doc.identity.heading
        if head is None:
            return
        # shown, marked and proposed without the amendments either title names
        # after it: they were not compared, and the amendment's own stay
        mine, theirs = without_history(mine), without_history(theirs)
        text = head.text
        k = text.upper().find(mine.upper()[:40])
        i, j = (k, k + len(mine)) if k >= 0 else (None, None)
        yield self.at(head, f"Judul peraturan yang diubah ditulis \"{mine}\", padahal judulnya \"{theirs}\".",
                      f"The amended regulation's title is given as \"{mine}\", but its own title is \"{theirs}\".",
                      i=i, j=j, suggestion=theirs)


def _menetapkan_titles(base) -> list[str]:
    """The title as the base's "Menetapkan :" line states it."""
    if base.front is None:
        return []
    out = []
    for n in base.front.walk():
        if n.kind == "menetapkan":
            m = re.search(r"\bTENTANG\s+(.{10,})", n.text or "", re.IGNORECASE)
            if m:
                out.append(m.group(1).rstrip(" ."))
    return out
