#!/usr/bin/env python3
"""Do two versions of lint-perda report the same findings?  A performance
change must not change a single finding: this runs the JSON output of the
working tree and of another version over the same texts and compares, file
by file, the error, the document summary and every diagnostic (all fields).

    python benchmarks/same_findings.py                      # working tree vs where it left main, whole corpus
    python benchmarks/same_findings.py --ref HEAD~3 PATH... # another revision, other texts
    python benchmarks/same_findings.py --save base.json     # keep the other version's output
    python benchmarks/same_findings.py --against base.json  # compare with a saved output

The other revision is exported with `git archive` into a temporary folder
laid out as the installed package (rules/ and grammars/ inside lint_perda/)
and run with the same Python.  Both runs use --isolated, and the working
tree --no-cache, so neither configuration nor a cache hides a difference.
Exit 0 when identical, 1 with the first differences listed.  Not a test:
the benchmark (benchmarks/cli.py --compare) runs it.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(os.environ.get("LINT_PERDA_CORPUS", ROOT.parent / "shared" / "corpus"))


def export_ref(ref: str, dest: Path) -> Path:
    """`git archive REF` laid out as the installed package; returns the folder to put on sys.path."""
    data = subprocess.run(["git", "-C", str(ROOT), "archive", "--format=tar", ref],
                          capture_output=True, check=True).stdout
    src = dest / "src"
    src.mkdir()
    tar = dest / "ref.tar"
    tar.write_bytes(data)
    with tarfile.open(tar) as tf:
        tf.extractall(src, filter="data")
    site = dest / "site"
    shutil.copytree(src / "lint_perda", site / "lint_perda")
    shutil.copytree(src / "rules", site / "lint_perda" / "rules")
    shutil.copytree(src / "grammars", site / "lint_perda" / "grammars")
    return site


def run_json(pythonpath: str | None, paths: list[str], jobs: int, no_cache: bool) -> tuple[dict, float]:
    env = dict(os.environ)
    # -P: the current folder (perhaps this working tree) must not shadow PYTHONPATH
    cmd = [sys.executable, "-P", "-m", "lint_perda", "check", *paths, "--isolated", "--format", "json",
           "--no-progress", "--jobs", str(jobs)]
    if pythonpath:
        env["PYTHONPATH"] = pythonpath
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    if no_cache:
        cmd.append("--no-cache")
    with tempfile.TemporaryDirectory() as d:
        out = Path(d) / "out.json"
        t = time.perf_counter()
        p = subprocess.run([*cmd, "--output", str(out)], env=env, capture_output=True, text=True)
        dt = time.perf_counter() - t
        if not out.exists():
            sys.exit(f"no output from {' '.join(cmd)}:\n{p.stderr[-2000:]}")
        return json.loads(out.read_text(encoding="utf-8")), dt


def knows_no_cache(pythonpath: str | None) -> bool:
    env = dict(os.environ)
    if pythonpath:
        env["PYTHONPATH"] = pythonpath
    h = subprocess.run([sys.executable, "-P", "-m", "lint_perda", "check", "--help"], env=env,
                       capture_output=True, text=True).stdout
    return "--no-cache" in h


def compare(a: dict, b: dict, limit: int = 20) -> list[str]:
    """Differences between two JSON reports (a: the other version, b: this one)."""
    diffs: list[str] = []
    fa = {f["path"]: f for f in a["files"]}
    fb = {f["path"]: f for f in b["files"]}
    for p in sorted(set(fa) ^ set(fb)):
        diffs.append(f"{p}: only in {'the other version' if p in fa else 'the working tree'}")
    for p in sorted(set(fa) & set(fb)):
        x, y = fa[p], fb[p]
        for key in ("error", "document"):
            if x.get(key) != y.get(key):
                diffs.append(f"{p}: {key} differs: {json.dumps(x.get(key))[:300]} -> {json.dumps(y.get(key))[:300]}")
        dx, dy = x.get("diagnostics") or [], y.get("diagnostics") or []
        if dx != dy:
            sx = {json.dumps(d, sort_keys=True) for d in dx}
            sy = {json.dumps(d, sort_keys=True) for d in dy}
            gone, new = sorted(sx - sy), sorted(sy - sx)
            if not gone and not new:
                diffs.append(f"{p}: same diagnostics in another order")
            for d in gone[:3]:
                diffs.append(f"{p}: - {d[:300]}")
            for d in new[:3]:
                diffs.append(f"{p}: + {d[:300]}")
    return diffs[:limit] + ([f"... and {len(diffs) - limit} more"] if len(diffs) > limit else [])


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("paths", nargs="*", help="texts or folders (default: the national and regional corpus)")
    ap.add_argument("--ref", default=None,
                    help="the git revision to compare with (default: where this branch left main, "
                         "git merge-base HEAD main: main itself may have moved on)")
    ap.add_argument("--against", help="a saved JSON report of the other version, instead of --ref")
    ap.add_argument("--save", help="also write the other version's JSON report here")
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args(argv)
    paths = args.paths or [str(CORPUS / "national"), str(CORPUS / "regional")]
    if not all(os.path.exists(p) for p in paths):
        print("missing:", [p for p in paths if not os.path.exists(p)])
        return 2
    with tempfile.TemporaryDirectory() as d:
        if args.against:
            other = json.loads(Path(args.against).read_text(encoding="utf-8"))
            label = args.against
        else:
            if args.ref is None:
                args.ref = subprocess.run(["git", "-C", str(ROOT), "merge-base", "HEAD", "main"], capture_output=True,
                                          text=True, check=True).stdout.strip()[:12]
            site = str(export_ref(args.ref, Path(d)))
            other, t_other = run_json(site, paths, args.jobs, knows_no_cache(site))
            label = f"{args.ref} ({t_other:.1f} s)"
            if args.save:
                Path(args.save).write_text(json.dumps(other, ensure_ascii=False), encoding="utf-8")
    mine, t_mine = run_json(None, paths, args.jobs, knows_no_cache(None))
    n = len(mine["files"])
    nd = sum(len(f.get("diagnostics") or []) for f in mine["files"])
    diffs = compare(other, mine)
    if diffs:
        print(f"findings DIFFER between {label} and the working tree ({t_mine:.1f} s), {n} files:")
        for x in diffs:
            print("  " + x)
        return 1
    print(f"findings identical: {label} and the working tree ({t_mine:.1f} s): {n} files, {nd} findings, "
          "documents and errors equal")
    return 0


if __name__ == "__main__":
    sys.exit(main())
