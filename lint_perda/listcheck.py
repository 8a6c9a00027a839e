"""The punctuation, conjunction and case of lists (rincian, drafting-rules
R24-R25), computed once per document for the four list rules.

Each fault is (kind, item, message, message_en, suggestion, fix); the fixes
come from lint_perda/listfix.py.  A document that
makes the same deviation everywhere (the regional texts end every nested
sub-list with "." hundreds of times) gets it said once: see :func:`once`.
"""
from __future__ import annotations

import re
from functools import partial

from .faultjudge import bare
from .markerjudge import SAME_WORD
from .listfix import combined, intro_fix, item_fix
from .lists import body_lists
from .numbering import int_to_letter
from .reading import inline_markers, note_places, reading

CONJ = r"(?:dan/atau|dan|atau|serta)"
_SEMI = re.compile(rf";\s*(?:{CONJ})?$")
_ENDS_CONJ = re.compile(rf"[;,]?\s*\b({CONJ})$")
_CONJ_BEFORE_SEMI = re.compile(rf"\s({CONJ})\s?;$")
_DEF_LEAD = re.compile(r"yang\s+dimaksud(?:kan)?\s+(?:dengan|dalam)")
_DEF_ITEM = re.compile(r"^[A-Z][^.;:]{0,120}?\badalah\b")
# a list item is read by its first words; these start items legitimately in
# capitals: names, defined terms, abbreviations
_FIRST_WORD = re.compile(r"[A-Za-z][\w/-]*")

REPEAT_LIMIT = 10
# the head words of unit names ("b. Sekretariat, membawahi:")
_INSTITUTION = {"Sekretariat", "Bidang", "Seksi", "Sub", "Subbagian", "Bagian", "Kepala", "Dinas", "Badan", "Kantor",
                "Kecamatan", "Kelurahan", "Unit", "UPT", "Kelompok", "Inspektorat", "Satuan", "Biro", "Pusat", "Balai",
                "Direktorat", "Deputi", "Kedeputian", "Lembaga", "Komisi", "Dewan", "Majelis", "Pemerintah", "Menteri"}
_PARTICLES = {"dan", "atau", "di", "ke", "dari", "yang", "untuk", "pada", "dalam", "dengan", "bagi", "serta", "oleh"}
# a list marker inside a line: an item glued to the one before it
_GLUED = re.compile(r"\s(?:\d{1,2}|[a-z])[.)]['’]?\s+\S")   # (d.' as a scan reads d.)


def _is_definitions(items) -> bool:
    par = items[0].parent
    lead = (par.text if par is not None else "") or ""
    return bool(_DEF_LEAD.search(lead)) or sum(bool(_DEF_ITEM.match(i.text)) for i in items) > len(items) // 2


def _mixed_child(it) -> bool:
    kids = [c for c in it.children if c.is_item]
    return bool(kids) and kids[0].kind == SAME_WORD.get(it.kind) and kids[0].value == (it.value or 0) + 1


_INNER_CAPITAL = re.compile(r"(?<=[a-z,] )([A-Z][\w/-]*)")


def _proper_words(doc) -> set[str]:
    """Capitalised words that stand capitalised inside sentences somewhere,
    and the first words of the defined terms: names and defined terms
    ("Pemerintah", "Dinas", "DPRD", "Pendamping")."""
    out: set[str] = {term.split()[0] for term, _, _ in doc.definitions if term.split()}
    if doc.body is None:
        return out
    for n in doc.body.walk():
        for m in _INNER_CAPITAL.finditer(n.text or ""):
            out.add(m.group(1))
    return out


def _ordinary_in_scan(doc, word: str) -> bool:
    """In a scan, a capitalised first word is judged only where the text
    writes it in small letters elsewhere: "Pcmagangan", "Merrteri" are
    misread names, not ordinary words."""
    seen = doc.__dict__.get("_small_words")
    if seen is None:
        seen = doc.__dict__["_small_words"] = set(re.findall(r"(?<![\w-])[a-z][a-z-]+", doc.source.text))
    return word.split("/")[0].lower() in seen


_DELETED = re.compile(r"^\s*[Dd]ihapus\s*[.;]?\s*(?:dan|atau|dan/atau)?\s*$")

