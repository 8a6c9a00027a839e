"""Pair each amendment with the regulation it amends, among the files of a
run, the files named with ``--base`` and a configured folder of bases.

A file's identity (jenis, region, nomor, tahun) and, for an amendment, the
identity of the regulation it amends are read from its title block, cheaply
(the first few kilobytes, no parse).  Amendments of one base form a chain
ordered by their ordinal ("PERUBAHAN KEDUA ATAS ...") and then by year and
number; each amendment is checked against the base as amended by the earlier
links of its chain that are in the run.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass

from .identity import Identity, read_cited

_HEAD = re.compile(r"DENGAN\s+RAHMAT|Menimbang|MENIMBANG", re.I)
_AMENDS = re.compile(r"\bTENTANG\s+PERUBAHAN\s+(?:(?P<ord>KE\w+(?:\s+(?:BELAS|PULUH)(?:\s+(?!ATAS)\w+)?)?)\s+)?ATAS\s+"
                     r"(?P<cited>.+)$", re.I | re.S)
_ORDINALS = {"KEDUA": 2, "KETIGA": 3, "KEEMPAT": 4, "KELIMA": 5, "KEENAM": 6, "KETUJUH": 7, "KEDELAPAN": 8,
             "KESEMBILAN": 9, "KESEPULUH": 10}
_OCR_DIGITS = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1", "i": "1", "T": "1", "S": "5", "Z": "2"})


def ordinal_of(word: str | None) -> int:
    """"KEDUA" -> 2, "KEEMPAT BELAS" -> 14; no word (PERUBAHAN ATAS) -> 1."""
    if not word:
        return 1
    from .numbering import ordinal_to_int
    return ordinal_to_int(word.title()) or _ORDINALS.get(word.upper(), 1)


@dataclass
class FileIdentity:
    path: str
    ident: Identity | None
    amends: Identity | None = None
    ordinal: int = 0


def key(ident: Identity | None) -> tuple | None:
    """The pairing key: jenis, region, nomor, tahun, folded ("Walikota" and
    "Wali Kota", OCR digits in a year)."""
    if ident is None or not ident.nomor or not ident.tahun:
        return None
    jenis = re.sub(r"\s+", "", (ident.jenis or "").lower())
    region = re.sub(r"\s+", "", (ident.region or "").lower())
    tahun = ident.tahun.translate(_OCR_DIGITS)
    nomor = ident.nomor.translate(_OCR_DIGITS).lstrip("0")
    if not (tahun.isdigit() and len(tahun) == 4):
        return None
    return jenis, region, nomor, tahun


def head_of(text: str) -> str:
    m = _HEAD.search(text, 0, 12000)
    return " ".join(text[:m.start() if m else 3000].split())


def read_file_identity(path: str, text: str | None = None) -> FileIdentity:
    """The identity of one file from its title block; never raises."""
    try:
        if text is None:
            from .sources import read_source
            text = read_source(path).text
    except Exception:
        return FileIdentity(path=path, ident=None)
    head = " ".join(re.sub(r"[#*_>^]+", " ", head_of(text)).split())
    # the scanner's readings of the title block: "PEMEzuNTAH", "NOMOR24", "TAHUN2017"
    head = re.sub(r"\bPERATURAN\s+PEM[A-Za-z.,]{3,9}H\b", "PERATURAN PEMERINTAH", head)
    head = re.sub(r"\b(NOMOR|TAHUN)(?=\d)", r"\1 ", head)
    head = re.sub(r"(?<=\d)(?=TAHUN\b)", " ", head)
    # national texts repeat the jenis ("PERATURAN PEMERINTAH REPUBLIK INDONESIA
    # PERATURAN PEMERINTAH ... NOMOR"); a regional one may start with its
    # gazette line: the first jenis followed by NOMOR with no other jenis between
    m = re.search(r"\b(?:PERATURAN|KEPUTUSAN|UNDANG-UNDANG)\b(?:(?!\b(?:PERATURAN|KEPUTUSAN|UNDANG-UNDANG)\b).){0,80}?"
                  r"\bNOMOR\b.*$", head)
    if m is None:
        # no title block (a conversion that lost it): the Penjelasan's heading
        # names the regulation too ("PENJELASAN ATAS PERATURAN PEMERINTAH ... NOMOR 27 TAHUN 1983")
        pj = re.search(r"PENJELASAN\s+ATAS\s+((?:PERATURAN|UNDANG-UNDANG)[A-Z ]{0,80}?NOMOR\s+\S+\s+TAHUN\s+\d{4})",
                       _whole(path, text))
        if pj is None:
            return FileIdentity(path=path, ident=None)
        return FileIdentity(path=path, ident=read_cited(re.sub(r"\s+REPUBLIK\s+INDONESIA(?=\s+NOMOR)", "", pj.group(1))))
    block = re.sub(r"\s+REPUBLIK\s+INDONESIA(?=\s+NOMOR)", "", m.group(0), count=1)
    fi = FileIdentity(path=path, ident=read_cited(block))
    am = _AMENDS.search(block)
    if am:
        cited = re.sub(r"\s+(?:WALI\s*KOTA|BUPATI|GUBERNUR|PRESIDEN)[A-Z .]*,\s*$", "", am.group("cited"))
        fi.amends = read_cited(cited)
        fi.ordinal = ordinal_of(am.group("ord"))
    return fi


@dataclass
class Pairing:
    """For each amendment path: the base path and the earlier amendments of
    its chain that are in the run, in order."""
    chains: dict[str, tuple[str, ...]]

    def bases_for(self, path: str) -> tuple[str, ...]:
        return self.chains.get(_norm(path), ())


def _norm(path: str) -> str:
    return os.path.normcase(os.path.abspath(path))


def pair(files: list[FileIdentity], extra_bases: list[FileIdentity] = (), forced: str | None = None) -> Pairing:
    """``forced``: the one base named with --base, for an amendment that
    names no base of the run (its own title may cite the base with another
    number: LP616 then says so)."""
    bases: dict[tuple, FileIdentity] = {}
    for fi in list(extra_bases) + list(files):
        k = key(fi.ident)
        if k is not None and fi.amends is None:
            bases.setdefault(k, fi)
    by_base: dict[tuple, list[FileIdentity]] = {}
    for fi in files:
        k = key(fi.amends)
        if k is not None:
            by_base.setdefault(k, []).append(fi)
    chains: dict[str, tuple[str, ...]] = {}
    for k, found in by_base.items():
        base_fi = bases.get(k)
        if base_fi is None:
            continue
        base = base_fi.path
        # a base whose title has nothing in common with the one the
        # amendment cites is another regulation under the same number (or a
        # misread one): checked against it, every instruction would be "missing"
        amendments = [fi for fi in found if not _unrelated(fi.amends, base_fi.ident)]
        if not amendments:
            continue
        amendments.sort(key=lambda f: (f.ordinal, (f.ident.tahun if f.ident else "") or "",
                                       int(re.sub(r"\D", "", f.ident.nomor) or 0) if f.ident and f.ident.nomor else 0))
        for i, fi in enumerate(amendments):
            # the earlier links: lower ordinals only (two drafts of one first
            # amendment are not a chain)
            chains[_norm(fi.path)] = (base,) + tuple(a.path for a in amendments[:i] if a.ordinal < fi.ordinal)
    if forced is not None:
        for fi in files:
            if fi.amends is not None and _norm(fi.path) not in chains and _norm(fi.path) != _norm(forced):
                chains[_norm(fi.path)] = (forced,)
    return Pairing(chains=chains)


def _unrelated(cited: Identity | None, own: Identity | None) -> bool:
    a, b = (cited.title if cited else None), (own.title if own else None)
    if not a or not b:
        return False
    from rapidfuzz import fuzz
    # letters only as well: a title set letter-spaced ("R U M A H N E G A R A")
    la, lb = re.sub(r"[^A-Z]", "", a.upper()), re.sub(r"[^A-Z]", "", b.upper())
    return fuzz.token_set_ratio(a.upper(), b.upper()) < 50 and fuzz.ratio(la, lb) < 50


def pair_files(files: list[str], extra_bases: list[str] = (), forced: str | None = None) -> Pairing:
    """Pair the amendments among ``files`` with their bases among ``files``
    and ``extra_bases``.  Only the head of each file is read; a run without
    an amendment costs one small read per file."""
    idents = [read_file_identity(f, _head_text(f)) for f in files if f != "-"]
    if not any(fi.amends is not None for fi in idents):
        return Pairing(chains={})
    extra = [read_file_identity(f, _head_text(f)) for f in extra_bases]
    return pair(idents, extra, forced=forced)


def _whole(path: str, text: str) -> str:
    """The whole text when only its head was read."""
    if len(text) < 16000:
        return text
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            return f.read()
    except OSError:
        return text


def _head_text(path: str) -> str | None:
    """The first kilobytes of a text file (enough for the title block); None
    for Word and PDF, which are read whole."""
    if path.lower().endswith((".docx", ".pdf")):
        return None
    try:
        with open(path, "rb") as f:
            data = f.read(16384)
    except OSError:
        return ""
    return data.decode("utf-8", errors="replace")
