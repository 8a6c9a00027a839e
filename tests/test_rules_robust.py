"""Every rule survives any input: arbitrary text, and generated regulations
with random lines dropped, duplicated or swapped, run through all rules
without a rule failing (a failing rule turns into an error for the file)."""
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import lint_text
from test_parser_properties import regulation, render

PIECES = ["Pasal 1", "Pasal 5A", "(1) a", "a. b;", "1) x", "BAB II", "Bagian Kedua", "Paragraf 2", "Menimbang :",
          "Mengingat : 1. Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah (Lembaran Negara Republik "
          "Indonesia Tahun 2014 Nomor 244, Tambahan Lembaran Negara Republik Indonesia Nomor 5587);",
          "MEMUTUSKAN:", "Menetapkan : PERATURAN BUPATI TENTANG", "PERATURAN BUPATI SUKAMAJU", "NOMOR 1 TAHUN 2024",
          "TENTANG", "KECAMATAN", "Susunan organisasi Kecamatan terdiri atas:", "a. Camat;", "b. Seksi Pemerintahan;",
          "Seksi Pemerintahan dipimpin oleh seorang Kepala Seksi yang bertanggung jawab kepada Kepala Bidang.",
          "sebagaimana dimaksud dalam Pasal 17 ayat (2) huruf b", "Dalam Peraturan Bupati ini yang dimaksud dengan:",
          "1. Daerah adalah Kabupaten Sukamaju.", "Ditetapkan di Sukamaju", "pada tanggal 2 Mei 2024", "BUPATI SUKAMAJU,",
          "LAMPIRAN", "PERATURAN BUPATI SUKAMAJU", "NOMOR 1 TAHUN 2024", "Berita Daerah Kabupaten Sukamaju",
          "dinas dinas", "Pasal ...", "- 2 -", "", "**", "   ", "\t", "Direktur Kecamatan"]


def _check(text):
    res = lint_text(text)
    assert res.error is None, res.error


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=500) | st.lists(st.sampled_from(PIECES), max_size=80).map("\n".join))
def test_all_rules_survive_arbitrary_text(text):
    _check(text)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(regulation(), st.lists(st.tuples(st.sampled_from(["drop", "dup", "swap"]), st.integers(0, 10_000)), max_size=8))
def test_all_rules_survive_damaged_regulations(spec, damage):
    lines = render(spec)[0].split("\n")
    for op, k in damage:
        if not lines:
            break
        i = k % len(lines)
        if op == "drop":
            del lines[i]
        elif op == "dup":
            lines.insert(i, lines[i])
        elif i + 1 < len(lines):
            lines[i], lines[i + 1] = lines[i + 1], lines[i]
    _check("\n".join(lines))
