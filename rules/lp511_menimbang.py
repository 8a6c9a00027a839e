"""LP511 menimbang: Menimbang items start with "bahwa", end with ";", and the
last one names this regulation's jenis and title."""
from __future__ import annotations

import difflib
import re

from lint_perda.frame import fold, jenis_of, missing_semicolon, regional_front_part
from lint_perda.rule import Rule

_CLOSING = re.compile(r"perlu\s+(?:menetapkan|membentuk)\s+(Peraturan\s+(?:Daerah|Gubernur|Bupati|Wali\s?[Kk]ota|Pemerintah|Presiden))"
                      r"(?:\s+(?:Provinsi|Kabupaten|Kota)\s+[A-Z][\w ]*?)?\s+tentang\s+(.+?)\s*;?\s*$", re.IGNORECASE | re.DOTALL)


class Menimbang(Rule):
    """
    ## Apa yang diperiksa
    1. Setiap butir Menimbang diawali "bahwa" dan diakhiri titik koma.
    2. Butir terakhir menutup dengan "perlu menetapkan <jenis> tentang
       <judul>;" yang jenis dan judulnya sama dengan kepala naskah.

    ## Mengapa
    Konsiderans yang menyebut jenis atau judul lain adalah sisa naskah yang
    disalin; ini salah satu koreksi yang paling sering diberikan.

    ## Dasar
    Lampiran II UU 12/2011, konsiderans: diawali kata "bahwa", diakhiri titik
    koma, pokok pikiran terakhir berisi perlunya menetapkan peraturan itu
    (nomor butir belum diverifikasi).

    ## Contoh salah
    ```
    Menimbang : a. pelayanan pasar merupakan pelayanan yang disediakan Pemerintah Daerah;
    b. bahwa ..., perlu menetapkan Peraturan Bupati tentang Retribusi Pasar;     (dalam Peraturan Daerah tentang Retribusi Pelayanan Pasar)
    ```

    ## Contoh benar
    ```
    Menimbang : a. bahwa pelayanan pasar merupakan pelayanan yang disediakan Pemerintah Daerah;
    b. bahwa ..., perlu menetapkan Peraturan Daerah tentang Retribusi Pelayanan Pasar;
    ```

    ## Kapan diam
    Naskah tanpa judul yang terbaca; judul yang berbeda hanya tanda baca,
    spasi, atau huruf besar-kecil; peraturan tingkat pusat hasil konversi yang
    butir Menimbang-nya tergabung dengan teks lain.
    """
    code = "LP511"
    slug = "menimbang"
    severity = "warning"
    summary = "Menimbang tidak diawali \"bahwa\", tidak diakhiri \";\", atau menyebut jenis/judul lain"
    summary_en = "Menimbang item not \"bahwa ...;\", or naming another kind or title"
    basis = None

    def check(self, doc):
        ident = doc.identity
        node = regional_front_part(doc, "menimbang")
        if node is None:
            return
        items = [c for c in node.children if c.is_item] or ([node] if node.text.strip() else [])
        for it in items:
            t = " ".join(it.text.split())
            if not t:
                continue
            if not t.lower().startswith("bahwa"):
                yield self.at(it, "Butir Menimbang diawali kata \"bahwa\".", "A Menimbang item starts with \"bahwa\".",
                              i=0, j=min(len(it.text), len(t.split()[0])), suggestion="bahwa " + t[:1].lower() + t[1:40])
            d = missing_semicolon(self, it, "Menimbang")
            if d is not None:
                yield d
        if not items:
            return
        last = items[-1]
        m = _CLOSING.search(" ".join(last.text.split()))
        if m is None:
            return
        said_jenis = jenis_of(m.group(1).split(None, 1)[1])
        if ident.jenis and said_jenis != ident.jenis:
            # the jenis as written after "perlu menetapkan", in the item's own text
            start = max(0, last.text.rfind("perlu"))
            w = re.compile(r"\s+".join(map(re.escape, m.group(1).split()))).search(last.text, start)
            span = dict(i=w.start(), j=w.end()) if w else {}
            yield self.at(last, f"Menimbang menyebut \"{m.group(1)}\", padahal naskah ini {ident.jenis}.",
                          f"Menimbang names \"{m.group(1)}\" but this text is a {ident.jenis}.",
                          severity="error", suggestion=ident.jenis, **span)
        if ident.title:
            a, b = fold(ident.title).replace(",", "").split(), fold(m.group(2)).replace(",", "").split()
            if a != b and difflib.SequenceMatcher(None, a, b).ratio() > 0.5:
                yield self.at(last, f"Judul dalam Menimbang (\"{m.group(2).rstrip(';')}\") berbeda dengan judul naskah "
                                    f"(\"{ident.title.title()}\").",
                              "The title in Menimbang differs from the heading's title.", severity="error")
