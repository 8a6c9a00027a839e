"""LP133 penjelasan-missing: a body Pasal left out of "Pasal demi Pasal"."""
from __future__ import annotations

from lint_perda.rule import Rule


class PenjelasanMissing(Rule):
    """
    ## Apa yang diperiksa
    Pasal batang tubuh yang tidak mempunyai judul dalam Penjelasan Pasal
    demi Pasal, padahal Pasal lain dijelaskan (setidaknya dengan "Cukup
    jelas."). Sederet Pasal yang terlewat dilaporkan sekali, pada judul
    Penjelasan sesudahnya.

    ## Mengapa
    Setiap Pasal batang tubuh mendapat tempat dalam Penjelasan Pasal demi
    Pasal; Pasal yang terlewat biasanya Pasal yang disisipkan dalam
    pembahasan tanpa Penjelasannya, sehingga nomor Penjelasan sesudahnya
    tidak lagi sama dengan batang tubuh.

    ## Dasar
    Lampiran II UU 12/2011 (Penjelasan Pasal demi Pasal; "Cukup jelas" bagi
    Pasal yang tidak memerlukan penjelasan) — nomor butir belum diverifikasi.

    ## Contoh salah
    ```
    II. PASAL DEMI PASAL
    Pasal 4
    Cukup jelas.
    Pasal 6
    Cukup jelas.
    ```

    ## Contoh benar
    ```
    Pasal 4
    Cukup jelas.
    Pasal 5
    Cukup jelas.
    Pasal 6
    Cukup jelas.
    ```

    ## Kapan diam
    Penjelasan yang hanya menjelaskan sebagian kecil Pasal (kurang dari
    separuh), Penjelasan peraturan perubahan, nomor yang juga tidak ada di
    batang tubuh (LP104), dan bila Pasal batang tubuh, judul Penjelasan di
    kedua sisi celah, atau teks di antaranya tidak terbaca bersih (judul
    terlekat ke kalimat yang mungkin menyembunyikan judul yang hilang).
    """
    code = "LP133"
    slug = "penjelasan-missing"
    severity = "warning"
    summary = "Pasal batang tubuh yang tidak ada dalam Penjelasan Pasal demi Pasal"
    summary_en = "A body Pasal left out of the Penjelasan"
    basis = "Lampiran II UU 12/2011, teknik penyusunan Penjelasan — nomor butir belum diverifikasi"

    def check(self, doc):
        from lint_perda.penjelasan import analyse, body_pasal, body_values, entry_clean, misnumbered, note
        from lint_perda.reading import reading
        res = analyse(doc)
        skipped: list[int] = []
        vals = set(body_values(doc))
        entries = [e for e in res.entries if e.value is not None and not e.suffix] if res.applies else []
        have = {e.value for e in entries}
        if entries and vals and len(have & vals) * 2 >= len(vals):
            rd = reading(doc)
            odd = misnumbered(entries)
            kept = [e for e in entries if id(e) not in odd]
            pos = {id(e): k for k, e in enumerate(entries)}
            for a, b in zip(kept, kept[1:]):
                if b.value <= a.value + 1:
                    continue
                missing = [v for v in range(a.value + 1, b.value) if v in vals and v not in have]
                if not missing:
                    continue
                if pos[id(b)] - pos[id(a)] - 1 >= len(missing):
                    skipped.append(b.node.start)   # misnumbered entries stand for them (LP131)
                    continue
                ok = (entry_clean(doc, a) and entry_clean(doc, b) and rd.clean_stretch(a.node.start, b.node.start)
                      and all(body_pasal(doc, v) is not None for v in missing))
                if not ok:
                    skipped.append(b.node.start)
                    continue
                what = f"Pasal {missing[0]}" if len(missing) == 1 else f"Pasal {missing[0]} sampai dengan Pasal {missing[-1]}"
                yield self.at(b.node, f"Penjelasan Pasal demi Pasal melompat dari Pasal {a.node.num} ke Pasal {b.node.num}: "
                                      f"{what} batang tubuh tidak dijelaskan (sekurang-kurangnya \"Cukup jelas.\").",
                              f"The Penjelasan jumps from Pasal {a.node.num} to Pasal {b.node.num}: {what} of the body "
                              "is not explained.",
                              head=True, suggestion=f"{what.split(' sampai')[0]} Cukup jelas.")
        note(doc, skipped)
