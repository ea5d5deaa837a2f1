"""The language-neutral claims engine: ranges, tokens, dedupe, merge_repeats, sentence rejoining."""

from __future__ import annotations

import re

import pytest

from marsad.claims import find_claims, joined_sentences, merge_repeats, retract_previous
from marsad.claims.merge import dedupe
from marsad.claims.quantity import Quantity, quantity
from marsad.claims.scope import in_blocks, link_blocks, shifted_event
from marsad.claims.text import parse_digits, tokenize
from marsad.record import Claim, Document, Half, Paragraph, Sentence, SourceLink, Span


@pytest.mark.parametrize(
    ("kind", "n", "upper", "expected"),
    [
        ("exact", 13, None, Quantity(13, 13)),
        ("at_least", 13, None, Quantity(13, None)),
        ("more_than", 13, None, Quantity(14, None)),
        ("up_to", 13, None, Quantity(None, 13)),
        ("less_than", 13, None, Quantity(None, 12)),
        ("about", 13, None, Quantity(13, 13, approx=True)),
        ("between", 10, 15, Quantity(10, 15)),
        ("between", 15, 10, Quantity(10, 15)),
        ("vague", None, None, Quantity(None, None, vague=True)),
        ("zero", None, None, Quantity(0, 0)),
    ],
)
def test_quantity(kind: str, n: int | None, upper: int | None, expected: Quantity) -> None:
    assert quantity(kind, n, upper) == expected


@pytest.mark.parametrize(("kind", "n"), [("exact", None), ("between", 3), ("sometimes", 3)])
def test_quantity_rejects_bad_input(kind: str, n: int | None) -> None:
    with pytest.raises(ValueError):
        quantity(kind, n)


@pytest.mark.parametrize(
    ("token", "value"),
    [("13", 13), ("2,800", 2800), ("٢٬٨٠٠", 2800), ("٢٨٠٠", 2800), ("۱۳", 13), ("37,000", 37000),
     ("2.5", None), ("abc", None), ("1,20", None)],
)
def test_parse_digits(token: str, value: int | None) -> None:
    assert parse_digits(token) == value


def test_tokenize_offsets_and_abbreviations() -> None:
    text = "No U.S. casualties; 2,800 dead."
    toks = tokenize(text)
    assert [t.text for t in toks] == ["No", "U.S.", "casualties", ";", "2,800", "dead", "."]
    assert all(text[t.start : t.end] == t.text for t in toks)


def _doc(text: str, sentences: list[tuple[int, int]], halves: list[int] | None = None) -> Document:
    paragraphs = [Paragraph(id=i, start=s, end=e, lang="en", half=(halves or [0] * len(sentences))[i])
                  for i, (s, e) in enumerate(sentences)]
    return Document(
        id="t", text=text, lang="en",
        paragraphs=paragraphs,
        sentences=[Sentence(id=i, start=s, end=e, lang="en", paragraph=i) for i, (s, e) in enumerate(sentences)],
        halves=[Half(lang="en", start=0, end=len(text))],
    )


def _claim(sentence: int, start: int, end: int, source: list[str] | None = None, **kw) -> Claim:
    base = {"lang": "en", "outcome": "killed", "group": "people", "min": 13, "max": 13}
    base.update(kw)
    return Claim(sentence=sentence, evidence=[Span(start=start, end=end)],
                 source=[SourceLink(name=n) for n in (source or [])], **base)


def test_merge_repeats_same_figure_same_chain() -> None:
    doc = _doc("13 killed. Later: 13 killed.", [(0, 10), (11, 28)])
    doc.claims = [_claim(0, 0, 9, ["Reuters"]), _claim(1, 18, 27, ["reuters"])]
    merge_repeats(doc)
    assert len(doc.claims) == 1
    assert [(s.start, s.end) for s in doc.claims[0].evidence] == [(0, 9), (18, 27)]


@pytest.mark.parametrize(
    ("second", "halves"),
    [
        ({"source": ["AFP"]}, [0, 0]),  # another source
        ({"source": ["Reuters", "SOHR"]}, [0, 0]),  # a longer chain
        ({"min": 14, "max": 14}, [0, 0]),  # another figure
        ({"outcome": "injured"}, [0, 0]),
        ({"group": "civilians"}, [0, 0]),
        ({"stance": "deny"}, [0, 0]),
        ({"scope": "background"}, [0, 0]),
        ({}, [0, 1]),  # the other language half
    ],
)
def test_merge_repeats_keeps_distinct(second: dict, halves: list[int]) -> None:
    doc = _doc("13 killed. Later: 13 killed.", [(0, 10), (11, 28)], halves)
    kw = {"source": ["Reuters"], **second}
    source = kw.pop("source")
    doc.claims = [_claim(0, 0, 9, ["Reuters"]), _claim(1, 18, 27, source, **kw)]
    merge_repeats(doc)
    assert len(doc.claims) == 2


