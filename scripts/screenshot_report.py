"""The README's screenshot of the HTML report, made by headless Chromium
(Debian's `chromium` and `chromium-driver`, which .ci/run installs), and the
browser helpers the browser tests share (tests/test_html_browser.py).

    python scripts/screenshot_report.py            # refresh docs/html-report.png and docs/html-report-graph.png
    python scripts/screenshot_report.py --out /tmp/x.png --draft examples/....txt

It renders the report of a draft written for this project (never corpus
text), opens it in Chromium through Selenium, scrolls to the first finding
in the text and saves the window; the PNG is reduced to a 256-colour palette
so it stays small (< 300 KB).  The machine's network is closed, so Chromium
runs with everything that would call out switched off and a fresh profile.
"""
from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DRAFT = ROOT / "examples" / "perda-retribusi-salah.txt"
OUT = ROOT / "docs" / "html-report.png"
GRAPH_OUT = ROOT / "docs" / "html-report-graph.png"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-dev-shm-usage", "--hide-scrollbars", "--force-device-scale-factor=1"]


def find_chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        p = shutil.which(name)
        if p:
            return p
    return None


def find_chromedriver() -> str | None:
    return shutil.which("chromedriver") or ("/usr/bin/chromedriver" if os.path.exists("/usr/bin/chromedriver") else None)


def cli_screenshot(html: Path, png: Path, width: int = 1280, height: int = 1600, timeout: int = 120) -> None:
    """The browser alone, no driver: ``chromium --headless --screenshot``."""
    with tempfile.TemporaryDirectory(prefix="lp-chromium-") as profile:
        cmd = [find_chromium() or "chromium", *FLAGS, f"--user-data-dir={profile}",
               f"--window-size={width},{height}", f"--screenshot={png}", html.resolve().as_uri()]
        r = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    if r.returncode != 0 or not png.exists():
        raise RuntimeError(f"chromium failed ({r.returncode}): {r.stderr[-800:]}")


@contextlib.contextmanager
def browser(width: int = 1400, height: int = 1000):
    """A Selenium driver on Debian's chromium and chromedriver (no download:
    both paths are given, so Selenium Manager is never asked)."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    with tempfile.TemporaryDirectory(prefix="lp-chromium-") as profile:
        opts = webdriver.ChromeOptions()
        opts.binary_location = find_chromium() or "chromium"
        for f in FLAGS + [f"--user-data-dir={profile}", f"--window-size={width},{height}"]:
            opts.add_argument(f)
        driver = webdriver.Chrome(service=Service(executable_path=find_chromedriver()), options=opts)
        try:
            yield driver
        finally:
            driver.quit()


def png_facts(png: Path) -> dict:
    """Size, colours and how much of it is not background: a real page, not a blank one."""
    from PIL import Image
    with Image.open(png) as im:
        rgb = im.convert("RGB")
        small = rgb.resize((max(1, rgb.width // 4), max(1, rgb.height // 4)))
        colours = small.getcolors(small.width * small.height)  # [(count, (r, g, b)), ...]
        bg = max(colours)[1]
        differ = sum(n for n, c in colours if sum(abs(a - b) for a, b in zip(c, bg)) > 40)
        return {"width": rgb.width, "height": rgb.height, "colours": len(colours),
                "ink": differ / (small.width * small.height)}


def shrink(png: Path) -> None:
    from PIL import Image
    with Image.open(png) as im:
        small = im.convert("RGB").quantize(colors=256, dither=Image.Dither.NONE)
    small.save(png, optimize=True)


def make_report(draft: Path, html: Path) -> None:
    env = dict(os.environ, SOURCE_DATE_EPOCH="0")
    try:  # the name as a user in the repository would type it
        draft = draft.resolve().relative_to(ROOT)
    except ValueError:
        pass
    r = subprocess.run([sys.executable, "-m", "lint_perda", "check", str(draft), "--format", "html",
                        "-o", str(html), "--isolated", "--no-progress"], cwd=ROOT, env=env,
                       capture_output=True, text=True)
    if r.returncode not in (0, 1) or not html.exists():
        raise RuntimeError(f"lint-perda failed ({r.returncode}): {r.stderr}")


def screenshot(draft: Path, png: Path, width: int = 1400, height: int = 1000, graph_png: Path | None = None) -> None:
    with tempfile.TemporaryDirectory() as d:
        html = Path(d) / "laporan.html"
        make_report(draft, html)
        with browser(width, height) as drv:
            # the page exactly width x height, whatever the window's frame takes
            drv.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                                {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})
            drv.get(html.resolve().as_uri())
            # the body of the text beside its findings (the second line with a
            # note, a few lines above it), the header with the filters on top
            drv.execute_script(
                "var hits = document.querySelectorAll('.ln.hit'); var t = hits[Math.min(1, hits.length - 1)];"
                "var n = Math.max(1, parseInt(t.id.split('-L')[1], 10) - 6);"
                "var row = document.getElementById('f0-L' + n);"
                "window.scrollTo(0, row.getBoundingClientRect().top + window.scrollY"
                " - document.querySelector('header.top').offsetHeight - 4);")
            drv.save_screenshot(str(png))
            if graph_png is not None:
                from selenium.webdriver.common.by import By
                drv.find_element(By.CSS_SELECTOR, ".graph svg").screenshot(str(graph_png))
    shrink(png)
    if graph_png is not None:
        shrink(graph_png)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--draft", type=Path, default=DRAFT)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--graph-out", type=Path, default=GRAPH_OUT, help="the reference graph alone")
    args = ap.parse_args()
    if not find_chromium() or not find_chromedriver():
        print("chromium and chromedriver are needed (Debian: apt-get install chromium chromium-driver)",
              file=sys.stderr)
        return 2
    args.out.parent.mkdir(parents=True, exist_ok=True)
    screenshot(args.draft, args.out, graph_png=args.graph_out)
    for out in (args.out, args.graph_out):
        facts = png_facts(out)
        print(f"{out}: {facts['width']}x{facts['height']}, {out.stat().st_size // 1024} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
