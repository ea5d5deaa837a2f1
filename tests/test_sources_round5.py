"""Round 5 generalisation rules for attribution: links built from the right words, and an agency's
own copy (written for marsad, not taken from any corpus)."""

from __future__ import annotations

import pytest

from marsad.record import Document, Metadata
from marsad.segment import segment
from marsad.sources import detect_outlet
from marsad.sources.lexicon import norm_key
from marsad.sources.links import LinkContext, make_link


@pytest.mark.parametrize(
    ("phrase", "lang", "name"),
    [
        # a possessive ends a known body's name; the branch is no part of it
        ("The Sudanese Red Crescent's Kassala branch", "en", "Sudanese Red Crescent"),
        # a capitalised body that only begins with a known one ("UN") is its own body
        ("the UN Verification Mission in Colombia", "en", "UN Verification Mission in Colombia"),
        # "and" inside a proper name, with its abbreviation
        (
            "The National Security and Intelligence Service (NSIS)",
            "en",
            "National Security and Intelligence Service",
        ),
        # a role, then the person between commas; a title glued to a name is split off
        ("المستشار القانوني لقوات الدعم السريع، محمد عبد الرحيم", "ar", "محمد عبد الرحيم"),
        ("ضابط الشرطة أحمد علي فارح", "ar", "أحمد علي فارح"),
        # a person, then a description of them: the person
        ("الشيخ حسن إبراهيم، أحد وجهاء القرية", "ar", "حسن إبراهيم"),
        # a group named with the group it is linked to keeps its own name
        ("حركة الشباب المرتبطة بتنظيم القاعدة", "ar", "al-Shabaab"),
        ("ميليشيا درع الشرق الموالية للجيش", "ar", "ميليشيا درع الشرق"),
        # ... but a branch belonging to a body is that body's
        ("تنظيم ولاية سيناء التابع لداعش", "ar", "Islamic State"),
        # أبو after an indefinite noun in construct is a place completing the body, not a person
        ("المتحدث باسم لجان مقاومة أبو سليم", "ar", "لجان مقاومة أبو سليم"),
        ("المتحدث باسم لجان مقاومة أبو سليم محمد حسن", "ar", "محمد حسن"),
        # accusative heads after لكن / إن
        ("مصدراً عسكرياً", "ar", "military source"),
    ],
)
def test_link_names(phrase: str, lang: str, name: str) -> None:
    link = make_link(phrase, lang, LinkContext())
    assert link is not None
    assert norm_key(name) in {norm_key(n) for n in link.names()}, (link.name, link.aliases)


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        (
            "Floods kill 12 in Beledweyne\n\nBELEDWEYNE, Somalia (AP) — Floods killed 12 people.",
            "Associated Press",
        ),
        ("Shelling kills 9\n\nKHARTOUM, June 2 (Reuters) - Shelling killed nine people.", "Reuters"),
        ("قصف يقتل 9\n\nالخرطوم (رويترز) - قتل تسعة أشخاص في قصف.", "Reuters"),
    ],
)
def test_agency_dateline_alone_names_the_outlet(text: str, outlet: str) -> None:
    doc = Document(id="t", text=text, meta=Metadata())
    segment(doc)
    detect_outlet(doc)
    assert doc.outlet is not None and doc.outlet.name == outlet


def test_masthead_keeps_the_agency_as_credited_copy() -> None:
    text = "The Levant Daily\nWorld | Africa\n\nKHARTOUM, June 2 (Reuters) - Shelling killed nine people."
    doc = Document(id="t", text=text, meta=Metadata())
    segment(doc)
    detect_outlet(doc)
    assert doc.outlet is not None and doc.outlet.name != "Reuters"
