"""Plain text and markdown drafts."""
from __future__ import annotations

from . import SourceError, SourceText


def decode_text(data: bytes, path: str) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16").replace("\r\n", "\n").replace("\r", "\n")
        except UnicodeDecodeError:
            raise SourceError("berkas UTF-16 rusak") from None
    head = data[:65536]
    if b"\x00" in head:
        raise SourceError("berkas biner, bukan teks (gunakan .txt, .md, .docx, atau .pdf)")
    if data.startswith(b"PK\x03\x04"):
        raise SourceError("berkas arsip ZIP (mungkin .docx yang salah nama?)")
    if data.startswith(b"%PDF"):
        raise SourceError("berkas PDF dengan akhiran teks; beri akhiran .pdf")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Older Windows drafts are cp1252; every byte decodes, so nothing is lost.
        text = data.decode("cp1252", errors="replace")
    # Keep one character per column: \r\n -> \n keeps line numbers as editors show them.
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_text(path: str) -> SourceText:
    try:
        with open(path, "rb") as f:
            data = f.read()
    except OSError as e:
        raise SourceError(f"tidak dapat dibaca: {e.strerror or e}") from None
    return SourceText(path=path, text=decode_text(data, path))
