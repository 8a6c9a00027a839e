"""LP203 ambiguous-reference: the target number exists twice."""
from __future__ import annotations

from lint_perda.refjudge import reliable
from lint_perda.rule import Rule


def line_of(doc, offset: int) -> int:
    return doc.source.text.count("\n", 0, offset) + 1


class AmbiguousReference(Rule):
    """
    ## Apa yang diperiksa
    Rujukan internal yang sasarannya bernomor ganda: naskah memuat dua
    "Pasal 17", atau satu Pasal memuat dua "ayat (2)" atau dua "huruf c",
    sehingga rujukan itu dapat dibaca menunjuk keduanya.

    ## Mengapa
    Nomor ganda biasanya sisa penyisipan atau penghapusan Pasal. Norma yang
    merujuknya menjadi tidak pasti: pembaca harus menebak Pasal mana yang
    dimaksud.

    ## Dasar
    Turunan dari Lampiran II UU 12/2011, BAB III C (teknik pengacuan) dan
    penomoran Pasal yang berurutan.

    ## Contoh salah
    ```
    Pasal 17
    Seksi Pemerintahan mempunyai tugas ...
    Pasal 17
    Untuk melaksanakan tugas sebagaimana dimaksud dalam Pasal 1, ...
    Pasal 18
    Untuk melaksanakan tugas sebagaimana dimaksud dalam Pasal 17, ...
    ```

    ## Contoh benar
    Nomori ulang Pasal agar setiap nomor hanya sekali, lalu sesuaikan
    rujukannya.

    ## Kapan diam
    Rujukan ke peraturan lain, rujukan dalam peraturan perubahan, rujukan
    tanpa kata pengantar, nomor ganda yang salah satunya kosong (judul yang
    terulang karena pergantian halaman), penomoran yang mulai lagi dari 1
    (dua ketentuan atau Penjelasan yang tergabung saat dibaca), dan nomor ganda
    yang tidak terbaca bersih (terlekat ke kalimat atau hasil OCR). "Lampiran" tanpa nomor di samping Lampiran I, II,
    ... dilaporkan oleh LP207, bukan di sini.
    """
    code = "LP203"
    slug = "ambiguous-reference"
    severity = "warning"
    summary = "Rujukan ke nomor yang ada lebih dari sekali"
    summary_en = "A reference to a number that exists more than once"
    basis = "Lampiran II UU 12/2011, BAB III C (teknik pengacuan) — turunan"

    def check(self, doc):
        from lint_perda.reading import note_places
        from lint_perda.refjudge import judged
        if not reliable(doc):
            doc.note_checked("references", "none", "sebagian besar rujukan internal tidak dapat dipastikan "
                                                   "sasarannya: struktur naskah tidak terbaca")
            return
        unjudged: list[int] = []
        for r in doc.references:
            if not r.internal or not r.intro:
                continue
            for t in r.all_targets():
                if t.status != "ambiguous" or t.chain[0][0] == "lampiran":
                    continue
                # a heading repeated by a page break has no content of its own
                if sum(1 for n in t.nodes if n.text.strip() or n.children) < 2:
                    continue
                # numbering that starts again at 1: two provisions (or the
                # Penjelasan) merged by the parse, not a duplicated number
                first = t.nodes[0]
                sibs = doc.pasals if first.kind == "pasal" else [
                    c for c in (first.parent.children if first.parent else []) if c.kind == first.kind]
                if sum(1 for n in sibs if n.value == 1) > 1:
                    continue
                if not judged(doc, r, t):
                    unjudged.append(r.node.orig(r.i))   # a number doubled by the scanner or the conversion
                    continue
                lines = ", ".join(str(line_of(doc, n.start)) for n in t.nodes)
                yield self.at(r.node,
                              f"{t.nodes[0].label} ada {len(t.nodes)} kali dalam naskah (baris {lines}); "
                              f"rujukan ke {t.cite} tidak jelas menunjuk yang mana.",
                              f"{t.nodes[0].label} occurs {len(t.nodes)} times (lines {lines}); "
                              f"the reference to {t.cite} is ambiguous.",
                              i=t.i, j=t.j)
        note_places(doc, "references", "rujukan", unjudged)
