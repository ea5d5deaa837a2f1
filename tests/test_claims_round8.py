"""Round 8 claim rules that need more than one sentence of context."""

from __future__ import annotations

from marsad.api import extract_text


def _claims(text: str) -> list[tuple]:
    doc = extract_text(text)
    return sorted((c.outcome, c.group, c.side, c.min, c.max, c.stance) for c in doc.claims if c.scope == "incident")


def test_retracted_figure_takes_the_group_of_the_figure_it_takes_back() -> None:
    text = ("A local official said five policemen were killed in the ambush in Baghdad.\n\n"
            "He later called back: \"We first thought it was five. The correct number is three martyrs.\"")
    got = _claims(text)
    assert ("killed", "soldiers", "Iraq", 5, 5, "deny") in got
    assert ("killed", "soldiers", "Iraq", 5, 5, "assert") in got
    assert ("killed", "soldiers", "Iraq", 3, 3, "assert") in got


def test_retraction_without_an_earlier_figure_is_killed_people() -> None:
    got = _claims("\"We originally believed the toll was six,\" the mayor said.")
    assert got == [("killed", "people", None, 6, 6, "deny")]


def test_fighters_take_the_side_of_the_group_that_claimed_the_attack() -> None:
    text = ("Police said two gunmen were killed when guards returned fire at the checkpoint.\n\n"
            "Boko Haram claimed responsibility in a statement on Sunday.")
    assert ("killed", "combatants", "Boko Haram", 2, 2, "assert") in _claims(text)


def test_no_claimed_attack_leaves_fighters_without_side() -> None:
    text = "Police said two gunmen were killed when guards returned fire at the checkpoint."
    assert _claims(text) == [("killed", "combatants", None, 2, 2, "assert")]
