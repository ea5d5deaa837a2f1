"""Round 13 Arabic claim rules, read in whole reports: whose forces the casualties are (not who
attacked them), the speaker's own men, neutralised fighters whose bodies were recovered, another
event opened by "من جهة أخرى" with a new raid, and casualties called fabricated."""

from __future__ import annotations

from claim_rows import claim_rows


def _figures(text: str) -> set[tuple]:
    return set(claim_rows(text))


def test_attacker_named_after_the_soldiers_is_not_their_side() -> None:
    got = _figures("قتل خمسة جنود بهجوم لتنظيم داعش على موقع عسكري في بعقوبة.")
    assert ("killed", "soldiers", "Iraq", 5, 5, False, "assert", "incident") in got


def test_our_heroes_and_the_others_after_them() -> None:
    text = ("بيان\n\nتعرض موقع للجيش في قضاء خانقين لهجوم من قبل عصابات داعش الإرهابية، ما أدى إلى استشهاد "
            "ثلاثة من أبطال قواتنا المسلحة وإصابة اثنين آخرين. وتمكنت قطعاتنا من تحييد خمسة إرهابيين وسحب جثثهم.")
    got = _figures(text)
    assert ("killed", "soldiers", "Iraq", 3, 3, False, "assert", "incident") in got
    assert ("injured", "soldiers", "Iraq", 2, 2, False, "assert", "incident") in got
    assert ("killed", "combatants", "Islamic State", 5, 5, False, "assert", "incident") in got


def test_aside_opener_with_a_new_raid_is_another_event() -> None:
    text = ("قتل ثلاثة صيادين في قصف على قارب قبالة الحديدة.\n\n"
            "من جهة أخرى شنت طائرات غارتين على منطقة مجاورة ما أدى إلى مقتل أربعة أشخاص.")
    got = _figures(text)
    assert ("killed", "people", None, 4, 4, False, "assert", "background") in got
    assert all(f[3] != 4 or f[7] == "background" for f in got)


def test_fabricated_victims_are_denied() -> None:
    got = _figures('وقال المتحدث إن "الاحتلال يختلق الضحايا" لتبرير عدوانه.')
    assert ("casualties", "people", None, None, None, True, "deny", "incident") in got
