"""Lookup keys for names: one key for every spelling of a name within a script.

Arabic: diacritics and tatweel dropped, hamza seats, tā' marbūṭa and alif
maqṣūra unified, the article ال dropped from every word. Latin: DIN letters
mapped to their wire digraphs (ġ -> gh, š -> sh), diacritics stripped,
casefolded, the article (al-, el-, ad-, the) and punctuation dropped.
"""

from __future__ import annotations

import re
import unicodedata

from marsad.memo import text_cache

AR_LETTERS = re.compile(r"[\u0621-\u064A\u0671-\u06D3\u06FA-\u06FF]")
_AR_DIACRITICS = re.compile("[\u064B-\u065F\u0670\u0640\u06D6-\u06ED]")
_AR_LETTER_FOLD = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي",
                   "ؤ": "و", "ئ": "ي", "ی": "ي", "ک": "ك", "ە": "ه", "ہ": "ه", "ھ": "ه"}
# one pass: the diacritics and tatweel (_AR_DIACRITICS) deleted, the letter variants unified
_AR_FOLD = str.maketrans(_AR_LETTER_FOLD | dict.fromkeys(
    [*map(chr, range(0x064B, 0x0660)), "\u0670", "\u0640", *map(chr, range(0x06D6, 0x06EE))], None))
# _AR_FOLD as a list by code point up to U+06FF (itself where unchanged): str.translate looks up every character,
# and a dict raises and clears a KeyError for each one it does not change; past the list, an IndexError does the same
_AR_FOLD_TABLE = [_AR_FOLD.get(c, c) for c in range(0x0700)]
# a character that _AR_FOLD changes: a word without one folds to itself (most words; translate is a lookup per character)
_AR_FOLDED_CHAR = re.compile("[" + "".join(re.escape(chr(c)) for c in _AR_FOLD) + "]")
_DIN_DIGRAPH = str.maketrans({"ḫ": "kh", "Ḫ": "Kh", "ġ": "gh", "Ġ": "Gh", "š": "sh", "Š": "Sh",
                              "ǧ": "j", "Ǧ": "J", "ṯ": "th", "Ṯ": "Th", "ḏ": "dh", "Ḏ": "Dh",
                              "ß": "ss", "ı": "i"})
_QUOTES = re.compile(r"[‘’'`ʿʾʼʻ\u02bf\u02be\u2032]")
_LAT_ARTICLE = re.compile(r"\b(?:al|el|ul|a[dtrsznl]|ash|ath|adh|az|an)-(?=\w)")
_POSSESSIVE = re.compile(r"(?<=[A-Za-z])['’]s\b")
_NON_WORD = re.compile(r"[^\w]+")
_AR_ARTICLE = re.compile(r"^(?:ال)(?=..)")


_NOT_ASCII_LETTER = bytes(b for b in range(128) if not (65 <= b <= 90 or 97 <= b <= 122))


@text_cache(200_000)
def is_arabic(text: str) -> bool:
    """True when `text` has more Arabic letters than Latin ones (ASCII letters, counted in C: the text's
    ASCII characters with every non-letter deleted)."""
    ar = len(AR_LETTERS.findall(text))
    return ar > 0 and ar >= len(text.encode("ascii", "ignore").translate(None, _NOT_ASCII_LETTER))


@text_cache(200_000)
def fold_arabic(text: str) -> str:
    """Arabic letters with diacritics, tatweel and letter variants unified."""
    return fold_arabic_uncached(text)


def fold_arabic_uncached(text: str) -> str:
    """fold_arabic without its cache, for callers that cache what they derive from the fold."""
    s = text if unicodedata.is_normalized("NFKC", text) else unicodedata.normalize("NFKC", text)
    return s.translate(_AR_FOLD_TABLE) if _AR_FOLDED_CHAR.search(s) else s


def ar_tokens(text: str) -> list[str]:
    """Folded Arabic words without their article (ال, and لل after ل)."""
    out = []
    for w in _NON_WORD.split(fold_arabic(text)):
        if not w:
            continue
        out.append(_AR_ARTICLE.sub("", w))
    return out


@text_cache(200_000)
def fold_latin(text: str) -> str:
    """Latin text with DIN letters as digraphs, no diacritics, casefolded."""
    if text.isascii():  # no digraph, no diacritic: the possessive and the quotes only
        if "'" not in text and "`" not in text:
            return text.casefold()
        return _QUOTES.sub("", _POSSESSIVE.sub("", text)).casefold()
    s = _POSSESSIVE.sub("", unicodedata.normalize("NFKC", text)).translate(_DIN_DIGRAPH)
    d = unicodedata.normalize("NFKD", s)
    s = d if d.isascii() else "".join(c for c in d if not unicodedata.combining(c))
    s = _QUOTES.sub("", s)
    return s.casefold()


def lat_tokens(text: str) -> list[str]:
    """Folded Latin words without articles (al-, ad-, the) and punctuation."""
    s = fold_latin(text)
    if s.isalnum():  # one word, no article
        return [s]
    if "-" in s:
        s = _LAT_ARTICLE.sub("", s)
    toks = [t for t in _NON_WORD.split(s) if t]
    if len(toks) > 1:
        toks = [t for t in toks if t != "the"] or toks
    return [t for i, t in enumerate(toks) if not (t in ("al", "el") and i + 1 < len(toks))]


@text_cache(200_000)
def name_key(text: str) -> str:
    """One key per spelling family of a name, in its own script."""
    toks = ar_tokens(text) if is_arabic(text) else lat_tokens(text)
    return " ".join(toks)


_VOWELS = re.compile(r"[aeiouyw]+")


_REPEATS = re.compile(r"(.)\1+")


_JOINED_AD_DIN = re.compile(r"(?<=[a-z]{2})[aeiu]?[ld](?=d[iey]{1,2}ne?$)")


@text_cache(100_000)
def skeleton(text: str) -> str:
    """Consonant skeleton of a Latin or DIN romanisation (Obeida ~ ‘Ubayda)."""
    return " ".join(filter(None, map(_word_skeleton, lat_tokens(text))))


@text_cache(100_000)
def _word_skeleton(t: str) -> str:
    """Consonant skeleton of one folded Latin word ("" when nothing is left); names share words."""
    t = _JOINED_AD_DIN.sub("", t)  # Ezzeldin, Nureddin ~ Izz al-Din, Nur ad-Din: the joined article goes
    t = t.replace("ou", "u").replace("ee", "i")
    if len(t) > 3 and t.endswith("h") and t[-2] in "aeiou":
        t = t[:-1]
    t = _VOWELS.sub("", t)
    t = _REPEATS.sub(r"\1", t)
    return t.replace("q", "k").replace("dh", "d").replace("th", "t")
