"""Round 13 names: a listed body + بمحافظة/بولاية + place is the region's body, an English "<X State> <body>"
where the gazetteer lists "X State", a dateline line that ends with its agency, جهاز + a listed body, seas and
Yemeni family names (invented sentences)."""

from __future__ import annotations

from marsad.names.recognize import recognize
from marsad.record import Document


def _ents(text: str) -> dict[str, tuple[str, str, object]]:
    doc = Document(id="t", text=text)
    recognize(doc)
    return {e.text: (e.type, e.canonical, e.din) for e in doc.entities}


def test_arabic_governorate_body() -> None:
    got = _ents("وأكدت قيادة الأمن الداخلي بمحافظة حمص توقيف ثلاثة مشتبه بهم.")
    assert got["قيادة الأمن الداخلي بمحافظة حمص"][1] == "Homs Internal Security Command"
    assert got["قيادة الأمن الداخلي بمحافظة حمص"][2] == "Qiyādat al-Amn ad-Dāḫilī bi-Muḥāfaẓat Ḥimṣ"
    got = _ents("وأعلنت وزارة الصحة بولاية سنار وصول الجرحى.")
    assert got["وزارة الصحة بولاية سنار"][1] == "Sennar State Ministry of Health"
    got = _ents("وأفاد مكتب الصحة العامة والسكان بمحافظة الحديدة بأن المستشفى استقبل الجرحى.")
    office = got["مكتب الصحة العامة والسكان بمحافظة الحديدة"]
    assert office[1] == "Hodeidah Public Health and Population Office"
    assert office[2] == "Maktab aṣ-Ṣiḥḥa al-‘Āmma wa-s-Sukkān bi-Muḥāfaẓat al-Ḥudayda"
    got = _ents("وقالت وزارة الصحة في بيان إن سبعة أصيبوا.")  # near miss: no region after the body
    assert "وزارة الصحة" in got and not any(k.startswith("وزارة الصحة ب") for k in got)


def test_english_state_body_with_listed_state() -> None:
    got = _ents("Nine wounded reached hospital, the Gezira State Ministry of Health said.")
    assert got["Gezira State Ministry of Health"][1] == "Gezira State Ministry of Health"
    assert got["Gezira State Ministry of Health"][2] is None


def test_dateline_line_ending_with_agency() -> None:
    got = _ents("غارات على الساحل\n\nعدن - سبأ\n\nأفاد مصدر طبي بسقوط جرحى.")
    assert got["سبأ"][1] == "Saba News Agency"
    got = _ents("تحدث الباحث عن آثار مملكة سبأ القديمة في مأرب.")  # near miss: the kingdom, no dateline
    assert "سبأ" not in got


def test_apparatus_and_bare_body() -> None:
    got = _ents("وأصيب عنصران من جهاز الأمن العام في الهجوم.")
    assert got["جهاز الأمن العام"][1] == "General Security"
    assert got["الأمن العام"][1] == "General Security"


def test_seas_ports_and_family_names() -> None:
    got = _ents("A tanker was struck in the Gulf of Aden, UKMTO said, after another was hit in the Red Sea.")
    assert got["Gulf of Aden"][2] == "Ḫalīǧ ‘Adan"
    assert got["Red Sea"][0] == "place"
    assert got["UKMTO"][1] == "United Kingdom Maritime Trade Operations"
    got = _ents("Army spokesman Saleh al-Hamdani said Khaled Barakat and Ali al-Eryani were hurt near Mokha.")
    assert got["Saleh al-Hamdani"][2] == "Ṣāliḥ al-Ḥamdānī"
    assert got["Khaled Barakat"][2] == "Ḫālid Barakāt"
    assert got["Mokha"][2] == "al-Muḫā"
