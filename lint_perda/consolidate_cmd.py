"""`lint-perda consolidate BASE AMEND... [-o OUT]`: the consolidated text
(naskah konsolidasi) of a regulation and its amendments.

Exit codes: 0 every instruction was applied; 1 some could not be (each on
standard error, "lint-perda: AMEND:LINE: angka 4: Pasal 31 tidak ada dalam
peraturan yang diubah"); 2 an input that cannot be read, an amendment of
another regulation, or an output that may not be written.
"""
from __future__ import annotations

import os
import sys

from .sources import SourceError, read_source


def _err(msg: str) -> None:
    sys.stderr.write(f"lint-perda: {msg}\n")


def run_consolidate(base: str, amendments: list[str], output: str | None, force: bool, lang: str) -> int:
    from .consolidate import consolidate
    from .document import Document
    from .pairing import key, read_file_identity

    inputs = [base] + list(amendments)
    if output:
        for p in inputs:
            if os.path.exists(output) and os.path.exists(p) and os.path.samefile(p, output):
                _err(f"{output} adalah berkas masukan; tulis ke berkas lain" if lang == "id"
                     else f"{output} is an input; write to another file")
                return 2
        if os.path.exists(output) and not force:
            _err(f"{output} sudah ada; pakai --force untuk menimpanya" if lang == "id"
                 else f"{output} exists; use --force to overwrite it")
            return 2
        if not output.lower().endswith((".txt", ".md", ".docx")):
            _err("keluaran harus .txt, .md, atau .docx" if lang == "id" else "the output must be .txt, .md or .docx")
            return 2
    docs = {}
    for p in inputs:
        try:
            docs[p] = Document(read_source(p))
        except SourceError as e:
            _err(f"{p}: {e}")
            return 2
    base_key = key(read_file_identity(base, docs[base].source.text).ident)
    chain = []
    for p in amendments:
        fi = read_file_identity(p, docs[p].source.text)
        if docs[p].amendment is None or (base_key is not None and key(fi.amends) not in (None, base_key)):
            _err(f"{p}: bukan perubahan atas {base}" if lang == "id" else f"{p}: does not amend {base}")
            return 2
        chain.append((fi.ordinal, fi.ident.tahun if fi.ident else "", p))
    chain.sort()
    cons, results = consolidate(docs[base], base, [(p, docs[p]) for _, _, p in chain])
    failed = 0
    for (_, _, p), outcomes in zip(chain, results):
        doc = docs[p]
        for ins in doc.amendment.instructions:
            oc = outcomes.get(id(ins.node))
            if oc is None or oc.applied:
                continue
            failed += 1
            line = doc.source.locate(ins.node.start)[0]
            num = ins.number if ins.number is not None else "-"
            if oc.missing or oc.unread:
                what = ", ".join(oc.missing or oc.unread)
                _err(f"{p}:{line}: instruction {num}: {what} is not in the base" if lang == "en"
                     else f"{p}:{line}: {ins.label}: {what} tidak ada dalam peraturan yang diubah")
            else:
                what = ", ".join(oc.unapplied) or ins.target
                _err(f"{p}:{line}: instruction {num}: the new wording of {what} could not be read; not applied"
                     if lang == "en" else
                     f"{p}:{line}: {ins.label}: rumusan baru {what} tidak terbaca; tidak diterapkan")
    text = cons.text()
    if output:
        try:
            if output.lower().endswith(".docx"):
                _write_docx(output, text)
            else:
                from .files import write_atomic
                write_atomic(output, text)
        except OSError as e:
            _err(f"{output}: tidak dapat ditulis: {e.strerror or e}")
            return 2
    else:
        try:
            sys.stdout.write(text)
            sys.stdout.flush()
        except BrokenPipeError:
            pass
    return 1 if failed else 0


def _write_docx(path: str, text: str) -> None:
    """One paragraph per line; headings (BAB, Bagian, Paragraf, Pasal) centred."""
    import re

    from docx import Document as Docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    d = Docx()
    for line in text.split("\n"):
        if line.startswith("<!--"):
            line = line.strip("<!-> ")
        p = d.add_paragraph(line)
        if re.match(r"^(?:BAB|Bagian|Paragraf|Pasal)\s+\S+$", line):
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    from .files import save_atomic
    save_atomic(path, d.save, suffix=".docx")
