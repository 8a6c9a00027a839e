"""What the benchmarks share: the machine, the load on it, a measured child
process, the command, and writing a block of figures into README.md."""
from __future__ import annotations

import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(os.environ.get("LINT_PERDA_CORPUS", ROOT.parent / "shared" / "corpus"))


def machine() -> str:
    """The system, cores, CPU model (lscpu) and Python."""
    cpu = "?"
    try:
        for line in subprocess.run(["lscpu"], capture_output=True, text=True).stdout.splitlines():
            if line.startswith("Model name:"):
                cpu = line.split(":", 1)[1].strip()
    except OSError:
        pass
    return f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores ({cpu}), Python {platform.python_version()}"


def load() -> str:
    try:
        return "load " + " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "load ?"


def lint_perda() -> list[str]:
    exe = Path(sys.executable).with_name("lint-perda")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "lint_perda"]


def run_measured(cmd: list[str], timeout: float | None = None, env=None) -> tuple[float, int, str, int]:
    """(wall seconds, peak RSS in bytes, stdout, exit code) of one child
    process (killed after ``timeout`` seconds)."""
    with tempfile.TemporaryFile() as out:
        t = time.perf_counter()
        p = subprocess.Popen(cmd, stdout=out, stderr=subprocess.DEVNULL, env=env)
        deadline = None if timeout is None else t + timeout
        while True:
            pid, status, ru = os.wait4(p.pid, os.WNOHANG)
            if pid:
                break
            if deadline is not None and time.perf_counter() > deadline:
                p.kill()
                pid, status, ru = os.wait4(p.pid, 0)
                break
            time.sleep(0.01)
        dt = time.perf_counter() - t
        p.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        return dt, ru.ru_maxrss * 1024, out.read().decode("utf-8", "replace"), p.returncode


def update_readme(name: str, block: str) -> None:
    """Replace what stands between <!-- NAME --> and <!-- /NAME --> in README.md."""
    readme = ROOT / "README.md"
    text = readme.read_text(encoding="utf-8")
    a, b = f"<!-- {name} -->", f"<!-- /{name} -->"
    if a not in text or b not in text:
        raise SystemExit(f"README.md has no {a} block")
    head, rest = text.split(a, 1)
    _, tail = rest.split(b, 1)
    readme.write_text(f"{head}{a}\n{block}\n{b}{tail}", encoding="utf-8")
