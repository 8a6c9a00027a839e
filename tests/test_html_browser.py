"""The HTML report in a real browser: Debian's headless Chromium (installed
by .ci/run) renders it to a screenshot that must be a real page, and a
Selenium-driven Chromium (chromium-driver) checks that a click on a finding
in the outline brings its place into view, that the filters hide and show
findings, and that a draft's own <script> never runs.

Skipped, saying why, where Chromium, its driver or Selenium is missing."""
from __future__ import annotations

import importlib.util
import subprocess
import sys

import pytest

from conftest import R000, R001, R002, R003, ROOT, need_corpus
from clitools import draft, write

sys.path.insert(0, str(ROOT / "scripts"))
import screenshot_report as shots  # noqa: E402

pytestmark = pytest.mark.slow

need_chromium = pytest.mark.skipif(shots.find_chromium() is None,
                                   reason="chromium not installed (CI installs Debian's chromium)")
need_driver = pytest.mark.skipif(
    shots.find_chromium() is None or shots.find_chromedriver() is None
    or importlib.util.find_spec("selenium") is None,
    reason="chromium, chromedriver or selenium missing (CI installs chromium-driver; selenium is a test extra)")


def _report(tmp_path, paths, *extra) -> "object":
    out = tmp_path / "laporan.html"
    r = subprocess.run([sys.executable, "-m", "lint_perda", "check", *map(str, paths), "--format", "html",
                        "-o", str(out), "--isolated", "--no-progress", *extra], capture_output=True, text=True,
                       cwd=tmp_path, timeout=300)
    assert r.returncode in (0, 1), r.stderr
    return out


@need_chromium
def test_chromium_renders_the_report_of_the_regional_texts(tmp_path):
    need_corpus()
    html = _report(tmp_path, [R000, R001, R002, R003], "--jobs", "2")
    png = tmp_path / "laporan.png"
    shots.cli_screenshot(html, png, width=1280, height=1600)
    facts = shots.png_facts(png)
    assert (facts["width"], facts["height"]) == (1280, 1600)
    # a page of text, tables and coloured badges, not a blank or an error page
    assert facts["colours"] > 40, facts
    assert facts["ink"] > 0.03, facts


@need_driver
def test_readme_screenshot_script_makes_a_small_real_picture(tmp_path):
    png = tmp_path / "shot.png"
    shots.screenshot(shots.DRAFT, png)
    facts = shots.png_facts(png)
    assert facts["width"] == 1400 and facts["height"] >= 700
    assert facts["colours"] > 20 and facts["ink"] > 0.03, facts
    assert png.stat().st_size < 300 * 1024


# a draft long enough to scroll: 40 Pasal, a broken reference near the end
# and a lower-case "pasal" (a warning) near the start
LONG = draft(ref="pasal 1").split("Pasal 4\n")[0] + "".join(
    f"Pasal {k}\nKetentuan mengenai pelayanan jenis {k} diatur dengan Keputusan Camat.\n\n" for k in range(4, 40)
) + ("Pasal 40\nPelayanan sebagaimana dimaksud dalam Pasal 99 dilaksanakan oleh Kecamatan.\n\n"
     "Pasal 41\nPeraturan Bupati ini mulai berlaku pada tanggal diundangkan.\n")


def _visible(drv, el) -> bool:
    return drv.execute_script(
        "var r = arguments[0].getBoundingClientRect();"
        "var top = document.querySelector('header.top').getBoundingClientRect().bottom;"
        "return r.top >= top - 1 && r.bottom <= window.innerHeight + 1;", el)


