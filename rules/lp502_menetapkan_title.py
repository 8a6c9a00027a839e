"""LP502 menetapkan-title: the Menetapkan line repeats the jenis and the title
word for word."""
from __future__ import annotations

import difflib
import re

from lint_perda.frame import fold
from lint_perda.rule import Rule

_MENETAPKAN = re.compile(r"^(PERATURAN\s+(?:DAERAH|GUBERNUR|BUPATI|WALI\s?KOTA|PEMERINTAH|PRESIDEN|MENTERI[A-Z ]*?))"
                         r"(?:\s+[A-Z .]+?)?\s+TENTANG\s+(.*)$")


class MenetapkanTitle(Rule):
    """
    ## Apa yang diperiksa
    Baris Menetapkan memuat jenis peraturan (tanpa nama daerah), kata
    "TENTANG", dan judul yang sama kata demi kata dengan judul di kepala
    naskah, seluruhnya huruf kapital dan diakhiri titik.

    ## Mengapa
    Menetapkan adalah tempat peraturan itu ditetapkan; judul yang berbeda satu
    kata ("ORGANSASI") atau baris tanpa jenis menimbulkan keraguan peraturan
    mana yang ditetapkan, dan merupakan koreksi yang paling sering diberikan
    Bagian Hukum.

    ## Dasar
    Lampiran II UU 12/2011, diktum: Menetapkan memuat jenis dan nama
    peraturan yang sama dengan judul (nomor butir belum diverifikasi).

    ## Contoh salah
    ```
    Menetapkan : PERATURAN WALIKOTA TENTANG KEDUDUKAN, SUSUNAN ORGANSASI, ...
    Menetapkan : PENINGKATAN KOORDINASI DAN PENGENDALIAN ...
    ```

    ## Contoh benar
    ```
    Menetapkan : PERATURAN WALI KOTA TENTANG KEDUDUKAN, SUSUNAN ORGANISASI, ...
    ```

    ## Kapan diam
    Peraturan tingkat pusat (dalam naskah hasil konversi barisnya menyambung
    ke batang tubuh), naskah tanpa judul yang terbaca, baris Menetapkan yang tidak ditemukan,
    dan perbedaan yang hanya tanda baca, spasi, atau huruf besar-kecil. Nama
    daerah yang tidak ditulis dalam Menetapkan bukan temuan (memang begitu
    bentuknya).
    """
    code = "LP502"
    slug = "menetapkan-title"
    severity = "error"
    summary = "Menetapkan tidak memuat jenis dan judul yang sama dengan kepala naskah"
    summary_en = "Menetapkan does not repeat the jenis and the title of the heading"
    basis = None

    def check(self, doc):
        ident = doc.identity
        # regional regulations only: in the national corpus the line runs on
        # into the body after conversion and cannot be delimited reliably
        if not ident.title or not (ident.is_perda or ident.is_perkada) or doc.front is None:
            return
        node = next((n for n in doc.front.walk() if n.kind == "menetapkan"), None)
        if node is None or not node.text.strip():
            return
        line = fold(node.text)
        title = fold(ident.title)
        jenis = fold(ident.jenis)
        m = _MENETAPKAN.match(line)
        if m is None:
            if fold(line).startswith(title[:30]) or difflib.SequenceMatcher(None, line, title).ratio() > 0.8:
                want = f"{jenis} TENTANG {title}."
                yield self.at(node, "Menetapkan tidak memuat jenis peraturan dan kata \"TENTANG\" sebelum judul.",
                              "Menetapkan lacks the kind of regulation and \"TENTANG\" before the title.",
                              i=0, j=len(node.text.rstrip()), suggestion=want)
            return
        got = m.group(2)
        if got.replace(",", "").split() == title.replace(",", "").split():
            return
        a, b = title.split(), got.split()
        sm = difflib.SequenceMatcher(None, a, b)
        for op, i1, i2, j1, j2 in sm.get_opcodes():
            if op == "equal":
                continue
            want = " ".join(a[i1:i2])
            wrote = " ".join(b[j1:j2])
            if want.replace(",", "") == wrote.replace(",", ""):
                continue
            k = node.text.upper().find(wrote) if wrote else -1
            if op == "delete":
                msg = f"Judul dalam Menetapkan tidak memuat \"{want}\" yang ada di judul naskah."
                msg_en = f"The title in Menetapkan leaves out \"{want}\"."
            elif op == "insert":
                msg = f"Judul dalam Menetapkan memuat \"{wrote}\" yang tidak ada di judul naskah."
                msg_en = f"The title in Menetapkan adds \"{wrote}\"."
            else:
                msg = f"Judul dalam Menetapkan menulis \"{wrote}\", judul naskah \"{want}\"."
                msg_en = f"The title in Menetapkan says \"{wrote}\" where the heading says \"{want}\"."
            if k >= 0 and wrote:
                yield self.at(node, msg, msg_en, i=k, j=k + len(wrote), suggestion=want or None)
            else:
                yield self.at(node, msg, msg_en, suggestion=want or None)
