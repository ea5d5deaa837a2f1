"""Sentences: split a paragraph at . ! ? ؟ … followed by space, with exceptions.

A period does not end a sentence after a title ("Dr.", "Gen."), an initial
("F."), an abbreviation ("U.S. forces", "Feb. 3", "No. 5"), a period before
a lowercase word, nor inside a quotation that closes later in the paragraph
("“It failed. We left,” he said" stays one sentence, so the quote keeps its
speaker). The Arabic comma ، never ends a sentence. A newline ends one unless
the paragraph is hard-wrapped. One regex pass per paragraph: linear.
"""

from __future__ import annotations

import re
from functools import cache

from marsad.segment.data import words
from marsad.segment.paragraphs import TRIM_CHARS, is_wrapped, line_spans, trim
from marsad.segment.script import strip_arabic_marks

_PUNCT = ".!?؟…"
_CLOSERS = "\"'”’»)\\]"
_NEXT_SKIP = "\"'“‘«(\\["  # opening quotes and brackets skipped to find the word after a candidate
_TRIM_CLASS = "".join(re.escape(ch) for ch in sorted(TRIM_CHARS))
# A candidate break: a run of end punctuation and closing quotes before a space. The lookaheads
# capture the spaces (and bidi marks) that follow, and the first character of the next word.
_AFTER_CANDIDATE = rf"[{_CLOSERS}]*(?=\s)(?=([{_TRIM_CLASS}]*))(?=[\s{_NEXT_SKIP}]*(.?))"
# The first group, after the first mark, is "" when a plain lowercase word of this many letters
# precedes it: longer than any abbreviation, so a period there needs no look at its word.
_PLAIN_LETTERS = 7


def _plain_word_before(mark: str) -> str:
    return rf"(?:(?<=[a-z]{{{_PLAIN_LETTERS}}}{mark})()|)"


_CANDIDATE = re.compile(rf"[{_PUNCT}]{_plain_word_before(f'[{_PUNCT}]')}[{_PUNCT}]*{_AFTER_CANDIDATE}", re.S)
# The same for a line with only one kind of end punctuation: a pattern that starts with a literal
# character, which the regex engine finds many times faster than a character class.
_CANDIDATE_OF = {
    ch: re.compile(rf"{re.escape(ch)}{_plain_word_before(re.escape(ch))}{re.escape(ch)}*{_AFTER_CANDIDATE}", re.S)
    for ch in _PUNCT
}
_OPEN = {"“": "”", "«": "»"}
_QUOTE_REACH = 600  # a quotation longer than this is split like plain text
_INITIALS = re.compile(r"^(?:[A-Z]\.)*[A-Z]$")
_TOKEN_STRIP = "\"'“”‘’«»([{"


@cache
def _abbreviations() -> dict[str, frozenset[str]]:
    """titles, abbreviations, before_number and ambiguous, over both languages."""
    kinds = ("titles", "abbreviations", "before_number", "ambiguous")
    return {k: frozenset(w.lower() for lang in ("en", "ar") for w in words(lang, "sentences", k)) for k in kinds}


@cache
def _period_exceptions() -> tuple[frozenset[str], frozenset[str], bool]:
    """(tokens after which a period never ends a sentence, tokens after which it does unless a digit
    follows, whether all are shorter than _PLAIN_LETTERS)."""
    abbr = _abbreviations()
    never, unless_digit = abbr["titles"] | abbr["abbreviations"], abbr["before_number"] | abbr["ambiguous"]
    return never, unless_digit, max(map(len, never | unless_digit), default=0) < _PLAIN_LETTERS


def _token_before(text: str, start: int, pos: int) -> str:
    """The word ending at `pos` (back to a space or `start`), without marks and opening quotes."""
    space = text.rfind(" ", start, pos)
    piece = text[space + 1 if space != -1 else start : pos]
    if not piece or piece[-1].isspace():
        return ""
    if not piece.isascii():
        piece = strip_arabic_marks(piece.rsplit(None, 1)[-1])
    elif not piece.isprintable():  # a tab or newline inside: keep what follows the last one
        piece = piece.rsplit(None, 1)[-1]
    return piece.lstrip(_TOKEN_STRIP)


