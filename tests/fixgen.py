"""Generated regulations WITH internal references, for the fix properties.

A spec is a list of Pasal; each Pasal has either ayat (each with an optional
list) or a list of its own, and each provision may cite another one by
identity (Pasal k, Pasal k ayat (j), Pasal k ayat (j) huruf x, "pada ayat
(j)" inside its own Pasal).  Numbers are given at render time, so the same
spec can be printed with the numbers a drafter forgot to update after
deleting or inserting a provision (``numbers=``) and with the right ones.
"""
from __future__ import annotations

from hypothesis import strategies as st

from lint_perda.numbering import int_to_letter

WORDS = ["pengelolaan", "arsip", "daerah", "penataan", "perangkat", "sesuai", "pelayanan", "masyarakat",
         "pembinaan", "pengawasan", "kegiatan", "tugas", "fungsi", "laporan", "rencana", "anggaran"]
HEAD = ["PERATURAN BUPATI CONTOH", "NOMOR 3 TAHUN 2024", "TENTANG", "PENGELOLAAN ARSIP DAERAH", "",
        "Menetapkan : PERATURAN BUPATI TENTANG PENGELOLAAN ARSIP DAERAH.", "", "BAB I", "KETENTUAN UMUM", ""]
TAIL = ["", "Ditetapkan di Contoh", "pada tanggal 2 Januari 2024", "BUPATI CONTOH,", ""]

phrase = st.lists(st.sampled_from(WORDS), min_size=2, max_size=6, unique=True).map(" ".join)


@st.composite
def spec(draw, min_pasal=3, max_pasal=7):
    pasals = []
    for _ in range(draw(st.integers(min_pasal, max_pasal))):
        if draw(st.booleans()):
            ayat = [{"text": draw(phrase), "items": [draw(phrase) for _ in range(draw(st.sampled_from([0, 0, 2, 3, 4, 5])))],
                     "ref": None} for _ in range(draw(st.integers(2, 4)))]
            pasals.append({"ayat": ayat, "text": None, "items": [], "ref": None})
        else:
            items = [draw(phrase) for _ in range(draw(st.sampled_from([0, 2, 3, 4, 5])))]
            pasals.append({"ayat": [], "text": draw(phrase), "items": items, "ref": None})
    # references: some provisions cite another one
    targets = []
    for p, pas in enumerate(pasals):
        targets.append((p,))
        for a, ay in enumerate(pas["ayat"]):
            targets.append((p, a))
            targets += [(p, a, i) for i in range(len(ay["items"]))]
        targets += [(p, None, i) for i in range(len(pas["items"]))]
    for p, pas in enumerate(pasals):
        holders = pas["ayat"] or [pas]
        for h in holders:
            if draw(st.integers(0, 2)) == 0:
                t = draw(st.sampled_from(targets))
                if t[0] != p or len(t) > 1:
                    h["ref"] = t
    return {"pasals": pasals, "penjelasan": draw(st.booleans())}


def _cite(t, here: int, nums) -> str:
    """The reference words for target t, written from Pasal ``here``."""
    pn, an, inn = nums
    p = t[0]
    if len(t) >= 2 and t[1] is not None and p == here:
        s = f"pada ayat ({an[(p, t[1])]})"
    else:
        s = f"dalam Pasal {pn[p]}"
        if len(t) >= 2 and t[1] is not None:
            s += f" ayat ({an[(p, t[1])]})"
    if len(t) == 3:
        s += f" huruf {inn[t]}"
    return "sebagaimana dimaksud " + s


def numbering(sp, pasal=None, ayat=None, items=None):
    """The right numbers, with overrides: {index: number}."""
    pn = {p: (pasal or {}).get(p, p + 1) for p in range(len(sp["pasals"]))}
    an, inn = {}, {}
    for p, pas in enumerate(sp["pasals"]):
        for a, ay in enumerate(pas["ayat"]):
            an[(p, a)] = (ayat or {}).get((p, a), a + 1)
            for i in range(len(ay["items"])):
                inn[(p, a, i)] = int_to_letter((items or {}).get((p, a, i), i + 1))
        for i in range(len(pas["items"])):
            inn[(p, None, i)] = int_to_letter((items or {}).get((p, None, i), i + 1))
    return pn, an, inn


def render(sp, nums=None, heads=None) -> str:
    """The text; ``nums`` number the references, ``heads`` the headings and
    markers (by default the same)."""
    nums = nums or numbering(sp)
    pn, an, inn = heads or nums
    out = list(HEAD)

    def sentence(h, p, lead_colon):
        ref = f" {_cite(h['ref'], p, nums)}" if h.get("ref") else ""
        return f"Ketentuan {h['text']}{ref} dilaksanakan oleh Dinas" + (" terdiri atas:" if lead_colon else ".")

    def items(p, a, its):
        for i, w in enumerate(its):
            end = "." if i == len(its) - 1 else ("; dan" if i == len(its) - 2 else ";")
            out.append(f"{inn[(p, a, i)]}. {w}{end}")

    for p, pas in enumerate(sp["pasals"]):
        out += [f"Pasal {pn[p]}"]
        if pas["ayat"]:
            for a, ay in enumerate(pas["ayat"]):
                out.append(f"({an[(p, a)]}) " + sentence(ay, p, bool(ay["items"])))
                items(p, a, ay["items"])
        else:
            out.append(sentence(pas, p, bool(pas["items"])))
            items(p, None, pas["items"])
        out.append("")
    out += TAIL
    if sp["penjelasan"]:
        out += ["PENJELASAN", "ATAS", "PERATURAN BUPATI CONTOH", "I. UMUM", "Cukup jelas.", "II. PASAL DEMI PASAL"]
        for p in range(len(sp["pasals"])):   # numbered as the references are (a typo is in one heading)
            out += [f"Pasal {nums[0][p]}", "Cukup jelas."]
    return "\n".join(out) + "\n"


def targets_of(sp) -> set:
    return {h["ref"] for pas in sp["pasals"] for h in (pas["ayat"] or [pas]) if h.get("ref")}


def without(sp, kind: str, where: tuple):
    """The spec without one provision (references to it must not exist)."""
    import copy
    s = copy.deepcopy(sp)
    p = where[0]
    if kind == "pasal":
        del s["pasals"][p]
        shift = lambda t: (t[0] - 1 if t[0] > p else t[0],) + tuple(t[1:])  # noqa: E731
    elif kind == "ayat":
        del s["pasals"][p]["ayat"][where[1]]
        shift = lambda t: t if t[0] != p or len(t) < 2 or t[1] is None or t[1] < where[1] \
            else (t[0], t[1] - 1) + tuple(t[2:])  # noqa: E731
    else:
        holder = s["pasals"][p]["ayat"][where[1]] if where[1] is not None else s["pasals"][p]
        del holder["items"][where[2]]
        shift = lambda t: t if len(t) < 3 or t[:2] != where[:2] or t[2] < where[2] \
            else (t[0], t[1], t[2] - 1)  # noqa: E731
    for pas in s["pasals"]:
        for h in pas["ayat"] or [pas]:
            if h.get("ref"):
                h["ref"] = shift(h["ref"])
    return s
