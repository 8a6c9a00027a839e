"""LP513 mengingat-citation: a Mengingat citation with a wrong title or wrong
gazette numbers."""
from __future__ import annotations

from lint_perda.citations import cite_in, fold_title, load_peraturan
from lint_perda.rule import Rule


class MengingatCitation(Rule):
    """
    ## Apa yang diperiksa
    Kutipan peraturan dalam Mengingat dibandingkan dengan paket data
    `rules/peraturan.toml` (peraturan tingkat pusat yang sering dikutip, dengan
    judul, nomor Lembaran Negara, dan nomor Tambahan Lembaran Negara):

    - judul yang lain dari judul peraturan itu;
    - Lembaran Negara (tahun dan nomor) atau Tambahan Lembaran Negara yang
      lain dari yang tercatat.

    Setiap isian paket data diambil dari naskah resmi yang mengutipnya
    (sumbernya disebut dalam paket: `sumber`), dengan bentuk yang dipakai
    sekurang-kurangnya 80% kutipan.

    ## Mengapa
    Dasar hukum yang dikutip dengan nomor lembaran yang salah menunjuk
    peraturan lain; ini koreksi yang sering diberikan dalam harmonisasi.

    ## Dasar
    Lampiran II UU 12/2011, dasar hukum: penulisan peraturan dalam Mengingat
    dilengkapi Lembaran Negara dan Tambahan Lembaran Negara (nomor butir belum
    diverifikasi).

    ## Contoh salah
    ```
    2. Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah (Lembaran Negara Republik Indonesia Tahun 2014 Nomor 224, Tambahan Lembaran Negara Republik Indonesia Nomor 5587);
    ```

    ## Contoh benar
    ```
    2. Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah (Lembaran Negara Republik Indonesia Tahun 2014 Nomor 244, Tambahan Lembaran Negara Republik Indonesia Nomor 5587);
    ```

    ## Kapan diam
    Judul yang berbeda dilaporkan sebagai peringatan (beberapa judul dikutip
    dalam dua bentuk di naskah resmi); nomor lembaran yang berbeda sebagai
    kesalahan. Peraturan yang tidak ada dalam paket data (tidak ada pembanding), kutipan
    tanpa Lembaran Negara, peraturan yang disebut di dalam judul peraturan lain
    ("Perubahan atas Undang-Undang Nomor ..."), dan naskah hasil pindai (angka
    yang rusak oleh OCR, misalnya "2O14", tidak terbaca sebagai angka).
    """
    code = "LP513"
    slug = "mengingat-citation"
    severity = "error"
    summary = "Kutipan dasar hukum dengan judul atau nomor Lembaran Negara yang salah"
    summary_en = "A Mengingat citation with a wrong title or gazette number"
    basis = None

    def check(self, doc):
        front = doc.front
        if front is None:
            return
        settings = getattr(doc, "settings", None)
        known = load_peraturan(tuple(getattr(settings, "data_packs", []) or ()))
        for n in front.walk():
            if n.nearest("mengingat") is None or not n.text:
                continue
            for c in cite_in(n.text):
                if getattr(c, "nested", False):
                    continue
                k = known.get((c.jenis.lower(), c.nomor, c.tahun))
                if k is None:
                    continue
                # the title is compared only where the gazette closes it
                if c.tentang and c.ln is not None and fold_title(c.tentang) != fold_title(k.tentang) \
                        and not fold_title(c.tentang).startswith(fold_title(k.tentang) + " sebagaimana"):
                    i = c.start + n.text[c.start:c.end].find(c.tentang.split()[0])
                    yield self.at(n, f"Judul {c.label()} adalah \"{k.tentang}\", bukan \"{c.tentang}\".",
                                  f"The title of {c.label()} is \"{k.tentang}\", not \"{c.tentang}\".",
                                  i=i, j=c.end, suggestion=k.tentang, severity="warning")
                if c.ln is not None and (c.ln != k.ln or (c.tln is not None and c.tln != k.tln)):
                    right = (f"Lembaran Negara Republik Indonesia Tahun {k.ln[0]} Nomor {k.ln[1]}, "
                             f"Tambahan Lembaran Negara Republik Indonesia Nomor {k.tln}")
                    yield self.at(n, f"{c.label()} diundangkan dalam Lembaran Negara Tahun {k.ln[0]} Nomor {k.ln[1]}, "
                                     f"Tambahan Lembaran Negara Nomor {k.tln} (dicatat dari {', '.join(k.sumber[:1])}).",
                                  f"{c.label()} was promulgated in Lembaran Negara {k.ln[0]} No. {k.ln[1]}, "
                                  f"Tambahan No. {k.tln}.", i=c.gz_start, j=c.gz_end, suggestion=f"({right})")
