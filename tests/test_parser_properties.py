"""Hypothesis properties of the regulation grammar.

1. A generated well-formed regulation (BAB, Bagian, Paragraf, Pasal, ayat,
   lists four levels deep, optional Penjelasan and Lampiran), with the
   artefacts of real conversions injected (page numbers, catchwords, markdown
   marks, wrapped lines), parses back to exactly the generated structure, and
   each provision's span starts on the line where it was generated.
2. Arbitrary text never raises, and every node's span stays inside the text.
"""
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lint_perda.numbering import int_to_letter, int_to_ordinal, int_to_roman
from lint_perda.parser import parse_text
from lint_perda.sources import SourceText

WORDS = ["pengelolaan", "arsip", "daerah", "dilaksanakan", "oleh", "perangkat", "sesuai", "ketentuan",
         "pelayanan", "masyarakat", "dan", "pembinaan", "pengawasan", "kegiatan", "tugas", "fungsi"]

sentence = st.lists(st.sampled_from(WORDS), min_size=3, max_size=14).map(" ".join)
MARKS = [("huruf", lambda i: f"{int_to_letter(i)}."), ("angka", lambda i: f"{i}."),
         ("huruf_kurung", lambda i: f"{int_to_letter(i)})"), ("angka_kurung", lambda i: f"{i})")]


@st.composite
def item_list(draw, level=0):
    n = draw(st.integers(2, 4))
    items = []
    for i in range(1, n + 1):
        sub = draw(item_list(level + 1)) if level < 3 and draw(st.booleans()) and draw(st.booleans()) else []
        items.append((MARKS[level][0], str(MARKS[level][1](i)).rstrip(".)"), draw(sentence), sub))
    return items


@st.composite
def pasal_body(draw):
    kind = draw(st.sampled_from(["text", "ayat", "list"]))
    if kind == "text":
        return ("text", draw(sentence), [])
    if kind == "list":
        return ("list", draw(sentence), draw(item_list()))
    ayat = []
    for i in range(1, draw(st.integers(2, 4)) + 1):
        ayat.append((str(i), draw(sentence), draw(item_list()) if draw(st.booleans()) else []))
    return ("ayat", None, ayat)


@st.composite
def regulation(draw):
    babs = []
    for _ in range(draw(st.integers(1, 3))):
        mode = draw(st.sampled_from(["pasal", "bagian", "paragraf"]))
        if mode == "pasal":
            babs.append(("pasal", [draw(pasal_body()) for _ in range(draw(st.integers(1, 3)))]))
        else:
            bag = []
            for _ in range(draw(st.integers(1, 3))):
                if mode == "paragraf":
                    bag.append(("paragraf", [[draw(pasal_body()) for _ in range(draw(st.integers(1, 2)))]
                                             for _ in range(draw(st.integers(1, 2)))]))
                else:
                    bag.append(("pasal", [draw(pasal_body()) for _ in range(draw(st.integers(1, 2)))]))
            babs.append(("bagian", bag))
    artefacts = draw(st.lists(st.sampled_from(["page", "catchword", "markdown", "wrap", "none"]), min_size=40, max_size=40))
    return babs, draw(st.booleans()), draw(st.booleans()), artefacts


