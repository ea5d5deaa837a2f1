"""Round 9 generalisation rules for attribution and the outlet (written for marsad, not taken from any
corpus): an official statement's letterhead is the outlet, an agency credit after the dateline's dash,
a known body's own media office, a toll raised with no subject said, "In a ..." is no abbreviation."""

from __future__ import annotations

import pytest
from test_sources_examples import chain_for

from marsad.record import Claim, Document, Metadata, Span
from marsad.segment import segment
from marsad.sources import attribute_claims, detect_outlet
from marsad.sources.lexicon import norm_key
from marsad.sources.links import LinkContext, make_link

_STATEMENT_AR = """المملكة الأردنية الهاشمية
وزارة الصحة
مركز إدارة الأزمات الصحية

بيان صحفي
عمان في 3 آذار 2025

أعلن مركز إدارة الأزمات الصحية التابع لوزارة الصحة أن حادث السير على الطريق الصحراوي أدى إلى وفاة خمسة مواطنين وإصابة 12 آخرين.

وأوضح المركز أن بين المصابين ثلاثة أطفال.
"""

_STATEMENT_EN = """State of Kuwait
Ministry of Interior
General Department of Security Media

Press release
Kuwait City, 3 March 2025

The General Department of Security Media of the Ministry of Interior said that four people died in the fire.

The Department added that two firefighters were hurt.
"""

_NOT_LETTERHEAD = """Republic of Sudan says 20 killed in market strike

By Staff Writer
3 March 2025

The army said 20 people were killed when a drone hit the market.
"""


def _doc(text: str) -> Document:
    doc = Document(id="t", text=text, meta=Metadata())
    segment(doc)
    detect_outlet(doc)
    return doc


def test_letterhead_names_the_outlet() -> None:
    doc = _doc(_STATEMENT_AR)
    assert doc.outlet is not None
    keys = {norm_key(n) for n in doc.outlet.names()}
    assert norm_key("وزارة الصحة") in keys and norm_key("مركز إدارة الأزمات الصحية") in keys
    assert norm_key("المملكة الأردنية الهاشمية") not in keys  # the state line is no publisher


@pytest.mark.parametrize(
    ("text", "evidence", "lang"),
    [
        (_STATEMENT_AR, "وفاة خمسة مواطنين", "ar"),  # the body under its letterhead: its own voice
        (_STATEMENT_AR, "ثلاثة أطفال", "ar"),  # "المركز" points back to the letterhead's centre
        (_STATEMENT_EN, "four people", "en"),
        (_STATEMENT_EN, "two firefighters", "en"),
    ],
)
def test_letterhead_body_speaks_as_outlet(text: str, evidence: str, lang: str) -> None:
    assert chain_for(text, evidence, lang) == []


def test_headline_with_state_word_is_no_letterhead() -> None:
    doc = _doc(_NOT_LETTERHEAD)
    assert doc.outlet is None or "Republic" not in doc.outlet.name


@pytest.mark.parametrize(
    ("text", "evidence", "want"),
    [
        # a newspaper carrying agency copy credited after the dateline's dash: the agency heads every chain
        (
            "Al-Quds Al-Arabi\nHome > World\n\nFunerals in Jenin\n\n2 May 2025\n\n"
            "JENIN (West Bank) - (AFP): Three men were killed overnight, the health ministry said.\n",
            "Three men",
            ["Agence France-Presse", "Ministry of Health"],
        ),
        (
            "القدس العربي\nالرئيسية > العالم\n\nتشييع في جنين\n\n2 أيار 2025\n\n"
            "جنين (الضفة الغربية) - (أ ف ب): قُتل ثلاثة شبان ليلاً، بحسب وزارة الصحة.\n",
            "ثلاثة شبان",
            ["Agence France-Presse", "Ministry of Health"],
        ),
    ],
)
def test_agency_credit_after_dash(text: str, evidence: str, want: list[str]) -> None:
    got = chain_for(text, evidence, "ar" if evidence[0] > "z" else "en")
    assert len(got) == len(want)
    assert norm_key(want[0]) in {norm_key(n) for n in got[0]}
    assert norm_key(want[1]) in {norm_key(n) for n in got[1]}  # (the dateline's place is no speaker)


@pytest.mark.parametrize(
    ("phrase", "lang", "name"),
    [
        ("Hamas's media office", "en", "Hamas"),  # a body's own media arm is that body
        ("The Kassala State Ministry of Health", "en", "Kassala State Ministry of Health"),
        ("the health ministry of Kassala state", "en", "Kassala health ministry"),
        ("مجموعة محامو الطوارئ", "ar", "Emergency Lawyers"),  # a known body with its descriptor word
        ("مصدرين في الشرطة", "ar", "police sources"),  # a dual source with its qualifier
    ],
)
def test_links(phrase: str, lang: str, name: str) -> None:
    link = make_link(phrase, lang, LinkContext(outlet=None, text=phrase))
    assert link is not None and link.name == name


def test_in_a_is_no_abbreviation() -> None:
    link = make_link("In a statement", "en", LinkContext(outlet=None, text=""))
    assert link is None or link.name != "Iraqi News Agency"


def test_denial_of_what_the_other_side_put_about() -> None:
    """ "نفى X ما تداولته Y عن ...": the denial is X's, the claim it rejects is Y's."""
    text = "ونفى الجيش ما تداولته حسابات مقربة من الحوثيين عن مقتل 20 جندياً في الكمين."
    evidence = "مقتل 20 جندياً"
    doc = _doc(text)
    start = text.index(evidence)
    sent = doc.sentence_at(start)
    claims = [
        Claim(
            id=f"c{i}",
            lang="ar",
            outcome="killed",
            group="soldiers",
            stance=stance,
            evidence=[Span(start=start, end=start + len(evidence))],
            sentence=sent.id if sent else None,
        )
        for i, stance in enumerate(("assert", "deny"))
    ]
    doc.claims = claims
    attribute_claims(doc)
    assert [lk.name for lk in doc.claims[0].source] == ["Houthis"]
    assert [lk.name for lk in doc.claims[1].source] != ["Houthis"]


def test_bare_description_introduced_with_a_name() -> None:
    text = (
        "Officials blamed the paramilitary Rapid Support Forces for the shelling. "
        "The paramilitary later said that 12 of its men had been killed."
    )
    got = chain_for(text, "12 of its men", "en")
    assert got and got[0][0] == "Rapid Support Forces"
    # a description the text never tied to a name stays as written
    got = chain_for("The militia later said that 12 of its men had been killed.", "12 of its men", "en")
    assert got and got[0][0] != "Rapid Support Forces"


def test_two_stacked_body_lines_are_a_letterhead() -> None:
    """No state line: "وزارة الصحة / مركز الطوارئ" over a statement still names the issuing bodies."""
    text = (
        "وزارة الصحة العامة\nمركز عمليات طوارئ الصحة العامة\n\nبيان\nبيروت في 3 آذار 2025\n\n"
        "أعلن مركز عمليات طوارئ الصحة العامة التابع لوزارة الصحة العامة أن الغارة أدت إلى استشهاد خمسة مواطنين.\n\n"
        "وأوضح المركز أن بين الجرحى ثلاثة أطفال.\n"
    )
    assert chain_for(text, "خمسة مواطنين", "ar") == []
    assert chain_for(text, "ثلاثة أطفال", "ar") == []
    # a masthead over a section line is no letterhead
    doc = _doc("Al Jazeera\nNews | Middle East\n\nStrike kills five\n\n3 March 2025\n\nThe ministry said five died.\n")
    assert doc.outlet is not None and doc.outlet.rule != "outlet.letterhead"
