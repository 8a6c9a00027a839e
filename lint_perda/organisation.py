"""The agency a regulation sets up, and its own structure (SOTK).

- the subject agency comes from the title ("... TATA KERJA KECAMATAN",
  "... DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL") matched against the data pack
  rules/nomenklatur.toml (plus a region's own packs);
- the units come from the Susunan Organisasi provisions: every item under a
  sentence "Susunan Organisasi ... terdiri atas/dari:", nested items under
  their parent ("Sekretariat, membawahi: 1. Sub Bagian ..."). A regulation
  may define several structures (a Kecamatan and its Kelurahan; Tipe A and
  Tipe B); all of them make the set of units the text may name.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

UNIT_KINDS = [("kelompok jabatan fungsional", "Kelompok Jabatan Fungsional"), ("unit pelaksana teknis", "UPT"),
              ("sub bagian", "Sub Bagian"), ("subbagian", "Sub Bagian"), ("sub bidang", "Sub Bidang"),
              ("subbidang", "Sub Bidang"), ("sekretariat", "Sekretariat"), ("bidang", "Bidang"), ("seksi", "Seksi"),
              ("upt", "UPT"), ("kelurahan", "Kelurahan"), ("bagian", "Bagian"), ("instalasi", "Instalasi")]
_STRUCTURE_LEAD = re.compile(r"susunan\s+organisasi\b[^:]*\bterdiri\s+(?:atas|dari)", re.IGNORECASE)
_TAIL = re.compile(r"(?:\s*,?\s*(?:yang\s+)?membawahi\b.*|\s*[;:.,]\s*(?:dan|atau)?\s*)$", re.IGNORECASE)


@dataclass
class Agency:
    nama: str
    jenis: str = ""
    kepala: str = ""
    unit: list[str] = field(default_factory=list)
    urusan: list[str] = field(default_factory=list)
    khas: list[str] = field(default_factory=list)


@dataclass
class Unit:
    name: str
    kind: str
    node: object
    parent: "Unit | None" = None
    head: str | None = None      # the head of the structure it belongs to ("Camat", "Lurah")


@dataclass
class Organisation:
    agency: Agency | None
    units: list[Unit]
    pack: list[Agency]

    @property
    def kinds(self) -> set[str]:
        return {u.kind for u in self.units}

    def known(self, name: str) -> Unit | None:
        key = fold(name)
        return next((u for u in self.units if fold(u.name) == key), None)


def fold(name: str) -> str:
    return " ".join(name.replace(",", " ").split()).lower()


@lru_cache(maxsize=8)
def load_pack(extra: tuple[str, ...] = ()) -> tuple[Agency, ...]:
    import tomllib
    from importlib import resources
    data = tomllib.loads(resources.files("lint_perda.rules").joinpath("nomenklatur.toml").read_text(encoding="utf-8"))
    entries = {e["nama"]: e for e in data.get("perangkat", [])}
    for path in extra:
        try:
            with open(path, "rb") as f:
                more = tomllib.load(f)
        except (OSError, tomllib.TOMLDecodeError):
            continue   # the configuration loader already reported a missing pack
        for e in more.get("perangkat", []):
            if "nama" in e:
                entries[e["nama"]] = e
    return tuple(Agency(nama=e["nama"], jenis=e.get("jenis", ""), kepala=e.get("kepala", ""),
                        unit=list(e.get("unit", [])), urusan=list(e.get("urusan", [])), khas=list(e.get("khas", [])))
                 for e in entries.values())


def unit_kind(name: str) -> str:
    low = name.lower()
    for prefix, kind in UNIT_KINDS:
        if low.startswith(prefix):
            return kind
    return "kepala" if re.match(r"(camat|lurah|kepala|direktur|inspektur|sekretaris)\b", low) else "lain"


def _subject(title: str, pack: tuple[Agency, ...]) -> Agency | None:
    t = " ".join(title.upper().split())
    best = None
    for a in pack:
        if re.search(r"\b" + re.escape(a.nama.upper()) + r"\b", t) and (best is None or len(a.nama) > len(best.nama)):
            best = a
    if best is not None:
        return best
    # an agency the pack does not list ("DINAS X DAN Y"): known by its kind only
    m = re.search(r"\b(DINAS|BADAN)\s+([A-Z][A-Z ,]+?)(?:\s+(?:KABUPATEN|KOTA|PROVINSI)\b|$)", t)
    if m:
        nama = " ".join(w.capitalize() if w not in ("DAN", "SERTA") else w.lower() for w in m.group(0).split())
        return Agency(nama=nama, jenis=m.group(1).lower(), kepala=f"Kepala {m.group(1).capitalize()}")
    return None


def read_organisation(doc) -> Organisation:
    settings = getattr(doc, "settings", None)
    pack = load_pack(tuple(getattr(settings, "data_packs", []) or ()))
    ident = doc.identity
    agency = None
    if ident.title and (ident.is_perda or ident.is_perkada):
        agency = _subject(ident.title, pack)
    units: list[Unit] = []
    body = doc.body
    if body is not None:
        for n in body.walk():
            if not doc.judged(n) or n.is_item or not _STRUCTURE_LEAD.search(n.text or ""):
                continue
            start = len(units)
            _collect(n, None, units)
            # the structure's head is its first item when that is a person
            # ("a. Camat;", "a. Lurah;", "a. Kepala Dinas;")
            head = next((u.name for u in units[start:] if u.kind == "kepala"), None)
            for u in units[start:]:
                u.head = head
    return Organisation(agency=agency, units=units, pack=list(pack))


def _collect(parent_node, parent_unit, out: list[Unit]) -> None:
    for c in parent_node.children:
        if not c.is_item:
            continue
        name = _TAIL.sub("", " ".join(c.text.split())).strip()
        name = re.sub(r"^seorang\s+", "", name, flags=re.I)
        if not name or name.endswith("...") or len(name) > 90:
            continue
        u = Unit(name=name, kind=unit_kind(name), node=c, parent=parent_unit)
        out.append(u)
        _collect(c, u, out)
