"""LP401 unknown-unit: a unit the regulation's own structure does not have."""
from __future__ import annotations

import re

from lint_perda.fixes import DISPLAY, make_fix, node_edit
from lint_perda.organisation import fold
from lint_perda.rule import Rule

_KIND = r"(?:Sub\s?Bagian|Subbagian|Sub\s?Bidang|Subbidang|Seksi|Bidang|Sekretariat)"
_STOP = rf"(?!{_KIND}\b|Kepala\b|Camat\b|Lurah\b|Kecamatan\b|Kelurahan\b|Dinas\b|Badan\b)"
# the kind word and the capitalised words of the name, "dan"/"serta" inside
# it; another unit's kind word ends it ("Seksi A dan Seksi B" is two names)
_MENTION = re.compile(rf"(?<![\w/])({_KIND})((?:\s+(?:dan|serta)\s+{_STOP}[A-Z][\w/-]*|,?\s+{_STOP}[A-Z][\w/-]*)*)")


def _kind_of(word: str) -> str:
    w = word.lower().replace(" ", "")
    return {"subbagian": "Sub Bagian", "subbidang": "Sub Bidang", "seksi": "Seksi", "bidang": "Bidang",
            "sekretariat": "Sekretariat"}[w]


class _Pool:
    """The units one part of the text may name, and a pattern that knows them."""

    def __init__(self, units):
        names = sorted({u.name for u in units}, key=len, reverse=True)
        self.rx = re.compile("|".join(r"\s+".join(re.escape(w) for w in n.replace(",", " ,").split()).replace(r"\s+,", r"\s*,")
                                      for n in names), re.IGNORECASE)
        self.by_kind: dict[str, list[str]] = {}
        for u in units:
            self.by_kind.setdefault(u.kind, []).append(u.name)
        self.kinds = {u.kind for u in units}


