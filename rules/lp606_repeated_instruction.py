"""LP606 repeated-instruction: the same provision amended by two
instructions."""
from __future__ import annotations

from lint_perda.rule import Rule


class RepeatedInstruction(Rule):
    """
    ## Apa yang diperiksa
    Dua angka perubahan yang mengubah atau menghapus ketentuan yang sama
    ("1. Ketentuan Pasal 4 diubah ..." dan "5. Ketentuan Pasal 4 diubah ...").

    ## Mengapa
    Perubahan yang sama dua kali menimbulkan pertanyaan rumusan mana yang
    berlaku; biasanya sisa penggabungan dua konsep perubahan.

    ## Dasar
    Turunan dari Lampiran II UU 12/2011 bab peraturan perubahan (setiap
    materi perubahan dirinci satu kali); nomor butir belum diverifikasi.

    ## Contoh salah
    ```
    1. Ketentuan Pasal 4 diubah sehingga berbunyi sebagai berikut: ...
    3. Ketentuan Pasal 4 diubah sehingga berbunyi sebagai berikut: ...
    ```

    ## Contoh benar
    ```
    1. Ketentuan Pasal 4 diubah sehingga berbunyi sebagai berikut: ...
    3. Ketentuan Pasal 5 diubah sehingga berbunyi sebagai berikut: ...
    ```

    ## Kapan diam
    Perubahan batang tubuh dan perubahan Penjelasan ketentuan yang sama;
    perubahan ayat yang berbeda dari satu Pasal dalam dua angka.
    """
    code = "LP606"
    slug = "repeated-instruction"
    severity = "warning"
    summary = "Ketentuan yang sama diubah oleh dua angka perubahan"
    summary_en = "The same provision amended by two instructions"
    basis = "Lampiran II UU 12/2011, peraturan perubahan (turunan) — nomor butir belum diverifikasi"

    def check(self, doc):
        am = doc.amendment
        if am is None:
            return
        seen: dict = {}
        for ins in am.instructions:
            for c in ins.text.clauses:
                if c.action not in ("ubah", "hapus") or c.between or c.after:
                    continue
                for t in c.targets:
                    if not any(u in ("pasal", "bab") for u, _ in t.chain):
                        continue   # "ayat (1)" without its Pasal: which one is not known
                    k = (ins.container.num, t.key())
                    first = seen.get(k)
                    if first is not None and first is not ins:
                        yield self.at(ins.node, f"{t.cite} sudah diubah oleh {first.label}; satukan kedua perubahan itu.",
                                      f"{t.cite} is already amended by {first.label}; merge the two changes.",
                                      i=t.i, j=t.j)
                        break
                    seen.setdefault(k, ins)
