"""The reviewer's report (rich): for each finding the original line with the
span underlined, the structural path, the message, the suggestion and the
legal basis; then a table by rule and severity and a closing line.

Rendered into a string (so ``--output`` can write it atomically); colour only
when asked for or when standard output is a terminal."""
from __future__ import annotations

import io
from collections import Counter

from ..diagnostics import SEVERITY_RANK
from .concise import fixable

LABELS = {
    "id": {"where": "letak", "suggestion": "saran", "basis": "dasar", "until": "sampai baris",
           "code": "Kode", "rule": "Aturan", "severity": "Tingkat", "count": "Jumlah",
           "title": "Ringkasan temuan", "none": "Tidak ada temuan",
           "findings": "temuan", "in": "dalam", "of": "dari", "files": "berkas",
           "unreadable": "berkas tidak dapat dibaca (lihat pesan galat)",
           "suppressed": "disembunyikan (penanda abaikan/baseline)",
           "coverage": "Cakupan urai rendah (sebagian naskah tidak terperiksa)",
           "stale": "entri baseline tidak lagi cocok",
           "fix": "perbaikan", "fixable": "dapat diperbaiki dengan `lint-perda fix`",
           "hidden": "lagi dengan --unsafe-fixes",
           "app": {"safe": "aman (lint-perda fix)", "unsafe": "tidak aman (lint-perda fix --unsafe-fixes)",
                   "display": "hanya usulan, tidak diterapkan otomatis"}},
    "en": {"where": "where", "suggestion": "suggestion", "basis": "basis", "until": "until line",
           "code": "Code", "rule": "Rule", "severity": "Severity", "count": "Count",
           "title": "Findings summary", "none": "No findings",
           "findings": "findings", "in": "in", "of": "of", "files": "files",
           "unreadable": "files could not be read (see the error messages)",
           "suppressed": "suppressed (inline comments/baseline)",
           "coverage": "Low parse coverage (part of the text was not checked)",
           "stale": "stale baseline entries",
           "fix": "fix", "fixable": "fixable with `lint-perda fix`", "hidden": "more with --unsafe-fixes",
           "app": {"safe": "safe (lint-perda fix)", "unsafe": "unsafe (lint-perda fix --unsafe-fixes)",
                   "display": "shown only, never applied automatically"}},
}
SEV_STYLE = {"error": "bold red", "warning": "bold yellow", "info": "bold cyan"}
CARET_STYLE = {"error": "red", "warning": "yellow", "info": "cyan"}
LOW_COVERAGE = 0.9


