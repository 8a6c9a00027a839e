"""What the rules LP611-LP617 share: the findings of an amendment checked
against its base (Document.base_result), each on the instruction that has it,
at the words of the provision named."""
from __future__ import annotations


def outcome_findings(rule, doc, code: str):
    res = doc.base_result
    if res is None:
        return
    for ins in doc.amendment.instructions:
        oc = res.outcomes.get(id(ins.node))
        if oc is None:
            continue
        for c, loc, msg, msg_en in oc.problems:
            if c != code:
                continue
            lead = f"{ins.label.capitalize()}: "
            if loc is not None and loc.j > loc.i:
                yield rule.at(ins.node, lead + msg, lead + msg_en, i=loc.i, j=loc.j)
            else:
                yield rule.at(ins.node, lead + msg, lead + msg_en, head=True)


def consequence_findings(rule, doc, code: str):
    res = doc.base_result
    if res is None:
        return
    for c in res.consequences:
        if c.code != code:
            continue
        if c.node is not None and c.i is not None:
            yield rule.at(c.node, c.message, c.message_en, i=c.i, j=c.j)
        else:
            yield rule.at(c.instruction.node, c.message, c.message_en, head=True)
