"""Round 8 rules (names): capitalised Ibn opening a name, X ad-Dīn given names, the English spelling picking
a DIN reading with its own number of vowels, joined ad-Dīn spellings linking, shouted bylines, slash-written
listed names and a body named inside another body (invented sentences)."""

from __future__ import annotations

from marsad.names import romanize_din
from marsad.names.recognize import recognize
from marsad.record import Document


def _ents(text: str) -> dict[str, tuple[str, str, object]]:
    doc = Document(id="t", text=text)
    recognize(doc)
    return {e.text: (e.type, e.canonical, e.din) for e in doc.entities}


def test_ibn_opening_a_name_or_after_a_head_noun_is_capitalised() -> None:
    assert romanize_din("مدرسة ابن رشد")[0].split()[-2] == "Ibn"
    assert romanize_din("ابن تيمية")[0] == "Ibn Taymiyya"
    assert romanize_din("خالد ابن الوليد")[0] == "Ḫālid ibn al-Walīd"


def test_ad_din_given_name_with_family_name_after_a_role() -> None:
    got = _ents("وقال القيادي في الجبهة نور الدين الحلبي لوكالتنا إن الهدنة انهارت.")
    assert got.get("نور الدين الحلبي", ("", "", ""))[2] == "Nūr ad-Dīn al-Ḥalabī"


def test_ad_din_joins_only_the_first_parts_of_such_names() -> None:
    got = _ents("وقال المحافظ عماد الدين السعدي للصحفيين إن الطريق فتح.")
    assert got.get("عماد الدين السعدي", ("", "", ""))[0] == "person"
    # «باسم الدين» (in the name of religion): باسم is also a given name, but not a first part of X ad-Dīn
    got = _ents("وقال الخطيب إنهم قتلوا الأبرياء باسم الدين وتحت رايته.")
    assert not any("الدين" in text for text in got)


def test_english_spelling_picks_a_reading_with_fewer_vowels() -> None:
    got = _ents("قال رئيس البلدية محمود حوارنة لوكالتنا إن القصف استمر.\n\nMayor Mahmoud Hawarneh said the shelling went on.")
    assert got["محمود حوارنة"][2] == got["Mahmoud Hawarneh"][2] == "Maḥmūd Ḥawārna"


def test_joined_ad_din_spelling_links_to_the_arabic_name() -> None:
    got = _ents("وقال المتحدث علاء الدين الخطيب إن المعبر أغلق.\n\nSpokesman Alaeddin al-Khatib said the crossing closed.")
    assert got["علاء الدين الخطيب"][1] == "Alaeddin al-Khatib"


def test_shouted_byline_is_a_person_in_title_case() -> None:
    got = _ents("Shelling hits market\nBy KHALED AL-OMARI\nDAMASCUS, Syria (AP) — Shells hit a market.")
    assert got["KHALED AL-OMARI"][:2] == ("person", "Khaled al-Omari")


def test_listed_name_written_with_a_slash() -> None:
    got = _ents("Ankara blamed the PKK/YPG for the blast.")
    assert "PKK/YPG" in got


def test_body_named_inside_another_body() -> None:
    got = _ents("وأفادت وزارة الصحة في الحكومة السورية المؤقتة بسقوط ضحايا.")
    assert got["الحكومة السورية المؤقتة"][1] == "Syrian Interim Government"
