"""The vocalised name lexicon (lang/ar/names_lexicon.tsv): Arabic word -> DIN, wire spelling."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from marsad.names.normalize import fold_arabic, fold_latin

LEXICON = Path(__file__).resolve().parents[1] / "lang" / "ar" / "names_lexicon.tsv"


@dataclass
class Word:
    arabic: str
    din: str
    wire: str
    variants: list[str] = field(default_factory=list)
    kind: str = "word"  # given | nisba | word (from the section headers of the file)


@dataclass
class Lexicon:
    by_arabic: dict[str, Word]
    by_latin: dict[str, Word]  # folded wire spelling, variants and DIN -> word


def ar_word_key(word: str) -> str:
    return fold_arabic(word)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    by_ar: dict[str, Word] = {}
    by_lat: dict[str, Word] = {}
    kind = "word"
    words: list[Word] = []
    for line in LEXICON.read_text(encoding="utf-8").splitlines():
        if line.startswith("# given"):
            kind = "given"
        elif line.startswith("# nisba"):
            kind = "nisba"
        elif line.startswith("# words"):
            kind = "word"
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) < 3:
            continue
        w = Word(cols[0], cols[1], cols[2], [v for v in (cols[3] if len(cols) > 3 else "").split("|") if v], kind)
        by_ar.setdefault(ar_word_key(w.arabic), w)
        words.append(w)
    for w in words:  # a word's own wire spelling wins over another word's variant (Samir: سمير, not سامر)
        by_lat.setdefault(fold_latin(w.wire), w)
    for w in words:
        for lat in (w.din, *w.variants):
            by_lat.setdefault(fold_latin(lat), w)
    return Lexicon(by_ar, by_lat)
