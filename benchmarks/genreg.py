#!/usr/bin/env python3
"""A generated Peraturan Daerah of N Pasal, for measuring how time and memory
grow with size (benchmarks/scaling.py) and for the large-input test.

The text has what makes a real regulation expensive to check: a preamble
(Menimbang, Mengingat), BAB with titles, Bagian and Paragraf, Pasal 1 with
definitions, Pasal with ayat and lists (huruf, angka), references back to
earlier Pasal, ayat and huruf ("sebagaimana dimaksud dalam Pasal 12 ayat (2)
huruf b", "pada ayat (1)"), and about one reference in ``broken`` that points
at a Pasal or an ayat that does not exist, then the closing and a Penjelasan.
Deterministic for a given N and seed.

    python benchmarks/genreg.py 3000 > /tmp/perda-3000.txt
    python benchmarks/genreg.py --size 5000000 > /tmp/perda-5mb.txt
"""
from __future__ import annotations

import argparse
import random
import sys

_TERMS = ["Daerah", "Bupati", "Pemerintah Daerah", "Perangkat Daerah", "Dinas", "Kepala Dinas",
          "Retribusi", "Wajib Retribusi", "Izin", "Pasar", "Badan", "Kas Daerah"]
_NOUNS = ["pengelolaan pasar", "penyediaan fasilitas", "pemungutan retribusi", "pengawasan",
          "pembinaan pedagang", "pelayanan perizinan", "penataan kawasan", "pemeliharaan sarana",
          "pelaporan keuangan", "penyuluhan", "pendataan pedagang", "penegakan ketentuan"]
_VERBS = ["dilaksanakan oleh Dinas", "ditetapkan dengan Keputusan Bupati", "dilakukan secara berkala",
          "dilaporkan kepada Bupati", "dibiayai dari anggaran pendapatan dan belanja daerah",
          "dikoordinasikan oleh Perangkat Daerah"]
_BAB_TITLES = ["KETENTUAN UMUM", "RUANG LINGKUP", "PENGELOLAAN", "PERIZINAN", "RETRIBUSI", "PENGAWASAN",
               "PEMBINAAN", "KERJA SAMA", "PELAPORAN", "SANKSI ADMINISTRATIF", "PENDANAAN", "PERAN SERTA MASYARAKAT"]
