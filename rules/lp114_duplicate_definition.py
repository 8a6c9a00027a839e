"""LP114 duplicate-definition: the same term defined twice."""
from __future__ import annotations

import re

from lint_perda.rule import Rule

_DEF = re.compile(r"^\s*(?P<term>[A-Z][^,.;:]{0,120}?)\s*(?:,\s*)?(?:yang\s+selanjutnya\s+(?:disebut|disingkat)\s+"
                  r"(?P<alias>[^,.;]{1,60}?)\s*,?\s*)?\badalah\b")


_LEAD = re.compile(r"yang\s+dimaksud(?:kan)?\s+(?:dengan|dalam)")


def definitions(doc):
    """(term, node, offset) for every definition item of the Ketentuan Umum:
    the items of a Pasal whose lead-in says "yang dimaksud dengan"."""
    for p in doc.pasals:
        lead = p.text + " " + (p.children[0].text if p.children and not p.children[0].is_item else "")
        if not _LEAD.search(lead):
            continue
        for it in p.walk():
            if not it.is_item or it.parent is None or it.parent.is_item:
                continue
            m = _DEF.match(it.text)
            if not m:
                continue
            yield m.group("term").strip(), it, m.start("term")
            if m.group("alias"):
                yield m.group("alias").strip(), it, m.start("alias")


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
    besar-kecil dan spasi ganda.
    """
    code = "LP114"
    slug = "duplicate-definition"
    severity = "error"
    summary = "Istilah yang sama didefinisikan dua kali"
    summary_en = "The same term defined twice"
    basis = None

    def check(self, doc):
        from lint_perda.sequence import structure_reliable
        if not structure_reliable(doc) or doc.is_amendment:
            return
        seen = {}
        for term, it, off in definitions(doc):
            key = " ".join(term.lower().split())
            if key in seen and seen[key] is not it:
                first = seen[key]
                yield self.at(it, f"Istilah \"{term}\" sudah didefinisikan di {first.path}.",
                              f"The term \"{term}\" is already defined at {first.path}.",
                              i=off, j=off + len(term))
            else:
                seen.setdefault(key, it)
