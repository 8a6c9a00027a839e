"""LP403 heading-unit: a Bagian or Paragraf titled with one unit whose Pasal
speak of another."""
from __future__ import annotations

import re

from lint_perda.organisation import fold, unit_kind
from lint_perda.rule import Rule

_SUBJECT = re.compile(r"^(?:\(\d+\)\s*)?((?:Kepala\s+)?(?:Sub\s?Bagian|Subbagian|Sub\s?Bidang|Seksi|Bidang|Sekretariat|UPT)"
                      r"(?:\s+(?:dan|serta)\s+[A-Z][\w/-]*|,?\s+[A-Z][\w/-]*)*)\s+(?:mempunyai|menyelenggarakan|dipimpin)\b")


class HeadingUnit(Rule):
    """
    ## Apa yang diperiksa
    Bagian atau Paragraf yang judulnya nama unit ("Paragraf 3 / Seksi
    Pembangunan") sedangkan Pasal pertama di bawahnya mengatur unit lain
    ("Seksi Pelayanan Umum mempunyai tugas ...").

    ## Mengapa
    Judul yang tidak sesuai isinya adalah tanda Pasal yang tertukar atau
    tersalin dari bagian lain; pembaca yang mencari tugas sebuah unit lewat
    judulnya menemukan tugas unit lain.

    ## Dasar
    Lampiran II UU 12/2011, pengelompokan: Bagian dan Paragraf diberi judul
    sesuai materi muatannya (nomor butir belum diverifikasi).

    ## Contoh salah
    ```
    Paragraf 3
    Seksi Pembangunan

    Pasal 9
    Seksi Pelayanan Umum mempunyai tugas ...
    ```

    ## Contoh benar
    ```
    Paragraf 3
    Seksi Pembangunan

    Pasal 9
    Seksi Pembangunan mempunyai tugas ...
    ```

    ## Kapan diam
    Judul yang bukan nama unit ("Tugas dan Fungsi"), Pasal pertama yang tidak
    diawali nama unit sebagai pelaku, dan kepala unit yang sama ("Kepala Seksi
    Pembangunan" di bawah judul "Seksi Pembangunan").
    """
    code = "LP403"
    slug = "heading-unit"
    severity = "error"
    summary = "Judul Bagian/Paragraf menyebut unit lain dari yang diatur Pasal di bawahnya"
    summary_en = "A Bagian/Paragraf titled with one unit whose Pasal speak of another"
    basis = None

    def check(self, doc):
        if doc.body is None:
            return
        for h in doc.body.walk():
            if h.quoted or h.kind not in ("bagian", "paragraf") or not h.title:
                continue
            title = " ".join(h.title.split())
            if unit_kind(title) in ("lain", "kepala", "Kelurahan") or len(title.split()) < 2:
                continue
            pasal = next((c for c in h.children if c.kind == "pasal"), None)
            if pasal is None:
                continue
            first = pasal.text.strip() or next((c.text for c in pasal.children if c.kind == "ayat"), "")
            m = _SUBJECT.match(" ".join(first.split()))
            if not m:
                continue
            who = re.sub(r"^Kepala\s+", "", m.group(1))
            if fold(who) == fold(title) or fold(who).startswith(fold(title) + " ") or fold(title).startswith(fold(who) + " "):
                continue
            yield self.at(h, f"Judul {h.label} \"{title}\", tetapi {pasal.label} di bawahnya mengatur \"{m.group(1)}\".",
                          f"{h.label} is titled \"{title}\" but its {pasal.label} is about \"{m.group(1)}\".",
                          head=True)
