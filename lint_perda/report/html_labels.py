"""The HTML report's own words, each in Bahasa Indonesia and English side by
side (so neither language can miss a label)."""
from __future__ import annotations

_PAIRS = {
    "title": ("Laporan pemeriksaan naskah", "Review report"),
    "made": ("dibuat oleh lint-perda", "made by lint-perda"),
    "at": ("pada", "at"),
    "rules": ("Aturan", "Rules"),
    "compact": ("hanya sekitar temuan", "only around findings"),
    "print": ("Cetak", "Print"),
    "index": ("Daftar berkas", "Files"),
    "file": ("Berkas", "File"),
    "files": ("berkas", "files"),
    "document": ("Naskah", "Document"),
    "findings": ("Temuan", "Findings"),
    "coverage": ("Cakupan urai", "Parse coverage"),
    "identity": ("Identitas naskah", "Document identity"),
    "jenis": ("Jenis", "Kind"),
    "region": ("Daerah", "Region"),
    "nomor": ("Nomor", "Number"),
    "tahun": ("Tahun", "Year"),
    "doc_title": ("Tentang", "Title"),
    "counts": ("Jumlah unsur", "Counts"),
    "bab": ("BAB", "BAB"),
    "bagian": ("Bagian", "Bagian"),
    "paragraf": ("Paragraf", "Paragraf"),
    "pasal": ("Pasal", "Pasal"),
    "ayat": ("ayat", "ayat"),
    "references": ("rujukan", "references"),
    "unresolved_references": ("rujukan tak ditemukan", "unresolved references"),
    "checked": ("Yang diperiksa", "What was checked"),
    "family": ("Kelompok aturan", "Rule family"),
    "status": ("Status", "Status"),
    "reasons": ("Alasan", "Reasons"),
    "not_checked": ("Yang tidak diperiksa", "What was not checked"),
    "summary": ("Temuan menurut aturan", "Findings by rule"),
    "code": ("Kode", "Code"),
    "rule": ("Aturan", "Rule"),
    "severity": ("Tingkat", "Severity"),
    "count": ("Jumlah", "Count"),
    "none": ("Tidak ada temuan.", "No findings."),
    "text": ("Naskah dan temuan", "Text and findings"),
    "graph": ("Graf rujukan", "Reference graph"),
    "outline": ("Kerangka", "Outline"),
    "where": ("letak", "where"),
    "suggestion": ("saran", "suggestion"),
    "basis": ("dasar", "basis"),
    "line": ("baris", "line"),
    "outside": ("Di luar struktur", "Outside the structure"),
    "unreadable": ("Berkas ini tidak dapat diperiksa", "This file could not be checked"),
    "suppressed": ("disembunyikan (penanda abaikan/baseline)", "suppressed (inline markers/baseline)"),
    "low": ("Cakupan urai rendah: sebagian naskah tidak terbaca sebagai struktur dan tidak terperiksa.",
            "Low parse coverage: part of the text was not read as structure and was not checked."),
    "unparsed": ("baris tidak terbaca sebagai struktur (LP001)", "lines not read as structure (LP001)"),
    "old": ("Naskah dibuat sebelum 2011: aturan teknik penyusunan Lampiran II UU 12/2011 tidak diterapkan.",
            "A text made before 2011: the drafting-technique rules of Lampiran II UU 12/2011 were not applied."),
    "status_all": ("seluruh naskah", "whole text"),
    "status_part": ("sebagian", "in part"),
    "status_none": ("tidak diperiksa", "not checked"),
    "amendment": ("Peraturan yang diubah", "Amended regulation"),
    "amends": ("Mengubah", "Amends"),
    "base": ("Naskah dasar", "Base text"),
    "instructions": ("Butir perubahan", "Amendment points"),
    "no_text": ("Naskah tidak tersedia.", "The text is not available."),
}
_SEV_HELP = {"error": ("pasti salah", "certainly wrong"), "warning": ("sangat mungkin salah", "very likely wrong"),
             "info": ("gaya penulisan", "style")}
# document.amendment: its keys, the actions and statuses of its instructions
_AMEND_KEYS = {"ordinal": ("perubahan ke-", "amendment no."), "number": ("angka", "point"),
               "action": ("tindakan", "action"), "target": ("sasaran", "target"), "line": ("baris", "line"),
               "inserted": ("disisipkan", "inserted"), "status": ("status", "status"),
               "count": ("jumlah", "count")}
_AMEND_ACTIONS = {"ubah": ("diubah", "amended"), "sisip": ("disisipkan", "inserted"),
                  "tambah": ("ditambahkan", "added"), "hapus": ("dihapus", "deleted"), "other": ("lain", "other")}
_AMEND_STATUS = {"resolved": ("ada di naskah dasar", "found in the base text"),
                 "missing": ("tidak ada di naskah dasar", "not in the base text"),
                 "unchecked": ("tidak diperiksa", "not checked")}
# the families of document.checked (design.md); English shows the key itself
_FAMILIES = {"numbering": "penomoran", "duplicates": "duplikasi", "lists": "tabulasi (daftar)",
             "references": "rujukan", "organisation": "organisasi perangkat daerah",
             "frame": "kerangka (judul, konsiderans, penutup)", "amendment": "perubahan",
             "penjelasan": "penjelasan", "spelling": "ejaan", "numbers": "bilangan", "keputusan": "keputusan",
             "definitions": "definisi (ketentuan umum)"}


def labels(lang: str) -> dict:
    k = 1 if lang == "en" else 0
    L = {key: pair[k] for key, pair in _PAIRS.items()}
    L["sev_help"] = {s: pair[k] for s, pair in _SEV_HELP.items()}
    L["families"] = {} if k else dict(_FAMILIES)
    for name, table in (("amend_keys", _AMEND_KEYS), ("amend_actions", _AMEND_ACTIONS),
                        ("amend_status", _AMEND_STATUS)):
        L[name] = {key: pair[k] for key, pair in table.items()}
    return L
