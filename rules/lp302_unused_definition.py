"""LP302 unused-definition: a term defined in Ketentuan Umum and never used."""
from __future__ import annotations

import re

from lint_perda.rule import Rule


class UnusedDefinition(Rule):
    """
    ## Apa yang diperiksa
    Istilah yang didefinisikan dalam Ketentuan Umum tetapi tidak dipakai di
    batang tubuh sesudahnya (juga dalam bentuk singkatnya, "yang
    selanjutnya disebut ...").

    ## Mengapa
    Definisi hanya dibuat untuk istilah yang dipakai berulang; definisi yang
    tidak dipakai biasanya tersisa dari naskah yang disalin.

    ## Dasar
    Lampiran II UU 12/2011, Ketentuan Umum: memuat batasan pengertian atau
    definisi, singkatan atau akronim yang dipakai dalam peraturan (nomor butir
    belum diverifikasi).

    ## Contoh salah
    ```
    5. Pelayanan Administrasi Terpadu Kecamatan yang selanjutnya disingkat PATEN adalah ...
    (PATEN tidak disebut lagi di mana pun)
    ```

    ## Contoh benar
    ```
    Definisi PATEN dihapus, atau PATEN dipakai dalam tugas Seksi Pelayanan Umum.
    ```

    ## Kapan diam
    Naskah yang ditetapkan sebelum 2011 (sebelum UU 12/2011 dan teknik
    penyusunannya).
    Istilah yang dipakai di dalam definisi lain (definisi itu sendiri
    memakainya), istilah yang dipakai di Lampiran, peraturan perubahan, dan
    peraturan yang Ketentuan Umum-nya tidak terbaca.
    """
    code = "LP302"
    slug = "unused-definition"
    severity = "warning"
    summary = "Istilah yang didefinisikan tetapi tidak dipakai"
    summary_en = "A defined term that is never used"
    technique = True   # judged only on texts made under UU 12/2011 (see Rule)
    basis = None

    def check(self, doc):
        if doc.body is None or doc.is_amendment:
            return
        found = list(doc.definitions)
        if not found:
            return
        by_item: dict[int, list] = {}
        for term, it, off in found:
            by_item.setdefault(id(it), []).append((term, it, off))
        texts = [(id(n), n.text) for n in doc.body.walk() if n.text and not n.quoted]
        texts += [(-1, lp.text) for lamp in doc.lampiran for lp in lamp.walk() if lp.text]
        # the texts that are no definition, joined: one search per term, not
        # one per term and node.  NUL parts them (neither a word character,
        # "-" nor a space, so no match crosses or touches a seam); a text
        # or term that holds a NUL itself keeps the search per node
        own = set(by_item)
        rest = [text for nid, text in texts if nid not in own]
        nul = any("\x00" in t for _, t in texts) or any("\x00" in term for term, _, _ in found)
        joined = None if nul else "\x00".join(rest)
        # an ASCII term's first word, lower-cased, must stand in the lower-cased
        # text for the regex (case-blind or not) to match there, unless the text
        # holds one of the four letters that match ASCII letters case-blind
        lowered = None
        if joined is not None and not any(c in joined for c in "\u0130\u0131\u017f\u212a"):
            lowered = joined.lower()
        texts = [(nid, text) for nid, text in texts if nid in own or joined is None]
        for forms in by_item.values():
            it = forms[0][1]
            used = False
            for term, _, _ in forms:
                # used in another case counts as used: LP404 reports the case
                flags = re.IGNORECASE if len(term.split()) > 1 else 0
                rx = re.compile(r"(?<![\w-])" + r"\s+".join(re.escape(w) for w in term.split()) + r"(?![\w-])", flags)
                first = term.split()[0].lower()
                if joined is not None and not (lowered is not None and first.isascii() and first not in lowered) \
                        and rx.search(joined):
                    used = True
                    break
                for nid, text in texts:
                    hits = rx.findall(text)
                    if nid == id(it):
                        hits = hits[1:] if len(forms) == 1 else hits[1:]   # its own definition names it
                    if hits:
                        used = True
                        break
                if used:
                    break
            if not used:
                term, _, off = forms[-1]
                yield self.at(it, f"Istilah \"{term}\" didefinisikan tetapi tidak dipakai dalam peraturan ini.",
                              f"\"{term}\" is defined but never used.", i=off, j=off + len(term))
