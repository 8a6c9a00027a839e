"""LP001 unparsed-line: a line the grammar could not place."""
from __future__ import annotations

from lint_perda.rule import Rule


class UnparsedLine(Rule):
    """
    ## Apa yang diperiksa
    Baris yang dikenali sebagai judul atau nomor (misalnya "Pasal 5", "(2)",
    "Bagian Kedua") tetapi tidak dapat ditempatkan oleh tata bahasa pada
    posisi itu, sehingga dibaca sebagai teks biasa.

    ## Mengapa
    Temuan lain bergantung pada struktur. Baris yang tidak terurai berarti
    pemeriksaan di sekitarnya kurang lengkap; angka cakupan (coverage) dalam
    ringkasan JSON turun karenanya. Sedikit temuan tidak berarti naskah bersih.

    ## Contoh salah
    Sebuah "(2)" yang berdiri sebelum Pasal pertama.

    ## Kapan diam
    Selalu diam pada naskah yang seluruh barisnya terurai.
    """
    code = "LP001"
    slug = "unparsed-line"
    severity = "info"
    summary = "Baris yang tidak dapat ditempatkan dalam struktur"
    summary_en = "A line the parser could not place in the structure"

    def check(self, doc):
        for t in doc.parsed.unplaced:
            if t.line is None:
                continue
            s, e = t.line.orig(t.a), t.line.orig_end(max(t.b, t.a + 1))
            yield self.at_span(s, e, "dokumen",
                               f"Baris ini tidak dapat ditempatkan dalam struktur ({t.type}); dibaca sebagai teks biasa.",
                               f"This line could not be placed in the structure ({t.type}); read as plain text.",
                               words=t.text[:80])
