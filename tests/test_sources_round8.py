"""Round 8 generalisation rules for attribution (written for marsad, not taken from any corpus): AFP's
dateline with the territory in brackets, a headline prefix that is the event and not a speaker, a body's
own press release condemning "in the strongest terms", a pronoun after a new live-blog entry, the
subject of a progressive "is reporting", and a regional ministry."""

from __future__ import annotations

import pytest

from marsad.pipeline import run_pipeline
from marsad.record import Document, Metadata
from marsad.segment import segment
from marsad.sources import detect_outlet
from marsad.sources.links import LinkContext, make_link


def _outlet(text: str) -> list[str]:
    doc = Document(id="t", text=text, meta=Metadata())
    segment(doc)
    detect_outlet(doc)
    return doc.outlet.names() if doc.outlet is not None else []


def _chains(text: str) -> dict[str, list[str]]:
    doc = run_pipeline(Document(id="t", text=text, meta=Metadata()))
    return {doc.text[c.evidence[0].start : c.evidence[0].end]: [lk.name for lk in c.source] for c in doc.claims}


def test_afp_dateline_with_the_territory_in_brackets_is_afp_copy() -> None:
    text = (
        "Drone strike kills two near Tubas\n\n"
        "Tubas (Palestinian Territories) (AFP) - A drone strike killed two men near Tubas on Monday, "
        "the Palestinian Red Crescent said."
    )
    assert "Agence France-Presse" in _outlet(text)
    chains = _chains(text)
    assert chains and all("Agence France-Presse" not in ch for ch in chains.values())


def test_a_bracketed_territory_without_an_agency_names_no_outlet() -> None:
    # near miss: "(Palestinian Territories)" then a word that is no agency
    text = "Drone strike kills two\n\nTubas (Palestinian Territories) (Update) - A drone strike killed two men."
    assert "Agence France-Presse" not in _outlet(text)


def test_event_noun_before_a_headline_colon_is_no_speaker() -> None:
    text = (
        "شبكة أطباء السودان\nبيان صحفي\n\n"
        "مجزرة جديدة لقوات الدعم السريع في نيالا: ١٢ قتيلاً مدنياً\n\n"
        "تدين شبكة أطباء السودان بأقسى العبارات القصف الذي طال سوق المدينة صباح اليوم، "
        "وقد أسفر عن مقتل ١٢ مدنياً وإصابة ٢٠ آخرين."
    )
    chains = _chains(text)
    assert chains and all(ch == [] for ch in chains.values()), chains


def test_a_body_named_in_a_headline_with_a_speaker_head_still_speaks() -> None:
    # near miss: a source's own name before the colon is its headline voice
    text = "الدفاع المدني: ٧ قتلى في قصف على سوق نيالا\n\nقال الدفاع المدني إن سبعة أشخاص قتلوا في القصف."
    chains = _chains(text)
    assert any(ch for ch in chains.values())


def test_pronoun_after_a_new_live_blog_entry_takes_the_sentence_before() -> None:
    text = (
        "LIVE: Blast hits market town\n\n10:05 GMT\n\n"
        "Samir Haddad, a local councillor, told us three people died in the blast.\n\n11:30 GMT\n\n"
        "Mr Haddad has called back. He now says five people died."
    )
    chains = _chains(text)
    five = [ch for ev, ch in chains.items() if "five" in ev]
    assert five and five[0] == ["Samir Haddad"], chains


def test_progressive_reporting_keeps_the_cited_sources() -> None:
    text = (
        "LIVE: Shelling on the border\n\n16:20 GMT\n\n"
        "Al Jazeera, citing two medical sources, is reporting seven people dead in the shelling."
    )
    chains = _chains(text)
    assert ["Al Jazeera", "medical sources"] in chains.values(), chains


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("the health ministry of South Darfur state", "South Darfur health ministry"),
        ("the North Darfur health ministry", "North Darfur health ministry"),
        ("وزارة الصحة بولاية جنوب دارفور", "South Darfur health ministry"),
        ("the health ministry", "Ministry of Health"),  # near miss: the national ministry
        ("the Palestinian health ministry", "Gaza Ministry of Health"),  # near miss: a known body
    ],
)
def test_regional_ministry(phrase: str, name: str) -> None:
    lang = "ar" if phrase[0] > "\u0600" else "en"
    link = make_link(phrase, lang, LinkContext(outlet=None, text=""))
    assert link is not None and link.name == name


def test_spokesman_of_a_known_body_is_that_body() -> None:
    link = make_link("the spokesman of the Sudanese army", "en", LinkContext(outlet=None, text=""))
    assert link is not None and link.name == "Sudanese Armed Forces" and link.kind == "spokesperson"
    # near miss: a spokesman of no known body keeps the phrase
    other = make_link("the spokesman of the town council", "en", LinkContext(outlet=None, text=""))
    assert other is None or other.name != "Sudanese Armed Forces"


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        # the agency's own dateline on a line of its own, with no spaces round the dash
        ("انفجار يقتل خمسة\n\nحمص-سانا\n\nقتل خمسة أشخاص في انفجار عبوة ناسفة.", "SANA"),
        # an outlet's own Arabic dateline with a tatweel dash and guillemets
        ("غارة تقتل خمسة\n\nصيدا ـ «القدس العربي»: قتل خمسة أشخاص في غارة على سيارة.", "Al-Quds Al-Arabi"),
        # AFP's Arabic dateline with the country in brackets
        ("غارة تقتل خمسة\n\nصور (لبنان) (أ ف ب) - قتل خمسة أشخاص في غارة على سيارة.", "Agence France-Presse"),
    ],
)
def test_outlet_from_its_own_dateline(text: str, outlet: str) -> None:
    assert outlet in _outlet(text)


def test_a_place_in_brackets_is_no_outlet_alias() -> None:
    # near miss: "(KADUGLI)" in a dateline is the place, not an abbreviation of the outlet
    names = _outlet("Sudan Tribune\n\nShelling kills five\n\nJune 3, 2025 (KADUGLI) - Five people were killed.")
    assert "Sudan Tribune" in names and not any(n.upper() == "KADUGLI" for n in names)