class UnknownUnit(Rule):
    """
    ## Apa yang diperiksa
    Setiap unit yang disebut di batang tubuh ("lingkup Seksi ...", "Kepala
    Sub Bagian ...", "Bidang ...") harus ada dalam susunan organisasi yang
    ditetapkan peraturan itu sendiri (Pasal "Susunan Organisasi ... terdiri
    atas:"). Dilaporkan:

    1. nama unit yang hampir sama dengan unit yang ada (salah ketik), dengan
       usul nama yang benar: "Seksi Pemerintahan dan Kertiban Umum" - maksud
       Anda "Seksi Pemerintahan dan Ketertiban Umum"?
    2. jenis unit yang tidak dimiliki perangkat daerah itu: "Bidang" dalam
       peraturan Kecamatan, yang susunannya hanya mempunyai Seksi.

    ## Mengapa
    Nama unit yang salah membuat tugas dan fungsi diberikan kepada unit yang
    tidak ada; jenis unit yang asing adalah sisa naskah perangkat daerah lain.

    ## Dasar
    PP 18/2016 tentang Perangkat Daerah (susunan organisasi setiap jenis
    perangkat daerah); kecermatan rumusan.

    ## Contoh salah
    ```
    d. pengendalian tugas lingkup Seksi Pemerintahan dan Kertiban Umum;
    b. mengendalikan penyusunan rencana operasional Seksi Pembangunan berdasarkan rencana operasional Bidang;
    ```

    ## Contoh benar
    ```
    d. pengendalian tugas lingkup Seksi Pemerintahan dan Ketertiban Umum;
    b. mengendalikan penyusunan rencana operasional Seksi Pembangunan berdasarkan rencana operasional Kecamatan;
    ```

    ## Kapan diam
    Naskah tanpa Pasal susunan organisasi (tidak ada pembanding), nama yang
    tidak mirip dengan unit mana pun (bisa unit perangkat daerah lain yang
    disebut sebagai mitra), "di bidang ..." (urusan, bukan unit), Mengingat,
    dan ketentuan yang dikutip. Bila naskah menetapkan beberapa susunan dalam
    BAB yang berbeda (misalnya Kecamatan Tipe A dan Tipe B, masing-masing
    dengan Kelurahannya), ketentuan dalam BAB itu diperiksa terhadap susunan
    BAB itu; bagian lain terhadap semua susunan.
    """
    code = "LP401"
    slug = "unknown-unit"
    severity = "error"
    summary = "Unit yang tidak ada dalam susunan organisasi peraturan ini"
    summary_en = "A unit the regulation's own structure does not define"
    fixes = ("display",)
    basis = None
    options = {"min_similarity": 85}

    def check(self, doc):
        from rapidfuzz import fuzz, process
        org = doc.organisation
        if len(org.units) < 3 or doc.body is None:
            return
        # each BAB that sets up a structure (000: Kecamatan Tipe A in BAB III,
        # Tipe B in BAB IV, each with its Kelurahan) is checked against its
        # own; every other part against all of them
        scopes: dict[int, list] = {}
        for u in org.units:
            bab = u.node.nearest("bab")
            scopes.setdefault(id(bab) if bab is not None else 0, []).append(u)
        pools = {key: _Pool(units) for key, units in scopes.items()}
        everything = _Pool(org.units)
        agency = org.agency
        structure_nodes = {id(u.node) for u in org.units}
        seen: set = set()
        for n in doc.body.walk():
            if n.quoted or not n.text or id(n) in structure_nodes:
                continue
            text = n.text
            bab = n.nearest("bab")
            pool_of = pools.get(id(bab)) if bab is not None and len(pools) > 1 else None
            pool_of = pool_of or everything
            known_rx, by_kind, kinds = pool_of.rx, pool_of.by_kind, pool_of.kinds
            for m in _MENTION.finditer(text):
                k = known_rx.match(text, m.start())
                if k and k.end() >= m.end():
                    continue
                kind = _kind_of(m.group(1))
                tail = m.group(2).strip()
                before = text[max(0, m.start() - 4):m.start()].lower()
                if kind == "Bidang" and ("di " in before or not tail):
                    if not tail and "Bidang" not in kinds and "Seksi" in kinds and "di " not in before:
                        who = agency.nama if agency else "Perangkat daerah ini"
                        yield self.at(n, f"{who} tidak mempunyai Bidang (susunan organisasinya terdiri atas Seksi): "
                                         "\"Bidang\" di sini berasal dari naskah perangkat daerah lain.",
                                      f"{who} has no Bidang (its structure has Seksi): \"Bidang\" here comes from "
                                      "another agency's text.", i=m.start(), j=m.end())
                    continue
                if not tail:
                    continue
                cand = " ".join(f"{m.group(1)} {tail}".split()).rstrip(",")
                pool = by_kind.get(kind, [])
                if not pool or fold(cand) in {fold(p) for p in pool}:
                    continue
                # a shorter form of a unit ("Seksi Pemerintahan" of "Seksi Pemerintahan dan ...")
                if any(fold(p).startswith(fold(cand) + " ") for p in pool):
                    continue
                best = process.extractOne(fold(cand), {p: fold(p) for p in pool}, scorer=fuzz.ratio)
                if not best or best[1] < self.opts["min_similarity"]:
                    continue
                pasal = n.nearest("pasal")
                key = (id(pasal), fold(cand))
                if key in seen:
                    continue   # the same wrong name again in this Pasal: said once
                seen.add(key)
                right = best[2]
                yield self.at(n, f"\"{cand}\" tidak ada dalam susunan organisasi: maksud Anda \"{right}\"?",
                              f"\"{cand}\" is not in the organisation structure: did you mean \"{right}\"?",
                              i=m.start(), j=m.start() + len(m.group(0).rstrip(",")), suggestion=right,
                              fix=make_fix([node_edit(n, m.start(), m.start() + len(m.group(0).rstrip(",")), right)],
                                           DISPLAY))   # a unit's name: the reviewer decides