def render(spec):
    babs, penjelasan, lampiran, artefacts = spec
    lines: list[str] = []
    expect = []          # (kind, num, line) in document order
    art = iter(artefacts * 50)

    def emit(text, kind=None, num=None):
        a = next(art)
        if a == "page":
            lines.extend(["", f"- {len(lines) + 2} -", ""])
        elif a == "catchword" and kind in ("pasal", "bagian", "huruf"):
            lines.extend([text.split()[0] + " ...", ""])
        if a == "markdown":
            text = ("### " if kind in ("pasal", "bab") else "- " if kind else "") + text
        if kind:
            expect.append((kind, num, len(lines) + 1))
        if a == "wrap" and kind in (None, "huruf", "angka", "ayat") and text.count(" ") > 4 and not text.endswith(":"):
            words = text.split(" ")
            cut = len(words) // 2 + 1
            if words[cut][:1].islower():
                lines.append(" ".join(words[:cut]))
                lines.append(" ".join(words[cut:]))
                return
        lines.append(text)

    def items(its, last_punct="."):
        for k, (kind, num, text, sub) in enumerate(its):
            end = ":" if sub else (last_punct if k == len(its) - 1 else ";")
            emit(f"{dict((m[0], m[1]) for m in MARKS)[kind](int(num) if num.isdigit() else ord(num) - 96)} {text}{end}", kind, num)
            items(sub)

    def pasal(body):
        kind, intro, rest = body
        if kind == "text":
            emit(intro + ".")
        elif kind == "list":
            emit(intro + ":")
            items(rest)
        else:
            for num, text, sub in rest:
                emit(f"({num}) {text}" + (":" if sub else "."), "ayat", num)
                items(sub)

    lines.extend(["PERATURAN BUPATI CONTOH", "NOMOR 1 TAHUN 2024", "TENTANG", "PENGELOLAAN ARSIP", "",
                  "MEMUTUSKAN:", "Menetapkan : PERATURAN BUPATI TENTANG PENGELOLAAN ARSIP.", ""])
    n_pasal = 0
    for b, (mode, content) in enumerate(babs, 1):
        emit(f"BAB {int_to_roman(b)}", "bab", int_to_roman(b))
        lines.append("KETENTUAN UMUM")
        if mode == "pasal":
            groups = [("pasal", content)]
        else:
            groups = content
        for g, (gmode, gcontent) in enumerate(groups, 1):
            if mode != "pasal":
                emit(f"Bagian {int_to_ordinal(g)}", "bagian", int_to_ordinal(g))
                lines.append("Pengelolaan Arsip")
            if gmode == "paragraf":
                for p, pasals in enumerate(gcontent, 1):
                    emit(f"Paragraf {p}", "paragraf", str(p))
                    lines.append("Tata Cara")
                    for body in pasals:
                        n_pasal += 1
                        emit(f"Pasal {n_pasal}", "pasal", str(n_pasal))
                        pasal(body)
            else:
                for body in gcontent:
                    n_pasal += 1
                    emit(f"Pasal {n_pasal}", "pasal", str(n_pasal))
                    pasal(body)
    lines.extend(["", "Ditetapkan di Contoh", "pada tanggal 2 Januari 2024", "BUPATI CONTOH,", ""])
    if penjelasan:
        lines.extend(["PENJELASAN", "ATAS", "PERATURAN BUPATI CONTOH", "I. UMUM", "Cukup jelas.", "II. PASAL DEMI PASAL"])
        for i in range(1, n_pasal + 1):
            lines.extend([f"Pasal {i}", "Cukup jelas."])
    if lampiran:
        lines.extend(["LAMPIRAN", "PERATURAN BUPATI CONTOH", "1. Bagan organisasi;", "2. Formulir."])
    return "\n".join(lines) + "\n", expect, n_pasal


STRUCT = {"bab", "bagian", "paragraf", "pasal", "ayat", "huruf", "angka", "huruf_kurung", "angka_kurung"}


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(regulation())
def test_generated_regulation_parses_back(spec):
    text, expect, n_pasal = render(spec)
    r = parse_text(text)
    body = [n for n in r.root.children if n.kind == "body"][0]
    src = SourceText(path="x", text=text)
    got = [(n.kind, n.num, src.locate(n.start)[0]) for n in body.walk() if n.kind in STRUCT]
    assert got == expect, text
    assert len([n for n in r.root.walk() if n.kind == "pasal"]) == n_pasal
    # nesting: every item sits under the provision generated above it
    for n in body.walk():
        if n.kind in ("angka", "huruf_kurung", "angka_kurung") and n.parent.kind in STRUCT:
            assert n.parent.kind != n.kind
    assert r.coverage == 1.0
    if spec[1]:
        assert len([n for n in r.root.walk() if n.kind == "pj_pasal"]) == n_pasal
    assert len([n for n in r.root.walk() if n.kind == "lampiran"]) == int(spec[2])


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=400)
       | st.lists(st.sampled_from(["Pasal 1", "Pasal I", "(1) a", "a. b", "1) x", "BAB II", "Bagian Kedua",
                                   "Paragraf 2", "Menimbang :", "Mengingat :", "MEMUTUSKAN:", "Menetapkan :",
                                   "PENJELASAN", "LAMPIRAN", "Ditetapkan di X", "Pasal ...", "- 2 -", "", "**",
                                   "teks biasa", "1. Ketentuan Pasal 5 diubah:", "Pasal 5A", "a) x", "   ", "\t"]),
                  max_size=60).map("\n".join))
def test_arbitrary_text_never_raises(text):
    r = parse_text(text)
    n = len(text)
    for node in r.root.walk():
        assert 0 <= node.start <= max(n, 0) and node.start <= node.end <= n + 1
    assert 0.0 <= r.coverage <= 1.0
