"""PDF (published regulations, drafts printed to PDF), read with pdfplumber.

Each printed line becomes one line of text, labelled "hlm. P baris L" so a
finding points to the page and line a reviewer sees.  Running headers and
footers ("PRESIDEN REPUBLIK INDONESIA", "- 3 -", "www.peraturan.go.id") are
dropped by position and repetition: a line in the top or bottom band of the
page that repeats (digits aside) on at least half the pages, or is only a page
number.  Joining lines wrapped inside a paragraph is left to the normaliser,
which does it for every source and keeps real hyphens ("perundang-undangan").

A PDF without a text layer (a scan) gets a one-line error saying so: OCR is
the user's step, not a silent empty result.
"""
from __future__ import annotations

import re
from collections import Counter

from . import SourceError, SourceText

MAX_PAGES = 2000
BAND = 0.08        # top/bottom share of the page where headers and footers live
_PAGE_NO = re.compile(r"^\s*(?:-\s*\d+\s*-|\d+|hlm\.?\s*\d+|halaman\s+\d+(?:\s+dari\s+\d+)?)\s*$", re.IGNORECASE)


def _key(text: str) -> str:
    return re.sub(r"\d+", "#", text.strip().lower())


def read_pdf(path: str) -> SourceText:
    try:
        import pdfplumber
    except ImportError:  # pragma: no cover - pdfplumber is a dependency
        raise SourceError("pembaca PDF (pdfplumber) tidak terpasang") from None
    pages: list[list[tuple[str, bool]]] = []   # per page: (line, in the header/footer band)
    try:
        with open(path, "rb") as f:
            if not f.read(1024).lstrip().startswith(b"%PDF"):
                raise SourceError("bukan berkas PDF (tanda %PDF tidak ada)")
        with pdfplumber.open(path) as pdf:
            if len(pdf.pages) > MAX_PAGES:
                raise SourceError(f"PDF terlalu panjang ({len(pdf.pages)} halaman; batas {MAX_PAGES})")
            for page in pdf.pages:
                h = float(page.height or 1)
                rows = []
                for ln in page.extract_text_lines(layout=False, strip=True, return_chars=False):
                    text = ln.get("text", "")
                    top, bottom = float(ln.get("top", 0)), float(ln.get("bottom", 0))
                    rows.append((text, top < h * BAND or bottom > h * (1 - BAND)))
                pages.append(rows)
                page.flush_cache()
    except SourceError:
        raise
    except Exception as e:
        name = type(e).__name__
        # pdfplumber wraps pdfminer's PDFPasswordIncorrect in PdfminerException
        inner = " ".join(type(x).__name__ + " " + str(x) for x in (e.__cause__, e.__context__, *e.args) if x is not None)
        if "Password" in inner or "Encrypt" in inner:
            raise SourceError("PDF terkunci kata sandi; buka kuncinya dahulu") from None
        if "Password" in name or "password" in str(e).lower() or "encrypt" in str(e).lower():
            raise SourceError("PDF terkunci kata sandi; buka kuncinya dahulu") from None
        raise SourceError(f"PDF rusak atau tidak dapat dibaca ({name})") from None
    if not any(t.strip() for rows in pages for t, _ in rows):
        raise SourceError("PDF ini tidak memiliki lapisan teks (hasil pindai); jalankan OCR dahulu")
    # lines in the bands that repeat on at least half the pages are running heads
    repeats = Counter(_key(t) for rows in pages for t, band in rows if band)
    running = {k for k, c in repeats.items() if len(pages) > 1 and c >= max(2, len(pages) // 2)}
    lines: list[str] = []
    labels: list[str] = []
    for p, rows in enumerate(pages, 1):
        n = 0
        for text, band in rows:
            n += 1
            if band and (_PAGE_NO.match(text) or _key(text) in running):
                continue
            lines.append(text)
            labels.append(f"hlm. {p} baris {n}")
    return SourceText(path=path, text="\n".join(lines) + "\n", kind="pdf", line_labels=labels)
