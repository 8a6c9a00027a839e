"""LP603 instruction-count: the announced count, its words, the provisions
named after "yakni" and the provisions quoted agree."""
from __future__ import annotations

import re

from lint_perda.unitphrase import value_of
from lint_perda.numbering import int_to_words
from lint_perda.fixes import DISPLAY, make_fix, node_edit
from lint_perda.rule import Rule

_UNIT_NAME = {"pasal": "Pasal", "ayat": "ayat", "huruf": "huruf", "angka": "angka", "bab": "BAB", "bagian": "Bagian",
              "paragraf": "Paragraf", "lampiran": "Lampiran"}
_QUOTED_UNIT = {"qpasal": "pasal", "qbab": "bab", "qbagian": "bagian", "qparagraf": "paragraf", "ayat": "ayat",
                "huruf": "huruf", "huruf_kurung": "huruf", "angka": "angka", "angka_kurung": "angka"}


class InstructionCount(Rule):
    """
    ## Apa yang diperiksa
    Dalam perintah penyisipan atau penambahan ("disisipkan 2 (dua) Pasal,
    yakni Pasal 5A dan Pasal 5B"):

    - angka dan kata bilangannya sama ("2 (tiga)" salah);
    - jumlah yang disebut sama dengan jumlah ketentuan yang disebut sesudah
      "yakni";
    - jenis satuan sama ("2 (dua) ayat, yakni Pasal 5A" salah);
    - setiap ketentuan yang disebut benar-benar dikutip sesudah perintah
      (disebut Pasal 5A dan Pasal 5B, yang dikutip hanya Pasal 5A).

    ## Mengapa
    Jumlah yang tidak cocok berarti ada ketentuan yang hilang dari naskah atau
    perintah yang belum disesuaikan setelah rapat pembahasan.

    ## Dasar
    Lampiran II UU 12/2011 bab peraturan perubahan, rumusan "disisipkan 1
    (satu) pasal, yakni Pasal 128A"; nomor butir belum diverifikasi.

    ## Contoh salah
    ```
    4. Di antara Pasal 5 dan Pasal 6 disisipkan 2 (dua) Pasal, yakni Pasal 5A dan Pasal 5B sehingga berbunyi sebagai berikut:
    Pasal 5A
    ...
    5. Ketentuan Pasal 7 diubah ...
    ```

    ## Contoh benar
    ```
    4. Di antara Pasal 5 dan Pasal 6 disisipkan 2 (dua) Pasal, yakni Pasal 5A dan Pasal 5B sehingga berbunyi sebagai berikut:
    Pasal 5A
    ...
    Pasal 5B
    ...
    ```

    ## Kapan diam
    Perintah tanpa jumlah; ketentuan baru yang dimuat dalam Lampiran
    ("sebagaimana tercantum dalam Lampiran"); teks kutipan yang tidak
    terbaca strukturnya (tidak ada satu pun ketentuan kutipan yang bernomor).
    """
    code = "LP603"
    slug = "instruction-count"
    severity = "error"
    summary = "Jumlah yang disebut dalam perintah perubahan tidak cocok dengan ketentuan yang disebut atau dikutip"
    summary_en = "An instruction's count, its words and the provisions named or quoted disagree"
    basis = "Lampiran II UU 12/2011, peraturan perubahan — nomor butir belum diverifikasi"
    fixes = ("display",)

    def check(self, doc):
        am = doc.amendment
        if am is None:
            return
        for ins in am.instructions:
            for c in ins.text.clauses:
                yield from self._clause(doc, ins, c)

    def _clause(self, doc, ins, c):
        node = ins.node
        if c.count is not None and c.count_value is not None and c.count_value != c.count:
            i, j = c.count_span
            right = int_to_words(c.count)
            # which of the two is wrong is the drafter's call: shown, not applied
            close = node.text.find(")", i, j) + 1            # "2 (tiga)" without the unit word after it
            fix = make_fix([node_edit(node, i, close, f"{c.count} ({right})")], DISPLAY) if close else None
            yield self.at(node, f"Angka {c.count} ditulis dengan kata \"{c.count_words}\"; seharusnya "
                                f"{c.count} ({right}).",
                          f"The number {c.count} is written in words as \"{c.count_words}\"; {c.count} ({right}) "
                          "was expected.", i=i, j=j, suggestion=f"{c.count} ({right})", fix=fix)
            return
        if c.count is None or not c.inserted or c.unread:
            return
        named = ", ".join(x.cite for x in c.inserted)
        if c.count != len(c.inserted):
            i, j = c.count_span
            yield self.at(node, f"Disebut {c.count} ({c.count_words}) {c.count_unit or ''} tetapi yang dirinci "
                                f"{len(c.inserted)}: {named}.",
                          f"{c.count} {c.count_unit or ''} announced but {len(c.inserted)} named: {named}.",
                          i=i, j=j)
            return
        wrong = [x for x in c.inserted if c.count_unit and x.unit != c.count_unit]
        if wrong:
            yield self.at(node, f"Disebut {c.count} ({c.count_words}) {c.count_unit}, tetapi yang dirinci "
                                f"{wrong[0].cite}.",
                          f"{c.count} {c.count_unit} announced, but {wrong[0].cite} is named.",
                          i=wrong[0].i, j=wrong[0].j)
            return
        if ins.text.to_lampiran or not ins.clean:
            return
        quoted = _quoted_numbers(ins)
        if not quoted:
            return   # the new wording's structure was not read: nothing to compare
        absent = [x for x in c.inserted if (x.unit, _n(x.num)) not in quoted and not _explained(doc, x)
                  and value_of(x.unit, x.num)[0] is not None   # "huruf cl" (c1): not read as a list item
                  and not _glued_in_quote(ins, x)]
        if absent and len(absent) < len(c.inserted) or absent and _any_of_unit(quoted, c.inserted[0].unit):
            names = ", ".join(x.cite for x in absent)
            yield self.at(node, f"{ins.label.capitalize()} menyebut {named}, tetapi {names} tidak dikutip sesudahnya.",
                          f"{ins.label.capitalize()} names {named}, but {names} is not quoted after it.",
                          i=absent[0].i, j=absent[0].j)


