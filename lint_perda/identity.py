"""Who the regulation is: jenis, region, nomor, tahun and title, read from the
title block (judul) of the AST."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .ast import Node

def cited_name(d: dict) -> str:
    """The name of a regulation from its JSON identity (jenis, region, nomor,
    tahun): a Perkada is named after its head, without the region's kind."""
    jenis, region = d.get("jenis"), d.get("region")
    if region and jenis in ("Peraturan Gubernur", "Peraturan Bupati", "Peraturan Wali Kota"):
        region = re.sub(r"^(?:Kota|Kabupaten|Provinsi)\s+", "", region)
    nomor = d.get("nomor") and f"Nomor {d['nomor']}"
    tahun = d.get("tahun") and not (d.get("nomor") or "").endswith(d["tahun"]) and f"Tahun {d['tahun']}"
    return " ".join(str(x) for x in (jenis, region, nomor, tahun) if x)


_JENIS = [
    (r"PERATURAN\s+DAERAH\s+(PROVINSI|KABUPATEN|KOTA)\s+(.+)", "Peraturan Daerah", None),
    (r"PERATURAN\s+GUBERNUR\s+(.+)", "Peraturan Gubernur", "Provinsi"),
    (r"PERATURAN\s+BUPATI\s+(.+)", "Peraturan Bupati", "Kabupaten"),
    (r"PERATURAN\s+WALI\s*KOTA\s+(.+)", "Peraturan Wali Kota", "Kota"),
    (r"PERATURAN\s+PEMERINTAH\s+PENGGANTI\s+UNDANG-UNDANG\b(.*)", "Peraturan Pemerintah Pengganti Undang-Undang", ""),
    (r"PERATURAN\s+PEMERINTAH\b(.*)", "Peraturan Pemerintah", ""),
    (r"PERATURAN\s+PRESIDEN\b(.*)", "Peraturan Presiden", ""),
    (r"PERATURAN\s+MENTERI\s+([A-Z ]+?)(?:\s+REPUBLIK\s+INDONESIA)?$", "Peraturan Menteri", ""),
    (r"UNDANG-UNDANG\b(.*)", "Undang-Undang", ""),
    (r"KEPUTUSAN\s+(CAMAT|KEPALA\s+DESA|BUPATI|WALI\s*KOTA|GUBERNUR)\s+(.+)", "Keputusan", None),
    (r"PERATURAN\s+DESA\s+(.+)", "Peraturan Desa", "Desa"),
]
_RX_JENIS = [(re.compile(r"^\s*" + p + r"\s*$"), j, r) for p, j, r in _JENIS]
_RX_NOMOR = re.compile(r"\bNOMOR\s*:?\s*([0-9A-Za-z./-]+)(?:\s+TAHUN\s+([0-9OoIl]{4}))?", re.I)
_RX_TAHUN = re.compile(r"\bTAHUN\s*:?\s*(\d{4})\b", re.I)


@dataclass
class Identity:
    jenis: str | None = None
    region: str | None = None
    nomor: str | None = None
    tahun: str | None = None
    title: str | None = None
    heading: Node | None = None   # the front node the judul was read from
    # where the conversion lost the judul: the title the Menetapkan line
    # repeats (kept apart: the judul's words are the text's names, these not)
    decided_title: str | None = None

    @property
    def any_title(self) -> str | None:
        return self.title or self.decided_title

    def as_json(self) -> dict:
        return {"jenis": self.jenis, "region": self.region, "nomor": self.nomor,
                "tahun": self.tahun, "title": self.title}

    def name(self) -> str:
        """As the regulation is cited: "Peraturan Wali Kota Cilegon Nomor 29
        Tahun 2022" (a Perkada is named after its head, without the region's
        kind: not "Peraturan Wali Kota Kota Cilegon"), "Peraturan Daerah Kota
        Cilegon Nomor 1 Tahun 2022"."""
        return cited_name(self.as_json())

    @property
    def is_perda(self) -> bool:
        return self.jenis == "Peraturan Daerah"

    @property
    def is_perkada(self) -> bool:
        return self.jenis in ("Peraturan Gubernur", "Peraturan Bupati", "Peraturan Wali Kota")


def _title_case_region(kind: str, name: str) -> str:
    name = " ".join(w.capitalize() if w.isupper() else w for w in name.split())
    return f"{kind} {name}".strip()


def _jenis_region(t: str, ident: Identity) -> bool:
    """Fill jenis and region from a line naming a kind of regulation
    ("PERATURAN WALI KOTA CILEGON"); False when it names none."""
    u = re.sub(r"\s+NOMOR\b.*$", "", t.upper())
    u = re.sub(r"^.*?(?=(PERATURAN|KEPUTUSAN|UNDANG-UNDANG)\b)", "", u)
    for rx, jenis, kind in _RX_JENIS:
        m = rx.match(u)
        if m:
            ident.jenis = jenis
            if jenis == "Peraturan Daerah":
                ident.region = _title_case_region(m.group(1).capitalize(), m.group(2))
            elif jenis == "Keputusan":
                who = " ".join(w.capitalize() for w in m.group(1).split())
                ident.jenis = f"Keputusan {who}"
                ident.region = _title_case_region("", m.group(2))
            elif jenis == "Peraturan Menteri":
                ident.jenis = "Peraturan Menteri " + " ".join(w.capitalize() for w in m.group(1).split())
            elif kind:
                ident.region = _title_case_region(kind, m.group(1))
            return True
    return False


