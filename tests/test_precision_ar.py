"""Precision rules read on real Arabic newspaper text, through the whole pipeline (several sentences)."""

from __future__ import annotations

from claim_rows import claim_rows

from marsad.api import extract_text


def _claims(text: str) -> list[tuple]:
    return sorted(claim_rows(text, ("outcome", "group", "min", "stance", "scope")))


def test_denied_accusation_is_no_denied_toll() -> None:
    text = "وقتل 5 مدنيين في الغارة. ويتهم معارضون الحكومة بدعم الميليشيا سرا، فيما تنفي الحكومة ذلك."
    assert _claims(text) == [("killed", "civilians", 5, "assert", "incident")]


def test_earlier_year_is_background_but_hijri_date_is_not() -> None:
    text = ("الرياض 12 شوال 1436 هـ الموافق 28 يوليو 2015 م\n"
            "وقتل 4 جنود في هجوم على نقطة حدودية اليوم.\n"
            "وكان هجوم مماثل عام 2012 قد أودى بحياة 9 أشخاص.")
    assert _claims(text) == [("killed", "people", 9, "assert", "background"),
                             ("killed", "soldiers", 4, "assert", "incident")]


def test_a_number_that_is_no_year_keeps_its_scope() -> None:
    text = "وقالت الوكالة إن المدرسة كانت تؤوي نحو 1200 نازح، وإن اثنين من موظفيها قتلا في الغارة. وذلك في 2024."
    assert ("killed", "people", 2, "assert", "incident") in _claims(text)


def test_official_toll_is_an_unnamed_official_source() -> None:
    doc = extract_text("وأدان الوزير سامي خليل التفجير. وأفادت حصيلة رسمية بمقتل 14 شخصا في السوق.")
    (claim,) = [c for c in doc.claims if c.min == 14]
    assert [(link.name, link.kind) for link in claim.source] == [("official toll", "anonymous")]