def _n(num: str) -> str:
    return (num or "").replace(" ", "").strip("().").lower()


def _quoted_numbers(ins) -> set:
    out = set()
    for q in ins.quoted:
        for n in q.walk():
            unit = _QUOTED_UNIT.get(n.kind)
            if unit and n.num:
                out.add((unit, _n(n.num)))
    return out


def _any_of_unit(quoted: set, unit: str) -> bool:
    return any(u == unit for u, _ in quoted)


def _glued_in_quote(ins, loc) -> bool:
    """The unit's marker stands inside the quoted wording, glued into a line
    by the conversion ("d. lulus Ujian Nasional. __ __ (1a)Khusus ...") or
    written in a form not read as an item's ("c.1 pengurangan ...")."""
    num = re.escape(_n(loc.num))
    pat = {"ayat": rf"\(\s*{num}\s*\)", "pasal": rf"\bPasal\s+{num}\b"}.get(loc.unit)
    m = re.fullmatch(r"([a-z]{1,2})(\d)", _n(loc.num)) if loc.unit == "huruf" else None
    if m:   # "c.1 pengurangan ...": a marker the lexer does not read as an item's
        pat = rf"(?:^|\n|\s){m.group(1)}\.?{m.group(2)}[.)]?\s"
    return pat is not None and any(re.search(pat, n.text or "", re.IGNORECASE) for q in ins.quoted for n in q.walk())


def _explained(doc, loc) -> bool:
    """The Penjelasan explains the provision ("Pasal 63C Cukup jelas."): the
    body's copy lost it in conversion (a draft that truly lacks it is missed
    here; precision first)."""
    pj = doc.penjelasan
    if pj is None or loc.unit != "pasal":
        return False
    return any(n.kind == "pj_pasal" and _n(n.num or "") == _n(loc.num) for n in pj.walk())