_ORD = ["Kesatu", "Kedua", "Ketiga", "Keempat", "Kelima", "Keenam", "Ketujuh", "Kedelapan", "Kesembilan", "Kesepuluh"]
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def roman(n: int) -> str:
    out = ""
    for v, s in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
                 (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= v:
            out += s
            n -= v
    return out


MAX_PASAL = 9000   # the parser reads Pasal numbers of up to four digits, as real texts have


def generate(n_pasal: int, seed: int = 1, broken: int = 50, region: str = "Sukamaju", scale: int = 1) -> str:
    """The text of a Peraturan Daerah with ``n_pasal`` Pasal; ``scale``
    multiplies the ayat of each Pasal (for sizes beyond MAX_PASAL Pasal)."""
    rnd = random.Random(seed)
    out: list[str] = []
    w = out.append
    w(f"PERATURAN DAERAH KABUPATEN {region.upper()}\nNOMOR 7 TAHUN 2024\nTENTANG\nPENGELOLAAN PASAR DAERAH\n")
    w("DENGAN RAHMAT TUHAN YANG MAHA ESA\n")
    w(f"BUPATI {region.upper()},\n")
    w("Menimbang : a. bahwa pasar daerah merupakan sarana pelayanan yang disediakan oleh Pemerintah Daerah;\n"
      "b. bahwa pengelolaan pasar daerah perlu ditata agar tertib dan berdaya guna;\n"
      "c. bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a dan huruf b, perlu menetapkan "
      "Peraturan Daerah tentang Pengelolaan Pasar Daerah;\n")
    w("Mengingat : 1. Pasal 18 ayat (6) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945;\n"
      "2. Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah (Lembaran Negara Republik Indonesia "
      "Tahun 2014 Nomor 244, Tambahan Lembaran Negara Republik Indonesia Nomor 5587);\n")
    w(f"Dengan Persetujuan Bersama\n\nDEWAN PERWAKILAN RAKYAT DAERAH KABUPATEN {region.upper()}\n\ndan\n\n"
      f"BUPATI {region.upper()}\n\nMEMUTUSKAN:\n")
    w("Menetapkan : PERATURAN DAERAH TENTANG PENGELOLAAN PASAR DAERAH.\n")
    w("BAB I\nKETENTUAN UMUM\n\nPasal 1\nDalam Peraturan Daerah ini yang dimaksud dengan:")
    for i, t in enumerate(_TERMS, 1):
        end = "." if i < len(_TERMS) else "."
        w(f"{i}. {t} adalah {t.lower()} sebagaimana diatur dalam peraturan perundang-undangan{end}")
    w("")
    pasal = 1
    bab = 1
    nayat: dict[int, int] = {1: 0}      # Pasal -> its number of ayat
    nref = 0
    # at most about 40 BAB and 10 Bagian a BAB, as in a long real law; the
    # rest of the growth goes into Paragraf (numbered on within a Bagian)
    per_bab = max(8, n_pasal // 40)

    def one_pasal():
        nonlocal pasal, nref
        pasal += 1
        w(f"Pasal {pasal}")
        k = rnd.choice((0, 2, 3, 3, 4)) * scale
        nayat[pasal] = k
        for a in range(1, max(k, 1) + 1):
            lead = f"({a}) " if k else ""
            noun = rnd.choice(_NOUNS)
            ref = ""
            if pasal > 3 and rnd.random() < 0.7:
                nref += 1
                if nref % broken == 0:
                    # a broken reference: a Pasal beyond the last one, or an ayat that is not there
                    if nref % (2 * broken) == 0:
                        ref = f" sebagaimana dimaksud dalam Pasal {n_pasal + 7 + nref % 13}"
                    else:
                        ref = f" sebagaimana dimaksud pada ayat ({k + 3})" if k else ""
                elif a > 1 and rnd.random() < 0.5:
                    ref = f" sebagaimana dimaksud pada ayat ({a - 1})"
                else:
                    p = rnd.randint(max(2, pasal - 400), pasal - 1)
                    ref = f" sebagaimana dimaksud dalam Pasal {p}"
                    if nayat.get(p):
                        ref += f" ayat ({rnd.randint(1, nayat[p])})"
            if rnd.random() < 0.35:
                m = rnd.randint(2, 5)
                w(f"{lead}{noun.capitalize()}{ref} meliputi:")
                for j, item in enumerate(rnd.sample(_NOUNS, m)):
                    tail = ";" if j < m - 2 else ("; dan" if j == m - 2 else ".")
                    w(f"{_LETTERS[j]}. {item} di lingkungan {_TERMS[j]}{tail}")
            else:
                w(f"{lead}{noun.capitalize()}{ref} {rnd.choice(_VERBS)}.")
        w("")

    while pasal < n_pasal:
        bab += 1
        w(f"BAB {roman(bab)}\n{rnd.choice(_BAB_TITLES)}\n")
        in_bab = min(per_bab, n_pasal - pasal)
        if in_bab <= 9:
            for _ in range(in_bab):
                one_pasal()
            continue
        n_bagian = min(10, max(2, in_bab // 25))
        size = -(-in_bab // n_bagian)
        for bg in range(n_bagian):
            if pasal >= n_pasal:
                break
            w(f"Bagian {_ORD[bg]}\n{rnd.choice(_NOUNS).title()}\n")
            left = min(size, n_pasal - pasal)
            if left <= 12:
                for _ in range(left):
                    one_pasal()
                continue
            par = 0
            while left > 0:
                par += 1
                w(f"Paragraf {par}\n{rnd.choice(_NOUNS).title()}\n")
                for _ in range(min(left, rnd.randint(3, 9))):
                    one_pasal()
                    left -= 1
    w(f"Pasal {pasal + 1}\nPeraturan Daerah ini mulai berlaku pada tanggal diundangkan.\n")
    w("Agar setiap orang mengetahuinya, memerintahkan pengundangan Peraturan Daerah ini dengan penempatannya "
      f"dalam Lembaran Daerah Kabupaten {region}.\n")
    w(f"Ditetapkan di {region}\npada tanggal 2 Mei 2024\nBUPATI {region.upper()},\n\nttd\n\nAHMAD SUBAGJA\n")
    w(f"Diundangkan di {region}\npada tanggal 3 Mei 2024\nSEKRETARIS DAERAH KABUPATEN {region.upper()},\n\nttd\n\n"
      f"BUDI SANTOSO\n\nLEMBARAN DAERAH KABUPATEN {region.upper()} TAHUN 2024 NOMOR 7\n")
    w(f"PENJELASAN\nATAS\nPERATURAN DAERAH KABUPATEN {region.upper()}\nNOMOR 7 TAHUN 2024\nTENTANG\n"
      "PENGELOLAAN PASAR DAERAH\n\nI. UMUM\nPasar daerah merupakan sarana pelayanan bagi masyarakat.\n\n"
      "II. PASAL DEMI PASAL\n")
    for p in range(1, pasal + 2):
        w(f"Pasal {p}\nCukup jelas.\n")
    return "\n".join(out) + "\n"


def pasal_for_size(size: int, seed: int = 1) -> tuple[int, int]:
    """(Pasal, scale) for a text of about ``size`` bytes: more Pasal up to
    MAX_PASAL, then longer ones."""
    per = len(generate(400, seed).encode()) / 400
    n = max(3, int(size / per))
    if n <= MAX_PASAL:
        return n, 1
    scale = -(-n // MAX_PASAL)
    per = len(generate(400, seed, scale=scale).encode()) / 400
    n = int(size / per)
    return max(3, int(n * size / len(generate(n, seed, scale=scale).encode()))), scale


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="Print a generated Peraturan Daerah.")
    ap.add_argument("pasal", nargs="?", type=int, default=60, help="number of Pasal (default 60)")
    ap.add_argument("--size", type=int, help="about this many bytes instead of a number of Pasal")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--broken", type=int, default=50, help="one reference in this many is broken")
    args = ap.parse_args(argv)
    n, scale = pasal_for_size(args.size, args.seed) if args.size else (args.pasal, 1)
    sys.stdout.write(generate(n, args.seed, args.broken, scale=scale))
    return 0


if __name__ == "__main__":
    sys.exit(main())