def test_headline_repeating_body_merges() -> None:
    text = "Strike kills 13\n\nThe strike killed 13 people."
    doc = _doc(text, [(0, 15), (17, len(text))])
    find_claims(doc)
    assert len(doc.claims) == 2
    merge_repeats(doc)
    assert len(doc.claims) == 1 and len(doc.claims[0].evidence) == 2


def test_dedupe_drops_overlapping_twin_only() -> None:
    a = _claim(0, 0, 9)
    b = _claim(0, 3, 12)
    c = _claim(0, 20, 29)
    d = _claim(0, 0, 9, min=14, max=14)
    assert dedupe([a, b, c, d]) == [a, c, d]


@pytest.mark.parametrize(
    ("text", "cut", "joined"),
    [
        ("No U.S. service members were hurt.", 7, True),
        ("Gen. McKenzie said two died.", 4, True),
        ("Two died. Three were hurt.", 9, False),
    ],
)
def test_sentences_cut_at_abbreviations_are_joined(text: str, cut: int, joined: bool) -> None:
    doc = Document(id="t", text=text, lang="en",
                   paragraphs=[Paragraph(id=0, start=0, end=len(text), lang="en", half=0)],
                   sentences=[Sentence(id=0, start=0, end=cut, lang="en", paragraph=0),
                              Sentence(id=1, start=cut + 1, end=len(text), lang="en", paragraph=0)])
    got = joined_sentences(doc)
    assert (len(got) == 1) is joined
    if joined:
        assert (got[0].start, got[0].end) == (0, len(text))


def test_find_claims_numbers_ids_and_skips_unknown_language() -> None:
    text = "Five people were killed.\n\nБыло убито пять человек."
    doc = Document(id="t", text=text, lang="en",
                   paragraphs=[Paragraph(id=0, start=0, end=24, lang="en", half=0),
                               Paragraph(id=1, start=26, end=len(text), lang="other", half=0)],
                   sentences=[Sentence(id=0, start=0, end=24, lang="en", paragraph=0),
                              Sentence(id=1, start=26, end=len(text), lang="other", paragraph=1)])
    find_claims(doc)
    assert [(c.id, c.sentence, c.min) for c in doc.claims] == [("c0", 0, 5)]


def test_equal_figures_in_one_sentence_stay_two_claims() -> None:
    text = "Ten died, five of them Iraqis and five Iranians."
    doc = _doc(text, [(0, len(text))])
    doc.claims = [_claim(0, 10, 30, min=5, max=5), _claim(0, 35, 48, min=5, max=5)]
    merge_repeats(doc)
    assert len(doc.claims) == 2


@pytest.mark.parametrize("text", ["Number of injuries:\n174,231", "Number of martyrs\n: 4"])
def test_label_and_value_on_two_lines_are_joined(text: str) -> None:
    cut = text.index("\n")
    doc = Document(id="t", text=text, lang="en",
                   paragraphs=[Paragraph(id=0, start=0, end=len(text), lang="en", half=0)],
                   sentences=[Sentence(id=0, start=0, end=cut, lang="en", paragraph=0),
                              Sentence(id=1, start=cut + 1, end=len(text), lang="en", paragraph=0)])
    find_claims(doc)
    assert [(c.outcome, c.min, c.max) for c in doc.claims] in ([("injured", 174231, 174231)], [("killed", 4, 4)])


@pytest.mark.parametrize(
    "text",
    ["", "   ", ".", "killed", "13", "At least", "between 5 and", "İstanbul: 3 killed.", "no", "a", "killed killed 5 5",
     "The toll rose from to.", "Q: how many died?\n\nA: ", "dozens of of of killed", "1,000,000,000 people died.",
     "٣ قتلى and 4 dead"],
)
def test_odd_input_gives_valid_claims(text: str) -> None:
    from marsad.segment import segment

    doc = Document(id="t", text=text)
    segment(doc)
    find_claims(doc)
    for c in doc.claims:
        assert c.evidence and 0 <= c.evidence[0].start < c.evidence[0].end <= len(text)
        assert (c.min is None and c.max is None) if c.vague else (c.min is not None or c.max is not None)
        assert c.min is None or c.max is None or c.min <= c.max


