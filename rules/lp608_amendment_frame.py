"""LP608 amendment-frame: Pasal I names the amended regulation with its
gazette (and the earlier amendments), Pasal II holds the entry into force."""
from __future__ import annotations

import re

from lint_perda.rule import Rule

_IN_FORCE = re.compile(r"\bberlaku\b", re.IGNORECASE)
_CLOSING = re.compile(r"Agar\s+setiap\s+orang|\b(?:Ditetapkan|Diundangkan)\s+di\b", re.IGNORECASE)


class AmendmentFrame(Rule):
    """
    ## Apa yang diperiksa
    Kerangka peraturan perubahan:

    - batang tubuhnya terdiri atas Pasal I (perubahan) dan Pasal II (saat
      mulai berlaku, dan bila perlu ketentuan peralihan);
    - kalimat pembuka Pasal I menyebut peraturan yang diubah dengan
      Lembaran Negara/Daerah atau Berita Daerah-nya di antara tanda kurung;
    - perubahan kedua dan seterusnya ("PERUBAHAN KEDUA ATAS ...") menyebut
      dalam Pasal I perubahan sebelumnya ("sebagaimana telah diubah dengan
      ...").

    ## Mengapa
    Pembaca harus dapat menemukan naskah yang diubah (dan rangkaian
    perubahannya) dari Pasal I saja; tanpa Pasal II saat berlakunya
    perubahan tidak ditentukan.

    ## Dasar
    Lampiran II UU 12/2011 bab peraturan perubahan: Pasal I memuat judul
    peraturan yang diubah dengan menyebutkan Lembaran Negara di antara tanda
    baca kurung; Pasal II memuat ketentuan tentang saat mulai berlaku;
    nomor butir belum diverifikasi.

    ## Contoh salah
    ```
    Pasal I
    Beberapa ketentuan dalam Peraturan Wali Kota Mekarsari Nomor 12 Tahun 2021 tentang ... diubah sebagai berikut:
    ...
    (tanpa Pasal II)
    ```

    ## Contoh benar
    ```
    Pasal I
    Beberapa ketentuan dalam Peraturan Wali Kota Mekarsari Nomor 12 Tahun 2021 tentang ... (Berita Daerah Kota Mekarsari Tahun 2021 Nomor 12) diubah sebagai berikut:
    ...
    Pasal II
    Peraturan Wali Kota ini mulai berlaku pada tanggal diundangkan.
    ```

    ## Kapan diam
    Naskah yang ditetapkan sebelum 2011 (sebelum UU 12/2011 dan teknik
    penyusunannya). Naskah omnibus yang mengubah beberapa peraturan dalam
    Pasal 1, 2, dst.; kalimat pembuka Pasal I yang tidak terbaca; Pasal II
    yang tidak ada dalam naskah yang tidak mempunyai penutup sama sekali
    (konversinya terpotong).
    """
    code = "LP608"
    slug = "amendment-frame"
    severity = "warning"
    technique = True   # judged only on texts made under UU 12/2011 (see Rule)
    summary = "Pasal I tanpa Lembaran peraturan yang diubah, atau tanpa Pasal II tentang saat berlaku"
    summary_en = "Pasal I without the amended regulation's gazette, or no Pasal II on entry into force"
    basis = "Lampiran II UU 12/2011, peraturan perubahan — nomor butir belum diverifikasi"

    def check(self, doc):
        am = doc.amendment
        if am is None or not am.containers:
            return
        pasal_i = am.containers[0]
        if (pasal_i.num or "").upper() != "I":
            return   # an omnibus text: its Pasal are numbered 1, 2, ...
        op = am.opening
        if op.get("identity") is not None:
            node = op["node"]
            i, j = op["cite_span"]
            if not op.get("gazette"):
                yield self.at(node, "Kalimat pembuka Pasal I tidak menyebut Lembaran/Berita tempat peraturan yang diubah "
                                    "diundangkan, di antara tanda kurung.",
                              "Pasal I's opening does not give the gazette of the amended regulation in brackets.",
                              i=i, j=j)
            if am.ordinal >= 2 and not op.get("chain") and "telah diubah" not in op.get("text", ""):
                yield self.at(node, f"Perubahan ke-{am.ordinal}: kalimat pembuka Pasal I tidak menyebut perubahan "
                                    "sebelumnya (\"sebagaimana telah diubah dengan ...\").",
                              f"Amendment no. {am.ordinal}: Pasal I's opening does not name the earlier amendments "
                              "(\"sebagaimana telah diubah dengan ...\").", i=i, j=j)
        pasal_ii = am.closing_pasal
        if pasal_ii is None and not re.search(r"\bPasal\s+II\b", doc.source.text) and _CLOSING.search(doc.source.text):
            # (a text with no closing formula at all was cut short by its
            # conversion: its Pasal II went with its end)
            last = am.instructions[-1].node if am.instructions else pasal_i
            yield self.at(last, "Peraturan perubahan tanpa Pasal II: saat mulai berlakunya perubahan tidak diatur.",
                          "An amendment without Pasal II: when the changes enter into force is not stated.",
                          head=True)
        elif pasal_ii is not None and not any(
                re.search(r"\bini\s+(?:mulai\s+)?berlaku\b", n.text or "") for n in doc.body.walk()) \
                and not _IN_FORCE.search(pasal_ii.text or "") and not any(
                _IN_FORCE.search(n.text or "") for n in pasal_ii.walk()):
            yield self.at(pasal_ii, "Pasal II tidak memuat saat mulai berlaku peraturan perubahan.",
                          "Pasal II does not state when the amendment enters into force.", head=True)
