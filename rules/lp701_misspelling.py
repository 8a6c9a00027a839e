"""LP701 misspelling: a word misspelt once where the document spells it right many times."""
from __future__ import annotations

from lint_perda.rule import Rule


class Misspelling(Rule):
    """
    ## Apa yang diperiksa
    Kata yang muncul sekali atau dua kali dan hanya selisih satu huruf (satu
    huruf hilang, berlebih, tertukar atau salah; pada kata panjang juga dua
    huruf hilang) dari kata yang dipakai berulang kali dalam naskah yang sama,
    serta tidak dikenal kamus Hunspell bahasa Indonesia (id_ID): "Kertiban"
    di samping 181 kali "Ketertiban", "ORGANSASI" di samping "ORGANISASI".
    Usulnya adalah kata yang dipakai naskah itu sendiri. Bila dua kata naskah
    sama dekatnya ("negari": "negara" dan "negeri"), kata di sebelahnya yang
    menentukan (naskah menulis "pengadilan negeri", tidak pernah "pengadilan
    negara"); bila tidak, keduanya disebut tanpa usul tunggal. Tidak ada
    perbaikan otomatis: penyusun yang memutuskan.

    ## Mengapa
    Salah ketik dalam nama unit, judul, atau istilah yang diatur membuat
    norma merujuk sesuatu yang tidak ada, dan merusak wibawa naskah yang
    diundangkan. Naskah sendiri adalah pembanding terbaik: kata yang benar
    sudah ditulisnya berkali-kali.

    ## Dasar
    Kaidah ejaan (PUEBI/EYD) dan kecermatan rumusan; bukan butir Lampiran II
    UU 12/2011.

    ## Contoh salah
    ```
    d. pengendalian tugas lingkup Seksi Pemerintahan dan Kertiban Umum;
    ```

    ## Contoh benar
    ```
    d. pengendalian tugas lingkup Seksi Pemerintahan dan Ketertiban Umum;
    ```

    ## Pilihan
    `min-count-warning` (bawaan 30): temuan berderajat peringatan bila naskah
    menulis bentuk yang benar sekurang-kurangnya sekian kali; bila lebih
    jarang, temuan itu informasi (bisa jadi varian yang dimaksud penulis,
    misalnya "Bismuth" di samping "Bismut"). Bentuk tidak baku yang tercatat
    dalam `rules/kosakata.toml` selalu peringatan.

    ## Kapan diam
    Tanpa kamus id_ID (paket Debian `hunspell-id`, kamus id_ID LibreOffice,
    atau berkas yang disebut kunci konfigurasi `dictionary`) aturan ini tidak
    berjalan dan mengatakannya sekali (standar galat dan `document.checked`
    pada JSON). Diam pula pada: naskah hasil pindai (OCR), naskah sebelum
    Ejaan yang Disempurnakan (1972; "perobahan" adalah ejaan masanya), kata yang dikenal
    kamus atau daftar kosakata hukum (`rules/kosakata.toml`), nama yang
    ditetapkan naskah itu sendiri (istilah dalam Ketentuan Umum, nama unit,
    singkatan yang didefinisikan, nama tempat sesudah Desa/Kecamatan/...),
    bentuk lain kata yang sama (imbuhan: "diproduksi"/"produksi"), ejaan kata
    serapan ("Public"/"publik"), huruf yang biasa tertukar oleh OCR ("l"/"i",
    "rn"/"m"), frasa bahasa asing atau istilah teknis yang kata-kata di
    sekitarnya juga tidak dikenal kamus, kata kapital pendek (singkatan),
    kata berhuruf besar-kecil campuran, potongan kata di ujung baris
    ("Penyelengga- raan"), dan ejaan lama resmi di dalam judul peraturan yang
    dikutip ("... Tahun 1956 tentang ... Daerah Propinsi Sumatera Utara":
    judul dikutip sebagaimana ditetapkan).
    """
    code = "LP701"
    slug = "misspelling"
    severity = "warning"
    summary = "Kata salah ketik, padahal naskah menulisnya benar berkali-kali"
    summary_en = "A word misspelt once where the document spells it right many times"
    basis = None
    fixes = ("display",)   # never corrected automatically: shown only

    # a warning where the document writes the right form often; with fewer
    # uses it is information (a variant the writer may mean: "Bismuth" beside
    # "Bismut", "Klirens" beside "Klierens")
    options = {"min-count-warning": 30}   # 0.17 warnings per text read cleanly (README)

    def check(self, doc):
        from lint_perda.spelling import findings
        floor = int(self.opts["min-count-warning"])
        return findings(self, doc, "typo", _words,
                        severity=lambda s: None if s.nonstandard or s.model_count >= floor else "info")


def _words(s):
    if s.nonstandard:
        return (f"\"{s.word}\" bukan bentuk baku; naskah ini menulis \"{s.suggestion}\" {s.model_count} kali.",
                f"\"{s.word}\" is not the standard form; this document writes \"{s.suggestion}\" {s.model_count} times.")
    if s.others:
        # words as near as each other: named with how often each is written, no single proposal
        seen = [(s.suggestion, s.model_count), *s.others]
        ids = " dan ".join(f"\"{w}\" {n} kali" for w, n in seen)
        ens = " and ".join(f"\"{w}\" {n} times" for w, n in seen)
        return (f"Kemungkinan salah ketik: \"{s.word}\"; naskah ini menulis {ids}: pilih yang dimaksud.",
                f"Possible typo: \"{s.word}\"; this document writes {ens}: choose the one meant.")
    return (f"Kemungkinan salah ketik: \"{s.word}\"; naskah ini menulis \"{s.suggestion}\" {s.model_count} kali.",
            f"Possible typo: \"{s.word}\"; this document writes \"{s.suggestion}\" {s.model_count} times.")
