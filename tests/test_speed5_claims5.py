"""Claims, fifth speed round: each shortcut gives what the plain reading it replaces gives.

ASCII token arrays come from one `split` (gaps and tokens alternately) instead of (gap, token)
pairs; word-bounded alternations are spread and factored by first letter; rare-character
prefilters read a branch's letters before its look-behind. Each is checked on the English
examples, held-out reports and made-up text.
"""

from __future__ import annotations

import json
import random
import re
from functools import cache
from pathlib import Path

import pytest

from marsad.claims import text as tx
from marsad.claims.trie import factored, factored_deep, rare_char_pattern
from marsad.lang.en import claims as en
from marsad.lang.en.claims_lexicon import CHAR_FREQUENCY, lexicon

ROOT = Path(__file__).resolve().parents[1]
MADE_UP = [
    "He said \"12 were killed\" and 'four' were wounded while the 'others' fled.",
    "  The U.S. army's 3rd brigade -- 2,800.5 troops -- said: _none_ died ; 'ok' \"quoted\"  ",
    "Since the war began in 2014, the conflict has killed 40,000; in a separate attack, 3 died.",
    "Separately, in another incident 12 were wounded. context: the 2011 uprising, weeks after",
    "the day before, you'll remember, over the years of war; a 2019 report; 12 march last",
    "killed in the fighting this year... the campaign had killed 5 (the war-wide toll)",
    "",
    "'",
    "\"\"",
]


def example_and_heldout_texts(made_up: list[str]) -> list[str]:
    """The English examples' texts, three held-out corpora's English reports, then `made_up`."""
    lines = (ROOT / "src/marsad/lang/en/claims_examples.jsonl").read_text(encoding="utf-8").splitlines()
    out = [json.loads(line)["text"] for line in lines if line]
    for folder in ("heldout", "heldout5", "heldout7"):
        out += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / folder).glob("*en*.txt"))]
    return out + made_up


@cache
def texts() -> list[str]:
    return example_and_heldout_texts(MADE_UP)


@cache
def lines() -> list[str]:
    return [line for text in texts() for line in re.split(r"(?<=[.;:\n])", text)] + MADE_UP


def _plain_arrays(low: str, start: int, end: int, skip: frozenset[str]) -> tuple[list[str], list[int], list[int]]:
    """The plain reading: every match of the ASCII token pattern, less the skipped tokens."""
    found = [m for m in tx._ASCII_TOKEN.finditer(low, start, end) if m.group() not in skip]
    return [m.group() for m in found], [m.start() for m in found], [m.end() for m in found]


@pytest.mark.parametrize("skip", [en.QUOTES, frozenset(), frozenset({'"', "'"}), frozenset({"-", "'"})])
def test_ascii_split_arrays_equal_the_token_matches(skip: frozenset[str]) -> None:
    checked = 0
    for text in texts():
        low = tx.folded(text)
        if low is None:
            continue
        for start in range(0, len(text), 53):
            for end in (start + 1, start + 17, start + 160, len(text)):
                end = min(end, len(text))
                if not low[start:end].isascii():
                    continue
                assert tx._ascii_arrays(text, low, start, end, skip) == _plain_arrays(low, start, end, skip)
                checked += 1
    assert checked > 1000


def test_spread_and_factored_patterns_find_the_same_spans() -> None:
    lex = lexicon()
    patterns = [lex.background, lex.deny, lex.retraction, lex.take_back, lex.trigger]
    made_up = [r"\b(?:(?:a|an) (?:b|c)d|(?:x )?y|ab|\d{1,2} z|a c)\b", r"\bab|\b(?:a|b)c\b|x|\bx\b|\b(?:ab)?c",
               r"^\W*(?:one|two)\b|\b(?:(?:19|20)\d\d|in (?:19|20)\d\d|(?:it is )?worth it|i)\b",
               r"\b(?:(?:ab)?c|a(?:b)c|abc)\b"]
    for raw in made_up:
        plain, fast = re.compile(raw), re.compile(factored(factored_deep(raw)))
        for line in ["ab c abc", "an bd a c 12 z 2019 in 2020 it is worth it worth it x y y i", "c abc"]:
            assert [m.span() for m in plain.finditer(line)] == [m.span() for m in fast.finditer(line)]
    for cues in patterns:
        raw = _raw_pattern(cues)
        plain = re.compile(raw)
        for line in lines():
            low = line.lower()
            assert [m.span() for m in cues.lower.finditer(low)] == [m.span() for m in plain.finditer(low)]