_CITED = re.compile(r"^(?P<jenis>(?:(?!\bNOMOR\b).)+?)\s+NOMOR\s+(?P<nomor>[0-9A-Za-z./-]+?)\s+TAHUN\s+"
                    r"(?P<tahun>[0-9OoIlTSZi]{4})(?:\s+\d{4})?(?:\s+(?:TEN\s?TA\w{1,3}|T\S{1,3}NTANG)\s+(?P<title>.+?))?\s*$",
                    re.I | re.S)   # (TENTANG through OCR: "TtrNTANG")


_OFFICE_LINE = re.compile(r"\s+(?:PRESIDEN|GUBERNUR|BUPATI|WALI\s*KOTA|WALIKOTA|MENTERI|KEPALA|CAMAT|KETUA|DIREKTUR)\b"
                          r"[A-Z .'/-]*,\s*$")


def read_cited(text: str) -> Identity | None:
    """A regulation named in running text or a title: "Peraturan Wali Kota
    Mekarsari Nomor 12 Tahun 2021 tentang ..." -> its identity."""
    m = _CITED.match(" ".join(text.split()))
    if not m:
        return None
    ident = Identity()
    if not _jenis_region(m.group("jenis"), ident):
        return None
    ident.nomor = m.group("nomor")
    ident.tahun = m.group("tahun")
    ident.title = m.group("title")
    return ident


def read_identity(root: Node) -> Identity:
    ident = _read_identity(root)
    if ident.title is None:
        # a conversion that lost the judul (the page scrambled or cut): the
        # Menetapkan line repeats its title ("PERATURAN PEMERINTAH TENTANG
        # PERUBAHAN KEDUA ATAS ...")
        front = next((c for c in root.children if c.kind == "front"), None)
        men = next((n for n in front.walk() if n.kind == "menetapkan"), None) if front is not None else None
        m = _MENETAPKAN_TITLE.match(" ".join(men.text.split())) if men is not None else None
        if m:
            ident.decided_title = m.group(1)
    return ident


# "PERATURAN PEMERINTAH TENTANG X." in Menetapkan: X
_MENETAPKAN_TITLE = re.compile(r"(?:PERATURAN|KEPUTUSAN)\b[A-Z .]{0,60}?\bTENTANG\s+([A-Z0-9][^a-z]{5,}?)\s*\.?$")


def _read_identity(root: Node) -> Identity:
    ident = Identity()
    front = next((c for c in root.children if c.kind == "front"), None)
    if front is None:
        return ident
    # the judul: front text lines before Menimbang / the office line
    lines: list[str] = []
    for n in front.children:
        if n.kind in ("menimbang", "mengingat", "menetapkan"):
            break
    for p in front.paras:
        t = p.text.strip()
        # the judul ends at "DENGAN RAHMAT ...", or, in a draft without that
        # line, at the office ("BUPATI SUKAMAJU,") or MEMUTUSKAN
        if re.match(r"^DENGAN\s+RAHMAT", t, re.I) or re.match(r"^M\s?E\s?M\s?U\s?T\s?U\s?S\s?K\s?A\s?N\b", t):
            break
        if lines and re.match(r"^(?:GUBERNUR|BUPATI|WALI\s*KOTA|WALIKOTA|PRESIDEN|MENTERI|KEPALA|CAMAT)\b[A-Z .'-]*,$", t):
            break
        if re.match(r"^(?:Menetapkan|Mencabut)\b", t, re.I):
            break   # a text without a judul names no jenis in its decision
        lines.append(t)
    if not lines:
        return ident
    ident.heading = front
    # jenis + region: the first line that names a kind of regulation
    jenis_i = None
    for i, t in enumerate(lines):
        if _jenis_region(t, ident):
            jenis_i = i
            break
    start = jenis_i or 0
    joined = " ".join(lines[start:])
    m = _RX_NOMOR.search(joined)
    if m:
        ident.nomor = m.group(1).rstrip(".,")
        if m.group(2):
            ident.tahun = m.group(2)
    if not ident.tahun:
        m = _RX_TAHUN.search(joined)
        if m:
            ident.tahun = m.group(1)
    if not ident.tahun and ident.nomor:
        m = re.search(r"/((?:19|20)\d\d)$", ident.nomor)   # a Keputusan: "188.45/112/KEP/2024"
        if m:
            ident.tahun = m.group(1)
    m = re.search(r"\bTENTANG\b\s*(.*)$", joined)
    if m:
        title = m.group(1)
        # the office line "WALI KOTA CILEGON," ends the judul (an office, not
        # any words in capitals: "... BERJANGKA, SERTIFIKAT DEPOSITO DAN
        # TABUNGAN PRESIDEN REPUBLIK INDONESIA,")
        title = _OFFICE_LINE.split(title)[0]
        # an old print's preamble "Presiden Republik Indonesia," (never the
        # judul, which is in capitals) read on after it
        title = re.split(r"\s+Presiden\s+[Rr]epublik\s+Indonesia(?:\s+Serikat)?\s*,", title)[0]
        ident.title = " ".join(title.split()).rstrip(" ,") or None
    return ident
