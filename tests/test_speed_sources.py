"""The fast forms of the attribution patterns match exactly what the plain forms match."""

from __future__ import annotations

import re

import pytest

from marsad.record import SourceLink
from marsad.sources.frames_en import _en_patterns, cue_finditer
from marsad.sources.lexicon import ar_word, en_alternation, lang_data
from marsad.sources.links import LinkContext
from marsad.sources.trie import caseless, en_trie, trie_alternation


def _plain_ar(words: list[str]) -> str:
    return "|".join(ar_word(w) for w in sorted(set(words), key=len, reverse=True))


def _ar_trie(words: list[str]) -> str:
    from marsad.sources.lexicon import _ar_alternation

    return _ar_alternation(tuple(words))


_AR_TEXTS = [
    "وقال المتحدث باسم الوزارة إن 12 شخصاً قتلوا، وأفادت مصادر محلية بمقتل خمسة.",
    "وَقَالَتْ الوكالة نقلاً عن مصدر طبي إنّ الحصيلة ارتفعت، وفقاً لـ«سانا».",
    "ادّعى الجيش أنه لم يستهدف المدنيين، مؤكداً أن القتلى مسلحون، قالوا ذلك أيضاً لاحقاً.",
    "بحسب ما أعلنته وزارة الصحة، وطبقاً لتقديرات ناشطين، فإن العدد وصل إلى 40.",
]


@pytest.mark.parametrize("section,key", [("cues", "say"), ("cues", "according"), ("speaker", "stops")])
def test_arabic_trie_matches_plain_alternation(section: str, key: str) -> None:
    words = lang_data("ar")[section][key]
    plain = re.compile(rf"(?<![\u0621-\u064a])(?:{_plain_ar(words)})(?:ها|ه)?(?![\u0621-\u064a])")
    trie = re.compile(rf"(?<![\u0621-\u064a])(?:{_ar_trie(words)})(?:ها|ه)?(?![\u0621-\u064a])")
    for text in _AR_TEXTS:
        assert [m.span() for m in plain.finditer(text)] == [m.span() for m in trie.finditer(text)]
        for w in text.split():
            assert bool(plain.fullmatch(w)) == bool(trie.fullmatch(w))


def test_trie_prefers_the_longest_word_that_lets_the_rest_match() -> None:
    alt = trie_alternation(
        ["said", "said in a statement", "say", "says"], lambda c: r"\s+" if c == " " else c
    )
    pat = re.compile(rf"\b(?:{alt})\b")
    assert pat.search("he said in a  statement").group(0) == "said in a  statement"
    assert pat.search("he said in a statementary way").group(0) == "said"
    assert pat.search("she says").group(0) == "says"


def test_english_cues_caseless_equal_re_i() -> None:
    text = '"Nine died," SAID the official, According To reporters; officials ſaid 3 were Reported hurt.'
    folded = _en_patterns()["cue"]
    assert [m.span() for m in cue_finditer(text)] == [m.span() for m in folded.finditer(text)]
    cues = lang_data("en")["cues"]["say"]
    lower = re.compile(rf"(?<![\w-])(?:{en_trie(cues)})(?![\w-])")
    plain = re.compile(rf"(?<![\w-])(?:{en_alternation(cues)})(?![\w-])", re.I)
    sample = "He Said, they TOLD us; put the death  toll at 9 and Puts The Toll at 10, spoke of it."
    low = caseless(sample)
    assert low is not None
    assert [m.span() for m in lower.finditer(low)] == [m.span() for m in plain.finditer(sample)]


def test_caseless_refuses_letters_lower_and_re_i_disagree_on() -> None:
    assert caseless("İstanbul said") is None
    assert caseless("ſaid") is None
    assert caseless("Said") == "said"


def test_recall_finds_the_latest_link_by_name_or_surname() -> None:
    ctx = LinkContext()
    a = SourceLink(
        name="John Kirby", aliases=["Pentagon spokesman John Kirby"], kind="spokesperson", person="John Kirby"
    )
    b = SourceLink(name="Ministry of Health", aliases=["the health ministry"], kind="org")
    c = SourceLink(name="Jane Kirby", kind="person", person="Jane Kirby")
    ctx.remember(a)
    ctx.remember(b)
    assert ctx.recall("Kirby") is a
    assert ctx.recall("Health") is b
    probe = ctx.probe()
    probe.remember(c)
    assert probe.recall("Kirby") is c
    assert ctx.recall("Kirby") is a  # the probe's links stay in the probe
    ctx.remember(c)
    assert ctx.recall("kirby") is c
    assert ctx.recall("nobody") is None


def test_quotes_counted_on_equal_counted_afresh() -> None:
    from marsad.sources.attribute import _CLOSE_Q, _OPEN_Q, _Quotes

    text = 'He said: "We counted nine. «Then» it was “ten”. And more" later. "Open again. Still.'
    quotes = _Quotes(text)
    for para_start in (0, 3, 0):
        for pos in (*range(para_start, len(text) + 1, 3), 5, len(text)):
            seg = text[para_start:pos]
            afresh = (
                sum(seg.count(c) for c in _OPEN_Q) > sum(seg.count(c) for c in _CLOSE_Q)
                or seg.count('"') % 2 == 1
            )
            assert quotes.open_at(para_start, pos) == afresh


def test_header_lines_read_from_the_start_equal_all_lines() -> None:
    from marsad.sources.outlet import _first_filled, _lines

    for text in ("a\n\n b \r\nc\u2028d\n" * 3, "x" * 5000 + "\nA\nB\n", "head\n" + "y" * 4094 + "\r\nz\nw\n"):
        for n in (3, 6, 8):
            assert _lines(text, n) == _first_filled(text.splitlines(), n)


def test_adverb_tail_found_among_the_last_words() -> None:
    from marsad.sources.frames_en import _adverb_tail, _en_patterns

    full = _en_patterns()["adverb_tail"]
    for pre in (
        "The ministry also",
        "Officials  late on   Sunday ",
        "also",
        "X said  ON SUNDAY\n",
        "nothing here",
        "",
    ):
        got, want = _adverb_tail(pre), full.search(pre)
        assert (got and got.span()) == (want and want.span())