def _raw_pattern(cues: object) -> str:
    """The pattern of the lexicon file behind a Cues object (as written, not rewritten)."""
    import tomllib

    data = tomllib.loads((ROOT / "src/marsad/lang/en/claims_lexicon.toml").read_text(encoding="utf-8"))
    lex = lexicon()
    where = {id(lex.trigger): data["trigger"], id(lex.deny): data["stance"]["deny"],
             id(lex.retraction): data["stance"]["retraction"], id(lex.take_back): data["stance"]["take_back"],
             id(lex.background): data["scope"]["background"]}
    return where[id(cues)]


def test_a_word_bounded_alternation_is_factored() -> None:
    raw = r"\b(?:(?:came|comes) back|cat|(?:in )?dog|\d+ days)\b"
    assert factored_deep(raw) == r"\b(?:c(?:a(?:me back\b|t\b)|omes back\b)|in dog\b|dog\b|\d+ days\b)"
    assert factored_deep(r"^x|\bcontext:|\b(?:cat|dog)\b|y\b|\bz") == r"^x|\b(?:c(?:ontext:|at\b)|dog\b)|y\b|\b(?:z)"


def _behind_first(words: list[str], frequency: dict[str, float]) -> str:
    """The plain reading: rare_char_pattern as the fourth round wrote it, each branch a look-behind
    for the letters before the rare character, then the letters after it, in word order."""
    words = sorted(set(w for w in words if w), key=lambda w: (len(w), w))
    freq = lambda c: frequency.get(c, 0.0005)  # noqa: E731
    chosen: list[str] = []
    left = set(words)
    while left:
        best = max(sorted({c for w in left for c in w}), key=lambda c: sum(c in w for w in left) / freq(c))
        chosen.append(best)
        left = {w for w in left if best not in w}
    for c in sorted(chosen, key=freq, reverse=True):
        if all(any(x in w for x in chosen if x != c) for w in words):
            chosen.remove(c)
    branches: dict[str, list[str]] = {}
    for word in words:
        k = min((i for i, c in enumerate(word) if c in chosen), key=lambda i: (freq(word[i]), i))
        before = "(?<=" + re.escape(word[: k + 1]) + ")" if k else ""
        branches.setdefault(word[k], []).append(before + re.escape(word[k + 1 :]))
    return "|".join(re.escape(c) + (rest[0] if len(rest) == 1 else "(?:" + "|".join(rest) + ")")
                    for c, rest in branches.items())


