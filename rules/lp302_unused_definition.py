"""LP302 unused-definition: a term defined in Ketentuan Umum and never used."""
from __future__ import annotations

import re
from functools import lru_cache

from lint_perda.rule import Rule

# the letters other than A-Z, a-z that a case-blind regex takes for ASCII ones
_CASE_BLIND_ASCII = "\u0130\u0131\u017f\u212a"


@lru_cache(maxsize=4096)
def _pattern(term: str) -> re.Pattern:
    flags = re.IGNORECASE if len(term.split()) > 1 else 0
    return re.compile(r"(?<![\w-])" + r"\s+".join(re.escape(w) for w in term.split()) + r"(?![\w-])", flags)


def _found(term: str, joined: str, lowered: str | None) -> bool:
    """_pattern(term).search(joined) is not None, without scanning the whole
    text with a pattern that has no literal start: a match can only begin
    where the term's first word stands (exactly, or lower-cased in
    ``lowered`` for a case-blind term), so try it only there."""
    words = term.split()
    if not words:
        return _pattern(term).search(joined) is not None
    if len(words) == 1:
        hay, needle = joined, words[0]
    elif lowered is not None and words[0].isascii():
        hay, needle = lowered, words[0].lower()
    else:
        return _pattern(term).search(joined) is not None
    rx = None
    i = hay.find(needle)
    while i >= 0:
        rx = rx or _pattern(term)
        if rx.match(joined, i):
            return True
        i = hay.find(needle, i + 1)
    return False


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
        lowered = None
        if joined is not None and not any(c in joined for c in _CASE_BLIND_ASCII):
            lowered = joined.lower()   # then as long as joined, position for position
        texts = [(nid, text) for nid, text in texts if nid in own or joined is None]
        for forms in by_item.values():
            it = forms[0][1]
            used = False
            for term, _, _ in forms:
                # used in another case counts as used: LP404 reports the case
                if joined is not None and _found(term, joined, lowered):
                    used = True
                    break
                rx = _pattern(term)
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
