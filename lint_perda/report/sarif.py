"""SARIF 2.1.0 (OASIS), for GitHub code scanning and other SARIF viewers.

One run; ``tool.driver.rules`` lists every rule that reported (with its
summary, documentation and default severity); each result carries the rule,
level, message, the region (1-based lines and columns; ``endColumn`` is the
column after the span, as SARIF wants; columns count Unicode code points),
the structural path as a logical location, a partial fingerprint (rule +
path + words, stable across edits elsewhere) and, in its property bag, the
suggestion and the legal basis.  Files that could not be read become
``toolExecutionNotifications`` and make ``executionSuccessful`` false.
"""
from __future__ import annotations

import json
import os
from urllib.parse import quote

from .. import __version__

SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def _uri(path: str) -> tuple[str, str | None]:
    """A relative URI (against %SRCROOT%, the current folder) when the file
    lies below it, else an absolute file URI."""
    if path == "-":
        return "stdin", None
    if not os.path.isabs(path):
        rel = os.path.normpath(path).replace("\\", "/")
        if not rel.startswith("../"):
            return quote(rel), "%SRCROOT%"
    absp = os.path.abspath(path).replace("\\", "/")
    try:
        rel = os.path.relpath(absp, os.getcwd()).replace("\\", "/")
        if not rel.startswith("../") and rel != "..":
            return quote(rel), "%SRCROOT%"
    except ValueError:
        pass
    return "file://" + quote(absp if absp.startswith("/") else "/" + absp), None


def _artifact(path: str) -> dict:
    uri, base = _uri(path)
    loc = {"uri": uri}
    if base:
        loc["uriBaseId"] = base
    return loc


def _rule_descriptor(code: str, slug: str, severity: str, lang: str) -> dict:
    from ..registry import find_rule
    r = find_rule(code)
    desc = {"id": code, "name": slug,
            "defaultConfiguration": {"level": LEVEL.get(getattr(r, "severity", severity), "warning")}}
    if r is not None:
        short = (r.summary_en if lang == "en" and r.summary_en else r.summary) or slug
        desc["shortDescription"] = {"text": short}
        doc = r.doc()
        if doc:
            desc["fullDescription"] = {"text": short}
            desc["help"] = {"text": doc, "markdown": doc}
        props = {"tags": ["lint-perda", code[:3] + "xx"]}
        if r.basis:
            props["basis"] = r.basis
        desc["properties"] = props
    return desc


def _fix(d, path: str) -> dict:
    """A finding's fix as a SARIF fix: the regions replaced, 1-based, end exclusive."""
    reps = [{"deletedRegion": {"startLine": e.line, "startColumn": e.column,
                               "endLine": e.end_line, "endColumn": e.end_column},
             "insertedContent": {"text": e.replacement}} for e in d.fix.edits]
    return {"description": {"text": f"lint-perda fix ({d.fix.applicability})"},
            "artifactChanges": [{"artifactLocation": _artifact(path), "replacements": reps}]}


def render_sarif(results, lang: str = "id", **_) -> str:
    rules: list[dict] = []
    index: dict[str, int] = {}
    out_results = []
    notes = []
    for r in results:
        if r.error:
            notes.append({"level": "error", "message": {"text": r.error},
                          "locations": [{"physicalLocation": {"artifactLocation": _artifact(r.path)}}]})
        for d in r.diagnostics:
            if d.code not in index:
                index[d.code] = len(rules)
                rules.append(_rule_descriptor(d.code, d.rule, d.severity, lang))
            region = {"startLine": max(d.line, 1), "startColumn": max(d.column, 1)}
            if d.end_line:
                region["endLine"] = max(d.end_line, region["startLine"])
                if d.end_column:
                    region["endColumn"] = max(d.end_column, 1)
            msg = d.text(lang)
            if d.suggestion:
                msg += (" (saran: " if lang == "id" else " (suggestion: ") + d.suggestion + ")"
            res = {
                "ruleId": d.code,
                "ruleIndex": index[d.code],
                "level": LEVEL.get(d.severity, "warning"),
                "message": {"text": msg},
                "locations": [{
                    "physicalLocation": {"artifactLocation": _artifact(r.path), "region": region},
                    "logicalLocations": [{"name": d.path, "fullyQualifiedName": d.full_path or d.path}],
                }],
            }
            fp = d.extra.get("fingerprint")
            if fp:
                res["partialFingerprints"] = {"lintPerda/v1": fp}
            props = {"rule": d.rule, "path": d.path}
            if d.suggestion:
                props["suggestion"] = d.suggestion
            if d.basis:
                props["basis"] = d.basis
            if d.location:
                props["location"] = d.location
            if d.fix is not None:
                props["fix"] = d.fix.applicability
                if d.fix.applicability != "display":
                    res["fixes"] = [_fix(d, r.path)]
            res["properties"] = props
            out_results.append(res)
    invocation = {"executionSuccessful": not notes}
    if notes:
        invocation["toolExecutionNotifications"] = notes
    log = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "lint-perda",
                "version": __version__,
                "semanticVersion": __version__,
                "rules": rules,
            }},
            "invocations": [invocation],
            "columnKind": "unicodeCodePoints",
            "results": out_results,
        }],
    }
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"
