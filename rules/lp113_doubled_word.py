"""LP113 doubled-word: a word or phrase written twice in a row."""
from __future__ import annotations

import re

from lint_perda.fixes import DISPLAY, SAFE, UNSAFE, make_fix, node_edit
from lint_perda.ocr import GARBLE_SIGNS
from lint_perda.rule import Rule

# one to four words, then the same words again (case aside); Indonesian
# reduplication is written with a hyphen ("masing-masing"), so a repeat
# separated by a space is a slip
# possessive runs (*+, ++): a word is always followed by whitespace and the
# whitespace by a letter, so giving characters back never matches; without
# them the engine tried every shorter word at every word start (2x slower)
_DOUBLE = re.compile(r"(?<![\w/-])((?:[A-Za-z][\w/]*+)(?:\s++[A-Za-z][\w/]*+){0,3})\s++\1(?![\w/-])", re.IGNORECASE)


# words that are never reduplicated: doubled, always a slip
_NEVER_DOUBLED = {"yang", "dan", "atau", "dari", "untuk", "di", "ke", "pada", "dalam", "dengan", "oleh", "ini", "itu",
                  "tersebut", "adalah", "bahwa", "serta", "bagi", "atas", "sebagaimana", "tentang", "akan", "telah"}


# words only ever used reduplicated: "masing masing" is a missing hyphen,
# not a doubled word
_REDUP = {"masing", "kira", "mula", "sama", "rata", "tiba", "semata", "seolah", "baik", "cepat", "hati",
          "kupu", "laba", "undang", "tengah", "besar", "kecil", "pihak", "jenis", "macam", "bagian", "bangsa",
          # nouns a regulation pluralises by reduplication ("syarat-syarat")
          "syarat", "batas", "tugas", "ketentuan", "hal", "pokok", "usaha", "kegiatan", "program", "peraturan",
          "dokumen", "barang", "lembaga", "surat", "upacara", "bentuk", "asas", "hak", "sarana",
          # adverbs by reduplication ("sendiri-sendiri", "lambat-lambat")
          "sendiri", "lambat", "sungguh", "benar", "pelan", "diam", "terus", "berturut", "sekali"}
# the first group above: words never written alone, so never one copy too many
_ONLY_REDUP = {"masing", "kira", "mula", "sama", "rata", "tiba", "semata", "seolah", "kupu", "laba", "undang"}
# words too common after anything to tell which form the text uses
_FUNCTION = _NEVER_DOUBLED | {"sesuai", "berikut", "antara", "lainnya", "sebagai", "secara", "tidak", "harus"}
_NEXT_WORD = re.compile(r"\s+([A-Za-z][\w-]*)")
# numerals repeat legitimately: "dua koma tujuh tujuh hektare"
_NUMERAL = {"nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"}


def _name_or_case(text: str, m, words: str, second: int) -> bool:
    """The two written in another case ("atasan Atasan Pejabat", "orang
    Orang Tua"), or the second opening a name ("Dewan Kawasan Kawasan
    Perdagangan Bebas", "Surat Ketetapan Pajak Pajak Bumi dan Bangunan"):
    a defined term or a name beside a word, not a slip."""
    if text[second:m.end()] != words:
        return True
    nxt = re.match(r"\s+(\S+)", text[m.end():])
    # the name may open on the phrase's last word: "kepada Menteri dan para
    # Direktur dan para Direktur Muda"
    return (words[:1].isupper() or words.split()[-1][:1].isupper()) and nxt is not None and nxt.group(1)[:1].isupper()


def _one_meant(lowered: str, text: str, m, word: str) -> str | None:
    """A plural-looking pair where the text elsewhere writes one copy before
    the same next word, and never the reduplication there: "ketentuan
    ketentuan peraturan" where the text writes "ketentuan peraturan" 25
    times and "ketentuan-ketentuan peraturan" never.  One copy too many, not
    a missing hyphen: returns the phrase the text writes, else None."""
    w = word.lower()
    nm = _NEXT_WORD.match(text, m.end())
    if w in _ONLY_REDUP or nm is None or nm.group(1).lower() in _FUNCTION:
        return None
    nxt = nm.group(1).lower()
    tail = r"\s+" + re.escape(nxt) + r"(?![\w-])"
    single = len(re.findall(r"(?<![\w-])" + re.escape(w) + tail, lowered)) - 1   # less this one's second copy
    if single < 2 or re.search(re.escape(w) + "-" + re.escape(w) + tail, lowered):
        return None
    return f"{word} {nm.group(1)}"


