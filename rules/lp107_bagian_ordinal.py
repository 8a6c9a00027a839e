"""LP107 bagian-ordinal: "Bagian Kesatu", not "Bagian Pertama"; one spelling
of the ordinals per document."""
from __future__ import annotations

import re

from lint_perda.fixes import DISPLAY, head_edit, make_fix
from lint_perda.numbering import int_to_ordinal
from lint_perda.renumber import number_span
from lint_perda.rule import Rule

# "Keduabelas" joined, "Kedua Belas" spaced; "Kesepuluh" and "Kesebelas"
# are single words either way
_BASE = r"Ke(?:dua|tiga|empat|lima|enam|tujuh|delapan|sembilan)"
_JOINED = re.compile(rf"\b{_BASE}(?:belas|puluh)", re.IGNORECASE)
_SPACED = re.compile(rf"\b{_BASE}\s+(?:Belas|Puluh)\b", re.IGNORECASE)


class BagianOrdinal(Rule):
    """
    ## Apa yang diperiksa
    Bilangan tingkat pada judul Bagian: "Bagian Kesatu", bukan "Bagian
    Pertama"; dan satu cara menulis bilangan tingkat dalam satu naskah:
    "Kedua Belas" di samping "Keduabelas" adalah temuan (dilaporkan sekali,
    pada penulisan yang lebih jarang).

    ## Mengapa
    Contoh dalam Lampiran II UU 12/2011 memakai "Bagian Kesatu"; penulisan
    yang berganti-ganti dalam satu naskah menandakan bagian yang disalin dari
    naskah lain.

    ## Dasar
    Lampiran II UU 12/2011, pengelompokan: Bagian diberi nomor urut dengan
    bilangan tingkat yang ditulis dengan huruf, contoh "Bagian Kesatu" (nomor
    butir belum diverifikasi).

    ## Contoh salah
    ```
    Bagian Pertama
    Objek Retribusi
    ...
    Bagian Keduabelas      (di naskah yang menulis "Bagian Kesebelas", "Bagian Ketiga Belas")
    ```

    ## Contoh benar
    ```
    Bagian Kesatu
    Objek Retribusi
    ...
    Bagian Kedua Belas
    ```

    ## Kapan diam
    Naskah yang ditetapkan sebelum 2011 (sebelum UU 12/2011 dan teknik
    penyusunannya).
    Naskah yang konsisten memakai satu cara penulisan (misalnya selalu
    "Keduabelas") tidak dilaporkan: KBBI menulis "kedua belas" terpisah, tetapi
    penulisan serangkai yang konsisten bukan kesalahan penomoran. Bagian
    dalam ketentuan yang dikutip peraturan perubahan tidak diperiksa.
    """
    code = "LP107"
    slug = "bagian-ordinal"
    severity = "warning"
    summary = "Bilangan tingkat Bagian: \"Kesatu\", dan satu cara penulisan per naskah"
    summary_en = "Bagian ordinals: \"Kesatu\", and one spelling per document"
    technique = True   # judged only on texts made under UU 12/2011 (see Rule)
    basis = None
    fixes = ("safe", "display")

    def check(self, doc):
        if doc.body is None:
            return
        bagian = [n for n in doc.body.walk() if n.kind == "bagian" and not n.quoted and n.num]
        for n in bagian:
            if n.num.strip().lower() == "pertama":
                yield self.at(n, "Bagian pertama ditulis \"Bagian Kesatu\", bukan \"Bagian Pertama\".",
                              "The first Bagian is \"Bagian Kesatu\", not \"Bagian Pertama\".",
                              head=True, suggestion="Bagian Kesatu", fix=_ordinal_fix(n, "Kesatu"))
        joined = [n for n in bagian if _JOINED.search(n.num) and not _SPACED.search(n.num)]
        spaced = [n for n in bagian if _SPACED.search(n.num)]
        if joined and spaced:
            minority = joined if len(joined) <= len(spaced) else spaced
            majority = spaced if minority is joined else joined
            n = minority[0]
            want = int_to_ordinal(n.value) if n.value else n.num
            if minority is spaced:
                want = want.replace(" Belas", "belas").replace(" Puluh", "puluh")
            yield self.at(n, f"\"Bagian {n.num}\" ditulis lain dari \"Bagian {majority[0].num}\" dalam naskah yang sama "
                             f"({len(minority)} berbanding {len(majority)}); pakai satu cara penulisan.",
                          f"\"Bagian {n.num}\" is spelled unlike \"Bagian {majority[0].num}\" in the same text; use one spelling.",
                          head=True, suggestion=f"Bagian {want}",
                          fix=_ordinal_fix(n, want, DISPLAY))   # a spelling: shown, not applied


def _ordinal_fix(n, want: str, applicability: str = "safe"):
    sp = number_span(n)
    if sp is None:
        return None
    old = n.head.line.text[sp[0]:sp[1]]
    return make_fix([head_edit(n, sp[0], sp[1], want.upper() if old.isupper() else want)], applicability)
