"""Round-16 English claim rules (own-words cases; the examples file holds more)."""

from __future__ import annotations

from claim_rows import claim_rows


def _claims(text: str) -> list[tuple]:
    return sorted(claim_rows(text, ("outcome", "group", "side", "min", "max", "vague", "stance", "scope")), key=repr)


def test_deceased_is_a_death_word() -> None:
    got = _claims("Among the deceased were four civilians, among them a boy and two women.")
    assert ("killed", "civilians", None, 4, 4, False, "assert", "incident") in got
    assert ("killed", "women", None, 2, 2, False, "assert", "incident") in got
    assert _claims("Relatives of the deceased gathered outside the morgue.") == []


def test_the_correct_figure_takes_back_the_one_before() -> None:
    got = _claims("An earlier update said that among the deceased were four nurses, and the correct figure is two.")
    assert got == [("killed", "people", None, 4, 4, False, "deny", "incident")]


def test_wounded_who_died() -> None:
    got = _claims("Three injured people died overnight in the intensive care unit, which raised the toll to 12.")
    assert got == [("killed", "people", None, 12, 12, False, "assert", "incident"),
                   ("killed", "people", None, 3, 3, False, "assert", "incident")]
    got = _claims("The toll rose to six after a woman, aged 40, who was among the wounded died in hospital on Friday.")
    assert ("killed", "women", None, 1, 1, False, "assert", "incident") in got


def test_scare_quoted_verb_and_lost_his() -> None:
    assert _claims("Drone strike 'kills' five fighters near the border") == \
        [("killed", "combatants", None, 5, 5, False, "assert", "incident")]
    assert _claims("He told reporters that he lost his three brothers in the shelling.") == \
        [("killed", "people", None, 3, 3, False, "assert", "incident")]


def test_groups() -> None:
    assert _claims("Three of the dead villagers were women.") == [("killed", "women", None, 3, 3, False, "assert", "incident")]
    got = _claims("Gunfire killed five soldiers and two civilians and wounded eight others.")
    assert ("injured", "people", None, 8, 8, False, "assert", "incident") in got
    got = _claims("A boy died in hospital, bringing the number of civilians killed to nine.")
    assert ("killed", "civilians", None, 9, 9, False, "assert", "incident") in got


def test_no_outcome_across_without_or_bullets() -> None:
    assert _claims("The army said it had detained six militants in the area, without mentioning any civilian casualties.") == []
    got = _claims("- Investigators spoke to 12 people, including two nurses\n- Four children and a man among the dead\n"
                  "- The market was shelled")
    assert sorted(g[1] for g in got) == ["children", "men"]


def test_joint_death_and_wounding_and_tally_subjects() -> None:
    assert _claims("The rebels said the shelling led to the death and wounding of dozens of soldiers.") == \
        [("injured", "soldiers", None, None, None, True, "assert", "incident"),
         ("killed", "soldiers", None, None, None, True, "assert", "incident")]  # a vague amount: one of each
    assert _claims("The shelling led to the death or wounding of dozens of soldiers.") == \
        [("casualties", "soldiers", None, None, None, True, "assert", "incident")]
    assert _claims("Casualties from the bus bombing rise to 31") == \
        [("casualties", "people", None, 31, 31, False, "assert", "incident")]


def test_an_aside_is_background_in_every_clause() -> None:
    got = _claims("It is worth mentioning that the army has held the ridge for two years, and the ministry had "
                  "announced on Wednesday the killing of three soldiers in an ambush there.")
    assert [g[-1] for g in got] == ["background"]


def test_the_bare_definite_number_points_back() -> None:
    got = _claims("Police said gunmen had seized five militia fighters near the bridge. The five were killed hours later.")
    assert got == [("killed", "combatants", None, 5, 5, False, "assert", "incident")]


def test_the_speaking_force_owns_its_dead() -> None:
    assert _claims("A spokesman for Liwa al-Nasr told reporters that three of the group's fighters had been killed.") == \
        [("killed", "combatants", "Liwa al-Nasr", 3, 3, False, "assert", "incident")]
    assert _claims("The Stability Support Apparatus said two of its members were killed at a checkpoint.") == \
        [("killed", "soldiers", "Libya", 2, 2, False, "assert", "incident")]


def test_a_rejected_claim_is_also_its_makers_claim() -> None:
    got = _claims("The army denied reports by activists that 12 civilians were killed in the raid.")
    assert [g[6] for g in got] == ["assert", "deny"]
    assert [g[6] for g in _claims("The army denied that 12 civilians were killed in the raid.")] == ["deny"]


def test_the_rest_of_the_dead_split_between_forces() -> None:
    got = _claims("Medics in Misrata said the rest of the dead were divided between members of the police and the "
                  "armed factions.")
    assert [(g[1], g[5]) for g in got] == [("combatants", True), ("soldiers", True)]


def test_predicate_lists_and_deceased_heads() -> None:
    assert [g[1] for g in _claims("The dead were women and children, a rescuer said.")] == ["children", "women"]
    got = _claims("The deceased included a paramedic and two children.")
    assert ("killed", "people", None, 1, 1, False, "assert", "incident") in got


def test_a_figure_stated_in_error_is_denied() -> None:
    got = _claims("The previous bulletin erroneously stated that three women were among the dead; only one woman was killed.")
    assert got == [("killed", "women", None, 1, 1, False, "assert", "incident"),
                   ("killed", "women", None, 3, 3, False, "deny", "incident")]
    assert _claims("The strike mistakenly killed five civilians.")[0][6] == "assert"
