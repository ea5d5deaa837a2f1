"""Word lists as prefix-sharing (trie) regex alternations, and caseless search without re.I.

A longest-first alternation of many words ("said|says|say|told|...") makes the regex engine
try every word at every position; the same words as a trie ("s(?:a(?:id|ys?))|told|...")
try one branch per letter. At a given position the words that match are prefixes of one
another, and both forms take the longest of them that lets the rest of the pattern match,
so the matches are the same.

English cues are matched on the lower-cased sentence by a pattern without re.I (the engine
skips case folding); `lower()` keeps offsets and agrees with re.I except for a few letters,
and sentences holding those use the re.I pattern instead.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from marsad.sources import regex as re
from marsad.trie import END, word_trie


def trie_alternation(
    words: Iterable[str], atom: Callable[[str], str], key: Callable[[str], str] = str
) -> str:
    """A regex matching the same words as `"|".join(atom(c) for each char)` per word, longest first.

    `atom(key)` is the regex of one character (e.g. "\\s+" for a space); `key` maps a character to
    the class it stands for (characters of one class share a branch)."""
    return _emit(word_trie(sorted(set(words), key=len, reverse=True), key), atom)


def _emit(node: dict[str, dict], atom: Callable[[str], str]) -> str:
    branches = [atom(k) + _emit(child, atom) for k, child in node.items() if k != END]
    if not branches:
        return ""
    body = "|".join(branches)
    if END in node:  # a word ends here: a longer word is tried first
        return f"(?:{body})?"
    return body if len(branches) == 1 else f"(?:{body})"


def en_atom(ch: str) -> str:
    """One character of an English cue: a space is any run of white space."""
    return r"\s+" if ch == " " else re.escape(ch)


def en_trie(words: Iterable[str]) -> str:
    """A lower-case trie alternation of English words and phrases (for `caseless` text)."""
    return trie_alternation((w.lower() for w in words), en_atom)


# İ changes length when lower-cased; ı and ſ match i and s under re.I but lower() keeps them
_CASE_TRAPS = ("\u0130", "\u0131", "\u017f")


def caseless(s: str) -> str | None:
    """`s` lower-cased with the same offsets, where matching it equals matching `s` with re.I (else None)."""
    if s.isascii():
        return s.lower()
    low = s.lower()
    if len(low) != len(s) or any(c in s for c in _CASE_TRAPS):
        return None
    return low


def ci_finditer(lower: re.Pattern[str], folded: re.Pattern[str], s: str) -> Iterator[re.Match[str]]:
    """Matches of `folded` (re.I) in `s`, found by `lower` (its lower-case twin) when that is safe.

    The matches' groups are lower-cased; their offsets are those of `s`."""
    low = caseless(s)
    return lower.finditer(low) if low is not None else folded.finditer(s)


def ci_search(lower: re.Pattern[str], folded: re.Pattern[str], s: str) -> re.Match[str] | None:
    """The first match of `folded` (re.I) in `s` (see `ci_finditer`)."""
    low = caseless(s)
    return lower.search(low) if low is not None else folded.search(s)
