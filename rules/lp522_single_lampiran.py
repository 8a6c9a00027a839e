"""LP522 single-lampiran: the only Lampiran numbered ("LAMPIRAN I"), or cited by a number."""
from __future__ import annotations

import re

from lint_perda.rule import Rule

_CITED = re.compile(r"\bLampiran\s+(I|1)\b(?!\s*(?:Undang|Peraturan|Keputusan|[IVX]))")
_MORE = re.compile(r"\bLampiran\s+(?:II|III|IV|V|VI|2|3|4)\b", re.IGNORECASE)


class SingleLampiran(Rule):
    """
    ## Apa yang diperiksa
    Naskah yang hanya mempunyai satu Lampiran tidak menomorinya: kepalanya
    "LAMPIRAN", bukan "LAMPIRAN I", dan batang tubuhnya menyebut
    "tercantum dalam Lampiran", bukan "Lampiran I". (Lampiran yang lebih
    dari satu diberi nomor dan dirujuk dengan nomornya: LP207.)

    ## Mengapa
    Nomor "I" menjanjikan Lampiran II; pembaca mencarinya, dan rujukan ke
    "Lampiran I" tampak menunjuk salah satu dari beberapa lampiran.

    ## Dasar
    Lampiran II UU 12/2011: lampiran diberi nomor urut dengan angka Romawi
    bila lebih dari satu (nomor butir belum diverifikasi).

    ## Contoh salah
    ```
    KESATU : ... sebagaimana tercantum dalam Lampiran I yang merupakan bagian tidak terpisahkan dari Keputusan ini.
    LAMPIRAN I
    KEPUTUSAN BUPATI SUKAMAJU
    ```

    ## Contoh benar
    ```
    KESATU : ... sebagaimana tercantum dalam Lampiran yang merupakan bagian tidak terpisahkan dari Keputusan ini.
    LAMPIRAN
    KEPUTUSAN BUPATI SUKAMAJU
    ```

    ## Kapan diam
    Bila naskah menyebut Lampiran II atau nomor yang lebih tinggi di mana pun
    (lampiran lain ada, barangkali dalam berkas terpisah), bila naskah tidak
    memuat lampirannya sama sekali, dan pada rujukan ke lampiran peraturan
    lain ("Lampiran I Undang-Undang ...").
    """
    code = "LP522"
    slug = "single-lampiran"
    severity = "warning"
    summary = "Satu-satunya Lampiran diberi nomor atau dirujuk dengan nomor"
    summary_en = "The only Lampiran numbered, or cited by a number"
    basis = None

    def check(self, doc):
        lamps = doc.lampiran
        if len(lamps) != 1 or _MORE.search(doc.source.text):
            return
        lamp = lamps[0]
        if (lamp.num or "") in ("I", "1"):
            yield self.at(lamp, "Lampiran ini satu-satunya: kepalanya \"LAMPIRAN\" tanpa nomor.",
                          "This is the only Lampiran: its header is \"LAMPIRAN\" without a number.",
                          head=True, suggestion="LAMPIRAN")
        for n in doc.nodes("pasal", "ayat", "diktum", "huruf", "angka", "huruf_kurung", "angka_kurung"):
            if n.quoted:
                continue
            for m in _CITED.finditer(n.text):
                yield self.at(n, "Naskah ini hanya mempunyai satu Lampiran: sebut \"Lampiran\" tanpa nomor.",
                              "This text has only one Lampiran: cite it as \"Lampiran\" without a number.",
                              i=m.start(), j=m.end(), suggestion="Lampiran")
