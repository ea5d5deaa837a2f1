"""The C-level tokenizer of the names pass keeps the word boundaries, keys and flags of the word-by-word one."""

from __future__ import annotations

import pytest

from marsad.names.recognize import tokenize

CASES = [
    ("Israel's army and the Iran-backed Houthis met Gen. Smith of the U.S. in al-Hudaydah’s port",
     [(0, 6, "Israel", "israel", True, True), (9, 13, "army", "army", False, False),
      (14, 17, "and", "and", False, False), (18, 21, "the", "", False, False), (22, 26, "Iran", "iran", True, True),
      (34, 41, "Houthis", "houthis", True, True), (42, 45, "met", "met", False, False),
      (46, 50, "Gen.", "gen", True, True), (51, 56, "Smith", "smith", True, True), (57, 59, "of", "of", False, False),
      (60, 63, "the", "", False, False), (64, 68, "U.S.", "u s", True, True), (69, 71, "in", "in", False, False),
      (72, 83, "al-Hudaydah", "hudaydah", True, True), (86, 90, "port", "port", False, False)]),
    ("قالت وزارة الصحة في غزة إن 5 أشخاص قتلوا",
     [(0, 4, "قالت", "قالت", False, True), (5, 10, "وزارة", "وزاره", False, True),
      (11, 16, "الصحة", "صحه", False, False), (17, 19, "في", "في", False, False), (20, 23, "غزة", "غزه", False, False),
      (24, 26, "إن", "ان", False, False), (27, 28, "5", "5", False, False), (29, 34, "أشخاص", "اشخاص", False, False),
      (35, 40, "قتلوا", "قتلوا", False, False)]),
    ("’s A. B. Mr. Jones' car",  # a bare possessive is dropped; initials and titles keep their full stop
     [(3, 5, "A.", "a", True, True), (6, 8, "B.", "b", True, True), (9, 12, "Mr.", "mr", True, True),
      (13, 18, "Jones", "jones", True, True), (20, 23, "car", "car", False, False)]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_tokens_keep_their_spans_keys_and_flags(text: str, expected: list[tuple]) -> None:
    got = [(t.start, t.end, t.text, t.key, t.cap, t.trig) for t in tokenize(text, 0, len(text))]
    assert got == expected


def test_a_paragraph_inside_a_text_keeps_text_offsets() -> None:
    text = "Intro.\nThe Pentagon's spokesman"
    toks = tokenize(text, 7, len(text))
    assert [(t.start, t.end, t.text) for t in toks] == [(7, 10, "The"), (11, 19, "Pentagon"), (22, 31, "spokesman")]



@pytest.mark.parametrize("text", [
    "  Gaza (Reuters) said Israel and Ubayda met in 2024; ٢٠٢٤ in Ḫān Yūnis ",
    "قالت وزارة الصحة في غزة: قُتل ٥ أشخاص (وفا) - مدينةِ خان يونس",
    "",
    "...",
])
def test_split_tokens_keep_the_regex_spans(text: str) -> None:
    from marsad.names.recognize import _TOKEN

    end = max(2, len(text) - 1)
    want = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, 2, end)]
    assert [(t.start, t.end, t.text) for t in tokenize(text, 2, end)] == want
