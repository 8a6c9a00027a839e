"""LP208 diktum-reference: a reference to a diktum, or a huruf/angka in it, that does not exist."""
from __future__ import annotations

import re

from lint_perda.rule import Rule

_ORD = r"(?:KE[A-Z]+(?:\s+(?:BELAS|PULUH)(?:\s+[A-Z]{3,9})?)?|PERTAMA|Ke[a-z]+(?:\s+(?:Belas|Puluh|belas|puluh)(?:\s+[A-Za-z]{3,9})?)?|Pertama)"
_REF = re.compile(rf"\b[Dd]iktum\s+(?P<d>{_ORD})(?:\s+huruf\s+(?P<h>[a-z]{{1,2}})\b)?(?:\s+angka\s+(?P<a>\d{{1,3}})\b)?"
                  r"(?!\s+(?:Keputusan|Peraturan)\b)")
_ITEM_KINDS = {"h": ("huruf", "huruf_kurung"), "a": ("angka", "angka_kurung")}


def _items(node, kinds):
    """The list items directly in ``node`` (a diktum or an item)."""
    return [c for c in node.children if c.kind in kinds]


class DiktumReference(Rule):
    """
    ## Apa yang diperiksa
    Rujukan ke diktum Keputusan ini ("sebagaimana dimaksud dalam Diktum
    KEDUA huruf b") dibaca seperti rujukan ke Pasal: diktumnya harus ada,
    dan huruf atau angka yang disebut harus ada di dalam diktum itu.

    ## Mengapa
    Rujukan yang menunjuk diktum atau huruf yang tidak ada biasanya sisa
    penomoran ulang diktum; tugas atau kewenangan yang dirujuk menjadi tidak
    tentu.

    ## Dasar
    Kecermatan rumusan: rujukan menunjuk bagian yang ada.

    ## Contoh salah
    ```
    KEDUA : Tim mempunyai tugas: a. ...; b. ...; dan c. ....
    KETIGA : Dalam melaksanakan tugas sebagaimana dimaksud dalam Diktum KEDUA huruf d, ...
    ```

    ## Contoh benar
    ```
    KETIGA : Dalam melaksanakan tugas sebagaimana dimaksud dalam Diktum KEDUA huruf b, ...
    ```

    ## Kapan diam
    Naskah tanpa diktum (sebuah peraturan yang menyebut diktum keputusan
    lain), rujukan ke diktum keputusan lain ("Diktum KEDUA Keputusan Bupati
    Nomor ..."), dan kata bilangan yang tidak terbaca sebagai nomor.
    """
    code = "LP208"
    slug = "diktum-reference"
    severity = "error"
    summary = "Rujukan ke diktum, atau huruf/angka di dalamnya, yang tidak ada"
    summary_en = "A reference to a diktum, or a huruf/angka in it, that does not exist"
    basis = None

    def check(self, doc):
        from lint_perda.numbering import ordinal_to_int
        dikta = list(doc.nodes("diktum"))
        if not dikta:
            return
        by_value = {d.value: d for d in dikta if d.value is not None}
        have = f"{dikta[0].label} sampai dengan {dikta[-1].label}" if len(dikta) > 1 else dikta[0].label
        nodes = [n for part in ("body",) for n in doc.nodes("diktum", *_ALL_KINDS, part=part)]
        nodes += [n for lp in doc.lampiran for n in lp.walk()]
        for n in nodes:
            text = n.text
            if "iktum" not in text:
                continue
            for m in _REF.finditer(text):
                v = ordinal_to_int(m.group("d"))
                if v is None:
                    continue
                target = by_value.get(v)
                cite = f"Diktum {m.group('d')}"
                if target is None:
                    yield self.at(n, f"{cite} tidak ada; Keputusan ini memuat {have}.",
                                  f"{cite} does not exist; this Keputusan has {have}.",
                                  i=m.start(), j=m.end("d"))
                    continue
                node, where = target, cite
                for g in ("h", "a"):
                    want = m.group(g)
                    if want is None:
                        continue
                    items = _items(node, _ITEM_KINDS[g])
                    found = next((c for c in items if (c.num or "").lower() == want.lower()), None)
                    word = "huruf" if g == "h" else "angka"
                    if found is None:
                        if items:
                            span = f"{word} {items[0].num} sampai dengan {word} {items[-1].num}"
                            msg = f"{where} tidak memuat {word} {want}; yang ada {span}."
                            msg_en = f"{where} has no {word} {want}; it has {span}."
                        else:
                            msg = f"{where} tidak memuat {word} {want}: diktum itu tidak berisi daftar."
                            msg_en = f"{where} has no {word} {want}: it holds no list."
                        yield self.at(n, msg, msg_en, i=m.start(g), j=m.end(g))
                        break
                    node, where = found, f"{where} {word} {want}"


_ALL_KINDS = ("huruf", "angka", "huruf_kurung", "angka_kurung", "text")
