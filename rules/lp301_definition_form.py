"""LP301 definition-form: each definition "Istilah adalah ...", ending with "."."""
from __future__ import annotations

import re

from lint_perda.faultjudge import strayed_citation
from lint_perda.rule import Rule

_LEAD = re.compile(r"yang\s+dimaksud(?:kan)?\s+(?:dengan|dalam)", re.IGNORECASE)


# in a scan: the lead's colon with a stamp or the first definition glued on
# after it ("yang dimaksud dengan: SALINAN 1. Jaminan ..."); "adalah" misread
_SCAN_LEAD = re.compile(r"dimaksud(?:kan)?\s+(?:dengan|dalam)\s*:")
_SCAN_ADALAH = re.compile(r"\b(?:a[dc]l?a[l1iI]a[hb]|ad[ae]l[ae]h|adaiah|aclalah|adalalh|adalah\w)\b")


_HEADING_IN = re.compile(r"\bBAB\s+[IVXL]+\s+[A-Z]{3,}")


class DefinitionForm(Rule):
    """
    ## Apa yang diperiksa
    Dalam Ketentuan Umum ("Dalam ... ini yang dimaksud dengan:"):

    1. kalimat pembuka diakhiri titik dua;
    2. setiap definisi berbentuk "Istilah adalah ..." (atau "Istilah yang
       selanjutnya disebut/disingkat X adalah ...");
    3. setiap definisi diakhiri titik (definisi adalah kalimat lengkap, bukan
       rincian yang diakhiri titik koma).

    ## Mengapa
    Bentuk yang seragam membuat istilah dan batasannya tidak dapat dibaca
    lain; definisi yang diakhiri titik koma dibaca sebagai rincian satu
    kalimat.

    ## Dasar
    Lampiran II UU 12/2011, Ketentuan Umum: batasan pengertian atau definisi
    (nomor butir belum diverifikasi).

    ## Contoh salah
    ```
    Dalam Peraturan Bupati ini yang dimaksud dengan
    1. Daerah adalah Kabupaten Sukamaju;
    2. Bupati, yaitu Bupati Sukamaju.
    ```

    ## Contoh benar
    ```
    Dalam Peraturan Bupati ini yang dimaksud dengan:
    1. Daerah adalah Kabupaten Sukamaju.
    2. Bupati adalah Bupati Sukamaju.
    ```

    ## Kapan diam
    Naskah yang ditetapkan sebelum 2011 (sebelum UU 12/2011 dan teknik
    penyusunannya).
    Definisi yang memuat rincian sendiri ("Perusahaan adalah: a. ...; b.
    ..."), peraturan perubahan, definisi yang tidak terbaca bersih (terlekat
    ke definisi lain atau hasil OCR), dan Ketentuan Umum yang
    tidak memakai kalimat pembuka "yang dimaksud dengan". Dalam naskah hasil
    pindai juga: "adalah" yang salah dibaca ("aclalah", "adaiah"), definisi
    yang sudah berakhir lalu diikuti sisa pindaian atau definisi berikutnya
    ("... pencucian uang. PRES I DEN"), dan kalimat pembuka yang titik
    duanya diikuti cap atau definisi pertama ("yang dimaksud dengan: SALINAN
    1. ..."). Pada naskah apa pun: kalimat pembuka yang menyambung definisi
    pertama tanpa nomornya, dan definisi yang terpotong judul BAB berikutnya
    ("8. Sekolah BAB II PENETAPAN ..."); tanda pemindai sesudah titik akhir
    diabaikan, dan "adalah" dicari sampai 400 karakter (istilah yang panjang).
    """
    code = "LP301"
    slug = "definition-form"
    severity = "warning"
    summary = "Definisi dalam Ketentuan Umum tidak berbentuk \"Istilah adalah ....\""
    summary_en = "A definition not in the form \"Term adalah ....\""
    technique = True   # judged only on texts made under UU 12/2011 (see Rule)
    basis = None

    def check(self, doc):
        from lint_perda.reading import note_places, reading
        if doc.body is None or doc.is_amendment:
            return
        rd = reading(doc)
        unjudged: list[int] = []
        for p in doc.pasals[:3]:
            lead = " ".join(p.text.split())
            if not _LEAD.search(lead):
                continue
            items = [c for c in p.children if c.is_item]
            if not items:
                continue
            if not rd.clean(p) or not rd.clean_stretch(p.start, items[0].start) \
                    or re.search(r":\s+\S.*\badalah\b", lead):   # the first definition glued on, its "1." lost
                unjudged.append(p.start)
            elif not lead.endswith(":") and not (rd.scan and _SCAN_LEAD.search(lead)):
                yield self.at(p, "Kalimat pembuka Ketentuan Umum diakhiri titik dua (:).",
                              "The lead-in of the definitions ends with a colon.",
                              i=max(0, len(p.text.rstrip()) - 1), j=len(p.text.rstrip()))
            for k, it in enumerate(items):
                t = " ".join(it.text.split()).rstrip("`'^ ")   # (a scanner's stray mark after the full stop)
                if not t or any(c.is_item for c in it.children) or t.endswith(":"):
                    continue
                if not rd.clean(it) or not rd.clean_stretch(it.start, it.end) or rd.scan and len(t.split()) < 4 \
                        or _HEADING_IN.search(t) or strayed_citation(items, it):
                    # a definition glued to the next, or read through OCR; in a
                    # scan, a fragment ("6. Pblindungan 6.") is no definition;
                    # one cut off by the next heading ("8. Sekolah BAB II
                    # PENETAPAN ..."); an item of Mengingat among them
                    unjudged.append(it.start)
                    continue
                if rd.scan and (_SCAN_ADALAH.search(t[:200]) and not re.search(r"\badalah\b", t[:200])
                                or not t.endswith(".") and re.search(r"[a-z)]\.\s+\S", t)
                                or k and not items[k - 1].text.strip() and not items[k - 1].children):
                    # "aclalah", "adaiah" as OCR reads "adalah"; a definition that
                    # ended, with debris or the next one glued on ("... uang. PRES I DEN");
                    # one after a bare marker ("16. / 17. 18, Jaminan 2t. ..."): the
                    # definitions laid out in columns, their words read across
                    unjudged.append(it.start)
                    continue
                if not re.search(r"\badalah\b", t[:400]):   # (after a long term: "Asuransi Sosial Prajurit ... adalah")
                    yield self.at(it, f"Definisi {it.label} tidak memakai \"adalah\": bentuknya \"Istilah adalah ...\".",
                                  f"Definition {it.label} lacks \"adalah\".", head=True)
                elif not t.endswith("."):
                    yield self.at(it, f"Definisi {it.label} diakhiri titik (.).", f"Definition {it.label} ends with a full stop.",
                                  i=max(0, len(it.text.rstrip()) - 1), j=len(it.text.rstrip()),
                                  suggestion=t.rstrip(";,: ")[-30:] + ".")
        note_places(doc, "definitions", "definisi", unjudged)
