"""LP711 number-words: a number in digits and in words that do not agree."""
from __future__ import annotations

from lint_perda.fixes import DISPLAY, line_edit, make_fix
from lint_perda.rule import Rule


class NumberWords(Rule):
    """
    ## Apa yang diperiksa
    Bilangan yang ditulis dengan angka lalu dengan huruf di dalam kurung:
    "30 (tiga puluh) hari", "Rp5.000.000,00 (lima juta rupiah)", "10%
    (sepuluh persen)", "2,5 (dua koma lima)". Hurufnya dibaca kembali menjadi
    bilangan dan dibandingkan dengan angkanya; bila berbeda, keduanya
    disebut dan usulnya adalah angka itu dalam huruf (num2words). Mana yang
    benar diputuskan penyusun: tidak ada perbaikan otomatis.

    ## Mengapa
    Angka dan hurufnya ditulis dua kali justru agar tidak dapat dibaca
    berbeda; bila keduanya tidak sama, norma (jangka waktu, tarif, denda,
    sanksi) menjadi bersengketa.

    ## Dasar
    Kecermatan rumusan: bilangan yang menentukan norma ditulis dengan angka
    dan huruf supaya tidak dapat dibaca berbeda (kaidah penulisan bilangan
    Lampiran II UU 12/2011; butirnya belum diverifikasi, maka tidak disebut).

    ## Contoh salah
    ```
    (2) Izin berlaku untuk jangka waktu 30 (tiga puluh lima) tahun.
    Retribusi dikenakan paling banyak Rp10.000.000,00 (satu miliar rupiah).
    ```

    ## Contoh benar
    ```
    (2) Izin berlaku untuk jangka waktu 30 (tiga puluh) tahun.
    Retribusi dikenakan paling banyak Rp10.000.000,00 (sepuluh juta rupiah).
    ```

    ## Kapan diam
    Bila kata di dalam kurung bukan satu bilangan utuh: hasil kali ("1 x 24
    (satu kali dua puluh empat) jam"), pecahan ("1/3 (satu per tiga)"), kata
    yang tidak dikenal sesudah bilangan (salah baca OCR "tujuh ratus
    rniliar"); angka yang terpotong oleh konversi ("Rp94. 172.621.376,73",
    "1 1,6", "Rpl 75.000.000,00"); dan pada naskah hasil pindai (OCR), beda
    satu angka ("45 (empat puluh)": 0 terbaca 5) atau "%" yang terbaca
    sebagai angka ("1596 (lima belas persen)"), yang merupakan salah baca
    pemindai.
    """
    code = "LP711"
    slug = "number-words"
    severity = "error"
    summary = "Angka dan huruf suatu bilangan tidak sama"
    summary_en = "A number in digits and in words that do not agree"
    basis = None
    fixes = ("display",)   # never corrected automatically: shown only

    def check(self, doc):
        from lint_perda.numwords import ocr_misreading, pairs, spell
        from lint_perda.sequence import ocr_suspect
        from lint_perda.spelling import node_of
        ocr = ocr_suspect(doc)
        for ln in doc.parsed.normalized.lines:
            if "(" not in ln.text:
                continue
            for p in pairs(ln.text):
                if p.value_digits == p.value_words or (ocr and ocr_misreading(p)):
                    continue
                node = node_of(doc, ln)
                said = spell(p.value_digits, p.rupiah)
                tail = ""
                if p.rupiah and " rupiah" not in said:
                    tail = " rupiah"
                elif p.percent:
                    tail = " persen"
                vw = _fmt(p.value_words)
                yield self.at_span(
                    ln.orig(p.a), ln.orig_end(p.b), node.path,
                    f"Angka dan hurufnya tidak sama: \"{p.digits}\" tetapi \"({p.words})\", yang berarti {vw}.",
                    f"Digits and words disagree: \"{p.digits}\" but \"({p.words})\", which means {vw}.",
                    suggestion=f"{p.digits} ({said}{tail})", words=ln.text[p.a:p.b], full_path=node.full_path,
                    # digits and words: which one is wrong is the drafter's call; shown only
                    fix=make_fix([line_edit(ln, p.a, p.b, f"{p.digits} ({said}{tail})")], DISPLAY))


def _fmt(v) -> str:
    """A number as a regulation writes it: 5.000.000 / 2,5."""
    whole = int(v)
    s = f"{whole:,}".replace(",", ".")
    frac = v - whole
    if frac:
        s += "," + str(frac).split(".", 1)[1]
    return s
