"""Round 5 (blind held-out findings): sides from the report's places, not from facility names."""

from __future__ import annotations

from marsad.api import extract_text


def _claims(text: str) -> list[tuple]:
    doc = extract_text(text)
    return [(c.outcome, c.group, c.side, c.min, c.max, c.vague, c.stance, c.scope) for c in doc.claims]


def test_place_inside_a_facility_name_gives_no_side() -> None:
    # "Madina" opens the hospital's name: it says nothing of whose police these are
    got = _claims("Officials said two police officers were among the dead. Doctors at Madina Hospital treated the wounded.")
    assert got == [("killed", "soldiers", None, 2, 2, False, "assert", "incident")]


def test_a_state_named_itself_is_the_reports_country() -> None:
    got = _claims("Police said the dead included three police officers guarding a checkpoint in Somalia.")
    assert ("killed", "soldiers", "Somalia", 3, 3, False, "assert", "incident") in got


def test_arabic_facility_nationality_is_not_a_side() -> None:
    text = "قال مصدر في المستشفى السعودي إن 12 شخصاً قتلوا.\n\nوقالت المصادر إن القصف قتل عدداً من الجنود في الفاشر."
    got = _claims(text)
    assert ("killed", "soldiers", "Sudan", None, None, True, "assert", "incident") in got
    assert all(c[2] != "Saudi Arabia" for c in got)
