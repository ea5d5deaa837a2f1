"""Round-17 English claim rules (own-words cases; the examples file holds more)."""

from __future__ import annotations

from claim_rows import claim_rows


def _claims(text: str) -> list[tuple]:
    return sorted(claim_rows(text, ("outcome", "group", "min", "max", "vague", "stance", "scope")), key=repr)


def test_a_dated_sentence_of_another_month_is_an_earlier_event() -> None:
    text = ("Five people were killed when a truck bomb hit a checkpoint outside the town, police said.\n\n"
            "Published 12 May 2023\n\n"
            "On 2 March at least 40 people were killed in a similar crowd crush in the capital.")
    got = _claims(text)
    assert ("killed", "people", 40, None, False, "assert", "background") in got
    assert ("killed", "people", 5, 5, False, "assert", "incident") in got


def test_an_apposed_claim_denied_by_another_speaker() -> None:
    got = _claims("The militia said four of its fighters were killed, a claim the army rejected.")
    assert ("killed", "combatants", 4, 4, False, "deny", "incident") in got
    assert ("killed", "combatants", 4, 4, False, "assert", "incident") in got


def test_the_rest_of_a_dead_list_past_a_relative_clause() -> None:
    got = _claims("The dead included a teenager, who was struck by a stray bullet, and three men who were fixing a wall.")
    assert got == [("killed", "children", 1, 1, False, "assert", "incident"),
                   ("killed", "men", 3, 3, False, "assert", "incident")]


def test_a_date_opener_in_an_undated_report_stays_the_incident() -> None:
    text = ("Five people were killed when a bomb exploded, police said.\n\n2024-03-05\n\n"
            "On 3 March at least 40 people were killed in a strike on the town.")
    assert ("killed", "people", 40, None, False, "assert", "incident") in _claims(text)


def test_remaining_in_critical_condition_is_a_severity_subset() -> None:
    assert _claims("Nurses said nine people remained in a serious condition.") == []
    assert _claims("Nurses said nine children remained in a serious condition.") == \
        [("injured", "children", 9, 9, False, "assert", "incident")]


def test_a_disputed_number_of_casualties() -> None:
    assert _claims("He said the number of deaths announced by the militia was at odds with hospital records.") == \
        [("killed", "people", None, None, True, "deny", "incident")]
