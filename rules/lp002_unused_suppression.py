"""LP002 unused-suppression: an inline ``lint-perda: abaikan`` comment that
silences nothing.  The check itself runs after all rules, in
``lint_perda/suppress.py``, because it needs every other rule's findings; this
class carries the code, slug, severity and documentation."""
from __future__ import annotations

from lint_perda.rule import Rule


class UnusedSuppression(Rule):
    """
    ## Apa yang diperiksa
    Penanda abaikan di dalam naskah teks (.txt/.md), misalnya
    `<!-- lint-perda: abaikan LP201 -->`, yang tidak lagi menyembunyikan
    temuan apa pun: kesalahannya sudah diperbaiki, barisnya sudah berpindah,
    atau kode aturannya salah ketik (kode yang tidak dikenal juga dilaporkan).

    Bentuk penanda:
    - sendirian pada satu baris: berlaku untuk baris tidak kosong berikutnya;
    - di ujung baris berisi teks: berlaku untuk baris itu;
    - `<!-- lint-perda: abaikan-berkas LP105 -->`: berlaku untuk seluruh berkas.

    Aturan disebut dengan kode, slug, atau awalan kode, dipisah koma atau
    spasi; penanda tanpa kode menyembunyikan semua aturan. Kata `ignore` dan
    `ignore-file` (bahasa Inggris) juga diterima.

    ## Mengapa
    Penanda yang usang menyembunyikan kesalahan baru yang kelak muncul pada
    baris yang sama, dan membuat naskah tampak lebih bersih daripada
    kenyataannya.

    ## Dasar
    Praktik pemeriksaan otomatis (bukan kaidah Lampiran II UU 12/2011).

    ## Contoh salah
    ```
    <!-- lint-perda: abaikan LP201 -->
    Pasal 4
    Ketentuan sebagaimana dimaksud dalam Pasal 3 berlaku sejak diundangkan.
    ```
    (Pasal 3 ada, jadi LP201 tidak menemukan apa pun pada baris itu.)

    ## Contoh benar
    Hapus penanda yang tidak diperlukan lagi.

    ## Kapan diam
    Diam bila penanda menyembunyikan sedikitnya satu temuan, bila aturan
    yang disebutnya tidak dijalankan pada pemeriksaan ini (misalnya tidak
    termasuk `--select`), dan pada naskah tanpa penanda.
    """
    code = "LP002"
    slug = "unused-suppression"
    severity = "info"
    summary = "Penanda abaikan yang tidak lagi menyembunyikan temuan"
    summary_en = "An inline suppression that no longer hides any finding"
    basis = None

    def check(self, doc):
        return ()  # reported by lint_perda.suppress after all rules have run
