"""LP114 duplicate-definition: the same term defined twice."""
from __future__ import annotations

from lint_perda.rule import Rule

class DuplicateDefinition(Rule):
    """
    ## Apa yang diperiksa
    Istilah yang didefinisikan dua kali dalam Ketentuan Umum (atau yang
    singkatannya, "yang selanjutnya disebut ...", sama dengan istilah lain).

    ## Mengapa
    Satu istilah hanya boleh bermakna satu; dua definisi membuat setiap
    ketentuan yang memakainya dapat ditafsirkan dua cara.

    ## Dasar
    Lampiran II UU 12/2011, Ketentuan Umum: batasan pengertian atau definisi
    (nomor butir belum diverifikasi).

    ## Contoh salah
    ```
    3. Dinas adalah Dinas Pertanian Kabupaten Sukamaju.
    ...
    9. Dinas adalah Dinas Ketahanan Pangan Kabupaten Sukamaju.
    ```

    ## Contoh benar
    ```
    3. Dinas adalah Dinas Pertanian Kabupaten Sukamaju.
    ```

    ## Kapan diam
    Definisi dalam ketentuan yang dikutip peraturan perubahan (yang memang
    mengganti definisi lama) dan istilah dengan huruf besar-kecil berbeda yang
    jelas istilah lain tidak dilaporkan; perbandingan mengabaikan huruf
    besar-kecil dan spasi ganda.  Definisi yang terbaca dari kalimat
    (terlekat) atau lewat OCR tidak dinilai, begitu pula berkas yang memuat
    lebih dari satu peraturan ("Menetapkan" dua kali,
    masing-masing dengan Pasal 1).
    """
    code = "LP114"
    slug = "duplicate-definition"
    severity = "error"
    summary = "Istilah yang sama didefinisikan dua kali"
    summary_en = "The same term defined twice"
    basis = None

    def check(self, doc):
        from lint_perda.reading import note_places, reading, unreadable
        if doc.is_amendment:
            return
        why = unreadable(doc)
        if why and why.startswith("berkas memuat"):
            doc.note_checked("duplicates", "part", f"definisi tidak dinilai: {why}")
            return   # the definitions of two regulations side by side
        rd = reading(doc)
        unjudged: list[int] = []
        seen = {}
        for term, it, off in doc.definitions:
            key = " ".join(term.lower().split())
            if key in seen and seen[key] is not it:
                first = seen[key]
                if not (rd.clean(it) and rd.clean(first) and rd.clean_stretch(it.start, it.end)):
                    unjudged.append(it.start)   # a definition read from running text or through OCR
                    continue
                yield self.at(it, f"Istilah \"{term}\" sudah didefinisikan di {first.path}.",
                              f"The term \"{term}\" is already defined at {first.path}.",
                              i=off, j=off + len(term))
            else:
                seen.setdefault(key, it)
        note_places(doc, "duplicates", "definisi", unjudged)
