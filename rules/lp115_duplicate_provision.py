"""LP115 duplicate-provision: two consecutive provisions with identical text."""
from __future__ import annotations

from lint_perda.lists import core
from lint_perda.rule import Rule

_KINDS = ("pasal", "ayat")


class DuplicateProvision(Rule):
    """
    ## Apa yang diperiksa
    Dua Pasal atau dua ayat berturut-turut yang teksnya sama persis (tanpa
    memperhitungkan tanda baca penutup dan spasi).

    ## Mengapa
    Ketentuan yang tersalin dua kali menambah nomor yang tidak bermakna dan
    menggeser setiap rujukan sesudahnya; sering ketentuan lain yang
    seharusnya ada justru hilang.

    ## Dasar
    Asas kejelasan rumusan (Pasal 5 huruf f UU 12/2011); bukan butir teknik
    penyusunan tertentu.

    ## Contoh salah
    ```
    Pasal 8
    Bupati melakukan pembinaan dan pengawasan atas pelaksanaan Peraturan Bupati ini.

    Pasal 9
    Bupati melakukan pembinaan dan pengawasan atas pelaksanaan Peraturan Bupati ini.
    ```

    ## Contoh benar
    ```
    Pasal 8
    Bupati melakukan pembinaan dan pengawasan atas pelaksanaan Peraturan Bupati ini.

    Pasal 9
    Peraturan Bupati ini mulai berlaku pada tanggal diundangkan.
    ```

    ## Kapan diam
    Ketentuan pendek yang memang berulang ("Cukup jelas." dalam Penjelasan,
    "Dihapus." dalam peraturan perubahan), ketentuan kurang dari enam kata,
    dan rincian (LP111 memeriksa rincian).
    """
    code = "LP115"
    slug = "duplicate-provision"
    severity = "warning"
    summary = "Dua ketentuan berturut-turut dengan teks yang sama"
    summary_en = "Two consecutive provisions with identical text"
    basis = None

    def check(self, doc):
        from lint_perda.reading import note_places, reading
        if doc.body is None:
            return
        rd = reading(doc)
        unjudged: list[int] = []
        seq = [n for n in doc.body.walk() if n.kind in _KINDS and not n.quoted]
        for kind in _KINDS:
            nodes = [n for n in seq if n.kind == kind]
            for a, b in zip(nodes, nodes[1:]):
                ka, kb = core(a.text), core(b.text)
                if len(ka.split()) < 6 or ka != kb or a.children or b.children:
                    continue
                if not (rd.clean(a) and rd.clean(b) and rd.clean_stretch(a.start, b.end)) or rd.joined(a.start, b.end):
                    unjudged.append(b.start)   # a page repeated by the scan, or provisions read from running text
                    continue
                yield self.at(b, f"{b.label} sama persis dengan {a.label} sebelumnya.",
                              f"{b.label} is identical to the preceding {a.label}.", head=True)
        note_places(doc, "duplicates", "ketentuan berturut-turut", unjudged)
