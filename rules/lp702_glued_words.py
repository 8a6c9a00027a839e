"""LP702 glued-words: two words written as one where the document writes them apart."""
from __future__ import annotations

from lint_perda.rule import Rule


class GluedWords(Rule):
    """
    ## Apa yang diperiksa
    Kata yang tidak dikenal kamus Hunspell bahasa Indonesia dan terdiri atas
    dua kata yang oleh naskah yang sama ditulis terpisah berulang kali:
    "dibidang" di samping "di bidang", "Perekonomiandan" di samping
    "Perekonomian dan", "bertanggungjawab" di samping "bertanggung jawab".

    ## Mengapa
    Kata depan "di" dan "ke" serta gabungan kata seperti "tanggung jawab" dan
    "kerja sama" ditulis terpisah; naskah yang menulisnya dua cara tidak
    konsisten, dan spasi yang hilang di antara dua kata adalah salah ketik.

    ## Dasar
    PUEBI (penulisan kata depan dan gabungan kata); bukan butir Lampiran II
    UU 12/2011. Tingkatnya info: makna kalimat tidak berubah.

    ## Contoh salah
    ```
    c. pelaksanaan tugas lain yang diberikan oleh Camat dibidang pemerintahan;
    ```

    ## Contoh benar
    ```
    c. pelaksanaan tugas lain yang diberikan oleh Camat di bidang pemerintahan;
    ```

    ## Kapan diam
    Bila naskah tidak menulis kedua kata itu terpisah sedikitnya tiga kali
    (dan tiga kali lebih sering dari bentuk gabungannya), bila kata gabungan
    dikenal kamus ("diatur", "kedudukan"), bila bagian pertamanya bentuk
    terikat yang memang ditulis serangkai ("antarwaktu", "nonakademik",
    "pascapanen"), dan dalam keadaan yang sama dengan LP701 (tanpa kamus,
    naskah OCR, frasa asing).
    """
    code = "LP702"
    slug = "glued-words"
    severity = "info"
    summary = "Dua kata tersambung yang di tempat lain ditulis terpisah"
    summary_en = "Two words glued together that the document elsewhere writes apart"
    basis = None
    fixes = ("display",)   # never corrected automatically: shown only

    def check(self, doc):
        from lint_perda.spelling import findings
        return findings(self, doc, "glued", lambda s: (
            f"\"{s.word}\" tampaknya dua kata yang tersambung; naskah ini menulis \"{s.suggestion}\" "
            f"{s.model_count} kali.",
            f"\"{s.word}\" looks like two words run together; this document writes \"{s.suggestion}\" "
            f"{s.model_count} times."))
