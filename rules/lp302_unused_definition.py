"""LP302 unused-definition: a term defined in Ketentuan Umum and never used."""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from lint_perda.reading import note_places, reading
from lint_perda.rule import Rule
from lint_perda.terms import TermTexts


_LOOSE = re.compile(r"-\s|[a-z][A-Z]")


@lru_cache(maxsize=4096)
def _pattern(term: str) -> re.Pattern:
    flags = re.IGNORECASE if len(term.split()) > 1 else 0
    # the term as a conversion may have written it in its definition: "STRANAS-
    # PPDT" (a hyphen at a line end) for STRANAS-PPDT, "Sumber DayaAir" (two
    # words glued) for Sumber Daya Air; its uses are matched either way
    words = re.sub(r"-\s+", "-", term).split()
    parts = (r"\s*".join(re.escape(p).replace(r"\-", r"-\s*") for p in re.split(r"(?<=[a-z])(?=[A-Z])", w))
             for w in words)
    return re.compile(r"(?<![\w-])" + r"\s+".join(parts) + r"(?![\w-])", flags)


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
    peraturan yang Ketentuan Umum-nya tidak terbaca. Pada naskah hasil pindai,
    definisi yang penandanya tidak terbaca bersih atau istilahnya tampak
    salah baca (tanda asing di dalamnya, atau kata yang tidak muncul di
    tempat lain: "Sampah Spcsihk"), atau yang dipakai dengan satu huruf
    salah baca ("Pola Pengelo1aan Sumber Daya Air"), tidak dinilai.
    Istilah "Pemotong atau Pemungut Pajak" dipakai bila "Pemotong Pajak" atau
    "Pemungut Pajak" dipakai; "Tamu Pemerintah dan/atau Tamu Lembaga Negara
    Asing" bila salah satu dari keduanya dipakai utuh. Istilah yang dipakai
    dalam huruf miring ("_Kemenkeu Service Bus_") dipakai. Istilah yang dalam definisinya tertulis dengan
    tanda hubung di ujung baris ("STRANAS- PPDT") atau dengan dua kata
    tersambung ("Sumber DayaAir") dicari dalam kedua bentuknya.
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
        # markdown italics ("_Kemenkeu Service Bus_") are no part of a word
        texts = [(id(n), n.text.replace("_", " ")) for n in doc.body.walk() if n.text and not n.quoted]
        texts += [(-1, lp.text.replace("_", " ")) for lamp in doc.lampiran for lp in lamp.walk() if lp.text]
        # every term against every text was terms x texts; lint_perda.terms
        # joins the texts once and tries a term only where its first word is
        own = set(by_item)
        terms = [form.replace("_", " ") for term, _, _ in found for form in _forms(term)]
        rest = TermTexts([t for nid, t in texts if nid not in own], terms, r"[\w-]+")
        defs = [(nid, t) for nid, t in texts if nid in own]
        in_defs = TermTexts([t for _, t in defs], terms, r"[\w-]+")
        rd = reading(doc)
        seen: Counter | None = None   # the text's words, counted once a scan's term is found unused
        unjudged: list[int] = []
        for forms in by_item.values():
            it = forms[0][1]
            used = False
            for term in (f for t, _, _ in forms for f in _forms(t)):
                # used in another case counts as used: LP404 reports the case
                term = term.replace("_", " ")   # as in the texts: "(_Host to Host_)"
                rx, words = _pattern(term), term.split()
                # (a term _pattern loosens is searched everywhere, not where its first word stands)
                first = words[0] if words and not _LOOSE.search(term) else ""
                if next(rest.matches(rx, first), None) is not None:
                    used = True
                    break
                for k, _, _ in in_defs.matches(rx, first):
                    nid, text = defs[k]
                    # its own definition names it once
                    if nid != id(it) or len(rx.findall(text)) > 1:
                        used = True
                        break
                if used:
                    break
            if not used:
                term, _, off = forms[-1]
                if rd.scan and seen is None:
                    seen = Counter(_WORDS.findall(doc.source.text.lower()))
                if rd.scan and (not rd.clean(it) or _garbled(term, seen)
                                or _misread_use(term, doc.source.text[doc.body.start:doc.body.end])):
                    # a scan: "Sampah Spcsihk", "^PFSA", "Kementerian a tau
                    # Lembaga" are defined and used, read otherwise each time
                    unjudged.append(it.start)
                    continue
                yield self.at(it, f"Istilah \"{term}\" didefinisikan tetapi tidak dipakai dalam peraturan ini.",
                              f"\"{term}\" is defined but never used.", i=off, j=off + len(term))
        note_places(doc, "definitions", "definisi", unjudged)


_WORDS = re.compile(r"[a-z]{4,}")


def _forms(term: str) -> list[str]:
    """The term and, for "Pemotong atau Pemungut Pajak" or "Geospasial atau
    ruang kebumian", each of the terms it names: "Pemotong Pajak", "Pemungut
    Pajak"; "Geospasial", "ruang kebumian"; "Tamu Pemerintah dan/atau Tamu
    Lembaga Negara Asing" each whole ("Standardisasi benih dan/atau bibit"
    is not used where "bibit" is)."""
    a, sep, b = term.partition(" dan/atau ")
    if sep:
        return [term, a, b] if len(a.split()) >= 2 and len(b.split()) >= 2 else [term]
    a, sep, b = term.partition(" atau ")
    if not sep or not a.split() or not b.split():
        return [term]
    head, tail = a.split(), b.split()
    return [term, " ".join(head + tail[1:]), b, a]


def _misread_use(term: str, text: str) -> bool:
    """In a scan, the term read with one letter of a word misread, at its
    definition or at its uses ("Pemerintahan Dacrah" defined, "Pemerintahan
    Daerah" used): two places of the body match with one letter per word
    (not the first) free."""
    words = term.split()
    if len(words) == 1 and len(term) < 7:
        return False   # "Hari": one letter off is another word ("Dari")

    def word(w: str) -> str:
        if len(w) < 4 or not w.isalpha():
            return re.escape(w)
        return "(?:" + "|".join(re.escape(w[:k]) + r"\w" + re.escape(w[k + 1:]) for k in range(1, len(w))) + ")"
    # another case counts only for a term of several words, as in _pattern
    rx = re.compile(r"(?<![\w-])" + r"\W{1,3}".join(word(w) for w in words) + r"(?![\w-])",
                    re.IGNORECASE if len(words) > 1 else 0)
    found = rx.findall(text)
    # the body names it at least twice, once as read otherwise: a use the
    # scan misread, or a definition it misread
    return len(found) >= 2 and any(" ".join(f.split()) != term for f in found)


def _garbled(term: str, seen: Counter) -> bool:
    """A term as OCR read it: a sign inside it, or a word the text holds
    nowhere else."""
    if re.search(r"[^\w\s()/-]|_|\d", term):
        return True
    return any(seen[w] < 2 for w in _WORDS.findall(term.lower()))