def _quote_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Typographic quotations (“...” and «...») that close within reach."""
    spans: list[tuple[int, int]] = []
    i = start
    while True:
        curly, guillemet = text.find("“", i, end), text.find("«", i, end)
        if curly == -1 and guillemet == -1:
            return spans
        i = curly if guillemet == -1 or curly != -1 and curly < guillemet else guillemet
        close = text.find(_OPEN[text[i]], i + 1, min(end, i + _QUOTE_REACH))
        if close != -1:
            spans.append((i, close))
            i = close + 1
        else:
            i += 1


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans [s, e) within the paragraph text[start:end]."""
    lines = line_spans(text, start, end)
    if len(lines) > 1 and not is_wrapped([text[s:e] for s, e in lines]):
        out: list[tuple[int, int]] = []
        for s, e in lines:
            out.extend(_split_line(text, s, e, _candidate_pattern(text, s, e)))
        return out
    return _split_line(text, start, end, _candidate_pattern(text, start, end))


def paragraph_sentences(text: str, spans: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """`split_sentences` of each paragraph of `split_paragraphs(text)`: each is one line, or
    hard-wrapped lines (split_paragraphs has already split a block whose lines are not wrapped)."""
    candidates = _candidate_pattern(text, 0, len(text))
    if candidates is _CANDIDATE:  # several kinds of end punctuation: the fastest pattern may differ by paragraph
        return [_split_line(text, start, end, _candidate_pattern(text, start, end)) for start, end in spans]
    return [_split_line(text, start, end, candidates) for start, end in spans]


def _candidate_pattern(text: str, start: int, end: int) -> re.Pattern[str] | None:
    """The pattern that finds the candidate breaks in text[start:end] fastest (None: there are none)."""
    present = [ch for ch in _PUNCT if text.find(ch, start, end) != -1]
    if len(present) == 1:
        return _CANDIDATE_OF[present[0]]
    return _CANDIDATE if present else None


def _split_line(text: str, start: int, end: int, candidates: re.Pattern[str] | None) -> list[tuple[int, int]]:
    """`candidates`: a pattern that finds the candidate breaks in this line (None: it has none)."""
    if candidates is None:
        span = trim(text, start, end)
        return [span] if span[0] < span[1] else []
    quotes = _quote_spans(text, start, end)
    q = 0
    never, unless_digit, plain_is_enough = _period_exceptions()
    out: list[tuple[int, int]] = []
    pos = start
    while pos < end and text[pos] in TRIM_CHARS:
        pos += 1
    for m in candidates.finditer(text, start, end):
        at = m.start()
        if quotes:
            while q < len(quotes) and quotes[q][1] < at:
                q += 1
            if q < len(quotes) and quotes[q][0] < at <= quotes[q][1] and m.end() <= quotes[q][1]:
                continue  # inside a quotation that closes later in the paragraph
        plain, after, nxt = m.groups()
        if nxt:
            if nxt.islower() or nxt in ",;:":  # "he said" after a quoted exclamation, "etc. and"
                continue
            if plain is not None and plain_is_enough and at - _PLAIN_LETTERS >= start:
                pass  # after a long lowercase word: not a title, an initial, an abbreviation nor a number
            elif text[at] == "." and text[at + 1] != ".":  # a period: not after a title, an initial, ...
                token = _token_before(text, start, at)
                if token.isdigit() and len(token) <= 3 and at - len(token) == start:
                    continue  # a list number: "1. Oil prices climb"
                low = token.lower()
                if low in never or (low != token and _INITIALS.match(token)) or (low in unless_digit and nxt.isdigit()):
                    continue  # (initials have capitals, which lowercasing changes)
        stop = m.end()
        out.append((pos, stop))
        pos = stop + len(after)
    last = trim(text, pos, end)
    if last[0] < last[1]:
        out.append(last)
    return out
