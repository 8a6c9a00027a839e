"""LP131 penjelasan-order: the Pasal of "Pasal demi Pasal" repeated or out of order."""
from __future__ import annotations

import re

from lint_perda.rule import Rule


class PenjelasanOrder(Rule):
    """
    ## Apa yang diperiksa
    Urutan judul "Pasal N" dalam bagian "Pasal demi Pasal" Penjelasan: setiap
    Pasal batang tubuh dijelaskan sekali, menurut urutan nomornya. Judul
    Pasal yang muncul dua kali atau tidak berurutan dilaporkan sekali, pada
    judul pertama yang keluar dari urutan.

    ## Mengapa
    Penjelasan yang menyebut satu Pasal dua kali, atau menukar urutannya,
    membuat pembaca mencari penjelasan di tempat yang salah dan sering
    menandakan penjelasan yang tersalin dari rancangan lama.

    ## Dasar
    Lampiran II UU 12/2011 (teknik penyusunan Penjelasan: penjelasan Pasal
    demi Pasal menurut urutan Pasal batang tubuh) — nomor butir belum
    diverifikasi.

    ## Contoh salah
    ```
    II. PASAL DEMI PASAL
    Pasal 1
    Cukup jelas.
    Pasal 2
    Cukup jelas.
    Pasal 2
    Cukup jelas.
    ```

    ## Contoh benar
    ```
    Pasal 1
    Cukup jelas.
    Pasal 2
    Cukup jelas.
    Pasal 3
    Cukup jelas.
    ```

    ## Kapan diam
    Penjelasan Umum (yang mengutip Pasal undang-undang lain), Penjelasan
    peraturan perubahan ("Pasal I / Angka 1 / ..."), nomor sisipan (5A), dan
    tempat yang tidak terbaca bersih: judul yang terlekat ke kalimat atau
    terbaca lewat OCR, atau tetangga yang tidak berurutan. Judul yang
    hilang dari Penjelasan dilaporkan LP133.
    """
    code = "LP131"
    slug = "penjelasan-order"
    severity = "error"
    summary = "Judul Pasal dalam Penjelasan Pasal demi Pasal ganda atau tidak berurutan"
    summary_en = "A Pasal of the Penjelasan repeated or out of order"
    basis = "Lampiran II UU 12/2011, teknik penyusunan Penjelasan — nomor butir belum diverifikasi"

    def check(self, doc):
        from lint_perda.faultjudge import judged_fault
        from lint_perda.penjelasan import analyse, note
        from lint_perda.reading import reading
        from lint_perda.sequence import check_sequence
        res = analyse(doc)
        skipped: list[int] = []
        if res.applies:
            rd = reading(doc)
            seq = [e.node for e in res.entries if e.value is not None and not e.suffix]
            for f in check_sequence(seq):
                if f.kind == "gap":
                    continue   # LP133: a body Pasal without its explanation
                if f.kind == "repeat" and len(f.block) == 1 and f.prev is not None and f.prev.value == f.node.value \
                        and not re.search(r"[a-z]{4}", f.prev.text):
                    continue   # the same heading twice, the first one empty: a page turn, not a second entry
                if not judged_fault(rd, seq, f):
                    skipped.append(f.node.start)
                    continue
                names = ", ".join(f"Pasal {n.num}" for n in f.block[:6])
                before = f"sesudah Pasal {f.prev.num}" if f.prev is not None else "di awal"
                before_en = f"after Pasal {f.prev.num}" if f.prev is not None else "at the start"
                again = f.kind == "repeat"
                yield self.at(f.node,
                              f"Penjelasan {names} {'mengulang Pasal yang sudah dijelaskan' if again else 'tidak berurutan'}; "
                              f"{before} seharusnya Penjelasan Pasal {f.expected}.",
                              f"The Penjelasan of {names} {'repeats a Pasal already explained' if again else 'is out of order'}; "
                              f"{before_en} Pasal {f.expected} was expected.",
                              head=True, suggestion=f"Pasal {f.expected}")
        note(doc, skipped)
