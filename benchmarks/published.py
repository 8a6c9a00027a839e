#!/usr/bin/env python3
"""How published national texts are judged (issue 16): per rule family the
share of texts checked fully, in part or not at all; the parser's Pasal count
against the scoreboard's independent count; error findings per text, each
listed for reading.

    python benchmarks/published.py [--since 2012] [--sample N] [--seed 7] [--show-errors]

In-process (no subprocess), the same files as ../shared/tools/scoreboard.py
(national texts whose folder is a year from --since on).
"""
from __future__ import annotations

import argparse
import collections
import importlib.util
import os
import random
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
CORPUS = Path(os.environ.get("LINT_PERDA_CORPUS", ROOT.parent / "shared" / "corpus"))


def _scoreboard():
    p = CORPUS.parent / "tools" / "scoreboard.py"
    if not p.exists():
        return None
    spec = importlib.util.spec_from_file_location("scoreboard", p)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


_LAST = re.compile(r"Pasal\s+(\d{1,3})\s+(?:Peraturan|Undang-Undang|Keputusan)\s+\w+(?:\s+\w+)?\s+ini\s+mulai\s+berlaku")


def last_pasal_number(path) -> int | None:
    """An independent count of a regulation's Pasal, blind to line breaks:
    the number of its last Pasal ("Pasal 22 Peraturan Pemerintah ini mulai
    berlaku ..."), when no inserted Pasal (5A) stands in the text."""
    text = " ".join(path.read_text(encoding="utf-8", errors="replace").split())
    found = _LAST.findall(text)
    if len(set(found)) != 1 or re.search(r"\bPasal\s+\d+[A-Z]\b|\bPasal\s+I\b|PERUBAHAN", text):
        return None
    return int(found[0])


def explain(path, lines: int) -> str:
    """Why the parser's Pasal differ from the count of "Pasal N" lines:
    read from the numbers of the Pasal it found."""
    from lint_perda.document import Document
    from lint_perda.sources import read_source
    doc = Document(read_source(str(path)))
    nums = [n.value for n in doc.body.walk() if n.kind == "pasal" and not n.quoted] if doc.body else []
    if not nums or None in nums:
        return "Pasal numbers not all read"
    if nums == list(range(1, len(nums) + 1)):
        if len(nums) > lines:
            return "Pasal 1..N found without gap: the line count misses headings glued into running text"
        return "Pasal 1..N found without gap: the line count takes Penjelasan headings or repeats"
    if len(set(nums)) < len(nums):
        return "a Pasal number found twice (a scan's order, or a heading the print repeats)"
    return "Pasal missing in the numbers found (headings the scan lost or glued beyond reading)"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--since", type=int, default=2012)
    ap.add_argument("--sample", type=int, default=0)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--show-errors", action="store_true")
    ap.add_argument("--show", default="", help="print every finding of this code")
    ap.add_argument("--unchecked", default="", help="list texts where this family is not 'all'")
    args = ap.parse_args()
    nat = sorted(p for p in (CORPUS / "national").rglob("*.md")
                 if p.parent.name.isdigit() and int(p.parent.name) >= args.since)
    if not nat:
        print(f"no corpus at {CORPUS}")
        return 0
    if args.sample and args.sample < len(nat):
        nat = sorted(random.Random(args.seed).sample(nat, args.sample))
    sb = _scoreboard()
    from lint_perda.engine import Settings, lint_path
    t0 = time.perf_counter()
    fam = collections.defaultdict(collections.Counter)
    fam_na = collections.defaultdict(collections.Counter)
    sev = collections.Counter()
    rules = collections.Counter()
    errors, shown, unchecked, off = [], [], [], []
    known = exact = 0
    last_known = last_exact = 0
    last_off = []
    n_na = 0
    for f in nat:
        res = lint_path(str(f), Settings())
        doc = res.document or {}
        amend = "amendment" in doc
        n_na += not amend
        for k, v in (doc.get("checked") or {}).items():
            if isinstance(v, str):
                fam[k][v] += 1
                if not amend:
                    fam_na[k][v] += 1
                if args.unchecked == k and v != "all":
                    why = [r for r in doc.get("checked_reasons") or [] if r.startswith(k + ":")]
                    unchecked.append(f"  {f.relative_to(CORPUS)}: {v} {'; '.join(why)[:300]}")
        want = sb.independent_pasal_count(f) if sb else None
        if want and "pasal" in (doc.get("counts") or {}):
            known += 1
            if doc["counts"]["pasal"] == want:
                exact += 1
            else:
                off.append((f, doc["counts"]["pasal"], want))
        want2 = last_pasal_number(f)
        if want2 and not amend and "pasal" in (doc.get("counts") or {}):
            last_known += 1
            if doc["counts"]["pasal"] == want2:
                last_exact += 1
            else:
                last_off.append((f, doc["counts"]["pasal"], want2))
        for d in res.diagnostics:
            sev[d.severity] += 1
            rules[d.code] += 1
            if d.severity == "error":
                errors.append(f"  {f.relative_to(CORPUS)}:{d.line}: {d.code} {d.message[:200]}")
            if args.show and d.code == args.show:
                shown.append(f"  {f.relative_to(CORPUS)}:{d.line}: {d.code} {d.message[:240]}")
    n = len(nat)
    print(f"texts     {n} national from {args.since} on ({n_na} not amendments), {time.perf_counter() - t0:.0f} s")
    for k in sorted(fam):
        tot = sum(fam_na[k].values()) or 1
        print(f"checked   {k:13s} all texts: " + " ".join(f"{h} {c / n:.0%}" for h, c in sorted(fam[k].items()))
              + " | non-amendment: " + " ".join(f"{h} {c / tot:.1%}" for h, c in sorted(fam_na[k].items())))
    if known:
        print(f"pasal     {exact}/{known} = {exact / known:.1%} exact")
        why = collections.Counter(explain(f, want) for f, _, want in off)
        for k, v in why.most_common():
            print(f"          {v:4d} {k}")
        for f, got, want in sorted(off, key=lambda x: -abs(x[1] - x[2]))[:25]:
            print(f"          {f.relative_to(CORPUS)}: found {got}, headings {want}")
    if last_known:
        print(f"pasal*    {last_exact}/{last_known} = {last_exact / last_known:.1%} equal to the number of the last "
              "Pasal (the one in force 'pada tanggal diundangkan')")
        for f, got, want in sorted(last_off, key=lambda x: -abs(x[1] - x[2]))[:15]:
            print(f"          {f.relative_to(CORPUS)}: found {got}, last Pasal {want}")
    print("noise     per text: " + ", ".join(f"{k} {v / n:.3f}" for k, v in sorted(sev.items())))
    print("          " + ", ".join(f"{k} {v}" for k, v in rules.most_common(20)))
    if args.show_errors:
        print("\n".join(errors))
    print("\n".join(shown))
    print("\n".join(unchecked))
    return 0


if __name__ == "__main__":
    sys.exit(main())
