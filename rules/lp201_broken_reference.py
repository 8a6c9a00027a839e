"""LP201 broken-reference: a reference whose target does not exist."""
from __future__ import annotations

import re

from lint_perda.reading import note_places
from lint_perda.refjudge import judged, reliable
from lint_perda.rule import Rule
from lint_perda.unitphrase import cite

_UNIT_ID = {"pasal": "Pasal", "ayat": "ayat", "huruf": "huruf", "angka": "angka"}


def _what_is_missing(t) -> tuple[str, str]:
    head = cite(t.chain[:t.missing_at]) if t.missing_at > 0 else ""
    unit, num = t.chain[t.missing_at]
    miss = cite([(unit, num)])
    if not head:
        return (f"{miss} tidak ada dalam naskah ini", f"{miss} does not exist in this text")
    return (f"{head} tidak mempunyai {miss}", f"{head} has no {miss}")


_TREATY = re.compile(r"\b(?:Reservation|Reservasi|Pensyaratan|Declaration|Deklarasi|Konvensi|Convention|Persetujuan|"
                     r"Agreement|Protokol|Protocol|Perjanjian|Treaty|Traktat|Statuta|Statute|Covenant|Kovenan|Amandemen|"
                     r"Amendment|Piagam|Charter)\b")


def _treaty_article(doc, r, t) -> bool:
    """A law ratifying a treaty ("Pengesahan ... Convention ...") cites the
    treaty's articles ("dengan Reservation terhadap Pasal 29 ... Konvensi"):
    not a Pasal of its own."""
    title = (doc.identity.title or "").upper()
    if not title.startswith("PENGESAHAN") or t.chain[0][0] != "pasal":
        return False
    text = r.node.text
    return bool(_TREATY.search(text[max(0, t.i - 80):t.j + 40]))


