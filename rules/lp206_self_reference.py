"""LP206 self-reference: a provision that cites itself, or its own Pasal by
number."""
from __future__ import annotations

import re

from lint_perda.refjudge import glued_before, reliable
from lint_perda.rule import Rule

_STOP = re.compile(r"[.;:]\s")


class SelfReference(Rule):
    """
    ## Apa yang diperiksa
    - Ketentuan yang merujuk dirinya sendiri: ayat (2) yang berisi "sebagaimana
      dimaksud pada ayat (2)", huruf c yang merujuk "huruf c". Hampir selalu
      nomor yang salah (biasanya ayat sebelumnya yang dimaksud).
    - Rujukan ke ayat dalam Pasal yang sama dengan menyebut nomor Pasalnya
      ("dalam Pasal 5 ayat (1)" di dalam Pasal 5) atau dengan "Pasal ini"
      ("pada ayat (1) Pasal ini"): cukup "pada ayat (1)".

    ## Mengapa
    Rujukan ke diri sendiri tidak menambah isi dan biasanya menandakan nomor
    yang tertukar; penyebutan Pasal sendiri bertentangan dengan bentuk baku
    rujukan di dalam satu Pasal.

    ## Dasar
    Lampiran II UU 12/2011, BAB III C (teknik pengacuan): rujukan di dalam
    Pasal yang sama memakai "pada ayat ..." tanpa "Pasal ini".

    ## Contoh salah
    ```
    Pasal 27
    (1) Anggota terdiri atas: a. Menteri; ...
    (2) Menteri sebagaimana dimaksud pada ayat (2) huruf a dapat menunjuk wakilnya.
    ```

    ## Contoh benar
    ```
    (2) Menteri sebagaimana dimaksud pada ayat (1) huruf a dapat menunjuk wakilnya.
    ```

    ## Kapan diam
    Rujukan ke peraturan lain, rujukan dalam peraturan perubahan, rujukan
    yang sasarannya tidak pasti, rujukan ke Pasal sendiri yang tidak
    menyebut ayat (misalnya dalam Penjelasan), rujukan yang didahului penanda
    ayat atau huruf lain di baris yang sama (konversi PDF menyatukan dua
    ketentuan), rujukan yang tidak terletak pada kalimat pertama ketentuan itu,
    konsiderans Menimbang, dan ketentuan yang tidak terbaca bersih (terlekat
    ke kalimat atau hasil OCR). Ayat yang "merujuk dirinya sendiri" dinilai
    hanya bila penanda ayat itu dan teks sesudahnya sampai rujukan terbaca
    bersih: pada naskah hasil pindai penanda ayat berikutnya sering hilang.
    Dua catatan gaya (informasi: "cukup pada ayat (1)" dan "Pasal ini" tidak
    perlu) hanya untuk naskah yang dibuat sejak UU 12/2011.
    """
    code = "LP206"
    slug = "self-reference"
    severity = "warning"
    summary = "Ketentuan yang merujuk dirinya sendiri atau Pasalnya sendiri"
    summary_en = "A provision citing itself, or its own Pasal by number"
    basis = "Lampiran II UU 12/2011, BAB III C (teknik pengacuan)"

    def check(self, doc):
        from lint_perda.reading import reading
        if not reliable(doc):
            return
        rd = reading(doc)
        first_stop: dict[int, int] = {}   # node -> where its first ". " ends (once per node)
        for r in doc.references:
            if not r.internal or not r.intro or glued_before(r) or r.node.nearest("menimbang") is not None:
                continue
            if not rd.clean(r.node) or not rd.clean_stretch(r.node.start, r.node.orig(r.j)):
                continue   # a provision read from running text or through OCR: its own number is not sure
            at = first_stop.get(id(r.node))
            if at is None:
                m = _STOP.search(r.node.text)
                at = first_stop[id(r.node)] = m.end() if m else len(r.node.text) + 1
            if at <= r.i:
                continue   # not the provision's first sentence: likely two glued together
            src_chain = [r.node] + list(r.node.ancestors())
            for t in r.targets:
                if t.status != "ok" or not t.nodes:
                    continue
                target = t.nodes[0]
                if target.kind not in ("pasal",) and any(target is n for n in src_chain):
                    if not rd.clean(target) or not rd.clean_stretch(target.start, r.node.orig(r.j)):
                        continue   # the ayat's own marker, or one lost after it, read through OCR
                    yield self.at(r.node, f"{target.label.capitalize() if target.kind == 'ayat' else target.label} "
                                          f"merujuk dirinya sendiri; periksa nomornya.",
                                  f"{target.label} cites itself; check the number.", i=t.i, j=t.j)
                    continue
                own = r.node.nearest("pasal")
                # the two notes of style below are the technique of UU 12/2011
                if (doc.technique_applies and t.chain[0][0] == "pasal" and len(t.chain) > 1 and t.inherited == 0
                        and own is not None and t.chain[0][1] == own.num and r.node.nearest("penjelasan") is None):
                    rest = " ".join(t.cite.split(" ")[2:])
                    yield self.at(r.node, f"Rujukan di dalam {own.label} ke ayatnya sendiri: cukup \"pada {rest}\".",
                                  f"A reference inside {own.label} to its own ayat: write \"pada {rest}\".",
                                  i=t.i, j=t.j, suggestion=f"pada {rest}", severity="info")
            if r.pasal_ini and doc.technique_applies:
                k = r.node.text.find("asal ini", r.j)
                yield self.at(r.node, "\"Pasal ini\" tidak perlu sesudah rujukan ke ayat dalam Pasal yang sama.",
                              "\"Pasal ini\" is redundant after a reference to an ayat of the same Pasal.",
                              i=r.j, j=k + len("asal ini") if k >= 0 else r.j + 1, severity="info",
                              suggestion=r.text)
