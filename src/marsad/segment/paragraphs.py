"""Paragraphs: blocks between blank lines, split into lines unless hard-wrapped.

A block of several lines is one paragraph only when it looks hard-wrapped
(three or more long lines of similar length that mostly do not end a
sentence, or two where the second carries on in lowercase). Otherwise
each line is its own paragraph, so a masthead, a menu line and a dateline that
sit on consecutive lines get their own paragraph (and role). Offsets are into
the text as given (CR LF kept); spans are trimmed of spaces and bidi marks.
"""

from __future__ import annotations

import re

from marsad.segment.script import BIDI_CONTROLS

_SPACE = " \t\u00a0\u3000\r" + BIDI_CONTROLS
# BLANK_LINE and LINE_BREAK, for a text without U+2029 (resp. CR, U+2028, U+0085): patterns that
# start with a literal newline, which the regex engine finds much faster than a character class.
_BLANK_LINE_LF = re.compile(rf"\n[{_SPACE}]*(?:\n[{_SPACE}]*)+")
_LINE_BREAK_LF = re.compile("\n")
BLANK_LINE = re.compile(_BLANK_LINE_LF.pattern + r"|[\u2029]+")
LINE_BREAK = re.compile(r"\r\n|[\n\r\u2028\u0085]")
_SENTENCE_END = re.compile(r"[.!?؟:\"”»)…]\s*$")
TRIM_CHARS = frozenset(" \t\n\r\f\v\u00a0\u2028\u2029\u3000\u0085" + BIDI_CONTROLS)  # trimmed off every span

WRAP_MIN_WIDTH = 50  # a hard-wrapped block has lines at least this long ...
WRAP_MIN_RATIO = 0.6  # ... and all but its last line at least this share of the longest


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink [start, end) past surrounding whitespace and bidi marks."""
    while start < end and text[start] in TRIM_CHARS:
        start += 1
    while end > start and text[end - 1] in TRIM_CHARS:
        end -= 1
    return start, end


def _lf_only(text: str, start: int, end: int) -> bool:
    """Does text[start:end] break lines with LF only (no CR, U+2028 or U+0085)?"""
    return text.find("\r", start, end) == -1 and text.find("\u2028", start, end) == -1 and text.find("\u0085", start, end) == -1


def line_spans(text: str, start: int, end: int, lf_only: bool | None = None) -> list[tuple[int, int]]:
    """The trimmed, non-empty lines of text[start:end]; `lf_only`: `_lf_only`, when known."""
    if lf_only is None:
        lf_only = _lf_only(text, start, end)
    if text.find("\n", start, end) == -1 and lf_only:  # no line break
        span = trim(text, start, end)
        return [span] if span[0] < span[1] else []
    return _pieces(text, _LINE_BREAK_LF if lf_only else LINE_BREAK, start, end)


def _pieces(text: str, pattern: re.Pattern[str], start: int, end: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    pos = start
    for m in pattern.finditer(text, start, end):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, end))
    spans = (trim(text, s, e) for s, e in out)
    return [(s, e) for s, e in spans if s < e]


def is_wrapped(lines: list[str]) -> bool:
    """Do these lines look like one paragraph hard-wrapped at a fixed width?"""
    if len(lines) < 2 or any(" | " in x for x in lines):
        return False
    if len(lines) == 2 and not lines[1].lstrip()[:1].islower():
        return False  # two lines are a wrap only when the second carries on a sentence
    widths = [len(x) for x in lines]
    widest = max(widths)
    if widest < WRAP_MIN_WIDTH or any(w < WRAP_MIN_RATIO * widest for w in widths[:-1]):
        return False
    ended = sum(1 for x in lines[:-1] if _SENTENCE_END.search(x))
    return ended * 2 <= len(lines) - 1


def split_paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraph spans [start, end) of `text`, in order."""
    lf_only = _lf_only(text, 0, len(text))
    if "\u2029" not in text and "\n" not in text and lf_only:  # one line: one paragraph
        span = trim(text, 0, len(text))
        return [span] if span[0] < span[1] else []
    spans: list[tuple[int, int]] = []
    blocks = BLANK_LINE if "\u2029" in text else _BLANK_LINE_LF
    for bs, be in _pieces(text, blocks, 0, len(text)):
        lines = line_spans(text, bs, be, lf_only)
        if len(lines) > 1 and not is_wrapped([text[s:e] for s, e in lines]):
            spans.extend(lines)
        else:
            spans.append((bs, be))
    return spans