# ---------------------------------------------------------------- scope and retraction
_MARKER = re.compile(r"^(?:read more|related|more from [^\n]+)\s*:?\s*$", re.IGNORECASE | re.MULTILINE)


@pytest.mark.parametrize(
    ("text", "inside", "outside"),
    [
        ("Body: 12 killed.\n\nRead more\nTwo killed in blast\nFive hurt in crash\n\nUpdated: today", "Five hurt", "Updated"),
        ("Story text.\nRelated\n\nThree dead in raid\n", "Three dead", "Story"),
        ("Lead: 4 killed.\n\nMore from The Daily\nOil prices rise\n", "Oil prices", "Lead"),
    ],
)
def test_link_blocks(text: str, inside: str, outside: str) -> None:
    blocks = link_blocks(text, _MARKER)
    assert in_blocks(text.index(inside), blocks)
    assert not in_blocks(text.index(outside), blocks)


def test_link_blocks_none_without_marker() -> None:
    assert link_blocks("Read more about the war in our archive.\nNothing else.", _MARKER) == []


_SHIFT = re.compile(r"^(?:hours earlier|earlier in the day)(?=\s*,)", re.IGNORECASE)
_ATTACK = re.compile(r"\b(?:an?|another)\s+(?:\w+\s+){0,3}?(?:strike|drone|raid)\b", re.IGNORECASE)


@pytest.mark.parametrize(
    ("sentence", "other"),
    [
        ("Hours earlier, a strike on a car killed three people.", True),
        ("Earlier in the day, an Israeli drone hit a motorbike.", True),
        ("Hours earlier, the ministry said the toll was 12.", False),  # no new attack: a toll update
        ("A strike on a car killed three people.", False),  # no time shift
    ],
)
def test_shifted_event(sentence: str, other: bool) -> None:
    assert shifted_event(sentence, _SHIFT, _ATTACK) is other


@pytest.mark.parametrize(("gap", "denied"), [(1, True), (2, True), (3, False)])
def test_retract_previous_marks_recent_figures_denied(gap: int, denied: bool) -> None:
    n = gap + 1
    doc = _doc("x" * (10 * n), [(10 * i, 10 * i + 9) for i in range(n)])
    figure = _claim(0, 0, 5)
    vague = _claim(0, 0, 5, vague=True, min=None, max=None)
    doc.claims = [figure, vague]
    retract_previous(doc, doc.sentences[gap])
    assert (figure.stance == "deny") is denied
    assert vague.stance == "assert"  # "that figure" takes back figures, not vague mentions


@pytest.mark.parametrize(
    ("second", "halves", "side"),
    [
        ({}, [0, 0], "Hamas"),  # the same figure of fighters elsewhere names their side
        ({"min": 6, "max": 6}, [0, 0], None),  # another figure: no side to share
        ({"outcome": "injured"}, [0, 0], None),
        ({}, [0, 1], None),  # the other language half
        ({"vague": True, "min": None, "max": None}, [0, 0], None),  # a vague claim is no figure
    ],
)
def test_share_sides_fills_the_same_figure(second: dict, halves: list[int], side: str | None) -> None:
    doc = _doc("5 Hamas fighters killed. Later: 5 gunmen killed.", [(0, 24), (25, 48)], halves)
    doc.claims = [_claim(0, 0, 23, ["IDF"], group="combatants", side="Hamas", min=5, max=5),
                  _claim(1, 32, 47, ["AFP"], **{"group": "combatants", "min": 5, "max": 5, **second})]
    merge_repeats(doc)
    assert doc.claims[-1].side == side


def test_share_sides_needs_one_side() -> None:
    doc = _doc("5 killed. 5 killed. 5 killed.", [(0, 9), (10, 19), (20, 29)])
    doc.claims = [_claim(0, 0, 8, ["A"], group="combatants", side="Hamas", min=5, max=5),
                  _claim(1, 10, 18, ["B"], group="combatants", side="Hezbollah", min=5, max=5),
                  _claim(2, 20, 28, ["C"], group="combatants", min=5, max=5)]
    merge_repeats(doc)
    assert doc.claims[-1].side is None
