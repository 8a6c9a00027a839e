"""Hypothesis properties of `lint-perda fix` (issue 17).

On generated regulations with internal references (tests/fixgen.py):

1. a clean text is left alone, and fixing is idempotent: fixing a fixed text
   changes nothing;
2. one planted numbering typo (a heading or marker out of step, the
   references right) is undone by the safe fixes: the fix of the text with
   the typo equals the fix of the text without it;
3. after a deleted or an inserted Pasal, ayat or list item, the unsafe
   fixes give the text drafted without (or with) it from the start:
   headings renumbered and every reference into the run rewritten;
4. renumbering keeps the reference graph: each reference that resolved
   before resolves after to the same provision;
5. safe fixes never change what a reference resolves to;
6. the edit log composes the edits of every round back onto the original.
"""
import re

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import fixgen
from conftest import lint_text
from lint_perda.engine import Settings
from lint_perda.fix_apply import EditLog, fix_source
from lint_perda.sources import SourceText
from test_numbering import renumber, sequences
from test_parser_properties import regulation, render

FAST = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def fix(text, unsafe=False):
    oc = fix_source(SourceText(path="draft.txt", text=text), Settings(), unsafe=unsafe)
    assert oc.converged, oc.reason
    return oc.text


def graph(text):
    """(source provision, k-th reference, target provision) for every
    internal reference that resolved to one provision; provisions named by
    kind and position, which renumbering does not change."""
    from lint_perda.document import Document
    doc = Document(SourceText(path="x", text=text))
    pos = {}
    for n in doc.root.walk():
        pos[id(n)] = (n.kind, sum(1 for k in pos.values() if k[0] == n.kind))
    out = set()
    for k, r in enumerate(doc.references):
        for t in r.all_targets():
            if r.internal and t.status == "ok" and len(t.nodes) == 1:
                out.add((pos[id(r.node)], k, t.chain[0][0], pos[id(t.nodes[0])]))
    return out


def speaks(text, code) -> bool:
    """Whether the numbering rule reports the planted fault: where it cannot
    tell (the missing number stands in the text, "ayat (2)" in a reference)
    it stays silent, and nothing is fixed."""
    return any(d.code == code for d in lint_text(text, select=[code]).diagnostics)


@FAST
@given(fixgen.spec())
def test_clean_text_is_left_alone_and_fixing_is_idempotent(sp):
    text = fixgen.render(sp)
    assert fix(text, unsafe=True) == text


def _plantable(sp, rnd):
    """(kind, key, number) of a typo to plant: never the first marker of a
    list or of the ayat (a list 'starting at b.' is left to the reviewer)."""
    pn, an, inn = fixgen.numbering(sp)
    choices = [("pasal", p) for p in pn] + [("ayat", k) for k in an if k[1] >= 1] \
        + [("item", k) for k in inn if k[2] >= 1]
    kind, key = rnd.choice(choices)
    n = len(pn) if kind == "pasal" else 6
    now = key + 1 if kind == "pasal" else (key[1] + 1 if kind == "ayat" else key[2] + 1)
    v = rnd.choice([x for x in range(1, n + 3) if x != now])
    return kind, key, v


@FAST
@given(fixgen.spec(), st.randoms(use_true_random=False))
def test_planted_typo_is_undone_by_the_safe_fixes(sp, rnd):
    clean = fixgen.render(sp)
    kind, key, v = _plantable(sp, rnd)
    heads = fixgen.numbering(sp, **{"pasal" if kind == "pasal" else ("ayat" if kind == "ayat" else "items"): {key: v}})
    typo = fixgen.render(sp, heads=heads)
    assume(typo != clean)
    code = {"pasal": "LP104", "ayat": "LP105", "item": "LP106"}[kind]
    assume(speaks(typo, code))
    assert fix(typo) == fix(clean), typo


def _deletable(sp, rnd, kind):
    targets = fixgen.targets_of(sp)
    if kind == "pasal":
        cands = [(p,) for p in range(len(sp["pasals"]))]
    elif kind == "ayat":
        cands = [(p, a) for p, pas in enumerate(sp["pasals"]) for a in range(1, len(pas["ayat"]) - 1)]
    else:   # a middle item: the list's "; dan" and "." stay where they are
        cands = [(p, a, i) for p, pas in enumerate(sp["pasals"])
                 for a, h in ([(a, h) for a, h in enumerate(pas["ayat"])] or [(None, pas)])
                 for i in range(1, len(h["items"]) - 2)]
    cands = [c for c in cands if not any(t[:len(c)] == c for t in targets)]
    return rnd.choice(cands) if cands else None


def _stale_numbers(sp2, kind, where, step):
    """The numbers a drafter left after deleting (step 1) the provision at ``where``."""
    if kind == "pasal":
        return fixgen.numbering(sp2, pasal={q: q + 1 + step for q in range(where[0], len(sp2["pasals"]))})
    if kind == "ayat":
        p = where[0]
        return fixgen.numbering(sp2, ayat={(p, b): b + 1 + step for b in range(where[1], len(sp2["pasals"][p]["ayat"]))})
    p, a, i = where
    holder = sp2["pasals"][p]["ayat"][a] if a is not None else sp2["pasals"][p]
    return fixgen.numbering(sp2, items={(p, a, j): j + 1 + step for j in range(i, len(holder["items"]))})


