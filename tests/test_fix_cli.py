"""`lint-perda fix` on drafts written for the purpose (tests/fixtures/fix):
the safe corrections of a faulty draft, the renumbering of a shifted run with
its references and the Penjelasan, the three outputs, files never touched
without --write, exit codes, configuration, and what `check` shows."""
import json
import os
import stat

import pytest

from clitools import invoke, write
from conftest import FIXTURES

FIX = FIXTURES / "fix"
DRAFT = (FIX / "draft.txt").read_text(encoding="utf-8")
SHIFTED = (FIX / "shifted.txt").read_text(encoding="utf-8")


@pytest.fixture
def umask022():
    old = os.umask(0o022)
    yield
    os.umask(old)


def mode(p) -> int:
    return stat.S_IMODE(os.stat(p).st_mode)


def test_safe_fixes_give_the_corrected_draft(tmp_path):
    src = write(tmp_path, "perbup.txt", DRAFT)
    r = invoke(["fix", src, "-o", tmp_path / "out.txt", "--isolated"])
    assert r.exit_code == 0, r.stderr            # no finding left
    assert (tmp_path / "out.txt").read_text(encoding="utf-8") == (FIX / "draft.fixed.txt").read_text(encoding="utf-8")
    assert src.read_text(encoding="utf-8") == DRAFT   # the input is untouched
    assert "8 temuan diperbaiki" in r.stderr
    fixed = (FIX / "draft.fixed.txt").read_text(encoding="utf-8")
    for wrong, right in [("Bagian Pertama", "Bagian Kesatu"), ("dimaksud dalam ayat (1) terdiri atas\n",
                                                               "dimaksud pada ayat (1) terdiri atas:\n"),
                         ("b. arsip rekaman\n", "b. arsip rekaman; dan\n"), ("dalam pasal 2", "dalam Pasal 2"),
                         ("huruf C", "huruf c"), ("oleh oleh", "oleh"), ("\nPasal 5\n", "\nPasal 4\n")]:
        assert wrong in DRAFT and wrong not in fixed and right in fixed, wrong


def test_diff_is_the_default_and_writes_nothing(tmp_path):
    src = write(tmp_path, "perbup.txt", DRAFT)
    before = os.stat(src).st_mtime_ns
    r = invoke(["fix", "perbup.txt", "--isolated"], cwd=tmp_path)
    assert r.exit_code == 1                       # as `ruff check --diff`: there is something to change
    assert r.stdout.startswith("--- a/perbup.txt\n+++ b/perbup.txt\n@@ ")
    assert "-Bagian Pertama\n+Bagian Kesatu\n" in r.stdout
    assert os.stat(src).st_mtime_ns == before and src.read_text(encoding="utf-8") == DRAFT
    assert os.listdir(tmp_path) == ["perbup.txt"]
    clean = write(tmp_path, "bersih.txt", (FIX / "draft.fixed.txt").read_text(encoding="utf-8"))
    r = invoke(["fix", clean, "--isolated", "--diff"])
    assert r.exit_code == 0 and r.stdout == ""    # nothing to fix: idempotent


def test_unsafe_fixes_renumber_with_references_and_penjelasan(tmp_path):
    src = write(tmp_path, "shifted.txt", SHIFTED)
    r = invoke(["fix", src, "--isolated", "-o", tmp_path / "aman.txt"])
    assert (tmp_path / "aman.txt").read_text(encoding="utf-8") == SHIFTED   # renumbering is never safe
    assert "3 perbaikan tidak aman tersedia dengan --unsafe-fixes" in r.stderr
    r = invoke(["fix", src, "--isolated", "--unsafe-fixes", "-o", tmp_path / "out.txt"])
    got = (tmp_path / "out.txt").read_text(encoding="utf-8")
    assert got == (FIX / "shifted.fixed.txt").read_text(encoding="utf-8")
    assert r.exit_code == 0
    # the reference to the deleted Pasal 2 is left as written, and named
    assert "dengan memperhatikan Pasal 2." in got
    assert "Pasal 2 (nomor yang hilang) di baris 31" in r.stderr
    for line in ["c. pelataran; dan", "(3) Tempat parkir sebagaimana dimaksud pada ayat (2) huruf d dikelola",
                 "(4) Pengelolaan sebagaimana dimaksud pada ayat (3) dilaporkan",
                 "dalam Pasal 1 ayat (2) huruf c ditetapkan sebagaimana dimaksud dalam Pasal 3.",
                 "Tarif sebagaimana dimaksud dalam Pasal 2 ditinjau", "Ayat (3)\nCukup jelas.\nAyat (4)\nCukup jelas.\nPasal 2"]:
        assert line in got, line


