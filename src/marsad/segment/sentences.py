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
from functools import lru_cache

from marsad.segment.data import words
from marsad.segment.paragraphs import LINE_BREAK, is_wrapped, trim
from marsad.segment.script import strip_arabic_marks

_CANDIDATE = re.compile(r"(?:[.!?؟…]+)[\"'”’»)\]]*(?=\s)")
_OPEN = {"“": "”", "«": "»"}
_OPEN_RE = re.compile("[" + "".join(_OPEN) + "]")
_QUOTE_REACH = 600  # a quotation longer than this is split like plain text
_INITIALS = re.compile(r"^(?:[A-Z]\.)*[A-Z]$")
_TOKEN_STRIP = "\"'“”‘’«»([{"


@lru_cache(maxsize=1)
def _abbreviations() -> dict[str, frozenset[str]]:
    """titles, abbreviations, before_number and ambiguous, over both languages."""
    kinds = ("titles", "abbreviations", "before_number", "ambiguous")
    return {k: frozenset(w.lower() for lang in ("en", "ar") for w in words(lang, "sentences", k)) for k in kinds}


def _token_before(text: str, start: int, pos: int) -> str:
    i = pos
    while i > start and not text[i - 1].isspace():
        i -= 1
    return strip_arabic_marks(text[i:pos]).lstrip(_TOKEN_STRIP)


def _next_char(text: str, pos: int, end: int) -> str:
    while pos < end and (text[pos].isspace() or text[pos] in "\"'“‘«(["):
        pos += 1
    return text[pos] if pos < end else ""


def _ends_sentence(text: str, start: int, end: int, m: re.Match[str]) -> bool:
    punct = m.group(0)
    nxt = _next_char(text, m.end(), end)
    if not nxt:
        return True
    if nxt.islower() or nxt in ",;:":  # "he said" after a quoted exclamation, "etc. and"
        return False
    if not punct.startswith(".") or punct.startswith(".."):
        return True
    token = _token_before(text, start, m.start())
    if token.isdigit() and len(token) <= 3 and m.start() - len(token) == start:
        return False  # a list number: "1. Oil prices climb"
    low = token.lower()
    abbr = _abbreviations()
    if low in abbr["titles"] or _INITIALS.match(token) or low in abbr["abbreviations"]:
        return False
    if low in abbr["before_number"] or low in abbr["ambiguous"]:
        return not nxt.isdigit()
    return True


def _quote_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Typographic quotations (“...” and «...») that close within reach."""
    spans: list[tuple[int, int]] = []
    i = start
    while (m := _OPEN_RE.search(text, i, end)) is not None:
        i = m.start()
        close = text.find(_OPEN[text[i]], i + 1, min(end, i + _QUOTE_REACH))
        if close != -1:
            spans.append((i, close))
            i = close + 1
        else:
            i += 1
    return spans


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans [s, e) within the paragraph text[start:end]."""
    lines = [(s, e) for s, e in _line_spans(text, start, end)]
    if len(lines) > 1 and not is_wrapped([text[s:e] for s, e in lines]):
        out: list[tuple[int, int]] = []
        for s, e in lines:
            out.extend(_split_line(text, s, e))
        return out
    return _split_line(text, start, end)


def _line_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out, pos = [], start
    for m in LINE_BREAK.finditer(text, start, end):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, end))
    spans = (trim(text, s, e) for s, e in out)
    return [(s, e) for s, e in spans if s < e]


def _split_line(text: str, start: int, end: int) -> list[tuple[int, int]]:
    quotes = _quote_spans(text, start, end)
    q = 0
    out: list[tuple[int, int]] = []
    pos = start
    for m in _CANDIDATE.finditer(text, start, end):
        while q < len(quotes) and quotes[q][1] < m.start():
            q += 1
        if q < len(quotes) and quotes[q][0] < m.start() <= quotes[q][1] and m.end() <= quotes[q][1]:
            continue  # inside a quotation that closes later in the paragraph
        if _ends_sentence(text, start, end, m):
            out.append((pos, m.end()))
            pos = m.end()
    out.append((pos, end))
    spans = (trim(text, s, e) for s, e in out)
    return [(s, e) for s, e in spans if s < e]
