"""LP202 wrong-target: "Untuk melaksanakan tugas sebagaimana dimaksud dalam
Pasal N, <unit> menyelenggarakan fungsi" where Pasal N is not that unit's
tugas Pasal."""
from __future__ import annotations

import re

from lint_perda.rule import Rule

# "<unit> mempunyai tugas ..." opens the tugas Pasal of a unit
_HAS_TUGAS = re.compile(r"\b(?:mempunyai|memiliki)\s+tugas\b")
_SUBJECT = re.compile(r"^\s*(?P<unit>[A-Z][^.;:]{2,120}?)\s*,?\s+(?:dipimpin|mempunyai|memiliki|berkedudukan|oleh|yang|merupakan|adalah)\b")
# the sentence after the reference names the unit carrying it out
_CARRY = re.compile(r"^\s*,?\s*(?P<unit>[^.;:]{3,140}?)\s*,?\s+(?:menyelenggarakan\s+fungsi|memiliki\s+(?:rincian\s+)?tugas|mempunyai\s+(?:rincian\s+)?tugas|(?:rincian\s+)?tugas\s*:)")
_TASK_INTRO = re.compile(r"(?:melaksanakan|menyelenggarakan)\s+tugas\s+sebagaimana\s+dimaksud\s+dalam\s*$", re.I)
_DROP = re.compile(r"\b(?:kepala|seorang|yang|dipimpin|oleh)\b")


def _task_intro_before(text: str, i: int) -> bool:
    """_TASK_INTRO.search(text[:i]), looking only at the words just before
    i: the pattern ends there and is five words long, the last four whole
    words of at most 11 letters, the first at most 16.  Copying and scanning
    text[:i] per reference was quadratic in a long provision."""
    p = i
    for k in range(5):
        q = p
        while p > 0 and text[p - 1].isspace():
            p -= 1
        if q - p > 64:
            return _TASK_INTRO.search(text, 0, i) is not None   # an odd run of spaces: the plain way
        if k == 4:
            p = max(0, p - 16)
            break
        q = p
        while p > 0 and not text[p - 1].isspace() and q - p <= 11:
            p -= 1
        if q - p > 11:
            return False   # longer than any of "tugas sebagaimana dimaksud dalam"
    return _TASK_INTRO.search(text, p, i) is not None


def norm_unit(s: str) -> str:
    s = s.lower().replace("subbagian", "sub bagian").replace("sub-bagian", "sub bagian")
    s = _DROP.sub(" ", s)
    s = re.sub(r"[^a-z ]", " ", s)
    return " ".join(s.split())


def _texts(pasal) -> list[str]:
    return [pasal.text or ""] + [c.text or "" for c in pasal.children if c.kind == "ayat"]


def _subject(pasal) -> str:
    for t in _texts(pasal):
        m = _SUBJECT.match(t)
        if m:
            return norm_unit(m.group("unit"))
    return ""


def _states_tugas(pasal) -> bool:
    return any(_HAS_TUGAS.search(t) for t in _texts(pasal))


def _tugas_unit(pasal) -> str | None:
    for t in _texts(pasal):
        if t.lstrip().startswith("Untuk") or not _HAS_TUGAS.search(t[:500]):
            continue
        m = _SUBJECT.match(t)
        if m:
            return norm_unit(m.group("unit"))
    return None


