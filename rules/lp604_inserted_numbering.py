"""LP604 inserted-numbering: inserted provisions take the lower neighbour's
number with a letter (5A, 5B; ayat (2a)), between neighbours that follow each
other."""
from __future__ import annotations

import re

from lint_perda.unitphrase import value_of
from lint_perda.rule import Rule

_LOWER = {"pasal": False, "bab": False, "bagian": False, "paragraf": False, "ayat": True, "angka": True,
          "huruf": True}


class InsertedNumbering(Rule):
    """
    ## Apa yang diperiksa
    Perintah penyisipan "Di antara X dan Y disisipkan ...":

    - X dan Y berurutan (di antara Pasal 5 dan Pasal 7 ada Pasal 6);
    - ketentuan yang disisipkan memakai nomor X ditambah huruf: di antara
      Pasal 5 dan Pasal 6 disisipkan Pasal 5A, Pasal 5B; di antara ayat (1)
      dan ayat (2) disisipkan ayat (1a); di antara BAB V dan BAB VI
      disisipkan BAB VA;
    - hurufnya berurutan mulai dari huruf sesudah X (5A, 5B, 5C; di antara
      Pasal 5A dan Pasal 6 disisipkan Pasal 5B).

    ## Mengapa
    Penyisipan tidak boleh mengubah nomor ketentuan yang sudah ada, karena
    nomor itu dirujuk oleh ketentuan lain dan peraturan lain; nomor sisipan
    yang salah membuat rujukan dan naskah konsolidasi kacau.

    ## Dasar
    Lampiran II UU 12/2011 bab peraturan perubahan: pasal yang disisipkan
    diberi nomor pasal sebelumnya ditambah huruf kapital, ayat yang
    disisipkan diberi angka ayat sebelumnya ditambah huruf kecil; nomor butir
    belum diverifikasi.

    ## Contoh salah
    ```
    Di antara Pasal 5 dan Pasal 6 disisipkan 1 (satu) Pasal, yakni Pasal 6A ...
    Di antara Pasal 5 dan Pasal 7 disisipkan 1 (satu) Pasal, yakni Pasal 5A ...
    ```

    ## Contoh benar
    ```
    Di antara Pasal 5 dan Pasal 6 disisipkan 1 (satu) Pasal, yakni Pasal 5A ...
    ```

    ## Kapan diam
    Penambahan di akhir ("ditambahkan 1 (satu) ayat, yakni ayat (4)").
    Tanpa peraturan yang diubah, tidak diketahui apakah sudah ada sisipan
    sebelumnya (Pasal 5A): penyisipan di antara Pasal 5A dan Pasal 6 diterima
    dengan nomor 5B; pemeriksaan terhadap peraturan yang diubah dilakukan
    oleh LP611-LP613. Nomor sisipan dalam naskah sebelum 2000 tidak dinilai
    (praktiknya beragam: sisipan kadang diberi nomor berikutnya, "menjadi
    Pasal 7").
    """
    code = "LP604"
    slug = "inserted-numbering"
    severity = "error"
    summary = "Nomor sisipan tidak mengikuti nomor ketentuan sebelumnya, atau disisipkan di antara ketentuan yang tidak berurutan"
    summary_en = "Inserted number not lettered after its lower neighbour, or neighbours that do not follow each other"
    basis = "Lampiran II UU 12/2011, peraturan perubahan — nomor butir belum diverifikasi"

    def check(self, doc):
        am = doc.amendment
        if am is None:
            return
        for ins in am.instructions:
            for c in ins.text.clauses:
                if c.between is None:
                    continue
                if not c.betweens:
                    yield from self._clause(ins, c.between, c.inserted, doc.year)
                    continue
                # several places ("di antara ayat (3) dan ayat (4), ayat (4) dan
                # ayat (5) ... yakni ayat (3a) dan ayat (4a)"): each inserted
                # provision at the place of its lower neighbour's number
                at = [[x for x in c.inserted if value_of(x.unit, x.num)[0] == value_of(a.unit, a.num)[0]]
                      for a, _b in c.betweens]
                if sum(map(len, at)) != len(c.inserted):
                    continue   # an inserted provision that no place explains: not judged here
                for pair, mine in zip(c.betweens, at):
                    yield from self._clause(ins, pair, mine, doc.year)

    def _clause(self, ins, between, inserted, year=None):
        a, b = between
        if a.unit != b.unit or a.unit not in _LOWER:
            return
        unit = a.unit
        va, sa = value_of(unit, a.num)
        vb, sb = value_of(unit, b.num)
        if va is None or vb is None:
            return
        if _ocr_text(ins.node.text) or _MISREAD.search(ins.node.text):
            return   # a scan's instruction: "Pasal 3 76", "ayat (le)", debris beside the numbers
        if a.num[:-1].isdigit() and _ocr_suffix(a.num, a.num[:-1], "B") and vb == int(a.num[:-1]) + 1:
            return   # "Pasal 2538 dan Pasal 254": the scanner's 8 for the B of 253B
        if not sb and vb != va + 1 and not (sa and vb == va + 1):
            yield self.at(ins.node, f"{a.cite} dan {b.cite} tidak berurutan: sisipan ditempatkan di antara dua "
                                    "ketentuan yang bersebelahan.",
                          f"{a.cite} and {b.cite} are not neighbours: an insertion goes between two adjacent "
                          "provisions.", i=a.i, j=b.j)
            return
        if sb:
            return   # "di antara Pasal 5 dan Pasal 5A": an unusual form, judged against the base only
        if unit == "huruf" or _ocr_text(ins.node.paras[0].text if ins.node.paras else ""):
            return   # how an inserted huruf is lettered varies; OCR garbles suffixes
        if year is not None and year < 2000:
            return   # an older practice, not judged: an inserted Pasal given the next number ("menjadi Pasal 7", PP 21/1980)
        lower = _LOWER[unit]
        start = (ord(sa.lower()) - 96) if sa else 0
        for k, x in enumerate(inserted):
            if x.unit != unit:
                continue
            vx, sx = value_of(unit, x.num)
            want_suf = chr(96 + start + k + 1)
            want_suf = want_suf if lower else want_suf.upper()
            want = _label(unit, _base_num(unit, a.num) + want_suf)
            if _ocr_suffix(x.num, _base_num(unit, a.num), want_suf):
                continue   # "Pasal 228" for "Pasal 22B": the scanner's 8 for B
            if vx != va or not sx or sx != want_suf:
                yield self.at(ins.node, f"{x.cite} disisipkan di antara {a.cite} dan {b.cite}; nomornya seharusnya "
                                        f"{want}.",
                              f"{x.cite} is inserted between {a.cite} and {b.cite}; its number should be {want}.",
                              i=x.i, j=x.j, suggestion=want)
                return


