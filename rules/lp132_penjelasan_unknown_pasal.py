"""LP132 penjelasan-unknown-pasal: a Penjelasan for a Pasal the body lacks."""
from __future__ import annotations

import re

from lint_perda.rule import Rule


class PenjelasanUnknownPasal(Rule):
    """
    ## Apa yang diperiksa
    Judul "Pasal N" dalam Penjelasan Pasal demi Pasal yang nomornya melewati
    Pasal terakhir batang tubuh: Penjelasan menjelaskan Pasal yang tidak ada.

    ## Mengapa
    Biasanya Pasal batang tubuh digabung atau dihapus selama pembahasan,
    tetapi Penjelasannya tertinggal; atau Penjelasan tersalin dari rancangan
    lain.

    ## Dasar
    Lampiran II UU 12/2011 (Penjelasan menjelaskan norma batang tubuh) —
    nomor butir belum diverifikasi.

    ## Contoh salah
    ```
    Pasal 12
    Peraturan Bupati ini mulai berlaku pada tanggal diundangkan.
    ...
    II. PASAL DEMI PASAL
    ...
    Pasal 13
    Cukup jelas.
    ```

    ## Contoh benar
    ```
    Pasal 12
    Cukup jelas.
    ```

    ## Kapan diam
    Nomor Pasal yang jatuh di celah penomoran batang tubuh (LP104 melaporkan
    celahnya), nomor sisipan (5A), Penjelasan peraturan perubahan, dan bila
    akhir batang tubuh atau judul Penjelasan itu tidak terbaca bersih
    (terlekat ke kalimat, hasil OCR, Pasal terakhir yang tidak berurutan),
    dan pada berkas yang memuat lebih dari satu peraturan ("Menetapkan"
    dua kali, masing-masing dengan Pasal 1). Entri berurutan yang melewati akhir batang tubuh dilaporkan
    sekali ("Pasal 13 sampai dengan Pasal 15").
    """
    code = "LP132"
    slug = "penjelasan-unknown-pasal"
    severity = "error"
    summary = "Penjelasan untuk Pasal yang tidak ada dalam batang tubuh"
    summary_en = "A Penjelasan for a Pasal the body lacks"
    basis = "Lampiran II UU 12/2011, teknik penyusunan Penjelasan — nomor butir belum diverifikasi"

    def check(self, doc):
        from lint_perda.penjelasan import analyse, body_pasal, body_values, entry_clean, misnumbered, note
        from lint_perda.reading import reading
        res = analyse(doc)
        skipped: list[int] = []
        found: list = []
        vals = body_values(doc)
        if res.applies and vals:
            rd = reading(doc)
            last = max(vals)
            end_ok = body_pasal(doc, last) is not None and doc.body is not None \
                and rd.clean_stretch(doc.pasals[-1].start, doc.body.end)
            odd = misnumbered(res.entries)
            for e in res.entries:
                if e.value is None or e.suffix or e.value <= last:
                    continue
                if id(e) in odd:
                    skipped.append(e.node.start)   # "Pasal 113" between 12 and 14: LP131's
                    continue
                body = doc.source.text[doc.body.start:doc.body.end] if doc.body is not None else ""
                in_body = re.search(rf"(?<!dalam )(?<!pada )(?<!dan )(?<!, )Pasa\S?\s*{e.value}\b", body)
                if not (end_ok and entry_clean(doc, e)) or in_body:
                    # a heading the body's conversion glued into its last sentences
                    skipped.append(e.node.start)
                    continue
                found.append(e)
            # one finding for a run of entries past the end ("Pasal 7 sampai dengan Pasal 40")
            runs: list[list] = []
            for e in found:
                if runs and e.value == runs[-1][-1].value + 1:
                    runs[-1].append(e)
                else:
                    runs.append([e])
            for run in runs:
                a, b = run[0], run[-1]
                what = f"Pasal {a.node.num}" if a is b else f"Pasal {a.node.num} sampai dengan Pasal {b.node.num}"
                yield self.at(a.node, f"Penjelasan menjelaskan {what}, padahal batang tubuh berakhir pada Pasal {last}.",
                              f"The Penjelasan explains {what}, but the body ends at Pasal {last}.", head=True)
        note(doc, skipped)
