"""LP111 duplicate-item: the same item twice in one list."""
from __future__ import annotations

from lint_perda.lists import body_lists, core
from lint_perda.rule import Rule


class DuplicateItem(Rule):
    """
    ## Apa yang diperiksa
    Rincian yang sama (kata demi kata, tanpa memperhitungkan tanda baca
    penutup, "dan"/"atau", dan huruf besar-kecil) muncul dua kali dalam satu
    daftar rincian.

    ## Mengapa
    Rincian ganda adalah sisa salin-tempel; sering rincian yang seharusnya
    ada di tempat itu justru hilang.

    ## Dasar
    Lampiran II UU 12/2011, teknik tabulasi: setiap rincian memuat satu hal
    (nomor butir belum diverifikasi).

    ## Contoh salah
    ```
    Kecamatan terdiri atas:
    a. Sekretariat;
    b. Seksi Pelayanan Umum;
    c. Seksi Pelayanan Umum; dan
    d. Seksi Pembangunan.
    ```

    ## Contoh benar
    ```
    a. Sekretariat;
    b. Seksi Pelayanan Umum;
    c. Seksi Pemerintahan; dan
    d. Seksi Pembangunan.
    ```

    ## Kapan diam
    Rincian pendek (kurang dari tiga kata, misalnya "a. Ketua;" dalam daftar
    keanggotaan yang berbeda induknya), rincian yang kosong, rincian dalam
    Lampiran, dan ketentuan yang dikutip dalam peraturan perubahan.
    """
    code = "LP111"
    slug = "duplicate-item"
    severity = "error"
    summary = "Rincian yang sama dua kali dalam satu daftar"
    summary_en = "The same item twice in one list"
    basis = None

    def check(self, doc):
        from lint_perda.listcheck import list_read_cleanly
        from lint_perda.reading import inline_markers, note_places, reading
        rd = reading(doc)
        unjudged = []
        for items in body_lists(doc, front=True):
            if any(inline_markers(it.text) for it in items) or not list_read_cleanly(rd, items):
                unjudged.append(items[0].start)
                continue   # items glued into one line or read through OCR: the list seen is not the draft's
            vals = [it.value for it in items if it.value is not None]
            if any(b <= a for a, b in zip(vals, vals[1:])):
                continue   # numbering restarts: two lists merged where a parent item was lost
            seen = {}
            for it in items:
                key = core(it.text)
                if len(key.split()) < 2 or len(key) < 8:
                    continue
                if key in seen:
                    first = seen[key]
                    if len(key.split()) < 4 and items.index(it) - items.index(first) > 3:
                        continue   # a short step repeated far down a procedure ("masa sanggah"), not a paste

                    yield self.at(it, f"{it.label} sama dengan {first.label}: rincian yang sama tertulis dua kali dalam satu daftar.",
                                  f"{it.label} repeats {first.label}: the same item twice in one list.", head=True)
                else:
                    seen[key] = it
        note_places(doc, "duplicates", "daftar rincian", unjudged)
