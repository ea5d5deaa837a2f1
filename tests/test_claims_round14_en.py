"""Round-14 English claim rules (own-words cases; the examples file holds more)."""

from __future__ import annotations

from claim_rows import claim_rows

from marsad.lang.en.claims import _in_relative_clause, _killing_of_them


def _claims(text: str) -> list[tuple]:
    return sorted(claim_rows(text, ("outcome", "group", "side", "min", "scope")))


def test_relative_clause_cue() -> None:
    text = "The militia, which has held the town since 2019, said 15 civilians had been killed."
    cue = text.index("since")
    assert _in_relative_clause(text, 0, cue, text.index("15"))
    text2 = "Since 2019, the militia said, 15 civilians had been killed."
    assert not _in_relative_clause(text2, 0, 0, text2.index("15"))


def test_killing_of_them() -> None:
    w = "ambushed a patrol , killing five of them .".split()
    assert _killing_of_them(w, 5, 5)
    w2 = "killing five of them who were asleep".split()
    assert not _killing_of_them(w2, 1, 1)


def test_severity_subset_is_no_claim() -> None:
    got = _claims("A shell struck the clinic in Homs, wounding nine people, among them three in critical condition.")
    assert got == [("injured", "people", None, 9, "incident")]


def test_predicate_group() -> None:
    got = _claims("A car bomb killed ten civilians in Homs on Friday; three of the civilians killed were women.")
    assert ("killed", "women", None, 3, "incident") in got
    assert all(c[3] is not None for c in got)  # no vague "killed were women" left


def test_dated_other_attack() -> None:
    got = _claims("A bombing at a bus station in Kabul on Sunday killed 12 people. "
                  "An air raid on a village near Kabul on March 3, 2021 killed 6 civilians.")
    assert ("killed", "civilians", None, 6, "background") in got


def test_bodies_held_are_not_detained() -> None:
    got = _claims("A drone strike on the camp near Nablus killed two men, and the health ministry said "
                  "the bodies of the two martyrs were held by the army for hours.")
    assert ("killed", "men", None, 2, "incident") in got
    assert _claims("Three men were held by police after two people were killed near Nablus.") == \
        [("killed", "people", None, 2, "incident")]
