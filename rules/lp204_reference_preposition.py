"""LP204 reference-preposition: "dalam" before a Pasal, "pada" before an ayat
of the same Pasal."""
from __future__ import annotations

import re

from lint_perda.fixes import make_fix, node_edit
from lint_perda.rule import Rule

# "sebagaimana" just before what the reference module read as the phrase's
# intro ("pada" in "sebagaimana pada ayat (1)", "yang dimaksud pada" in
# "sebagaimana yang dimaksud pada ayat (1)"): the formula misworded
_SEBAGAIMANA_BEFORE = re.compile(r"(sebagaimana)\s+$", re.IGNORECASE)
_PHRASE = re.compile(r"(sebagaimana\s+dimaksud(?:kan)?)(?:\s+(?:dalam|pada|di\s*dalam))?", re.IGNORECASE)


class ReferencePreposition(Rule):
    """
    ## Apa yang diperiksa
    Kata depan dalam frasa "sebagaimana dimaksud ...", yang mengikuti satuan
    pertama yang disebut:
    - "sebagaimana dimaksud **dalam** Pasal ..." (bukan "pada Pasal");
    - "sebagaimana dimaksud **pada** ayat ..." untuk ayat dalam Pasal yang
      sama (bukan "dalam ayat");
    - dalam konsiderans Menimbang: "sebagaimana dimaksud **dalam** huruf a";
    - kata depan yang hilang: "sebagaimana dimaksud Pasal 5";
    - kata "yang" yang berlebih: "sebagaimana yang dimaksud pada ayat (1)";
    - kata "dimaksud" yang hilang: "sebagaimana pada ayat (1)",
      "sebagaimana dalam Pasal 8" (di naskah hasil pindai hanya bila sekitar
      frasa terbaca bersih: baris yang hilang bisa membawa kata itu).

    ## Mengapa
    Bentuk baku memudahkan pembaca membedakan rujukan ke Pasal lain dari
    rujukan di dalam Pasal yang sama, dan kesalahan ini selalu dikoreksi oleh
    perancang dan fasilitator.

    ## Dasar
    Lampiran II UU 12/2011, BAB III C (teknik pengacuan): "dengan menggunakan
    frasa sebagaimana dimaksud dalam Pasal … atau sebagaimana dimaksud pada
    ayat …". Nomor butir tidak disebut karena belum diverifikasi.

    ## Contoh salah
    ```
    (2) Izin sebagaimana dimaksud dalam ayat (1) berlaku 5 (lima) tahun.
    (3) Izin sebagaimana dimaksud pada Pasal 4 dapat dicabut.
    ```

    ## Contoh benar
    ```
    (2) Izin sebagaimana dimaksud pada ayat (1) berlaku 5 (lima) tahun.
    (3) Izin sebagaimana dimaksud dalam Pasal 4 dapat dicabut.
    ```

    ## Kapan diam
    Naskah yang ditetapkan sebelum 2011 (sebelum UU 12/2011 dan teknik
    penyusunannya).
    - Rujukan yang tidak diawali "sebagaimana dimaksud" ("berdasarkan",
      "sesuai dengan", "tercantum dalam").
    - Rujukan yang diawali huruf atau angka di batang tubuh ("pada huruf a"
      dan "dalam huruf a" sama-sama dijumpai; kaidahnya belum diverifikasi).
    - Rujukan dalam peraturan perubahan yang menunjuk ke peraturan yang
      diubah (kata depannya tetap diperiksa bila ia ke Pasal).
    """
    code = "LP204"
    slug = "reference-preposition"
    severity = "warning"
    summary = "Kata depan rujukan: dalam Pasal, pada ayat"
    summary_en = "Reference preposition: dalam before Pasal, pada before ayat"
    technique = True   # judged only on texts made under UU 12/2011 (see Rule)
    basis = "Lampiran II UU 12/2011, BAB III C (teknik pengacuan)"
    fixes = ("safe",)

    def check(self, doc):
        for r in doc.references:
            if r.intro_i < 0:
                continue
            first = r.targets[0].written[0][0].lower() if r.targets[0].written else ""
            want = _preposition(first, r.node.nearest("menimbang") is not None)
            intro = r.intro.lower()
            if (intro in ("dalam", "pada") or intro.startswith("yang dimaksud ")) and first != "lampiran":
                # (a Lampiran is "tercantum dalam" as often: which verb is for the drafter)
                found = self._misworded(doc, r, want)
                if found is not None:
                    yield found
                continue
            if not r.intro.lower().startswith("sebagaimana dimaksud") or want is None:
                continue
            have = r.prep
            if have == want or (have and have.replace(" ", "") == "didalam" and want == "dalam"):
                continue
            i, j = r.intro_i, r.i
            wrote = r.node.text[i:j].strip()
            right = f"sebagaimana dimaksud {want}"
            if have is None:
                msg = f"Kata depan hilang: tulis \"{right} {r.targets[0].written[0][0]} ...\"."
                msg_en = f"Missing preposition: write \"{right} ...\"."
            else:
                msg = f"Rujukan ke {first} memakai \"{want}\", bukan \"{have}\"."
                msg_en = f"A reference to a {first} takes \"{want}\", not \"{have}\"."
            # the fix writes the preposition and keeps "sebagaimana dimaksud" as written
            m = _PHRASE.fullmatch(wrote)
            fix = make_fix([node_edit(r.node, i, i + len(wrote), f"{m.group(1)} {want}")]) if m else None
            yield self.at(r.node, msg, msg_en, i=i, j=i + len(wrote), suggestion=right, fix=fix)

    def _misworded(self, doc, r, want):
        """The formula after "sebagaimana" without its verb ("sebagaimana pada
        ayat (1)", PP 87/2014; "sebagaimana dalam Pasal 8", PP 75/2020) or with
        "yang" ("sebagaimana yang dimaksud pada ayat (1)", PP 42/2018): the
        preposition as the technique gives it, else as written."""
        m = _SEBAGAIMANA_BEFORE.search(r.node.text, max(0, r.intro_i - 30), r.intro_i)
        if m is None:
            return None
        i, j = m.start(), r.intro_i + len(r.intro)
        if r.intro.lower().startswith("yang"):
            right = f"{m.group(1)} dimaksud {want or r.prep}"
            msg = f"Kata \"yang\" tidak dipakai dalam rumusan rujukan: tulis \"{right}\"."
            msg_en = f"The reference formula takes no \"yang\": write \"{right}\"."
        else:
            from lint_perda.reading import reading
            rd = reading(doc)
            a, b = r.node.orig_span(i, j)
            if rd.scan and not rd.clean_stretch(a - 40, b + 40):
                return None   # a scan may have lost the verb with its line ("yang" it never adds)
            right = f"{m.group(1)} dimaksud {want or r.intro.lower()}"
            msg = f"Kata \"dimaksud\" hilang: tulis \"{right} {r.targets[0].written[0][0]} ...\"."
            msg_en = f"\"dimaksud\" is missing: write \"{right} ...\"."
        return self.at(r.node, msg, msg_en, i=i, j=j, suggestion=right, fix=make_fix([node_edit(r.node, i, j, right)]))


def _preposition(first: str, in_menimbang: bool) -> str | None:
    """The preposition the technique gives the first unit cited, or None
    where it names none."""
    if first in ("pasal", "lampiran"):
        return "dalam"
    if first == "ayat" and not in_menimbang:
        return "pada"
    if first in ("huruf", "angka") and in_menimbang:
        return "dalam"
    return None
