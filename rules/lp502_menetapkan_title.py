"""LP502 menetapkan-title: the Menetapkan line repeats the jenis and the title
word for word."""
from __future__ import annotations

import difflib
import re

from lint_perda.fixes import UNSAFE, make_fix, node_edit
from lint_perda.frame import fold
from lint_perda.rule import Rule

_MENETAPKAN = re.compile(r"^(PERATURAN\s+(?:DAERAH|GUBERNUR|BUPATI|WALI\s?KOTA|PEMERINTAH|PRESIDEN|MENTERI[A-Z ]*?))"
                         r"(?:\s+[A-Z .]+?)?\s+TENTANG\s+(.*)$")


class MenetapkanTitle(Rule):
    """
    ## Apa yang diperiksa
    Baris Menetapkan memuat jenis peraturan (tanpa nama daerah), kata
    "TENTANG", dan judul yang sama kata demi kata dengan judul di kepala
    naskah, seluruhnya huruf kapital dan diakhiri titik.

    Temuan ditunjukkan pada kata yang berbeda (atau kata yang mendahului
    kata yang hilang) dan membawa perbaikan tidak aman (`lint-perda fix
    --unsafe-fixes`) yang menyamakan Menetapkan dengan judul di kepala
    naskah: tidak aman karena bisa jadi judul di kepala naskah yang keliru,
    dan itu keputusan penyusun.

    ## Mengapa
    Menetapkan adalah tempat peraturan itu ditetapkan; judul yang berbeda satu
    kata ("ORGANSASI") atau baris tanpa jenis menimbulkan keraguan peraturan
    mana yang ditetapkan, dan merupakan koreksi yang paling sering diberikan
    Bagian Hukum.

    ## Dasar
    Lampiran II UU 12/2011, diktum: Menetapkan memuat jenis dan nama
    peraturan yang sama dengan judul (nomor butir belum diverifikasi).

    ## Contoh salah
    ```
    Menetapkan : PERATURAN WALIKOTA TENTANG KEDUDUKAN, SUSUNAN ORGANSASI, ...
    Menetapkan : PENINGKATAN KOORDINASI DAN PENGENDALIAN ...
    ```

    ## Contoh benar
    ```
    Menetapkan : PERATURAN WALI KOTA TENTANG KEDUDUKAN, SUSUNAN ORGANISASI, ...
    ```

    ## Kapan diam
    Peraturan tingkat pusat (dalam naskah hasil konversi barisnya menyambung
    ke batang tubuh), naskah tanpa judul yang terbaca, baris Menetapkan yang tidak ditemukan,
    dan perbedaan yang hanya tanda baca, spasi, atau huruf besar-kecil. Nama
    daerah yang tidak ditulis dalam Menetapkan bukan temuan (memang begitu
    bentuknya).
    """
    code = "LP502"
    slug = "menetapkan-title"
    severity = "error"
    summary = "Menetapkan tidak memuat jenis dan judul yang sama dengan kepala naskah"
    summary_en = "Menetapkan does not repeat the jenis and the title of the heading"
    basis = None
    fixes = ("unsafe",)

    def check(self, doc):
        ident = doc.identity
        # regional regulations only: in the national corpus the line runs on
        # into the body after conversion and cannot be delimited reliably
        if not ident.title or not (ident.is_perda or ident.is_perkada) or doc.front is None:
            return
        node = next((n for n in doc.front.walk() if n.kind == "menetapkan"), None)
        if node is None or not node.text.strip():
            return
        line = fold(node.text)
        title = fold(ident.title)
        jenis = fold(ident.jenis)
        m = _MENETAPKAN.match(line)
        if m is None:
            if line.startswith(title[:30]) or difflib.SequenceMatcher(None, line, title).ratio() > 0.8:
                want = f"{jenis} TENTANG {title}."
                # the jenis and "TENTANG" go before the title's first word
                # when the line is the title as written: as a replacement of
                # that word (an insertion before it would land before markup
                # the normaliser took away, "**"); unsafe, as below
                w = title.split()[0]
                k = node.text.upper().find(w) if line.startswith(title[:30]) else -1
                fx = make_fix([node_edit(node, k, k + len(w), f"{jenis} TENTANG {node.text[k:k + len(w)]}")],
                              UNSAFE) if k >= 0 else None
                yield self.at(node, "Menetapkan tidak memuat jenis peraturan dan kata \"TENTANG\" sebelum judul.",
                              "Menetapkan lacks the kind of regulation and \"TENTANG\" before the title.",
                              i=0, j=len(node.text.rstrip()), suggestion=want, fix=fx)
            return
        got = m.group(2)
        if got.replace(",", "").split() == title.replace(",", "").split():
            return
        a, b = title.split(), got.split()
        spans = _spans(node.text, b, len(line.split()) - len(b))
        sm = difflib.SequenceMatcher(None, a, b)
        for op, i1, i2, j1, j2 in sm.get_opcodes():
            if op == "equal":
                continue
            want = " ".join(a[i1:i2])
            wrote = " ".join(b[j1:j2])
            if want.replace(",", "") == wrote.replace(",", ""):
                continue
            shown_want, shown_wrote = want.rstrip(","), wrote.rstrip(",")
            # where the finding stands (the words of the title in the text)
            # and its correction, as (start, end, words) in the node's text
            if op == "delete":
                # at the word it should follow (the first: precede), which the
                # correction repeats; an insertion before a word replaces the
                # word (see the jenis above)
                k = j1 - 1 if j1 else 0
                where = f"sesudah \"{b[k].rstrip(',')}\"" if j1 else f"sebelum \"{b[0].rstrip(',')}\""
                msg = f"Judul dalam Menetapkan tidak memuat \"{shown_want}\" {where}, yang ada di judul naskah."
                msg_en = f"The title in Menetapkan leaves out \"{shown_want}\"."
                sugg = f"{b[k]} {want}" if j1 else f"{want} {b[0]}"
                shown = spans[k] if spans else None
                edit = shown and ((shown[1], shown[1], " " + want) if j1
                                  else (shown[0], shown[1], f"{want} {node.text[shown[0]:shown[1]]}"))
            elif op == "insert":
                msg = f"Judul dalam Menetapkan memuat \"{shown_wrote}\" yang tidak ada di judul naskah."
                msg_en = f"The title in Menetapkan adds \"{shown_wrote}\"."
                sugg = None
                shown = (spans[j1][0], spans[j2 - 1][1]) if spans else None
                # removed with the space before the words (after them when they open the title)
                edit = shown and ((spans[j1 - 1][1], shown[1], "") if j1
                                  else (shown[0], spans[j2][0], "") if j2 < len(b) else None)
            else:
                msg = f"Judul dalam Menetapkan menulis \"{shown_wrote}\", judul naskah \"{shown_want}\"."
                msg_en = f"The title in Menetapkan says \"{shown_wrote}\" where the heading says \"{shown_want}\"."
                sugg = want
                shown = (spans[j1][0], spans[j2 - 1][1]) if spans else None
                edit = shown and (shown[0], shown[1], want)
            if shown is None:
                yield self.at(node, msg, msg_en, suggestion=sugg)
                continue
            # unsafe: the heading's title is the usual reference, but which of
            # the two is right is the drafter's call
            fx = make_fix([node_edit(node, *edit)], UNSAFE) if edit else None
            yield self.at(node, msg, msg_en, i=shown[0], j=shown[1], suggestion=sugg, fix=fx)


def _spans(text: str, words: list[str], skip: int):
    """Where each of the title's words stands in the Menetapkan text (after
    the ``skip`` words of the jenis and "TENTANG"), or None when a word
    was joined by fold ("UNDANG- UNDANG") and is not there as written."""
    up = text.upper()
    out, pos = [], 0
    for w in fold(text).split()[:skip] + words:
        k = up.find(w, pos)
        if k < 0:
            return None
        out.append((k, k + len(w)))
        pos = k + len(w)
    return out[skip:]
