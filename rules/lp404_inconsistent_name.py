"""LP404 inconsistent-name: one name spelt two ways in one document."""
from __future__ import annotations

import re
from collections import Counter

from lint_perda.fixes import DISPLAY, make_fix, node_edit
from lint_perda.rule import Rule
from lint_perda.terms import TermTexts

_PLACE = re.compile(r"\b(Kecamatan|Kelurahan|Desa|Kabupaten|Kota)\s+([A-Z][a-z]{3,})\b")
_WALIKOTA = re.compile(r"\b(Wali\s+Kota|Walikota|WALI\s+KOTA|WALIKOTA)\b")


class InconsistentName(Rule):
    """
    ## Apa yang diperiksa
    Nama yang sama ditulis dengan dua cara dalam satu naskah:

    1. "Walikota" di samping "Wali Kota";
    2. nama tempat yang hampir sama ("Kecamatan Cibeber" dan "Kecamatan
       Cibeer"), dengan bentuk yang lebih sering (atau yang lebih panjang, bila
       sama seringnya) sebagai usul;
    3. istilah yang didefinisikan dalam Ketentuan Umum (dua kata atau lebih)
       yang di tempat lain ditulis dengan huruf besar-kecil yang lain
       ("Perangkat daerah" untuk "Perangkat Daerah").

    Setiap nama dilaporkan sekali, pada penulisan yang lebih jarang, dengan
    jumlah kedua bentuk.

    ## Mengapa
    Nama tempat yang salah ketik menunjuk wilayah yang tidak ada; istilah yang
    ditulis lain dari definisinya tidak lagi jelas memakai definisi itu.

    ## Dasar
    Lampiran II UU 12/2011, Ketentuan Umum: istilah yang didefinisikan dipakai
    secara konsisten (nomor butir belum diverifikasi); UU 23/2014 memakai
    "Wali Kota".

    ## Contoh salah
    ```
    1. Kecamatan Cibeber ...
    2. Kecamatan Cibeer ...
    ```

    ## Contoh benar
    ```
    1. Kecamatan Cibeber ...
    2. Kecamatan Cibeber ...
    ```

    ## Kapan diam
    Peraturan tingkat pusat (daftar nama daerah di sana sangat panjang dan
    beragam), nama tempat yang bedanya lebih dari satu atau dua huruf, judul
    seluruhnya huruf kapital dibandingkan dengan sesamanya saja, dan istilah
    satu kata (misalnya "Dinas", yang juga kata biasa: "naskah dinas").
    """
    code = "LP404"
    slug = "inconsistent-name"
    severity = "warning"
    summary = "Nama yang sama ditulis dengan dua cara dalam satu naskah"
    summary_en = "One name spelt two ways in one document"
    fixes = ("display",)   # a name's spelling: shown, never applied
    basis = None

    def check(self, doc):
        ident = doc.identity
        if not (ident.is_perda or ident.is_perkada):
            return
        parts = [p for p in (doc.front, doc.body, doc.closing) if p is not None]
        nodes = [n for p in parts for n in p.walk() if n.text and doc.judged(n)]
        yield from self._walikota(nodes)
        yield from self._places(nodes)
        # the konsiderans speak ordinary language: a defined term in lower case
        # there ("bahwa perangkat daerah perlu ...") is not the term misspelt
        front = {id(n) for n in doc.front.walk()} if doc.front is not None else set()
        yield from self._terms(doc, [n for n in nodes if id(n) not in front])
        yield from self._units(doc, [n for n in nodes if id(n) not in front])

    def _walikota(self, nodes):
        hits = [(n, m) for n in nodes for m in _WALIKOTA.finditer(n.text)]
        joined = [(n, m) for n, m in hits if " " not in m.group(1)]
        spaced = [(n, m) for n, m in hits if " " in m.group(1)]
        if joined and spaced:
            minority, majority = (joined, spaced) if len(joined) <= len(spaced) else (spaced, joined)
            n, m = minority[0]
            want = majority[0][1].group(1)
            want = want.upper() if m.group(1).isupper() else want.title() if " " in want else want.capitalize()
            yield self.at(n, f"\"{m.group(1)}\" ditulis juga \"{majority[0][1].group(1)}\" dalam naskah ini "
                             f"({len(minority)} berbanding {len(majority)}); pakai satu penulisan.",
                          f"\"{m.group(1)}\" is also spelt \"{majority[0][1].group(1)}\" in this text; use one spelling.",
                          i=m.start(1), j=m.end(1), suggestion=want,
                          fix=make_fix([node_edit(n, m.start(1), m.end(1), want)], DISPLAY))

    def _places(self, nodes):
        from rapidfuzz.distance import Levenshtein
        places: dict[tuple[str, str], list] = {}
        for n in nodes:
            for m in _PLACE.finditer(n.text):
                places.setdefault((m.group(1), m.group(2)), []).append((n, m))
        counts = Counter()
        for n in nodes:
            for w in re.findall(r"\b[A-Z][a-z]{3,}\b", n.text):
                counts[w] += 1
        keys = sorted(places)
        for k, a in enumerate(keys):
            # the same kind and first two letters: a block of the sorted keys
            # (every pair of keys was tried: quadratic in the names)
            for kb in range(k + 1, len(keys)):
                b = keys[kb]
                if b[0] != a[0] or b[1][:2] != a[1][:2]:
                    break
                x, y = a[1], b[1]
                if Levenshtein.distance(x, y) > 2 or min(len(x), len(y)) < 5:
                    continue
                # the rarer form is the slip; on a tie the longer (a dropped letter)
                rare, common = (a, b) if (counts[x], len(x)) < (counts[y], len(y)) else (b, a)
                n, m = places[rare][0]
                yield self.at(n, f"\"{rare[0]} {rare[1]}\" ditulis juga \"{common[0]} {common[1]}\" dalam naskah ini: "
                                 "periksa ejaan nama tempat.",
                              f"\"{rare[0]} {rare[1]}\" is also spelt \"{common[0]} {common[1]}\" in this text.",
                              i=m.start(2), j=m.end(2), suggestion=common[1],
                              fix=make_fix([node_edit(n, m.start(2), m.end(2), common[1])], DISPLAY))

    def _units(self, doc, nodes):
        """A unit of the structure written in another case: "Sub Bagian
        umum dan Kepegawaian" for "Sub Bagian Umum dan Kepegawaian"."""
        names = {u.name for u in doc.organisation.units if len(u.name.split()) >= 3}
        structure = {id(u.node) for u in doc.organisation.units}
        said = set()
        for name in sorted(names, key=len, reverse=True):
            rx = re.compile(r"(?<![\w/-])" + r"\s+".join(re.escape(w) for w in name.replace(",", " ,").split())
                            .replace(r"\s+,", r"\s*,") + r"(?![\w/-])", re.IGNORECASE)
            for n in nodes:
                if id(n) in structure:
                    continue
                for m in rx.finditer(n.text):
                    w = " ".join(m.group(0).split())
                    if w == name or w.isupper() or w.lower() == w or (id(n), m.start()) in said:
                        continue   # the same, a heading in capitals, or ordinary words
                    if w[0].islower() and w[1:] == name[1:]:
                        continue   # "seksi Pemerintahan": the kind word in lower case is another rule's business
                    said.add((id(n), m.start()))
                    yield self.at(n, f"\"{w}\" ditulis lain dari nama unit \"{name}\" dalam susunan organisasi.",
                                  f"\"{w}\" is written unlike the unit's name \"{name}\" in the structure.",
                                  i=m.start(), j=m.end(), suggestion=name)

    def _terms(self, doc, nodes):
        terms = sorted({t for t, _, _ in doc.definitions if len(t.split()) >= 2 and t[0].isupper() and not t.isupper()})
        def_nodes = {id(it) for _, it, _ in doc.definitions}
        others = [n for n in nodes if id(n) not in def_nodes]
        # each term looked for where its first word stands (lint_perda.terms),
        # not by a scan of every node per term
        texts = TermTexts([n.text for n in others], terms, r"\w+")
        for term in terms:
            rx = re.compile(r"\b" + r"\s+".join(re.escape(w) for w in term.split()) + r"\b", re.IGNORECASE)
            first, count = None, 0
            for k, off, m in texts.matches(rx, term.split()[0]):
                n, i = others[k], m.start() - off
                w = " ".join(m.group(0).split())
                if w != term and not w.isupper() and not (i == 0 or _after_stop(n.text, i) and w[0].isupper()):
                    count += 1
                    if first is None:
                        first = (n, i, m.end() - off, w)
            if first is not None:
                n, i, j, w = first
                more = f" (dan {count - 1} tempat lain)" if count > 1 else ""
                yield self.at(n, f"\"{w}\" ditulis lain dari istilah yang didefinisikan \"{term}\"{more}.",
                              f"\"{w}\" is written unlike the defined term \"{term}\"{more}.",
                              i=i, j=j, suggestion=term,
                              fix=make_fix([node_edit(n, i, j, term)], DISPLAY))


def _after_stop(text: str, i: int) -> bool:
    """text[:i].rstrip().endswith((".", ":")), without copying text[:i]."""
    k = i
    while k > 0 and text[k - 1].isspace():
        k -= 1
    return k > 0 and text[k - 1] in ".:"
