"""Sources: read a file into text plus an origin map.

Every reader returns a :class:`SourceText` whose ``text`` is a sequence of
lines.  A line is the unit the user can find again in the original: a line of a
.txt/.md file, a paragraph of a .docx, a printed line of a .pdf.  Diagnostics
carry (line, column) in that text; ``line_labels`` says how to name the line
to a user when it is not a plain text line ("paragraf 12", "hlm. 3 baris 7").
"""
from __future__ import annotations

import bisect
import os
from dataclasses import dataclass, field

# Larger inputs get a one-line error up front, never a swap storm: checking
# takes about 45 bytes of memory per byte of text, so 10 MB stays under
# 500 MB.  The largest published regulations are a few MB.  `max-size` in
# the configuration and `--max-size` raise it (0: no limit).
DEFAULT_MAX_SIZE = 10 * 1024 * 1024

SUFFIXES = (".txt", ".md", ".markdown", ".docx", ".pdf")


class SourceError(Exception):
    """A file that cannot be read.  The message is one line, in Bahasa Indonesia."""


@dataclass
class SourceText:
    path: str
    text: str
    kind: str = "text"  # text | docx | pdf
    line_labels: list[str] | None = None
    # for .docx: paragraph index (0-based, in document order) of each line, so
    # the review writer can anchor a comment to the right paragraph
    extra: dict = field(default_factory=dict)
    _starts: list[int] | None = None

    @property
    def line_starts(self) -> list[int]:
        if self._starts is None:
            starts = [0]
            find = self.text.find
            i = find("\n")
            while i != -1:
                starts.append(i + 1)
                i = find("\n", i + 1)
            self._starts = starts
        return self._starts

    def locate(self, offset: int) -> tuple[int, int]:
        """0-based offset -> 1-based (line, column)."""
        starts = self.line_starts
        ln = bisect.bisect_right(starts, offset) - 1
        return ln + 1, offset - starts[ln] + 1

    def label(self, line: int) -> str | None:
        if self.line_labels and 0 < line <= len(self.line_labels):
            return self.line_labels[line - 1]
        return None


def format_size(n: int) -> str:
    """10485760 -> "10 MB", 1536 -> "1.5 KB" (powers of 1024)."""
    for unit, f in (("GB", 1024 ** 3), ("MB", 1024 ** 2), ("KB", 1024)):
        if n >= f:
            return f"{n / f:.1f}".removesuffix(".0") + f" {unit}"
    return f"{n} B"


def too_large(size: int, limit: int, what: str = "berkas") -> SourceError:
    return SourceError(f"{what} terlalu besar ({format_size(size)}; batas {format_size(limit)}): "
                       "naikkan dengan --max-size atau max-size di konfigurasi")


def read_source(path: str, max_size: int = DEFAULT_MAX_SIZE) -> SourceText:
    """Read any supported file.  Raises SourceError with a one-line reason,
    also for a file or text larger than ``max_size`` bytes (0: no limit)."""
    if path == "-":
        import sys
        data = sys.stdin.buffer.read()
        if max_size and len(data) > max_size:
            raise too_large(len(data), max_size, "masukan")
        from .text import decode_text
        return SourceText(path="-", text=decode_text(data, "-"))
    try:
        size = os.path.getsize(path)
    except OSError as e:
        raise SourceError(f"tidak dapat dibaca: {e.strerror or e}") from None
    if os.path.isdir(path):
        raise SourceError("ini folder, bukan berkas")
    if max_size and size > max_size:
        raise too_large(size, max_size)
    low = path.lower()
    if low.endswith(".docx"):
        from .docx import read_docx
        src = read_docx(path)
    elif low.endswith(".pdf"):
        from .pdf import read_pdf
        src = read_pdf(path)
    else:
        from .text import read_text
        return read_text(path)
    if max_size and len(src.text) > max_size:   # a small .docx/.pdf can hold much text
        raise too_large(len(src.text), max_size, "teks")
    return src
