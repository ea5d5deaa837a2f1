"""Round 12 claim conventions: a wounded person's later death is a figure of its own, in both
languages; a war-wide total is background whatever its wording."""

from __future__ import annotations

from marsad.api import extract_text
from marsad.claims.scope import beyond_incident
from marsad.lang.ar.claims import claims_in_text


def _figures(claims: list) -> set[tuple]:
    return {(c.outcome, c.group, c.min, c.max, c.scope) for c in claims}


def test_wounded_who_died_and_the_toll_are_both_claims_en() -> None:
    doc = extract_text("Three of the wounded later died, bringing the number of deaths to ten.")
    assert _figures(doc.claims) == {("killed", "people", 3, 3, "incident"), ("killed", "people", 10, 10, "incident")}


def test_wounded_who_died_and_the_toll_are_both_claims_ar() -> None:
    claims = claims_in_text("وارتفعت الحصيلة إلى خمسة قتلى بعد وفاة أحد الجرحى في المستشفى")
    assert _figures(claims) == {("killed", "people", 5, 5, "incident"), ("killed", "people", 1, 1, "incident")}


def test_ceiling() -> None:
    assert beyond_incident(10_000, None) and beyond_incident(None, 25_000)
    assert not beyond_incident(9_999, 9_999) and not beyond_incident(None, None)


def test_war_total_with_no_cue_is_background() -> None:
    doc = extract_text("It has killed more than 60,000 people, according to aid groups.")
    assert {c.scope for c in doc.claims} == {"background"}
