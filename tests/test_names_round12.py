"""Round-12 name phenomena (invented text): role + place + name, article given names after a role,
Western given names in Arabic, Kurdish names, Sudanese states, spelling-specific DIN in bilingual copy."""

from __future__ import annotations

from marsad.names import recognize_names
from marsad.record import Document
from marsad.segment import segment


def _entities(text: str):
    doc = Document(id="t", text=text)
    segment(doc)
    recognize_names(doc)
    return doc.entities


def _by_text(text: str) -> dict:
    return {e.text: e for e in _entities(text)}


def test_kurdish_given_name_after_role_and_place() -> None:
    """قائممقام + a town + a Kurdish given name and tribal name: the person is found, read as written."""
    ents = _by_text("وقال قائممقام زاخو فرهاد زيباري إن القصف طال مزرعة.")
    assert "فرهاد زيباري" in ents
    assert ents["فرهاد زيباري"].din == "Farhād Zībārī"


def test_article_given_name_after_role_complement() -> None:
    """والي + الولاية + an article given name (الصادق) + عبد ال...: the name opens at the given name, and
    «قوله» (his saying) after it is not a family name."""
    ents = _by_text("ونقلت الوكالة عن والي الولاية الصادق عبد الكريم قوله إن الوضع مستقر.")
    assert "الصادق عبد الكريم" in ents
    assert not any("قوله" in t for t in ents)


def test_article_word_after_role_is_not_a_name() -> None:
    """The near miss: a definite noun after the role that is no given name stays part of the office."""
    ents = _by_text("وقال مدير المستشفى الميداني إن الجرحى نقلوا.")
    assert not any(e.type == "person" for e in ents.values())


def test_western_given_name_in_arabic() -> None:
    """A Western given name in Arabic script + a surname is a person with no DIN."""
    ents = _by_text("وقالت منسقة المشروع كلير دوبون إن الفرق تعمل.")
    assert "كلير دوبون" in ents
    assert ents["كلير دوبون"].din is None


def test_sudanese_state_and_body() -> None:
    """النيل الأبيض is the state (not the river word alone); الأمن العام is Syria's General Security."""
    ents = _by_text("وصل النازحون إلى ولاية النيل الأبيض.")
    assert ents["النيل الأبيض"].canonical == "White Nile"
    ents = _by_text("وأصيب عنصر من الأمن العام في درعا.")
    assert ents["الأمن العام"].canonical == "General Security"


def test_bilingual_place_takes_its_arabic_spelling_din() -> None:
    """Port Sudan in a report whose Arabic half writes بورتسودان takes that spelling's DIN; alone, the
    record's."""
    ents = _by_text("The ship docked at Port Sudan on Monday.\n\nرست السفينة في بورتسودان يوم الاثنين.")
    assert ents["Port Sudan"].din == "Būrt Sūdān"
    ents = _by_text("The ship docked at Port Sudan on Monday.")
    assert ents["Port Sudan"].din == "Būr Sūdān"


def test_role_spelled_with_double_mim() -> None:
    """قائممقام (the joined قائم مقام) is a role like قائمقام: the name after its town is a person."""
    ents = _by_text("وقال قائممقام زاخو ريزان ميراني إن الطائرة قصفت سيارة.")
    assert ents["ريزان ميراني"].type == "person"


def test_long_role_complement_over_listed_bodies() -> None:
    """A spokeswoman of a listed body in a listed country: the name after that long complement is found;
    the near miss with no name after the complement yields no person."""
    ents = _by_text("وقالت المتحدثة باسم اللجنة الدولية للصليب الأحمر في العراق سارة توماس إن الفرق وصلت.")
    assert ents["سارة توماس"].type == "person"
    ents = _by_text("وقال مدير المكتب الإعلامي لمنظمة أطباء بلا حدود في السودان في مدينة الفاشر إن الفرق وصلت.")
    assert not any(e.type == "person" for e in ents.values())
