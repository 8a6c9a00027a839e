"""LP406 truncated-unit: a unit named without part of its kind ("Sub Perencanaan ..." for "Sub Bagian Perencanaan ...")."""
from __future__ import annotations

import re

from lint_perda.rule import Rule

# "Sub" then a capitalised word that is not the rest of the kind
_SUB = re.compile(r"(?<![\w/-])Sub\s+(?!Bagian\b|Bidang\b|bagian\b|bidang\b)([A-Z][\w/-]*(?:(?:,\s*|\s+)(?:dan\s+|serta\s+)?[A-Z][\w/-]*)*)")


class TruncatedUnit(Rule):
    """
    ## Apa yang diperiksa
    Nama unit yang kehilangan sebagian kata jenisnya: "Sub Perencanaan,
    Evaluasi, Pelaporan, dan Keuangan" untuk "Sub Bagian Perencanaan,
    Evaluasi, Pelaporan, dan Keuangan", "Sub Program dan Keuangan" untuk
    "Sub Bagian Program dan Keuangan". Nama yang benar diambil dari susunan
    organisasi naskah itu sendiri.

    ## Mengapa
    "Sub Perencanaan" bukan unit; tugas yang diberikan kepadanya tidak
    jatuh kepada siapa pun.

    ## Dasar
    PP 18/2016 tentang Perangkat Daerah (nama unit); kecermatan rumusan.

    ## Contoh salah
    ```
    b. mengendalikan pelaksanaan rencana operasional Sub Perencanaan dan Keuangan;
    ```

    ## Contoh benar
    ```
    b. mengendalikan pelaksanaan rencana operasional Sub Bagian Perencanaan dan Keuangan;
    ```

    ## Kapan diam
    Naskah tanpa Pasal susunan organisasi, dan "Sub ..." yang sisanya tidak
    sama dengan sisa nama satu pun Sub Bagian atau Sub Bidang dalam susunan
    itu (bisa istilah lain: "Sub Kegiatan").
    """
    code = "LP406"
    slug = "truncated-unit"
    severity = "error"
    summary = "Nama unit yang kehilangan sebagian kata jenisnya (\"Sub Perencanaan\")"
    summary_en = "A unit named without part of its kind (\"Sub Perencanaan\" for \"Sub Bagian Perencanaan\")"
    basis = None

    def check(self, doc):
        from lint_perda.organisation import fold
        rest = {}
        for u in doc.organisation.units:
            m = re.match(r"Sub\s*(Bagian|Bidang)\s+(.+)$", u.name, re.IGNORECASE)
            if m:
                rest.setdefault(fold(m.group(2)), u.name)
        if not rest or doc.body is None:
            return
        for n in doc.body.walk():
            if n.quoted or "Sub" not in (n.text or ""):
                continue
            for m in _SUB.finditer(n.text):
                words = m.group(1)
                # the longest run of the mention that is a unit's name after its kind
                cut = [words] + [words[:k.start()] for k in re.finditer(r"\s+(?=[A-Z])|,\s*", words)][::-1]
                hit = next((c for c in cut if fold(c) in rest), None)
                if hit is None:
                    continue
                right = rest[fold(hit)]
                yield self.at(n, f"\"Sub {hit}\" bukan nama unit: maksudnya \"{right}\"?",
                              f"\"Sub {hit}\" is not a unit's name: \"{right}\" was meant?",
                              i=m.start(), j=m.start(1) + len(hit), suggestion=right)
