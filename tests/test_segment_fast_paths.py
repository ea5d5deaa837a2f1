"""The segmenter's fast paths agree with the plain definitions they replace."""

from __future__ import annotations

import random
import re

import pytest

from marsad.segment import roles, sentences
from marsad.segment.paragraphs import TRIM_CHARS
from marsad.segment.script import (
    _OTHER_LETTER,
    ARABIC_LETTER,
    LATIN_LETTER,
    LATIN_OR_OTHER_LETTER,
    _script_table,
    letter_counts,
    only_arabic_letters,
    strip_arabic_marks,
    western_digits,
)

EVERY_CHARACTER = "".join(map(chr, range(0x110000)))


def _counts_by_regex(text: str) -> tuple[int, int, int]:
    return len(ARABIC_LETTER.findall(text)), len(LATIN_LETTER.findall(text)), len(_OTHER_LETTER.findall(text))


def _samples(seed: int, n: int) -> list[str]:
    rng = random.Random(seed)
    pools = [range(0x80), range(0x600, 0x700), range(0x2000, 0x2070), range(0x110000), range(0xC0, 0x250)]
    return ["".join(chr(rng.choice(rng.choice(pools))) for _ in range(rng.randrange(0, 40))) for _ in range(n)]


def test_script_table_agrees_with_the_letter_classes() -> None:
    table = _script_table()
    codes = EVERY_CHARACTER[: len(table)].translate(table)
    for pattern, code in ((ARABIC_LETTER, "a"), (LATIN_LETTER, "l"), (_OTHER_LETTER, "o")):
        by_regex = [m.start() for m in pattern.finditer(EVERY_CHARACTER, 0, len(table))]
        assert by_regex == [m.start() for m in re.finditer(code, codes)]


def test_letter_counts_agree_with_the_letter_classes() -> None:
    cases = [*_samples(1, 400), "Plain ASCII, 123 letters.", "قتل 13 شخصاً", "\U0001d400\U0001d41a \U0001f600 x", ""]
    for start in range(0, 0x110000, 0x8000):  # every character, including those past the BMP
        cases.append(EVERY_CHARACTER[start : start + 0x8000])
    for text in cases:
        assert letter_counts.__wrapped__(text) == _counts_by_regex(text)


def test_latin_or_other_letter_is_the_union_of_the_two_classes() -> None:
    union = {m.start() for m in LATIN_OR_OTHER_LETTER.finditer(EVERY_CHARACTER)}
    latin = {m.start() for m in LATIN_LETTER.finditer(EVERY_CHARACTER)}
    other = {m.start() for m in _OTHER_LETTER.finditer(EVERY_CHARACTER)}
    assert union == latin | other


@pytest.mark.parametrize(
    ("text", "expected"),
    [("قتل ١٣ شخصاً «في» الغارة\u200f", True), ("قتل John", False), ("123 - 45", False), ("Удар", False)],
)
def test_only_arabic_letters(text: str, expected: bool) -> None:
    assert only_arabic_letters(text) is expected


def _norm_by_definition(text: str) -> str:
    return _sigma(" ".join(western_digits(strip_arabic_marks(text)).lower().split()))


def _sigma(text: str) -> str:
    """Final sigma as sigma: the compiled build's str.lower (mypyc) lowers 'Σ' to 'σ' at a word's end
    too, where Python's gives 'ς' (same length, so offsets agree; no Arabic or English text has it)."""
    return text.replace("ς", "σ")


def test_norm_agrees_with_its_definition() -> None:
    cases = [*_samples(2, 600), "  Pic: a\u00a0b ", "Share\t|  Tweet", "ΟΔΟΣ Σ", "قُتِلَ ١٣", "a\u2028b", ""]
    for text in cases:
        assert _sigma(roles._norm(text)) == _norm_by_definition(text)


def test_caption_prefix_of_a_long_paragraph_is_a_prefix_of_its_norm() -> None:
    rng = random.Random(3)
    for text in _samples(3, 300):
        long = text + " " + "".join(rng.choice("ab ΣσΑ\u064b.-:") for _ in range(700))
        head = _sigma(roles._caption_norm(long))
        assert _norm_by_definition(long[: roles.MAX_CUE_CHARS]).startswith(head)
        assert len(head) >= roles._cue_tests().caption_head or head == _norm_by_definition(long[: roles.MAX_CUE_CHARS])


def test_has_words_counts_as_word_count() -> None:
    rng = random.Random(4)
    alphabet = "ab1٣_ -.'’‘\u064b\u0640\u200f,İ"
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 30)))
        n = roles.word_count(text)
        for k in range(0, n + 3):
            assert roles.has_words(text, k) is (n >= k), (text, k)


@pytest.mark.parametrize("text", ["a.", "a.\n", "a\n.", "a.\n\n", "", "\n", "؟", "x!"])
def test_ends_with_stop_is_the_regex(text: str) -> None:
    assert roles._ends_with_stop(text) is (re.search(r"[.!?؟]$", text) is not None)


def _token_before_by_definition(text: str, start: int, pos: int) -> str:
    i = pos
    while i > start and not text[i - 1].isspace():
        i -= 1
    return strip_arabic_marks(text[i:pos]).lstrip(sentences._TOKEN_STRIP)


def test_token_before_agrees_with_its_definition() -> None:
    rng = random.Random(5)
    alphabet = "ab. \t\n\u00a0\u2003«(\u064b\u200fد"
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 20)))
        for start in range(len(text) + 1):
            for pos in range(start, len(text) + 1):
                assert sentences._token_before(text, start, pos) == _token_before_by_definition(text, start, pos)


def test_trim_characters_are_spaces_and_bidi_controls() -> None:
    assert all(ch.isspace() or not ch.isprintable() for ch in TRIM_CHARS)


def test_caption_prefix_test_agrees_with_the_normalised_text() -> None:
    rng = random.Random(6)
    starts = ["Photo: ", "  pic - ", "[صورة] ", "(Video) ", "\u064bصورة: ", "İmage| ", "Σ ", "The ", "فيديو "]
    for text in _samples(6, 200):
        long = rng.choice(starts) + text + " " + "word " * 150
        expected = roles._is_caption(_norm_by_definition(long[: roles.MAX_CUE_CHARS]), False)
        assert roles._has_caption_prefix(long) is expected


def test_running_text_has_more_words_than_the_cues_look_at() -> None:
    rng = random.Random(7)
    tokens = ["word", "«كلمة»", "a.b", "١٣", "(note)", "İ", "-", "\u0640", "_x", "\u064b", "x|y"]
    weights = [20, 20, 10, 10, 10, 5, 1, 1, 1, 1, 1]
    running = 0
    for _ in range(2000):
        text = " ".join(rng.choices(tokens, weights, k=rng.randrange(30, 60)))
        if roles._is_running_text(text):
            running += 1
            assert roles.has_words(_norm_by_definition(text), 41)
            assert not roles._is_furniture(text, _norm_by_definition(text))
    assert running > 20
