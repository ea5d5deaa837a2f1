"""English claims, speed round 7: each shortcut equals the plain reading it replaces."""

from __future__ import annotations

import pytest

from marsad.claims.scope import link_blocks
from marsad.lang.en import claims as en
from marsad.lang.en.claims_lexicon import lexicon

TEXTS = [
    "Separately, the Islamic State CLAIMED responsibility for the attack, which killed 12 Soldiers.",
    "The ministry made NO mention of civilian deaths; it Did Not Comment On the reports that 40 died.",
    "Six martyrs and injured Among Our Brothers In The Police, the statement said.",
    "Dozens were KILLED AND WOUNDED in the shelling, and a number of martyrs And Injured were taken away.",
    "Gaza (AA) - Read more:\nIsrael strikes Gaza\nThree killed in Rafah\n\nThe toll rose to 9.",
    "RELATED ARTICLES\nSyria: 20 dead in Idlib raid\n\nMore from Reuters: Iraq\nFive soldiers die\n",
    "It declined to comment on the reports that 15 were killed; ISIS claims the bombing.",
]


@pytest.mark.parametrize(
    "pattern",
    [en.NOT_MENTIONED, en._CLAIMED_ATTACK, en.AMONG_FORCE, en.JOINT_AND, en.AND_WOUNDED, lexicon().link_marker],
)
def test_plain_pattern_finds_what_the_case_insensitive_one_finds(pattern) -> None:
    for text in TEXTS:
        plain, low = en._plain(pattern, text)
        assert plain is not pattern and low == text.lower()  # (ASCII text: the lower-case copy is used)
        for start in range(0, len(text), 7):
            for end in (start + 30, start + 90, len(text)):
                want = [m.span() for m in pattern.finditer(text, start, end)]
                assert [m.span() for m in plain.finditer(low, start, end)] == want
                got = plain.match(low, start, end)
                assert (got and got.span()) == ((m := pattern.match(text, start, end)) and m.span())


def test_plain_keeps_a_pattern_on_text_that_is_not_ascii() -> None:
    text = "Ştefan said 3 were KILLED AND WOUNDED"
    assert en._plain(en.JOINT_AND, text) == (en.JOINT_AND, text)


def test_link_blocks_on_the_folded_text() -> None:
    marker = lexicon().link_marker
    for text in TEXTS:
        plain, low = en._plain(marker, text)
        assert link_blocks(low, plain) == link_blocks(text, marker)


def _plain_match(table, words: list[str], i: int):
    """PhraseTable.match as first written: the longest phrase starting at words[i], looked up whole."""
    for n in table.lengths.get(words[i], ()):
        if i + n <= len(words) and tuple(words[i : i + n]) in table.table:
            return n, table.table[tuple(words[i : i + n])]
    return None


SENTENCES = [
    "at least 13 people were killed and dozens of others wounded in the air strike on the market",
    "the death toll rose to 15 , including six children , in serious condition , the ministry said",
    "more than a dozen syrian army soldiers and pro-government militiamen were killed in clashes",
    "in excess of 200 civilians lost their lives ; up to 7 may have been minors , as many as ten dead",
    "the islamic state 's fighters killed three u.s. troops , the pentagon said , none of them civilians",
    "killed killed in in in",
]


def test_phrase_match_equals_the_whole_lookup() -> None:
    lex = lexicon()
    tables = [lex.outcomes, lex.groups, lex.sides, lex.qualifiers, lex.after_at_least, lex.vague]
    for sentence in SENTENCES:
        words = sentence.split()
        for table in tables:
            for i in range(len(words)):
                assert table.match(words, i) == _plain_match(table, words, i)
    for table in tables:  # every phrase of every table, alone and with a word after it
        for phrase in table.table:
            for words in (list(phrase), [*phrase, "the"], [*phrase[:1], "the"]):
                assert table.match(words, 0) == _plain_match(table, words, 0)


def test_dead_predicate_reads_marked_words() -> None:
    """claims_amend.dead_predicate visits only marked tokens: 'dead' and 'killed' must be marked."""
    from marsad.lang.en.claims import _marked_words, lexicon

    assert {"dead", "killed"} <= _marked_words(lexicon())


@pytest.mark.parametrize(
    ("text", "hit"),
    [
        ("Five people had been hit by the gunfire, a medic said.", True),
        ("Dozens were hit by shrapnel near the crossing.", True),
        ("The convoy was hit twice on Monday.", False),
        ("Whitney said the shelters had been full for weeks.", False),
    ],
)
def test_hit_only_prefilter_agrees_with_word_test(text: str, hit: bool) -> None:
    """The text prefilter of claims_amend.hit_only passes every sentence the word-set test passes."""
    from marsad.api import extract_text
    from marsad.lang.en.claims import SentenceRules, lexicon
    from marsad.lang.en.claims_amend import _HIT_AUX, _HIT_WORDS

    doc = extract_text(text)
    sentence = doc.sentences[0]
    ws = SentenceRules(doc, sentence, lexicon()).wordset
    words = "hit" in ws and ("been" in ws or "were" in ws)
    low = text[sentence.start : sentence.end].lower()
    assert words == hit
    assert not words or (_HIT_WORDS.search(low) is not None and _HIT_AUX.search(low) is not None)
