#!/usr/bin/env python3
"""Real (base, amendment) pairs of the national corpus: how many instructions
resolve in their base, and every one that does not.

    python benchmarks/pairs.py [--since 2012] [--show missing|unchecked] [--limit N]

A pair is an amendment whose title ("... TENTANG PERUBAHAN ATAS PERATURAN
PEMERINTAH NOMOR N TAHUN Y ...", read by lint_perda.pairing) names a base that
is in the corpus.  Each pair is linted together, as a reviewer would give it,
through the engine (no subprocess), and the instructions are counted by
status.  Prints the pairs, the share resolved, and the missing ones for
reading.
"""
from __future__ import annotations

import argparse
import collections
import os
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
CORPUS = Path(os.environ.get("LINT_PERDA_CORPUS", ROOT.parent / "shared" / "corpus"))


def real_pairs(since: int = 0):
    from lint_perda.pairing import key, read_file_identity
    pp = CORPUS / "national" / "pp"
    files = sorted(pp.glob("*/*.md"))
    ids = {}
    for f in files:
        head = f.read_bytes()[:16384].decode("utf-8", "replace")
        ids[f] = read_file_identity(str(f), head)
    by_key = {key(fi.ident): f for f, fi in ids.items() if fi.amends is None and key(fi.ident)}
    amendments_of: dict = {}
    for f, fi in ids.items():
        if fi.amends is not None and key(fi.amends):
            amendments_of.setdefault(key(fi.amends), []).append((fi.ordinal, f))
    out = []
    for f, fi in ids.items():
        if fi.amends is None or (since and int(f.parent.name) < since):
            continue
        base = by_key.get(key(fi.amends))
        if base is not None:
            earlier = tuple(g for o, g in sorted(amendments_of.get(key(fi.amends), [])) if o < fi.ordinal)
            out.append((base, f, earlier))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--since", type=int, default=2012)
    ap.add_argument("--show", default="")
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--pairs-only", action="store_true",
                    help="give each amendment its base alone, without the earlier amendments of its chain")
    args = ap.parse_args()
    if not (CORPUS / "national").is_dir():
        print(f"no corpus at {CORPUS}")
        return 0
    from lint_perda.engine import Settings, lint_path
    t0 = time.perf_counter()
    pairs = real_pairs(args.since)
    if args.limit:
        pairs = pairs[:args.limit]
    count = collections.Counter()
    no_instr = 0
    shown = []
    placed = collections.Counter()
    for base, amend, earlier in pairs:
        chain = () if args.pairs_only else earlier
        for k, v in check_placement(base, amend, chain).items():
            placed[k] += v
        res = lint_path(str(amend), Settings(select=["LP6"]), bases=(str(base),) + tuple(map(str, chain)))
        am = (res.document or {}).get("amendment") or {}
        ins = am.get("instructions") or []
        if not ins:
            no_instr += 1
        for i in ins:
            count[i["status"]] += 1
            if args.show and i["status"] == args.show:
                shown.append(f"  {amend.relative_to(CORPUS)}:{i['line']}: {i['number']}. {i['action']} "
                             f"{', '.join(i.get('missing') or [i['target']])} not in {base.relative_to(CORPUS)}")
    total = sum(count.values())
    chained = 0 if args.pairs_only else sum(1 for p in pairs if p[2])
    print(f"pairs     {len(pairs)} real (base, amendment) pairs from {args.since} on ({chained} with the earlier "
          f"amendments of their chain), {no_instr} without "
          f"instructions read; instructions {total}: " + ", ".join(f"{k} {v}" for k, v in sorted(count.items())))
    if total:
        print(f"resolved  {count['resolved'] / total:.1%} of the instructions read ({time.perf_counter() - t0:.0f} s)")
    print(f"placed    inserted Pasal at their place {placed['inserted_ok']}/{placed['inserted']} "
          f"({placed['unread']} not inserted: their new wording was not read), "
          f"deleted Pasal kept as 'Dihapus.' {placed['deleted_ok']}/{placed['deleted']}")
    print("\n".join(shown))
    return 0


def check_placement(base, amend, earlier=()) -> dict:
    """In the consolidation of one pair: every inserted Pasal stands right
    after its lower neighbour (or the Pasal inserted before it there), every
    deleted Pasal is kept with "Dihapus."."""
    from lint_perda.consolidate import consolidate
    from lint_perda.document import Document
    from lint_perda.unitphrase import value_of
    from lint_perda.sources import read_source
    b, a = Document(read_source(str(base))), Document(read_source(str(amend)))
    if a.amendment is None:
        return {}
    chain = [(str(e), Document(read_source(str(e)))) for e in earlier]
    cons, results = consolidate(b, str(base), chain + [(str(amend), a)])
    results = results[-1:]
    out = collections.Counter()
    pasal = [u for u in cons.units if u.kind == "pasal"]
    for ins in a.amendment.instructions:
        oc = results[0].get(id(ins.node))
        if oc is None or oc.status != "resolved":
            continue
        # (inserted Pasal whose wording was not read: the ones counted below)
        out["unread"] += sum(1 for x in oc.unapplied if re.fullmatch(r"Pasal \S+", x))
        for c in ins.text.clauses:
            if c.action == "sisip" and c.between is not None and c.between[0].unit == "pasal":
                for x in c.inserted:
                    if x.unit != "pasal" or len(x.chain) != 1:
                        continue
                    out["inserted"] += 1
                    u = cons.pasal(x.num)
                    if u is None:
                        continue
                    k = pasal.index(u)
                    prev = pasal[k - 1] if k else None
                    v, _ = value_of("pasal", x.num)
                    if prev is not None and value_of("pasal", prev.num)[0] == v:
                        out["inserted_ok"] += 1
            if c.action == "hapus":
                for t in c.targets:
                    if len(t.chain) == 1 and t.unit == "pasal":
                        out["deleted"] += 1
                        u = cons.pasal(t.num)
                        if u is not None and u.deleted and u.render()[-1] == "Dihapus.":
                            out["deleted_ok"] += 1
    return out


if __name__ == "__main__":
    sys.exit(main())
