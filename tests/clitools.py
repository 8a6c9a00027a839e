"""Helpers for the command-line, report, configuration and baseline tests.

The rule set grows while the project is built, so these tests do not lean on
any particular built-in rule: ``fake_rules`` adds two test rules (LP990, an
error with a suggestion and a legal basis, firing on "Pasal 99"; LP991, a
warning firing on the word "kiranya") to the registry for the test.  Drafts
are written here for the purpose (not corpus text)."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from lint_perda.rule import Rule

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable


class FakeBrokenReference(Rule):
    """
    ## Apa yang diperiksa
    Uji: rujukan ke Pasal 99.

    ## Kapan diam
    Bila tidak ada "Pasal 99".
    """
    code = "LP990"
    slug = "test-broken-reference"
    severity = "error"
    summary = "Uji: rujukan ke Pasal 99"
    summary_en = "Test: a reference to Pasal 99"
    basis = "Lampiran II UU 12/2011 (uji)"
    options = {"target": "Pasal 99", "max_hits": 10}

    def check(self, doc):
        word = self.opts["target"]
        n = 0
        for p in doc.nodes("pasal", "ayat", "huruf", "angka"):
            if p.children and p.kind == "pasal":
                continue
            t = p.text
            i = t.find(word)
            while i >= 0 and n < self.opts["max_hits"]:
                n += 1
                yield self.at(p, f"{word} yang dirujuk tidak ada dalam peraturan ini.",
                              f"{word}, referred to here, does not exist in this regulation.",
                              i=i, j=i + len(word), suggestion="Pasal 1")
                i = t.find(word, i + 1)


class FakeStyle(Rule):
    """
    ## Apa yang diperiksa
    Uji: kata "kiranya".

    ## Kapan diam
    Bila tidak ada kata itu.
    """
    code = "LP991"
    slug = "test-style"
    severity = "warning"
    summary = "Uji: kata kiranya"
    summary_en = "Test: the word kiranya"

    def check(self, doc):
        for p in doc.nodes("pasal", "ayat"):
            if p.children and p.kind == "pasal":
                continue
            i = p.text.find("kiranya")
            if i >= 0:
                yield self.at(p, 'Kata "kiranya" tidak lazim dalam norma.', 'The word "kiranya" is unusual in a norm.',
                              i=i, j=i + 7)


@pytest.fixture
def fake_rules(monkeypatch):
    from lint_perda import registry
    # only the infrastructure rules stay: these tests are about the CLI, not
    # about what the real rules find (their own fixtures test that)
    rules = [r for r in registry.all_rules() if r.code in ("LP001", "LP002")]
    monkeypatch.setattr(registry, "_CACHE", sorted(rules + [FakeBrokenReference, FakeStyle], key=lambda r: r.code))
    return [FakeBrokenReference, FakeStyle]


DRAFT = """PERATURAN BUPATI SUKAMAJU
NOMOR 5 TAHUN 2024
TENTANG
PELAYANAN ADMINISTRASI KECAMATAN

BUPATI SUKAMAJU,

Menimbang : a. bahwa pelayanan administrasi di Kecamatan perlu diatur;
b. bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu menetapkan Peraturan Bupati tentang Pelayanan Administrasi Kecamatan;

Mengingat : 1. Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah;

MEMUTUSKAN:

Menetapkan : PERATURAN BUPATI TENTANG PELAYANAN ADMINISTRASI KECAMATAN.

BAB I
KETENTUAN UMUM

Pasal 1
Dalam Peraturan Bupati ini yang dimaksud dengan:
1. Daerah adalah Kabupaten Sukamaju.
2. Camat adalah pemimpin Kecamatan.

BAB II
PELAYANAN

Pasal 2
(1) Camat menyelenggarakan pelayanan administrasi.
(2) Pelayanan sebagaimana dimaksud pada ayat (1) dilaksanakan sesuai dengan {REF}.

Pasal 3
Pelayanan {WORD} diberikan tanpa dipungut biaya.

Pasal 4
Peraturan Bupati ini mulai berlaku pada tanggal diundangkan.
"""


def draft(ref: str = "Pasal 1", word: str = "umum") -> str:
    return DRAFT.replace("{REF}", ref).replace("{WORD}", word)


FAULTY = draft(ref="Pasal 99")          # one LP990 error at line 30
STYLE = draft(word="kiranya")           # one LP991 warning at line 33
CLEAN = draft()


def write(d: Path, name: str, text: str) -> Path:
    p = d / name
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(text, encoding="utf-8")
    return p


def invoke(args, cwd=None, input=None):
    """Run `lint-perda ARGS` in-process (click's CliRunner) from ``cwd``."""
    from click.testing import CliRunner
    from lint_perda.cli import main
    old = os.getcwd()
    if cwd is not None:
        os.chdir(cwd)
    try:
        return CliRunner().invoke(main, [str(a) for a in args], input=input, catch_exceptions=False)
    finally:
        os.chdir(old)


def run_cli(args, cwd=None, env=None, input=None, timeout=120):
    """Run `python -m lint_perda ARGS` in a fresh process."""
    import subprocess
    e = dict(os.environ)
    e.pop("FORCE_COLOR", None)
    e.update(env or {})
    return subprocess.run([PY, "-m", "lint_perda", *map(str, args)], cwd=cwd, env=e, input=input,
                          capture_output=True, text=True, timeout=timeout)
