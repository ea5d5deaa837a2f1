"""The dossier's language data (lang/<code>/events.toml), loaded lazily, and a phrase matcher.

Arabic text is normalised before matching (see `normalize_ar`); normalisation keeps string
length, so match offsets are offsets into the original text.
"""

from __future__ import annotations

import bisect
import re
import tomllib
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Any

LANGS = ("en", "ar")
_AR_MAP = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"})
_AR_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_AR_MARKS = re.compile("[\u064b-\u065f\u0670\u0640]")  # harakat, dagger alef, tatweel


def normalize_ar(text: str) -> str:
    """Fold Arabic spelling variants and digits, keeping the length of the text.

    Diacritics and tatweel become U+200C (a placeholder the patterns skip), so offsets stay valid.
    """
    return _AR_MARKS.sub("\u200c", text.translate(_AR_MAP).translate(_AR_DIGITS))


@lru_cache(maxsize=16)
def fold(text: str) -> str:
    """Lowercase, fold Arabic and digits (length-preserving); cached, as one text is matched many times."""
    folded = normalize_ar(text)
    lowered = folded.lower()
    if len(lowered) != len(folded):  # a few letters (İ) lowercase to two characters
        lowered = "".join(ch.lower()[:1] for ch in folded)
    return lowered


@cache
def load(lang: str) -> dict[str, Any]:
    """The parsed events.toml of one language."""
    path = resources.files("marsad.lang").joinpath(lang, "events.toml")
    with path.open("rb") as fh:
        return tomllib.load(fh)


def _prefix(lang: str) -> str:
    if lang == "ar":
        return r"(?<![\w\u200c])(?:[وفبلك]{0,2}(?:ال)?)"
    return r"(?<![\w-])"


def _phrase_pattern(phrase: str) -> str:
    """A phrase's body: letters may be separated by removed diacritics, words by any space."""
    phrase = fold(phrase)
    star = phrase.endswith("*")
    phrase = phrase.rstrip("*")
    gap = "[\u200c]*"
    parts = [gap.join(re.escape(ch) for ch in word) for word in phrase.split()]
    body = r"[\s\u200c]+".join(parts)
    suffix = r"[\w\u200c]*" if star else r"(?![\w])"
    return "(?:" + body + ")" + suffix


@dataclass(frozen=True, eq=False)
class PhraseMatcher:
    """Longest-first matching of labelled phrases; a matched stretch is not matched again."""

    pattern: re.Pattern[str]
    labels: dict[str, str]  # group name -> label

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[tuple[str, int, int]]:
        """(label, start, end) of every match in text[start:end]; the whole text is scanned once and cached."""
        matches = self._all(text)
        end = len(text) if end is None else end
        lo = bisect.bisect_left(matches, start, key=lambda m: m[1])
        out = []
        for m in matches[lo:]:
            if m[1] >= end:
                break
            if m[2] <= end:
                out.append(m)
        return out

    def _all(self, text: str) -> list[tuple[str, int, int]]:
        return _scan(self, text)


@lru_cache(maxsize=64)
def _scan(matcher: PhraseMatcher, text: str) -> list[tuple[str, int, int]]:
    folded = fold(text)
    return [(matcher.labels[m.lastgroup or ""], m.start(), m.end()) for m in matcher.pattern.finditer(folded)]


def build_matcher(table: dict[str, list[str]], lang: str) -> PhraseMatcher:
    """A matcher over {label: [phrases]}; longer phrases win at the same position."""
    entries = [(label, p) for label, phrases in table.items() for p in phrases]
    entries.sort(key=lambda e: -len(e[1]))
    labels: dict[str, str] = {}
    alts = []
    for i, (label, phrase) in enumerate(entries):
        name = f"p{i}"
        labels[name] = label
        alts.append(f"(?P<{name}>{_phrase_pattern(phrase)})")
    if not alts:
        return PhraseMatcher(re.compile(r"(?!x)x"), labels)
    return PhraseMatcher(re.compile(_prefix(lang) + "(?:" + "|".join(alts) + ")"), labels)
