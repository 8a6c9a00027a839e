"""LP501 wrong-jenis: "Peraturan Walikota ini" in a Peraturan Bupati."""
from __future__ import annotations

import re

from lint_perda.fixes import UNSAFE, as_cased, make_fix, node_edit
from lint_perda.frame import SELF, jenis_of
from lint_perda.rule import Rule

# a formula the text prescribes for another regulation, quoted: "kalimat
# pengesahannya berbunyi: Peraturan Daerah ini dinyatakan sah."
_QUOTED_FORMULA = re.compile(r"(?:berbunyi|sebagai\s+berikut)\s*:?\s*[\"“]?\s*$")


class WrongJenis(Rule):
    """
    ## Apa yang diperiksa
    Setiap "Peraturan ... ini" di batang tubuh, penutup, dan Lampiran menyebut
    jenis peraturan yang sama dengan judulnya: Peraturan Bupati menyebut
    dirinya "Peraturan Bupati ini", bukan "Peraturan Walikota ini" atau
    "Peraturan Daerah ini".

    ## Mengapa
    Jenis yang lain adalah tanda paling jelas dari naskah yang disalin dari
    peraturan daerah lain atau dari jenis lain; norma yang menyebut "Peraturan
    Daerah ini" dalam Peraturan Bupati menunjuk peraturan yang tidak ada.

    ## Dasar
    Lampiran II UU 12/2011: penyebutan peraturan itu sendiri dengan jenisnya
    diikuti kata "ini" (nomor butir belum diverifikasi).

    ## Contoh salah
    ```
    PERATURAN DAERAH KABUPATEN SUKAMAJU ...
    Pasal 6
    Peraturan Bupati ini mulai berlaku pada tanggal diundangkan.
    ```

    ## Contoh benar
    ```
    Pasal 6
    Peraturan Daerah ini mulai berlaku pada tanggal diundangkan.
    ```

    ## Kapan diam
    Naskah yang judulnya tidak terbaca (jenis tidak diketahui), ketentuan
    yang dikutip dalam peraturan perubahan, dan Penjelasan yang mengutip
    peraturan lain. "Peraturan Walikota" dan "Peraturan Wali Kota" dianggap
    jenis yang sama (ejaan). Kalimat baku untuk peraturan lain yang
    dikutip ("kalimat pengesahannya berbunyi: Peraturan Daerah ini
    dinyatakan sah.") bukan sebutan naskah ini untuk dirinya.

    Perbaikan tidak aman (`--unsafe-fixes`) menulis jenis dari judul
    ("Peraturan Daerah ini"): tidak aman karena bisa jadi judulnya yang
    keliru.
    """
    code = "LP501"
    slug = "wrong-jenis"
    severity = "error"
    summary = "\"Peraturan ... ini\" menyebut jenis peraturan yang lain dari judulnya"
    summary_en = "\"Peraturan ... ini\" names another kind of regulation than the title"
    fixes = ("unsafe",)
    basis = None

    def check(self, doc):
        own = doc.identity.jenis
        if own is None or own.startswith(("Keputusan", "Peraturan Menteri", "Undang")):
            return
        parts = [p for p in (doc.body, doc.closing, *doc.lampiran) if p is not None]
        for part in parts:
            for n in part.walk():
                if not doc.judged(n) or not n.text or "Peraturan" not in n.text:   # SELF needs the word
                    continue
                for m in SELF.finditer(n.text):
                    if _QUOTED_FORMULA.search(n.text, max(0, m.start() - 40), m.start()):
                        continue
                    said = jenis_of(m.group(1))
                    if said != own:
                        right = as_cased(f"{own} ini", m.group(0))
                        yield self.at(n, f"Naskah ini {own}, tetapi di sini menyebut dirinya \"{m.group(0)}\".",
                                      f"This text is a {own} but calls itself \"{m.group(0)}\" here.",
                                      i=m.start(), j=m.end(), suggestion=right,
                                      fix=make_fix([node_edit(n, m.start(), m.end(), right)], UNSAFE))
