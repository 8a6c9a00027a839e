"""LP134 penjelasan-unknown-unit: an ayat or huruf explained that the body's Pasal lacks."""
from __future__ import annotations

from lint_perda.rule import Rule


class PenjelasanUnknownUnit(Rule):
    """
    ## Apa yang diperiksa
    "Ayat (4)" atau "Huruf e" dalam Penjelasan sebuah Pasal, padahal Pasal
    itu di batang tubuh tidak mempunyai ayat (4), atau ayat/Pasal yang
    bersangkutan tidak mempunyai huruf e.

    ## Mengapa
    Ayat atau huruf yang dihapus atau digabung selama pembahasan sering
    meninggalkan penjelasannya; penjelasan itu lalu menerangkan norma yang
    tidak ada, atau menempel pada nomor yang kini berisi norma lain.

    ## Dasar
    Lampiran II UU 12/2011 (Penjelasan menjelaskan norma batang tubuh) —
    nomor butir belum diverifikasi.

    ## Contoh salah
    ```
    Pasal 5
    (1) Izin diberikan oleh Bupati.
    (2) Izin berlaku 5 (lima) tahun.
    ...
    Pasal 5
    Ayat (1)
    Cukup jelas.
    Ayat (3)
    Yang dimaksud dengan "izin" adalah ...
    ```

    ## Contoh benar
    ```
    Pasal 5
    Ayat (1)
    Cukup jelas.
    Ayat (2)
    Cukup jelas.
    ```

    ## Kapan diam
    Bila Pasal batang tubuh itu ada lebih dari sekali, tidak berurutan
    dengan tetangganya, atau tidak terbaca bersih (penanda ayat atau huruf
    yang terlekat ke kalimat, kalimat kedua tanpa nomor ayat yang menandakan
    penanda yang hilang dalam konversi); bila entri Penjelasan itu sendiri
    tidak terbaca bersih; bila ayat atau huruf terakhir yang ada memuat
    rincian sendiri (ayat atau huruf sesudahnya bisa terbaca masuk ke
    rincian itu); dan pada Penjelasan peraturan perubahan.
    """
    code = "LP134"
    slug = "penjelasan-unknown-unit"
    severity = "error"
    summary = "Penjelasan ayat atau huruf yang tidak ada pada Pasal batang tubuhnya"
    summary_en = "An ayat or huruf explained that the body's Pasal lacks"
    basis = "Lampiran II UU 12/2011, teknik penyusunan Penjelasan — nomor butir belum diverifikasi"

    def check(self, doc):
        from lint_perda.penjelasan import analyse, body_pasal, entry_clean, heading_end, misnumbered, note
        from lint_perda.reading import reading
        from lint_perda.refjudge import lost_markers
        from lint_perda.refresolve import marker_in_text
        res = analyse(doc)
        skipped: list[int] = []
        if res.applies:
            rd = reading(doc)
            odd = misnumbered(res.entries)
            for e in res.entries:
                if not e.units or e.value is None or e.suffix:
                    continue
                p = body_pasal(doc, e.value)
                if p is None or id(e) in odd or not entry_clean(doc, e):
                    skipped.append(e.node.start)
                    continue
                seen = set()
                for chain, off in e.units:
                    if chain in seen:
                        continue
                    seen.add(chain)
                    cur, gone = p, None
                    for unit, num in chain:
                        kinds = ("ayat",) if unit == "ayat" else ("huruf", "huruf_kurung")
                        hits = [c for c in cur.children if c.kind in kinds and (c.num or "").lower() == num.lower()]
                        if len(hits) != 1:
                            gone = (unit, num)
                            break
                        cur = hits[0]
                    if gone is None:
                        continue
                    unit, num = gone
                    kinds = ("ayat",) if unit == "ayat" else ("huruf", "huruf_kurung")
                    if not any(c.kind in kinds for c in cur.children):
                        # no ayat (or no list) at all where the Penjelasan explains some:
                        # the body's markers were lost, the Penjelasan is the witness
                        skipped.append(e.node.orig(off))
                        continue
                    last = [c for c in cur.children if c.kind in kinds][-1]
                    if unit == "huruf" and any(c.is_item for c in last.children) \
                            or unit == "ayat" and any(c.is_item for c in last.walk() if c is not last):
                        # the last one holds a list of its own: the items after it (or the
                        # ayat after it) may have been read into that list ("4. untuk ...
                        # 5. melakukan ..." for "c. melakukan ...")
                        skipped.append(e.node.orig(off))
                        continue
                    vals = [c.value for c in cur.children if c.kind in kinds and c.value is not None]
                    if vals[:1] != [1] or any(b != a + 1 for a, b in zip(vals, vals[1:])) \
                            or not rd.node_clean(cur) or lost_markers(cur, unit) or marker_in_text(cur, unit, num):
                        # numbered from past 1 or with a gap: markers lost in the body;
                        # or its marker glued into the body's words ("ayat (3) b. mengendalikan")
                        skipped.append(e.node.orig(off))
                        continue
                    said = f"ayat ({num})" if unit == "ayat" else f"huruf {num}"
                    holder = cur.label if cur is not p else p.label
                    yield self.at(e.node, f"Penjelasan {p.label} menjelaskan {said}, padahal {holder} di batang tubuh "
                                          f"tidak mempunyai {said}.",
                                  f"The Penjelasan of {p.label} explains {said}, which {holder} of the body lacks.",
                                  i=off, j=heading_end(e.node.text, off))
        note(doc, skipped)
