"""LP602 instruction-order: instructions follow the order of the provisions
they amend."""
from __future__ import annotations

from lint_perda.amendment import position_key
from lint_perda.rule import Rule
from lint_perda.numbering import counts_down, lis_earliest
from lint_perda.sequence import ocr_suspect


class InstructionOrder(Rule):
    """
    ## Apa yang diperiksa
    Urutan angka-angka perubahan: perubahan disusun menurut urutan ketentuan
    yang diubah dalam peraturan yang diubah (perubahan Pasal 3 sebelum
    perubahan Pasal 4). Satu perubahan yang salah tempat memberi satu temuan.

    ## Mengapa
    Pembaca (dan penyusun naskah konsolidasi) menelusuri peraturan yang
    diubah dari depan ke belakang; perubahan yang tidak berurutan mudah
    terlewat atau diterapkan pada tempat yang salah.

    ## Dasar
    Turunan dari Lampiran II UU 12/2011 bab peraturan perubahan (materi
    perubahan dirinci berurutan); nomor butir belum diverifikasi.

    ## Contoh salah
    ```
    1. Ketentuan ayat (2) Pasal 4 diubah ...
    2. Ketentuan Pasal 3 diubah ...
    ```

    ## Contoh benar
    ```
    1. Ketentuan Pasal 3 diubah ...
    2. Ketentuan ayat (2) Pasal 4 diubah ...
    ```

    ## Kapan diam
    Perubahan BAB, Bagian, Penjelasan atau Lampiran (tanpa nomor Pasal yang
    dapat dibandingkan); perubahan yang menyebut beberapa Pasal sekaligus
    dibandingkan menurut Pasal pertamanya.
    """
    code = "LP602"
    slug = "instruction-order"
    severity = "warning"
    summary = "Angka perubahan tidak mengikuti urutan ketentuan yang diubah"
    summary_en = "Instructions out of the order of the provisions they amend"
    basis = "Lampiran II UU 12/2011, peraturan perubahan (turunan) — nomor butir belum diverifikasi"

    def check(self, doc):
        am = doc.amendment
        if am is None or ocr_suspect(doc):
            return   # a scanned print's lines and numbers are not the draft's order
        for p in am.containers:
            keyed = []
            for ins in am.instructions:
                if ins.container is not p or not ins.targets:
                    continue
                k = position_key(ins.targets[0])
                if k is not None:
                    keyed.append((k, ins))
            if len(keyed) < 2 or counts_down([ins.number for _, ins in keyed]):
                continue   # (instructions 7, 6, 5: the page read from its foot up)
            keep = lis_earliest([k for k, _ in keyed], strict=False)
            prev = None
            for idx, (k, ins) in enumerate(keyed):
                if idx in keep:
                    prev = ins
                    continue
                nxt = next((keyed[j][1] for j in range(idx + 1, len(keyed)) if j in keep), None)
                where = (f"sesudah {prev.label} yang mengubah {prev.targets[0].cite}" if prev is not None
                         else f"sebelum {nxt.label} yang mengubah {nxt.targets[0].cite}" if nxt is not None else "")
                where_en = (f"after {prev.label}, which amends {prev.targets[0].cite}" if prev is not None
                            else f"before {nxt.label}, which amends {nxt.targets[0].cite}" if nxt is not None else "")
                yield self.at(ins.node, f"{ins.label.capitalize()} mengubah {ins.targets[0].cite} tetapi diletakkan {where}: "
                                        "angka perubahan disusun menurut urutan ketentuan yang diubah.",
                              f"{ins.label.capitalize()} amends {ins.targets[0].cite} but stands {where_en}: "
                              "instructions follow the order of the provisions they amend.",
                              head=True)
