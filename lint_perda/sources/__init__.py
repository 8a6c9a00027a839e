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

MAX_BYTES = 64 * 1024 * 1024  # larger inputs get a one-line error, never a swap storm

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


def read_source(path: str) -> SourceText:
    """Read any supported file.  Raises SourceError with a one-line reason."""
    if path == "-":
        import sys
        data = sys.stdin.buffer.read()
        from .text import decode_text
        return SourceText(path="-", text=decode_text(data, "-"))
    try:
        size = os.path.getsize(path)
    except OSError as e:
        raise SourceError(f"tidak dapat dibaca: {e.strerror or e}") from None
    if os.path.isdir(path):
        raise SourceError("ini folder, bukan berkas")
    if size > MAX_BYTES:
        raise SourceError(f"berkas terlalu besar ({size // (1024 * 1024)} MB; batas {MAX_BYTES // (1024 * 1024)} MB)")
    low = path.lower()
    if low.endswith(".docx"):
        from .docx import read_docx
        return read_docx(path)
    if low.endswith(".pdf"):
        from .pdf import read_pdf
        return read_pdf(path)
    from .text import read_text
    return read_text(path)