def _a_word(doc, lowered: str, words: str) -> bool:
    """Words of the language, not a scanner's garble ("urn urn" for "umum",
    "danjatau"): known to the Hunspell dictionary when there is one, else
    standing elsewhere in the text too."""
    from lint_perda.dictionary import find_dictionary, load_speller
    path = find_dictionary(getattr(getattr(doc, "settings", None), "dictionary", None))
    if path is not None:
        sp = load_speller(path)
        return all(sp.known(w) for w in words.split() if not w[:1].isupper())
    return len(re.findall(r"(?<![\w-])" + re.escape(words.lower()) + r"(?![\w-])", lowered)) >= 4


def _catchword(doc, n, m, words: str, second: int, printed: bool) -> bool:
    """In a print read back (a PDF or a scan), a word repeated where a page
    turns: the last word of a line repeated as the first of the next, the
    first word of a provision or a sentence said twice ("Agar Agar setiap",
    "b. tanggal tanggal"), a word repeated three times or more (columns
    read across), or words whose sentence the scanner scrambled."""
    if not printed:
        return False
    text = n.text
    if "\n" in doc.source.text[n.orig(m.start() + len(words) - 1):n.orig(second)]:
        return True
    if n.kind in ("pasal", "ayat") and text[:1].islower():
        return True   # a provision that starts in lower case: its first words were lost
    if words.lower() in ("dan", "atau") and text[:m.start()].rstrip().endswith(";"):
        return True   # "...; dan dan obyek": the list's conjunction, then a lost item
    if not text[:m.start()].strip() or re.search(r"(?:[.;:]|^)\s*$", text[:m.start()]) and words[:1].isupper():
        return True
    if re.match(r"\s+" + re.escape(words) + r"\b", text[m.end():], re.IGNORECASE):
        return True
    return bool(re.search(r"[a-z]\.\s+[a-z]", text[max(0, m.start() - 40):m.end() + 40]))


# signs no regulation writes in its words: a scanner's garble beside the words
# ("Hewan Menteri; hama hama tempat kepada {D e.": a line read across columns)
_GARBLE = re.compile(GARBLE_SIGNS)


