"""LP108 inserted-number: 5A-style numbers outside amendment regulations, and
a Pasal whose only ayat is numbered "(1)"."""
from __future__ import annotations

import re

from lint_perda.rule import Rule


# an ayat (2) left in the text: "(2) Standar ...", and in a scan as OCR reads
# it, "(21 Standar", "(2\\ Standar"; a wordless "(1)" before the next Pasal's
# heading is that Pasal's marker, misplaced by the scan's layout
_AYAT_2 = re.compile(r"\(\s*2\s*\)\s+[A-Z]")
# in a scan also "(.2) Penilaian", and a sentence citing "pada ayat (1)" (or
# "(i)", "(l)"): the ayat after the first, whose marker the scan lost
_AYAT_2_SCAN = re.compile(r"\(\s*[.,]?\s*2\s*[)\\|1lI}\]]?\s*\^?[A-Z]|\bpada\s+\^?ayat\s+\^?\(\s*[1ilI]\s*[)1l]")


def _cut(ayat) -> bool:
    """The ayat's list ends on an item that still expects another ("...;
    dan/atau", "...;"): the text was cut there, and what followed (the next
    items, an ayat (2)) was lost with it."""
    from lint_perda.markerjudge import expects_another
    items = [c for c in ayat.walk() if c.is_item]
    return bool(items) and expects_another(items[-1].text)


class InsertedNumber(Rule):
    """
    ## Apa yang diperiksa
    1. Nomor sisipan (Pasal 5A, ayat (1a), BAB IIA) dalam peraturan yang
       bukan peraturan perubahan: sisipan hanya lahir dari perubahan; dalam
       peraturan baru semua ketentuan dinomori urut.
    2. Pasal yang hanya mempunyai satu ayat bernomor "(1)": ayat tunggal
       tidak diberi nomor.

    ## Mengapa
    Nomor sisipan dalam naskah baru adalah sisa penyuntingan dari peraturan
    lama; "(1)" tanpa "(2)" menandakan ayat yang hilang atau nomor yang
    berlebih.

    ## Dasar
    Lampiran II UU 12/2011 butir 81-82 (ayat dinomori dengan angka Arab di
    antara tanda baca kurung); penyisipan Pasal dengan huruf kapital hanya
    dalam peraturan perubahan (nomor butir belum diverifikasi).

    ## Contoh salah
    ```
    Pasal 5A
    Kepala Dinas menyampaikan laporan kepada Bupati.

    Pasal 6
    (1) Sekretaris mempunyai tugas ...
    ```

    ## Contoh benar
    ```
    Pasal 6
    Kepala Dinas menyampaikan laporan kepada Bupati.

    Pasal 7
    Sekretaris mempunyai tugas ...
    ```

    ## Kapan diam
    Naskah yang ditetapkan sebelum 2011 (sebelum UU 12/2011 dan teknik
    penyusunannya).
    Peraturan perubahan (Pasal I/Pasal II, atau "sehingga berbunyi sebagai
    berikut"), ketentuan yang dikutip, dan penanda yang tidak terbaca bersih
    (terlekat ke kalimat atau terbaca lewat OCR; ayat tunggal (1) dalam Pasal
    yang teksnya tidak bersih, karena ayat (2)-nya mungkin hilang dalam konversi;
    ayat (2) yang masih ada di dalam teks, dalam naskah hasil pindai juga
    sebagaimana dibaca OCR, "(21 Standar", "(2\\ Standar", "(.2) Penilaian", atau
    kalimat kedua yang merujuk "pada ayat (1)" (ayat (2) yang penandanya
    hilang dalam pindaian); ayat (1) yang rinciannya berakhir menunggu rincian
    berikutnya ("...; dan/atau": naskah terpotong di situ); "(1)" tanpa kata,
    yaitu penanda Pasal berikutnya yang tergeser tata letak pindaian).
    """
    code = "LP108"
    slug = "inserted-number"
    severity = "warning"
    summary = "Nomor sisipan di luar peraturan perubahan, atau ayat tunggal bernomor (1)"
    summary_en = "Inserted number outside an amendment, or a lone ayat (1)"
    technique = True   # judged only on texts made under UU 12/2011 (see Rule)
    basis = "Lampiran II UU 12/2011 butir 81-82"

    def check(self, doc):
        from lint_perda.reading import reading
        if doc.body is None:
            return
        rd = reading(doc)
        amending = doc.is_amendment or doc.source.text.count("sehingga berbunyi sebagai berikut") >= 1
        for n in doc.body.walk():
            if n.quoted:
                continue
            if n.suffix and n.kind in ("pasal", "ayat", "bab") and not amending and rd.clean(n):
                base = n.label.replace(n.suffix, "", 1) if n.kind != "ayat" else f"ayat ({n.value})"
                yield self.at(n, f"{n.label} adalah nomor sisipan, padahal naskah ini bukan peraturan perubahan; "
                                 f"nomori urut (sesudah {base}).",
                              f"{n.label} is an inserted number in a text that is not an amendment; number on.",
                              head=True)
            if n.kind == "pasal":
                ayat = [c for c in n.children if c.kind == "ayat"]
                span = doc.source.text[n.start:n.end]
                if len(ayat) == 1 and ayat[0].value == 1 and not ayat[0].suffix \
                        and not re.search(_AYAT_2_SCAN if rd.scan else _AYAT_2, span) \
                        and (ayat[0].children or re.search(r"[A-Za-z]{2,}", ayat[0].text or "")) \
                        and not _cut(ayat[0]) \
                        and rd.node_clean(n):   # an ayat (2) the parse or the scanner lost
                    yield self.at(ayat[0], f"{n.label} hanya mempunyai ayat (1): ayat tunggal tidak diberi nomor "
                                           "(atau ada ayat yang hilang).",
                                  f"{n.label} has only ayat (1): a single ayat is not numbered (or an ayat is missing).",
                                  head=True)
