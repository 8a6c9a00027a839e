"""The Indonesian Hunspell dictionary the spelling rules (LP70x) consult.

Where it is looked for, first found wins:

1. the ``dictionary`` key of the configuration (a ``.dic`` file; its ``.aff``
   beside it), relative to the configuration file;
2. the environment variable ``LINT_PERDA_DICTIONARY`` (the same);
3. Debian's ``hunspell-id`` (``/usr/share/hunspell/id_ID.dic``) and the older
   myspell places;
4. the id_ID dictionary LibreOffice installs with its Indonesian extension.

It is read with spylls (pure-Python Hunspell) only when a spelling rule asks,
once per process, and only if the document has a word worth asking about;
its word forms are expanded once into a set (lint_perda/wordforms.py, kept
in the user cache folder) because spylls is slow to reject a word.  Where none is found the rules stay silent and say so once.
"""
from __future__ import annotations

import glob
import os
from functools import lru_cache

ENV = "LINT_PERDA_DICTIONARY"

_SYSTEM = (
    "/usr/share/hunspell/id_ID.dic",
    "/usr/share/myspell/id_ID.dic",
    "/usr/share/myspell/dicts/id_ID.dic",
    "/usr/local/share/hunspell/id_ID.dic",
)
_LIBREOFFICE = (
    "/usr/lib/libreoffice/share/extensions/dict-id/id_ID.dic",
    "/opt/libreoffice*/share/extensions/dict-id/id_ID.dic",
    "/usr/lib64/libreoffice/share/extensions/dict-id/id_ID.dic",
    "/Applications/LibreOffice.app/Contents/Resources/extensions/dict-id/id_ID.dic",
)

MISSING_REASON = ("tidak ada kamus Hunspell bahasa Indonesia (id_ID.dic); pasang paket hunspell-id "
                  "atau sebutkan berkasnya dengan kunci konfigurasi `dictionary`")
MISSING_REASON_EN = ("no Indonesian Hunspell dictionary (id_ID.dic) found; install hunspell-id "
                     "or name the file with the configuration key `dictionary`")


def _usable(dic: str) -> bool:
    return os.path.isfile(dic) and os.path.isfile(dic[:-4] + ".aff")


def find_dictionary(configured: str | None = None) -> str | None:
    """The path of the .dic file to use, or None."""
    for p in (configured, os.environ.get(ENV)):
        if p:
            p = p if p.endswith(".dic") else p + ".dic"
            return p if _usable(p) else None   # named explicitly: no silent fallback
    for p in _SYSTEM:
        if _usable(p):
            return p
    for pattern in _LIBREOFFICE:
        for p in sorted(glob.glob(pattern)):
            if _usable(p):
                return p
    return None


class Speller:
    """A loaded dictionary: ``known(word)``, memoised per process."""

    def __init__(self, path: str):
        from .wordforms import load_forms
        self.path = path
        self._forms = load_forms(path)   # every form the dictionary accepts (wordforms.py)
        self._memo: dict[str, bool] = {}

    def known(self, word: str) -> bool:
        r = self._memo.get(word)
        if r is None:
            r = self._memo[word] = self._known(word)
        return r

    def _known(self, word: str) -> bool:
        forms = self._forms
        if len(word) == 1:
            return word in forms or word.isupper()
        if word in forms:
            return True
        low = word.lower()
        if word != low and low in forms:
            return True     # "Kecamatan", "KECAMATAN" for kecamatan
        if "-" in word:
            # Hunspell breaks a word at its hyphens: "kebutuhan-kebutuhan", "NILAI-NILAI"
            parts = [x for x in word.split("-") if x]
            return bool(parts) and all(self.known(x) for x in parts)
        return word.isupper() and word.capitalize() in forms   # "JAKARTA" for Jakarta


@lru_cache(maxsize=4)
def load_speller(path: str) -> Speller:
    return Speller(path)
