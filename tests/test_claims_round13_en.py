"""Round 13 English claim rules: crews and seafarers, burns, lists of the dead by nationality,
named victims, 'killed or wounded' zeros, denials of 'any' casualties, and dated past attacks."""

from __future__ import annotations

from claim_rows import claim_rows

from marsad.api import extract_text


def _figures(text: str) -> set[tuple]:
    return set(claim_rows(text, ("outcome", "group", "min", "max", "vague", "stance", "scope")))


def test_seafarers_are_people() -> None:
    assert _figures("A second mariner died of his wounds overnight.") == {
        ("killed", "people", 1, 1, False, "assert", "incident")}
    assert _figures("Three seafarers were hurt when the cargo hold caught fire.") == {
        ("injured", "people", 3, 3, False, "assert", "incident")}


def test_burns_are_injuries() -> None:
    assert _figures("Five dockworkers and two crew members suffered burns.") >= {
        ("injured", "people", 2, 2, False, "assert", "incident")}


def test_list_of_the_dead_by_nationality() -> None:
    assert _figures("The four dead were two Pakistanis and an Indonesian cook.") == {
        ("killed", "people", 4, 4, False, "assert", "incident"),
        ("killed", "people", 2, 2, False, "assert", "incident"),
        ("killed", "people", 1, 1, False, "assert", "incident")}


def test_identified_victims_are_the_dead() -> None:
    got = _figures("Officials said the victims had been identified, among them a farmer, Omar Khalid Said, "
                   "and his two sons, and that eight of the injured remained in hospital.")
    assert got == {("killed", "people", 1, 1, False, "assert", "incident"),
                   ("killed", "people", 2, 2, False, "assert", "incident"),
                   ("injured", "people", 8, 8, False, "assert", "incident")}


def test_no_one_killed_or_wounded_is_two_zeros() -> None:
    assert _figures("The navy said no sailors were killed or wounded.") == {
        ("killed", "soldiers", 0, 0, False, "assert", "incident"),
        ("injured", "soldiers", 0, 0, False, "assert", "incident")}


def test_denial_of_any_casualties_is_a_vague_denial() -> None:
    assert _figures("The group repeated its denial of any deaths among the passengers.") == {
        ("killed", "people", None, None, True, "deny", "incident")}


def test_speaker_after_a_denial_is_no_victim() -> None:
    got = _figures("The company denied any injuries among the staff, and a member of its board, "
                   "Ali Hassan, said the fire was small.")
    assert got == {("injured", "people", None, None, True, "deny", "incident")}


def test_attack_years_ago_is_background() -> None:
    assert _figures("A bombing at the same checkpoint four years ago killed nine policemen.") == {
        ("killed", "soldiers", 9, 9, False, "assert", "background")}


def test_quoted_headline_repeats_the_body_quote() -> None:
    text = ("Live: fire at the port\n\n09:20 GMT - 'Scores of injured in the square'\n"
            "A nurse told reporters she had seen \"scores of injured people in the square, most of them young\".\n")
    doc = extract_text(text)
    assert [doc.span_text(c.evidence[0]) for c in doc.claims if c.group == "people"] == ["scores of injured people"]


def test_quoted_headline_with_no_body_quote_stays() -> None:
    doc = extract_text("Live: fire at the port\n\n09:20 GMT - 'Scores of injured in the square'\nThe fire is out.\n")
    assert [(c.outcome, c.vague) for c in doc.claims] == [("injured", True)]


def test_victim_before_the_attribution_is_kept() -> None:
    assert _figures("The raid killed two soldiers and a member of the militia, the army said.") == {
        ("killed", "soldiers", 2, 2, False, "assert", "incident"),
        ("killed", "combatants", 1, 1, False, "assert", "incident")}
