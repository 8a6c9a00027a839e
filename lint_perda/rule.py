"""The Rule base class.  A rule is one class in one module under rules/, with
its documentation in the class docstring (sections: Apa yang diperiksa,
Mengapa, Dasar, Contoh salah, Contoh benar, Kapan diam)."""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterable

from .diagnostics import Diagnostic, Fix

if TYPE_CHECKING:  # pragma: no cover
    from .ast import Node
    from .document import Document


class Rule:
    code: str = ""
    slug: str = ""
    severity: str = "warning"
    summary: str = ""          # one line, Bahasa Indonesia
    summary_en: str = ""
    basis: str | None = None   # shown to reviewers only when verified
    # a drafting-technique rule of Lampiran II UU 12/2011: the engine does not
    # run it on a text made before 2011 (Document.technique_applies)
    technique: bool = False
    # the fixes the rule offers, for `rules`, `explain` and the README:
    # ("safe",), ("safe", "unsafe"), ("display",); () for none
    fixes: tuple[str, ...] = ()
    options: dict = {}

    def __init__(self, options: dict | None = None):
        self.opts = dict(self.options)
        if options:
            self.opts.update(options)

    def check(self, doc: "Document") -> Iterable[Diagnostic]:  # pragma: no cover
        raise NotImplementedError

    # -- helpers ----------------------------------------------------------
    def at(self, node: "Node", message: str, message_en: str | None = None, *,
           i: int | None = None, j: int | None = None, suggestion: str | None = None,
           severity: str | None = None, basis: str | None = None, head: bool = False,
           fix: Fix | None = None) -> Diagnostic:
        """A diagnostic on a node: on characters i..j of its text, or on its
        heading line (``head=True``), or on the whole node; ``fix`` its
        correction (lint_perda/fixes.py builds them)."""
        if i is not None:
            s, e = node.orig_span(i, j if j is not None else i + 1)
            words = node.text[i:j]
        elif head and node.head is not None:
            ln = node.head.line
            s, e = ln.orig(0), ln.orig_end(len(ln.text))
            words = ln.text
        elif node.head is not None:
            ln = node.head.line
            s, e = ln.orig(0), ln.orig_end(len(ln.text))
            words = ln.text
        else:
            s, e = node.start, max(node.end, node.start + 1)
            words = node.text[:80]
        return Diagnostic(code=self.code, rule=self.slug, severity=severity or self.severity,
                          message=message, message_en=message_en, start=s, end=e,
                          path=node.path, full_path=node.full_path, suggestion=suggestion,
                          basis=basis if basis is not None else self.basis,
                          fingerprint_text=words, fix=fix)

    def at_span(self, start: int, end: int, path: str, message: str, message_en: str | None = None, *,
                suggestion: str | None = None, severity: str | None = None, words: str = "",
                full_path: str | None = None, fix: Fix | None = None) -> Diagnostic:
        return Diagnostic(code=self.code, rule=self.slug, severity=severity or self.severity,
                          message=message, message_en=message_en, start=start, end=max(end, start + 1),
                          path=path, full_path=full_path, suggestion=suggestion, basis=self.basis,
                          fingerprint_text=words, fix=fix)

    @classmethod
    def doc(cls) -> str:
        import inspect
        return inspect.cleandoc(cls.__doc__ or "")