@need_driver
def test_outline_click_brings_the_finding_into_view(tmp_path):
    from selenium.webdriver.common.by import By
    html = _report(tmp_path, [write(tmp_path, "panjang.txt", LONG)], "--select", "LP201,LP205")
    with shots.browser(1200, 800) as drv:
        drv.get(html.as_uri())
        link = drv.find_element(By.CSS_SELECTOR, "nav.outline li.of[data-code='LP201'] a")
        target = drv.find_element(By.ID, link.get_attribute("href").split("#")[1])
        mark = drv.find_element(By.CSS_SELECTOR, "mark.error")
        assert not _visible(drv, mark)  # far below, out of sight
        link.click()
        drv.implicitly_wait(0)
        assert _visible(drv, target) and _visible(drv, mark)
        assert "Pasal 99" in mark.text
        # the note beside it says what is wrong
        note = drv.find_element(By.CSS_SELECTOR, ".note[data-code='LP201']")
        assert note.is_displayed() and "Pasal 99" in note.text
        # and the graph's node for Pasal 40 links back to its line
        at = f"f0-L{LONG.split(chr(10)).index('Pasal 40') + 1}"
        node = drv.find_element(By.CSS_SELECTOR, f"svg.lpg a[href='#{at}'] text")
        drv.execute_script("arguments[0].scrollIntoView()", node)
        line = drv.find_element(By.ID, at)
        assert not _visible(drv, line)
        node.click()
        assert _visible(drv, line)


@need_driver
def test_filters_hide_and_show_findings(tmp_path):
    from selenium.webdriver.common.by import By
    html = _report(tmp_path, [write(tmp_path, "panjang.txt", LONG)], "--select", "LP201,LP205")
    with shots.browser(1200, 800) as drv:
        drv.get(html.as_uri())

        def shown(code):
            return [n.is_displayed() for n in drv.find_elements(By.CSS_SELECTOR, f".note[data-code='{code}']")]

        def count(sel):
            return drv.find_element(By.CSS_SELECTOR, sel).text

        assert shown("LP201") == [True] and shown("LP205") == [True]
        bab2 = "nav.outline > ul > li:nth-child(3) > details > summary .cnt"
        assert count(bab2) == "2"
        warning = drv.find_element(By.CSS_SELECTOR, "input[data-filter='sev'][value='warning']")
        warning.click()
        assert shown("LP205") == [False] and shown("LP201") == [True]
        assert drv.find_element(By.CSS_SELECTOR, "mark.warning").get_attribute("class") == "warning off"
        assert count(bab2) == "1"  # the outline counts what is still shown
        warning.click()
        assert shown("LP205") == [True] and count(bab2) == "2"
        # by rule: the rules list opens from the header
        drv.find_element(By.CSS_SELECTOR, ".filters details summary").click()
        drv.find_element(By.CSS_SELECTOR, "input[data-filter='code'][value='LP201']").click()
        assert shown("LP201") == [False] and shown("LP205") == [True]
        assert not drv.find_element(By.CSS_SELECTOR, "nav.outline li.of[data-code='LP201']").is_displayed()
        drv.find_element(By.CSS_SELECTOR, "input[data-filter='code'][value='LP201']").click()
        assert shown("LP201") == [True]
        # the compact view keeps only the lines around the findings
        far = drv.find_element(By.ID, "f0-L80")
        assert far.is_displayed()
        drv.find_element(By.ID, "compact").click()
        assert not far.is_displayed() and drv.find_element(By.ID, "f0-L30").is_displayed()


@need_driver
def test_a_script_in_the_draft_shows_as_text_and_never_runs(tmp_path):
    from selenium.webdriver.common.by import By
    hostile = LONG.replace("Pasal 5\n", "Pasal 5\n<!-- catatan --> <script>window.pwned = 1</script>\n"
                           '<img src=x onerror="window.pwned = 2">\n')
    html = _report(tmp_path, [write(tmp_path, "jahat.txt", hostile)])
    with shots.browser(1200, 800) as drv:
        drv.get(html.as_uri())
        assert drv.execute_script("return window.pwned === undefined")
        line = hostile.split("\n").index("Pasal 5") + 2
        assert drv.find_element(By.ID, f"f0-L{line}").text.startswith(
            f"{line}\n<!-- catatan --> <script>window.pwned = 1</script>")
        assert not drv.find_elements(By.CSS_SELECTOR, "main img")
