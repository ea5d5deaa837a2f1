"""Round 14 Arabic claim rules, read in whole reports: a new subject after a toll's figure, the
bodies of the victims, a denial's scope ending at the other party's account, a severity subset
in a dual, and a negated "caused" as a zero."""

from __future__ import annotations

from claim_rows import claim_rows


def _figures(text: str) -> set[tuple]:
    return set(claim_rows(text))


def test_new_subject_after_toll_is_not_the_counted_noun() -> None:
    got = _figures("ارتفاع قتلى القصف على بلدة الشيخ مسكين إلى 14 والمسلحون ينفون مسؤوليتهم")
    assert ("killed", "people", None, 14, 14, False, "assert", "incident") in got


def test_other_party_account_ends_denial_scope() -> None:
    got = _figures('الشرطة تنفي إطلاق النار على المحتجين و"لجنة الأطباء" تتحدث عن 9 قتلى')
    assert ("killed", "people", None, 9, 9, False, "assert", "incident") in got


def test_bodies_of_victims_and_severity_subset() -> None:
    text = ("وقال مدير المستشفى إن قسم الطوارئ تسلم جثامين الضحايا الخمسة وسبع إصابات، بينها إصابتان في حالة "
            "حرجة.")
    got = _figures(text)
    assert ("killed", "people", None, 5, 5, False, "assert", "incident") in got
    assert not any(f[0] == "injured" and f[3] == 2 for f in got)


def test_strike_caused_no_casualties_is_a_zero() -> None:
    got = _figures('وقال المتحدث العسكري إن الغارة "لم توقع أي ضحايا مدنيين" في المنطقة.')
    assert ("casualties", "civilians", None, 0, 0, False, "assert", "incident") in got


def test_foreign_mercenaries_take_the_armed_group_named_before() -> None:
    text = ("وقالت حركة المقاومة الشعبية إن القصف طال سوقا في البلدة.\n\n"
            "من جهته قال الجيش إن غارته دمرت مخزنا للسلاح، وقتلت 14 من المرتزقة الأجانب.")
    got = _figures(text)
    assert any(f[:2] == ("killed", "combatants") and f[3] == 14 for f in got)
