"""Attribution data: per-language cue lists (lang/<code>/sources.toml) and known sources.

Everything is loaded lazily and cached. Arabic words are compiled into patterns
that tolerate diacritics, tatweel, hamza forms of alef, ة/ه and ى/ي.
"""

from __future__ import annotations

import tomllib
import unicodedata
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from marsad.memo import text_cache
from marsad.sources import regex as re
from marsad.sources.trie import trie_alternation

_AR_MARKS = "\u064b-\u0652\u0670\u0640"
_AR_DIACRITICS = re.compile(f"[{_AR_MARKS}]")
_PUNCT = re.compile(r"[\s\-_'’‘`ʿʾ\".,:;()\[\]«»“”]+")


@cache
def lang_data(lang: str) -> dict[str, Any]:
    """The sources.toml of a language ({} when it has none)."""
    try:
        raw = resources.files(f"marsad.lang.{lang}").joinpath("sources.toml").read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        return {}
    return tomllib.loads(raw)


_AR_HAMZA = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي"})
_LEAD_ARTICLE = re.compile(r"^(the|al|el)[\s\-]+")
_LEAD_AL = re.compile(r"^ال")


class _DropCombining(dict[int, int | None]):
    """A `str.translate` table deleting combining marks (what NFKD splits off accents), filled as met."""

    def __missing__(self, code: int) -> int | None:
        kept = None if unicodedata.combining(chr(code)) else code
        self[code] = kept
        return kept


_DROP_COMBINING = _DropCombining()


def _fold(text: str) -> str:
    """`norm_key`'s folding before its article and punctuation rules: compatibility forms,
    diacritics, hamza seats and other marks, case."""
    s = unicodedata.normalize("NFKC", text)
    s = _AR_DIACRITICS.sub("", s)
    s = s.translate(_AR_HAMZA)
    s = unicodedata.normalize("NFKD", s).translate(_DROP_COMBINING)
    return s.casefold()


class _FoldEach(dict[int, str]):
    """A `str.translate` table folding each character on its own (`_fold` of it), filled as met."""

    def __missing__(self, code: int) -> str:
        folded = self[code] = _fold(chr(code))
        return folded


_FOLD_EACH = _FoldEach()
# text `_fold` folds character by character (Arabic block, ASCII and quotation marks only): whatever composes there
# under NFKC (an alef, waw, yeh or heh with a hamza or madda mark) is a letter NFKD splits again into
# its base and marks, and every mark is dropped, so the whole folds as its characters one by one
_BY_CHARACTER = re.compile(r"[\u0600-\u06FF\x00-\x7F«»\u2018-\u201E]*")


@text_cache(65536)
def norm_key(name: str) -> str:
    """Loose key for names: the corpus scorer's normalisation (case, diacritics, hamza, 'the'/'al')."""
    if name.isascii():  # nothing to normalise but case
        s = name.casefold()
    elif _BY_CHARACTER.fullmatch(name):
        s = name.translate(_FOLD_EACH)  # (Arabic and ASCII: character by character, see `_fold`)
    else:
        s = _fold(name)
    if s.startswith(("the", "al", "el")):  # (what the article pattern opens with)
        s = _LEAD_ARTICLE.sub("", s)
    if s.startswith("ال"):
        s = s[2:]  # (`_LEAD_AL.sub("", s)`: one ال at the start)
    return _PUNCT.sub("", s)


_AR_CLASSES = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي"}
_AR_CLASS_PATTERNS = {"ا": "[أإآاٱ]", "ه": "[ةه]", "ي": "[ىي]"}


def ar_class(ch: str) -> str:
    """The spelling class of an Arabic letter (any alef, ة/ه, ى/ي), as its plain letter."""
    return _AR_CLASSES.get(ch, ch)


def _ar_atom(key: str) -> str:
    """Regex for one letter class, with any diacritics or tatweel after it (a space: any white space)."""
    if key == " ":
        return r"\s+"
    return _AR_CLASS_PATTERNS.get(key, re.escape(key)) + f"[{_AR_MARKS}]*"


def ar_word(word: str) -> str:
    """Regex for an Arabic word that tolerates diacritics and spelling variants."""
    return "".join(_ar_atom(ar_class(ch)) for ch in word)


def ar_alternation(words: list[str]) -> str:
    """Alternation of Arabic words as tolerant patterns, longest first (as a trie: one branch per letter)."""
    return _ar_alternation(tuple(words))


@lru_cache(maxsize=4096)
def _ar_alternation(words: tuple[str, ...]) -> str:
    return trie_alternation(words, _ar_atom, ar_class)


def en_alternation(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))


@text_cache(65536)
def strip_ar(text: str) -> str:
    """Arabic text without diacritics and tatweel (for lookups)."""
    return _AR_DIACRITICS.sub("", text)


@dataclass
class Known:
    """A known source: canonical English name, kind and aliases in both scripts."""

    name: str
    kind: str
    aliases: list[str] = field(default_factory=list)

    def names(self) -> list[str]:
        return [self.name, *self.aliases]


@cache
def known_sources() -> tuple[dict[str, Known], list[Known]]:
    """Normalised name -> Known, and the list of all entries."""
    raw = resources.files("marsad.sources").joinpath("known_sources.toml").read_text(encoding="utf-8")
    entries = [
        Known(e["name"], e.get("kind", "org"), list(e.get("aliases", [])))
        for e in tomllib.loads(raw)["source"]
    ]
    index: dict[str, Known] = {}
    for k in entries:
        for n in k.names():
            index.setdefault(norm_key(n), k)
    return index, entries


def lookup_known(text: str) -> Known | None:
    """A known source by any of its names, or None."""
    key = norm_key(text)
    if not key:
        return None
    return known_sources()[0].get(key)
