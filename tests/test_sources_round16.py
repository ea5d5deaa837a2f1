"""Round 16 attribution rules (own wording): a body's own teams are its own voice, the full name of a
speaker later named by the last two words of it, a government's named earlier in its own statement."""

from __future__ import annotations

from claim_rows import claim_chains


def test_centre_own_teams_are_its_own_voice() -> None:
    text = (
        "مركز الإسعاف الوطني\n\n"
        "بيان رقم (4)\n\n"
        "يعلن مركز الإسعاف الوطني أن حصيلة القصف بلغت 8 حالات وفاة، وفق ما وثقته طواقم الإسعاف التابعة للمركز.\n"
    )
    got = [chain for ev, _, chain in claim_chains(text) if "8" in ev]
    assert got == [[]]


def test_centre_own_teams_in_english() -> None:
    text = (
        "National Ambulance Centre\n\n"
        "Statement No. 4\n\n"
        "The National Ambulance Centre announces that the toll of the shelling reached 8 deaths, "
        "according to what was recorded by the ambulance crews of the Centre.\n"
    )
    got = [chain for ev, _, chain in claim_chains(text) if "8" in ev]
    assert got == [[]]


def test_other_bodys_teams_stay_a_source() -> None:
    text = "The toll reached 13 deaths, according to what was recorded by ambulance crews of the Red Crescent.\n"
    got = [chain for ev, _, chain in claim_chains(text) if "13" in ev]
    assert got and got[0] != []


def test_last_two_words_of_a_name_recall_the_speaker() -> None:
    text = (
        "Five people died, the Director of Health of the province, Karwan Aziz Rasul, told the agency.\n\n"
        "Aziz Rasul said that another wounded man was still in intensive care.\n"
    )
    got = [chain for ev, _, chain in claim_chains(text) if "wounded man" in ev]
    assert got and all(chain == ["Karwan Aziz Rasul"] for chain in got)


def test_known_body_keeps_its_bracketed_abbreviation() -> None:
    text = "A drone strike killed seven people, the health ministry of the Tripoli-based Government of National Unity (GNU) said.\n"
    got = [chain for ev, _, chain in claim_chains(text) if "seven" in ev]
    assert got == [["Government of National Unity"]]


def test_centre_staff_in_construct_are_its_own_voice() -> None:
    text = (
        "مركز الإسعاف الوطني\n\n"
        "بيان رقم (5)\n\n"
        "وأحصت طواقم المركز الميدانية 12 إصابة بين المدنيين.\n\n"
        "وقالت فرق الإسعاف إن 5 أشخاص قتلوا.\n"
    )
    got = {ev: chain for ev, _, chain in claim_chains(text)}
    assert [c for ev, c in got.items() if "12" in ev] == [[]]
    assert [c for ev, c in got.items() if "5 أشخاص" in ev] == [["ambulance crews"]]


def test_basim_after_a_spokesperson_title_is_a_preposition() -> None:
    text = "وقال المتحدث العسكري باسم الجماعة إن الهجوم أدى إلى مصرع العشرات منهم.\n"
    got = [chain for ev, _, chain in claim_chains(text) if "العشرات" in ev]
    assert got and all(chain == ["المتحدث العسكري باسم الجماعة"] for chain in got)