def faults(doc) -> list[tuple]:
    cache = doc.__dict__.setdefault("_list_faults", None)
    if cache is not None:
        return cache
    out: list[tuple] = []
    doc.__dict__["_list_faults"] = out
    rd = reading(doc)
    unjudged: list[int] = []
    proper = _proper_words(doc)
    last_of: dict = {}   # (id(node), kind) -> its last child of that kind, once per node
    for items in body_lists(doc):
        # an item an amendment deleted keeps its number with "Dihapus."; the
        # list's punctuation and conjunction run over the remaining ones
        items = [i for i in items if not _DELETED.match(i.text or "")]
        if not items or _is_definitions(items):
            continue
        if any(inline_markers(i.text) for i in items) or not list_read_cleanly(rd, items):
            unjudged.append(items[0].start)   # where the list ends or starts, the parse cannot see
            continue
        par = items[0].parent
        nested = par is not None and par.is_item
        par_last = True
        if nested:
            gp = par.parent
            if (id(gp), par.kind) not in last_of:
                for c in gp.children:
                    last_of[(id(gp), c.kind)] = c
            par_last = last_of[(id(gp), par.kind)] is par
        n = len(items)
        # where the list ends depends on the marker after it: read through
        # OCR ("...; (2t e. mengawasr"), its end and conjunction are unsure
        nxt = _next_node(items[-1])
        end_sure = (nxt is None or "ocr" not in (nxt.read or ())) \
            and not _GLUED.search(" ".join((items[-1].text or "").split()))   # "l. ...; dan DISTRIBUSI II m. ...": it goes on
        if not end_sure:
            unjudged.append(items[-1].start)
        # "3) ...; 4. ..." read as a sub-list of 3): LP106 reports the marker;
        # the list's end and conjunction cannot be judged
        if any(_mixed_child(it) for it in items):
            continue
        # the sentence that introduces the list ends with ":" (R24)
        if par is not None and par.kind in ("pasal", "ayat"):
            lead = " ".join(par.text.split())
            if rd.scan:
                # a scanner's stray quote or mark after the colon ('subbidang: "'),
                # and ";" for ":", its usual confusion
                lead = lead.rstrip("\"'^ ")
            # (in a scan a lead that ends a sentence lost the intro after it,
            # with its ayat marker: "(3) ... diatur dengan Peraturan Komisi.")
            # (a list that starts at "14." is the rest of another, moved there
            # by the conversion; in a scan a colon inside the lead-in is one the
            # first items were read into: "berupa: a- Peraturan ...; atau")
            if lead and not lead.endswith(":") and not _GLUED.search(lead) and items[0].value in (1, None) \
                    and not (rd.scan and (lead.endswith((".", ";")) or _turned_before(rd, par) or ": " in lead)):
                out.append(("intro", par, f"Kalimat pengantar rincian pada {par.label} diakhiri titik dua (:).",
                            f"The sentence introducing the list in {par.label} ends with a colon.", None,
                            intro_fix(par)))
        for k, it in enumerate(items):
            t = " ".join(it.text.split())
            if not t or _GLUED.search(t):
                continue   # empty, or a sub-item glued into the line: the parse cannot see its end
            has_sub = any(c.is_item for c in it.children)
            fix = partial(item_fix, items, k, nested, par_last)   # made only for a fault
            # -- punctuation --------------------------------------------
            if not end_sure and k >= n - 2:
                pass   # the last two items: their ending and conjunction hang on the unsure end
            elif has_sub:
                if not t.endswith(":"):
                    out.append(("sub-lead", it, f"{it.label} mempunyai rincian di bawahnya: akhiri dengan titik dua (:).",
                                f"{it.label} has sub-items: end it with a colon.", None, fix()))
            elif k < n - 1:
                if rd.scan and t.endswith(":"):
                    unjudged.append(it.start)   # ";" and ":" are the scanner's usual confusion
                elif not _SEMI.search(t):
                    out.append(("not-semicolon", it, f"{it.label} bukan rincian terakhir: akhiri dengan titik koma (;).",
                                f"{it.label} is not the last item: end it with a semicolon.", None, fix()))
            elif nested and not par_last:
                if t.endswith("."):
                    out.append(("nested-last-period", it,
                                f"{it.label} menutup rincian di bawah {par.label}, padahal rincian {par.label} masih berlanjut: "
                                "akhiri dengan titik koma (;), bukan titik.",
                                f"{it.label} closes the sub-list of {par.label} while the list goes on: end it with ';', not '.'.",
                                None, fix()))
            elif t.endswith(";"):
                out.append(("last-semicolon", it, f"{it.label} adalah rincian terakhir: akhiri dengan titik (.), bukan titik koma.",
                            f"{it.label} is the last item: end it with a full stop, not a semicolon.", None, fix()))
            # -- conjunction -----------------------------------------------
            if n >= 2 and not has_sub and end_sure:
                conj = _ENDS_CONJ.search(t)
                if k == n - 2 and conj is None and _SEMI.search(t) \
                        and not (rd.scan and _CONJ_BEFORE_SEMI.search(t)):   # "usaha dan;": the scan's order
                    out.append(("no-conjunction", it,
                                f"{it.label} adalah rincian kedua dari terakhir: tambahkan \"dan\", \"atau\", atau \"dan/atau\" sesudah titik koma.",
                                f"{it.label} is the second-to-last item: add \"dan\", \"atau\" or \"dan/atau\" after the semicolon.",
                                None, fix()))
                elif k < n - 2 and conj is not None and t.endswith(conj.group(1)):
                    out.append(("early-conjunction", it,
                                f"\"{conj.group(1)}\" hanya ditulis pada rincian kedua dari terakhir, bukan pada {it.label}.",
                                f"\"{conj.group(1)}\" goes only after the second-to-last item, not after {it.label}.", None, fix()))
            # -- case ------------------------------------------------------
            w = _FIRST_WORD.match(t)
            words = t.split()
            # a name ("Kedeputian Bidang Jasa Ilmiah", "Kepala Dinas") keeps its
            # capitals: only a capital followed by ordinary words is a fault
            follow = [x for x in words[1:3] if x.lower() not in _PARTICLES]
            ordinary = bool(follow) and follow[0][:1].islower() and not any(x[:1].isupper() for x in follow)
            first = w.group(0) if w else ""
            named = first in _INSTITUTION or t[len(first):len(first) + 1] == ","
            if w and t[0].isupper() and ordinary and not named and not first.isupper() \
                    and first not in proper and first.split("/")[0] not in proper \
                    and (not rd.scan or _ordinary_in_scan(doc, first)):
                # the first word, and the ordinary words after a slash
                # ("Kabupaten/Kota": "kabupaten/Kota" would be half lowered)
                head, *rest = w.group(0).split("/")
                low = "/".join([head[0].lower() + head[1:]] + [x[:1].lower() + x[1:] if x[1:].islower() else x
                                                                for x in rest])
                out.append(("capital", it, f"Rincian diawali huruf kecil: \"{low}\", bukan \"{w.group(0)}\".",
                            f"An item starts in lower case: \"{low}\".", low, None))
    note_places(doc, "lists", "daftar rincian", unjudged)
    return out