def test_write_in_place_keeps_encoding_and_line_ends(tmp_path, umask022):
    src = tmp_path / "perbup.txt"
    src.write_bytes(b"\xef\xbb\xbf" + DRAFT.replace("\n", "\r\n").encode("utf-8"))
    os.chmod(src, 0o640)
    r = invoke(["fix", src, "--isolated", "--write"])
    assert r.exit_code == 0, r.stderr
    data = src.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" in data and b"\n" not in data.replace(b"\r\n", b"")
    assert data[3:].decode("utf-8").replace("\r\n", "\n") == (FIX / "draft.fixed.txt").read_text(encoding="utf-8")
    assert mode(src) == 0o640                     # the file keeps its permissions
    assert not [p for p in os.listdir(tmp_path) if p.startswith(".lint-perda-")]


def test_write_is_refused_for_word_and_pdf(tmp_path):
    for name in ("a.docx", "b.pdf"):
        (tmp_path / name).write_bytes(b"x")
        r = invoke(["fix", tmp_path / name, "--write", "--isolated"])
        assert r.exit_code == 2
        assert r.stderr.count("\n") == 1 and "--write hanya untuk .txt/.md" in r.stderr
    # in a folder the Word file gets its line, the text drafts are still fixed
    write(tmp_path, "c.txt", DRAFT)
    r = invoke(["fix", tmp_path, "--write", "--isolated"])
    assert r.exit_code == 2 and (tmp_path / "a.docx").read_bytes() == b"x"
    assert "Bagian Kesatu" in (tmp_path / "c.txt").read_text(encoding="utf-8")


def test_outputs_are_never_overwritten_without_force_and_have_normal_permissions(tmp_path, umask022):
    src = write(tmp_path, "perbup.txt", DRAFT)
    out = write(tmp_path, "out.txt", "lama")
    r = invoke(["fix", src, "-o", out, "--isolated"])
    assert r.exit_code == 2 and "sudah ada; pakai --force" in r.stderr and out.read_text() == "lama"
    r = invoke(["fix", src, "-o", out, "--isolated", "--force"])
    assert r.exit_code == 0 and "Bagian Kesatu" in out.read_text(encoding="utf-8")
    new = tmp_path / "baru.txt"
    invoke(["fix", src, "-o", new, "--isolated"])
    assert mode(new) == 0o644                     # not the temporary file's 0600
    r = invoke(["fix", src, "-o", src, "--isolated", "--force"])
    assert r.exit_code == 2 and "sama dengan masukan" in r.stderr
    r = invoke(["fix", src, "-o", tmp_path / "x.docx", "--isolated"])
    assert r.exit_code == 2 and "hanya dari masukan .docx" in r.stderr
    r = invoke(["fix", src, "--write", "-o", new, "--isolated"])
    assert r.exit_code == 2


def test_write_atomic_gives_normal_permissions(tmp_path, umask022):
    from lint_perda.files import save_atomic, write_atomic
    write_atomic(str(tmp_path / "a.txt"), "x")
    assert mode(tmp_path / "a.txt") == 0o644
    save_atomic(str(tmp_path / "b.bin"), lambda p: open(p, "wb").write(b"y"))
    assert mode(tmp_path / "b.bin") == 0o644
    os.umask(0o077)
    write_atomic(str(tmp_path / "c.txt"), b"z")
    assert mode(tmp_path / "c.txt") == 0o600      # the user's umask still decides


