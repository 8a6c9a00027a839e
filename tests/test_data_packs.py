"""Vocabularies are data: a region's own pack (``data-packs``) adds an
agency or a regulation without code, and the rules use it."""
from conftest import EXAMPLES, lint_text

SOTK = (EXAMPLES / "perbup-sotk-kecamatan-bersih.txt").read_text(encoding="utf-8")


def _dinas_text():
    t = SOTK.replace("TATA KERJA KECAMATAN", "TATA KERJA DINAS KEBERSIHAN")
    return t.replace("(1) Camat mempunyai tugas menyelenggarakan urusan pemerintahan umum di wilayah Kecamatan.",
                     "(1) Camat mempunyai tugas melaksanakan urusan pemerintahan di bidang kesehatan.")


def test_an_agency_from_a_regional_pack(tmp_path):
    text = _dinas_text()
    # not in the bundled pack: the rule knows no urusan for it and stays silent
    assert [d for d in lint_text(text, select=["LP402"]).diagnostics if "Urusan" in d.message] == []
    pack = tmp_path / "nomenklatur-sukamaju.toml"
    pack.write_text('[[perangkat]]\nnama = "Dinas Kebersihan"\njenis = "dinas"\nurusan = ["persampahan"]\n',
                    encoding="utf-8")
    got = lint_text(text, select=["LP402"], data_packs=[str(pack)]).diagnostics
    assert any('Urusan "kesehatan" adalah urusan Dinas Kesehatan, bukan Dinas Kebersihan' in d.message for d in got)


def test_a_regulation_from_a_regional_pack(tmp_path):
    text = SOTK.replace("(Lembaran Daerah Kabupaten Sukamaju Tahun 2022 Nomor 1);",
                        "(Lembaran Daerah Kabupaten Sukamaju Tahun 2022 Nomor 1);\n"
                        "5. Peraturan Pemerintah Nomor 99 Tahun 2023 tentang Contoh (Lembaran Negara Republik Indonesia "
                        "Tahun 2023 Nomor 7, Tambahan Lembaran Negara Republik Indonesia Nomor 7000);")
    assert lint_text(text, select=["LP513"]).diagnostics == []
    pack = tmp_path / "peraturan-sukamaju.toml"
    pack.write_text('[[peraturan]]\njenis = "Peraturan Pemerintah"\nnomor = 99\ntahun = 2023\ntentang = "Contoh"\n'
                    'lembaran_negara = [2023, 8]\ntambahan = 7001\nsumber = ["Lembaran Negara 2023 Nomor 8"]\n',
                    encoding="utf-8")
    got = lint_text(text, select=["LP513"], data_packs=[str(pack)]).diagnostics
    assert len(got) == 1 and "Nomor 8" in got[0].message


def test_a_title_from_a_pack_is_compared_without_a_scans_space_inside_a_number(tmp_path):
    """PP 51/2016: "Tahun Anggaran 20 16" is the title "... Tahun Anggaran 2016"; "2017" is not."""
    pack = tmp_path / "peraturan-sukamaju.toml"
    pack.write_text('[[peraturan]]\njenis = "Undang-Undang"\nnomor = 14\ntahun = 2015\n'
                    'tentang = "Anggaran Pendapatan dan Belanja Negara Tahun Anggaran 2016"\n'
                    'lembaran_negara = [2015, 278]\ntambahan = 5767\nsumber = ["Lembaran Negara 2015 Nomor 278"]\n',
                    encoding="utf-8")

    def cited(year):
        return SOTK.replace("(Lembaran Daerah Kabupaten Sukamaju Tahun 2022 Nomor 1);",
                            "(Lembaran Daerah Kabupaten Sukamaju Tahun 2022 Nomor 1);\n"
                            f"5. Undang-Undang Nomor 14 Tahun 2015 tentang Anggaran Pendapatan dan Belanja Negara Tahun "
                            f"Anggaran {year} (Lembaran Negara Republik Indonesia Tahun 2015 Nomor 278, Tambahan Lembaran "
                            "Negara Republik Indonesia Nomor 5767);")
    assert lint_text(cited("20 16"), select=["LP513"], data_packs=[str(pack)]).diagnostics == []
    assert len(lint_text(cited("2017"), select=["LP513"], data_packs=[str(pack)]).diagnostics) == 1
