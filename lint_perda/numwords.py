"""Numbers written twice, in digits and in words: "30 (tiga puluh) hari",
"Rp5.000.000,00 (lima juta rupiah)", "10% (sepuluh persen)".

``read_words`` reads Indonesian number words back to a number (the reverse
of num2words); ``spell`` writes a number in words with num2words (lang "id"),
for the suggestion; ``pairs`` finds the pairs in a line of text.  Pure
functions; the rule LP711 decides what to report.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from .rxscan import Anchored

_UNIT = {"nol": 0, "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7,
         "delapan": 8, "sembilan": 9}
_SE = {"sepuluh": 10, "sebelas": 11, "seratus": 100, "seribu": 1000}
_SCALE = {"ribu": 10 ** 3, "juta": 10 ** 6, "miliar": 10 ** 9, "milyar": 10 ** 9, "triliun": 10 ** 12,
          "trilyun": 10 ** 12}
NUMBER_WORDS = frozenset(_UNIT) | frozenset(_SE) | frozenset(_SCALE) | {"belas", "puluh", "ratus", "koma"}
# what may follow the number words inside the parentheses: the unit.  Any
# other word (a product "satu kali dua puluh empat", a fraction "satu per
# tiga", an OCR misreading "tujuh ratus rniliar") means the words are not
# one number, and the pair is left alone.
UNITS = frozenset("""rupiah sen persen perseratus permil meter persegi kubik kilometer kilo sentimeter centimeter
    milimeter hektare hektar are kilogram gram ton liter mililiter jam hari bulan tahun minggu menit detik orang
    dolar dollar euro watt kilowatt megawatt volt derajat celsius lembar buah unit kendaraan jiwa kepala
    keluarga desa kelurahan kecamatan anggota kursi tempat pasal ayat""".split())

# digits as a regulation writes them: 5.000.000,00 / 2,5 / 30 / Rp5.000.000,00 / 10% ; then "(words)"
PAIR = Anchored(
    r"(?<![\w.,/^-])(?P<rp>Rp\.?\s?)?(?P<num>\d{1,3}(?:\.\d{3})+|\d+)(?:,(?P<dec>\d+))?(?P<pct>\s?%)?"
    r"\s*\((?P<words>[A-Za-z][A-Za-z ]*?)\)",
    # found from its "Rp" or the first digit of a number a bracket of words follows
    [(r"R(?=p\.?\s?\d)", (0,)), (r"\d(?<!\d\d)(?=[\d.,]*\s?%?\s*\([A-Za-z])", (0,))])


class NotANumber(ValueError):
    pass


def _integer(words: list[str]) -> int:
    if not words:
        raise NotANumber("empty")
    total, small, pending = 0, 0, None
    for w in words:
        if w in _UNIT:
            if pending is not None:
                raise NotANumber(w)      # "dua tiga": two digits in a row
            pending = _UNIT[w]
        elif w in _SE:
            if pending is not None:
                raise NotANumber(w)
            if w == "seribu":
                total += 1000
            else:
                small += _SE[w]
        elif w == "belas":
            if pending is None:
                raise NotANumber(w)
            small += 10 + pending
            pending = None
        elif w == "puluh":
            if pending is None:
                raise NotANumber(w)
            small += 10 * pending
            pending = None
        elif w == "ratus":
            if pending is None:
                raise NotANumber(w)
            small += 100 * pending
            pending = None
        elif w in _SCALE:
            group = small + (pending or 0)
            if group == 0:
                raise NotANumber(w)
            total += group * _SCALE[w]
            small, pending = 0, None
        else:
            raise NotANumber(w)
    return total + small + (pending or 0)


def read_words(text: str) -> tuple[Decimal, int]:
    """The number the words say, and how many words it took (the rest is a
    unit: "rupiah", "persen", "hari").  NotANumber when they are not one."""
    words = text.lower().split()
    n = 0
    while n < len(words) and words[n] in NUMBER_WORDS:
        n += 1
    num, tail = words[:n], words[n:]
    if not num:
        raise NotANumber(text)
    cents = Decimal(0)
    if tail and tail[0] == "rupiah" and len(tail) > 2 and tail[-1] == "sen":
        cents = Decimal(_integer(tail[1:-1])) / 100      # "... rupiah empat puluh enam sen"
        tail = tail[:1]
    if tail and (tail[0] not in UNITS or any(w in NUMBER_WORDS for w in tail)):
        raise NotANumber(text)
    if tail[:2] == ["perseratus", "persen"]:
        return _value(num) / 100, n    # "0,03% (tiga perseratus persen)": hundredths of a per cent
    if tail and tail[0] == "sen":
        return _value(num) / 100, n    # "Rp. 0,10 (sepuluh sen)": a hundredth of a rupiah each
    return _value(num) + cents, n


def _value(num: list[str]) -> Decimal:
    if "koma" in num:
        k = num.index("koma")
        whole = _integer(num[:k]) if num[:k] != ["nol"] else 0
        frac = num[k + 1:]
        if not frac:
            raise NotANumber("koma")
        if all(w in _UNIT for w in frac):       # "koma dua lima": digit by digit
            digits = "".join(str(_UNIT[w]) for w in frac)
        else:                                   # "koma dua puluh lima"
            digits = str(_integer(frac))
        return Decimal(f"{whole}.{digits}")
    if num == ["nol"]:
        return Decimal(0)
    return Decimal(_integer(num))


def read_digits(num: str, dec: str | None) -> Decimal:
    try:
        return Decimal(num.replace(".", "") + ("." + dec if dec else ""))
    except InvalidOperation:
        raise NotANumber(num) from None


def spell(value: Decimal, rupiah: bool = False) -> str:
    """The number in words as num2words writes it; money with its sen."""
    from num2words import num2words
    whole = int(value)
    frac = value - whole
    if frac == 0:
        return num2words(whole, lang="id")
    if rupiah:
        return f"{num2words(whole, lang='id')} rupiah {num2words(int(frac * 100), lang='id')} sen"
    return num2words(float(value), lang="id")


@dataclass
class Pair:
    a: int                 # span of the whole "digits (words)" in the line
    b: int
    digits: str
    words: str
    value_digits: Decimal
    value_words: Decimal
    words_a: int           # span of the words inside the parentheses
    words_b: int
    rupiah: bool = False
    percent: bool = False


_WORDS_OPEN = re.compile(r"\([A-Za-z]")
_BROKEN_BEFORE = re.compile(r"\d\W{0,3}$|\bR[pP][A-Za-z]+\s?$|(?<![\w.])[Iil]\s$")


def pairs(text: str):
    """Every "digits (number words ...)" in ``text`` whose words read as a
    number.  Digits that continue a number broken by a conversion ("Rp94.
    172.621.376,73", "1 1,6", "Rpl 75.000.000,00") are not a pair."""
    if _WORDS_OPEN.search(text) is None:
        return   # every pair has its words in brackets: most lines have none, and no search at each digit
    for m in PAIR.finditer(text):
        if _BROKEN_BEFORE.search(text[max(0, m.start() - 6):m.start()]):
            continue
        try:
            vw, _n = read_words(m.group("words"))
            vd = read_digits(m.group("num"), m.group("dec"))
        except NotANumber:
            continue
        yield Pair(m.start(), m.end(), text[m.start():m.start("words") - 1].rstrip(" ("), m.group("words"),
                   vd, vw, m.start("words"), m.end("words"), bool(m.group("rp")), bool(m.group("pct")))


def ocr_misreading(p: Pair) -> bool:
    """A mismatch a scanner makes: one digit misread ("45 (empat puluh)",
    "74 (empat belas)"), or "%" read as digits ("1596 (lima belas persen)")."""
    d, w = str(p.value_digits), str(p.value_words)
    if len(d) == len(w) and sum(x != y for x, y in zip(d, w)) == 1:
        return True
    return "persen" in p.words.lower() and not p.percent