def test_check_marks_fixable_findings_and_json_carries_the_fix(tmp_path):
    src = write(tmp_path, "perbup.txt", DRAFT)
    r = invoke(["check", src, "--isolated", "--format", "concise"])
    assert f"{src}:30:1: LP107 [*] Bagian pertama" in r.stdout
    r = invoke(["check", src, "--isolated", "--format", "full", "--color", "never"])
    assert "LP107 [*] warning [bagian-ordinal]" in r.stdout and "= perbaikan: aman (lint-perda fix)" in r.stdout
    assert "[*] 8 dapat diperbaiki dengan `lint-perda fix`" in r.stdout
    d = {x["code"]: x for x in json.loads(invoke(["check", src, "--isolated", "--format", "json"]).stdout)["files"][0]["diagnostics"]}
    assert d["LP107"]["fix"] == {"applicability": "safe", "edits": [
        {"line": 30, "column": 8, "end_line": 30, "end_column": 15, "replacement": "Kesatu"}]}
    assert d["LP113"]["fix"]["edits"][0]["replacement"] == ""
    lines = DRAFT.split("\n")

    def words(code):   # 1-based columns of the original line, the end after the span
        e = d[code]["fix"]["edits"][0]
        assert e["line"] == e["end_line"]
        return lines[e["line"] - 1][e["column"] - 1:e["end_column"] - 1]
    assert words("LP107") == "Pertama" and words("LP113") == " oleh" and words("LP205") in ("pasal", "C")
    assert words("LP104") == "5" and words("LP124") == ""
    r = invoke(["check", write(tmp_path, "s.txt", SHIFTED), "--isolated", "--format", "json"])
    fx = json.loads(r.stdout)["files"][0]["diagnostics"][0]["fix"]
    assert fx["applicability"] == "unsafe" and len(fx["edits"]) == 4   # huruf d and e, the references to them


def test_configuration_makes_a_fix_safe_or_unsafe(tmp_path):
    src = write(tmp_path, "perbup.txt", SHIFTED)
    (tmp_path / "pyproject.toml").write_text('[tool.lint-perda]\nextend-safe-fixes = ["LP104"]\n')
    r = invoke(["fix", "perbup.txt"], cwd=tmp_path)
    assert "-Pasal 5\n" in r.stdout and "+Pasal 2\n" in r.stdout and "-d. pelataran" not in r.stdout
    (tmp_path / "pyproject.toml").write_text('[tool.lint-perda]\nextend-unsafe-fixes = ["doubled-word"]\n')
    src.write_text(DRAFT, encoding="utf-8")
    r = invoke(["fix", "perbup.txt"], cwd=tmp_path)
    assert "+Penyimpanan arsip sebagaimana dimaksud dalam Pasal 2 ayat (2) huruf c dilakukan oleh oleh Dinas." in r.stdout
    (tmp_path / "pyproject.toml").write_text('[tool.lint-perda]\nextend-safe-fixes = ["LP999"]\n')
    r = invoke(["fix", "perbup.txt"], cwd=tmp_path)
    assert r.exit_code == 2 and "extend-safe-fixes" in r.stderr and 'aturan tidak dikenal "LP999"' in r.stderr


def test_not_converging_is_said(tmp_path):
    """The Pasal typo is fixed alone in the first round (numbers first), then
    a doubled word at the end of an item whose ending is also fixed: the two
    edits touch, so the second waits a round; one round is not enough."""
    text = DRAFT.replace("b. arsip rekaman\n", "b. arsip rekaman rekaman\n")
    src = write(tmp_path, "perbup.txt", text)
    r = invoke(["fix", src, "--isolated", "--max-rounds", "1", "-o", tmp_path / "o.txt"])
    assert "tidak konvergen" in r.stderr and r.exit_code == 1
    r = invoke(["fix", src, "--isolated", "-o", tmp_path / "o2.txt"])
    assert "3 putaran" in r.stderr and r.exit_code == 0
    assert (tmp_path / "o2.txt").read_text(encoding="utf-8") == (FIX / "draft.fixed.txt").read_text(encoding="utf-8")


