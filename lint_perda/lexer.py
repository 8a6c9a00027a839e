"""Line lexer: classify each logical line of a regulation into the tokens of
grammars/regulation.lark.

A small state machine over the parts of a regulation (pembukaan, batang
tubuh, penutup, penjelasan, lampiran) decides what a line can be: "Pasal 5"
is a heading in the body, a heading of the elucidation in the Penjelasan, a
quoted Pasal inside an amendment "Pasal I", and plain text in a Lampiran.
List nesting (a. -> 1. -> a) -> 1)) becomes INDENT/DEDENT tokens from a marker
stack: a marker kind already open closes the deeper levels, a new kind opens
a level.  The lexer never fails; the grammar decides the structure.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .glued import (_PASAL_AT, _PASAL_NUM, Expect, LaterExpect, _number_repairs, find_cut, heading_number,
                    marker_value, may_glue)
from .normalize import MLine
from .numbering import letter_to_int, ordinal_to_int, roman_to_int
from .numbering import parse_arabic as _parse_arabic

_ARABIC: dict[str, tuple] = {}


def parse_arabic(s: str) -> tuple[int | None, str]:
    """numbering.parse_arabic, remembered: a text writes the same few
    hundred numbers after its headings and markers."""
    r = _ARABIC.get(s)
    if r is None:
        if len(_ARABIC) > 20000:
            _ARABIC.clear()
        r = _ARABIC[s] = _parse_arabic(s)
    return r


@dataclass(slots=True)   # (no __dict__: a text makes some 10,000 tokens, and the collector visits each)
class Tok:
    type: str
    line: MLine | None
    a: int = 0            # span of the token in line.text
    b: int = 0
    num: str | None = None  # number as written
    value: int | None = None
    suffix: str = ""
    marker: str | None = None  # list marker kind: huruf | angka | huruf_kurung | angka_kurung
    title: str | None = None   # heading title written on the same line
    retyped: bool = False
    h: int = -1               # where the heading/marker starts, when before ``a``
    read: tuple = ()          # how the line was read: "glued" (split from running text), "ocr" (number repaired)

    @property
    def text(self) -> str:
        return self.line.text[self.a:self.b] if self.line else ""


_ORD_WORDS = r"(?:Ke\w+(?:\s+(?:Belas|Puluh|belas|puluh)(?:\s+(?:Satu|Dua|Tiga|Empat|Lima|Enam|Tujuh|Delapan|Sembilan|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan))?)?|Pertama)"
RE_BAB = re.compile(r"^BAB\s+([IVXLC]+[A-Z]?|\d+)(?=\s|$|\.)\.?\s*(.*)$")
RE_BAGIAN = re.compile(r"^Bagian\s+(" + _ORD_WORDS + r"(?:\s+[A-Z](?=\s|$))?|\d+)(?=\s|$)\s*(.*)$")
RE_PARAGRAF = re.compile(r"^Paragraf\s+(\d+[A-Z]?|" + _ORD_WORDS + r")(?=\s|$)\s*(.*)$")
RE_PASAL = re.compile(r"^(?:Pasal|PASAL)(?:\s+|(?=\d))(\d{1,4}[A-Z]?|[IVX]{1,5})\s*\.?$")
RE_PASAL_START = re.compile(r"^(?:Pasal|PASAL)\s+(\d{1,4})(?=[\s.]|$)")
RE_AYAT = re.compile(r"^\((\d{1,3}[a-z]?)\)\s*")
RE_ITEM = re.compile(r"^(?:([a-z]{1,2})\.|(\d{1,3})\.|([a-z])\)|(\d{1,3})\))(?=\s|$)\s*")
# list letters OCR reads as others: the letter written -> the letters it may stand for
_CONFUSED = {"c": "e", "e": "c", "l": "i", "i": "l", "o": "c", "t": "f", "f": "t"}
# a marker glued to the word after it ("27.Cuti"): read only where that item is expected
RE_ITEM_TIGHT = re.compile(r"^(?:([a-z]{1,2})\.|(\d{1,3})\.|([a-z])\)|(\d{1,3})\))(?=[A-Z])")
RE_MENIMBANG = re.compile(r"^Menimbang\b\s*:?\s*")
RE_MENGINGAT = re.compile(r"^Mengingat\b\s*:?\s*")
RE_MEMUTUSKAN = re.compile(r"^M\s?E\s?M\s?U\s?T\s?U\s?S\s?K\s?A\s?N\b\s*:?\s*")
RE_MENETAPKAN = re.compile(r"^Menetap[kK](?:an|AN)\b\s*:?\s*")
# a diktum of a Keputusan: "KESATU : Membentuk ...", "KEDUA BELAS:", "PERTAMA :"
RE_DIKTUM = re.compile(r"^(KE[A-Z]{2,12}(?:\s+(?:BELAS|PULUH)(?:\s+[A-Z]{3,9})?)?|PERTAMA|"
                       r"Ke[a-z]{2,12}(?:\s+(?:Belas|Puluh|belas|puluh)(?:\s+[A-Za-z]{3,9})?)?|Pertama)\s*:\s*")
RE_RAHMAT = re.compile(r"^DENGAN\s+RAHMAT\s+TUHAN", re.I)
RE_PERSETUJUAN = re.compile(r"^Dengan\s+Persetujuan\s+Bersama", re.I)
RE_CLOSE_START = re.compile(r"^(?:Ditetapkan|Disahkan)\s+[Dd]i\b")
RE_PENJELASAN = re.compile(r"^(?:PENJE\S{0,3}ASAN(?:\s|$)|P ?E ?N ?J ?E ?L ?A ?S ?A ?N\s+A ?T ?A ?S\b|I\.\s+UMUM\b|(?:I{1,2}\.\s+)?PASAL\s+DEMI\s*PASAL\b)")
RE_LAMPIRAN = re.compile(r"^(?:LAMPIRAN|Lampiran)(?:\s+([IVXL]+|\d+))?(?=\s*$|\s*:|\s+(?:PERATURAN|KEPUTUSAN|UNDANG|Peraturan|Keputusan|NOMOR|Nomor))")
# "Pasal 36 Undang-Undang Dasar ..." at the start of a line of the Penjelasan cites, it is no entry
RE_PJ_PASAL = re.compile(r"^Pasal(?:\s+|(?=\d))(\d{1,4}[A-Z]?|[IVX]{1,5})(?=\s|$)"
                         r"(?!\s+(?:ayat|huruf|angka|Undang|UUD|Peraturan|Keputusan|KUH|Kitab)\b)\s*")
RE_AMEND = re.compile(
    r"^(?:Ketentuan|Di\s*antara|Diantara|Judul|Penjelasan|Lampiran|Bab|BAB|Bagian|Paragraf|[Pp]asal\s+\d+\w*|"
    r"Ayat|ayat|Huruf|huruf|Angka|angka|Menambahkan|Menyisipkan|Mengubah|Menghapus|Setelah|Sesudah)\b")
# the verb of an amendment instruction, before the new wording starts
RE_AMEND_VERB = re.compile(r"\b(?:diubah|dihapus|disisipkan|disisipi|ditambah(?:kan)?|dicabut|diganti)\b")
# an omnibus text's Pasal that amends another regulation
RE_OMNIBUS = re.compile(r"^(?:Beberapa\s+)?[Kk]etentuan\b.{0,400}?\bdalam\s+(?:Peraturan|Undang-Undang|Undang-undang)\b"
                        r".*\b(?:diubah|dihapus|ditambah\w*|disisipkan)\b.*(?:berikut|dihapus)\s*[:.]?\s*$")
# "10.Di antara Pasal 54 ...": an instruction number without its space
RE_GLUED_NUMBER = re.compile(r"^(\d{1,3})\.(?=[A-Z])")
RE_WORDING = re.compile(r"\bberbunyi\b|\bsebagai\s+berikut\b")
# the opening of Pasal I naming the amended regulation ("Beberapa ketentuan
# dalam Peraturan ... diubah sebagai berikut:"): not an instruction itself
RE_AMEND_OPENING = re.compile(r"^(?:Beberapa|Semua|Seluruh)\s+ketentuan\b", re.I)
_ALLCAPS = re.compile(r"^[^a-z]*[A-Z][^a-z]*$")
_MARKER_KIND = ("huruf", "angka", "huruf_kurung", "angka_kurung")


class Lexer:
    def __init__(self, lines: list[MLine], scan: bool = False):
        self.lines = lines
        self.scan = scan              # a print read by OCR: its list letters may be misread
        self.out: list[Tok] = []
        self.mode = "front"
        self.stack: list[str] = []    # open list levels (marker kinds)
        self.amend = False            # inside an amendment Pasal I / II
        self.instructions = 0         # amendment instructions seen
        self.omnibus: int | None = None   # the own Pasal of an omnibus text that is amending another regulation
        self.k = 0                    # index of the line being read
        self.expect_quote = False     # an instruction "... sehingga berbunyi sebagai berikut:" awaits its Pasal
        self.after_pasal = False      # the previous line was a Pasal heading
        self.last_pasal: int | None = None
        self.last_instruction = 0     # the number of the last one
        self.title_budget = 0         # heading title lines still expected
        self.title_caps = False
        self.next = Expect()          # the numbers that continue each sequence (glued.py)
        self.pj_next = 1              # the next "Pasal N" of the Penjelasan
        self.after = ""               # the logical line after the one being read
        self.decided = False          # MEMUTUSKAN or Menetapkan seen: the body may start in any line
        self.levels: list[list] = []  # open list levels: [marker kind, next value]
        self.lines_out: list[MLine] = []   # the lines as read, glued ones split
        self.flags: dict[int, tuple] = {}  # id(line) -> how it was read
        self.repairs: list[tuple[str, int, int, str, str]] = []

    # -- list nesting ---------------------------------------------------
    def close_lists(self):
        if len(self.stack) > 1:
            for _ in range(len(self.stack) - 1):
                self.out.append(Tok("DEDENT", None))
        self.stack.clear()
        self.levels.clear()

    def item(self, line: MLine, m: re.Match, a: int, ttype: str = "ITEM"):
        kind = m.lastindex - 1   # the one group of the alternation that matched
        marker = _MARKER_KIND[kind]
        written = m.group(kind + 1)
        value = letter_to_int(written) if kind in (0, 2) else int(written)
        if marker in self.stack:
            depth = self.stack.index(marker)
            for _ in range(len(self.stack) - depth - 1):
                self.out.append(Tok("DEDENT", None))
            del self.stack[depth + 1:]
        elif self.stack:
            self.out.append(Tok("INDENT", None))
            self.stack.append(marker)
        else:
            self.stack.append(marker)
        self.levels = [lv for lv in self.levels if lv[0] in self.stack[:-1]] + [[marker, (value or 0) + 1]]
        self.out.append(Tok(ttype, line, a + m.end(), len(line.text), num=written, value=value,
                            marker=marker, h=a, read=self._flags(line)))

    # -- main loop -------------------------------------------------------
    def run(self) -> list[Tok]:
        for k, line in enumerate(self.lines):
            self.k = k
            self.after = self.lines[k + 1].text if k + 1 < len(self.lines) else ""
            self.feed(line)
        self.close_lists()
        return self.out

    def feed(self, line: MLine):
        """One logical line; a heading or marker glued into it (glued.py) is
        split off, and each piece is read in turn."""
        while True:
            cut = self._cut(line)
            if cut is None:
                break
            own = self._flags(line)
            if cut.a > 0:
                head = line.keep([(0, cut.a)]).strip()
                if head.text:
                    self._flag(head, own)
                    self._dispatch(head)
            rest = line.keep([(cut.a, len(line.text))])
            # glued into running text, or sharing its line with the words after it
            flags = ("glued",) if cut.a > 0 or cut.kind == "pasal" else own
            if cut.drop or cut.subs:
                rest = self._repair(rest, cut, "glued " + cut.kind)
                flags += ("ocr",)
            if cut.kind == "pasal":
                # "Pasal 12 Pejabat ...": the heading, then its text on a line of its own
                n = cut.num_end - sum(b - a for a, b in cut.drop)
                heading = rest.keep([(0, n)]).strip()
                self._flag(heading, flags)
                self._dispatch(heading)
                line = rest.keep([(n, len(rest.text))]).strip()
                if not line.text:
                    return
                self._flag(line, ("glued",))   # "(1) Pejabat ..." after a glued heading is glued too
                continue
            self._flag(rest, flags)
            line = rest
        self._dispatch(line)

    def _flags(self, line: MLine) -> tuple:
        if not self.flags:
            return ()
        f = self.flags.get(id(line))
        return f[0] if f is not None else ()

    def _flag(self, line: MLine, flags: tuple) -> None:
        if flags:
            # the line is kept with its flags, so its id is never reused
            self.flags[id(line)] = (tuple(dict.fromkeys(flags)), line)

    def _cut(self, line: MLine):
        t = line.text
        if self.amend or len(t) < 8:
            return None
        if self.mode not in ("body", "penjelasan") and not (self.mode in ("front", "diktum") and RE_BAB.match(t)):
            if self.mode in ("front", "diktum") and "Pasal" in t and (self.decided or RE_MENETAPKAN.match(t)):
                # "Menetapkan : PERATURAN ... . Pasal 1 Dalam ...": the body glued on
                cut = find_cut(t, self.next, start=1)
                return cut if cut is not None and cut.kind == "pasal" else None
            return None
        lead = t[:4] in ("Pasa", "PASA") and not RE_PASAL.match(t)
        if not lead and not may_glue(t):
            return None
        if self.mode == "penjelasan":
            if "asa" not in t and "ASA" not in t:
                return None
            cut = find_cut(t, Expect(pasal=self.pj_next, ayat=10 ** 6, bab=0, bagian=0, paragraf=0), start=1)
            return cut if cut is not None and cut.kind == "pasal" else None
        ex = LaterExpect(self._expect_for, t)
        cut = find_cut(t, ex, start=1)
        if cut is None and lead and not self._flags(line):
            # a heading with its first words on the same line: "Pasal 4 Bentuk ..."
            c0 = find_cut(t, ex, start=0)
            if c0 is not None and c0.a == 0 and c0.kind == "pasal" and c0.num_end < len(t):
                return c0
        return cut

    def _expect_for(self, t: str) -> Expect:
        """The sequences as they stand after the marker this line starts with."""
        nx = self.next
        ex = Expect(pasal=nx.pasal, ayat=nx.ayat, bab=nx.bab, bagian=nx.bagian, paragraf=nx.paragraf,
                    items=[list(lv) for lv in self.levels])
        m = RE_PASAL_START.match(t)
        if m:
            v, _ = parse_arabic(m.group(1))
            if v is not None:
                ex.pasal, ex.ayat, ex.items = v + 1, 1, []
            return ex
        m = RE_AYAT.match(t)
        mv = None if m else marker_value(t, nx.ayat)
        if m or mv:
            v = parse_arabic(m.group(1))[0] if m else mv[0]
            if v is not None:
                ex.ayat, ex.items = v + 1, []
            return ex
        m = RE_ITEM.match(t)
        if m:
            g = m.groups()
            k = next(i for i, x in enumerate(g) if x is not None)
            kind = _MARKER_KIND[k]
            v = letter_to_int(g[k]) if k in (0, 2) else int(g[k])
            kinds = [lv[0] for lv in ex.items]
            if kind in kinds:
                ex.items = ex.items[:kinds.index(kind)]
            ex.items.append([kind, (v or 0) + 1])
            return ex
        m = RE_BAB.match(t)
        if m:
            v = roman_to_int(m.group(1))
            if v:
                ex.bab, ex.bagian, ex.paragraf = v + 1, 1, 1
        return ex

    def _repair(self, line: MLine, cut, kind: str) -> MLine:
        """Apply a cut's repairs (positions relative to the line's start)."""
        written = line.text[:max(cut.num_end, 1)]
        a0, a1 = line.orig(0), line.orig_end(max(cut.num_end, 1))
        for p, ch in cut.subs:
            line = line.substitute(p, ch)
        if cut.drop:
            shift_subs = line
            line = shift_subs.remove(cut.drop)
        self.repairs.append((kind, a0, a1, written, line.text[:max(cut.num_end - len(cut.drop), 1)]))
        return line

    def _dispatch(self, line: MLine):
        self.lines_out.append(line)
        mode = self.mode
        if mode == "body":   # (most lines: no method looked up by name)
            self.line_body(line)
        else:
            getattr(self, "line_" + mode)(line)

    def emit(self, ttype: str, line: MLine, a: int = 0, b: int | None = None, **kw):
        kw.setdefault("read", self._flags(line))
        self.out.append(Tok(ttype, line, a, len(line.text) if b is None else b, **kw))
        self._track(ttype, kw.get("value"))

    def _track(self, ttype: str, value):
        """Keep the numbers that continue each sequence (for glued.py)."""
        if ttype in ("MEMUTUSKAN", "MENETAPKAN"):
            self.decided = True
        nx = self.next
        if ttype == "PASAL" and value is not None and not self.amend:
            nx.pasal, nx.ayat = value + 1, 1
        elif ttype == "AYAT" and value is not None:
            nx.ayat = value + 1
        elif ttype == "BAB" and value is not None:
            nx.bab, nx.bagian, nx.paragraf = value + 1, 1, 1
        elif ttype == "BAGIAN" and value is not None:
            nx.bagian, nx.paragraf = value + 1, 1
        elif ttype == "PARAGRAF" and value is not None:
            nx.paragraf = value + 1
        elif ttype == "PJ_PASAL" and value is not None:
            self.pj_next = value + 1

    def _global(self, line: MLine) -> bool:
        """Transitions valid from the body on: penjelasan and lampiran."""
        t = line.text
        if RE_PENJELASAN.match(t) and (t.isupper() or t.startswith(("PENJELASAN ATAS", "I. UMUM", "II. PASAL", "PASAL DEMI", "P E N J"))):
            self.close_lists()
            self.mode = "penjelasan"
            self.emit("PENJELASAN", line)
            return True
        m = RE_LAMPIRAN.match(t)
        if m and (t.startswith("LAMPIRAN") or m.group(1) or t.strip() == "Lampiran"):
            self.close_lists()
            self.mode = "lampiran"
            self.emit("LAMPIRAN", line, num=m.group(1) or "")
            return True
        return False

    def line_front(self, line: MLine):
        t = line.text
        if RE_BAB.match(t) or RE_PASAL.match(t):
            self.close_lists()
            self.mode = "body"
            return self.line_body(line)
        m = RE_LAMPIRAN.match(t)
        if m and t.startswith("LAMPIRAN"):
            return self._global(line)
        for rx, tt in ((RE_MENIMBANG, "MENIMBANG"), (RE_MENGINGAT, "MENGINGAT"),
                       (RE_MEMUTUSKAN, "MEMUTUSKAN"), (RE_MENETAPKAN, "MENETAPKAN")):
            m = rx.match(t)
            if m:
                self.close_lists()
                if tt == "MENETAPKAN":
                    self.emit(tt, line, 0)
                    self.mode = "diktum"
                    return
                self.emit(tt, line, 0, m.end())
                rest = t[m.end():]
                if rest:
                    self.front_rest(line, m.end())
                return
        if RE_RAHMAT.match(t):
            self.close_lists()
            return self.emit("RAHMAT", line)
        if RE_PERSETUJUAN.match(t):
            self.close_lists()
            return self.emit("PERSETUJUAN", line)
        self.front_rest(line, 0)

    def front_rest(self, line: MLine, a: int):
        t = line.text[a:]
        m = RE_MENETAPKAN.match(t)
        if m:  # "MEMUTUSKAN: Menetapkan : ..." on one line
            self.close_lists()
            self.emit("MENETAPKAN", line, a)
            self.mode = "diktum"
            return
        m = RE_ITEM.match(t)
        if m:
            return self.item(line, m, a)
        self.emit("FTEXT", line, a)

    def diktum(self, line: MLine) -> bool:
        """A Keputusan's diktum KESATU, KEDUA ...: a provision, as a Pasal is."""
        m = RE_DIKTUM.match(line.text)
        if not m or self.amend:
            return False
        num = m.group(1)
        value = ordinal_to_int(num)
        if value is None:
            value = diktum_like(num) if num.isupper() else None
            if value is None:
                return False
        self.close_lists()
        self.mode = "body"
        self.emit("DIKTUM", line, m.end(), num=num, value=value, h=0)
        return True

    def line_diktum(self, line: MLine):
        t = line.text
        if RE_BAB.match(t) or RE_PASAL.match(t) or RE_AYAT.match(t):
            self.mode = "body"
            return self.line_body(line)
        if self.diktum(line):
            return
        if self._global(line):
            return
        self.emit("FTEXT", line)

    def line_body(self, line: MLine):
        t = line.text
        if self.title_budget:
            if self._title(line):
                return
        after_heading, self.after_pasal = self.after_pasal, False
        # (each pattern below opens on a fixed letter: a line that does not
        # start with it is not matched against it)
        m = RE_PASAL.match(t) if t[:1] == "P" else None
        if not self.amend and t[:4] in ("Pasa", "PASA", "pasa") and (
                not m or m.group(1)[-1:] in "OISBTZ" and m.group(1)[:1].isdigit()):
            # "Pasal 1 I", "Pasal 2O": a number OCR misread, where it reads as the one expected
            line = self._own_line_pasal(line)
            t = line.text
            m = RE_PASAL.match(t)
        if m:
            self.close_lists()
            num = m.group(1)
            r = roman_to_int(num) if not num[0].isdigit() else None
            if r is not None:
                self.amend = True
                self.emit("PASAL", line, num=num, value=r)
                return
            v, suf = parse_arabic(num)
            nxt = self.lines[self.k + 1].text if self.k + 1 < len(self.lines) else ""
            if self.omnibus is not None and not suf and not self.expect_quote and (
                    v == self.omnibus + 1 or (self.omnibus < v <= self.omnibus + 3 and RE_OMNIBUS.match(nxt))):
                # an omnibus text's own next Pasal, not one its amendment quotes
                self.amend, self.omnibus = False, None
            if self.amend:
                self.expect_quote = False
                self.emit("QPASAL", line, num=num, value=v, suffix=suf)
                return
            self.emit("PASAL", line, num=num, value=v, suffix=suf)
            self.after_pasal, self.last_pasal = True, v
            return
        if after_heading and not self.amend and self.last_pasal is not None and RE_OMNIBUS.match(t):
            # "Pasal 4 / Beberapa ketentuan dalam Peraturan Pemerintah Nomor 94
            # Tahun 2010 ... diubah sebagai berikut:": an omnibus text amending
            # another regulation in one of its own Pasal
            self.amend, self.omnibus, self.instructions = True, self.last_pasal, 0
        if self.amend and self.instructions:
            qh = self._quoted_heading(line)
            if qh:
                return
        c = t[:1]
        if not self.amend and c in "BP":
            m = RE_BAB.match(t)
            if m:
                self.close_lists()
                num = m.group(1)
                v = roman_to_int(num.rstrip("ABCDEFGH") if num[-1:] not in "IVXLC" else num) if not num.isdigit() else int(num)
                self.emit("BAB", line, num=num, value=v, title=m.group(2) or None)
                self.title_budget, self.title_caps = (0, True) if m.group(2) else (3, True)
                return
            m = RE_BAGIAN.match(t)
            if m:
                self.close_lists()
                num = m.group(1)
                v = ordinal_to_int(num.split()[0] if num.split()[-1] in tuple("ABCDEFGH") else num) if not num.isdigit() else int(num)
                self.emit("BAGIAN", line, num=num, value=v, title=m.group(2) or None)
                self.title_budget, self.title_caps = (0 if m.group(2) else 1), False
                return
            m = RE_PARAGRAF.match(t)
            if m:
                self.close_lists()
                num = m.group(1)
                v, suf = parse_arabic(num)
                if v is None:
                    v = ordinal_to_int(num)
                self.emit("PARAGRAF", line, num=num, value=v, suffix=suf, title=m.group(2) or None)
                self.title_budget, self.title_caps = (0 if m.group(2) else 1), False
                return
        if c in "KP" and self.diktum(line):
            return
        if c == "D" and RE_CLOSE_START.match(t):
            self.close_lists()
            self.mode = "closing"
            return self.emit("CLOSE", line)
        if c in "PIL" and self._global(line):
            return
        m = RE_AYAT.match(t) if c == "(" else None
        if not m and t[:1] in "({[lI|" and not self.amend:
            mv = marker_value(t, self.next.ayat)
            if mv is not None and mv[2] and re.match(r"\s+\S", t[mv[1]:]):
                line = self._repair_marker(line, mv)
                t = line.text
                m = RE_AYAT.match(t)
        if m:
            self.close_lists()
            v, suf = parse_arabic(m.group(1))
            return self.emit("AYAT", line, m.end(), num=m.group(1), value=v, suffix=suf, h=0)
        g = RE_GLUED_NUMBER.match(t) if self.amend else None
        if g and is_instruction(t[g.end():]):
            # "10.Di antara Pasal 54 ...": an instruction number without its space
            self.close_lists()
            self.instructions += 1
            self.last_instruction = int(g.group(1))
            self.expect_quote = bool(RE_WORDING.search(t))
            return self.emit("AMEND_ITEM", line, g.end(), num=g.group(1), value=int(g.group(1)), marker="angka", h=0)
        m = RE_ITEM.match(t)
        if self.levels and not self.amend and (m is None or self.scan and self._misread_l(m)):
            line, m = self._item_repair(line, m)
            t = line.text
        elif self.scan and self.levels and not self.amend and m is not None and m.group(1) and len(m.group(1)) == 1:
            line, m = self._letter_repair(line, m)
            t = line.text
        if m:
            if self.amend and m.group(2) and (is_instruction(t[m.end():]) or (
                    int(m.group(2)) == self.last_instruction + 1 and _garbled_instruction(t[m.end():]))):
                self.close_lists()
                self.instructions += 1
                self.last_instruction = int(m.group(2))
                self.expect_quote = bool(RE_WORDING.search(t))
                return self.emit("AMEND_ITEM", line, m.end(), num=m.group(2), value=int(m.group(2)), marker="angka", h=0)
            return self.item(line, m, 0)
        if self.amend and not self.instructions and not self.stack and is_instruction(t) \
                and not RE_AMEND_OPENING.match(t):
            # Pasal I with a single, unnumbered instruction ("Ketentuan Pasal 5
            # dalam Peraturan ... diubah sehingga berbunyi sebagai berikut:")
            self.close_lists()
            self.instructions += 1
            self.expect_quote = bool(RE_WORDING.search(t))
            return self.emit("AMEND_ITEM", line, 0, marker="angka", h=0)
        self.emit("TEXT", line)

    def _own_line_pasal(self, line: MLine) -> MLine:
        """"Pasal 1 I" alone on its line, where Pasal 11 is expected: read as
        Pasal 11 (the line's characters keep their origin)."""
        return self._read_heading(line, (self.next.pasal,), "pasal", alone=True)

    def _read_heading(self, line: MLine, expected: tuple, kind: str, alone: bool = False) -> MLine:
        """A "Pasal N" heading at the start of ``line`` whose word or number OCR
        misread ("Pasai 3", "Pasa1 4", "Pasal 1 I", "PasalS"), read as the
        first of ``expected`` it can stand for; the line's characters keep
        their origin."""
        t = line.text
        w = _PASAL_AT.match(t)
        m2 = _PASAL_NUM.match(t, w.end()) if w is not None else None
        if m2 is None:
            return line
        n1 = m2.group("n1").rstrip(".")
        if not alone and n1.isdigit() and len(n1) <= 4 and n1 == str(expected[0]) and w.group(0) in ("Pasal", "PASAL"):
            return line   # the heading expected, as written (what the reading below ends in)
        hn = next((h for h in (heading_number(m2.group("n1"), m2.group("n2"), e) for e in expected) if h), None)
        if hn is not None and alone and t[m2.start("n1") + len(hn[0]):].strip(" ."):
            return line   # words after it: a sentence about a Pasal, not its heading
        word = w.group(0)
        if hn is None or hn[0] == str(hn[1]) and word in ("Pasal", "PASAL"):
            return line
        written, value = hn
        drop, subs = _number_repairs(written, str(value), m2.start("n1"))
        if word not in ("Pasal", "PASAL"):   # the word itself as OCR read it
            last = "L" if word.startswith("PASA") else "l"
            if " " in word:
                drop.append((4, 5))
                subs.append((5, last))
            else:
                subs.append((4, last))
            if word[0] == "p":
                subs.append((0, "P"))
            drop.sort()
        old = line
        for p, ch in subs:
            line = line.substitute(p, ch)
        if drop:
            line = line.remove(drop)
        self.repairs.append((kind, old.orig(0), old.orig_end(m2.end()), t[:m2.end()], line.text[:m2.end() - len(drop)]))
        self._flag(line, self._flags(old) + ("ocr",))
        self._replace_out(old, line)
        return line

    def _misread_l(self, m) -> bool:
        """"1." where huruf l is expected: OCR reads the letter l as a one."""
        g = m.groups()
        if not (g[1] == "1" or g[3] == "1") or not self.levels:
            return False
        want = "huruf" if g[1] else "huruf_kurung"
        last = next((t for t in reversed(self.out) if t.type in ("ITEM", "AYAT", "PASAL", "TEXT")), None)
        # k. was the last item and ended as an item before another does, not
        # with the colon that opens a sub-list "1. ...", and m. comes next
        return (self.levels[-1][0] == want and self.levels[-1][1] == 12 and last is not None
                and self.after.startswith(("m. ", "m) "))
                and last.type == "ITEM" and re.search(r"(?:;|\b(?:dan|atau|dan/atau))\s*$", last.line.text) is not None)

    def _item_repair(self, line: MLine, m):
        """A list item whose marker OCR or the conversion misread, read as the
        item expected: "1." for huruf l, "27.Cuti" (no space) for angka 27."""
        t = line.text
        if m is not None:   # "1." read as "l."
            old = line
            line = line.substitute(0, "l")
            self.repairs.append(("item", line.orig(0), line.orig_end(2), t[:2], line.text[:2]))
            self._flag(line, self._flags(old) + ("ocr",))
            self._replace_out(old, line)
            return line, RE_ITEM.match(line.text)
        m2 = RE_ITEM_TIGHT.match(t)
        if m2 is None:
            return line, None
        g = m2.groups()
        k = next(i for i, x in enumerate(g) if x is not None)
        kind = _MARKER_KIND[k]
        v = letter_to_int(g[k]) if k in (0, 2) else int(g[k])
        if not any(lv[0] == kind and lv[1] == v for lv in self.levels):
            return line, None
        self._flag(line, self._flags(line) + ("ocr",))
        return line, m2

    def _letter_repair(self, line: MLine, m):
        """"c." where huruf e is expected after d., "1"/"I" for i or l, "J" for
        j: the letters OCR confuses, read as the one the list expects."""
        lv = self.levels[-1]
        got = m.group(1)
        if lv[0] != "huruf" or letter_to_int(got) == lv[1]:
            return line, m
        from .numbering import int_to_letter
        want = int_to_letter(lv[1])
        # only where the item after confirms it ("d. / c. / f.": the c is an e),
        # so that a real swap "d. / c." is not read away
        if want not in _CONFUSED.get(got, "") or not self.after.startswith(int_to_letter(lv[1] + 1) + ". "):
            return line, m
        old = line
        line = line.substitute(0, want)
        self.repairs.append(("item", line.orig(0), line.orig_end(2), got + ".", want + "."))
        self._flag(line, self._flags(old) + ("ocr",))
        self._replace_out(old, line)
        return line, RE_ITEM.match(line.text)

    def _pj_heading(self, line: MLine) -> MLine:
        """"Pasal 3 1 Cukup jelas." where Penjelasan Pasal 31 is expected (or
        the heading again at a page turn: "Pasal 31 / Pasal 3 1")."""
        again = (self.pj_next - 1,) if self.out and self.out[-1].type == "PJ_PASAL" else ()
        return self._read_heading(line, (self.pj_next,) + again, "pj_pasal")

    def _replace_out(self, old: MLine, new: MLine) -> None:
        if self.lines_out and self.lines_out[-1] is old:
            self.lines_out[-1] = new

    def _repair_marker(self, line: MLine, mv) -> MLine:
        """"(21 Tim seleksi" where ayat (2) is expected: read as "(2)"."""
        old, before = line, line.text[:mv[1]]
        for p, ch in mv[2]:
            line = line.substitute(p, ch)
        self.repairs.append(("ayat", line.orig(0), line.orig_end(mv[1]), before, line.text[:mv[1]]))
        self._flag(line, self._flags(old) + ("ocr",))
        self._replace_out(old, line)
        return line

    def _quoted_heading(self, line: MLine) -> bool:
        """BAB, Bagian and Paragraf headings quoted by an instruction ("Di antara
        BAB V dan BAB VI disisipkan 1 (satu) bab, yakni BAB VA ...")."""
        t = line.text
        m = RE_BAB.match(t)
        if m:
            num = m.group(1)
            v = roman_to_int(num.rstrip("ABCDEFGH") if num[-1:] not in "IVXLC" else num) if not num.isdigit() else int(num)
            suf = num[-1] if num[-1:] in "ABCDEFGH" and roman_to_int(num) is None else ""
            self.close_lists()
            self.emit("QBAB", line, num=num, value=v, suffix=suf, title=m.group(2) or None)
            self.title_budget, self.title_caps = (0, True) if m.group(2) else (3, True)
            return True
        for rx, tt in ((RE_BAGIAN, "QBAGIAN"), (RE_PARAGRAF, "QPARAGRAF")):
            m = rx.match(t)
            if m:
                num = m.group(1)
                parts = num.split()
                suf = parts[-1] if len(parts) > 1 and parts[-1] in tuple("ABCDEFGH") else ""
                if tt == "QBAGIAN":
                    v = ordinal_to_int(" ".join(parts[:-1]) if suf else num) if not num.isdigit() else int(num)
                else:
                    v, suf = parse_arabic(num)
                    if v is None:
                        v = ordinal_to_int(num)
                self.close_lists()
                self.emit(tt, line, num=num, value=v, suffix=suf, title=m.group(2) or None)
                self.title_budget, self.title_caps = (0 if m.group(2) else 1), False
                return True
        return False

    def _title(self, line: MLine) -> bool:
        t = line.text
        structural = (RE_PASAL.match(t) or RE_BAB.match(t) or RE_BAGIAN.match(t) or RE_PARAGRAF.match(t)
                      or RE_AYAT.match(t) or RE_ITEM.match(t))
        if structural:
            self.title_budget = 0
            return False
        if self.title_caps:
            ok = bool(_ALLCAPS.match(t))
        else:
            ok = t[:1].isupper() and t[-1:] not in ".;:" and len(t) < 200
        if ok:
            self.title_budget -= 1
            self.emit("TITLE", line)
            return True
        self.title_budget = 0
        return False

    def line_closing(self, line: MLine):
        if self._global(line):
            return
        self.emit("CLOSE", line)

    def line_penjelasan(self, line: MLine):
        t = line.text
        m = RE_LAMPIRAN.match(t)
        if m and t.startswith("LAMPIRAN"):
            return self._global(line)
        if t[:4] in ("Pasa", "PASA", "pasa"):
            line = self._pj_heading(line)
            t = line.text
        m = RE_PJ_PASAL.match(t)
        if m:
            num = m.group(1)
            v, suf = parse_arabic(num)
            if v is None:
                v = roman_to_int(num)
            self.emit("PJ_PASAL", line, 0, m.end(), num=num, value=v, suffix=suf)
            if m.end() < len(t):
                self.emit("PJ_TEXT", line, m.end())
            return
        self.emit("PJ_TEXT", line)

    def line_lampiran(self, line: MLine):
        t = line.text
        if RE_PENJELASAN.match(t) and t.isupper():
            return self._global(line)
        m = RE_LAMPIRAN.match(t)
        if m and t.startswith("LAMPIRAN"):
            return self._global(line)
        m = RE_ITEM.match(t)
        if m:
            return self.item(line, m, 0)
        if self.stack and not line.blank_before:
            return self.emit("LTEXT", line)
        self.close_lists()
        self.emit("LTEXT", line)


