"""Diagnostics: what a rule reports."""
from __future__ import annotations

from dataclasses import dataclass, field

SEVERITIES = ("info", "warning", "error")
SEVERITY_RANK = {s: i for i, s in enumerate(SEVERITIES)}


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
        return d