@FAST
@given(fixgen.spec(min_pasal=4), st.sampled_from(["pasal", "ayat", "item"]), st.randoms(use_true_random=False))
def test_deleted_provision_renumbered_with_its_references(sp, kind, rnd):
    where = _deletable(sp, rnd, kind)
    assume(where is not None)
    sp2 = fixgen.without(sp, kind, where)
    stale = fixgen.render(sp2, nums=_stale_numbers(sp2, kind, where, 1))
    right = fixgen.render(sp2)
    assume(stale != right)
    assume(speaks(stale, {"pasal": "LP104", "ayat": "LP105", "item": "LP106"}[kind]))
    fixed = fix(stale, unsafe=True)
    assert fixed == right, stale
    # the graph is the same: every reference resolved before names the same provision after
    assert graph(stale) <= graph(fixed)


@FAST
@given(fixgen.spec(min_pasal=4), st.randoms(use_true_random=False))
def test_inserted_pasal_renumbered_with_its_references(sp, rnd):
    """An inserted Pasal k+1 printed as a second "Pasal k": the run after it
    is renumbered and the references into it follow."""
    targets = fixgen.targets_of(sp)
    cands = [p for p in range(1, len(sp["pasals"])) if not any(t[0] == p for t in targets)]
    assume(cands)
    k = rnd.choice(cands)
    stale = fixgen.render(sp, nums=fixgen.numbering(sp, pasal={q: q for q in range(k, len(sp["pasals"]))}))
    right = fixgen.render(sp)
    fixed = fix(stale, unsafe=True)
    assert fixed == right, stale
    before = {g for g in graph(stale)}
    assert before <= graph(fixed)


PLANTS = [
    ("dilaksanakan oleh Dinas", "dilaksanakan oleh oleh Dinas"),        # LP113
    ("sebagaimana dimaksud pada ayat", "sebagaimana dimaksud dalam ayat"),  # LP204
    ("sebagaimana dimaksud pada ayat", "sebagaimana pada ayat"),           # LP204: "dimaksud" lost
    ("sebagaimana dimaksud dalam Pasal", "sebagaimana yang dimaksud dalam Pasal"),  # LP204: "yang" added
    ("sebagaimana dimaksud dalam Pasal", "sebagaimana dimaksud dalam pasal"),  # LP205
    ("; dan\n", "\n"),                                                  # LP121 + LP122
    ("terdiri atas:\n", "terdiri atas\n"),                               # LP124
]


@FAST
@given(fixgen.spec(), st.lists(st.sampled_from(range(len(PLANTS))), min_size=1, max_size=4),
       st.randoms(use_true_random=False))
def test_safe_fixes_never_change_what_a_reference_resolves_to(sp, plants, rnd):
    clean = fixgen.render(sp)
    text = clean
    for k in plants:
        old, new = PLANTS[k]
        hits = [i for i in range(len(text)) if text.startswith(old, i)]
        if hits:
            i = rnd.choice(hits)
            text = text[:i] + new + text[i + len(old):]
    assume(text != clean)
    fixed = fix(text)
    assert graph(text) <= graph(fixed)
    assert fix(fixed) == fixed            # idempotent
    assert fixed == clean, text           # every planted slip had one right correction


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab ", max_size=30), st.lists(st.tuples(st.integers(0, 40), st.integers(0, 4),
                                                               st.text(alphabet="XY", max_size=3)), max_size=6))
def test_edit_log_replays_onto_the_original(orig, ops):
    log = EditLog(orig)
    for s, n, r in ops:
        s = min(s, len(log.text))
        log.apply(s, min(len(log.text), s + n), r)
        out = orig
        for a, b, t in reversed(log.edits()):
            out = out[:a] + t + out[b:]
        assert out == log.text
        assert all(orig[a:b] != t for a, b, t in log.edits())   # an undone edit is no edit


@FAST
@given(regulation(), st.randoms(use_true_random=False))
def test_planted_typo_in_a_converted_text_is_undone(spec, rnd):
    """The generator of test_parser_properties (BAB, Bagian, Paragraf, lists
    four levels deep, with page numbers, catchwords, markdown marks and
    wrapped lines): one marker repeated from the one before it (the typo of
    test_numbering) is undone by the safe fixes, and fixing is idempotent."""
    text, _, _ = render(spec)
    seqs = [s for s in sequences(text) if len(s) >= 2]
    assume(seqs)
    seq = rnd.choice(seqs)
    k = rnd.randrange(1, len(seq))
    kind = seq[0][0]
    lines = text.split("\n")
    renumber(lines, seq[k][2], kind, seq[k - 1][1])
    faulty = "\n".join(lines)
    fixed = fix(faulty)
    # a page-turn catchword ("b. ...") is print, not text: the fix leaves it
    catchword = re.compile(r"(?m)^\S+ \.\.\.$")
    assert catchword.sub("", fixed) == catchword.sub("", fix(text)), faulty
    assert fix(fixed) == fixed
