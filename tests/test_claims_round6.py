"""Round 6 claim rules that need a whole report (context before the sentence)."""

from __future__ import annotations

from marsad.api import extract_text


def _claims(text: str) -> list[tuple]:
    doc = extract_text(text)
    return [(c.lang, c.outcome, c.group, c.side, c.min, c.max, c.vague, c.stance, c.scope) for c in doc.claims]


def test_dated_indefinite_attack_after_the_lead_is_another_event() -> None:
    text = ("Drone strike kills four in northern town\n\n"
            "A drone strike on a car killed four people on Monday, local officials said.\n\n"
            "A mortar attack on the same town last Friday killed two children.")
    got = _claims(text)
    assert ("en", "killed", "children", None, 2, 2, False, "assert", "background") in got
    assert ("en", "killed", "people", None, 4, 4, False, "assert", "incident") in got


def test_past_time_named_in_the_lead_stays_incident() -> None:
    text = ("Gunmen kill three guards\n\n"
            "Gunmen attacked a checkpoint last Friday, officials said on Sunday.\n\n"
            "An attack by gunmen last Friday killed three guards at the checkpoint.")
    got = _claims(text)
    assert all(c[-1] == "incident" for c in got if c[4] == 3)


def test_fighters_take_the_nonstate_group_named_in_the_lead() -> None:
    text = ("Ambush kills soldiers\n\n"
            "BAGHDAD (Reuters) - Islamic State militants killed four soldiers in an ambush on Sunday, officials said.\n\n"
            "A hospital source confirmed the toll.\n\n"
            "The army said three attackers were killed in the clash.")
    got = _claims(text)
    assert ("en", "killed", "combatants", "Islamic State", 3, 3, False, "assert", "incident") in got


def test_headline_family_and_body_relatives_are_one_source() -> None:
    text = ("Family says strike killed 6, including three children\n\n"
            "GAZA (Wire) - Six members of one family, three of them children, were killed in a strike on Sunday, "
            "relatives said.")
    got = [c for c in _claims(text) if c[4] == 6]
    assert len(got) == 1


def test_arabic_fighters_take_the_attacker_of_the_sentence_before() -> None:
    text = ("وقال البيان إن عناصر من تنظيم داعش هاجموا نقطة للجيش.\n\n"
            "وأضاف أن القوات ردت على مصادر النيران وقتلت ثلاثة إرهابيين.")
    got = _claims(text)
    assert ("ar", "killed", "combatants", "Islamic State", 3, 3, False, "assert", "incident") in got


def test_rebels_take_no_side_from_the_lead() -> None:
    text = ("Car bomb kills rebels at checkpoint\n\n"
            "BEIRUT (AFP) - Islamic State militants set off a car bomb at a checkpoint on Sunday, a monitor said.\n\n"
            "A doctor at the hospital confirmed the toll.\n\n"
            "The monitor said at least nine of the dead were rebels.")
    got = [c for c in _claims(text) if c[2] == "combatants"]
    assert got and all(c[3] is None for c in got)


def test_arabic_fighters_of_their_own_body_take_no_earlier_side() -> None:
    text = ("وقصفت ميليشيات الحوثي الحي السكني.\n\n"
            "من جانب آخر، قتل أحد مسلحي المقاومة الشعبية وأصيب خمسة آخرون بقذيفة هاون.")
    got = [c for c in _claims(text) if c[2] == "combatants"]
    assert got and all(c[3] is None for c in got)


def test_month_named_in_the_dateline_keeps_the_incident() -> None:
    text = ("Bomb kills four\n\n"
            "BAGHDAD, Dec 19 (Reuters) - A bomb killed four people on Sunday.\n\n"
            "A roadside bomb near Mosul in December killed three soldiers.")
    got = [c for c in _claims(text) if c[4] == 3]
    assert got and got[0][-1] == "incident"