def _one_per_list(fs: list) -> list:
    """Items of one list with the same fault (all missing their ";", "a. ...
    . / b. ... . / c. ...", or all starting with a capital): one finding at
    the first, naming the others, with one fix for all."""
    def key(f):   # (the list, and how its fix may be applied: a safe fix is not merged into a shown one)
        return id(f[1].parent), f[1].kind, f[5].applicability if f[5] is not None else None

    groups: dict = {}
    for f in fs:
        groups.setdefault(key(f), []).append(f)
    out = []
    for f in fs:
        g = groups[key(f)]
        if len(g) == 1:
            out.append(f)
        elif f is g[0]:
            _, it, msg, msg_en, sug, fix = f
            others = ", ".join(x[1].label for x in g[1:])
            out.append((f[0], it, f"{msg[:-1]}; begitu pula {others}.", f"{msg_en[:-1]}; so do {others}.", sug,
                        combined([x[5] for x in g], fix.applicability) if fix is not None else None))
    return out


def _turned_before(rd, par) -> bool:
    """A page turned inside the line, before the lead-in ("ditetapkan: [page
    foot] (4) a. untuk ..."): the scan may have moved its words across the
    turn (a page turn on a line of its own is the usual layout)."""
    lo = par.head.line.orig(0) if par.head is not None else par.start
    return rd.page_turn(rd.doc.source.text.rfind("\n", 0, lo) + 1, lo)


def list_read_cleanly(rd, items) -> bool:
    """Every item of a list on its own line as written, the lead-in and the
    items free of scanner debris: only then are its end and its
    punctuation the draft's (lint_perda/reading.py)."""
    par = items[0].parent
    lo = par.head.line.orig(0) if par is not None and par.head is not None else items[0].start
    if not (all(rd.clean(i) for i in items) and rd.clean_stretch(lo, max(i.end for i in items))):
        return False
    if rd.scan:
        # a scan loses markers: "8. Perjanjian Kerja. fasilitasi ..." holds the
        # next item of the list above without its "c."; a sub-list under the
        # only item of its list ("a." with no "b.") had its neighbours lost
        if any(_lost_marker(i.text or "") for i in items):
            return False
        # the last item ends "...; dan" (or "; ^dan (3)" through the scanner's
        # marks): the one after it was lost at a page turn; it ends ";": the
        # list goes on where the scan lost or moved it
        last = _SCAN_TAIL.sub("", " ".join((items[-1].text or "").split()))
        if _ENDS_CONJ.search(last) or (last.endswith(";") and not _parent_goes_on(items)):
            return False
        # "d. memindahtangankan ...; dinyatakan pailit ...": the last item holds
        # another whose marker the scan lost
        if re.search(r";\s+[a-z]{3,}", last[:-1]):
            return False
        # the next provision opens with this list's next marker ("(3) c.
        # menjalani ..."): the list runs on past a misread marker
        if _continues(items[-1]):
            return False
        # "a. b. d.": an item the scan lost (LP106 reports the gap); which
        # item comes second to last in the draft is not known
        vals = [i.value for i in items]
        if None not in vals and vals != list(range(vals[0], vals[0] + len(vals))):
            return False
        if par is not None and par.is_item and sum(1 for c in par.parent.children if c.kind == par.kind) < 2:
            return False
        # "5. / 6. penerbitan ...; pembebasan ...; / 7. / 8.": markers standing
        # apart from their words, a layout in columns
        if sum(1 for i in items if bare(i)) >= 2:
            return False
    return True


