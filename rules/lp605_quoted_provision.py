"""LP605 quoted-provision: the new wording quoted after an instruction is the
provision the instruction names, and has the parts it names."""
from __future__ import annotations

from lint_perda.amendment import quoted_provision
from lint_perda.ocr import number_readings
from lint_perda.refresolve import marker_in_text
from lint_perda.rule import Rule

_HEAD_KIND = {"pasal": "qpasal", "bab": "qbab", "bagian": "qbagian", "paragraf": "qparagraf"}


class QuotedProvision(Rule):
    """
    ## Apa yang diperiksa
    Rumusan baru yang dikutip sesudah perintah perubahan:

    - ketentuan yang dikutip adalah ketentuan yang disebut perintah
      ("Ketentuan Pasal 7 diubah" lalu yang dikutip "Pasal 8");
    - ayat, huruf, atau angka yang disebut perintah ada dalam rumusan baru
      ("Ketentuan ayat (5) Pasal 6 diubah" sebelum Pasal 6 yang hanya
      mempunyai empat ayat);
    - perintah "diubah", "disisipkan", atau "ditambahkan" diikuti rumusan
      barunya (atau menunjuk Lampiran yang memuatnya);
    - perintah yang menghapus seluruh Pasal atau BAB ("Pasal 16 dihapus.")
      tidak diikuti rumusan kutipan.

    ## Mengapa
    Perintah dan rumusan yang tidak cocok membuat perubahan tidak dapat
    diterapkan: penyusun naskah konsolidasi tidak tahu mana yang berlaku.

    ## Dasar
    Lampiran II UU 12/2011 bab peraturan perubahan (rumusan "Ketentuan Pasal
    ... diubah sehingga berbunyi sebagai berikut:", "Pasal ... dihapus.");
    nomor butir belum diverifikasi.

    ## Contoh salah
    ```
    5. Ketentuan Pasal 7 diubah sehingga berbunyi sebagai berikut:
    Pasal 8
    ...
    ```

    ## Contoh benar
    ```
    5. Ketentuan Pasal 7 diubah sehingga berbunyi sebagai berikut:
    Pasal 7
    ...
    ```

    ## Kapan diam
    Rumusan kutipan yang strukturnya tidak terbaca (hasil pindai yang
    menggabungkan judul Pasal ke dalam kalimat); perubahan Penjelasan atau
    Lampiran; penghapusan ayat atau huruf yang disertai kutipan Pasal
    seutuhnya ("Pasal 30 ayat (2) dihapus sehingga Pasal 30 berbunyi ...").
    """
    code = "LP605"
    slug = "quoted-provision"
    severity = "error"
    summary = "Rumusan kutipan tidak sesuai dengan ketentuan yang disebut perintah perubahan"
    summary_en = "The quoted new wording is not the provision the instruction names"
    basis = "Lampiran II UU 12/2011, peraturan perubahan — nomor butir belum diverifikasi"

    def check(self, doc):
        am = doc.amendment
        if am is None:
            return
        for ins in am.instructions:
            yield from self._one(ins)

    def _one(self, ins):
        node, it = ins.node, ins.text
        if not ins.clean:
            return   # quoted text glued or garbled by the conversion: nothing certain to compare
        heads = [q for q in ins.quoted if q.kind in _HEAD_KIND.values()]
        body_targets = [t for t in it.targets if t.chain and t.chain[0][0] not in ("penjelasan", "lampiran")]
        if it.action == "hapus" and not it.wording:
            whole = [t for t in body_targets if t.unit in _HEAD_KIND]
            # the deleted provision quoted again under its own number; a quoted
            # provision with another number is the next, unnumbered, instruction
            # the conversion lost
            same = [h for h in heads if whole and h.kind == _HEAD_KIND[whole[0].unit]
                    and (h.num or "").replace(" ", "") == whole[0].num.replace(" ", "")]
            if whole and same:
                h = same[0]
                yield self.at(node, f"{ins.label.capitalize()} menghapus {whole[0].cite}, tetapi sesudahnya dikutip "
                                    f"{h.label}: ketentuan yang dihapus tidak diberi rumusan baru.",
                              f"{ins.label.capitalize()} deletes {whole[0].cite}, but {h.label} is quoted after it: "
                              "a deleted provision gets no new wording.", head=True)
            return
        if it.action not in ("ubah", "sisip", "tambah") or not body_targets:
            return
        nxt = _next_sibling(node)
        shuffled = nxt is not None and nxt.kind == "amend" and ins.number is not None and nxt.value != ins.number + 1
        if not shuffled and not ins.quoted and not it.to_lampiran and len(node.paras) <= 1 and not node.children \
                and it.wording and it.action == "ubah" and (nxt is None or nxt.kind == "amend") \
                and sum(1 for p in doc_pasal_i(node)) <= 1:
            yield self.at(node, f"{ins.label.capitalize()} mengubah {ins.target} \"sehingga berbunyi sebagai berikut\", "
                                "tetapi rumusan barunya tidak ada.",
                          f"{ins.label.capitalize()} amends {ins.target} \"to read as follows\", but the new wording "
                          "is missing.", head=True)
            return
        if it.action != "ubah" or not heads:
            return
        for t in body_targets:
            top = next(((u, n) for u, n in t.chain if u in _HEAD_KIND), None)
            if top is None:
                continue
            same_kind = [h for h in heads if h.kind == _HEAD_KIND[top[0]]]
            if not same_kind:
                continue
            if quoted_provision(ins, type(t)(chain=tuple(x for x in t.chain[:t.chain.index(top) + 1]))) is None:
                if top[1].isdigit() and any(int(top[1]) in number_readings(h.num or "") for h in same_kind):
                    return   # "Pasal 15O" quoted for Pasal 150: a digit the scan misread
                got = ", ".join(h.label for h in same_kind[:3])
                yield self.at(node, f"{ins.label.capitalize()} mengubah {t.cite}, tetapi yang dikutip {got}.",
                              f"{ins.label.capitalize()} amends {t.cite}, but {got} is quoted.",
                              i=t.i, j=t.j, suggestion=_cite_top(top))
                return
            if t.chain[-1] != top and quoted_provision(ins, t) is None:
                holder = quoted_provision(ins, type(t)(chain=tuple(x for x in t.chain[:t.chain.index(top) + 1])))
                # the deepest quoted provision on the way down ("ayat (1)" of
                # "ayat (1) huruf c") holds the marker glued into its words
                # ("b. dihapus c. diutamakan ...", "dimaksud dengan: : 1. Kitab ...")
                deep = next((q for k in range(len(t.chain) - 1, 0, -1)
                             if (q := quoted_provision(ins, type(t)(chain=t.chain[:k]))) is not None), holder)
                if marker_in_text(deep, *t.chain[-1]):
                    return
                yield self.at(node, f"{ins.label.capitalize()} mengubah {t.cite}, tetapi {holder.label} yang dikutip "
                                    f"tidak mempunyai {t.cite[len(holder.label):].strip() or t.cite}.",
                              f"{ins.label.capitalize()} amends {t.cite}, but the quoted {holder.label} has no "
                              f"{t.cite[len(holder.label):].strip() or t.cite}.", i=t.i, j=t.j)
                return


def _cite_top(top) -> str:
    from lint_perda.unitphrase import cite
    return cite((top,))


def _next_sibling(node):
    par = node.parent
    if par is None:
        return None
    kids = par.children
    k = kids.index(node)
    return kids[k + 1] if k + 1 < len(kids) else None


def doc_pasal_i(node):
    """The Pasal numbered I in the body: a second one is a quoted "Pasal 1"
    the scanner read as a Roman numeral."""
    root = node
    while root.parent is not None:
        root = root.parent
    return [n for n in root.walk() if n.kind == "pasal" and (n.num or "").upper() == "I"]
