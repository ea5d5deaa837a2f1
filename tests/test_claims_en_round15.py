"""Round-15 English claim rules (claims_amend.py; own-words cases, the examples file holds more)."""

from __future__ import annotations

from claim_rows import claim_rows


def _claims(text: str) -> list[tuple]:
    return sorted(claim_rows(text, ("outcome", "group", "side", "min", "max", "vague", "scope")), key=repr)


def test_wounded_who_died_are_killed() -> None:
    assert _claims("Injured boy dies in hospital") == [("killed", "children", None, 1, 1, False, "incident")]
    assert _claims("Five people wounded in the attack on the checkpoint died later, medics said.") == \
        [("killed", "people", None, 5, 5, False, "incident")]
    # the wounded stay wounded when another clause tells of a death
    got = _claims("Six people were wounded and two men were killed in the blast.")
    assert ("injured", "people", None, 6, 6, False, "incident") in got


def test_one_of_the_n_wounded_died() -> None:
    assert _claims("One of the three wounded died at dawn, the clinic said.") == \
        [("killed", "people", None, 1, 1, False, "incident")]


def test_since_across_while_clause() -> None:
    got = _claims("The office says 250 people have been killed while fetching water since early April.")
    assert got == [("killed", "people", None, 250, 250, False, "background")]


def test_dead_predicate_force() -> None:
    assert _claims("The ministry says all the dead were Houthi fighters.") == \
        [("killed", "combatants", "Houthis", None, None, True, "incident")]
    got = _claims("Hamas said none of the dead were its fighters.")
    assert got == [("killed", "combatants", "Hamas", 0, 0, False, "incident")]


def test_of_them_opening_and_repeat() -> None:
    got = _claims("The minibus carried eight workers. Four of them were killed outright.")
    assert got == [("killed", "people", None, 4, 4, False, "incident")]
    got = _claims("Nine people were killed in the strike. Of the nine people killed, two were women.")
    assert sorted(g[3] for g in got) == [2, 9]


def test_headline_people_and_hit() -> None:
    assert _claims("Shepherds killed near the border fence") == [("killed", "people", None, None, None, True, "incident")]
    assert _claims("A soldier said fewer than three people had been hit.") == \
        [("casualties", "people", None, None, 2, False, "incident")]
    assert _claims("Several houses were hit in the night.") == []


def test_single_after_apposition_and_severity_subset() -> None:
    got = _claims("Among the five dead are two girls, the younger aged four, and a man who drove a taxi, he said.")
    assert ("killed", "men", None, 1, 1, False, "incident") in got
    assert _claims("Nurses said a number of the wounded were in serious condition.") == []


def test_of_them_after_a_toll_is_a_subset() -> None:
    got = _claims("At least six people were killed on Friday. Four of them died in the market fire.")
    assert got == [("killed", "people", None, 6, None, False, "incident")]
