"""LP407 position-abbreviation: a mangled position abbreviation ("Kasubang"), or one naming a unit the structure does not have."""
from __future__ import annotations

import re

from lint_perda.rule import Rule

# abbreviation -> the unit kind whose head it names
ABBREV = {"kasubag": "Sub Bagian", "kasubbag": "Sub Bagian", "kasubid": "Sub Bidang", "kasubbid": "Sub Bidang",
          "kasi": "Seksi", "kasie": "Seksi", "kabid": "Bidang", "kabag": "Bagian",
          "sekcam": None, "sekdis": None, "sekban": None, "sekdes": None, "sekkel": None, "seklur": None,
          "kadis": None, "kaban": None, "kakan": None}
# long enough that one letter off is a slip, not another word ("Kasus" is not "Kasi")
_LONG = [a for a in ABBREV if len(a) >= 6]
_ANY = re.compile(r"\b(?:Ka|Sek|KA|SEK)")   # the cheap test before the token scan
_TOKEN = re.compile(r"(?<![\w/-])((?:Ka|Sek|KA|SEK)[A-Za-z]{3,7})\.?(?=\s+[A-Z])")
_NAME = re.compile(r"\.?\s+([A-Z][\w/-]*(?:(?:,\s*|\s+)(?:dan\s+|serta\s+)?[A-Z][\w/-]*)*)")


def _near(word: str) -> str | None:
    from rapidfuzz.distance import Levenshtein
    w = word.lower()
    best = min(_LONG, key=lambda a: Levenshtein.distance(w, a))
    return best if Levenshtein.distance(w, best) == 1 else None


class PositionAbbreviation(Rule):
    """
    ## Apa yang diperiksa
    Singkatan jabatan (Kasubag, Kasi, Kasubid, Kabid, Sekcam, ...):

    1. singkatan yang salah ketik: "Kasubang Umum" untuk "Kasubag Umum";
    2. bila naskah menetapkan susunan organisasi, unit yang disingkat harus
       ada: "Kasi Pemerintahan dan Ketertiban" ketika Seksinya bernama "Seksi
       Pemerintahan dan Ketertiban Umum" (usul: nama lengkapnya).

    ## Mengapa
    Singkatan jabatan sering dipakai dalam lampiran (uraian tugas,
    indikator kinerja); singkatan yang salah atau unit yang tidak ada
    membuat tugas dibebankan kepada jabatan yang tidak ada.

    ## Dasar
    Kecermatan rumusan; nama unit dari susunan organisasi naskah itu.

    ## Contoh salah
    ```
    c) Melaksanakan tugas lain yang diberikan oleh Kasubang Umum dan Kepegawaian.
    ```

    ## Contoh benar
    ```
    c) Melaksanakan tugas lain yang diberikan oleh Kasubag Umum dan Kepegawaian.
    ```

    ## Kapan diam
    Kata yang bukan singkatan jabatan (singkatan pendek seperti "Kasi" tidak
    ditebak dari kata lain: "Kasus" bukan salah ketik "Kasi"); singkatan
    yang diikuti nama yang tidak mirip unit mana pun (unit perangkat daerah
    lain); naskah tanpa susunan organisasi (hanya butir 1 yang diperiksa).
    """
    code = "LP407"
    slug = "position-abbreviation"
    severity = "warning"
    summary = "Singkatan jabatan salah ketik, atau menyebut unit yang tidak ada"
    summary_en = "A mangled position abbreviation, or one naming a unit the structure does not have"
    basis = None

    def check(self, doc):
        from rapidfuzz import fuzz, process
        from lint_perda.organisation import fold
        units = doc.organisation.units if doc.body is not None else []
        by_kind: dict[str, list[str]] = {}
        for u in units:
            by_kind.setdefault(u.kind, []).append(u.name)
        parts = [p for p in (doc.body,) if p is not None] + list(doc.lampiran)
        for part in parts:
            for n in part.walk():
                text = n.text or ""
                if n.quoted or not text or not _ANY.search(text):
                    continue
                for m in _TOKEN.finditer(text):
                    word = m.group(1)
                    low = word.lower()
                    if low not in ABBREV:
                        right = _near(low) if word[0].isupper() and word[1:].islower() else None
                        if right:
                            want = right.capitalize()
                            yield self.at(n, f"Singkatan jabatan \"{word}\" salah ketik; maksudnya \"{want}\"?",
                                          f"The position abbreviation \"{word}\" is mangled; \"{want}\" was meant?",
                                          i=m.start(1), j=m.end(1), suggestion=want)
                        continue
                    kind = ABBREV[low]
                    pool = by_kind.get(kind or "", [])
                    if len(units) < 3 or not pool:
                        continue
                    nm = _NAME.match(text, m.end(1))
                    if not nm:
                        continue
                    rest = nm.group(1).rstrip(",")
                    cand = f"{kind} {rest}"
                    names = {p: fold(p) for p in pool}
                    if fold(cand) in names.values() or any(v.startswith(fold(cand) + " ") for v in names.values()) \
                            or any(fold(cand).startswith(v + " ") for v in names.values()):
                        continue
                    best = process.extractOne(fold(cand), names, scorer=fuzz.ratio)
                    if not best or best[1] < 85:
                        continue
                    yield self.at(n, f"\"{word} {rest}\" tidak menunjuk unit dalam susunan organisasi: "
                                     f"maksudnya kepala {best[2]}?",
                                  f"\"{word} {rest}\" names no unit of the structure: the head of {best[2]} was meant?",
                                  i=m.start(1), j=nm.start(1) + len(rest), suggestion=f"Kepala {best[2]}")
