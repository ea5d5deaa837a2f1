"""English claim extraction, seventh speed round: each shortcut gives what the plain reading it replaces gives.

- ASCII token arrays split runs of plain words with one regex match a run (`_split_runs`), not a
  match a word: the (gap, token, ..., gap) list equals the plain split's;
- a plain ASCII report's paragraph languages come from one letter search a paragraph, and its one
  half from `one_script_half`, not from letter counts and `detect_halves`;
- the cause-of-death cue test is one search of a rare-letter pattern (`_finder`), not an `in` test
  a literal; a window's dated years stop at the first date past its year.
"""

from __future__ import annotations

import random
from functools import cache
from pathlib import Path

import pytest
from test_speed5_claims5 import example_and_heldout_texts

from marsad.claims import text as tx
from marsad.lang.en import claims_precision as P
from marsad.record import Document, Metadata, Paragraph
from marsad.segment import _paragraph_langs, segment
from marsad.segment.bilingual import detect_halves, one_script_half
from marsad.segment.paragraphs import split_paragraphs
from marsad.segment.script import count_letters, lang_by_counts

ROOT = Path(__file__).resolve().parents[1]
MADE_UP = [
    "At least 40 killed in Syrian weapons depot blast. Rocket attacks strike government-held areas",
    "The U.S. army's 3rd brigade -- 2,800.5 troops -- said: _none_ died ; 'ok' \"quoted\"  ",
    "a b. c d.e. f g.h i j'k l-m n' o 's p- q.. r... s.t. uv. wx.yz. ab.c. a.b.c d",
    "killed\ttwo\nthree  four   five six, seven; eight (nine) ten!",
    "he said\x00 they said\x01 we said",
    "x ", " y", "  ", "", "a", "ab", "ab.", "a.", "a b", "e.g. it", "its' own", "u.s forces",
    "they were killed_by fire and 1,200 were hurt in al-Bab's east",
]


@cache
def texts() -> list[str]:
    return example_and_heldout_texts(MADE_UP)


@pytest.mark.parametrize(("runs", "plain"), [(tx._ASCII_RUNS, tx._ASCII_SPLIT),
                                             (tx._ASCII_RUNS_UNQUOTED, tx._ASCII_SPLIT_UNQUOTED)])
def test_split_runs_equals_the_plain_split(runs, plain) -> None:  # noqa: ANN001
    checked = 0
    for text in texts():
        low = tx.folded(text)
        if low is None:
            continue
        for start in range(0, len(low), 37):
            for end in (start + 1, start + 23, start + 170, len(low)):
                piece = low[start : min(end, len(low))]
                if piece.isascii():
                    assert tx._split_runs(piece, runs) == plain.split(piece), piece
                    checked += 1
    assert checked > 1000


def test_split_runs_on_made_up_characters() -> None:
    rng = random.Random(11)
    alphabet = "abz09.,-'\"_  \n\t();:s\x00\x01"
    for _ in range(5000):
        piece = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        assert tx._split_runs(piece, tx._ASCII_RUNS) == tx._ASCII_SPLIT.split(piece), piece
        assert tx._split_runs(piece, tx._ASCII_RUNS_UNQUOTED) == tx._ASCII_SPLIT_UNQUOTED.split(piece), piece


def _counted_langs(text: str, spans: list[tuple[int, int]]) -> tuple[list[str], list[tuple[int, int]]]:
    """The plain reading: each paragraph's letters counted."""
    counts = [count_letters(text[s:e]) for s, e in spans]
    return [lang_by_counts(*c) for c in counts], [(ar, la) for ar, la, _ in counts]


ASCII_REPORTS = [
    "Published July 20 2015\n\nAt least 40 killed.\n\n2016 - 12 - 01\n\n...",
    "12:30\n\n--\n\nRebels said 3 died",
    "*** \n\n 2015",
    "One line only, 12 killed.",
]
ARABIC_REPORTS = ["قتل ١٢ شخصا\n\n٢٠١٥\n\nقال المرصد", "٢٠١٥\n\n---"]


@pytest.mark.parametrize("text", ASCII_REPORTS + ARABIC_REPORTS)
def test_one_script_half_and_langs_equal_the_counted_reading(text: str) -> None:
    spans = split_paragraphs(text)
    langs, weights = _paragraph_langs(text, spans)
    counted, counted_weights = _counted_langs(text, spans)
    assert langs == counted
    assert weights is None
    paras = [Paragraph(id=i, start=s, end=e, lang=lang) for i, ((s, e), lang) in enumerate(zip(spans, langs, strict=True))]
    doc = Document(id="d", text=text, meta=Metadata(format="text"), paragraphs=paras)
    assert one_script_half(doc) == detect_halves(doc, counted_weights)


def test_ascii_reports_of_the_examples_segment_as_counted() -> None:
    checked = 0
    for text in texts():
        if not text.isascii():
            continue
        spans = split_paragraphs(text)
        langs, _ = _paragraph_langs(text, spans)
        counted, weights = _counted_langs(text, spans)
        assert langs == counted
        doc = Document(id="d", text=text, meta=Metadata(format="text"))
        segment(doc)
        plain = Document(id="d", text=text, meta=Metadata(format="text"), paragraphs=doc.paragraphs)
        assert doc.halves == detect_halves(plain, weights)
        checked += 1
    assert checked > 50


def _sentences() -> list[str]:
    return [line.lower() for text in texts() for line in text.replace("!", ".").split(". ") if line]


@pytest.mark.parametrize("literals", [P.checks().cause_literals, P._ARREST_CUES, P._PAST_CUES, ("a", "ab", "b c", "zz")])
def test_rare_letter_finder_holds_what_the_literal_tests_hold(literals: tuple[str, ...]) -> None:
    made_up = ["he died of natural causes", "own lives", "a flu-like illness", "", "x", "the heart of the city",
               "no cue at all here", "zz top", "b c", "ab"]
    hits = 0
    for low in _sentences() + made_up:
        expected = P._holds_any(low, literals)
        assert (P._finder(literals).search(low) is not None) == expected, low
        hits += expected
    assert hits > 0


def test_window_years_stop_where_the_plain_search_has_no_more_to_give() -> None:
    ck = P.checks()
    made_up = ["Troops fired on the crowd on Oct. 2, 1968, killing 40; on 3 March 2019 and in early May 2020 more died",
               "2015-05-12 2016-13-01 in late june 1999, 12 Jan 2001 jan 12 2002"]
    checked = 0
    for text in texts() + made_up:
        for y in P._years(text, 0, len(text)):
            at = y.start()
            for a, b in ((max(0, at - 30), min(len(text), y.end() + 7)), (at, y.end()), (max(0, at - 5), len(text))):
                plain = tuple(P._year(m) for m in ck.dated_year.finditer(text, a, b) if m.start() <= at < m.end())
                assert P._window_years.__wrapped__(text, a, b, at) == plain
                checked += 1
    assert checked > 50