class WrongTarget(Rule):
    """
    ## Apa yang diperiksa
    Pasal fungsi atau rincian tugas suatu unit kerja yang dibuka dengan
    "Untuk melaksanakan tugas sebagaimana dimaksud dalam Pasal N, <unit>
    menyelenggarakan fungsi:" tetapi Pasal N bukan Pasal yang memuat tugas
    unit itu ("<unit> mempunyai tugas ..."). Temuan menyebut Pasal tugas unit
    yang sama yang terdekat sebelumnya sebagai saran.

    ## Mengapa
    Pasal fungsi disusun dengan menyalin Pasal fungsi unit sebelumnya; bila
    nomor Pasal tidak ikut diganti, fungsi suatu unit tergantung pada tugas
    unit lain. Rujukan itu ada sasarannya, jadi tidak tampak sebagai rujukan
    rusak.

    ## Dasar
    Turunan dari Lampiran II UU 12/2011, BAB III C (teknik pengacuan): rujukan
    harus menunjuk ketentuan yang dimaksud.

    ## Contoh salah
    ```
    Pasal 17
    Sub Bagian Keuangan mempunyai tugas ...
    Pasal 18
    Untuk melaksanakan tugas sebagaimana dimaksud dalam Pasal 14, Kepala Sub
    Bagian Keuangan menyelenggarakan fungsi:
    ```
    (Pasal 14 memuat tugas Sub Bagian Umum dan Kepegawaian.)

    ## Contoh benar
    ```
    Untuk melaksanakan tugas sebagaimana dimaksud dalam Pasal 17, Kepala Sub
    Bagian Keuangan menyelenggarakan fungsi:
    ```

    ## Kapan diam
    Diam bila unit pelaksananya tidak dapat dibaca, bila tidak ada Pasal
    tugas sebelumnya yang jelas milik unit yang sama (kemiripan nama di bawah
    90), dan bila Pasal yang dirujuk memang memuat tugas unit yang mirip
    namanya (nama yang salah ketik, misalnya "Sub Umum" untuk "Sub Bagian
    Umum", bukan urusan aturan ini).
    """
    code = "LP202"
    slug = "wrong-target"
    severity = "warning"
    summary = "Rujukan tugas menunjuk Pasal tugas unit kerja lain"
    summary_en = "A tugas reference points at another unit's tugas Pasal"
    basis = "Lampiran II UU 12/2011, BAB III C (teknik pengacuan) — turunan"

    def check(self, doc):
        from rapidfuzz import fuzz
        tugas = [(p, _tugas_unit(p)) for p in doc.pasals]
        order = {id(p): k for k, (p, _) in enumerate(tugas)}
        for r in doc.references:
            if not r.internal or len(r.targets) != 1 or r.targets[0].chain[0][0] != "pasal":
                continue
            if len(r.targets[0].chain) != 1:
                continue
            text = r.node.text
            if not _task_intro_before(text, r.i):
                continue
            m = _CARRY.match(text[r.j:])
            if not m:
                continue
            unit = norm_unit(m.group("unit"))
            src = r.node.nearest("pasal")
            if not unit or src is None or id(src) not in order:
                continue
            t = r.targets[0]
            cands = t.nodes or []
            # the nearest preceding tugas Pasal of the same unit
            best = None
            for p, u in reversed(tugas[:order[id(src)]]):
                if u and fuzz.token_sort_ratio(u, unit) >= 90:
                    best = p
                    break
            if best is None:
                # no tugas Pasal for this unit at all (lost in renumbering):
                # still wrong when the cited Pasal states no tugas whatsoever
                known = sum(1 for _, u in tugas if u)
                if (cands and known >= 2 and not any(_states_tugas(c) for c in cands)
                        and not any(fuzz.token_sort_ratio(_subject(c), unit) >= 75
                                    or f" {unit} " in f" {norm_unit(_texts(c)[0][:300])} " for c in cands)):
                    yield self.at(r.node,
                                  f"{t.cite} bukan Pasal tugas; tidak ada Pasal yang memuat tugas "
                                  f"{m.group('unit').strip()}.",
                                  f"{t.cite} states no tugas; no Pasal states the tugas of {m.group('unit').strip()}.",
                                  i=t.i, j=t.j)
                continue
            if any(c is best for c in cands):
                continue
            cited = [(_tugas_unit(c) or "") for c in cands]
            if any(c and fuzz.token_sort_ratio(c, unit) >= 75 for c in cited):
                continue
            what = "bukan Pasal tugas" if not any(cited) else "memuat tugas unit lain"
            yield self.at(r.node,
                          f"{t.cite} {what}; tugas {m.group('unit').strip()} ada dalam {best.label}.",
                          f"{t.cite} is not the tugas Pasal of {m.group('unit').strip()}; that is {best.label}.",
                          i=t.i, j=t.j, suggestion=f"maksud Anda {best.label}?")
