"""Arabic text normalisation for matching, and Arabic number parsing.

`normalize` folds the spellings news text mixes (hamza forms, ta marbuta,
alef maqsura, diacritics, tatweel, Eastern and Persian digits) so lexicon
lookups see one form; `normalize_with_offsets` also returns, for each
normalised character, its offset in the original text, so evidence spans stay
on the text the user gave. `digits_value` reads a digit string with its
thousands separators; `number_word_value` reads one cardinal word.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from marsad.trie import word_trie

_DELETE = dict.fromkeys(
    [*range(0x064B, 0x0653), 0x0670, 0x0640, 0x200C, 0x200D, 0x200E, 0x200F, 0x061C, 0x2066, 0x2067, 0x2068, 0x2069]
)
_MAP = {
    ord("أ"): "ا",
    ord("إ"): "ا",
    ord("آ"): "ا",
    ord("ٱ"): "ا",
    ord("ة"): "ه",
    ord("ى"): "ي",
    ord("ی"): "ي",
    ord("ک"): "ك",
    ord("٬"): ",",  # Arabic thousands separator
    ord("٫"): "٫",  # Arabic decimal separator stays distinct
}
for _i in range(10):
    _MAP[0x0660 + _i] = str(_i)  # Arabic-Indic digits
    _MAP[0x06F0 + _i] = str(_i)  # Persian digits
_TABLE = {**_MAP, **_DELETE}
_DELETED = re.compile("[" + "".join(chr(c) for c in _DELETE) + "]")
# The same folding as (source, replacement) pairs: no replacement holds a source, so the order is free.
_REPLACE = tuple((chr(c), to) for c, to in _MAP.items() if chr(c) != to) + tuple((chr(c), "") for c in _DELETE)
_SHORT = 48  # below this length one translate() is cheaper than the replace() scans


def normalize(text: str) -> str:
    """Matching form: one spelling for alef/hamza, ta marbuta, ya, digits; no diacritics."""
    if len(text) < _SHORT:
        return text.translate(_TABLE)
    for char, to in _REPLACE:  # str.translate looks each character up in a dict: slower on long text
        if char in text:
            text = text.replace(char, to)
    return text


def _spelling_chars(char: str) -> list[str]:
    """The characters `normalize` folds to `char` (itself included)."""
    return sorted({char} | {chr(c) for c, to in _MAP.items() if to == char})


def _spellings(char: str) -> str:
    """A regex for the characters `normalize` folds to `char` (itself included)."""
    chars = _spelling_chars(char)
    return "[" + "".join(re.escape(c) for c in chars) + "]" if len(chars) > 1 else re.escape(char)


def written_pattern(literals: Iterable[str]) -> re.Pattern[str]:
    """A pattern that finds, in text as written, what the normalised `literals` find in its
    normalised form: each letter in any of its spellings, with deleted marks (diacritics,
    tatweel, direction marks) between letters. Built as a trie, so one pass tries each position
    once; only whether (and where) some literal occurs counts, not which one."""
    trie = word_trie(literals)
    gap = "[" + "".join(re.escape(chr(c)) for c in _DELETE) + "]*"

    def branch(node: dict, first: bool = False) -> str:
        if "" in node:
            return ""  # a literal ends here: a longer one adds no occurrence
        alts = []
        for char, sub in sorted(node.items()):
            rest = gap + branch(sub) if "" not in sub else ""
            if first:  # one branch per spelling: the engine then skips positions no first letter starts
                alts.extend(re.escape(spelling) + rest for spelling in _spelling_chars(char))
            else:
                alts.append(_spellings(char) + rest)
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return re.compile(branch(trie, first=True))


def normalize_with_offsets(text: str, base: int = 0) -> tuple[str, list[int]]:
    """The matching form and, per character of it, the offset of its source in `text` (+ base).

    The offsets list has one extra entry: the end offset of the text.
    """
    norm = text.translate(_TABLE)
    if len(norm) == len(text):  # nothing deleted: offsets map one to one
        return norm, list(range(base, base + len(text) + 1))
    return norm, source_offsets(text, base)


def source_offsets(text: str, base: int = 0) -> list[int]:
    """Per character of normalize(text), the offset of its source in `text` (+ base), and the
    end offset of the text."""
    offsets = list(range(base, base + len(text) + 1))
    for m in reversed(list(_DELETED.finditer(text))):
        del offsets[m.start()]
    return offsets


_THOUSANDS = re.compile(r"^\d{1,3}(?:[,،.]\d{3})+$")
_PLAIN = re.compile(r"^\d+$")


def digits_value(token: str) -> int | None:
    """The integer a (normalised) digit token writes, or None (decimals, odd grouping)."""
    if _PLAIN.match(token):
        return int(token)
    if _THOUSANDS.match(token):
        return int(re.sub(r"[,،.]", "", token))
    return None


@cache
def _lexicon() -> dict:
    path = Path(__file__).with_name("claims_lexicon.toml")
    with path.open("rb") as fh:
        return tomllib.load(fh)


@cache
def number_words() -> dict[str, int]:
    """Normalised cardinal word -> value (units, tens, hundreds, thousand, million)."""
    out: dict[str, int] = {}
    for value, words in _lexicon()["number_words"].items():
        for w in words:
            out[normalize(w)] = int(value)
    return out


@cache
def number_multipliers() -> dict[str, int]:
    """Plural multipliers ("آلاف" = thousands): a count before them multiplies."""
    out: dict[str, int] = {}
    for value, words in _lexicon()["number_multipliers"].items():
        for w in words:
            out[normalize(w)] = int(value)
    return out


def number_word_value(word: str) -> int | None:
    """Value of one normalised cardinal word without clitics ("ثلاثه" -> 3), else None."""
    return number_words().get(word)


def combine(parts: list[tuple[int, bool]]) -> int:
    """Value of a sequence of cardinal parts, each (value, is_multiplier).

    "ثلاثة آلاف وخمسمئة" -> [(3, F), (1000, T), (500, F)] -> 3500;
    "خمسة وعشرين" -> [(5, F), (20, F)] -> 25; "ثلاث مئة" -> [(3, F), (100, T)] -> 300.
    """
    total, current = 0, 0
    for value, mult in parts:
        if mult:
            current = (current or 1) * value
            if value >= 1000:
                total += current
                current = 0
        else:
            current += value
    return total + current
