"""The Ketentuan Umum read into definitions: (term, item node, offset of the
term in the item's text), a short form ("yang selanjutnya disebut/disingkat
X") as a term of its own. Computed once per document (Document.definitions)
for the definition rules (LP114, LP301-LP303) and LP404."""
from __future__ import annotations

import re

from .linepatterns import DEFINITIONS_LEAD

# "Kecamatan atau yang disebut dengan nama lain adalah ...", "Cuti PPPK
# selanjutnya disebut dengan Cuti adalah ...": the term is what comes first
_DEF = re.compile(r"^\s*(?P<term>[A-Z][^,.;:]{0,120}?)\s*(?:,\s*)?"
                  r"(?:atau\s+yang\s+disebut\s+dengan\s+nama\s+lain\s*,?\s*)?"
                  r"(?:(?:yang\s+)?selanjutnya\s+(?:disebut|disingkat)(?:\s+dengan)?\s+"
                  r"(?P<alias>[^,.;]{1,60}?)\s*,?\s*)?\badalah\b")


_LEAD = re.compile(DEFINITIONS_LEAD)


def _definitions(doc):
    """(term, node, offset) for every definition item of the Ketentuan Umum:
    the items of a Pasal whose lead-in says "yang dimaksud dengan"."""
    for p in doc.pasals:
        lead = p.text + " " + (p.children[0].text if p.children and not p.children[0].is_item else "")
        if not _LEAD.search(lead):
            continue
        for it in p.walk():
            if not it.is_item or it.parent is None or it.parent.is_item:
                continue
            m = _DEF.match(it.text)
            if not m:
                continue
            yield m.group("term").strip(), it, m.start("term")
            if m.group("alias"):
                yield m.group("alias").strip(), it, m.start("alias")



def read_definitions(doc) -> list[tuple[str, object, int]]:
    return list(_definitions(doc))
