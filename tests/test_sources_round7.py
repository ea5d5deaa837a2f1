"""Round 7 generalisation rules for attribution: an agency's own Arabic copy whose dateline carries a
date, a place before the outlet on a slash masthead, a "Name | date" masthead line, and the relative
pronoun "who" never read as the WHO (written for marsad, not taken from any corpus)."""

from __future__ import annotations

import pytest

from marsad.pipeline import run_pipeline
from marsad.record import Document, Metadata
from marsad.segment import segment
from marsad.sources import detect_outlet


def _outlet(text: str) -> list[str]:
    doc = Document(id="t", text=text, meta=Metadata())
    segment(doc)
    detect_outlet(doc)
    return doc.outlet.names() if doc.outlet is not None else []


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        # the agency's own copy: a dated Arabic dateline credits the agency that wrote it
        (
            "كسلا 3-4-2025 (سونا) - قالت الشرطة إن أربعة أشخاص قتلوا في حادث سير.\n\nوأضافت أن الجرحى نقلوا إلى المستشفى.",
            "Sudan News Agency",
        ),
        # "place/ outlet" on the masthead line over the copy
        (
            "دير البلح/ الأناضول\n\nقتل خمسة أشخاص في قصف على منزل.\n\nوقال مسعفون إن بين القتلى طفلين.",
            "Anadolu Agency",
        ),
        # "X staff | date": the outlet's own byline with the date
        (
            "LIVE | Shelling hits Tyre\n\nL'Orient Today staff | May 2, 2025\n\n"
            "10:05 - Two people were wounded, a civil defence source said.",
            "L'Orient Today",
        ),
        # "Name | date" under the headline
        (
            "Mortar fire kills two near Duhok, officials say\n\nRudaw English | 11-03-2025\n\n"
            "DUHOK - Mortar fire killed two shepherds on Sunday, a local official told Rudaw.",
            "Rudaw",
        ),
    ],
)
def test_outlet_from_dated_dateline_slash_masthead_or_pipe_line(text: str, outlet: str) -> None:
    assert outlet in _outlet(text)


def test_a_dated_dateline_of_an_unknown_word_names_no_agency() -> None:
    # near miss: a parenthesised word that is no agency
    text = "كسلا 3-4-2025 (محدث) - قالت الشرطة إن أربعة أشخاص قتلوا.\n\nوأضافت أن الجرحى نقلوا."
    assert "Sudan News Agency" not in _outlet(text)


def test_told_this_outlet_is_no_link_in_its_own_copy() -> None:
    text = (
        "كسلا 3-4-2025 (سونا) - قالت الشرطة إن أربعة أشخاص قتلوا في حادث سير.\n\n"
        "وقال شهود عيان لسونا إن بين القتلى ثلاثة أطفال."
    )
    doc = run_pipeline(Document(id="t", text=text, meta=Metadata()))
    chains = [[link.name for link in c.source] for c in doc.claims]
    assert chains and all("Sudan News Agency" not in ch for ch in chains)


def test_relative_who_is_not_the_world_health_organization() -> None:
    text = (
        "Shelling hits town\n\nTwo people were wounded, according to the clinic's head, Dr. Omar Said, "
        "who said the clinic had received three bodies."
    )
    doc = run_pipeline(Document(id="t", text=text, meta=Metadata()))
    names = {n for c in doc.claims for link in c.source for n in link.names()}
    assert "World Health Organization" not in names


def test_headline_signed_by_the_outlet_names_it_and_is_its_voice() -> None:
    text = (
        "الميادين: قتلى وجرحى في قصف على بلدة جنوبية\n\n"
        "أفاد مراسل الميادين بسقوط ثلاثة قتلى في القصف.\n\nوقال رئيس البلدية لـ«الميادين» إن بين الجرحى طفلين."
    )
    doc = run_pipeline(Document(id="t", text=text, meta=Metadata()))
    assert doc.outlet is not None and "Al Mayadeen" in doc.outlet.names()
    vague = [c for c in doc.claims if c.vague]
    assert vague and all(not c.source for c in vague)


def test_a_place_before_a_headline_colon_is_no_outlet() -> None:
    # near miss: "place: headline" names no outlet
    text = "غزة: قتلى وجرحى في قصف على منزل\n\nقالت مصادر طبية إن ثلاثة أشخاص قتلوا.\n\nوأضافت أن بين الجرحى طفلين."
    assert _outlet(text) == []


_NO_MASTHEAD = (
    "Shelling kills nine in Nyala market\n\nNYALA - May 4, 2025\n\n"
    "Shelling killed nine people in a market on Sunday, activists said.\n\n"
    "A nurse at the town hospital told {} that most of the wounded were women."
)


def test_a_report_without_masthead_is_the_outlet_its_sources_told() -> None:
    assert "Radio Dabanga" in _outlet(_NO_MASTHEAD.format("Radio Dabanga"))


@pytest.mark.parametrize("told", ["Reuters", "Al Jazeera and the BBC told Al Arabiya"])
def test_no_outlet_from_telling_a_wire_agency_or_several_outlets(told: str) -> None:
    # near misses: wire copy is reprinted everywhere; two outlets told name neither
    names = _outlet(_NO_MASTHEAD.format(told))
    assert "Reuters" not in names and "Al Jazeera" not in names and "Al Arabiya" not in names
