#!/usr/bin/env python3
"""Command-line benchmark: what a user waits for, process start to exit.

    python benchmarks/cli.py                # both measurements
    python benchmarks/cli.py --no-corpus    # only the one-draft latency

1. `lint-perda check DRAFT` on a ~30 KB draft (the national text nearest
   30 KB, from 2012 on), concise, json and full (rich) output; median of
   several runs after one warm-up (Lark's grammar cache is on disk).
   Target: <= 0.5 s.
2. The whole national corpus through `lint-perda check --jobs 2 --format
   json` (report written to a temporary file).  Target: <= 60 s.

Not a test: run it and read the figures (machine from nproc/lscpu).
"""
import argparse
import glob
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(os.environ.get("LINT_PERDA_CORPUS", ROOT.parent / "shared" / "corpus"))


def machine() -> str:
    cpu = "?"
    try:
        out = subprocess.run(["lscpu"], capture_output=True, text=True).stdout
        for line in out.splitlines():
            if line.startswith("Model name:"):
                cpu = line.split(":", 1)[1].strip()
    except OSError:
        pass
    try:
        n = subprocess.run(["nproc"], capture_output=True, text=True).stdout.strip()
    except OSError:
        n = str(os.cpu_count())
    return f"{platform.system()} {platform.machine()}, nproc {n}, {cpu}, Python {platform.python_version()}"


def lint_perda() -> list[str]:
    exe = Path(sys.executable).with_name("lint-perda")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "lint_perda"]


def timed(cmd, runs=1) -> tuple[float, int]:
    times, rc = [], 0
    for _ in range(runs):
        t = time.perf_counter()
        rc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
        times.append(time.perf_counter() - t)
    return statistics.median(times), rc


def draft_near(size: int = 30_000) -> Path | None:
    best = None
    for f in glob.glob(str(CORPUS / "national" / "pp" / "*" / "*.md")):
        try:
            year = int(Path(f).parent.name)
        except ValueError:
            continue
        if year < 2012:
            continue
        d = abs(os.path.getsize(f) - size)
        if best is None or d < best[0]:
            best = (d, f)
    return Path(best[1]) if best else None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--no-corpus", action="store_true", help="skip the whole-corpus run")
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args()
    print("machine:", machine())
    cmd = lint_perda()

    t, _ = timed([*cmd, "--version"], args.runs)
    print(f"lint-perda --version                      {t * 1000:6.0f} ms (process start to exit)")
    draft = draft_near()
    if draft is None:
        print("no corpus at", CORPUS)
        return
    kb = os.path.getsize(draft) / 1024
    name = draft.relative_to(CORPUS)
    timed([*cmd, "check", str(draft), "--isolated"])  # warm-up
    for fmt in ("concise", "json", "full"):
        extra = ["--color", "always"] if fmt == "full" else []
        t, rc = timed([*cmd, "check", str(draft), "--isolated", "--format", fmt, *extra], args.runs)
        ok = "ok" if t <= 0.5 else "OVER TARGET"
        print(f"check {name} ({kb:.0f} KB) --format {fmt:<8} {t * 1000:6.0f} ms  exit {rc}  [target 500 ms: {ok}]")

    if args.no_corpus:
        return
    national = CORPUS / "national"
    n = len(glob.glob(str(national / "**" / "*.md"), recursive=True))
    size = sum(os.path.getsize(f) for f in glob.glob(str(national / "**" / "*.md"), recursive=True)) / 1e6
    with tempfile.TemporaryDirectory() as d:
        out = Path(d) / "report.json"
        t, rc = timed([*cmd, "check", str(national), "--isolated", "--jobs", str(args.jobs), "--format", "json",
                       "--no-progress", "--output", str(out)])
        import json
        data = json.loads(out.read_text())
    s = data["summary"]
    ok = "ok" if t <= 60 else "OVER TARGET"
    print(f"check national/ ({n} files, {size:.0f} MB) --jobs {args.jobs} --format json: {t:.1f} s  exit {rc}  "
          f"[target 60 s: {ok}]")
    print(f"  {s['files']} files, {s['diagnostics']} findings ({s['diagnostics'] / max(s['files'], 1):.2f} per file), "
          f"{s.get('errors', 0)} unreadable; {n / t:.0f} files/s")
    top = sorted(s["by_rule"].items(), key=lambda kv: -kv[1])[:10]
    if top:
        print("  most frequent:", ", ".join(f"{k} {v}" for k, v in top))


if __name__ == "__main__":
    main()
