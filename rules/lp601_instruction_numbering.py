"""LP601 instruction-numbering: amendment instructions numbered 1, 2, 3 ...
without a gap or a repeat."""
from __future__ import annotations

import re

from lint_perda.numbering import counts_down
from lint_perda.rule import Rule
from lint_perda.sequence import check_sequence, describe, ocr_suspect

_LEAD = (r"(?:Ketentuan|Ketenluan|Ketentuarr|Di\s*antara|Diantara|Judul|Penjelasan|Lampiran|Setelah|Sesudah|"
         r"Menambahkan|Mengubah|Menghapus|Menyisipkan|(?:BAB|Bab|Pasal|pasal)\s+\S+\s+dihapus)\b")


_GLUED = re.compile(r"(?<=[a-z)][.;:,])[ \t]+(?:\S{1,2}[.)]?[ \t]+)?(?:Ketentuan\s+(?:ayat|Pasal|pasal|huruf|angka|BAB|Bab|Bagian|Paragraf|Lampiran|Penjelasan)"
                    r"|Di\s*antara\s+(?:Pasal|pasal|ayat|huruf|angka|BAB|Bab|Bagian|Paragraf)|Pasal\s+\d+\w*\s+dihapus)\b")


def _glued_opening(text: str, f) -> bool:
    """An instruction opening without its number inside the running text
    between the last instruction in order and this one ("... Peraturan
    Pemerintah ini. Ketentuan Pasal 4 diubah ..."): the number was lost in
    conversion."""
    lo = f.prev.start if f.prev is not None else (f.node.parent.start if f.node.parent is not None else 0)
    want = f.missing[1] - f.missing[0] + 1
    return len(_GLUED.findall(text, lo, f.node.start)) >= want


def _region_clean(container, prev, f) -> bool:
    """The text between the last instruction in order and this one was read
    cleanly: the opening of Pasal I ends where the instructions start, or the
    previous instruction is clean and quotes only the provisions it names."""
    if prev is None:
        before = [c for c in container.children if c.start < f.node.start and c.kind != "text"]
        return bool(re.search(r"(?:berikut|sebagai\s+berikut)\s*:?\s*$", container.text.strip())) and not before
    if not prev.clean:
        return False
    named = {(t.chain[k][0], t.chain[k][1].replace(" ", "")) for t in prev.targets + prev.inserted
             for k in range(len(t.chain))}
    unit = {"qpasal": "pasal", "qbab": "bab", "qbagian": "bagian", "qparagraf": "paragraf"}
    for q in prev.quoted:
        if q.kind in unit and (unit[q.kind], (q.num or "").replace(" ", "")) not in named:
            return False
    return True


def _explained(doc, missing: tuple[int, int]) -> bool:
    """The Penjelasan explains the missing instruction ("Angka 9 Pasal 40
    Cukup jelas."): the body's copy lost it in conversion.  (A draft that
    truly skipped the number would be missed here; precision first.)"""
    pj = doc.penjelasan
    if pj is None:
        return False
    lo, hi = missing
    t = pj.text + "\n" + "\n".join(n.text for n in pj.walk() if n is not pj)
    return all(re.search(rf"\bAngka\s+{n}\b", t) for n in range(lo, min(hi, lo + 30) + 1))


def _marker_in(text: str, container, missing: tuple[int, int]) -> bool:
    """A missing instruction's number still stands before an instruction
    opening somewhere in the amending Pasal's text."""
    lo, hi = missing
    nums = "|".join(str(n) for n in range(lo, min(hi, lo + 30) + 1))
    pat = re.compile(rf"(?:^|[\s:;.,])(?:{nums})\s*[.)]?\s+{_LEAD}")
    end = container.parent.end if container.parent is not None else len(text)
    return bool(pat.search(text, container.start, end))


class InstructionNumbering(Rule):
    """
    ## Apa yang diperiksa
    Nomor angka-angka perubahan dalam Pasal I peraturan perubahan (dan dalam
    setiap Pasal naskah omnibus yang mengubah beberapa peraturan): 1, 2, 3,
    dan seterusnya, tanpa nomor yang terlewat, terulang, atau tertukar.

    ## Mengapa
    Angka perubahan dirujuk satu per satu (dalam Penjelasan "Angka 3",
    dalam naskah konsolidasi, dalam perubahan berikutnya). Nomor yang
    terlewat sering berarti satu perubahan hilang dari naskah.

    ## Dasar
    Lampiran II UU 12/2011 bab peraturan perubahan: setiap materi perubahan
    dirinci dengan angka Arab (1, 2, 3, dan seterusnya); nomor butir belum
    diverifikasi.

    ## Contoh salah
    ```
    Pasal I
    ...
    1. Ketentuan Pasal 4 diubah ...
    2. Ketentuan Pasal 5 diubah ...
    4. Di antara Pasal 5 dan Pasal 6 disisipkan ...
    ```

    ## Contoh benar
    ```
    1. Ketentuan Pasal 4 diubah ...
    2. Ketentuan Pasal 5 diubah ...
    3. Di antara Pasal 5 dan Pasal 6 disisipkan ...
    ```

    ## Kapan diam
    Pasal I dengan satu perubahan yang tidak bernomor. Naskah yang bukan
    peraturan perubahan.
    """
    code = "LP601"
    slug = "instruction-numbering"
    severity = "error"
    summary = "Angka perubahan dalam Pasal I melompat, ganda, atau tidak berurutan"
    summary_en = "Amendment instructions skip, repeat or run backwards"
    basis = "Lampiran II UU 12/2011, peraturan perubahan — nomor butir belum diverifikasi"

    def check(self, doc):
        am = doc.amendment
        if am is None:
            return
        text = doc.source.text
        line_of = lambda off: text.count("\n", 0, off) + 1   # noqa: E731
        ocr = ocr_suspect(doc)
        for p in am.containers:
            mine = [i for i in am.instructions if i.container is p and i.number is not None]
            by_node = {id(i.node): i for i in mine}
            nodes = [i.node for i in mine]
            for f in check_sequence(nodes):
                if f.kind == "gap" and not _region_clean(p, by_node.get(id(f.prev)) if f.prev is not None else None, f):
                    continue   # what lies before it was not read cleanly: an instruction may be hidden there
                if f.kind == "gap" and (_marker_in(text, p, f.missing) or _glued_opening(text, f)
                                        or _explained(doc, f.missing)):
                    continue   # the conversion glued that instruction into another line: not the draft's fault
                if f.kind != "gap" and (ocr or counts_down([i.number for i in mine])):
                    continue   # a scanned print whose lines came out of order, or were read upwards
                msg, msg_en, sug = describe(f, line_of)
                yield self.at(f.node, "Angka perubahan: " + msg[0].lower() + msg[1:],
                              "Amendment instructions: " + msg_en[0].lower() + msg_en[1:],
                              head=True, suggestion=sug)
