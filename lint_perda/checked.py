"""What was checked: the rule families of ``document.checked``.

Each rule belongs to one family by its code.  A family whose rules ran
and recorded nothing checked the whole text ("all"); rules that judge a
published text place by place record "part" with the reason (what they
left out and where, lint_perda/reading.py), or "none" when the text could
not be judged at all.  A family none of whose rules was selected is not
listed; neither is one that does not apply (``amendment`` on a text that
amends nothing, ``penjelasan`` on a text without one).
"""
from __future__ import annotations

# code prefix -> family, longest prefix first
FAMILIES = (("LP10", "numbering"), ("LP11", "duplicates"), ("LP12", "lists"), ("LP13", "penjelasan"),
            ("LP2", "references"), ("LP3", "definitions"), ("LP4", "organisation"), ("LP5", "frame"),
            ("LP6", "amendment"), ("LP70", "spelling"), ("LP71", "numbers"))

OLD_TEXT = "naskah sebelum 2011: teknik penyusunan UU 12/2011 tidak dinilai"


def family_of(code: str) -> str | None:
    return next((fam for prefix, fam in FAMILIES if code.startswith(prefix)), None)


def finish(doc, ran: list[str], skipped: list[str]) -> None:
    """Complete ``doc``'s notes: every family whose rules ran is listed; a
    family whose rules were all skipped as drafting technique on an old text
    is "none".  A family some of whose rules ran on an old text keeps the
    status of those: the technique is not the old text's measure, and nothing
    of it was left unread."""
    noted = doc.checked
    by_family: dict[str, tuple[int, int]] = {}
    for codes, k in ((ran, 0), (skipped, 1)):
        for c in codes:
            fam = family_of(c)
            if fam is None:
                continue
            r, s = by_family.get(fam, (0, 0))
            by_family[fam] = (r + (k == 0), s + (k == 1))
    for fam, (r, s) in by_family.items():
        if not _applies(doc, fam):
            doc.__dict__.get("_checked_notes", {}).pop(fam, None)
            continue
        if s and not r:
            doc.note_checked(fam, "none", OLD_TEXT)
        if r and fam not in noted:
            doc.note_checked(fam, "all")


def _applies(doc, fam: str) -> bool:
    if fam == "amendment":
        return doc.amendment is not None
    if fam == "penjelasan":
        return doc.penjelasan is not None
    return True