def test_fixes_that_undo_each_other_stop_the_loop(monkeypatch):
    """Two fixes that undo each other are caught: the loop keeps the last
    text that made progress and says it did not converge."""
    from lint_perda import engine
    from lint_perda.diagnostics import Diagnostic, Edit, Fix
    from lint_perda.fix_apply import fix_source
    from lint_perda.sources import SourceText

    def fake(source, settings=None):
        res = engine.FileResult(path=source.path, text=source.text)
        a, b = ("dalam", "pada") if "dalam" in source.text else ("pada", "dalam")
        i = source.text.index(a)
        res.diagnostics = [Diagnostic(code="LP204", rule="x", severity="warning", message="m", start=i, end=i + len(a),
                                      fix=Fix("safe", [Edit(i, i + len(a), b)]))]
        return res
    monkeypatch.setattr(engine, "lint_source", fake)
    oc = fix_source(SourceText(path="x", text="sebagaimana dimaksud dalam ayat (1)"), None)
    assert not oc.converged and oc.reason == "cycle" and oc.text == "sebagaimana dimaksud pada ayat (1)"


def test_overlapping_edits_wait_for_the_next_round():
    from lint_perda.diagnostics import Diagnostic, Edit, Fix
    from lint_perda.fix_apply import choose

    def d(code, s, e, r):
        return Diagnostic(code=code, rule="x", severity="warning", message="m", start=s, end=e,
                          fix=Fix("safe", [Edit(s, e, r)]))
    a, b, c, same = d("LP1", 0, 5, "x"), d("LP2", 3, 8, "y"), d("LP3", 9, 9, ";"), d("LP4", 0, 5, "x")
    taken, edits = choose([b, a, c, same], unsafe=False)
    assert [x.code for x in taken] == ["LP1", "LP4", "LP3"]
    assert [(e.start, e.end) for e in edits] == [(0, 5), (9, 9)]     # identical edits applied once


def test_rules_and_explain_say_which_rules_fix():
    r = invoke(["rules", "--format", "json"])
    fixes = {x["code"]: x["fix"] for x in json.loads(r.stdout)}
    assert fixes["LP104"] == ["safe", "unsafe"] and fixes["LP113"] == ["safe", "unsafe", "display"] and fixes["LP201"] == []
    r = invoke(["explain", "LP205"])
    assert "**Perbaikan (`lint-perda fix`):** aman" in r.stdout


AMENDMENT = """PERATURAN BUPATI SUKAMAJU
NOMOR 9 TAHUN 2024
TENTANG
PERUBAHAN ATAS PERATURAN BUPATI NOMOR 8 TAHUN 2024 TENTANG RETRIBUSI PELAYANAN PASAR

Menetapkan : PERATURAN BUPATI TENTANG PERUBAHAN ATAS PERATURAN BUPATI NOMOR 8 TAHUN 2024 TENTANG RETRIBUSI PELAYANAN PASAR.

Pasal I
Beberapa ketentuan dalam Peraturan Bupati Nomor 8 Tahun 2024 diubah sebagai berikut:
1. Ketentuan Pasal 4 diubah sehingga berbunyi sebagai berikut:
Pasal 4
(1) Tarif ditinjau paling lama 3 (tiga) tahun sekali.
(2) Peninjauan sebagaimana dimaksud pada ayat (1) dilakukan oleh Dinas.
(4) Hasil peninjauan sebagaimana dimaksud pada ayat (2) dilaporkan kepada Bupati.
2. Ketentuan Pasal 5 dihapus.

Pasal II
Peraturan Bupati ini mulai berlaku pada tanggal diundangkan.
"""


def test_renumbering_inside_a_quoted_provision_stays_inside_it():
    """The numbering rules will judge quoted provisions of an amendment too:
    their fix rewrites only within the instruction that quotes them."""
    from lint_perda.document import Document
    from lint_perda.renumber import group_fix, scope_of
    from lint_perda.sources import SourceText
    doc = Document(SourceText(path="x.txt", text=AMENDMENT))
    ayat = [n for n in doc.root.walk() if n.kind == "ayat" and n.quoted]
    fx = group_fix(doc, ayat)
    inst = scope_of(ayat[0])
    assert inst is not None and fx.applicability == "safe"
    assert [(e.old, e.replacement) for e in fx.edits] == [("4", "3")]
    assert all(inst.start <= e.start and e.end <= inst.end for e in fx.edits)