# the scanner's marks and a stray marker at the end of a line: "; ^dan (3)"
_SCAN_TAIL = re.compile(r"[\^_#*]+|\s*\(\w{1,3}\)\s*$")


def _parent_goes_on(items) -> bool:
    """A sub-list whose parent item has a next item: its last item ends ";"."""
    par = items[0].parent
    if par is None or not par.is_item or par.parent is None:
        return False
    sibs = par.parent.children
    return any(c.kind == par.kind for c in sibs[sibs.index(par) + 1:])


def _continues(item) -> bool:
    nxt = _next_node(item)
    if nxt is None or item.value is None or item.kind not in ("huruf", "angka"):
        return False
    want = int_to_letter(item.value + 1) if item.kind == "huruf" else str(item.value + 1)
    return re.match(rf"(?:\(\w{{1,3}}\)\s*)?{want}[.)]\s", (nxt.text or "").lstrip()) is not None


def _next_node(node):
    """The provision that follows ``node`` in the document, at any level."""
    while node.parent is not None:
        sib = node.parent.children
        k = next((x for x, c in enumerate(sib) if c is node), None)
        if k is not None and k + 1 < len(sib):
            return sib[k + 1]
        node = node.parent
    return None


# a full stop, then another sentence: an item whose marker was lost ("8.
# Perjanjian Kerja. fasilitasi ...", "g. peran serta masyarakat. Subsistem
# ..."); or a marker misread after a semicolon ("parasit; dan/atau d, melukai")
_LOST_MARKER = re.compile(r"(\w+)\.\s+[A-Za-z][a-z]{2,}|(;)\s+(?:(?:dan|atau|dan/atau)\s+)?[A-Za-z]{1,2}[.,'’]?\s+[a-z]")
_ABBREVIATIONS = {"dll", "dsb", "dst", "hlm", "tgl", "no", "jo", "yth", "an", "up", "sda", "ybs", "dkk", "al", "tbk", "dr",
                  "drs", "ir", "prof", "hj", "st"}


def _lost_marker(text: str) -> bool:
    return any(m.group(2) or m.group(1).lower() not in _ABBREVIATIONS for m in _LOST_MARKER.finditer(text))


def once(rule, found: list[tuple], kinds: tuple[str, ...], soft: tuple[str, ...] = ()):
    """Report each fault; a kind that occurs more than REPEAT_LIMIT times in
    the document is a consistent house style, said once at its first place.
    The ``soft`` kinds are notes (info): the technique's own examples differ
    on them."""
    from collections import defaultdict
    by_kind: dict[str, list[tuple]] = defaultdict(list)
    for f in found:
        if f[0] in kinds:
            by_kind[f[0]].append(f)
    for kind in kinds:
        fs = by_kind.get(kind, [])
        if len(fs) > REPEAT_LIMIT:
            _, it, msg, msg_en, sug, _fix = fs[0]
            # a house style: correcting it everywhere is the reviewer's call (unsafe)
            yield rule.at(it, f"{msg} Pola yang sama ada di {len(fs)} tempat dalam naskah ini; dilaporkan sekali di sini.",
                          f"{msg_en} The same pattern occurs {len(fs)} times in this text; reported once here.",
                          head=True, suggestion=sug, fix=combined([f[5] for f in fs], "unsafe"),
                          severity="info" if kind in soft else None)
            continue
        for _, it, msg, msg_en, sug, fix in (_one_per_list(fs) if kind in ("not-semicolon", "capital") else fs):
            end = len((it.text or "").rstrip())
            if kind == "intro" and it.kind == "pasal" and end:
                # a Pasal's lead-in stands below its heading: marked at its end
                yield rule.at(it, msg, msg_en, i=end - 1, j=end, suggestion=sug, fix=fix)
                continue
            yield rule.at(it, msg, msg_en, head=True, suggestion=sug, fix=fix,
                          severity="info" if kind in soft else None)
