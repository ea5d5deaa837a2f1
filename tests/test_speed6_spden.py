"""English claims, sixth speed round: each shortcut gives what the plain reading it replaces gives.

Checked on realistic sentences (table-driven) and on the English examples and held-out reports.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
from test_speed_claims4 import english_documents

from marsad.claims import find_claims, joined_sentences, merge
from marsad.claims.text import folded
from marsad.lang.en import claims as en
from marsad.lang.en.claims_lexicon import lexicon
from marsad.record import Document, Metadata, Sentence
from marsad.segment import segment

ROOT = Path(__file__).resolve().parents[1]

SENTENCES = [
    "The ministry had initially said the toll was 12, before revising it.",
    "Officials first believed that the death toll stood at seven; it later rose.",
    "Police EARLIER REPORTED THE NUMBER WAS FIVE, a spokesman said.",
    "We previously counted it at only three, the monitor said on Sunday.",
    "The army said two soldiers were killed in the ambush near the border.",
    "Residents said the strike hit a market, killing at least 40 people and wounding dozens.",
    "An official who had estimated the toll at twenty said the number of killed was lower.",
    "Über 30 people had said the toll was 30, the Syrian Observatory reported.",
    "The group’s leader said earlier that the count of dead was nine.",
    "Earlier on Monday, a drone strike on a car killed four people in the north.",
    "Also on Friday, gunfire killed two men near the market, residents said.",
    "On April 20, an airstrike hit a school, killing 11 children.",
    "Hours earlier, an Israeli drone struck a motorcycle, killing its two riders.",
    "A roadside bomb near Mosul in December killed three soldiers, the army said.",
    "“A strike last Thursday killed 22,” the official said.",
    "MEANWHILE, A CAR BOMB KILLED FIVE IN THE CAPITAL.",
]


@cache
def documents() -> list[Document]:
    return english_documents(SENTENCES, ("heldout", "heldout2", "heldout3", "heldout4", "heldout5"))


def english_sentences() -> list[tuple[Document, Sentence]]:
    return [(doc, s) for doc in documents() for s in joined_sentences(doc) if s.lang == "en"]


def test_the_corpus_is_large_enough() -> None:
    assert len(english_sentences()) > 500


@pytest.mark.parametrize("text", SENTENCES)
def test_retracted_on_folded_text_finds_what_ignorecase_finds(text: str) -> None:
    low = folded(text)
    plain = en._RETRACTED.search(text)
    if low is None or not text.isascii():
        return  # (the plain search answers there)
    fast = en._RETRACTED_LOWER.search(low)
    assert (fast.span(), fast.group(1).lower()) == (plain.span(), plain.group(1).lower()) if plain else fast is None


def test_retracted_equals_the_plain_search_on_the_corpus() -> None:
    for doc, s in english_sentences():
        text, lo, hi = doc.text, s.start, s.end
        if all(text.find(v, lo, hi) < 0 for v in en._RETRACTED_VERBS):
            assert en._retracted(doc, s) == []
            continue
        low = folded(text)
        if low is not None and text[lo:hi].isascii():
            plain, fast = en._RETRACTED.search(text, lo, hi), en._RETRACTED_LOWER.search(low, lo, hi)
            assert (plain and plain.span()) == (fast and fast.span())


def test_rules_have_slots_only() -> None:
    """Every attribute a rule run sets is a slot (no instance dict): the run still completes."""
    lex = lexicon()
    for doc, s in english_sentences()[:300]:
        rules = en.SentenceRules(doc, s, lex)
        assert not hasattr(rules, "__dict__")
        rules.run()


def _plain_figure_key(claim) -> tuple:
    return (claim.lang, claim.outcome, claim.group, claim.side, claim.min, claim.max,
            claim.vague, claim.stance, claim.scope)


def _plain_dedupe(claims: list) -> list:
    out: list = []
    for claim in claims:
        twin = next((c for c in out if _plain_figure_key(c) == _plain_figure_key(claim)
                     and (not c.evidence or not claim.evidence or merge.overlaps(c.evidence[0], claim.evidence[0]))),
                    None)
        if twin is None:
            out.append(claim)
    return out


def test_figure_key_and_dedupe_equal_the_plain_readings() -> None:
    lex = lexicon()
    compared = 0
    for doc, s in english_sentences():
        found = en.SentenceRules(doc, s, lex).run()
        for claim in found:
            assert merge.figure_key(claim) == _plain_figure_key(claim)
        doubled = found + [c.model_copy() for c in found]  # (every claim twice: the twins go)
        assert merge.dedupe(doubled) == _plain_dedupe(doubled)
        compared += len(found)
    assert compared > 300


@pytest.mark.parametrize("text", SENTENCES)
def test_find_claims_numbers_claims_as_before(text: str) -> None:
    doc = Document(id="t", text=text, meta=Metadata(format="text"))
    segment(doc)
    find_claims(doc)
    assert [c.id for c in doc.claims] == [f"c{i}" for i in range(len(doc.claims))]
    assert all(c.sentence is not None and doc.sentences[c.sentence].start <= c.evidence[0].start for c in doc.claims)


@pytest.mark.parametrize("text", SENTENCES)
def test_lowered_patterns_match_as_ignorecase(text: str) -> None:
    lex = lexicon()
    for pattern in (lex.shift, lex.new_attack, lex.past_time):
        fast = en._lowered(pattern)
        assert fast is not None
        for piece in (text, text.lstrip(" \t\n\"'“")):
            if not piece.isascii():
                continue
            plain, low = pattern.match(piece), fast.match(piece.lower())
            assert (plain and (plain.span(), plain.group().lower())) == (low and (low.span(), low.group()))
            plain, low = pattern.search(piece), fast.search(piece.lower())
            assert (plain and (plain.span(), plain.group().lower())) == (low and (low.span(), low.group()))


def test_lowered_keeps_patterns_with_capitals_as_they_are() -> None:
    import re

    assert en._lowered(re.compile(r"\bIS\b", re.IGNORECASE)) is None
    assert en._lowered(re.compile(r"\bkilled\b")) is None  # (no IGNORECASE: nothing to lower)
    assert en._lowered(re.compile(r"\bkilled\s+\w+", re.IGNORECASE)).flags & re.IGNORECASE == 0


def test_other_event_equals_the_plain_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    lex = lexicon()
    pairs = english_sentences()
    fast = [en.SentenceRules(doc, s, lex).other_event for doc, s in pairs]
    monkeypatch.setattr(en, "_lowered", lambda pattern: None)
    plain = [en.SentenceRules(doc, s, lex).other_event for doc, s in pairs]
    assert fast == plain
    assert any(fast)
