"""LP112 duplicate-name: the same name twice in one enumeration."""
from __future__ import annotations

import re

from lint_perda.rule import Rule

# a name: capitalised words, small particles allowed inside ("Seksi
# Perekonomian dan Pemberdayaan Masyarakat")
_NAME = r"[A-Z][\w/-]*(?:\s+(?:dan|serta|atau|di|ke|dari|pada|untuk)?\s*[A-Z][\w/()-]*)+"
_QUALIFIER = re.compile(r"\b(?:sebagian|seluruh|sisa|salah\s+satu|setiap|masing-masing|semua|beberapa|selain|bukan|calon|mantan|bekas)\s+$")
_LOWER_HEAD = re.compile(r",\s*((?:[a-z][\w-]*\s+)+)$")
_ENUM = re.compile(rf"(?:{_NAME})(?:\s*,\s*(?:dan\s+|serta\s+|atau\s+)?(?:{_NAME}))+")


class DuplicateName(Rule):
    """
    ## Apa yang diperiksa
    Nama yang sama disebut dua kali dalam satu penyebutan berderet di dalam
    satu kalimat: "Seksi Pelayanan Umum, Seksi Pelayanan Umum dan Kelurahan".

    ## Mengapa
    Penyebutan ganda hampir selalu menggantikan nama lain yang seharusnya
    disebut (di sini Seksi Pemerintahan), sehingga satu unit kerja hilang
    dari norma.

    ## Dasar
    Kecermatan rumusan (asas kejelasan rumusan, Pasal 5 huruf f UU 12/2011);
    bukan butir teknik penyusunan tertentu.

    ## Contoh salah
    ```
    d. pengendalian tugas lingkup Sekretariat, Seksi Pembangunan, Seksi
       Pelayanan Umum, Seksi Pelayanan Umum dan Kelurahan;
    ```

    ## Contoh benar
    ```
    d. pengendalian tugas lingkup Sekretariat, Seksi Pembangunan, Seksi
       Pemerintahan, Seksi Pelayanan Umum dan Kelurahan;
    ```

    ## Kapan diam
    Nama yang disebut lagi di kalimat lain, nama satu kata, penyebutan
    yang hanya berupa kutipan judul peraturan (Mengingat), jabatan yang sama
    untuk dua badan ("Ketua dan Wakil Ketua Dewan Perwakilan Rakyat serta
    Ketua dan Wakil Ketua Dewan Perwakilan Daerah", "Ketua, Wakil Ketua, dan
    Hakim Agung pada Mahkamah Agung serta Ketua, Wakil Ketua, dan Hakim pada
    semua badan peradilan"), nama yang sekali disebut dengan penentu dan
    sekali tanpa ("sebagian Saham Milik Negara, atau Saham Milik Negara",
    "calon Pegawai Negeri Sipil, Pegawai Negeri Sipil"), dan penyebutan di
    dekat sisa pindaian (OCR).
    """
    code = "LP112"
    slug = "duplicate-name"
    severity = "error"
    summary = "Nama yang sama dua kali dalam satu penyebutan berderet"
    summary_en = "The same name twice in one enumeration"
    basis = None

    def check(self, doc):
        from lint_perda.reading import note_places, reading
        if doc.body is None:
            return
        rd = reading(doc)
        unjudged: list[int] = []
        for n in doc.body.walk():
            if not doc.judged(n) or not n.text or "," not in n.text:   # an enumeration needs a comma
                continue
            text = n.text
            for m in _ENUM.finditer(text):
                parts = []
                for pm in re.finditer(r"[^,]+", m.group(0)):
                    raw = pm.group(0)
                    lead = len(raw) - len(raw.lstrip())
                    word = raw.strip()
                    conj = re.match(r"(?:dan|serta|atau)\s+", word)
                    if conj:
                        lead += conj.end()
                        word = word[conj.end():]
                    parts.append((word, m.start() + pm.start() + lead))
                # the last name may go on in lower case ("Pelaku Usaha di KEK
                # lainnya"): then it is another thing, not the same name
                qualified = re.match(r"\s+[a-z]", text[m.end():m.end() + 3]) is not None
                # so may the first, after a quantifier ("sebagian Saham Milik
                # Negara, atau Saham Milik Negara"): a part of it, not it again
                # and so may one whose words begin in small type after the
                # list's last comma ("Masa Pajak, bagian Tahun Pajak, atau
                # Tahun Pajak"): an item of the list, longer than the name
                before = text[max(0, m.start() - 40):m.start()]
                lower = _LOWER_HEAD.search(before)
                if _QUALIFIER.search(before) or lower and set(lower.group(1).split()) - {"dan", "atau", "serta"}:
                    parts = parts[1:]
                for k in range(1, len(parts)):
                    name, off = parts[k]
                    prev = [p for p, _ in parts[:k]]
                    same_ok = not (qualified and k == len(parts) - 1)
                    hit = next((p for p in prev if len(p.split()) >= 2 and
                                ((name == p and same_ok) or name.startswith(p + " dan ") or name.startswith(p + " serta "))), None)
                    if hit:
                        first = next(o for w, o in parts[:k] if w == hit or w.startswith(hit + " "))
                        if re.search(r"\b(?:serta|pada|di|dalam|untuk)\b", text[first + len(hit):off]):
                            # "Ketua, Wakil Ketua, dan Hakim Agung pada Mahkamah Agung serta
                            # Ketua, Wakil Ketua, dan Hakim ...": the same posts of another body
                            hit = None
                    if hit and rd.marked(n.orig(max(0, m.start() - 40)), n.orig(min(len(text) - 1, m.end() + 40))):
                        unjudged.append(n.orig(off))   # a scanned stretch: the repeat may be the scanner's
                    elif hit:
                        yield self.at(n, f"\"{hit}\" disebut dua kali dalam satu penyebutan berderet.",
                                      f"\"{hit}\" is named twice in one enumeration.",
                                      i=off, j=off + len(hit))
        note_places(doc, "duplicates", "penyebutan berderet", unjudged)
