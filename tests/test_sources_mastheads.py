"""Outlet detection from mastheads and datelines the earlier rules missed (texts written for marsad)."""

from __future__ import annotations

import pytest

from marsad.record import Document, Metadata
from marsad.segment import segment
from marsad.sources import detect_outlet

CASES = [
    # a masthead line between the headline and a date line
    (
        "Aleppo: toll of the strike rises to 9\n\nBBC News Arabic\n16 March 2025\n\nThe Civil Defence said nine people were killed.\n",
        "BBC",
    ),
    (
        "Aden: two killed in shelling\n\nCNN Arabic\n2 May 2025\n\nTwo people were killed on Friday, residents said.\n",
        "CNN",
    ),
    # "<place> – <outlet>" over a date line
    (
        "Toll rises in Aden market shelling\n\nAden – Al Jazeera Net\n9/8/2025\n\nNine people were killed, medics said.\n",
        "Al Jazeera",
    ),
    (
        "ارتفاع حصيلة القصف على سوق عدن\n\nعدن – الجزيرة نت\n9/8/2025\n\nقال مسعفون إن تسعة أشخاص قتلوا.\n",
        "Al Jazeera",
    ),
    # "<outlet> / <place> – <date>"
    (
        "Two police killed in Mosul blast\n\nShafaq News / Mosul – Monday, 20 May 2025 – 21:05\n\nTwo policemen were killed.\n",
        "Shafaq News",
    ),
    # a full name with its abbreviation, in parentheses or after a dash
    (
        "وكالة الأنباء العراقية (واع)\nالرئيسية | أمن\n\nمقتل شرطيين في الموصل\n\nقتل شرطيان في انفجار.\n",
        "Iraqi News Agency",
    ),
    (
        "الوكالة العربية السورية للأنباء - سانا\nالرئيسية | محليات\n\nمقتل خمسة مدنيين\n\nقتل خمسة مدنيين في القصف.\n",
        "SANA",
    ),
    # a glued "نت"
    ("العربية.نت\nالرئيسية | عاجل\n\nمقتل ثلاثة أطفال\n\nقتل ثلاثة أطفال في الغارة.\n", "Al Arabiya"),
]

NOT_OUTLETS = [
    # a person's byline over a date is no masthead
    "Aden: two killed in shelling\n\nJohn Smith\n2 May 2025\n\nTwo people were killed on Friday, residents said.\n",
    # a place over a date is no masthead, and a headline is no outlet
    "Two killed in shelling\n\nAden\n2 May 2025\n\nTwo people were killed on Friday, residents said.\n",
]


def _outlet(text: str) -> list[str] | None:
    doc = Document(id="t", text=text, meta=Metadata())
    segment(doc)
    detect_outlet(doc)
    return doc.outlet.names() if doc.outlet else None


@pytest.mark.parametrize(("text", "outlet"), CASES)
def test_masthead_outlet(text: str, outlet: str) -> None:
    assert outlet in (_outlet(text) or [])


@pytest.mark.parametrize("text", NOT_OUTLETS)
def test_no_outlet_from_bylines_or_places(text: str) -> None:
    assert _outlet(text) is None
