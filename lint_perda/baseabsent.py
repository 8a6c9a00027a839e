"""Why an instruction's target is not in the regulation it amends, in the
reviewer's words ("Pasal 5 dalam peraturan yang diubah tidak mempunyai ayat
(4) (hanya ayat (1) sampai dengan ayat (3))"), and whether the base's
conversion lost it rather than the base lacking it (its marker still in the
text, a Lampiran or Penjelasan that speaks of it)."""
from __future__ import annotations

import re

from .baseunits import Consolidated, Unit, child as _child
from .unitphrase import Loc, cite, norm


def lampiran_has(doc, loc: Loc) -> bool:
    """The base has that Lampiran, or its body speaks of one (the converted
    text often carries a Lampiran as a table the parser does not see)."""
    num = loc.chain[-1][1] if loc.chain and loc.chain[-1][0] == "lampiran" else ""
    if any(norm(l.num) == norm(num) or not num for l in doc.lampiran):
        return True
    return bool(doc.body is not None and re.search(r"\bLampiran\b" + (rf"\s+{re.escape(num)}\b" if num else ""),
                                                   doc.source.text))


def _in_a_gap(cur, num: str) -> bool:
    """The number falls between two ayat the base has, with none between
    them: a marker the conversion lost, not a provision the base lacks."""
    if not num.isdigit():
        return False
    have = sorted(int(c.key) for c in cur.children if c.kind == "ayat" and str(c.key).isdigit())
    v = int(num)
    return any(a < v < b and b - a > 1 for a, b in zip(have, have[1:]))


def lost_in_base(cons: Consolidated, loc: Loc) -> bool:
    """The target's marker still stands in the base's text where the parser
    did not place it ("i. ...; dan __ j. data cadangan", "Pasal 22 (1) ..."):
    the conversion lost the provision, the draft did not."""
    from .refresolve import marker_in_text
    chain = [x for x in loc.chain if x[0] not in ("penjelasan", "lampiran")]
    k = next((i for i, (u, _) in enumerate(chain) if u == "pasal"), None)
    if k is None:
        if not chain:
            return False
        unit, num = chain[-1]   # a heading glued into running text ("Bagian Kesatu ... Paragraf 1 ...")
        word = {"bab": "BAB", "bagian": "Bagian", "paragraf": "Paragraf"}.get(unit)
        return bool(word) and bool(re.search(rf"\b{word}\s+{re.escape(num)}\b", cons.base_doc.source.text))
    pat = rf"(?:^|[.;:]\s+)Pasal\s+{re.escape(norm(chain[k][1]))}(?!\w)(?!\s+(?:ayat|huruf|angka))"
    if k + 1 == len(chain) or cons.pasal(chain[k][1]) is None:
        # the Pasal heading stands somewhere (glued, or only its Penjelasan
        # survived the conversion): the parse lost the Pasal, not the draft
        return bool(re.search(pat, cons.base_doc.source.text, re.M))
    cur = cons.pasal(chain[k][1])
    for unit, num in chain[k + 1:]:
        if cur is None:
            return False
        nxt = _child(cur, unit, num)
        if nxt is None:
            if unit == "ayat" and not any(c.kind == "ayat" for c in cur.children) \
                    and any(c.kind == "angka" and c.key == norm(num).lower() for c in cur.children):
                return True   # the ayat came out of the conversion as a numbered list ("1. ...")
            if unit == "ayat" and _in_a_gap(cur, norm(num)):
                return True   # ayat (1), (2), (4): the base's conversion lost the marker of (3)
            return cur.node is not None and cur.origin == cons.base_path and marker_in_text(cur.node, unit, num)
        cur = nxt
    return False


def penjelasan_has(doc, chain) -> bool:
    pj = doc.penjelasan
    if pj is None:
        return False
    pasal = next((n for u, n in chain if u == "pasal"), None)
    if pasal is None:
        return True
    return any(n.kind == "pj_pasal" and norm(n.num) == norm(pasal) for n in pj.walk())


def absent(cons: Consolidated, loc: Loc) -> str:
    """Why a target is not there, in the reviewer's words: the Pasal is
    missing, or it has no such ayat (and how many it has)."""
    chain = [x for x in loc.chain if x[0] not in ("penjelasan", "lampiran")]
    k = next((i for i, (u, _) in enumerate(chain) if u == "pasal"), None)
    if k is not None and k + 1 < len(chain):
        cur = cons.pasal(chain[k][1])
        if cur is None:
            return f"Pasal {chain[k][1]} tidak ada dalam peraturan yang diubah."
        for j in range(k + 1, len(chain)):
            nxt = _child(cur, *chain[j])
            if nxt is None:
                have = [c for c in cur.children if c.kind == chain[j][0]]
                holder = cite(tuple(chain[:j]))
                count = f" (hanya {_range(have)})" if have else ""
                return f"{holder} dalam peraturan yang diubah tidak mempunyai {cite((chain[j],))}{count}."
            cur = nxt
    return f"{loc.cite} tidak ada dalam peraturan yang diubah."


def absent_en(loc: Loc) -> str:
    return f"{loc.cite} is not in the amended regulation."


def _range(units: list[Unit]) -> str:
    labels = [cite(((u.kind, u.num),)) for u in units]
    return labels[0] if len(labels) == 1 else f"{labels[0]} sampai dengan {labels[-1]}"


def units_between(cons: Consolidated, ua: Unit, ub: Unit) -> str:
    if ua.kind in ("pasal", "bab", "bagian", "paragraf"):
        same = [u for u in cons.units if u.kind == ua.kind]
    else:
        holder = cons._holder(ua)
        same = [c for c in holder.children if c.kind == ua.kind] if holder is not None else []
    try:
        i, j = same.index(ua), same.index(ub)
    except ValueError:
        return "ketentuan lain"
    mid = same[i + 1:j] if i < j else []
    if not mid:
        return "ketentuan lain"
    return ", ".join(cite(((u.kind, u.num),)) for u in mid[:3]) + (" ..." if len(mid) > 3 else "")
