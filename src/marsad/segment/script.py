"""Which script a text is written in: Arabic letters against Latin letters.

Only letters count: diacritics (harakat), tatweel, Eastern and Western digits,
punctuation and bidi control characters are ignored, so a vowelled Arabic word
or a line wrapped in RLM marks weighs what its letters weigh.
"""

from __future__ import annotations

import re
from functools import cache

from marsad.memo import text_cache

# Arabic letters only (no harakat U+064B-065F, no tatweel U+0640, no digits U+0660-0669/06F0-06F9).
ARABIC_LETTER = re.compile(
    r"[\u0621-\u063F\u0641-\u064A\u066E\u066F\u0671-\u06D3\u06D5\u06EE\u06EF\u06FA-\u06FC\u06FF"
    r"\u0750-\u077F\u08A0-\u08C9\uFB50-\uFBB1\uFBD3-\uFD3D\uFD50-\uFDFB\uFE70-\uFEFC]"
)
LATIN_LETTER = re.compile(r"[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF]")
ARABIC_DIACRITICS = re.compile(r"[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]")
# letters of any other script (\w minus digits, underscore, Latin and the Arabic blocks)
_OTHER_LETTER = re.compile(
    r"[^\W\d_A-Za-z\u00C0-\u024F\u1E00-\u1EFF\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]"
)
# a Latin or other letter: a letter (\w minus digits and underscore) outside the Arabic blocks
# (the Arabic block and the spaces come first: most characters of an Arabic text stop there)
LATIN_OR_OTHER_LETTER = re.compile(r"[^\u0600-\u06FF\s\W\d_\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]")
ARABIC_MARK_LETTERS = "\u0640\u06e5\u06e6"  # tatweel, small waw, small yeh: word characters among the marks
BIDI_CONTROLS = "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff"
_MARKS_AND_BIDI = re.compile(ARABIC_DIACRITICS.pattern[:-1] + BIDI_CONTROLS + "]")
_EASTERN_DIGIT = re.compile(r"[\u0660-\u0669\u06F0-\u06F9]")
_EASTERN_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


_NOT_ASCII_LETTER = bytes(b for b in range(128) if not chr(b).isalpha())
_SCRIPT_CODES = ((ARABIC_LETTER, "a"), (LATIN_LETTER, "l"), (_OTHER_LETTER, "o"))


_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_FEW_NON_ASCII = 64  # below this many non-ASCII characters, they are counted one by one
_TABLE_SIZE = 0x3040  # the script table covers the alphabets, punctuation and spaces up to CJK


@cache
def _script_table() -> str:
    """A `str.translate` table for the characters below _TABLE_SIZE: 'a' for an Arabic letter,
    'l' Latin, 'o' other letter, NUL for the rest (characters past it are left as they are).

    Built from the three letter classes above (so it agrees with them exactly), from the runs
    each class matches in the string of all those characters."""
    every = "".join(map(chr, range(_TABLE_SIZE)))
    runs = sorted(
        (m.start(), m.end(), code) for pattern, code in _SCRIPT_CODES for m in re.finditer(pattern.pattern + "+", every)
    )
    parts, pos = [], 0
    for start, end, code in runs:
        parts += ["\0" * (start - pos), code * (end - start)]
        pos = end
    parts.append("\0" * (len(every) - pos))
    return "".join(parts)


@text_cache(4096)
def letter_counts(text: str) -> tuple[int, int, int]:
    """(Arabic letters, Latin letters, other letters) in `text`."""
    return count_letters(text)


def count_letters(text: str) -> tuple[int, int, int]:
    """`letter_counts` without its cache, for a text counted once (a paragraph)."""
    if text.isascii():
        return 0, len(text.encode("ascii").translate(None, _NOT_ASCII_LETTER)), 0
    ascii_part = text.encode("ascii", "ignore")
    if len(text) - len(ascii_part) <= _FEW_NON_ASCII:  # English with a few curly quotes or accents
        rest = "".join(_NON_ASCII.findall(text))
        la = len(ascii_part.translate(None, _NOT_ASCII_LETTER)) + len(LATIN_LETTER.findall(rest))
        return len(ARABIC_LETTER.findall(rest)), la, len(_OTHER_LETTER.findall(rest))
    codes = text.translate(_script_table())
    if not codes.isascii():  # characters past the table (CJK, presentation forms, past the BMP)
        return len(ARABIC_LETTER.findall(text)), len(LATIN_LETTER.findall(text)), len(_OTHER_LETTER.findall(text))
    return codes.count("a"), codes.count("l"), codes.count("o")


def script_lang(text: str) -> str:
    """'ar', 'en' or 'other' by the dominant script of the letters in `text`."""
    return lang_by_counts(*letter_counts(text))


def lang_by_counts(ar: int, la: int, other: int) -> str:
    """`script_lang` from the text's `letter_counts`."""
    if ar == 0 and la == 0:
        return "other"
    if other > ar + la:
        return "other"
    return "ar" if ar >= la else "en"


def only_arabic_letters(text: str) -> bool:
    """Is `text` free of Latin and other letters (and not plain ASCII)? One scan, for the common
    Arabic-only report: each paragraph's `script_lang` is then 'ar' when it has an Arabic letter,
    else 'other', without counting letters."""
    return not text.isascii() and LATIN_OR_OTHER_LETTER.search(text) is None


def strip_arabic_marks(text: str) -> str:
    """Text without harakat, tatweel and bidi controls (for matching cue words)."""
    return _MARKS_AND_BIDI.sub("", text)


def western_digits(text: str) -> str:
    """Eastern Arabic and Persian digits as 0-9."""
    if not _EASTERN_DIGIT.search(text):
        return text
    return _EASTERN_DIGIT.sub(lambda m: m.group(0).translate(_EASTERN_DIGITS), text)