def is_instruction(text: str) -> bool:
    """An amendment instruction: a standard opening ("Ketentuan", "Di antara",
    "Pasal 16 dihapus.") and the verb before the new wording starts ("sehingga
    berbunyi", ":"), so that a quoted definition "5. Ketentuan Umum adalah ..."
    stays a list item."""
    if not RE_AMEND.match(text):
        return False
    head = re.split(r"\bsehingga\b|\bsebagai\s+berikut\b|\byang\s+berbunyi\b|:", text, maxsplit=1)[0]
    return bool(RE_AMEND_VERB.search(head[:400]))


def _garbled_instruction(text: str) -> bool:
    """The next instruction number before an opening the scanner garbled
    ("27. Ketenitan Pasal 55 diubah sehingga ..."): a unit and a verb."""
    head = re.split(r"\bsehingga\b|\bsebagai\s+berikut\b|:", text, maxsplit=1)[0][:300]
    return bool(RE_AMEND_VERB.search(head)) and bool(re.search(r"\b(?:Pasal|pasal|ayat|BAB|Bab)\s+[\dIVX(]", head))
_ORDINALS = None


def diktum_like(word: str) -> int | None:
    """The number a misspelt ordinal ("KEEMPT", "KEDELPAN") stands for: one
    letter from a short one, two from a long one.  The diktum is still read
    as a diktum with that number (and LP712 reports the spelling)."""
    global _ORDINALS
    if _ORDINALS is None:
        from .numbering import int_to_ordinal
        _ORDINALS = [int_to_ordinal(i).upper() for i in range(1, 40)]
    from rapidfuzz.distance import Levenshtein
    w = " ".join(word.upper().split())
    best = min(((Levenshtein.distance(w, o), i) for i, o in enumerate(_ORDINALS, 1)), default=None)
    if best is None or best[0] > (1 if len(w) < 7 else 2):
        return None
    return best[1]


def lex(lines: list[MLine]) -> list[Tok]:
    return Lexer(lines).run()