class BrokenReference(Rule):
    """
    ## Apa yang diperiksa
    Rujukan internal ("sebagaimana dimaksud dalam Pasal 12 ayat (4)") yang
    sasarannya tidak ada dalam naskah: Pasal yang tidak ada, ayat yang tidak
    dimiliki Pasal itu, huruf atau angka yang tidak ada dalam rinciannya.
    Bila sasaran yang dimaksud tampak jelas (misalnya rincian huruf itu ada
    pada ayat sebelah, atau Pasal itu tidak berayat tetapi mempunyai huruf
    yang disebut), temuan memberi saran "maksud Anda ...?".

    ## Mengapa
    Perubahan urutan Pasal selama pembahasan sering meninggalkan rujukan yang
    menunjuk ke tempat kosong; norma yang merujuk menjadi tidak dapat
    dilaksanakan.

    ## Dasar
    Turunan dari Lampiran II UU 12/2011 BAB III C (teknik pengacuan): nomor
    Pasal atau ayat yang diacu disebut secara tegas, sehingga harus ada.

    ## Contoh salah
    ```
    Pasal 12
    (1) Izin diberikan oleh Bupati.
    (2) Izin sebagaimana dimaksud pada ayat (1) berlaku 5 (lima) tahun.
    Pasal 13
    Perpanjangan izin sebagaimana dimaksud dalam Pasal 12 ayat (4) ...
    ```

    ## Contoh benar
    ```
    Perpanjangan izin sebagaimana dimaksud dalam Pasal 12 ayat (2) ...
    ```

    ## Kapan diam
    - Rujukan ke peraturan lain ("Pasal 8 Peraturan Daerah Nomor 1 Tahun
      2022"), rujukan dalam Mengingat dan Penjelasan Umum, dan rujukan dalam
      peraturan perubahan (menunjuk ke peraturan yang diubah).
    - Dalam undang-undang pengesahan perjanjian internasional ("Pengesahan
      ... Convention ..."), Pasal yang disebut bersama nama perjanjiannya
      ("dengan Reservation terhadap Pasal 29 ... Konvensi"): itu pasal
      perjanjian, bukan pasal naskah ini.
    - Rujukan tanpa kata pengantar ("sebagaimana dimaksud", "berdasarkan",
      "dalam", ...): sering judul Pasal yang terlekat ke teks oleh konversi PDF.
    - Nomor yang jatuh di celah penomoran (ayat (1) hilang tetapi ayat (2)
      ada): aturan penomoran yang melaporkannya.
    - Bila teks masih memuat penanda sasaran yang tidak terbaca sebagai
      struktur ("(4)" di tengah baris), bila "pada ayat (1)" ditulis dalam
      Pasal yang sama sekali tidak berayat (biasanya penanda ayat hilang
      dalam konversi), dan bila cakupan parse berkas di bawah 90%.
    - Bila bagian struktur yang dituju tidak terbaca bersih: Pasal yang
      dituju tidak berurutan dengan tetangganya, penanda ayat atau huruf di
      dalamnya terlekat ke kalimat atau terbaca lewat OCR, atau penandanya
      hilang (Pasal tanpa ayat yang terdiri atas dua kalimat, rincian yang
      memuat "...; x; y" tanpa penanda, daftar yang dimulai dari huruf b);
      rujukan itu sendiri berada dekat sisa pindaian atau nomornya rusak
      ("Pasal 4O"). Tempat-tempat ini disebut dalam `document.checked`.
    - Naskah yang ditetapkan sebelum 2011: rujukan ke Pasal di luar Pasal
      terakhirnya ("Pasal 26 ayat (1)" dalam PP yang hanya sampai Pasal 17)
      biasanya menunjuk undang-undang yang dilaksanakannya tanpa
      menyebutnya, seperti lazim sebelum UU 12/2011.
    - Upaya terakhir: bila lebih dari separuh rujukan internal naskah tidak
      dapat dipastikan sasarannya (opsi `max_unsure_ratio`), naskah tidak
      dinilai sama sekali.
    """
    code = "LP201"
    slug = "broken-reference"
    severity = "error"
    summary = "Rujukan ke Pasal, ayat, huruf, atau angka yang tidak ada"
    summary_en = "A reference to a Pasal, ayat, huruf or angka that does not exist"
    basis = "Lampiran II UU 12/2011, BAB III C (teknik pengacuan) — turunan"
    options = {"max_unsure_ratio": 0.5}

    def check(self, doc):
        if not reliable(doc, float(self.opts["max_unsure_ratio"])):
            doc.note_checked("references", "none", "sebagian besar rujukan internal tidak dapat dipastikan "
                                                   "sasarannya: struktur naskah tidak terbaca")
            return
        unjudged: list[int] = []
        for r in doc.references:
            if not (r.internal and r.intro):
                continue
            missing = [t for t in r.all_targets() if t.status == "missing" and t.chain[0][0] != "lampiran"
                       and not _treaty_article(doc, r, t)]
            if not missing:
                continue
            if not all(judged(doc, r, t) for t in missing):
                unjudged.append(r.node.orig(r.i))   # the target's part of the text was not read cleanly
                continue
            if len(missing) == 1:
                t = missing[0]
                msg, msg_en = _what_is_missing(t)
                sug = f"maksud Anda {t.near.path}?" if t.near is not None else None
                yield self.at(r.node, f"Rujukan ke {t.cite} tidak menemukan sasarannya: {msg}.",
                              f"The reference to {t.cite} finds no target: {msg_en}.",
                              i=t.i, j=t.j, suggestion=sug)
                continue
            # one reference, several missing targets ("huruf d sampai dengan huruf l
            # dan/atau huruf m"): one finding that names them all
            groups: dict[str, list[str]] = {}
            for t in missing:
                msg, _ = _what_is_missing(t)
                head, sep, what = msg.partition(" tidak mempunyai ")
                groups.setdefault(head if sep else msg, []).append(what if sep else "")
            parts = []
            for head, whats in groups.items():
                whats = [w for w in dict.fromkeys(whats) if w]
                if not whats:
                    parts.append(head)
                else:
                    listed = (whats[0] if len(whats) == 1 else f"{whats[0]} dan {whats[1]}" if len(whats) == 2
                              else ", ".join(whats[:-1]) + f", dan {whats[-1]}")
                    parts.append(f"{head} tidak mempunyai {listed}")
            words = " ".join(r.text.split())
            yield self.at(r.node, f"Rujukan \"{words}\" tidak menemukan sasarannya: {'; '.join(parts)}.",
                          f"The reference \"{words}\" finds no target: {len(missing)} of its targets are missing.",
                          i=min(t.i for t in missing), j=max(t.j for t in missing))
        note_places(doc, "references", "rujukan", unjudged)