# a table typed in the text, its rows ruled with "=====" or "-----"
_RULED = re.compile(r"={5}|-{5}")


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
    Lampiran (tabel dan formulir mengulang sel), tabel di batang tubuh yang
    terbaca menjadi satu baris (tiga pasang kata ganda atau lebih berdekatan:
    "Sersan Dua Sersan Dua Letnan Dua Letnan Dua") atau yang diketik dengan
    garis "=====" ("Tahun ke Tahun ke" di kepala kolomnya), satu kata terulang dalam
    naskah sebelum 1975 (sebelum EYD kata ulang sering ditulis dengan spasi:
    "benda benda"; kata yang tidak pernah diulang seperti "yang yang" dan
    frasa yang terulang tetap dilaporkan), judul dan kepala halaman
    yang seluruhnya huruf kapital, dan ketentuan yang dikutip dalam peraturan
    perubahan. Kata ulang tanpa tanda hubung ("masing masing") dilaporkan
    sebagai peringatan dengan usul "masing-masing"; tetapi bila naskah yang
    sama menulis satu kata di depan kata berikutnya itu di tempat lain (paling
    sedikit dua kali: "ketentuan peraturan") dan tidak pernah kata ulangnya
    ("ketentuan-ketentuan peraturan"), yang terjadi adalah satu kata
    berlebih: dilaporkan sebagai kata ganda dengan usul menghapus satu. Pada naskah cetak yang
    dibaca kembali (PDF, hasil pindai) kata ganda tidak dinilai bila
    melintasi pergantian halaman, berupa kata sambung halaman (kata terakhir
    satu baris terulang di awal baris berikutnya, kata pertama ketentuan atau
    kalimat yang terulang seperti "Agar Agar setiap"), berada di dekat sisa
    pindaian (tanda OCR dalam 30 karakter, tanda yang tidak ditulis naskah
    seperti "{", "|", "~" di dekatnya, atau penanda salah baca dalam 200
    karakter pada ketentuan yang sama; sisa pindaian di tempat lain tidak
    membungkam kata ganda yang terbaca bersih), terulang tiga kali atau lebih, bukan kata yang dikenal kamus,
    atau bila kata kedua membuka nama ("pajak Pajak Penghasilan", "Dewan
    Kawasan Kawasan Perdagangan Bebas").
    """
    code = "LP113"
    slug = "doubled-word"
    severity = "error"
    fixes = ("safe", "unsafe", "display")
    summary = "Kata atau frasa tertulis dua kali berturut-turut"
    summary_en = "A word or phrase written twice in a row"
    basis = None

    def check(self, doc):
        from lint_perda.reading import note_places, reading
        from lint_perda.sequence import ocr_suspect
        rd = reading(doc)
        printed = bool(rd.joins) or ocr_suspect(doc)   # a print read back: catchwords at page turns
        unjudged: list[int] = []
        # before the 1972 spelling reform reduplication was often written with
        # a space ("benda benda"): there only what cannot be a reduplication
        # is judged, a phrase or a word that never doubles ("yang yang")
        old = doc.year is not None and doc.year < 1975
        nodes = list(doc.body.walk()) if doc.body is not None else []
        if doc.front is not None:   # Menimbang and Mengingat items, not the title block
            nodes += [n for n in doc.front.walk() if n.is_item]
        lowered = doc.source.text.lower()   # "batas-batas" elsewhere: "batas batas" lacks its hyphen
        for n in nodes:
            text = n.text
            if not text or not doc.judged(n):
                continue
            found = list(_DOUBLE.finditer(text))
            if len(found) >= 3 and found[2].start() - found[0].start() < 200:
                # "Sersan Kepala Sersan Kepala Sersan Satu Sersan Satu": a
                # table's columns read into one line, each repeating the row
                unjudged.extend(n.orig_span(m.start(), m.end())[0] for m in found)
                continue
            for m in found:
                words = m.group(1)
                if len(words) < 3 or words.isupper() or words.lower() in _NUMERAL:
                    continue   # running heads repeat in capitals
                if old and " " not in words and words.lower() not in _NEVER_DOUBLED:
                    continue
                second = m.start() + len(m.group(0)) - len(words)
                a, b = n.orig_span(m.start(), m.end())
                if _name_or_case(text, m, words, second):
                    continue   # "surat ketetapan pajak Pajak Penghasilan": a name that starts with the same word
                # a plural by reduplication is lower case; "Perusahaan Perusahaan" is a slip
                redup = " " not in words and (f"{words.lower()}-{words.lower()}" in lowered or words.lower() == "bangsa"
                                              or (words[0].islower() and words.lower() in _REDUP))
                if rd.joined(a, b) or rd.marked(a - 30, b + 30) or _catchword(doc, n, m, words, second, printed) \
                        or _RULED.search(text, max(0, m.start() - 60), m.end() + 60) \
                        or printed and _GARBLE.search(doc.source.text, max(0, a - 30), b + 30) \
                        or rd.scan and not rd.clean_stretch(max(n.start, a - 200), min(n.end, b + 200)) \
                        or printed and not redup and not _a_word(doc, lowered, words):
                    # across a page join, beside OCR debris, or a printed
                    # catchword: the words of the next page said at the foot of this one;
                    # the heads of a typed table's columns between its rules ("=====")
                    unjudged.append(a)
                    continue
                one = _one_meant(lowered, text, m, words) if redup else None
                if redup and not one:
                    # spelling: shown, never applied
                    yield self.at(n, f"Kata ulang ditulis dengan tanda hubung: \"{words}-{words}\".",
                                  f"A reduplicated word takes a hyphen: \"{words}-{words}\".",
                                  i=m.start(), j=m.end(), suggestion=f"{words}-{words}", severity="warning",
                                  fix=make_fix([node_edit(n, m.start(), m.end(), f"{words}-{words}")], DISPLAY))
                    continue
                # the fix drops the second copy and the space before it
                seen = f" (naskah ini menulis \"{one}\" di tempat lain)" if one else ""
                seen_en = f" (the text writes \"{one}\" elsewhere)" if one else ""
                yield self.at(n, f"\"{words}\" tertulis dua kali berturut-turut{seen}.",
                              f"\"{words}\" is written twice in a row{seen_en}.",
                              i=second, j=m.end(), suggestion=words,
                              # judged from the text's habits: applied only on request
                              fix=make_fix([node_edit(n, m.start() + len(words), m.end(), "")], UNSAFE if one else SAFE))
        note_places(doc, "duplicates", "kata ganda", unjudged)
