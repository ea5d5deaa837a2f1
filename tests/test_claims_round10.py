"""Round-10 claim rules that need document context (earlier sentences, the lead's weekday)."""

from __future__ import annotations

from marsad.api import extract_text


def _claims(text: str) -> list[tuple]:
    doc = extract_text(text)
    return sorted(((c.outcome, c.group, c.min, c.scope) for c in doc.claims), key=repr)


def test_ar_toll_after_wounded_died_takes_their_group() -> None:
    text = ("أعلنت الشرطة مقتل اثنين من عناصرها وإصابة ثلاثة آخرين بهجوم مسلح على نقطة تفتيش.\n\n"
            "وقال مصدر أمني إن الحصيلة ارتفعت إلى ثلاثة قتلى بعد وفاة أحد الجرحى في المستشفى.")
    got = _claims(text)
    assert ("killed", "soldiers", 3, "incident") in got
    assert ("killed", "people", 1, "incident") not in got


def test_ar_members_refer_back_to_counted_soldiers() -> None:
    text = ("أعلن الجيش مقتل ثلاثة جنود بانفجار عبوة ناسفة.\n\n"
            "وقال مدير المستشفى إنه استقبل جثامين ثلاثة من المنتسبين وجريحين اثنين.")
    got = _claims(text)
    assert ("killed", "soldiers", 3, "incident") in got
    assert ("injured", "soldiers", 2, "incident") in got
    assert ("injured", "people", 2, "incident") not in got


def test_en_other_weekday_attack_is_background() -> None:
    text = ("Strike kills four in village\n\nA drone strike on a farm killed four people on Monday, officials said.\n\n"
            "A strike on a market in a nearby town on Friday killed six people, according to residents.")
    got = _claims(text)
    assert ("killed", "people", 6, "background") in got


def test_en_victims_of_counted_dead_are_killed() -> None:
    text = ("A rocket hit a house and killed two men on Sunday.\n\n"
            "A neighbour said the two victims were brothers.")
    got = _claims(text)
    assert ("casualties", "people", 2, "incident") not in got