def _crop(line: str, c0: int, c1: int, avail: int) -> tuple[str, int, int]:
    """Fit ``line`` into ``avail`` columns keeping columns c0..c1 (0-based,
    c1 exclusive) in view; cut ends are marked with an ellipsis."""
    if len(line) <= avail:
        return line, c0, c1
    room = max(avail - 2, 10)
    span = min(c1 - c0, room)
    left = max(4, (room - span) // 3)
    start = max(0, c0 - left)
    end = min(len(line), start + room)
    if end - start < room:
        start = max(0, end - room)
    pre = "…" if start > 0 else ""
    post = "…" if end < len(line) else ""
    shown = pre + line[start:end] + post
    n0 = c0 - start + len(pre)
    n1 = min(c1, end) - start + len(pre)
    return shown, n0, max(n1, n0 + 1)


def render_full(results, lang: str = "id", color: bool = False, width: int = 100,
                seconds: float = 0.0, baseline: dict | None = None, **_) -> str:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    L = LABELS.get(lang, LABELS["id"])
    buf = io.StringIO()
    con = Console(file=buf, force_terminal=color, no_color=not color,
                  color_system="standard" if color else None, width=width,
                  highlight=False, markup=False, emoji=False, soft_wrap=False)

    for r in results:
        if not r.diagnostics:
            continue
        lines = r.text.split("\n") if r.text is not None else None
        gw = len(str(max(d.line for d in r.diagnostics)))
        pad = " " * gw
        for d in r.diagnostics:
            head = Text()
            head.append(d.code, style="bold")
            if fixable(d):
                head.append(" [*]", style="bold green")
            head.append(" ")
            head.append(d.severity, style=SEV_STYLE.get(d.severity, "bold"))
            head.append(f" [{d.rule}] ", style="dim")
            head.append(d.text(lang))
            con.print(head)
            where = f"{r.path}:{d.line}:{d.column}"
            if d.location:
                where += f" ({d.location})"
            con.print(Text.assemble((f"{pad}--> ", "blue"), where))
            path = d.full_path or d.path
            if path and path != "dokumen":
                con.print(Text.assemble((f"{pad} = ", "blue"), (f"{L['where']}: ", "bold"), path))
            if lines is not None and 0 < d.line <= len(lines):
                raw = lines[d.line - 1].replace("\t", " ").rstrip()
                c0 = max(d.column - 1, 0)
                c1 = d.end_column - 1 if d.end_line == d.line else len(raw)
                c1 = max(min(c1, len(raw)), c0 + 1)
                avail = max(width - gw - 4, 20)
                shown, s0, s1 = _crop(raw, c0, c1, avail)
                con.print(Text(f"{pad} |", style="blue"))
                con.print(Text.assemble((f"{d.line:>{gw}} | ", "blue"), shown))
                carets = Text.assemble((f"{pad} | ", "blue"), " " * s0,
                                       ("^" * (s1 - s0), CARET_STYLE.get(d.severity, "red")))
                if d.end_line > d.line:
                    carets.append(f" ({L['until']} {d.end_line})", style="dim")
                con.print(carets)
            if d.suggestion:
                con.print(Text.assemble((f"{pad} = ", "blue"), (f"{L['suggestion']}: ", "bold green"), d.suggestion))
            if d.basis:
                con.print(Text.assemble((f"{pad} = ", "blue"), (f"{L['basis']}: ", "bold"), d.basis))
            if d.fix is not None:
                con.print(Text.assemble((f"{pad} = ", "blue"), (f"{L['fix']}: ", "bold"),
                                        L["app"].get(d.fix.applicability, d.fix.applicability)))
            con.print()

    # -- summary ---------------------------------------------------------
    rows: Counter = Counter()
    slugs = {}
    for r in results:
        for d in r.diagnostics:
            rows[(d.code, d.severity)] += 1
            slugs[d.code] = d.rule
    total = sum(rows.values())
    nfiles = len(results)
    with_findings = sum(1 for r in results if r.diagnostics)
    if rows:
        t = Table(title=L["title"], title_justify="left", show_edge=False, pad_edge=False)
        t.add_column(L["code"], style="bold")
        t.add_column(L["rule"])
        t.add_column(L["severity"])
        t.add_column(L["count"], justify="right")
        for (code, sev), n in sorted(rows.items(), key=lambda kv: (-SEVERITY_RANK.get(kv[0][1], 0), -kv[1], kv[0][0])):
            t.add_row(code, slugs[code], Text(sev, style=SEV_STYLE.get(sev, "")), str(n))
        con.print(t)
        con.print()
    by_sev = Counter()
    for (code, sev), n in rows.items():
        by_sev[sev] += n
    parts = []
    if total:
        sev_txt = ", ".join(f"{by_sev[s]} {s}" for s in ("error", "warning", "info") if by_sev[s])
        parts.append(f"{total} {L['findings']} ({sev_txt}) {L['in']} {with_findings} {L['of']} {nfiles} {L['files']}")
    else:
        parts.append(f"{L['none']} {L['in']} {nfiles} {L['files']}")
    errors = sum(1 for r in results if r.error)
    if errors:
        parts.append(f"{errors} {L['unreadable']}")
    suppressed = sum(getattr(r, "suppressed", 0) for r in results)
    if suppressed:
        parts.append(f"{suppressed} {L['suppressed']}")
    if baseline and baseline.get("stale"):
        parts.append(f"{len(baseline['stale'])} {L['stale']}")
    parts.append(f"{seconds:.2f} s")
    con.print(Text(" · ".join(parts), style="bold" if total else "bold green"))
    n_fix = sum(1 for r in results for d in r.diagnostics if fixable(d))
    n_hidden = sum(1 for r in results for d in r.diagnostics if d.fix is not None and d.fix.applicability == "unsafe")
    if n_fix or n_hidden:
        line = f"[*] {n_fix} {L['fixable']}"
        if n_hidden:
            line += f" ({n_hidden} {L['hidden']})"
        con.print(Text(line, style="green"))
    low = [(r.path, r.document.get("coverage")) for r in results
           if r.document and isinstance(r.document.get("coverage"), (int, float)) and r.document["coverage"] < LOW_COVERAGE]
    if low:
        con.print(Text(f"{L['coverage']}: " + ", ".join(f"{p} ({c:.0%})" for p, c in low[:10])
                       + (" …" if len(low) > 10 else ""), style="yellow"))
    return buf.getvalue()
