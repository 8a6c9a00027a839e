"""The lexer outside the body: the pembukaan (Menimbang, Mengingat,
MEMUTUSKAN, Menetapkan), a Keputusan's diktum, headings and titles quoted
by an amendment, the penutup, the Penjelasan and the Lampiran."""
from __future__ import annotations

from .linepatterns import (_ALLCAPS, RE_AYAT, RE_BAB, RE_BAGIAN, RE_DIKTUM, RE_ITEM, RE_LAMPIRAN, RE_MEMUTUSKAN,
                           RE_MENETAPKAN, RE_MENGINGAT, RE_MENIMBANG, RE_PARAGRAF, RE_PASAL, RE_PENJELASAN,
                           RE_PERSETUJUAN, RE_PJ_PASAL, RE_RAHMAT, diktum_like)
from .normalize import MLine
from .numbering import ordinal_to_int, parse_arabic, roman_to_int


class Parts:
    """Mixed into Lexer (lint_perda/lexer.py), whose state it reads."""

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
