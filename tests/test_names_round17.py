"""Round 17 names: a body + «بالمحافظة» is the body of the governorate named before it, an English
"<X> Region" takes the DIN of «إقليم <X>», family names whose emphatic letters the rules cannot see, a
family name that is also an adjective (درسي) kept out of common phrases, and facts (Libya's health
ministry in Libyan copy, Kurdistan's counter-terrorism body, Tripoli's airport, Tajoura brigades)
(invented sentences)."""

from __future__ import annotations

from marsad.names.recognize import recognize
from marsad.record import Document


def _ents(text: str) -> dict[str, tuple[str, str, object]]:
    doc = Document(id="t", text=text)
    recognize(doc)
    return {e.text: (e.type, e.canonical, e.din) for e in doc.entities}


def test_body_in_the_governorate_named_before() -> None:
    got = _ents("وقع الانفجار في مديرية تبن بمحافظة لحج، وقال مكتب الصحة العامة والسكان بالمحافظة إن المصابين نقلوا.")
    assert got["مكتب الصحة العامة والسكان"][1] == "Lahj Public Health and Population Office"
    got = _ents("وقال مكتب الصحة العامة والسكان إن المصابين نقلوا إلى المستشفى.")
    assert got["مكتب الصحة العامة والسكان"][1] == "Public Health and Population Office"  # no governorate
    got = _ents("تقدمت القوات في محافظة أبين، حيث يتحصن الحوثيون في المحافظة منذ أشهر.")
    assert got["الحوثيون"][1] == "Houthis"  # a party, not an office of the governorate


def test_region_takes_the_din_of_its_arabic_head() -> None:
    got = _ents("Officials in the Kurdistan Region said the road to Erbil was closed.")
    assert got["Kurdistan Region"][2] == "Iqlīm Kurdistān"


def test_family_names_with_emphatic_letters() -> None:
    got = _ents("Local official Salem al-Subaihi said the shelling hit a school.")
    assert got["Salem al-Subaihi"][2] == "Sālim aṣ-Ṣubayḥī"
    got = _ents("وقال المتحدث باسم البلدية خالد الدرسي إن الطريق أغلق.")
    assert got["خالد الدرسي"][1:] == ("Khaled al-Dersi", "Ḫālid ad-Dirsī")
    got = _ents("وأعلنت الوزارة طباعة الكتاب الدرسي الجديد.")
    assert not any("الدرسي" in k for k in got)  # the adjective "school (book)"


def test_round17_facts() -> None:
    got = _ents("The Ministry of Health said the wounded were taken from Tajoura and Janzour to hospitals in Tripoli.")
    assert got["Ministry of Health"][1] == "Libyan Ministry of Health"
    got = _ents("وأعلن جهاز مكافحة الإرهاب في إقليم كردستان اعتقال مشتبه به في أربيل.")
    assert got["جهاز مكافحة الإرهاب في إقليم كردستان"][1] == "Kurdistan Region Counter-Terrorism Directorate"
    got = _ents("وعلقت الرحلات في مطار معيتيقة الدولي في طرابلس بعد سقوط قذائف.")
    assert got["مطار معيتيقة الدولي"][1] == "Mitiga International Airport"
    got = _ents("Flights at Mitiga were suspended after the Rahbat al-Duroo brigade clashed with Radaa.")
    assert got["Mitiga"][1:] == ("Mitiga International Airport", "Maṭār Mu‘aytīqa")
    assert got["Rahbat al-Duroo brigade"][1] == "Rahbat al-Duroo Brigade"
    assert got["Radaa"][1:] == ("Radaa", "ar-Rad‘")
    got = _ents("Turkey's Ministry of National Defense said its jets struck targets near the border.")
    assert got["Ministry of National Defense"][1] == "Turkish Ministry of National Defence"


def test_country_possessive_names_the_body() -> None:
    got = _ents("Syrian forces shelled Idlib and Aleppo on Monday, while Iraq's Health Ministry said two of its "
                "medics were hurt near Damascus.")
    assert got["Health Ministry"][1] == "Iraqi Ministry of Health"  # not the report's country (Syria)
    got = _ents("Officials in Chicago's Health Ministry office declined to comment.")
    assert got["Health Ministry"][1] == "Ministry of Health"  # a city, not a country
