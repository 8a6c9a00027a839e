"""LP205 reference-case: "Pasal" with a capital, ayat/huruf/angka and the
letter of a huruf in lower case, inside a reference."""
from __future__ import annotations

from lint_perda.fixes import make_fix, node_edit
from lint_perda.rule import Rule

_RIGHT = {"pasal": "Pasal", "ayat": "ayat", "huruf": "huruf", "angka": "angka", "lampiran": "Lampiran"}


class ReferenceCase(Rule):
    """
    ## Apa yang diperiksa
    Penulisan huruf besar dan kecil di dalam rujukan: "Pasal" dan "Lampiran"
    diawali huruf kapital; "ayat", "huruf", dan "angka" ditulis kecil; huruf
    rincian yang dirujuk ditulis kecil ("huruf i", bukan "huruf I").

    ## Mengapa
    "huruf I" dapat dibaca sebagai huruf i atau huruf l; "Ayat (2)" dan
    "pasal 5" di tengah kalimat adalah kesalahan ketik yang selalu dikoreksi.

    ## Dasar
    Praktik penulisan rujukan dalam Lampiran II UU 12/2011 (contoh-contoh BAB
    III C); kaidah ejaan (PUEBI) untuk huruf kapital.

    ## Contoh salah
    ```
    (2) Susunan Organisasi Kelurahan sebagaimana dimaksud pada ayat (1) huruf I
    (3) Izin sebagaimana dimaksud dalam pasal 5 Ayat (2) ...
    ```

    ## Contoh benar
    ```
    (2) Susunan Organisasi Kelurahan sebagaimana dimaksud pada ayat (1) huruf i
    (3) Izin sebagaimana dimaksud dalam Pasal 5 ayat (2) ...
    ```

    ## Kapan diam
    Naskah hasil pindai (OCR), yang huruf besar-kecilnya tidak dapat
    dipercaya.
    Naskah yang ditetapkan sebelum 2011 (sebelum UU 12/2011 dan teknik
    penyusunannya).
    Rujukan tanpa kata pengantar (di awal kalimat, misalnya "Ayat (2)" sebagai
    judul dalam Penjelasan, huruf kapital benar), dan judul yang seluruhnya
    huruf kapital.
    """
    code = "LP205"
    slug = "reference-case"
    severity = "warning"
    summary = "Huruf kapital atau kecil yang salah di dalam rujukan"
    summary_en = "Wrong upper or lower case inside a reference"
    technique = True   # judged only on texts made under UU 12/2011 (see Rule)
    basis = None
    fixes = ("safe",)

    def check(self, doc):
        from lint_perda.sequence import ocr_suspect
        if ocr_suspect(doc):
            # OCR confuses "P" and "p", "I" and "l": the text's case is not the draft's
            doc.note_checked("references", "part", "huruf besar/kecil di dalam rujukan tidak dinilai: "
                                                   "naskah hasil pindai (OCR)")
            return
        for r in doc.references:
            if r.intro_i < 0 or r.node.nearest("penjelasan") is not None:
                continue
            for t in r.targets:
                for word, num, off in t.written:
                    right = _RIGHT.get(word.lower())
                    if right and word != right and (not word.isupper() or len(word) > 1):
                        yield self.at(r.node, f"Tulis \"{right}\", bukan \"{word}\", di dalam rujukan.",
                                      f"Write \"{right}\", not \"{word}\", inside a reference.",
                                      i=off, j=off + len(word), suggestion=right,
                                      fix=make_fix([node_edit(r.node, off, off + len(word), right)]))
                    if word.lower() == "huruf" and num and num != num.lower():
                        k = r.node.text.find(num, off + len(word))
                        if k >= 0:
                            yield self.at(r.node, f"Huruf rincian ditulis kecil: \"huruf {num.lower()}\", bukan \"huruf {num}\".",
                                          f"A list letter is lower case: \"huruf {num.lower()}\".",
                                          i=k, j=k + len(num), suggestion=f"huruf {num.lower()}",
                                          fix=make_fix([node_edit(r.node, k, k + len(num), num.lower())]))
