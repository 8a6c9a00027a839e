"""Citations of other regulations (Menimbang, Mengingat, body), read into
(jenis, nomor, tahun, tentang, gazette), and the data pack of frequently cited
national regulations (rules/peraturan.toml)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# hierarchy of UU 12/2011 Pasal 7 (and Pasal 8 for ministers' regulations,
# which Mengingat lists after the Perpres)
LEVELS = [
    (r"Undang-Undang\s+Dasar", 0),
    (r"Undang-Undang|Peraturan\s+Pemerintah\s+Pengganti\s+Undang-Undang", 1),
    (r"Peraturan\s+Pemerintah", 2),
    (r"Peraturan\s+Presiden", 3),
    (r"Peraturan\s+Menteri|Peraturan\s+Badan|Peraturan\s+Lembaga", 4),
    (r"Peraturan\s+Daerah\s+Provinsi", 5),
    (r"Peraturan\s+Daerah", 6),
    (r"Peraturan\s+(?:Gubernur|Bupati|Wali\s?[Kk]ota)", 7),
]
_JENIS = r"(Undang-Undang(?:\s+Dasar)?|Peraturan\s+Pemerintah\s+Pengganti\s+Undang-Undang|Peraturan\s+Pemerintah|" \
         r"Peraturan\s+Presiden|Peraturan\s+Menteri[\w\s]*?|Peraturan\s+Daerah(?:\s+(?:Provinsi|Kabupaten|Kota)\s+[A-Z][\w ]*?)?|" \
         r"Peraturan\s+(?:Gubernur|Bupati|Wali\s?[Kk]ota)(?:\s+[A-Z][\w]*)*?)"
CITE = re.compile(_JENIS + r"\s+Nomor\s+(\d+)\s+Tahun\s+(\d{4})(?:\s+tentang\s+(.+?))?"
                  r"(?=\s*\(Lembaran|\s*\(Berita|\s*\(Tambahan|\s+sebagaimana|\s*;|\s*$|,\s+perlu\b)")
GAZETTE = re.compile(r"\(\s*Lembaran\s+Negara\s+Republik\s+Indonesia\s+Tahun\s+(\d{4})\s+Nomor\s+(\d+)"
                     r"(?:\s*,\s*Tambahan\s+Lembaran\s+Negara\s+Republik\s+Indonesia\s+Nomor\s+(\d+))?\s*\)")


@dataclass
class Citation:
    jenis: str
    nomor: int
    tahun: int
    tentang: str | None
    start: int            # offsets in the node's text
    end: int
    ln: tuple[int, int] | None = None
    tln: int | None = None
    gz_start: int = -1
    gz_end: int = -1

    @property
    def family(self) -> str:
        j = self.jenis.lower()
        for key in ("undang-undang dasar", "pengganti undang-undang", "undang-undang", "peraturan pemerintah",
                    "peraturan presiden", "peraturan menteri", "peraturan daerah", "peraturan gubernur",
                    "peraturan bupati", "peraturan wali"):
            if j.startswith(key) or key in j:
                return key
        return j

    @property
    def level(self) -> int:
        for pat, lvl in LEVELS:
            if re.match(pat, self.jenis):
                return lvl
        return 9

    def label(self) -> str:
        return f"{self.jenis} Nomor {self.nomor} Tahun {self.tahun}"


def cite_in(text: str) -> list[Citation]:
    out = []
    for m in CITE.finditer(text):
        jenis = " ".join(m.group(1).split())
        pre = text[max(0, m.start() - 40):m.start()]
        nested = bool(re.search(r"(?:atas|Perubahan[^;.]*|Penetapan[^;.]*|tentang)\s*$", pre))
        c = Citation(jenis=jenis, nomor=int(m.group(2)), tahun=int(m.group(3)),
                     tentang=" ".join(m.group(4).split()) if m.group(4) else None, start=m.start(), end=m.end())
        g = GAZETTE.match(text, m.end() + (len(text[m.end():]) - len(text[m.end():].lstrip())))
        if g and not nested:
            c.ln = (int(g.group(1)), int(g.group(2)))
            c.tln = int(g.group(3)) if g.group(3) else None
            c.gz_start, c.gz_end = g.start(), g.end()
        c.nested = nested
        out.append(c)
    return out


@dataclass
class Known:
    jenis: str
    nomor: int
    tahun: int
    tentang: str
    ln: tuple[int, int]
    tln: int
    sumber: list[str]


@lru_cache(maxsize=4)
def load_peraturan(extra: tuple[str, ...] = ()) -> dict[tuple[str, int, int], Known]:
    import tomllib
    from importlib import resources

    from .datacache import toml_loads
    texts = [resources.files("lint_perda.rules").joinpath("peraturan.toml").read_text(encoding="utf-8")]
    for p in extra:
        try:
            texts.append(open(p, encoding="utf-8").read())
        except OSError:
            continue
    out = {}
    for t in texts:
        try:
            data = toml_loads(t)   # parsed once per machine, not per process
        except tomllib.TOMLDecodeError:
            continue
        for e in data.get("peraturan", []):
            try:
                k = Known(jenis=e["jenis"], nomor=int(e["nomor"]), tahun=int(e["tahun"]), tentang=e["tentang"],
                          ln=tuple(e["lembaran_negara"]), tln=int(e["tambahan"]), sumber=list(e.get("sumber", [])))
            except (KeyError, TypeError, ValueError):
                continue
            out[(k.jenis.lower(), k.nomor, k.tahun)] = k
    return out


def fold_title(t: str | None) -> str:
    t = re.sub(r"\]\([^)]*\)|\[", "", t or "")          # markdown links of the converted texts
    t = re.sub(r"[\s,]+", " ", t.lower())
    t = re.sub(r"([-/])\s+", r"\1", t)
    t = re.sub(r"(?<=\d) (?=\d)", "", t)   # "Tahun Anggaran 20 16": a scan's space inside a number
    return t.strip(" .;")


# the amendments a citation names after a title: "... SEBAGAIMANA TELAH
# DIUBAH DENGAN ...", "... SEBAGAIMANA DITETAPKAN DALAM PERATURAN ..."
_HISTORY = re.compile(r"\s*,?\s*\bSEBAGAIMANA\s+(?:YANG\s+)?(?:TELAH|DITETAPKAN|DIATUR)\b.*$", re.IGNORECASE)


def without_history(title: str) -> str:
    """A title without the amendments named after it."""
    return _HISTORY.sub("", title)


def comparable_title(title: str) -> str:
    """A title as two texts can be compared: the amendments named after it,
    a heading read into it ("PERATURAN PEMERINTAH ... NOMOR 17 TAHUN 1999
    TENTANG ..."), and its punctuation and markup ("( _Bonded_ _Zone_ )"),
    which the conversions change, left out."""
    t = re.sub(r"^PERATURAN\s+PEMERINTAH\b.*?\bNOMOR\s+\S+\s+TAHUN\s+\d{4}\s+TENTANG\s+", "", title)
    return re.sub(r"[^a-z0-9]", "", fold_title(without_history(t)))