def _base_num(unit: str, num: str) -> str:
    n = (num or "").replace(" ", "").strip("()")
    if unit == "bagian":
        parts = num.split()
        return " ".join(parts[:-1]) + " " if len(parts) > 1 and parts[-1] in tuple("ABCDEFGH") else num + " "
    return n[:-1] if n[-1:].isalpha() and unit in ("pasal", "ayat", "angka", "paragraf") and len(n) > 1 \
        and n[:-1].isdigit() else n


def _label(unit: str, num: str) -> str:
    from lint_perda.unitphrase import cite
    return cite(((unit, num),))


# numbers as OCR splits or misreads them: "Pasal 3 76", "ayat (le)", "ayat (1 b)"
_MISREAD = re.compile(r"\d (?=\d)|\(l\w?\)|\(\d \w\)")


def _ocr_text(t: str) -> bool:
    from lint_perda.sequence import OCR_MARK
    return bool(OCR_MARK.search(t))


def _ocr_suffix(num: str, base: str, want: str) -> bool:
    n = (num or "").replace(" ", "").strip("()")
    ocr = {"B": "8", "b": "6", "G": "6", "S": "5", "I": "1", "l": "1", "O": "0", "Z": "2"}
    return n.startswith(base) and n[len(base):] == ocr.get(want, "\0")
