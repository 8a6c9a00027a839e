"""LP402 other-agency: text pasted from another agency's regulation."""
from __future__ import annotations

import re

from lint_perda.rule import Rule

_TASK = re.compile(r"\b(?:mempunyai\s+tugas|menyelenggarakan\s+fungsi|melaksanakan\s+urusan|dipimpin\s+oleh|"
                   r"berkedudukan|bertanggung\s+jawab|wajib\s+menerapkan)\b", re.IGNORECASE)
_PARTNER = re.compile(r"\b(?:koordinasi|berkoordinasi|kerja\s*sama|bekerja\s+sama|bersama|dengan|kepada|dari|"
                      r"melalui|mitra|data|laporan)\b", re.IGNORECASE)
_HEADS = ("Direktur", "Camat", "Lurah", "Inspektur", "Kepala Dinas", "Kepala Badan", "Kepala Kantor")


class OtherAgency(Rule):
    """
    ## Apa yang diperiksa
    Tempat-tempat di mana perangkat daerah lain muncul *seolah-olah* perangkat
    daerah yang diatur peraturan ini (diketahui dari judulnya):

    1. jabatan pimpinan yang tidak dimiliki perangkat daerah ini:
       "Direktur Kecamatan" (Kecamatan dipimpin Camat; Direktur memimpin rumah
       sakit);
    2. perangkat daerah lain sebagai pelaku tugas perangkat daerah ini: "Kepala
       Dinas Kesehatan mempunyai tugas ..." dalam peraturan Kecamatan, dan
       perangkat daerah lain yang disebut dalam ketentuan yang sama dengan
       temuan nomor 1 (kalimat itu tersalin utuh);
    3. urusan perangkat daerah lain dalam tugas perangkat daerah ini: Dinas
       Kependudukan dan Pencatatan Sipil yang "melaksanakan urusan Pemerintahan
       Daerah di bidang kesehatan";
    4. (peringatan) tugas dengan kata yang khas urusan perangkat daerah lain:
       "kesiswaan Sekolah Menengah Pertama" dalam tugas Dinas Kependudukan.

    Nama perangkat daerah, urusan, pimpinan, dan kata khasnya ada dalam paket
    data `rules/nomenklatur.toml` (UU 23/2014 Pasal 12, PP 18/2016); daerah
    dapat menambah paketnya sendiri lewat `data-packs`.

    ## Mengapa
    Peraturan susunan organisasi hampir selalu disusun dari salinan peraturan
    perangkat daerah lain; sisa salinan memberi tugas kepada pejabat yang tidak
    ada atau urusan yang bukan kewenangannya.

    ## Dasar
    UU 23/2014 Pasal 12 (pembagian urusan) dan PP 18/2016 tentang Perangkat
    Daerah; kecermatan rumusan.

    ## Contoh salah
    ```
    (4) Dalam pelaksanaan tugas dan fungsi, Direktur Kecamatan wajib menerapkan koordinasi ... dengan Kepala Dinas Kesehatan.
    (1) Dinas mempunyai tugas membantu Walikota dalam melaksanakan urusan Pemerintahan Daerah di bidang kesehatan ...
    ```

    ## Contoh benar
    ```
    (4) Dalam pelaksanaan tugas dan fungsi, Camat wajib menerapkan koordinasi ... dengan Perangkat Daerah terkait.
    (1) Dinas mempunyai tugas membantu Walikota dalam melaksanakan urusan Pemerintahan Daerah di bidang administrasi kependudukan dan pencatatan sipil ...
    ```

    ## Kapan diam
    Perangkat daerah lain yang disebut sebagai mitra (koordinasi "dengan",
    laporan "kepada", data "dari", Bagian Organisasi, BAPPEDA, Inspektorat,
    Dinas Sosial sebagai sumber data) tidak dilaporkan: hanya yang menjadi
    pelaku kalimat, atau yang ada dalam kalimat yang sudah jelas tersalin
    (temuan nomor 1). Naskah yang judulnya tidak menyebut perangkat daerah
    (misalnya peraturan pusat) tidak diperiksa. Kata khas diperiksa hanya
    dalam rincian tugas, dan tidak dalam kalimat yang menyebut koordinasi atau
    kerja sama.
    """
    code = "LP402"
    slug = "other-agency"
    severity = "error"
    summary = "Teks dari peraturan perangkat daerah lain"
    summary_en = "Text pasted from another agency's regulation"
    basis = None

    def check(self, doc):
        org = doc.organisation
        me = org.agency
        if me is None or doc.body is None:
            return
        # agencies that are part of this one (a Kecamatan's Kelurahan) are not "others"
        inside = {u.lower() for u in me.unit} | {u.name.lower() for u in org.units} | {k.lower() for k in org.kinds}
        others = [a for a in org.pack if a.nama.lower() != me.nama.lower() and a.nama.lower() not in inside]
        mine_urusan = {u.lower() for u in me.urusan}
        other_rx = re.compile(r"\b(Kepala\s+)?(" + "|".join(re.escape(a.nama) for a in
                                                             sorted(others, key=lambda a: -len(a.nama))) + r")\b")
        generic = me.nama.split()[0]          # "Kecamatan", "Dinas"
        wrong_heads = [h for h in _HEADS if me.kepala and h != me.kepala and not h.startswith("Kepala")]
        head_rx = re.compile(r"\b(" + "|".join(wrong_heads) + r")\s+(" + re.escape(generic) + r")\b") if wrong_heads else None
        urusan_words = {u.lower(): a for a in others for u in a.urusan if u.lower() not in mine_urusan}
        urusan_rx = re.compile(r"\bdi\s+bidang\s+(" + "|".join(re.escape(u) for u in sorted(urusan_words, key=len, reverse=True))
                               + r")\b", re.IGNORECASE) if urusan_words and me.urusan else None
        khas = {k.lower(): a for a in others for k in a.khas if k.lower() not in {x.lower() for x in me.khas}}
        khas_rx = re.compile(r"\b(" + "|".join(re.escape(k) for k in sorted(khas, key=len, reverse=True)) + r")\b",
                             re.IGNORECASE) if khas else None
        for n in doc.body.walk():
            if not doc.judged(n) or not n.text:
                continue
            text = n.text
            copied = False
            if head_rx is not None:
                for m in head_rx.finditer(text):
                    copied = True
                    yield self.at(n, f"{me.nama} dipimpin {me.kepala}, bukan {m.group(1)}: \"{m.group(0)}\" berasal dari "
                                     "naskah perangkat daerah lain.",
                                  f"A {me.nama} is headed by a {me.kepala}, not a {m.group(1)}: \"{m.group(0)}\" comes "
                                  "from another agency's text.", i=m.start(), j=m.end(), suggestion=me.kepala)
            for m in other_rx.finditer(text):
                start_of_clause = not text[:m.start()].strip() or re.search(r"(?:^|[.;:]\s*|\(\d+\)\s*)$", text[:m.start()])
                subject = start_of_clause and _TASK.search(text[m.end():m.end() + 60])
                if subject:
                    yield self.at(n, f"\"{m.group(0)}\" disebut sebagai pelaku dalam peraturan {me.nama}: kalimat ini "
                                     "berasal dari naskah perangkat daerah lain.",
                                  f"\"{m.group(0)}\" acts here in a regulation of {me.nama}: this sentence comes from "
                                  "another agency's text.", i=m.start(), j=m.end())
                elif copied:
                    yield self.at(n, f"\"{m.group(0)}\" ada dalam kalimat yang tersalin dari naskah perangkat daerah lain.",
                                  f"\"{m.group(0)}\" stands in a sentence copied from another agency's text.",
                                  i=m.start(), j=m.end())
            if urusan_rx is not None and re.search(r"\burusan\b", text, re.IGNORECASE):
                for m in urusan_rx.finditer(text):
                    owner = urusan_words[m.group(1).lower()]
                    yield self.at(n, f"Urusan \"{m.group(1)}\" adalah urusan {owner.nama}, bukan {me.nama}.",
                                  f"\"{m.group(1)}\" is the urusan of {owner.nama}, not of {me.nama}.",
                                  i=m.start(), j=m.end(),
                                  suggestion=f"di bidang {me.urusan[0]}")
            if khas_rx is not None and n.is_item and not _PARTNER.search(text):
                for m in khas_rx.finditer(text):
                    owner = khas[m.group(1).lower()]
                    yield self.at(n, f"\"{m.group(1)}\" termasuk urusan {owner.nama}, bukan tugas {me.nama}.",
                                  f"\"{m.group(1)}\" belongs to the urusan of {owner.nama}, not to {me.nama}'s tasks.",
                                  i=m.start(), j=m.end(), severity="warning")
