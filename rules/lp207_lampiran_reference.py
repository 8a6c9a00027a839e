"""LP207 lampiran-reference: "Lampiran" without a number where there are
several, or a Lampiran that does not exist."""
from __future__ import annotations

import re

from lint_perda.rule import Rule

# "Lampiran, I": the number after a comma
_NUMBERED_AFTER = re.compile(r"\s*,\s*[IVX]+\b")


class LampiranReference(Rule):
    """
    ## Apa yang diperiksa
    - Rujukan "tercantum dalam Lampiran" tanpa nomor, padahal naskah memuat
      Lampiran I, Lampiran II, dan seterusnya.
    - Rujukan ke Lampiran bernomor yang tidak ada (Lampiran IV ketika
      lampirannya hanya sampai Lampiran III).

    ## Mengapa
    Bila lampiran lebih dari satu, setiap lampiran diberi nomor dan rujukan
    menyebut nomornya; "Lampiran" saja tidak menunjuk lampiran tertentu.

    ## Dasar
    Lampiran II UU 12/2011, BAB III (Lampiran): lampiran yang lebih dari satu
    diberi nomor urut dengan angka Romawi.

    ## Contoh salah
    ```
    (9) Bagan Susunan Organisasi sebagaimana dimaksud pada ayat (1) tercantum
    dalam Lampiran yang merupakan bagian tidak terpisahkan dari Peraturan Wali
    Kota ini.
    ```
    (naskah memuat Lampiran I, II, dan III)

    ## Contoh benar
    ```
    ... tercantum dalam Lampiran I yang merupakan bagian tidak terpisahkan ...
    ```

    ## Kapan diam
    Bila berkas tidak memuat lampiran sama sekali (lampiran sering disimpan
    dalam berkas lain) atau hanya satu, bila nomor yang dirujuk berada di antara nomor yang
    ada (penomoran lampiran yang terbaca tidak lengkap), dan pada rujukan ke
    lampiran peraturan lain ("Lampiran Undang-Undang Nomor ...").
    """
    code = "LP207"
    slug = "lampiran-reference"
    severity = "warning"
    summary = "Rujukan ke Lampiran tanpa nomor atau ke Lampiran yang tidak ada"
    summary_en = "A reference to an unnumbered or non-existent Lampiran"
    basis = None

    def check(self, doc):
        for r in doc.references:
            # matched in place: a slice of the rest of a long provision per
            # reference is quadratic
            if not r.internal or _NUMBERED_AFTER.match(r.node.text, r.j):
                continue
            for t in r.targets:
                if t.chain[0][0] != "lampiran":
                    continue
                if t.status == "ambiguous":
                    names = ", ".join(n.label for n in t.nodes)
                    yield self.at(r.node, f"\"Lampiran\" tanpa nomor, padahal naskah memuat {names}: sebut nomornya.",
                                  f"\"Lampiran\" without a number while the text has {names}.",
                                  i=t.i, j=t.j, suggestion="Lampiran I / Lampiran II / ...")
                elif t.status == "missing" and len(doc.lampiran) >= 2:
                    have = ", ".join(n.label for n in doc.lampiran)
                    yield self.at(r.node, f"{t.cite} tidak ada; naskah hanya memuat {have}.",
                                  f"{t.cite} does not exist; the text has {have}.", i=t.i, j=t.j)
