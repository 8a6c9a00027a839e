"""Mine the national corpus for how frequently cited regulations are cited,
and write rules/peraturan.toml (the data pack LP513 checks Mengingat against).

    python scripts/mine_citations.py [CORPUS_DIR]   # default ../shared/corpus/national

A citation "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah
(Lembaran Negara Republik Indonesia Tahun 2014 Nomor 244, Tambahan Lembaran
Negara Republik Indonesia Nomor 5587)" counts for the regulation it names
first; one named inside another's title ("Perubahan atas Undang-Undang Nomor
23 ...") is skipped, since the gazette numbers that follow are the other's.
An entry is kept when cited at least three times, at least 80% of the
citations agree on the gazette numbers (60% on the title), and the Lembaran
Negara year is the regulation's own year.
"""
from __future__ import annotations

import collections
import glob
import json
import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CITATION = re.compile(
    r"(Undang-Undang|Peraturan Pemerintah|Peraturan Presiden)\s+Nomor\s+(\d+)\s+Tahun\s+(\d{4})\s+tentang\s+(.{5,200}?)"
    r"\s*\(\s*Lembaran\s+Negara\s+Republik\s+Indonesia\s+Tahun\s+(\d{4})\s+Nomor\s+(\d+)\s*,\s*Tambahan\s+Lembaran\s+"
    r"Negara\s+Republik\s+Indonesia\s+Nomor\s+(\d+)\s*\)")
ORDER = {"Undang-Undang": 0, "Peraturan Pemerintah": 1, "Peraturan Presiden": 2}
HEADER = """# Frequently cited national regulations, with their gazette numbers, for
# LP513 (a Mengingat citation with a wrong title, Lembaran Negara or Tambahan
# Lembaran Negara number).
#
# Every entry was mined from the published national texts in the project's
# corpus (../shared/corpus/national) by scripts/mine_citations.py: the form
# below is the one used by at least 80% of the citations found (titles: 60%),
# cited at least three times; `sumber` names two texts that cite it exactly
# so, `dikutip` how often it was cited. Peraturan Pemerintah that are in the
# corpus themselves add their own gazette numbers, read from their own text
# (`sumber` says "naskahnya sendiri"), when those read clean. A region adds
# its own entries (the Perda of its province, say) with `data-packs`.
"""


def mine(corpus: str) -> list[tuple]:
    found = collections.defaultdict(list)
    for f in glob.glob(os.path.join(corpus, "*", "*", "*")):
        text = " ".join(open(f, encoding="utf-8", errors="replace").read().split())
        for m in CITATION.finditer(text):
            if re.search(r"(?:atas|Perubahan[^.;]*|Penetapan[^.;]*)\s*$", text[max(0, m.start() - 60):m.start()]):
                continue
            jenis, nomor, tahun, title, ln_year, ln_no, tln = m.groups()
            title = re.sub(r"\s+sebagaimana\s+telah.*$", "", title).strip(" ,")
            found[(jenis, int(nomor), int(tahun))].append(
                (title, int(ln_year), int(ln_no), int(tln), os.path.relpath(f, os.path.dirname(corpus))))
    out = []
    for key, cites in found.items():
        if len(cites) < 3:
            continue
        gazette, g_n = collections.Counter(c[1:4] for c in cites).most_common(1)[0]
        title, t_n = collections.Counter(c[0] for c in cites).most_common(1)[0]
        if g_n / len(cites) < 0.8 or t_n / len(cites) < 0.6:
            continue
        if gazette[0] != key[2]:
            continue   # promulgated in another year than its own: a misattributed citation
        sources = sorted({c[4] for c in cites if c[1:4] == gazette and c[0] == title})[:2]
        out.append((key, title, gazette, len(cites), sources))
    out.sort(key=lambda x: (ORDER[x[0][0]], x[0][2], x[0][1]))
    return out


_OWN_LN = re.compile(r"LEMBARAN NEGARA REPUBLIK INDONESIA TAHUN (\d{4}) NOMOR (\d+)\b")
_OWN_TLN = re.compile(r"TAMBAHAN LEMBARAN NEGARA REPUBLIK INDONESIA NOMOR (\d+)\b")
_SMALL = {"dan", "atau", "atas", "di", "ke", "dari", "yang", "untuk", "pada", "dalam", "dengan", "bagi", "serta",
          "tentang", "oleh", "antara", "sebagai"}


def _title_case(t: str) -> str:
    words = t.lower().split()
    return " ".join(w if (i and w in _SMALL) else w[:1].upper() + w[1:] for i, w in enumerate(words))


def mine_own(corpus: str, known: set) -> list[tuple]:
    """A Peraturan Pemerintah's own gazette numbers, read from its own text
    (the promulgation line and the Tambahan line of its Penjelasan), when
    both are clean digits, the Lembaran Negara year is its own, and its
    title reads clean (no OCR damage)."""
    sys.path.insert(0, str(ROOT))
    from lint_perda.document import Document
    from lint_perda.sources import read_source
    out = []
    for f in sorted(glob.glob(os.path.join(corpus, "pp", "*", "*.md"))):
        tahun, nomor = int(f.split(os.sep)[-2]), int(os.path.basename(f)[:-3]) if os.path.basename(f)[:-3].isdigit() else 0
        if not nomor or ("Peraturan Pemerintah", nomor, tahun) in known:
            continue
        text = open(f, encoding="utf-8", errors="replace").read()
        lns = {m.groups() for m in _OWN_LN.finditer(text)}
        tlns = {m.group(1) for m in _OWN_TLN.finditer(text)}
        if len(lns) != 1 or len(tlns) != 1:
            continue
        (ln_year, ln_no), = lns
        if int(ln_year) != tahun:
            continue
        try:
            ident = Document(read_source(f)).identity
        except Exception:
            continue
        title = " ".join((ident.title or "").split())
        if (ident.nomor != str(nomor) or ident.tahun != str(tahun) or not title or len(title) > 250
                or not re.fullmatch(r"[A-Z ,.()/'-]+", title) or re.search(r"\b[A-Z]\b(?! ?[),])", title.replace(" DAN ", " "))):
            continue
        src = os.path.relpath(f, os.path.dirname(corpus))
        out.append((("Peraturan Pemerintah", nomor, tahun), _title_case(title.rstrip(". ")),
                    (int(ln_year), int(ln_no), int(tlns.pop())), 1, [src + " (naskahnya sendiri)"]))
    return out


def render(entries) -> str:
    parts = [HEADER]
    for (jenis, nomor, tahun), title, (ln_year, ln_no, tln), n, sources in entries:
        t = title.replace('"', '\\"')
        parts.append(f'[[peraturan]]\njenis = "{jenis}"\nnomor = {nomor}\ntahun = {tahun}\ntentang = "{t}"\n'
                     f"lembaran_negara = [{ln_year}, {ln_no}]\ntambahan = {tln}\nsumber = {json.dumps(sources)}\n"
                     f"dikutip = {n}\n")
    return "\n".join(parts)


if __name__ == "__main__":
    corpus = sys.argv[1] if len(sys.argv) > 1 else str(ROOT.parent / "shared" / "corpus" / "national")
    entries = mine(corpus)
    entries += mine_own(corpus, {e[0] for e in entries})
    entries.sort(key=lambda x: (ORDER[x[0][0]], x[0][2], x[0][1]))
    (ROOT / "rules" / "peraturan.toml").write_text(render(entries), encoding="utf-8")
    print(f"{len(entries)} regulations written to rules/peraturan.toml")
