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

from .glued import _PASAL_AT, _PASAL_NUM, Expect, _number_repairs, catchword_heading, heading_number, marker_value
from .lexcut import Cuts
from .lexparts import Parts
from .lexrepair import Repairs
from .linepatterns import (DEFINITIONS_LEAD, _MARKER_KIND, RE_AMEND_OPENING, RE_AYAT, RE_BAB, RE_BAGIAN, RE_CLOSE_START,
                           RE_AMEND_VERB, RE_GLUED_NUMBER, RE_ITEM, RE_LAMPIRAN, RE_OMNIBUS, RE_PARAGRAF, RE_PASAL,
                           RE_INSTRUCTION_DATING, RE_PENJELASAN, RE_WORDING, TWO_FOR_ONE, Tok, _garbled_instruction, is_instruction)
from .normalize import MLine
from .numbering import letter_to_int, ordinal_to_int, parse_arabic, roman_to_int


# "Dalam Peraturan Pemerintah ini yang dimaksud dengan:" opening Pasal 1
_DEFINITIONS_LEAD = re.compile(r"^Dalam\s+.{0,80}?\bini\s+" + DEFINITIONS_LEAD)


class Lexer(Parts, Repairs, Cuts):
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
                if cut.a > 0 and not rest.text[n:].strip(" .") and catchword_heading(rest.text[:n], self.after):
                    # "... prasarana. Pasal 42." at the foot of a page and
                    # "Pasal 42" heading the next: the print's catchword
                    return
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
            v = self._roman_misread(num, r) if r is not None and not self.amend else None
            if v is not None:
                self.emit("PASAL", line, num=str(v), value=v, read=self._flags(line) + ("ocr",))
                self.after_pasal, self.last_pasal = True, v
                return
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
        one = not m and self._one_for_bracket(t)
        if not m and (t[:1] in "({[lI|" or one) and not self.amend:
            mv = marker_value(t, self.next.ayat, one)
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
        if self.levels and not self.amend and (m is None or self._misread_l(m)):
            line, m = self._item_repair(line, m)
            t = line.text
        elif self.scan and self.levels and not self.amend and m is not None and m.group(1) \
                and (len(m.group(1)) == 1 or m.group(1) in TWO_FOR_ONE):
            line, m = self._letter_repair(line, m)
            t = line.text
        if m:
            if self.amend and m.group(2) and (is_instruction(t[m.end():]) or (
                    int(m.group(2)) == self.last_instruction + 1 and (
                        _garbled_instruction(t[m.end():]) or RE_INSTRUCTION_DATING.match(t[m.end():])))):
                self.close_lists()
                self.instructions += 1
                self.last_instruction = int(m.group(2))
                self.expect_quote = bool(RE_WORDING.search(t))
                return self.emit("AMEND_ITEM", line, m.end(), num=m.group(2), value=int(m.group(2)), marker="angka", h=0)
            return self.item(line, m, 0)
        if self.amend and not self.instructions and not self.stack and is_instruction(t) \
                and not RE_AMEND_OPENING.match(t) and not self._instruction_next():
            # Pasal I with a single, unnumbered instruction ("Ketentuan Pasal 5
            # dalam Peraturan ... diubah sehingga berbunyi sebagai berikut:"),
            # not the opening of numbered ones ("Ketentuan Pasal 175, Pasal 176,
            # dan Pasal 179 dalam Peraturan ... diubah sebagai berikut: / 1. ...")
            self.close_lists()
            self.instructions += 1
            self.expect_quote = bool(RE_WORDING.search(t))
            return self.emit("AMEND_ITEM", line, 0, marker="angka", h=0)
        self.emit("TEXT", line)

    def _instruction_next(self) -> bool:
        """The next line is instruction 1 ("1. Ketentuan Pasal 175 diganti ...")."""
        m = RE_ITEM.match(self.after)
        return m is not None and m.group(2) == "1" and is_instruction(self.after[m.end():])

    def _roman_misread(self, num: str, r: int) -> int | None:
        """The number OCR read as a Roman one outside an amendment: "Pasal I"
        opening an original regulation is Pasal 1 (the definitions' lead
        follows, or "Pasal 2" with nothing amended before it); "Pasal II"
        right after Pasal 10 is Pasal 11.  None: an amendment's article."""
        if self.last_pasal is not None:
            ones = num.replace("I", "1").replace("l", "1")
            return self.last_pasal + 1 if re.fullmatch(r"1{2,3}", ones) and int(ones) == self.last_pasal + 1 else None
        if r != 1:
            return None
        if self.k + 1 < len(self.lines) and _DEFINITIONS_LEAD.match(self.lines[self.k + 1].text):
            return 1
        for ln in self.lines[self.k + 1:self.k + 400]:
            m = RE_PASAL.match(ln.text)
            if m:
                return 1 if m.group(1) == "2" else None
            if RE_AMEND_VERB.search(ln.text):
                return None
        return None

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
        hn = next((h for h in (heading_number(m2.group("n1"), m2.group("n2"), e, m2.group("n3")) for e in expected) if h), None)
        if hn is not None and alone and t[m2.start("n1") + len(hn[0]):].strip(" ."):
            return line   # words after it: a sentence about a Pasal, not its heading
        word = w.group(0)
        if hn is None or hn[0] == str(hn[1]) and word in ("Pasal", "PASAL"):
            return line
        written, value = hn
        drop, subs = _number_repairs(written, str(value), m2.start("n1"))
        if word not in ("Pasal", "PASAL"):   # the word itself as OCR read it
            last = "L" if word.startswith("PASA") else "l"
            if len(word) == 6:   # "Pasa l", "Pasa-l"
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

def lex(lines: list[MLine]) -> list[Tok]:
    return Lexer(lines).run()
