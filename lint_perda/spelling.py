"""Spelling suspects of one document, computed once for the LP70x rules.

A reviewer's eye, not a spell checker: a word is suspect when the document
itself shows how it should be spelt.  It occurs once or twice, a word the
document uses repeatedly is one slip away from it (a letter dropped, added,
changed or two swapped; two letters dropped from a long word), the
difference is not an affix ("produksi"/"diproduksi") or a loan word's
spelling ("Public"/"publik"), and the Indonesian Hunspell dictionary does not
know it.  A word made of two words the document writes apart elsewhere
("dibidang" beside "di bidang") is suspect as glued.

The regulation's own names (defined terms, unit names, abbreviations it
defines, place names after Desa/Kecamatan/...) and the legal vocabulary of
rules/kosakata.toml are never suspect.  A scanned text read by OCR is not
judged at all: its misspellings are the scanner's.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from .slips import _derived, _ocr_reading, _shape_ok, _slip, in_cited_title, old_spelling

# a word: letters, hyphenated parts; not part of a URL, e-mail, code or
# number, nor the first half of a word a line end split ("Penyelengga- raan")
WORD = re.compile(r"(?<![\w@/.&-])[A-Za-z]+(?:-[A-Za-z]+)*(?![\w@/&]|-\w|\.[A-Za-z]|-[ \t]+[a-z])")
# WORD's bounds: what may not stand before a word, and what may not follow it
_WORDISH, _END = re.compile(r"[\w@/.&-]"), re.compile(r"(?![\w@/&]|-\w|\.[A-Za-z]|-[ \t]+[a-z])")


class _Pairs(dict):
    """How often two words stand one space apart (in small letters, "atau
    pun"), counted when first asked: counting every pair of a text took a
    fifth of the spelling analysis, and few are ever asked for."""

    def __init__(self, low: str):
        super().__init__()
        self.low = low          # the text in small letters

    def __missing__(self, pair: str) -> int:
        # found by str search, each find checked against WORD's bounds (a
        # regex per pair cost its compilation)
        low, n = self.low, 0
        i = low.find(pair)
        while i >= 0:
            if (i == 0 or not _WORDISH.match(low, i - 1)) and _END.match(low, i + len(pair)):
                n += 1
            i = low.find(pair, i + 1)
        self[pair] = n
        return n


def _candidate_tokens(lines, low, starts, cand):
    """(word, line, start, end, the line's tokens, index) of every occurrence
    of a candidate word: the candidates are looked for in the whole text in
    small letters (the lines joined by newlines, ``starts`` their offsets)
    and only the lines that hold one are tokenised (a suspect's context is
    its own line)."""
    import bisect
    at: set[int] = set()
    for w in cand:
        i = low.find(w)
        while i >= 0:
            at.add(bisect.bisect_right(starts, i) - 1)
            i = low.find(w, i + 1)
    for k in sorted(at):
        ln = lines[k]
        tokens = [(m.group(0), ln, m.start(), m.end()) for m in WORD.finditer(ln.text)]
        for i, tok in enumerate(tokens):
            if tok[0].lower() in cand:
                yield (*tok, tokens, i)


_PLACE_BEFORE = re.compile(
    r"(?:Desa|Kelurahan|Kecamatan|Kabupaten|Kota|Provinsi|Kampung|Dusun|Nagari|Gampong|Pulau|Sungai|Gunung|"
    r"Jalan|Jl\.|Teluk|Selat|Danau|Tanjung|Distrik|Kota Administrasi)\s+$")
_ABBREV_DEF = re.compile(r"\(([A-Z][A-Za-z]{1,15})\)|disingkat\s+(?:dengan\s+)?([A-Z][A-Za-z]{1,15})")

# bound forms written together with the next word (PUEBI): "antarwaktu",
# "nonakademik", "pascapanen"; their split spelling is the error, not this
_BOUND = frozenset("antar non pasca pra sub anti swa tuna nir purna ekstra intra multi semi supra ultra inter "
                   "trans kontra maha para panca catur dwi tri eka awa ko pro infra mikro makro".split())
# English words around a word: a quoted foreign term ("Endangered Species of
# Wild Fauna"), whose spelling is not Indonesian
_FOREIGN = frozenset("the of and in for on with to by at from an or is are as be this that which".split())


@dataclass
class Suspect:
    word: str                 # as written
    line: object              # MLine
    a: int                    # span in line.text
    b: int
    suggestion: str           # as it should be written (case of the word kept)
    kind: str                 # "typo" | "glued"
    count: int = 1            # how often the document writes the word
    model_count: int = 0      # how often it writes the suggestion
    nonstandard: bool = False  # a non-standard form of the model (rules/kosakata.toml [baku])
    others: tuple = ()        # (word, count) of words as near as the suggestion: the reviewer chooses


@dataclass
class SpellResult:
    status: str = "all"       # all | none
    reason: str | None = None
    reason_en: str | None = None
    suspects: list[Suspect] = field(default_factory=list)


@lru_cache(maxsize=1)
def vocabulary() -> tuple[frozenset, dict]:
    """rules/kosakata.toml: words a regulation spells right that Hunspell's
    id_ID lacks, and non-standard forms with their standard spelling."""
    import tomllib
    from importlib import resources
    data = tomllib.loads(resources.files("lint_perda.rules").joinpath("kosakata.toml").read_text(encoding="utf-8"))
    accept = frozenset(w.lower() for w in data.get("terima", []))
    baku = {k.lower(): v.lower() for k, v in data.get("baku", {}).items()}
    return accept | frozenset(baku.values()), baku


def _foreign_context(tokens, i: int, speller, names) -> bool:
    """An English phrase, or a technical one (a laboratory method, a Latin
    name) whose neighbours the dictionary does not know either."""
    ln = tokens[i][1]
    if ln.text.count("_", 0, tokens[i][2]) % 2 == 1:
        return True   # inside _italics_: a foreign term
    strange = 0
    for j in range(max(0, i - 3), min(len(tokens), i + 4)):
        w = tokens[j][0]
        if j == i or tokens[j][1] is not ln:
            continue
        if w.lower() in _FOREIGN:
            return True
        if len(w) >= 3 and not w.isupper() and w.lower() not in names and not speller.known(w) \
                and not _derived(w.lower(), speller):
            strange += 1
    return strange >= 2


def _recase(model: str, like: str, usual: str | None = None) -> str:
    """The model written as the suspect is: capitals, a capital, or as the
    document usually writes it ("indonesia" is "Indonesia")."""
    if like.isupper():
        return model.upper()
    if like[:1].isupper():
        return model[:1].upper() + model[1:]
    return usual or model


def _names(doc) -> set[str]:
    """Lower-cased words of the regulation's own names."""
    out: set[str] = set()
    try:
        for term, _node, _off in doc.definitions:
            out.update(w.lower() for w in WORD.findall(term))
    except Exception:
        pass
    try:
        for u in doc.organisation.units:
            out.update(w.lower() for w in WORD.findall(u.name))
    except Exception:
        pass
    ident = doc.identity
    for s in (ident.region, ident.title):
        if s:
            out.update(w.lower() for w in WORD.findall(s))
    for m in _ABBREV_DEF.finditer(doc.source.text):
        out.add((m.group(1) or m.group(2)).lower())
    return out


def spelling_result(doc) -> SpellResult:
    """The analysis for the LP70x rules, with its `checked` note recorded."""
    res = analyse(doc, getattr(getattr(doc, "settings", None), "dictionary", None))
    doc.note_checked("spelling", res.status, res.reason)
    return res


def findings(rule, doc, kind: str, words, severity=None):
    """The diagnostics of one kind of suspect ("typo" for LP701, "glued" for
    LP702); ``words(suspect)`` gives the message and its English,
    ``severity(suspect)`` its severity (None: the rule's)."""
    for s in spelling_result(doc).suspects:
        if s.kind != kind:
            continue
        node = node_of(doc, s.line)
        msg, msg_en = words(s)
        from .fixes import DISPLAY, line_edit, make_fix
        # spelling is never corrected automatically: the fix is shown only,
        # and not at all where two words are as near (the reviewer chooses)
        one = s.suggestion if not s.others else None
        fix = make_fix([line_edit(s.line, s.a, s.b, one)], DISPLAY) if one else None
        yield rule.at_span(s.line.orig(s.a), s.line.orig_end(s.b), node.path, msg, msg_en,
                           suggestion=one, words=s.word, full_path=node.full_path,
                           severity=severity(s) if severity else None, fix=fix)


def node_of(doc, line):
    """The AST node a logical line belongs to (the heading's node for a
    title line), for the place a finding is reported at."""
    cache = doc.__dict__.setdefault("_spelling", {})
    idx = cache.get("lines")
    if idx is None:
        idx = cache["lines"] = {}
        for n in doc.root.walk():
            for p in ([n.head] if n.head is not None else []) + n.paras:
                idx.setdefault(id(p.line), n)
        last = doc.root
        for ln in doc.parsed.normalized.lines:
            last = idx.setdefault(id(ln), last)
    return idx.get(id(line), doc.root)


def analyse(doc, dictionary_path: str | None = None) -> SpellResult:
    """The suspects of ``doc``; cached on the document."""
    cache = doc.__dict__.setdefault("_spelling", {})
    if "result" in cache:
        return cache["result"]
    res = cache["result"] = _analyse(doc, dictionary_path)
    return res


def _analyse(doc, dictionary_path: str | None) -> SpellResult:
    from .dictionary import MISSING_REASON, MISSING_REASON_EN, find_dictionary, load_speller
    from .sequence import ocr_suspect

    if ocr_suspect(doc):
        return SpellResult("none", "naskah hasil pindai (OCR): salah ejanya milik pemindai, bukan naskah",
                           "a scanned text read by OCR: its misspellings are the scanner's, not the draft's")
    if doc.year is not None and doc.year < 1972:
        # "perobahan", "djalan", "Staatblad": the spelling of its time, which
        # the dictionary (EYD) and the text's own mixed forms cannot judge
        return SpellResult("none", "naskah sebelum Ejaan yang Disempurnakan (1972): ejaannya ejaan masa itu",
                           "a text from before the 1972 spelling reform: its spelling is that of its time")
    path = find_dictionary(dictionary_path)
    if path is None:
        return SpellResult("none", MISSING_REASON, MISSING_REASON_EN)
    lines = doc.parsed.normalized.lines
    # counted over the whole text at once with the regex engine's loops, not
    # one Python step per word or line: a word in small letters and as
    # written, two words one space apart as a pair (the evidence of a glued
    # word); lines are joined by newlines, which no word or pair crosses
    text = "\n".join(ln.text for ln in lines)
    starts, pos = [], 0
    for ln in lines:
        starts.append(pos)
        pos += len(ln.text) + 1
    ws = WORD.findall(text)
    forms: Counter = Counter(ws)
    counts: Counter = Counter()
    written: dict[str, list[str]] = {}   # lower word -> the forms the text writes
    for w, n in forms.items():
        lw = w.lower()
        counts[lw] = counts.get(lw, 0) + n   # not Counter's +=: a Python-level __missing__ per new word
        written.setdefault(lw, []).append(w)
    low = text.lower()
    if len(low) != len(text):   # a letter whose small form is longer ("İ"): keep offsets
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    bigrams = _Pairs(low)
    frequent = [w for w, n in counts.items() if n >= 3 and len(w) >= 6 and "-" not in w]
    if not frequent:
        return SpellResult()
    accept, baku = vocabulary()

    # candidates before the dictionary: rare, well-formed, near a frequent word or glued
    from rapidfuzz import process
    from rapidfuzz.distance import Levenshtein
    cand: dict[str, tuple[str, str]] = {}     # lower word -> (model, kind)
    near_len: dict[int, list[str]] = {}
    # a word the dictionary knows in every form the text writes it is never
    # a suspect (the check below): most rare words, spared the comparing.
    # Asked first once the dictionary is loaded (a batch) or the text is
    # long; a short draft loads it only if a word is still suspect after
    speller = load_speller(path) if load_speller.cache_info().currsize or len(text) > 60_000 else None
    for lw, n in counts.items():
        if n > 2 or len(lw.replace("-", "")) < 6 or lw in accept:
            continue
        if speller is not None and all(speller.known(w) for w in written[lw]):
            continue
        near = near_len.get(len(lw))
        if near is None:   # two edits change the length by two at most: the others need no comparing
            near = near_len[len(lw)] = [f for f in frequent if abs(len(f) - len(lw)) <= 2]
        models = sorted(((dist, -counts[f], f) for f, dist, _ in
                         process.extract(lw, near, scorer=Levenshtein.distance, score_cutoff=2, limit=6)
                         if counts[f] >= 3 * n and _slip(lw, f) and baku.get(f) != lw))
        if models:
            # the words as near as the nearest ("negari": "negara" and
            # "negeri"): which one was meant is for the context to tell
            cand[lw] = (models[0][2], "typo", tuple(f for d, _c, f in models[1:] if d == models[0][0]))
            continue
        if "-" in lw:
            continue
        for k in range(2, len(lw) - 2):
            a, b = lw[:k], lw[k:]
            # a pair can be written no more often than either of its words
            if a not in _BOUND and counts.get(a, 0) >= 3 * n and counts.get(b, 0) >= 3 * n \
                    and bigrams[a + " " + b] >= 3 * n:
                cand[lw] = (a + " " + b, "glued", ())
                break
    if not cand:
        return SpellResult()

    speller = speller or load_speller(path)
    names = _names(doc)
    out: list[Suspect] = []
    for w, ln, a, b, tokens, i in _candidate_tokens(lines, low, starts, cand):
        lw = w.lower()
        c = cand[lw]
        if not _shape_ok(w) or lw in names:
            continue
        model, kind, others = c
        if "-" in w and w.replace("-", "").lower() == model.replace(" ", ""):
            continue   # "PE-NYERTAAN": a word hyphenated at a line end by the print, not a slip
        if w.isupper() and len(w) < 7:
            continue   # short capitals are abbreviations
        if w[0].isupper() and _PLACE_BEFORE.search(ln.text[max(0, a - 20):a]):
            continue   # a place name
        if speller.known(w):
            continue
        standard = baku.get(lw) == model   # "mengkoordinasikan" where the text writes "mengoordinasikan"
        if kind == "typo" and not standard and (_derived(lw, speller) or _ocr_reading(lw, speller)):
            continue
        if kind == "typo" and old_spelling(lw, model) and in_cited_title(ln.text, a):
            continue   # "... Tahun 1956 tentang ... Daerah Propinsi Sumatera Utara": cited as enacted
        if kind == "typo":
            # the model must be a word, or a name the text relies on
            models = [m for m in ((model,) if standard else (model, *others))
                      if speller.known(m) or m in accept or m in names or counts[m] >= 10 or _derived(m, speller)]
            if not models:
                continue
            if len(models) > 1:
                models = _in_context(models, tokens, i, bigrams)
            model, others = models[0], models[1:]
        if _foreign_context(tokens, i, speller, names):
            continue
        out.append(Suspect(w, ln, a, b, _written(model, w, forms), kind, counts[lw],
                           counts[model] if kind == "typo" else bigrams[model], standard,
                           tuple((_written(m, w, forms), counts[m]) for m in others)))
    return SpellResult(suspects=out)


def _written(model: str, like: str, forms: Counter) -> str:
    # a lower-case word takes the model as the text writes it when it is
    # never in lower case there (a name: "Indonesia")
    usual = None if forms.get(model) else max((x for x in forms if x.lower() == model),
                                               key=forms.__getitem__, default=None)
    return _recase(model, like, usual)


def _in_context(models: list[str], tokens, i: int, bigrams) -> list[str]:
    """Of words equally near a slip, the one the text writes beside the
    slip's neighbours ("pengadilan negari": "pengadilan negeri", not
    "pengadilan negara"); all of them when no single one is."""
    ln = tokens[i][1]
    prev = tokens[i - 1][0].lower() if i > 0 and tokens[i - 1][1] is ln else None
    nxt = tokens[i + 1][0].lower() if i + 1 < len(tokens) and tokens[i + 1][1] is ln else None
    seen = [m for m in models if (prev and bigrams[prev + " " + m]) or (nxt and bigrams[m + " " + nxt])]
    return seen if len(seen) == 1 else models
