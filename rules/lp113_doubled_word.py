"""LP113 doubled-word: a word or phrase written twice in a row."""
from __future__ import annotations

import re

from lint_perda.fixes import DISPLAY, make_fix, node_edit
from lint_perda.rule import Rule

# one to four words, then the same words again (case aside); Indonesian
# reduplication is written with a hyphen ("masing-masing"), so a repeat
# separated by a space is a slip
# possessive runs (*+, ++): a word is always followed by whitespace and the
# whitespace by a letter, so giving characters back never matches; without
# them the engine tried every shorter word at every word start (2x slower)
_DOUBLE = re.compile(r"(?<![\w/-])((?:[A-Za-z][\w/]*+)(?:\s++[A-Za-z][\w/]*+){0,3})\s++\1(?![\w/-])", re.IGNORECASE)


# words only ever used reduplicated: "masing masing" is a missing hyphen,
# not a doubled word
_REDUP = {"masing", "kira", "mula", "sama", "rata", "tiba", "semata", "seolah", "baik", "cepat", "hati",
          "kupu", "laba", "undang", "tengah", "besar", "kecil", "pihak", "jenis", "macam", "bagian", "bangsa",
          # nouns a regulation pluralises by reduplication ("syarat-syarat")
          "syarat", "batas", "tugas", "ketentuan", "hal", "pokok", "usaha", "kegiatan", "program", "peraturan",
          "dokumen", "barang", "lembaga", "surat", "upacara", "bentuk", "asas", "hak", "sarana"}
# numerals repeat legitimately: "dua koma tujuh tujuh hektare"
_NUMERAL = {"nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"}


class DoubledWord(Rule):
    """
    ## Apa yang diperiksa
    Kata atau frasa (sampai empat kata) yang tertulis dua kali berturut-turut:
    "naskah dinas dinas", "lingkup tugas lingkup tugas".

    ## Mengapa
    Kata ganda adalah sisa penyuntingan (salin-tempel, perubahan yang belum
    selesai) dan membuat norma terbaca janggal. Kata ulang bahasa Indonesia
    ditulis dengan tanda hubung ("masing-masing"), jadi pengulangan yang
    dipisah spasi hampir selalu salah ketik.

    ## Dasar
    Kaidah ejaan (PUEBI: bentuk ulang ditulis dengan tanda hubung); bukan
    butir Lampiran II UU 12/2011.

    ## Contoh salah
    ```
    1. memeriksa dokumen/naskah dinas dinas dari Pejabat terkait;
    i. menyiapkan data laporan tahunan lingkup tugas lingkup tugas Seksi Kelahiran;
    ```

    ## Contoh benar
    ```
    1. memeriksa dokumen/naskah dinas dari Pejabat terkait;
    i. menyiapkan data laporan tahunan lingkup tugas Seksi Kelahiran;
    ```

    ## Kapan diam
    Angka dan penanda ("ayat (1) (2)"), satu huruf ("a a"), kata di dalam
    Lampiran (tabel dan formulir mengulang sel), naskah sebelum 1975 (sebelum
    EYD kata ulang sering ditulis dengan spasi), judul dan kepala halaman
    yang seluruhnya huruf kapital, dan ketentuan yang dikutip dalam peraturan
    perubahan. Kata ulang tanpa tanda hubung ("masing masing") dilaporkan
    sebagai peringatan dengan usul "masing-masing". Naskah hasil pindai (OCR)
    yang strukturnya tidak dapat dipercaya juga tidak diperiksa.
    """
    code = "LP113"
    slug = "doubled-word"
    severity = "error"
    fixes = ("safe", "display")
    summary = "Kata atau frasa tertulis dua kali berturut-turut"
    summary_en = "A word or phrase written twice in a row"
    basis = None

    def check(self, doc):
        from lint_perda.sequence import structure_reliable
        if not structure_reliable(doc):
            return
        tahun = doc.identity.tahun
        if tahun and tahun.isdigit() and int(tahun) < 1975:
            return   # before the 1972 spelling reform reduplication was often written with a space
        nodes = list(doc.body.walk()) if doc.body is not None else []
        if doc.front is not None:   # Menimbang and Mengingat items, not the title block
            nodes += [n for n in doc.front.walk() if n.is_item]
        lowered = doc.source.text.lower()   # "batas-batas" elsewhere: "batas batas" lacks its hyphen
        for n in nodes:
            text = n.text
            if not text or not doc.judged(n):
                continue
            for m in _DOUBLE.finditer(text):
                words = m.group(1)
                if len(words) < 3 or words.isupper() or words.lower() in _NUMERAL:
                    continue   # running heads repeat in capitals
                second = m.start() + len(m.group(0)) - len(words)
                # a plural by reduplication is lower case; "Perusahaan Perusahaan" is a slip
                if " " not in words and (f"{words.lower()}-{words.lower()}" in lowered or words.lower() == "bangsa"
                                         or (words[0].islower() and words.lower() in _REDUP)):
                    # spelling: shown, never applied
                    yield self.at(n, f"Kata ulang ditulis dengan tanda hubung: \"{words}-{words}\".",
                                  f"A reduplicated word takes a hyphen: \"{words}-{words}\".",
                                  i=m.start(), j=m.end(), suggestion=f"{words}-{words}", severity="warning",
                                  fix=make_fix([node_edit(n, m.start(), m.end(), f"{words}-{words}")], DISPLAY))
                    continue
                # the fix drops the second copy and the space before it
                yield self.at(n, f"\"{words}\" tertulis dua kali berturut-turut.",
                              f"\"{words}\" is written twice in a row.",
                              i=second, j=m.end(), suggestion=words,
                              fix=make_fix([node_edit(n, m.start() + len(words), m.end(), "")]))
