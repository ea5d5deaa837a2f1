"""English claims: the fast constructions and searches equal their plain forms."""

from __future__ import annotations

from marsad.claims.quantity import quantity
from marsad.claims.text import folded
from marsad.lang.en.claims import _new_claim
from marsad.lang.en.claims_lexicon import _bounded, lexicon
from marsad.record import Claim, Span


def test_new_claim_equals_the_validated_claim() -> None:
    for qty in (quantity("exact", 3), quantity("vague"), quantity("at_least", 40), quantity("about", 7)):
        fast = _new_claim("killed", "soldiers", "Iraq", qty, "deny", "background", 4, 19, "en.figure")
        checked = Claim(lang="en", outcome="killed", group="soldiers", side="Iraq", min=qty.min, max=qty.max,
                        approx=qty.approx, vague=qty.vague, stance="deny", scope="background",
                        evidence=[Span(start=4, end=19)], rule="en.figure")
        assert fast == checked
        assert fast.model_dump_json() == checked.model_dump_json()
        assert fast.model_fields_set == checked.model_fields_set
        fast.id, checked.id = "c0", "c0"
        assert fast.model_dump_json() == checked.model_dump_json()


def test_new_claim_still_rejects_a_bad_value() -> None:
    try:
        _new_claim("killed", "__noun__", None, quantity("exact", 2), "assert", "incident", 0, 3, "en.figure")
    except ValueError:
        return
    raise AssertionError("an unknown group was accepted")


def test_bounded_patterns() -> None:
    assert _bounded(r"kill|die[sd]?\b|fall of")
    assert not _bounded(r"\bkill")
    assert not _bounded(r"x|\bkill")
    assert not _bounded(r"^\W*separately")
    assert not _bounded(r"(?<=a)b")
    assert not _bounded(r"don't")
    assert lexicon().trigger.bounded


def test_trigger_on_folded_text_equals_the_slice() -> None:
    text = ("Ten were KILLED. A fallen tree; the fall of Aleppo. He dies! Bodies’ count: 3 dead. İstanbul harm. "
            "No one. Nothing died— x lives\nlife. Skilled workers. Martyrdom. Deniers' rights. Casualties.")
    trigger = lexicon().trigger
    for start in range(len(text)):
        for end in range(start + 1, min(len(text), start + 40) + 1, 3):
            assert trigger.search_folded(text, folded(text), start, end) == trigger.search(text, start, end)


def test_ascii_token_arrays_equal_the_matches() -> None:
    from re import Match

    from marsad.claims.text import _ASCII_TOKEN, token_arrays

    quotes = frozenset({'"', "'", "“", "”"})
    text = ("Ten_were  killed\t(U.S. says); \"2,800\" hurt__badly -- it's the soldiers' 5th day.\n"
            "x_y 3.5 _ 'quoted' a-b-c O'Neill's\u00a0end")
    low = folded(text)
    assert low is not None
    for start in range(0, len(text), 3):
        for end in range(start, len(text) + 1, 5):
            if not low[start:end].isascii():
                continue
            for skip in (frozenset(), quotes):
                matches = [m for m in _ASCII_TOKEN.finditer(low, start, end) if m.group() not in skip]
                expected = ([m.group() for m in matches], list(map(Match.start, matches)), list(map(Match.end, matches)))
                assert token_arrays(text, start, end, skip) == expected


LIES_CASES = [
    "The ministry said reports of 40 civilian deaths were lies.",
    "Officials called the figure of 12 dead nothing but propaganda.",
    "The army said claims that 30 died were a FABRICATION by the rebels.",
    "Reports that 9 were killed are fake news, the spokesman said.",
    "Reports of 9 deaths were all lies",
    "The village, which lies near the border, lost 6 people.",
    "Nine people were killed, the ministry said.",
    "Officials described it as Lies.",
    "Officials dismissed the toll as propagandistic.",
    "Reports of 12 deaths are \u0130ies, he said.",  # non-ASCII: the regex decides
    "",
]


def test_lies_gate_equals_the_pattern() -> None:
    from marsad.lang.en.claims import LIES, SentenceRules
    from marsad.record import Document, Metadata, Sentence

    for text in LIES_CASES:
        doc = Document(id="t", text=text, meta=Metadata(format="text"))
        sentence = Sentence(id=0, start=0, end=len(text), paragraph=0, lang="en")
        rules = SentenceRules(doc, sentence, lexicon())
        assert rules._lies() == (LIES.search(text) is not None), text
