"""LP521 keputusan-number: a Keputusan's number with a part left blank ("188.4/ /35.07.27/2022")."""
from __future__ import annotations

import re

from lint_perda.rule import Rule

_NOMOR = re.compile(r"^\s*NOMOR\s*:?\s*(?P<n>\S.*?)\s*$", re.IGNORECASE)
# a filled part, then an empty one between slashes (or dots, "…"), then a filled one
_BLANK = re.compile(r"\w\s*/\s*(?:\.{2,}|…|_{2,}|-{2,})?\s*/\s*\w|\w\s*/\s+/|\w//")


class KeputusanNumber(Rule):
    """
    ## Apa yang diperiksa
    Nomor Keputusan yang formatnya sudah disiapkan tetapi nomor urutnya
    dibiarkan kosong: "NOMOR 188.4/ /35.07.27/2022", "NOMOR
    188.45/…/KEP/2024", di kepala Keputusan maupun di kepala Lampirannya.

    ## Mengapa
    Keputusan yang ditandatangani tanpa nomor tidak dapat dirujuk dan
    diarsipkan; nomor yang kosong di kepala Lampiran memutus hubungan
    Lampiran dengan Keputusannya.

    ## Dasar
    Tata naskah dinas: keputusan diberi nomor sesuai format penomoran
    perangkat daerah (kode klasifikasi/nomor urut/kode unit/tahun).

    ## Contoh salah
    ```
    KEPUTUSAN CAMAT SUKAMAJU
    NOMOR: 188.4/ /35.07.27/2022
    ```

    ## Contoh benar
    ```
    KEPUTUSAN CAMAT SUKAMAJU
    NOMOR: 188.4/27/35.07.27/2022
    ```

    ## Kapan diam
    Peraturan (nomornya satu bilangan, diisi saat diundangkan), nomor yang
    seluruhnya belum diisi ("NOMOR ... TAHUN ..."), dan nomor yang lengkap.
    Rancangan yang menunggu nomor memang akan dilaporkan: nomor diisi
    sebelum naskah ditandatangani.
    """
    code = "LP521"
    slug = "keputusan-number"
    severity = "warning"
    summary = "Nomor Keputusan dengan bagian yang dibiarkan kosong"
    summary_en = "A Keputusan's number with a part left blank"
    basis = None

    def check(self, doc):
        heads = []
        if doc.front is not None and (doc.identity.jenis or "").startswith("Keputusan"):
            heads.append(doc.front)
        heads += [lp for lp in doc.lampiran if "KEPUTUSAN" in lp.text[:300].upper()]
        for node in heads:
            for p in node.paras[:8]:
                m = _NOMOR.match(p.text)
                if not m or not _BLANK.search(m.group("n")):
                    continue
                ln = p.line
                a, b = p.a + m.start("n"), p.a + m.end("n")
                where = "kepala Lampiran" if node.kind == "lampiran" else "kepala Keputusan"
                yield self.at_span(ln.orig(a), ln.orig_end(b), node.path,
                                   f"Nomor Keputusan di {where} belum lengkap: \"{m.group('n')}\"; isi nomor urutnya.",
                                   f"The Keputusan's number in the {'Lampiran header' if node.kind == 'lampiran' else 'heading'} "
                                   f"is incomplete: \"{m.group('n')}\"; fill in its serial number.",
                                   words=m.group("n"), full_path=node.full_path)
                break
