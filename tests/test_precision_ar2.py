"""Round ar2 precision rules (general news in Arabic), through the whole pipeline."""

from __future__ import annotations

from marsad.api import extract_text


def _claims(text: str) -> list[tuple]:
    return sorted((c.outcome, c.group, c.min, c.stance, c.scope) for c in extract_text(text).claims)


def test_year_opener_before_the_report_year_is_background() -> None:
    text = ("وقتل 4 جنود في هجوم على نقطة حدودية في مارس 2019.\n"
            "وفي 2015، قتل 9 أشخاص في هجوم مماثل على النقطة نفسها.")
    assert _claims(text) == [("killed", "people", 9, "assert", "background"),
                             ("killed", "soldiers", 4, "assert", "incident")]


def test_year_after_the_figure_is_background_but_the_report_year_is_not() -> None:
    text = ("وقتل 4 جنود في هجوم على نقطة حدودية في مارس 2019.\n"
            "ويحاكم رجل متهم بقتل 3 أشخاص في عام 2012 في المدينة.")
    assert _claims(text) == [("killed", "people", 3, "assert", "background"),
                             ("killed", "soldiers", 4, "assert", "incident")]


def test_chronology_items_are_background() -> None:
    text = ("وضرب زلزال الجزيرة اليوم وقتل 20 شخصا.\n"
            "2006: ضرب زلزال مماثل الساحل وأدى إلى مقتل 70 شخصا.")
    assert _claims(text) == [("killed", "people", 20, "assert", "incident"),
                             ("killed", "people", 70, "assert", "background")]


def test_a_relative_killed_in_shelling_is_kept() -> None:
    text = "وقتل والده في قصف على الحي أمس."
    assert [c[:3] for c in _claims(text)] == [("killed", "people", 1)]


def test_counterfactual_is_dropped() -> None:
    assert _claims("وقال إن انهيار السد كان سيؤدي إلى مقتل مئات السكان.") == []


def test_attackers_are_no_casualties_but_their_victims_are() -> None:
    text = "وقتل الجيش 50 مسلحا في حملة ردا على هجوم نفذه نحو 200 من مقاتلي الجماعة وقتل فيه 12 جنديا."
    assert [c[2] for c in _claims(text)] == [50, 12]


def test_a_rate_is_background() -> None:
    assert _claims("وتقتل الغارات نحو ألف مقاتل شهريا.")[0][-1] == "background"


def test_a_list_item_line_is_background_in_all_its_sentences() -> None:
    text = "وضرب زلزال الجزيرة اليوم وقتل 20 شخصا.\n2006: ضرب زلزال مماثل الساحل. وقتل فيه 70 شخصا."
    assert _claims(text) == [("killed", "people", 20, "assert", "incident"),
                             ("killed", "people", 70, "assert", "background")]
