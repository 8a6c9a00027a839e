"""LP712 ordinal-spelling: a diktum or Bagian numbered with a misspelt ordinal word."""
from __future__ import annotations

from lint_perda.fixes import DISPLAY, head_edit, make_fix
from lint_perda.rule import Rule


def _nearest(word: str, expected: int | None) -> str | None:
    from rapidfuzz.distance import Levenshtein
    from lint_perda.numbering import int_to_ordinal
    w = " ".join(word.lower().split())
    best = None
    for v in range(1, 40):
        o = int_to_ordinal(v)
        d = Levenshtein.distance(w, o.lower())
        key = (d, v != expected)
        if d <= 2 and (best is None or key < best[0]):
            best = (key, o)
    return best[1] if best else None


class OrdinalSpelling(Rule):
    """
    ## Apa yang diperiksa
    Kata bilangan tingkat yang menomori diktum Keputusan ("KESATU",
    "KEDUA", ...) dan Bagian ("Bagian Kedua") dieja dengan benar: "KEEMPT"
    untuk "KEEMPAT", "Bagian Kedepalan" untuk "Bagian Kedelapan". Usulnya
    kata bilangan yang paling dekat, diutamakan nomor yang diharapkan di
    tempat itu.

    ## Mengapa
    Nomor yang salah eja tidak dapat dirujuk ("Diktum KEEMPAT" tidak
    menemukan "KEEMPT") dan tampak ceroboh dalam naskah yang ditandatangani.

    ## Dasar
    Kaidah ejaan kata bilangan tingkat (PUEBI); Lampiran II UU 12/2011
    menomori Bagian dengan kata bilangan tingkat (nomor butir belum
    diverifikasi).

    ## Contoh salah
    ```
    KEEMPT : Segala biaya yang timbul ...
    Bagian Kedepalan
    ```

    ## Contoh benar
    ```
    KEEMPAT : Segala biaya yang timbul ...
    Bagian Kedelapan
    ```

    ## Kapan diam
    Kata yang lebih dari dua huruf jauhnya dari kata bilangan mana pun, dan
    naskah hasil pindai (OCR), yang salah bacanya ("Keernpat") milik pemindai.
    """
    code = "LP712"
    slug = "ordinal-spelling"
    severity = "warning"
    summary = "Kata bilangan tingkat penomoran diktum atau Bagian salah eja"
    summary_en = "A diktum or Bagian numbered with a misspelt ordinal word"
    basis = None
    fixes = ("display",)   # never corrected automatically: shown only

    def check(self, doc):
        from lint_perda.numbering import ordinal_to_int
        from lint_perda.sequence import ocr_suspect
        if ocr_suspect(doc):
            doc.note_checked("numbers", "part", "ejaan kata bilangan tingkat tidak dinilai: naskah hasil pindai (OCR)")
            return
        prev: dict = {}
        for n in doc.nodes("diktum", "bagian"):
            key = (n.kind, id(n.parent) if n.kind == "bagian" else 0)
            num = n.num or ""
            if ordinal_to_int(num) is not None or not num.lower().startswith("ke"):
                if n.value is not None:
                    prev[key] = n.value
                continue
            expected = prev.get(key, 0) + 1
            want = _nearest(num, expected)
            if want is None:
                continue
            prev[key] = expected
            if num.isupper():
                want = want.upper()
            k = n.head.line.text.find(num) if n.head is not None else -1
            fix = make_fix([head_edit(n, k, k + len(num), want)], DISPLAY) if k >= 0 else None
            yield self.at(n, f"Kata bilangan tingkat \"{num}\" salah eja; maksudnya \"{want}\"?",
                          f"The ordinal \"{num}\" is misspelt; \"{want}\" was meant?",
                          suggestion=want, head=True, fix=fix)
