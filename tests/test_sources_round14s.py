"""Round 14 attribution rules (own wording): denials' speakers, joined unnamed sources, ranks, heads of bodies."""

from __future__ import annotations

from claim_rows import claim_chains


def test_headline_denial_clause_is_not_the_source() -> None:
    got = claim_chains("Mortar fire on Kadugli market kills at least 9, rebels deny\n\nThe shells fell at noon.\n")
    assert got and all(not chain for _, _, chain in got if "9" in _)


def test_group_anaphor_after_person_speaker() -> None:
    text = (
        "Maryam Idris, a teacher in the town, said two pupils were among the dead.\n\n"
        "Officials blamed several factions, chief among them the Rapid Support Forces. But the group denied in a "
        "statement that any civilians were killed, and said it killed a number of soldiers.\n"
    )
    got = {ev: chain for ev, _, chain in claim_chains(text)}
    soldiers = [chain for ev, chain in got.items() if "soldiers" in ev]
    assert soldiers and soldiers[0] == ["Rapid Support Forces"]


def test_defining_relative_clause_of_a_witness() -> None:
    got = claim_chains("A shopkeeper who lost his brother in the blast said he saw 30 bodies in the street.\n")
    thirty = [chain for ev, _, chain in got if "30" in ev]
    assert thirty == [["shopkeeper"]]


def test_no_comment_then_denial_ar() -> None:
    text = (
        "وقالت منظمة محلية إن 12 مدنيا قتلوا.\n\n"
        "ولم يصدر تعليق من الجيش السوداني على هذه الأرقام، لكنه كان قد نفى سقوط أي ضحايا مدنيين.\n"
    )
    got = [(st, chain) for ev, st, chain in claim_chains(text) if "ضحايا" in ev]
    assert got and got[0] == ("deny", ["Sudanese Armed Forces"])