def test_rare_char_prefilters_start_where_the_plain_ones_start() -> None:
    """Heads' patterns use where the first match starts: the letters-then-look-behind branches,
    factored, start every match where the look-behind-first branches do (from any position)."""
    rng = random.Random(5)
    alphabet = "abcdeinorstwxy ,.'’-09"
    lex = lexicon()
    lists = [list(lex.deny.literals), list(lex.background.literals), list(lex.retraction.literals),
             list(en.RETRACTION_HINTS), ["a"], ["ab", "b", "x y", "’s"], ["war ", "war,", "in 19", "n't"],
             ["fell", "kill", "fall of", "toll", "fallen", "die", "dead", "being treated", "bod"]]
    lists += [["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 5))) for _ in range(rng.randint(1, 12))]
              for _ in range(40)]
    sample = [line.lower() for line in lines()[:400]]
    sample += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40))) for _ in range(300)]
    for words in lists:
        fast, plain = re.compile(rare_char_pattern(words, CHAR_FREQUENCY)), re.compile(_behind_first(words, CHAR_FREQUENCY))
        for text in sample:
            for lo in (0, len(text) // 3):
                found, expected = fast.search(text, lo), plain.search(text, lo)
                assert (found and found.start()) == (expected and expected.start())


def test_marker_lines_are_found_from_the_newlines() -> None:
    from marsad.claims.scope import _marker_matches

    marker = lexicon().link_marker
    made_up = ["Related\nA b c\n\nText", "x\nRead more:\nfoo\n\nRelated articles\nbar", "more from Reuters\nRelated: x\n",
               "Read more: Gaza strike kills 3\nsee also\n  related  :\n", "\n\nRelated\n\n\nsee also\n", "related"]
    for text in texts() + made_up:
        assert [m.span() for m in _marker_matches(text, marker)] == [m.span() for m in marker.finditer(text)]
    across = re.compile(r"^a\nb|^c|^b", re.MULTILINE)  # a match holding a newline: the plain search answers
    for text in ["a\nb\nc", "c\na\nb", "x\nb\na"]:
        assert [m.span() for m in _marker_matches(text, across)] == [m.span() for m in across.finditer(text)]
    assert _marker_matches("a\nb", re.compile("^a|b", re.MULTILINE))[0].span() == (0, 1)


def test_ascii_split_arrays_on_made_up_characters() -> None:
    rng = random.Random(7)
    alphabet = "abzAZ09.,-'\"_ \n\t();:s"
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        low = tx.folded(text)
        for skip in (en.QUOTES, frozenset(), frozenset({"-"})):
            assert tx._ascii_arrays(text, low, 0, len(text), skip) == _plain_arrays(low, 0, len(text), skip)


def test_the_lies_hint_misses_no_rebuttal_word() -> None:
    made_up = ["reports of deaths were lies", "pure propaganda!", "a fabrication", "FAKE NEWS, he said", "believed", "fake  news"]
    for text in texts() + made_up:
        low = tx.folded(text)
        if low is None:
            continue
        for start in range(0, len(text), 41):
            end = min(len(text), start + 120)
            if any(low.find(w, start, end) >= 0 for w in en.LIES_WORDS):  # the plain reading
                assert en._LIES_HINT.search(low, start, end) is not None


@cache
def arabic_texts() -> list[str]:
    out = [p.read_text(encoding="utf-8") for folder in ("heldout", "heldout3", "heldout5", "heldout6", "heldout7")
           for p in sorted((ROOT / "tests" / folder).glob("*ar*.txt"))]
    marks = ["قُتِلَ ثلاثةٌ", "استُشهِد", "جـرحـى", "أُصيب", "افراد عائلته", "ﻻ شيء", "قتـ\u200fـل", "وفاة"]
    return out + marks


def test_the_arabic_gate_on_normalised_sentences_equals_the_written_pattern() -> None:
    from marsad.lang.ar import claims as ar
    from marsad.record import Document, Metadata, Sentence
    from marsad.segment import segment

    checked = 0
    for text in arabic_texts():
        doc = Document(id="a", text=text, meta=Metadata(format="text"))
        segment(doc)
        spans = [(s.start, s.end) for s in doc.sentences]
        spans += [(a, min(len(text), a + n)) for a in range(0, len(text), 29) for n in (3, 11, 60)]
        for start, end in spans:
            sentence = Sentence(id=0, start=start, end=end, lang="ar", paragraph=0)
            assert ar._triggered(doc, sentence) == (ar._TRIGGER.search(text, start, end) is not None)
            checked += 1
    assert checked > 2000


def test_the_arabic_token_split_keeps_the_token_pattern_tokens() -> None:
    from marsad.lang.ar.claims_tokens import _TOKEN_SPLIT, TOKEN_RE
    from marsad.lang.ar.numbers import normalize

    plain = re.compile(f"({TOKEN_RE.pattern})")
    rng = random.Random(11)
    alphabet = "قتلاه ي0123456789٫,،.-abZ:\n\t()«»۱٢"
    made_up = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 25))) for _ in range(3000)]
    made_up += ["1,234,567 و 12.5 و 1,23 و ٢٬٨٠٠ و 1.000.000 و ۱۲۳ Gaza 2024", "12,345,6789 3.4.5 ,12 .5"]
    for text in [normalize(t) for t in arabic_texts()] + made_up:
        assert _TOKEN_SPLIT.split(text) == plain.split(text)
