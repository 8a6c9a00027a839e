"""Resolve a reference's target in its context: "ayat (1)" in the Pasal
it is written in, "huruf a" in the list it belongs to, a Pasal in the body.
A target is ``ok``, ``missing`` (with where the chain stopped), ``gap`` (a
number the conversion may have lost), ``ambiguous``, ``unsure`` or ``unchecked`` (in the amended regulation); only the
sure statuses are judged."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from .references import Target

LEVEL = {"lampiran": 0, "pasal": 1, "ayat": 2, "huruf": 3, "angka": 4}
_ITEM_OF = {"huruf": ("huruf", "huruf_kurung"), "angka": ("angka", "angka_kurung")}


def _norm(num: str) -> str:
    return (num or "").replace(" ", "").strip("().")


def _children(node, kinds, num):
    want = _norm(num)
    hits = [c for c in node.children if c.kind in kinds and _norm(c.num) == want]
    if not hits and want != want.lower():
        # "huruf I" for huruf i: the target is meant; the case rule reports it
        hits = [c for c in node.children if c.kind in kinds and _norm(c.num) == want.lower()]
    return hits


def _has_kind(node, kinds) -> bool:
    return any(c.kind in kinds for c in node.children)


def _resolve(doc, src, t: Target) -> None:
    chain = t.chain
    levels = [LEVEL[u] for u, _ in chain]
    if levels != sorted(levels) or len(set(levels)) != len(levels):
        t.status = "unsure"          # "ayat (1) Pasal 5": an old word order, not judged
        return
    unit0, num0 = chain[0]
    if unit0 == "lampiran":
        lamps = doc.lampiran
        if not lamps:
            t.status = "unsure"      # the Lampiran is often not in the same file
            return
        if not num0:
            named = [l for l in lamps if (l.num or "").strip()]
            t.nodes = lamps
            t.status = "ambiguous" if len(named) > 1 else "ok"
            return
        hits = [l for l in lamps if _norm(l.num) == _norm(num0)]
        t.nodes = hits
        t.status = "ok" if len(hits) == 1 else ("ambiguous" if hits else "missing")
        t.missing_at = -1 if hits else 0
        if not hits:
            from .numbering import roman_to_int
            have = [roman_to_int(_norm(l.num)) for l in lamps]
            want = roman_to_int(_norm(num0))
            # only beyond the last numbered Lampiran of a cleanly parsed set
            if None in have or want is None or want <= max(have):
                t.status = "unsure"
        return
    if unit0 == "pasal":
        # new wording quoted by an amendment points at the Pasal it quotes
        hits = (doc.quoted_pasal_index if src.quoted else doc.pasal_index).get(num0, [])
        if not hits and src.quoted:
            t.status = "unchecked"   # a Pasal of the amended regulation this amendment does not quote
            return
        if not hits:
            t.missing_at = 0
            t.status = _pasal_missing_status(doc, num0)
            if t.status == "missing":
                t.near = _near_pasal(doc, num0)
            return
        if len(hits) > 1:
            t.nodes = hits
            t.status = "ambiguous"
            return
        cur, k = hits[0], 1
    else:
        cur = _context(src, unit0)
        if cur is None:
            t.status = "unsure"
            return
        if unit0 == "ayat" and not _has_kind(cur, ("ayat",)):
            t.status = "unsure"   # see relative_first_ayat_ok
            return
        k = 0
    for idx in range(k, len(chain)):
        unit, num = chain[idx]
        kinds = ("ayat",) if unit == "ayat" else _ITEM_OF.get(unit, ())
        hits = _children(cur, kinds, num)
        if not hits and unit != "ayat" and not _has_kind(cur, kinds):
            # "Pasal 5 huruf a" where the list sits in Pasal 5's only ayat
            deep = [n for n in cur.walk() if n is not cur and n.kind in kinds and _norm(n.num) == _norm(num)]
            if len(deep) == 1:
                hits = deep
        if not hits:
            t.missing_at = idx
            t.container = cur
            t.status = _child_missing_status(cur, kinds, unit, num)
            if t.relative and t.status == "missing" and (
                    cur.kind in ("menimbang", "mengingat")
                    or (unit == "ayat" and sum(1 for c in cur.children if c.kind == "ayat") == 1)):
                # Menimbang letters and a lone "(1)" are where PDF
                # conversion loses markers; a draft rarely gets these wrong
                t.status = "unsure"
            if t.status == "missing":
                t.near = _near_child(cur, kinds, num) or _near_path(cur, chain, idx)
            return
        if len(hits) > 1:
            t.nodes = hits
            t.status = "ambiguous"
            return
        cur = hits[0]
    t.nodes = [cur]
    t.status = "ok"


def _value(unit: str, num: str) -> int | None:
    from .numbering import letter_to_int
    n = _norm(num)
    if unit in ("huruf",):
        return letter_to_int(n.lower())
    m = re.match(r"\d+", n)
    return int(m.group(0)) if m else None


def _child_missing_status(cur, kinds, unit, num) -> str:
    """missing: the provision has no such unit and nothing suggests the parse
    lost it; gap: the number falls between existing ones (the numbering
    rules own that); unsure: the text still holds a marker for it."""
    if marker_in_text(cur, unit, num):
        return "unsure"
    if unit != "ayat" and not any(c.is_item for c in cur.walk() if c is not cur) \
            and (re.search(r":\s*[^;:]+;[^;]+;", cur.text or "") or (cur.text or "").rstrip().endswith(":")):
        # a list whose markers the conversion lost ("persyaratan : x; y; z."),
        # or the whole list (a table in the print: "... meliputi :" and no item)
        return "unsure"
    if unit == "ayat" and not any(c.kind == "ayat" for c in cur.children) \
            and any(c.kind == "angka" and _norm(c.num) == _norm(num) for c in cur.children):
        return "unsure"   # "Pasal 1 / 1. ... 2. ...": ayat numbered "1." in an older style
    want = _value(unit, num)
    vals = [_value(unit, c.num or "") for c in cur.walk() if c is not cur and c.kind in kinds]
    vals = [v for v in vals if v is not None]
    if want is not None and vals and min(vals) < want < max(vals):
        return "gap"
    if want is not None and vals and want < min(vals):
        return "gap"
    return "missing"


def marker_in_text(cur, unit, num) -> bool:
    """The marker of ``unit`` ``num`` stands somewhere in the words of
    ``cur`` or below it, where the parse did not make it a provision."""
    n = re.escape(_norm(num))
    if unit == "ayat":
        # "(3)", or "3) Tata cara ..." where the print lost its bracket (an
        # item would start in small letters)
        pat = rf"(?m)(?<!ayat )\(\s*{n}\s*\)|^\s*{n}\)\s+[A-Z]"
    else:
        pat = rf"(?<![\w(])(?<!huruf )(?<!angka ){n}[.)]\s"
    rx = re.compile(pat)
    for node in cur.walk():
        texts = [node.text]
        if node.head is not None:
            texts.append(node.head.line.text)
        if any(rx.search(x) for x in texts):
            return True
    return False


def _near_path(cur, chain, idx):
    """The rest of the chain found elsewhere: "Pasal 4 ayat (1) huruf a" in a
    Pasal 4 without ayat -> Pasal 4 huruf a; "ayat (2) huruf a" where only
    ayat (3) has a list -> ayat (3) huruf a."""
    rest = chain[idx + 1:]
    unit = chain[idx][0]
    if not rest:
        return None

    def follow(node, links):
        for u, n in links:
            kinds = ("ayat",) if u == "ayat" else _ITEM_OF.get(u, ())
            hits = _children(node, kinds, n)
            if len(hits) != 1:
                return None
            node = hits[0]
        return node

    if unit == "ayat" and not _has_kind(cur, ("ayat",)):
        return follow(cur, rest)
    kinds = ("ayat",) if unit == "ayat" else _ITEM_OF.get(unit, ())
    found = [x for x in (follow(c, rest) for c in cur.children if c.kind in kinds) if x is not None]
    return found[0] if len(found) == 1 else None


# a "Pasal N" heading standing in a line of the source (N captured)
_PASAL_IN_LINE = re.compile(r"(?:^|[.;:]\s+|\s{2,})[>#*\s-]*Pasal\s+(\d+[A-Z]?)(?!\w)(?!\s+(?:ayat|huruf|angka))")


def _pasal_missing_status(doc, num: str) -> str:
    m = re.fullmatch(r"(\d+)([A-Z]?)", num)
    if not m or doc.parsed.coverage < 0.9 or len(doc.pasals) < 2:
        return "unsure"
    cache = doc.__dict__.setdefault("_ref_cache", {})
    if "pasal_range" not in cache:
        # once per document: each reference to a missing Pasal used to
        # rescan every Pasal and every line (quadratic on a large text)
        vals = [n.value for n in doc.pasals if n.value is not None]
        cache["pasal_range"] = (min(vals), max(vals)) if vals else None
        cache["pasal_in_lines"] = {x.group(1) for ln in doc.parsed.normalized.lines
                                   for x in _PASAL_IN_LINE.finditer(ln.text)}
    rng = cache["pasal_range"]
    want = int(m.group(1))
    if rng and (rng[0] < want < rng[1] or want < rng[0]) and not m.group(2):
        return "gap"
    if rng and want > rng[1] + 1 and not doc.technique_applies:
        # an old text citing "Pasal 26 ayat (1)" of the law it carries out
        # without naming it, as drafting allowed then; UU 12/2011 does not
        return "unsure"
    # a "Pasal N" heading the parser did not place (glued into a line, or
    # left unplaced) is in the source: the parse, not the draft, lost it
    return "unsure" if num in cache["pasal_in_lines"] else "missing"


def _context(src, unit):
    """The provision a relative reference starts from."""
    if unit == "ayat":
        p = src.nearest("pasal", "qpasal")
        if p is not None:
            return p
        pj = src.nearest("pj_pasal")
        return None if pj is None else None   # Penjelasan: judged on the body only via an explicit Pasal
    kinds = _ITEM_OF[unit]
    n = src
    while n is not None:
        if n.kind in ("menimbang", "mengingat", "ayat", "pasal", "qpasal") or n.kind in ITEM_CONTAINERS:
            if _has_kind(n, kinds):
                return n
        if n.kind in ("menimbang", "mengingat", "pasal", "qpasal", "pj_pasal", "body", "front", "penjelasan"):
            return None
        n = n.parent
    return None


ITEM_CONTAINERS = ("huruf", "angka", "huruf_kurung", "angka_kurung")


def _near_pasal(doc, num: str):
    m = re.fullmatch(r"(\d+)([A-Z]?)", num)
    if not m:
        return None
    if m.group(2):
        hits = doc.pasal_index.get(m.group(1), [])
        return hits[0] if len(hits) == 1 else None
    return None


def _near_child(cur, kinds, num):
    """"huruf I" -> huruf l or huruf i; "ayat (1O)" -> nothing."""
    low = _norm(num)
    cands = {"I": ["l"], "l": ["i"], "i": ["l"]}.get(low, [])
    for c in cur.children:
        if c.kind in kinds and _norm(c.num) in cands:
            return c
    return None
