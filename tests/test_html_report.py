"""The HTML report (`check --format html`) and `graph --format svg`, read
as a browser would parse them (html.parser, xml.etree): self-contained,
every finding highlighted at its span with its note, the original text
escaped, one section per file with an index, the same page from a parallel
run, the graph's arcs red where LP201/LP202 report.  The real browser tests
are in test_html_browser.py (slow)."""
from __future__ import annotations

import os
import re
import stat
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from clitools import CLEAN, FAULTY, STYLE, draft, fake_rules, invoke, write  # noqa: F401 (fixture)

SVG = "{http://www.w3.org/2000/svg}"


class Page(HTMLParser):
    """Every start tag with its attributes, the text inside each element with
    an id, the scripts and the comments."""

    def __init__(self, text: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.scripts: list[str] = []
        self.comments: list[str] = []
        self.text_of: dict[str, str] = {}
        self._open: list[tuple[str, str | None]] = []
        self._in_script = False
        self.feed(text)

    VOID = {"meta", "br", "input", "img", "link", "path", "rect"}

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.append((tag, a))
        if tag == "script":
            self._in_script = True
            self.scripts.append("")
        if tag not in self.VOID:
            self._open.append((tag, a.get("id")))
            if a.get("id"):
                self.text_of[a["id"]] = ""

    def handle_startendtag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = False
        for k in range(len(self._open) - 1, -1, -1):
            if self._open[k][0] == tag:
                del self._open[k:]
                break

    def handle_data(self, data):
        if self._in_script:
            self.scripts[-1] += data
        for _, i in self._open:
            if i:
                self.text_of[i] += data

    def handle_comment(self, data):
        self.comments.append(data)

    def all(self, tag=None, **attrs):
        return [a for t, a in self.tags if (tag is None or t == tag)
                and all(a.get(k.replace("_", "-")) == v for k, v in attrs.items())]


def _html(tmp_path, files: dict[str, str], *extra, name="laporan.html"):
    for n, t in files.items():
        write(tmp_path, n, t)
    r = invoke(["check", *files, "--isolated", "--format", "html", "-o", name, "--no-progress", *extra],
               cwd=tmp_path)
    return r, (tmp_path / name).read_text(encoding="utf-8")


@pytest.fixture(autouse=True)
def _stable_time(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "0")


def test_self_contained_and_written_with_normal_permissions(tmp_path, fake_rules):
    old = os.umask(0o022)
    try:
        r, html = _html(tmp_path, {"perbup.txt": FAULTY})
    finally:
        os.umask(old)
    assert r.exit_code == 1, r.output
    assert stat.S_IMODE(os.stat(tmp_path / "laporan.html").st_mode) == 0o644
    assert not list(tmp_path.glob(".lint-perda-*"))  # the temporary file was renamed
    p = Page(html)
    # nothing is fetched: no src, no stylesheet link, no @import or url() in the style,
    # every link stays in the page, and the policy forbids fetching anyway
    assert not [a for t, a in p.tags if "src" in a or t in ("link", "iframe", "object", "embed")]
    assert all(a["href"].startswith("#") for t, a in p.tags if "href" in a)
    assert "@import" not in html and "url(" not in html.replace("url(#", "")
    assert "https://" not in html and "http://" not in html.replace('xmlns="http://www.w3.org/2000/svg"', "")
    csp = p.all("meta", http_equiv="Content-Security-Policy")
    assert csp and "default-src 'none'" in csp[0]["content"]
    # the style and the script are inlined from the package data
    assert ".filelayout" in html and "@media print" in html and "@page{size:A4" in html
    assert len(p.scripts) == 1 and "data-filter" in p.scripts[0]


def test_each_finding_is_highlighted_at_its_span_with_its_note(tmp_path, fake_rules):
    r, html = _html(tmp_path, {"perbup.txt": FAULTY.replace("tanpa dipungut", "kiranya tanpa dipungut")})
    p = Page(html)
    notes = p.all("div", **{"class": "note error"}) + p.all("div", **{"class": "note warning"})
    assert sorted(n["data-code"] for n in notes) == ["LP990", "LP991"]
    for n in notes:
        k = n["data-f"]
        i, j = k.split("-")
        marks = [a for t, a in p.tags if t == "mark" and k in a.get("data-f", "").split()]
        assert marks, k
        # the anchor the outline links to is in the text, and the outline links to it
        assert p.all("span", id=f"m{i}-{j}")
        assert p.all("a", href=f"#m{i}-{j}")
    # the words of the span, the message, the suggestion and the basis
    l30 = p.text_of["f0-L30"]
    assert "Pasal 99 yang dirujuk tidak ada dalam peraturan ini." in l30
    assert "saran: Pasal 1" in l30 and "dasar: Lampiran II UU 12/2011 (uji)" in l30
    assert re.search(r'<mark class="error" data-f="0-\d+">Pasal 99</mark>', html)
    assert re.search(r'<mark class="warning" data-f="0-\d+">kiranya</mark>', html)
    # the outline: BAB > Pasal, with the count of findings beneath
    assert re.search(r'<a href="#f0-L28">Pasal 2</a><span class="cnt error">1</span>', html)
    assert re.search(r'<a href="#f0-L25">BAB II <span class="t">PELAYANAN</span></a><span class="cnt error">2</span>', html)
    # the filters offer each severity and each rule found
    assert {a["value"] for a in p.all("input", **{"data-filter": "code"})} == {"LP990", "LP991"}
    assert {a["value"] for a in p.all("input", **{"data-filter": "sev"})} == {"error", "warning", "info"}


def test_script_and_html_comments_in_a_draft_show_as_text(tmp_path, fake_rules):
    hostile = draft(ref="Pasal 99").replace(
        "Pasal 3\n", "Pasal 3\n<!-- catatan: hapus sebelum paraf --> <script>window.pwned = 1</script>\n"
    ).replace("Pasal 4\n", 'Pasal 4\n<img src=x onerror="window.pwned = 2"> & </div></textarea> ]]>\n')
    r, html = _html(tmp_path, {"<b>rancangan</b>&amp;.txt": hostile})
    assert r.exit_code == 1, r.output
    p = Page(html)
    assert len(p.scripts) == 1 and "pwned" not in p.scripts[0]  # only the report's own script
    assert not p.comments  # the draft's comment did not become an HTML comment
    assert not [a for t, a in p.tags if t == "img" or "onerror" in a]
    text = "".join(p.text_of[k] for k in p.text_of if k.startswith("f0-L"))
    # the ORIGINAL text, which still has the comment the normaliser drops
    assert "<!-- catatan: hapus sebelum paraf --> <script>window.pwned = 1</script>" in text
    assert '<img src=x onerror="window.pwned = 2"> & </div></textarea> ]]>' in text
    assert p.text_of["f0"].startswith("<b>rancangan</b>&amp;.txt")  # the file name too


def test_english_labels_and_messages(tmp_path, fake_rules):
    r, html = _html(tmp_path, {"perbup.txt": FAULTY}, "--lang", "en")
    assert '<html lang="en">' in html and "Review report" in html and "Findings by rule" in html
    assert "Pasal 99, referred to here, does not exist in this regulation." in html
    assert "suggestion:" in html and "saran:" not in html and "Naskah dan temuan" not in html


def test_several_files_an_index_and_one_section_each(tmp_path, fake_rules):
    write(tmp_path, "rancangan/b-gaya.txt", STYLE)
    write(tmp_path, "rancangan/a-salah.txt", FAULTY)
    write(tmp_path, "rancangan/c-bersih.txt", CLEAN)
    write(tmp_path, "rancangan/rusak.docx", "bukan docx")
    r = invoke(["check", "rancangan", "--isolated", "--format", "html", "-o", "out.html"], cwd=tmp_path)
    assert r.exit_code == 2  # the unreadable file
    p = Page((tmp_path / "out.html").read_text(encoding="utf-8"))
    sections = [a["id"] for a in p.all("section", **{"class": "file"})]
    assert sections == ["f0", "f1", "f2", "f3"]
    assert [p.text_of[s].split("\n")[0] for s in sections] == [
        "rancangan/a-salah.txt", "rancangan/b-gaya.txt", "rancangan/c-bersih.txt", "rancangan/rusak.docx"]
    index = p.text_of["index"]
    assert "rancangan/rusak.docx" in index and "Peraturan Bupati Sukamaju Nomor" in index
    assert {a["href"] for t, a in p.tags if t == "a" and re.fullmatch(r"#f\d", a.get("href", ""))} == {
        "#f0", "#f1", "#f2", "#f3"}
    assert "Berkas ini tidak dapat diperiksa" in p.text_of["f3"]
    assert "Tidak ada temuan." in p.text_of["f2"]


def test_parallel_run_gives_the_same_page(tmp_path):
    files = {f"r{i}.txt": draft(ref="Pasal 99" if i % 2 else "Pasal 1") for i in range(4)}
    for n, t in files.items():
        write(tmp_path, n, t)
    pages = []
    for jobs in ("1", "2"):
        r = invoke(["check", *files, "--isolated", "--format", "html", "-o", f"j{jobs}.html", "--jobs", jobs],
                   cwd=tmp_path)
        assert r.exit_code == 1, r.output
        pages.append((tmp_path / f"j{jobs}.html").read_text(encoding="utf-8"))
    assert pages[0] == pages[1]
    # the outline and the graph were made in the workers and crossed the process boundary
    assert pages[1].count('<nav class="outline"') == 4 and pages[1].count("<svg") == 4


def test_checked_and_amendment_are_shown_when_the_document_has_them():
    from lint_perda.engine import FileResult
    from lint_perda.report.html import render_html

    doc = {"jenis": "Peraturan Bupati", "region": "Kabupaten Sukamaju", "nomor": "8", "tahun": "2024",
           "title": "PERUBAHAN ATAS PERATURAN BUPATI NOMOR 5 TAHUN 2023", "coverage": 0.82,
           "counts": {"pasal": 2},
           "checked": {"numbering": "all", "lists": "part", "references": "none"},
           "checked_reasons": ["lists: 3 daftar terlekat ke kalimat (baris 40-44)"],
           "amendment": {"amends": {"jenis": "Peraturan Bupati", "region": "Kabupaten Sukamaju",
                                    "nomor": "5", "tahun": "2023", "title": "PELAYANAN PASAR"},
                         "base": None,
                         "instructions": [{"number": 1, "action": "ubah", "target": "Pasal 4", "line": 12,
                                           "inserted": [], "status": "resolved"},
                                          {"number": 2, "action": "sisip", "target": "Pasal 5", "line": 20,
                                           "inserted": ["Pasal 5A"], "status": "missing"}]}}
    html = render_html([FileResult(path="perubahan.txt", document=doc, text="Pasal I\n")], "id")
    p = Page(html)
    f0 = p.text_of["f0"]
    assert "penomoran" in f0 and "seluruh naskah" in f0 and "sebagian" in f0 and "tidak diperiksa" in f0
    assert "3 daftar terlekat ke kalimat (baris 40-44)" in f0
    assert "Cakupan urai rendah" in f0 and "82.0%" in f0
    assert "Peraturan Bupati Sukamaju Nomor 5 Tahun 2023 tentang PELAYANAN PASAR" in f0
    assert '<td class="st-none">tidak ada di naskah dasar</td>' in html and "Pasal 5A" in f0
    assert '<a href="#f0-L20">20</a>' in html and "disisipkan" in f0 and "sasaran" in f0
    # an unknown future shape is still shown, escaped, not dropped
    doc["checked"] = ["<semua>"]
    assert "&lt;semua&gt;" in render_html([FileResult(path="x.txt", document=doc, text="")], "id")


def test_snapshot_of_a_small_report(tmp_path, fake_rules, snapshot):
    """The page's structure; the inlined style and script are left out (the
    first test checks they are there) so a colour change does not churn it."""
    r, html = _html(tmp_path, {"perbup.txt": FAULTY.replace("tanpa dipungut", "kiranya tanpa dipungut")})
    html = re.sub(r"<style>.*?</style>", "<style>…</style>", html, flags=re.S)
    html = re.sub(r"<script>.*?</script>", "<script>…</script>", html, flags=re.S)
    assert html == snapshot


# -- the graph ---------------------------------------------------------------

BAB_DRAFT = CLEAN.replace("Pasal 3\nPelayanan umum", "Pasal 3\nPelayanan sebagaimana dimaksud dalam Pasal 2 ayat (1)")


def _svg(tmp_path, text, *extra):
    write(tmp_path, "perbup.txt", text)
    r = invoke(["graph", "perbup.txt", "--format", "svg", "-o", "g.svg", *extra], cwd=tmp_path)
    assert r.exit_code == 0, r.output
    return ET.parse(tmp_path / "g.svg").getroot()


def test_graph_svg_draws_every_pasal_and_reference(tmp_path):
    root = _svg(tmp_path, BAB_DRAFT)
    texts = [t.text for t in root.iter(f"{SVG}text")]
    assert [t for t in texts if t and t.startswith("Pasal")] == ["Pasal 1", "Pasal 2", "Pasal 3", "Pasal 4"]
    assert "BAB I" in texts and "BAB II" in texts
    arcs = [p for p in root.iter(f"{SVG}path") if "arc" in p.get("class", "") and "M" in p.get("d", "")[:1]]
    titles = [t.text for t in root.iter(f"{SVG}title")]
    assert "Pasal 3 → Pasal 2: Pasal 2 ayat (1)" in titles
    assert not [p for p in arcs if "red" in p.get("class") and "h24" not in p.get("d")]  # no fault, no red
    assert os.stat(tmp_path / "g.svg").st_mode & 0o777 == 0o666 & ~_umask()


def test_graph_svg_broken_reference_is_red_and_named(tmp_path):
    root = _svg(tmp_path, draft(ref="Pasal 99"))
    red = [p for p in root.iter(f"{SVG}path") if "red" in p.get("class", "") and "h24" not in p.get("d")]
    assert len(red) == 1 and "dash" in red[0].get("class")
    assert "✗ Pasal 99" in [t.text for t in root.iter(f"{SVG}text")]


def test_graph_svg_in_english_and_an_unreadable_file(tmp_path):
    root = _svg(tmp_path, BAB_DRAFT, "--lang", "en")
    assert "References between Pasal" in [t.text for t in root.iter(f"{SVG}text")]
    r = invoke(["graph", "hilang.txt", "--format", "svg"], cwd=tmp_path)
    assert r.exit_code == 2 and len(r.stderr.strip().splitlines()) == 1 and "hilang.txt" in r.stderr


def test_wrong_target_arc_is_red():
    """LP202 names the span of the cited Pasal; the arc written there turns red."""
    from lint_perda.diagnostics import Diagnostic
    from lint_perda.report.graph_svg import render_svg

    graph = {"rows": [{"label": f"Pasal {k + 1}", "line": 10 * k + 1, "group": None, "path": f"Pasal {k + 1}"}
                      for k in range(3)], "groups": [], "inner": {}, "missing": [],
             "arcs": [{"src": 2, "dst": 0, "start": 500, "end": 507, "line": 21, "cite": "Pasal 1", "status": "ok"},
                      {"src": 1, "dst": 0, "start": 300, "end": 307, "line": 11, "cite": "Pasal 1", "status": "ok"}]}
    d = Diagnostic("LP202", "wrong-target", "warning", "salah", 500, 507, line=21)
    root = ET.fromstring(render_svg(graph, [d], standalone=False))
    arcs = {p.get("class") for p in root.iter(f"{SVG}path") if "C" in p.get("d", "")}
    assert arcs == {"arc", "arc red"}
    assert "✗ Pasal 1" in [t.text for t in root.iter(f"{SVG}text")]


def _umask() -> int:
    m = os.umask(0)
    os.umask(m)
    return m


@pytest.mark.corpus
def test_graph_of_the_92_pasal_regional_text_is_readable_and_linked(tmp_path):
    """Text 000 (Perwali Cilegon 29/2022): 92 Pasal numbers, three of them
    written twice, and a tugas reference from the second Pasal 17 to Pasal 1
    that LP202 reports."""
    from conftest import R000, need_corpus
    need_corpus()
    r = invoke(["check", str(R000), "--isolated", "--format", "html", "-o", "r.html"], cwd=tmp_path)
    assert r.exit_code == 1, r.output
    html = (tmp_path / "r.html").read_text(encoding="utf-8")
    svg = re.search(r"<svg .*?</svg>", html, flags=re.S).group(0)
    root = ET.fromstring(svg)
    w, h = (float(x) for x in root.get("viewBox").split()[2:])
    boxes = [float(b.get("y")) for b in root.iter(f"{SVG}rect") if b.get("class") == "box"]
    assert len(boxes) == 95
    assert min(b - a for a, b in zip(boxes, boxes[1:])) >= 16  # one row per Pasal, labels never overlap
    assert w <= 1000 and h <= 95 * 18 + 80
    labels = [t.text for t in root.iter(f"{SVG}text") if (t.text or "").startswith("Pasal ")]
    assert labels.count("Pasal 17") == 2 and labels[-1] == "Pasal 92"
    red = [a.find(f"{SVG}title").text for a in root.iter(f"{SVG}a")
           if any(p.get("class") == "arc red" for p in a.iter(f"{SVG}path"))]
    assert red == ["Pasal 17 → Pasal 1: Pasal 1"]
    # every node and arc links to a line of the text in the same page
    ids = set(re.findall(r'id="(f0-L\d+)"', html))
    hrefs = {a.get("href") for a in root.iter(f"{SVG}a")}
    assert len(hrefs) > 95 and all(h_[1:] in ids for h_ in hrefs)


class _Lines(HTMLParser):
    """The text of each line's <span class="tx">, as a browser shows it."""

    def __init__(self, text: str):
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self._depth = 0
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        if tag == "span" and ("class", "tx") in attrs:
            self.lines.append("")
            self._depth = 1
        elif tag == "span" and self._depth:
            self._depth += 1

    def handle_endtag(self, tag):
        if tag == "span" and self._depth:
            self._depth -= 1

    def handle_data(self, data):
        if self._depth:
            self.lines[-1] += data


_CHARS = "ab Pasal99<>&\"'/!-;=`[]\t"


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(lines=st.lists(st.text(alphabet=_CHARS, max_size=40), min_size=1, max_size=8))
def test_any_text_shows_exactly_as_written(lines):
    """Whatever a draft holds, the page shows its characters and nothing
    more, however the findings cut the lines into highlighted pieces."""
    from conftest import lint_text
    from lint_perda.report.html import render_html
    text = FAULTY.replace("Pasal 3\n", "Pasal 3\n" + "\n".join(lines) + "\n")
    r = lint_text(text)
    html = render_html([r], "id")
    assert _Lines(html).lines == text.split("\n")
    assert len(Page(html).scripts) == 1
