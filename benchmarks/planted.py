#!/usr/bin/env python3
"""Faults planted in real published texts (issue 16): how often the rule
that should find them does, in typed or PDF-converted texts and in OCR scans.

    python benchmarks/planted.py [--texts 150] [--seed 11]

For each national text from 2012 on that is not an amendment and has at
least four "Pasal N" heading lines, a list of items on their own lines and a
long line of running text, three copies are linted, each with one fault:

- skip:    every heading from a random Pasal on numbered one higher (LP104),
           those on their own lines and those the conversion glued into
           running text, as a drafter's skip would leave the print;
- item:    an item "c." written "b." again (LP106);
- doubled: a word of running text written twice (LP113).

A fault counts as found when the rule reports it within one line of the
planted one.  A text counts as a scan when it bears three or more marks of
OCR (lint_perda.ocr).  The faults are planted anywhere, also in stretches the
conversion garbled, so the share found in scans measures how much of a scan
is read cleanly enough to judge, not the rules alone.
"""
from __future__ import annotations

import argparse
import os
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
CORPUS = Path(os.environ.get("LINT_PERDA_CORPUS", ROOT.parent / "shared" / "corpus"))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--texts", type=int, default=150)
    ap.add_argument("--seed", type=int, default=11)
    args = ap.parse_args()
    from lint_perda.document import Document
    from lint_perda.engine import Settings, lint_source
    from lint_perda.ocr import is_scan
    from lint_perda.sources import SourceText

    nat = CORPUS / "national"
    if not nat.exists():
        print(f"no corpus at {CORPUS}")
        return 1
    files = sorted(p for p in nat.rglob("*.md") if p.parent.name.isdigit() and int(p.parent.name) >= 2012)
    rnd = random.Random(args.seed)
    rnd.shuffle(files)
    res: dict[tuple[str, str], tuple[int, int]] = {}
    n_texts = 0
    for f in files:
        text = f.read_text(encoding="utf-8", errors="replace")
        if re.search(r"PERUBAHAN\s+(?:\w+\s+)?ATAS|\bPasal\s+I\b", text[:5000]):
            continue
        lines = text.split("\n")
        d0 = Document(SourceText(path=str(f), text=text))
        if d0.body is None or d0.penjelasan is None and d0.closing is None:
            continue
        stop = d0.closing.start if d0.closing is not None else d0.penjelasan.start
        end = d0.source.locate(stop)[0] - 1
        heads = [i for i in range(end) if re.fullmatch(r"Pasal (\d+)", lines[i].strip())]
        items = [i for i in range(1, end) if re.match(r"[b-h]\. \S", lines[i]) and re.match(r"[a-g]\. \S", lines[i - 1])
                 and ord(lines[i][0]) == ord(lines[i - 1][0]) + 1]
        words = [i for i in range(end) if len(lines[i].split()) > 12 and re.match(r"[a-z(]", lines[i]) is None]
        if len(heads) < 4 or not items or not words:
            continue
        n_texts += 1
        if n_texts > args.texts:
            break
        kind_of_text = "scan" if is_scan(text) else "typed"
        planted = []
        k = rnd.choice(heads[1:-1])
        planted.append(("skip", "LP104", k + 1, _skip_from(text, d0, k)))
        i = rnd.choice(items)
        t = lines[:]
        t[i] = chr(ord(t[i][0]) - 1) + t[i][1:]
        planted.append(("item", "LP106", i + 1, "\n".join(t)))
        i = rnd.choice(words)
        t = lines[:]
        ws = t[i].split(" ")
        j = rnd.randrange(3, len(ws) - 3)
        while not re.fullmatch(r"[a-z]{4,}", ws[j]) and j < len(ws) - 2:
            j += 1
        ws.insert(j, ws[j])
        t[i] = " ".join(ws)
        planted.append(("doubled", "LP113", i + 1, "\n".join(t)))
        for kind, code, line, faulty in planted:
            r = lint_source(SourceText(path=str(f), text=faulty), Settings(select=[code]))
            hit = any(d.code == code and abs(d.line - line) <= 1 for d in r.diagnostics)
            a, b = res.get((kind, kind_of_text), (0, 0))
            res[(kind, kind_of_text)] = (a + hit, b + 1)
    print(f"texts     {min(n_texts, args.texts)} national from 2012 on, not amendments (seed {args.seed})")
    for key in sorted(res):
        a, b = res[key]
        print(f"{key[0]:8}  {key[1]:5}  {a}/{b} = {a / b:.0%} found")
    return 0


def _skip_from(text: str, doc, k: int) -> str:
    """The text with every Pasal heading from line k+1 on numbered one
    higher, as a drafter's skip would leave the print: the headings on their
    own lines and those the conversion glued into running text (as the
    parser found them; one it missed keeps its number)."""
    start = sum(len(x) + 1 for x in text.split("\n")[:k])
    spots = []
    number = re.compile(r"(Pasa\S?\s*)(\d+)")
    for n in doc.body.walk():
        if n.kind == "pasal" and not n.quoted and n.head is not None:
            a = n.head.line.orig(n.head.a)
            m = number.match(text, a, a + 16)
            if a >= start and m:
                spots.append(m.span(2))
    out, last = [], 0
    for a, b in sorted(spots):
        out += [text[last:a], str(int(text[a:b]) + 1)]
        last = b
    return "".join(out) + text[last:]


if __name__ == "__main__":
    sys.exit(main())
