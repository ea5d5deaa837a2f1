"""The engine's speed-ups match what they replace: trie-factored cue regexes, the token fast path."""

from __future__ import annotations

import random
import re

import pytest

from marsad.claims.text import token_arrays, tokenize
from marsad.claims.trie import factored, literal_trie, split_alternatives
from marsad.lang.en.claims_lexicon import LEXICON, lexicon

QUOTES = frozenset({'"', "“", "”", "«", "»", "'", "‘", "’"})
SAMPLES = [
    "The U.S. said 2,800 people were killed; ٢٬٨٠٠ in Arabic, 3.5 or 2.800 — don't count “quotes”.",
    "ΣΟΦΙΑ met İstanbul's mayor: the children's bodies (five) were found.",
    "Officials denied reports that 12 civilians died, calling them fabricated.",
    "Since the war began, 40,000 have been killed; in a separate attack two soldiers died.",
    "a\x1cb c\u00a0d e\u2003f_g h-i-j o'  x’s  rock-'n",
]


def test_split_alternatives_respects_groups_classes_and_escapes() -> None:
    assert split_alternatives(r"a|(?:b|c)d|[|]x|\|y") == ["a", "(?:b|c)d", "[|]x", r"\|y"]


@pytest.mark.parametrize("pattern", [
    r"fell\b|fall of|kill|dead|death|die[sd]?\b|dying|bod(?:y|ies)",
    r"war|warfare|wa|x?y|z",  # a quantified first character: left alone
    r"ab|ac|a|b",
])
def test_factored_matches_the_same_spans(pattern: str) -> None:
    plain, trie = re.compile(pattern), re.compile(factored(pattern))
    rng = random.Random(7)
    for _ in range(3000):
        text = "".join(rng.choice("abcdefiklnorstwxyz ") for _ in range(rng.randrange(30)))
        assert [m.span() for m in plain.finditer(text)] == [m.span() for m in trie.finditer(text)], text


def test_lexicon_cues_are_factored_without_changing_matches() -> None:
    import tomllib

    data = tomllib.loads(LEXICON.read_text(encoding="utf-8"))
    texts = SAMPLES + [line for line in LEXICON.read_text(encoding="utf-8").splitlines()]
    for name, source in (("trigger", data["trigger"]), ("deny", data["stance"]["deny"]),
                         ("background", data["scope"]["background"])):
        plain = re.compile(source)
        cues = getattr(lexicon(), name)
        for text in texts:
            low = text.lower()
            assert [m.span() for m in plain.finditer(low)] == [m.span() for m in cues.lower.finditer(low)], name


def test_literal_trie_finds_exactly_the_texts_holding_a_literal() -> None:
    words = ["war ", "war,", "warfare", "since", "in 19", "day after", "days"]
    trie = re.compile(literal_trie(words))
    for text in ["the war is", "warfare", "war.", "since then", "in 1999", "in 2000", "a day after", "two days"]:
        assert (trie.search(text) is not None) == any(w in text for w in words), text


def _slow_arrays(text: str, start: int, end: int, skip: frozenset[str]) -> tuple[list, list, list]:
    tokens = tokenize(text, start, end)
    piece = text[start:end]
    if skip and any(q in piece for q in skip):
        tokens = [t for t in tokens if t.low not in skip]
    return [t.low for t in tokens], [t.start for t in tokens], [t.end for t in tokens]


@pytest.mark.parametrize("skip", [frozenset(), QUOTES, frozenset({"'"})])
def test_token_arrays_fast_path_agrees_with_tokens(skip: frozenset[str]) -> None:
    rng = random.Random(3)
    for text in SAMPLES:
        for _ in range(200):
            a = rng.randrange(len(text) + 1)
            b = rng.randrange(a, len(text) + 1)
            assert token_arrays(text, a, b, skip) == _slow_arrays(text, a, b, skip), (text, a, b)
