"""Build a Word draft from a text draft, the way a drafter types it: list
items numbered by Word's automatic numbering (w:numPr, one w:num per list so
each list restarts), not typed; everything else as typed paragraphs."""
from __future__ import annotations

import re

from docx import Document
from docx.oxml import parse_xml

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = f'xmlns:w="{W}"'
# Word level per marker style, as the regulation's lists nest: a. / 1. / a) / 1)
LEVELS = [("lowerLetter", "%1."), ("decimal", "%2."), ("lowerLetter", "%3)"), ("decimal", "%4)")]
MARKERS = [(re.compile(r"^([a-z])\.\s+"), 0), (re.compile(r"^(\d{1,2})\.\s+"), 1),
           (re.compile(r"^([a-z])\)\s+"), 2), (re.compile(r"^(\d{1,2})\)\s+"), 3)]


def _abstract_xml(aid: int) -> str:
    lvls = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{txt}"/>'
        f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{360 * (i + 1)}" w:hanging="360"/></w:pPr></w:lvl>'
        for i, (fmt, txt) in enumerate(LEVELS))
    return f'<w:abstractNum {NS} w:abstractNumId="{aid}"><w:multiLevelType w:val="multilevel"/>{lvls}</w:abstractNum>'


def build_docx(text: str, out_path: str) -> None:
    doc = Document()
    numbering = doc.part.numbering_part.element
    aid = 90
    # abstractNum elements must precede num elements
    first_num = numbering.find(f"{{{W}}}num")
    abstract = parse_xml(_abstract_xml(aid))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    next_id = [500]
    current: dict[int, int] = {}     # level -> numId of the list now open at that level
    prev_value: dict[int, int] = {}

    def new_num(level: int, start: int) -> int:
        nid = next_id[0]
        next_id[0] += 1
        numbering.append(parse_xml(
            f'<w:num {NS} w:numId="{nid}"><w:abstractNumId w:val="{aid}"/>'
            + "".join(f'<w:lvlOverride w:ilvl="{i}"><w:startOverride w:val="{start if i == level else 1}"/></w:lvlOverride>'
                      for i in range(4))
            + "</w:num>"))
        return nid

    for line in text.splitlines():
        stripped = line.strip()
        hit = None
        for pat, level in MARKERS:
            m = pat.match(stripped)
            if m:
                hit = (level, m)
                break
        if hit is None:
            doc.add_paragraph(stripped)
            if stripped and not stripped.startswith(("(",)):
                # a heading or sentence closes the open lists
                if re.match(r"^(Pasal|BAB|Bagian|Paragraf)\b", stripped):
                    current.clear()
                    prev_value.clear()
            continue
        level, m = hit
        mark = m.group(1)
        value = ord(mark) - 96 if mark.isalpha() else int(mark)
        # a list restarts at its first item; a number that does not follow
        # on is what a drafter gets with "Set numbering value": a new list
        # starting there
        if level not in current or value != prev_value.get(level, 0) + 1:
            current[level] = new_num(level, value)
            for deeper in range(level + 1, 4):
                current.pop(deeper, None)
                prev_value.pop(deeper, None)
        prev_value[level] = value
        p = doc.add_paragraph(stripped[m.end():])
        p._p.get_or_add_pPr().append(parse_xml(
            f'<w:numPr {NS}><w:ilvl w:val="{level}"/><w:numId w:val="{current[level]}"/></w:numPr>'))
    doc.save(out_path)
