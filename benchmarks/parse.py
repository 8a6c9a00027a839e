#!/usr/bin/env python3
"""Parser benchmark: normalize + parse throughput, one file's latency, start-up
and peak memory.  Not a test: run it and read the figures.

    python benchmarks/parse.py                 # national corpus (2012+ sample of 400) + 000
    python benchmarks/parse.py --all           # every national text
"""
import argparse
import glob
import os
import random
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import CORPUS, machine  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--all", action="store_true")
    ap.add_argument("--sample", type=int, default=400)
    args = ap.parse_args()
    print("machine:", machine())
    # start-up: a fresh process importing the parser and parsing a tiny text (grammar from Lark's cache)
    code = ("import time; t=time.perf_counter(); from lint_perda.parser import parse_text; "
            "parse_text('Pasal 1\\nTeks.'); print(time.perf_counter()-t)")
    subprocess.run([sys.executable, "-c", code], capture_output=True)  # warm the cache
    t = float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout)
    print(f"start-up  import + first parse in a fresh process: {t * 1000:.0f} ms")

    from lint_perda.parser import parse_text

    files = sorted(glob.glob(str(CORPUS / "national" / "*" / "*" / "*.md")))
    if not files:
        print("no corpus at", CORPUS)
        return
    if not args.all:
        files = random.Random(1).sample(files, min(args.sample, len(files)))
    texts = [open(f, encoding="utf-8", errors="replace").read() for f in files]
    size = sum(len(t.encode("utf-8")) for t in texts)
    from lint_perda.document import Document
    from lint_perda.sources import SourceText
    t0 = time.perf_counter()
    parsed = [parse_text(t) for t in texts]
    dt = time.perf_counter() - t0
    print(f"throughput normalize+parse, one core: {size / 1e6 / dt:.2f} MB/s ({len(texts)} texts, {size / 1e6:.1f} MB, {dt:.1f} s)")
    # references: extraction + resolution on the parsed documents (the issue's
    # budget: no more than the parse itself)
    docs = [Document(SourceText(path=f, text=t), p) for f, t, p in zip(files, texts, parsed)]
    t0 = time.perf_counter()
    nrefs = sum(len(d.references) for d in docs)
    dr = time.perf_counter() - t0
    print(f"references extraction+resolution: {dr:.1f} s for {nrefs} references "
          f"({dr / dt * 100:.0f}% of the parse time)")

    r000 = CORPUS / "regional" / "000_44f89946bab55b04.txt"
    if r000.exists():
        text = r000.read_text(encoding="utf-8")
        for _ in range(3):
            parse_text(text)
        runs = []
        for _ in range(10):
            t0 = time.perf_counter()
            parse_text(text)
            runs.append(time.perf_counter() - t0)
        print(f"000 ({len(text.encode()) / 1000:.0f} KB) after warm-up: median {sorted(runs)[5] * 1000:.0f} ms")

    largest = max(glob.glob(str(CORPUS / "national" / "*" / "*" / "*.md")), key=os.path.getsize)
    code = ("import resource,sys; from lint_perda.parser import parse_text; "
            "parse_text(open(sys.argv[1],encoding='utf-8',errors='replace').read()); "
            "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)")
    kb = int(subprocess.run([sys.executable, "-c", code, largest], capture_output=True, text=True).stdout)
    print(f"peak memory (max RSS) parsing the largest text {Path(largest).relative_to(CORPUS)} "
          f"({os.path.getsize(largest) / 1e6:.1f} MB): {kb / 1024:.0f} MB")


if __name__ == "__main__":
    main()
