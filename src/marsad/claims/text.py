"""Tokens with absolute offsets, digit parsing and spans: shared by language rules."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from itertools import accumulate, compress
from operator import not_
from re import Match

from marsad.memo import text_cache
from marsad.record import Span

# Abbreviations with dots (U.S.), numbers with separators (2,800 / ٢٬٨٠٠), words
# (with inner hyphens and apostrophes), then any other single character. Both letter
# alternatives share their first letter, matched once: "(?:L\.){2,}|L+..." as "L(?:\.(?:L\.)+|L*...)".
_TOKEN = re.compile(
    r"[^\W\d_](?:\.(?:[^\W\d_]\.)+|[^\W\d_]*+(?:[-'’][^\W\d_]+)*+(?:['’]s?)?)"
    r"|\d+(?:[,٬.٫]\d+)*"
    r"|[^\w\s]"
)
# The same on ASCII text, with plain ranges for the (slower) Unicode categories.
_ASCII_TOKEN = re.compile(
    r"[a-zA-Z](?:\.(?:[a-zA-Z]\.)+|[a-zA-Z]*+(?:[-'][a-zA-Z]+)*+(?:'s?)?)"
    r"|[0-9]+(?:[,.][0-9]+)*"
    r"|[^a-zA-Z0-9_\s]"
)
# _ASCII_TOKEN as one split: the text between tokens (the gaps) and the tokens, alternately, in
# one flat list (no match objects, no pairs); the lengths, summed, give the tokens' offsets. The
# same tokens, written for `re`'s speed: the first character is read by one class (so `re` skips
# the gaps in C), then a look-behind at it picks the word or the number reading (any other
# character is a token alone); optional parts are branches (no repeat of a group when absent).
_ASCII_WORD_OR_NUMBER = (
    r"(?:(?<=[a-zA-Z])(?:\.(?:[a-zA-Z]\.)+|[a-zA-Z]*+(?:[-'][a-zA-Z]+(?:[-'][a-zA-Z]+)*+|)(?:'s|'|))"
    r"|(?<=[0-9])[0-9]*(?:[,.][0-9]+(?:[,.][0-9]+)*|)|)"
)
_ASCII_SPLIT = re.compile(r"([^\s_]" + _ASCII_WORD_OR_NUMBER + ")")
# The same with straight quote marks left in the gaps: a quote mark can start no other token (it
# is a token of its own), so this splits off the tokens _ASCII_SPLIT does, less the quote marks.
_ASCII_SPLIT_UNQUOTED = re.compile(r"""([^\s_"']""" + _ASCII_WORD_OR_NUMBER + ")")
# _ASCII_SPLIT (and _UNQUOTED) with a first branch that takes a run of plain words (letters only, one
# space apart) as one piece: each word of the run is a token of its own (no other reading starts at
# a letter that follows a space, or goes on past a word that a space, the text's end or a character
# other than - ' . or a letter follows; nor past a word of two letters or more that a period follows:
# only a letter and a period start an abbreviation). A run ends before a word that goes on.
_RUN = r"[a-z]++(?: [a-z]++)*(?=[^-'a-zA-Z.]|\Z|(?<=[a-z][a-z])\.)|"
_ASCII_RUNS = re.compile("(" + _RUN + _ASCII_SPLIT.pattern[1:])
_ASCII_RUNS_UNQUOTED = re.compile("(" + _RUN + _ASCII_SPLIT_UNQUOTED.pattern[1:])
_EASTERN = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    low: str  # casefolded, with curly apostrophes straightened
    start: int
    end: int


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of text[start:end], offsets into `text`."""
    end = len(text) if end is None else end
    piece = text[start:end]
    low = piece.lower().replace("’", "'")
    if len(low) != len(piece):  # a letter whose lower case is longer: fold token by token
        return [Token(m.group(), m.group().lower().replace("’", "'"), m.start(), m.end())
                for m in _TOKEN.finditer(text, start, end)]
    return [Token(m.group(), low[m.start() - start : m.end() - start], m.start(), m.end())
            for m in _TOKEN.finditer(text, start, end)]


_GROUPED = re.compile(r"\d{1,3}(?:[,٬]\d{3})+|\d+")
_DOTTED = re.compile(r"\d{1,3}(?:\.\d{3})+")
_SEPARATORS = str.maketrans("", "", ",٬")


@text_cache(32)
def folded(text: str) -> str | None:
    """text lower-cased with curly apostrophes straightened, when that maps each character to
    exactly one, independently of its neighbours (so any slice of it folds the same slice of
    text); None otherwise (a letter whose lower case is longer, or a capital sigma)."""
    low = text.lower().replace("’", "'")
    return low if len(low) == len(text) and "Σ" not in text else None


@cache
def _skip_chars(skip: frozenset[str]) -> re.Pattern[str] | None:
    """A character class finding any of `skip` (None when some entry is longer than a character)."""
    if not skip or any(len(q) != 1 for q in skip):
        return None
    return re.compile("[" + "".join(re.escape(q) for q in sorted(skip)) + "]")


def token_arrays(
    text: str, start: int = 0, end: int | None = None, skip: frozenset[str] = frozenset()
) -> tuple[list[str], list[int], list[int]]:
    """Lower-cased token strings with their start and end offsets (cheaper than Tokens).

    Tokens in `skip` (e.g. quote marks) are left out.
    """
    end = len(text) if end is None else end
    low_text = folded(text)
    if low_text is not None:  # the fast path: tokens of the folded text, offsets as they are
        if low_text[start:end].isascii():
            return _ascii_arrays(text, low_text, start, end, skip)
        pattern = _TOKEN
        matches = list(pattern.finditer(low_text, start, end))
        if skip:
            chars = _skip_chars(skip)
            if chars.search(text, start, end) if chars is not None else any(q in text[start:end] for q in skip):
                matches = [m for m in matches if m.group() not in skip]
        return list(map(Match.group, matches)), list(map(Match.start, matches)), list(map(Match.end, matches))
    piece = text[start:end]
    low = piece.lower().replace("’", "'")
    words: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    if len(low) != len(piece):  # a letter whose lower case is longer: fold token by token
        for t in tokenize(text, start, end):
            if t.low not in skip:
                words.append(t.low)
                starts.append(t.start)
                ends.append(t.end)
        return words, starts, ends
    matches = list(_TOKEN.finditer(low))
    if skip and any(q in piece for q in skip):
        matches = [m for m in matches if m.group() not in skip]
    return ([m.group() for m in matches], [m.start() + start for m in matches],
            [m.end() + start for m in matches])


def _ascii_arrays(
    text: str, low_text: str, start: int, end: int, skip: frozenset[str]
) -> tuple[list[str], list[int], list[int]]:
    """token_arrays of ASCII text[start:end] (low_text its folded copy) without match objects:
    the split's (gap, token, ..., gap) lengths, summed from `start`, alternate token starts and ends."""
    unquoted = skip and _ascii_skip(skip) == _STRAIGHT_QUOTES  # (the straight quotes: gaps)
    parts = _split_runs(low_text[start:end], _ASCII_RUNS_UNQUOTED if unquoted else _ASCII_RUNS)
    offsets = list(accumulate(map(len, parts), initial=start))  # (gap, token, ..., gap): no tuples
    words, starts, ends = parts[1::2], offsets[1:-1:2], offsets[2::2]
    if skip and not unquoted:
        chars = _skip_chars(skip)
        if chars.search(text, start, end) if chars is not None else any(q in text[start:end] for q in skip):
            keep = list(map(not_, map(skip.__contains__, words)))  # (loops in C)
            return list(compress(words, keep)), list(compress(starts, keep)), list(compress(ends, keep))
    return words, starts, ends


def _split_runs(piece: str, runs: re.Pattern[str]) -> list[str]:
    """The (gap, token, ..., gap) list of `_ASCII_SPLIT` (`runs`: _ASCII_RUNS) or `_ASCII_SPLIT_UNQUOTED`
    (_ASCII_RUNS_UNQUOTED) of ASCII `piece`, from a split that takes runs of plain words whole (one
    regex match a run, not a word). Each run's spaces then become gaps of their own, in C: the runs
    and single tokens are joined at one control character, each space there becomes a gap between
    two others, and all is joined and split again at the other (both absent from the piece)."""
    parts = runs.split(piece)
    pieces = "\x01".join(parts[1::2])
    if " " not in pieces:
        return parts  # (no run of two words)
    if "\x00" in piece or "\x01" in piece:
        return (_ASCII_SPLIT if runs is _ASCII_RUNS else _ASCII_SPLIT_UNQUOTED).split(piece)
    parts[1::2] = pieces.replace(" ", "\x00 \x00").split("\x01")
    return "\x00".join(parts).split("\x00")


_STRAIGHT_QUOTES = frozenset({'"', "'"})


@cache
def _ascii_skip(skip: frozenset[str]) -> frozenset[str]:
    """The ASCII tokens of `skip` (the only ones ASCII text can hold)."""
    return frozenset(q for q in skip if q.isascii())


def parse_digits(token: str) -> int | None:
    """'2,800' / '٢٬٨٠٠' / '13' -> int; None for decimals ('2.5') or non-numbers."""
    if not token[:1].isdigit():
        return None
    s = token.translate(_EASTERN)
    if s.isascii() and s.isdigit():
        return int(s)
    if _GROUPED.fullmatch(s):
        return int(s.translate(_SEPARATORS))
    if _DOTTED.fullmatch(s):  # 2.800 (European thousands)
        return int(s.replace(".", ""))
    return None


def span_of(tokens: list[Token], i: int, j: int) -> Span:
    """The span from token i to token j (inclusive)."""
    return Span(start=tokens[i].start, end=tokens[j].end)
