"""The facts about a document at the top of its section in the HTML report:
its identity and counts, what was and was not checked, and the amendment it
makes.  ``document.checked`` and ``document.amendment`` are rendered from
whatever keys they carry (known ones named in the report's language), so a
field added to the JSON contract later still shows, escaped, instead of
being dropped."""
from __future__ import annotations

import json
from html import escape

from ..identity import cited_name

LOW_COVERAGE = 0.9


def _value(v) -> str:
    """Any JSON value, escaped: the fields other parts of the tool add."""
    if v is None:
        return "—"
    if isinstance(v, (str, int, float)):
        return escape(str(v))
    if isinstance(v, list) and all(isinstance(x, (str, int, float)) for x in v):
        return escape(", ".join(map(str, v))) or "—"
    return f"<code>{escape(json.dumps(v, ensure_ascii=False))}</code>"


def _dl(pairs) -> str:
    return "<dl>" + "".join(f"<dt>{escape(k)}</dt><dd>{v}</dd>" for k, v in pairs) + "</dl>"


def identity(doc: dict, L: dict) -> str:
    pairs = [(L[k], _value(doc.get(k))) for k in ("jenis", "region", "nomor", "tahun") if doc.get(k)]
    if doc.get("title"):
        pairs.append((L["doc_title"], _value(doc["title"])))
    cov = doc.get("coverage")
    if isinstance(cov, (int, float)):
        pairs.append((L["coverage"], f"{cov:.1%}"))
    card = f'<div class="card"><h3>{L["identity"]}</h3>{_dl(pairs) if pairs else "—"}</div>'
    counts = doc.get("counts") or {}
    if counts:
        card += (f'<div class="card"><h3>{L["counts"]}</h3>'
                 + _dl((L.get(k, k), _value(v)) for k, v in counts.items()) + "</div>")
    return card


def coverage(i: int, r, doc: dict, view: dict | None, L: dict) -> str:
    """Coverage and what was not checked: document.checked when the engine
    gives it (family -> all/part/none, with reasons), low parse coverage,
    unparsed lines, and the drafting technique not applied to an old text."""
    out = []
    notes = []
    cov = doc.get("coverage")
    if isinstance(cov, (int, float)) and cov < LOW_COVERAGE:
        notes.append(f'<div class="warnbox">{L["low"]} ({cov:.1%})</div>')
    unparsed = sum(1 for d in r.diagnostics if d.code == "LP001")
    if unparsed:
        notes.append(f'<div class="warnbox">{unparsed} {L["unparsed"]}</div>')
    if view is not None and not view.get("technique", True):
        notes.append(f'<div class="warnbox">{L["old"]}</div>')
    checked = doc.get("checked")
    if isinstance(checked, dict) and checked:
        rows = []
        for fam, st in checked.items():
            if fam == "reasons":
                continue
            label = L["families"].get(fam, fam)
            rows.append(f'<tr><td>{escape(label)}</td><td class="st-{escape(str(st))}">'
                        f'{escape(L.get("status_" + str(st), str(st)))}</td></tr>')
        table = (f'<table><tr><th>{L["family"]}</th><th>{L["status"]}</th></tr>{"".join(rows)}</table>'
                 if rows else "")
        # the reasons stand beside "checked" (document.checked_reasons); an
        # older producer put them inside it
        reasons = doc.get("checked_reasons") or checked.get("reasons") or []
        if isinstance(reasons, list) and reasons:
            table += f'<p><b>{L["reasons"]}:</b></p><ul>' + "".join(f"<li>{_value(x)}</li>" for x in reasons) + "</ul>"
        out.append(f'<div class="card"><h3>{L["checked"]}</h3>{table}</div>')
    elif isinstance(checked, (str, list)):
        out.append(f'<div class="card"><h3>{L["checked"]}</h3>{_value(checked)}</div>')
    if notes:
        out.append(f'<div class="card"><h3>{L["not_checked"]}</h3>{"".join(notes)}</div>')
    amend = doc.get("amendment")
    if amend:
        out.append(_amendment(i, amend, L))
    return "".join(out)


def _amendment(i: int, amend, L: dict) -> str:
    if not isinstance(amend, dict):
        return f'<div class="card"><h3>{L["amendment"]}</h3>{_value(amend)}</div>'
    pairs = []
    amends = amend.get("amends")
    if isinstance(amends, dict):
        words = cited_name(amends)
        if amends.get("title"):
            words += f" tentang {amends['title']}"
        pairs.append((L["amends"], escape(words.strip()) or _value(amends)))
    elif amends:
        pairs.append((L["amends"], _value(amends)))
    if "base" in amend:
        pairs.append((L["base"], _value(amend.get("base"))))
    keys = L["amend_keys"]
    for k, v in amend.items():
        if k not in ("amends", "base", "instructions"):
            pairs.append((keys.get(k, k), _value(v)))
    html = _dl(pairs)
    inst = amend.get("instructions")
    if isinstance(inst, list) and inst and all(isinstance(x, dict) for x in inst):
        # the columns are whatever the instructions carry, known ones named
        cols = [c for c in dict.fromkeys(c for x in inst for c in x) if c != "targets"]
        head = "".join(f"<th>{escape(keys.get(c, c))}</th>" for c in cols)
        body = "".join("<tr>" + "".join(_cell(i, c, x.get(c), L) for c in cols) + "</tr>" for x in inst)
        html += f'<p><b>{L["instructions"]}</b></p><table><tr>{head}</tr>{body}</table>'
    return f'<div class="card"><h3>{L["amendment"]}</h3>{html}</div>'


def _cell(i: int, col: str, v, L: dict) -> str:
    if col == "line" and isinstance(v, int) and v > 0:
        return f'<td class="n"><a href="#f{i}-L{v}">{v}</a></td>'
    if col == "status" and isinstance(v, str):
        cls = {"missing": "st-none", "resolved": "st-all"}.get(v, "muted")
        return f'<td class="{cls}">{escape(L["amend_status"].get(v, v))}</td>'
    if col == "action" and isinstance(v, str):
        return f"<td>{escape(L['amend_actions'].get(v, v))}</td>"
    return f"<td>{_value(v)}</td>"
