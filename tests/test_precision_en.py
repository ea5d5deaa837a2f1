"""Real-news precision checks (src/marsad/lang/en/claims_precision.py) on whole reports."""

from __future__ import annotations

from marsad.api import extract_text
from marsad.lang.en.claims_precision import checks

BEREAVEMENT = """Friends remember a baker who loved the sea
The baker's wife said the death of her husband came as a shock to the whole village.
She said he had been tired for months but never complained.
Neighbours brought flowers and cards to the shop on Monday.
The family asked for privacy and thanked the doctors for their care.
A memorial will be held at the harbour next week."""

CRASH = """Friends remember a baker who loved the sea
The baker's wife said the death of her husband in the crash came as a shock to the whole village.
She said the lorry had lost its brakes on the hill.
Neighbours brought flowers and cards to the shop on Monday.
The family asked for privacy and thanked the doctors for their care.
A memorial will be held at the harbour next week."""

CHRONOLOGY = """Officials said 12 people were killed when the ferry capsized on Sunday.
The country has a long record of ferry disasters:
2009: An overloaded boat sank off the southern islands.
More than 200 people died and dozens were never found.
2014: A ferry caught fire near the capital, killing 30 passengers."""


def _claims(text: str) -> list[tuple]:
    doc = extract_text(text, "t")
    return [(c.outcome, c.group, c.min, c.scope) for c in doc.claims]


def test_patterns_load_once() -> None:
    assert checks() is checks()
    assert checks().min_sentences >= 3


def test_private_death_in_a_report_without_incident_is_no_claim() -> None:
    assert _claims(BEREAVEMENT) == []


def test_same_death_in_a_crash_report_stays_a_claim() -> None:
    assert _claims(CRASH) == [("killed", "men", 1, "incident")]


def test_chronology_items_and_their_follow_up_are_background() -> None:
    got = _claims(CHRONOLOGY)
    assert ("killed", "people", 12, "incident") in got
    assert all(scope == "background" for _, _, n, scope in got if n != 12)
    assert ("killed", "people", 201, "background") in got


ANNIVERSARY = """Published 12 March 2019
Soldiers killed 14 people at a roadblock on Monday, the governor said.
Residents recalled that on May 3, 2011, soldiers killed 40 protesters in the same square."""

SAME_YEAR = """Published 12 March 2019
Residents said that on March 11, 2019, soldiers killed 40 protesters in the square."""


def test_claim_dated_years_before_the_report_is_background() -> None:
    got = _claims(ANNIVERSARY)
    assert ("killed", "people", 14, "incident") in got
    assert ("killed", "people", 40, "background") in got


def test_claim_dated_in_the_report_year_stays_incident() -> None:
    assert _claims(SAME_YEAR) == [("killed", "people", 40, "incident")]


OLD_MONTH = """Published 4 June 2017
Shelling killed nine people in the old city on Sunday, medics said.
Dozens of people were killed in a gas attack on the same district in April 2014."""


def test_claim_in_a_month_of_an_earlier_year_is_background() -> None:
    got = _claims(OLD_MONTH)
    assert ("killed", "people", 9, "incident") in got
    assert ("killed", "people", None, "background") in got


def test_cause_literals_cover_every_cause_match() -> None:
    """The cue-word prefilter never hides a match of `cause` or `illness_before`."""
    import json
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    texts = [json.loads(line)["text"] for line in
             (root / "src/marsad/lang/en/claims_examples.jsonl").read_text(encoding="utf-8").splitlines() if line]
    texts += ["died of a long illness", "lost to suicide", "taking their own lives", "died from the flu",
              "the coronavirus pandemic has claimed", "died after a heart attack", "killed by cholera outbreak"]
    ck = checks()
    for text in texts:
        low = text.lower()
        for m in list(ck.cause.finditer(low)) + list(ck.illness_before.finditer(low)):
            assert any(w in m.group(0) for w in ck.cause_literals), (text, m.group(0))
