"""Diagnostics: what a rule reports."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

SEVERITIES = ("info", "warning", "error")
SEVERITY_RANK = {s: i for i, s in enumerate(SEVERITIES)}
# how far a fix may be trusted (as ruff): safe = applied by `fix`; unsafe =
# applied with --unsafe-fixes; display = shown, never applied
APPLICABILITIES = ("display", "unsafe", "safe")


@dataclass
class Edit:
    """Replace [start, end) of the ORIGINAL text with ``replacement``.
    ``old`` is the text the rule saw there: the engine drops a fix whose
    edits do not find it (a span the normaliser joined or changed)."""
    start: int
    end: int
    replacement: str
    old: str | None = None
    # filled in by the engine: 1-based, the end is the position after the span
    line: int = 0
    column: int = 0
    end_line: int = 0
    end_column: int = 0

    def to_json(self) -> dict:
        return {"line": self.line, "column": self.column, "end_line": self.end_line,
                "end_column": self.end_column, "replacement": self.replacement}


@dataclass
class Fix:
    applicability: str           # safe | unsafe | display
    edits: list[Edit]
    note: str | None = None      # what the reviewer should know (references left in place)
    lines: list[int] = field(default_factory=list)   # the lines the note is about

    def to_json(self) -> dict:
        return {"applicability": self.applicability, "edits": [e.to_json() for e in self.edits]}


@dataclass
class Diagnostic:
    code: str                 # LP201, stable forever
    rule: str                 # slug, stable: broken-reference
    severity: str             # error | warning | info
    message: str              # Bahasa Indonesia
    start: int                # offsets in the original text
    end: int
    path: str = "dokumen"     # "Pasal 18" / "BAB III > Pasal 17 ayat (2)"
    message_en: str | None = None
    suggestion: str | None = None
    basis: str | None = None  # legal basis shown to reviewers (verified butir only)
    full_path: str | None = None
    fingerprint_text: str = ""  # the words the finding is about, for baselines
    # filled in by the engine
    line: int = 0
    column: int = 0
    end_line: int = 0
    end_column: int = 0
    location: str | None = None  # "paragraf 12" / "hlm. 3 baris 7" for .docx/.pdf
    fix: Fix | None = None
    extra: dict = field(default_factory=dict)

    def text(self, lang: str = "id") -> str:
        if lang == "en" and self.message_en:
            return self.message_en
        return self.message

    def sort_key(self):
        return (self.start, self.code, self.end)

    def to_json(self, lang: str = "id") -> dict:
        d = {
            "code": self.code, "rule": self.rule, "severity": self.severity,
            "message": self.text(lang), "path": self.path,
            "line": self.line, "column": self.column,
            "end_line": self.end_line, "end_column": self.end_column,
            "suggestion": self.suggestion, "basis": self.basis,
        }
        if self.full_path:
            d["full_path"] = self.full_path
        if self.location:
            d["location"] = self.location
        if self.extra.get("fingerprint"):
            d["fingerprint"] = self.extra["fingerprint"]
        if self.fix is not None:
            d["fix"] = self.fix.to_json()
        return d


def fingerprint(d: Diagnostic) -> str:
    """Stable across edits elsewhere: rule, structural path and the words."""
    words = " ".join(d.fingerprint_text.split()).lower()
    h = hashlib.sha1(f"{d.code}|{d.path}|{words}".encode("utf-8")).hexdigest()
    return h[:16]
