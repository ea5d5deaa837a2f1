"""Span boundaries, bodies the token passes miss, town/outlet and bilingual alignment (invented text)."""

from __future__ import annotations

import pytest

from marsad.names import recognize_names
from marsad.record import Document
from marsad.segment import segment


def _entities(text: str):
    doc = Document(id="t", text=text)
    segment(doc)
    recognize_names(doc)
    return doc.entities


def _find(text: str, surface: str):
    return next((e for e in _entities(text) if e.text == surface), None)


# (text, surface that must be an entity, type, canonical or None, din or None)
FOUND = [
    # generic heads: the bare name is an entity too
    ("قصفت الطائرات مخيم المغازي وسط القطاع.", "المغازي", "place", "Maghazi", None),
    ("Shells fell on the Maghazi camp at dawn.", "Maghazi", "place", "Maghazi", None),
    ("Shells hit the Kafr Rumman camp at dawn.", "Kafr Rumman", "place", None, None),
    ("قصفت الطائرات مخيم كفرزيتون للنازحين.", "كفرزيتون", "place", None, None),
    ("قصفت الطائرات مخيم كفرزيتون للنازحين.", "مخيم كفرزيتون", "place", None, None),
    ("The Islamic State group said it carried out the attack.", "Islamic State", "org", "Islamic State", None),
    ("Syria's Ministry of Health said the toll rose.", "Ministry of Health", "org", None, None),
    ("The Civil Defence in Gaza said crews were digging.", "Civil Defence", "org", None, None),
    # heads that belong to the name
    ("وصل الجرحى إلى مجمع الأمل الطبي في المدينة.", "مجمع الأمل الطبي", "place", "Al-Amal Medical Complex", None),
    ("قال مدير مجمع ناصر الطبي إن الأسرّة امتلأت.", "مجمع ناصر الطبي", "place", "Nasser Medical Complex", None),
    ("سقطت القذائف في وادي الحجر قرب البلدة.", "وادي الحجر", "place", "Wadi al-Hajar", "Wādī al-Ḥaǧar"),
    ("دانت وزارة الخارجية والمغتربين الهجوم.", "وزارة الخارجية والمغتربين", "org",
     "Ministry of Foreign Affairs and Expatriates", None),
    ("قالت وزارة الصحة في غزة إن الحصيلة ارتفعت.", "وزارة الصحة في غزة", "org", None, None),
    ("ذكر موقع المسيرة نت أن الغارات تواصلت.", "المسيرة نت", "outlet", "Al-Masirah", None),
    ("قال الدفاع المدني في غزة إن الطواقم انتشلت جثثاً.", "الدفاع المدني", "org", None, None),
    ("قال رئيس بلدية دير البلح إن القصف دمر المنازل.", "بلدية دير البلح", "org", "Deir al-Balah Municipality", None),
    ("نقل المصابون إلى مستشفى الشهيد سامي ناصر في المدينة.", "مستشفى الشهيد سامي ناصر", "place", None, None),
    ("وقال مدير مدرسة الشهيد أحمد الخالدي إن الصفوف دمرت.", "مدرسة الشهيد أحمد الخالدي", "place", None, None),
    # Arabic bodies
    ("قتل أربعة من عناصر لواء زينبيون في الغارة.", "لواء زينبيون", "org", "Liwa Zainebiyoun", None),
    ("قالت القوات المسلحة اليمنية إنها أسقطت طائرة.", "القوات المسلحة اليمنية", "org", "Yemeni Armed Forces", None),
    ("قتل ضابط في المنطقة العسكرية الثالثة.", "المنطقة العسكرية الثالثة", "org", "Third Military Region", None),
    ("أعلنت الهيئة العليا لإغاثة المتضررين عن توزيع الخيام.", "الهيئة العليا لإغاثة المتضررين", "org", None, None),
    ("تبنت \"كتائب الفجر\" الهجوم على الموقع.", "كتائب الفجر", "org", None, None),
    ("وأعلنت \"المقاومة الشعبية\" مسؤوليتها عن الهجوم.", "المقاومة الشعبية", "org", None, None),
    # a joined theophoric name after a rank, and the later rank + surname
    ("قال العميد عبدالرحمن الزبيدي إن الهجوم فشل. وأضاف العميد الزبيدي أن القوات تقدمت.", "الزبيدي", "person",
     None, None),
    ("قال العقيد عبدالكريم السالمي إن الهجوم فشل.", "عبدالكريم السالمي", "person", None, None),
    ("قال الطبيب علي حسن عبد الكريم الشامي إن المستشفى امتلأ.", "علي حسن عبد الكريم الشامي", "person", None, None),
    ("نعت الحركة المقاتل حسن علي سلامة الذي قتل في الغارة.", "حسن علي سلامة", "person", None, None),
    # English bodies and datelines
    ("A Saudi-led coalition air strike hit the market.", "Saudi-led coalition", "org", "Saudi-led coalition", None),
    ("The Anbar health directorate said eight were hurt.", "Anbar health directorate", "org",
     "Anbar Health Directorate", None),
    ("The group's Aamaq agency said fighters were involved.", "Aamaq", "outlet", "Amaq", None),
    ("Hama's health directorate said six died.", "Hama's health directorate", "org", "Hama Health Directorate", None),
    ("Members of the Liwa al-Baqir militia were among the dead.", "Liwa al-Baqir", "org", None, None),
    ("Fighters of the Liwa al-Quds militia were among the dead.", "Liwa al-Quds", "org", None, None),
    ("AMMAN, Jordan (Reuters) - Two people were killed in a blast.", "AMMAN", "place", "Amman", "‘Ammān"),
    ("SULAIMANIYAH, Kurdistan Region – A drone hit a base.", "Kurdistan Region", "place", "Kurdistan Region", None),
    ("Rescuers in Rafah said Mahmoud Saleh of Levant News was hurt.", "Levant News", "outlet", None, None),
    # the town, not the channel, after a preposition or beside places
    ("نقل الجرحى إلى مشافي البوكمال والميادين.", "الميادين", "place", None, None),
    ("Wounded were taken to hospitals in Deir ez-Zor and al-Mayadeen.", "al-Mayadeen", "place", None, None),
    ("وقالت قناة الميادين إن الغارة أصابت مستودعاً.", "قناة الميادين", "outlet", "Al Mayadeen", None),
    # dateline agency
    ("رام الله 3-4-2024 وفا- أصيب شاب برصاص الجيش.", "وفا", "outlet", "WAFA", None),
    # the other nationality of an occupation force
    ("قصفت قوات الاحتلال التركي قرية في ريف حلب الشمالي.", "قوات الاحتلال", "org", "Turkish occupation forces", None),
    # diminutives and gemination in the lexicon
    ("قالت الممرضة سهيلة الخالدي إن الأطفال قتلوا.", "سهيلة الخالدي", "person", "Suheila al-Khalidi",
     "Suhayla al-Ḫālidī"),
    ("قال المتحدث حسن البنا إن القصف عنيف.", "حسن البنا", "person", "Hassan al-Banna", "Ḥasan al-Bannā"),
]


@pytest.mark.parametrize(("text", "surface", "type_", "canonical", "din"), FOUND)
def test_found(text: str, surface: str, type_: str, canonical: str | None, din: str | None) -> None:
    e = _find(text, surface)
    assert e is not None, [x.text for x in _entities(text)]
    assert e.type == type_
    if canonical is not None:
        assert e.canonical == canonical
    if din is not None:
        assert (e.din if isinstance(e.din, str) else e.din[0]) == din


# (text, surface that must NOT be an entity of that type)
NOT_FOUND = [
    ("وقال المتحدث باسم الوزارة في تصريح صحفي إن الغارة دمرت المنزل.", "تصريح صحفي", "person"),
    ("وتعرضت مدينة لقصف عنيف أمس.", "لقصف عنيف", "place"),
    ("وصل النازحون إلى بلدة صغيرة قرب الحدود.", "صغيرة", "place"),
    ("وقال مدير مدرسة الشهيد أحمد الخالدي إن الصفوف دمرت.", "أحمد الخالدي", "person"),
    ("استشهد محمد أحمد متأثرا بجراحه.", "محمد أحمد متأثرا", "person"),
    ("وقال مصدر عسكري إن المقدم سعيد الحارثي قتل في الاشتباكات.", "مصدر عسكري", "person"),
    ("وقال مصدر عسكري إن المقدم سعيد الحارثي قتل في الاشتباكات.", "سعيد الحارثي قتل", "person"),
    ("وأوضح مسؤول في تصريح لوكالة الأنباء أن القتلى مدنيون.", "تصريح", "person"),
    ("أعلنت الوحدة التنفيذية لإدارة مخيمات النازحين عن وصول مساعدات.", "النازحين", "place"),
    ("نصبت العائلات الخيام في العراء بعد القصف.", "الخيام", "place"),
    ("وقال الأمين العام ورئيس مجلس الأمن إن الوضع خطير.", "ورئيس مجلس الأمن", "person"),
    ("Sarah Jones of Arab News reported from the scene.", "Sarah Jones of Arab News", "outlet"),
    ("قالت مصادر طبية في مجمع ناصر الطبي إن عشرة قتلوا.", "ناصر الطبي", "person"),
    ("Patients were taken to hospitals in Homs and al-Mayadeen.", "al-Mayadeen", "outlet"),
]


@pytest.mark.parametrize(("text", "surface", "type_"), NOT_FOUND)
def test_not_found(text: str, surface: str, type_: str) -> None:
    assert not any(e.text == surface and e.type == type_ for e in _entities(text))


def test_rank_and_surname_is_the_full_name() -> None:
    text = "قال اللواء عبدالله الحارثي إن الهجوم فشل. وأضاف اللواء الحارثي أن القوات تقدمت."
    full, short = _find(text, "عبدالله الحارثي"), _find(text, "الحارثي")
    assert full is not None and short is not None
    assert short.id == full.id and short.canonical == full.canonical


def test_no_din_for_english_words() -> None:
    e = _find("Medics at the Nasser Medical Complex said 12 were brought in.", "Nasser Medical Complex")
    assert e is not None and e.din != "Nāṣir Midical Cumplix"


def test_occupation_forces_outside_israeli_copy() -> None:
    text = "قصفت قوات الاحتلال قرية قرب إدلب وأخرى في ريف حلب وفي حماة."
    e = _find(text, "قوات الاحتلال")
    assert e is not None and e.canonical != "Israel Defense Forces"


def test_latin_name_takes_arabic_din_in_bilingual_report() -> None:
    text = ("A nurse, Tariq al-Khatib, said the ward was full.\n\n"
            "قال الممرض طارق الخطيب إن القسم امتلأ.")
    en = _find(text, "Tariq al-Khatib")
    ar = _find(text, "طارق الخطيب")
    assert en is not None and ar is not None
    assert en.din == ar.din == "Ṭāriq al-Ḫaṭīb"


def test_bilingual_body_takes_english_wording() -> None:
    text = ("The Basra health directorate said nine were hurt.\n\n"
            "قالت دائرة صحة البصرة إن تسعة أصيبوا.")
    ar = _find(text, "دائرة صحة البصرة")
    assert ar is not None and ar.canonical == "Basra Health Directorate"


def test_english_spelling_picks_the_arabic_reading() -> None:
    text = ("The strike hit the village of Huraytha, residents said.\n\n"
            "قصفت الطائرات قرية حريثة بحسب السكان.")
    ar = _find(text, "حريثة")
    assert ar is not None and ar.din == "Ḥurayṯa"


@pytest.mark.parametrize(("latin", "din"), [
    ("Younis Ahmed", "Yūnis Aḥmad"),
    ("Yunus", "Yūnus"),
    ("Ali Yusuf", "‘Alī Yūsuf"),
    ("Omar Yousif", "‘Umar Yūsif"),
    ("Mohammed Khalil", "Muḥammad Ḫalīl"),
    ("Nasser Medical Complex", None),
    ("Levant News Agency", None),
])
def test_latin_din_follows_the_spelled_vowel(latin: str, din: str | None) -> None:
    from marsad.names.canonical import latin_to_din

    assert latin_to_din(latin) == din


@pytest.mark.parametrize(("arabic", "canonical"), [
    ("المديرية العامة للدفاع المدني", "General Directorate of Civil Defence"),
    ("الهيئة العامة للإغاثة", "General Authority of Relief"),
    ("بلدية بنت جبيل", "Bint Jbeil Municipality"),
    ("مديرية صحة دير الزور", "Deir ez-Zor Health Directorate"),
    ("مستشفى دير البلح", "Deir al-Balah Hospital"),
])
def test_institution_with_a_place_of_several_words(arabic: str, canonical: str) -> None:
    from marsad.names.institutions import translate_institution

    assert translate_institution(arabic) == canonical


@pytest.mark.parametrize(("arabic", "canonical"), [
    ("غندور", "Ghandour"),
    ("محمود", "Mahmoud"),
    ("المخلافي", "al-Mikhlafi"),
])
def test_wire_spelling(arabic: str, canonical: str) -> None:
    from marsad.names.canonical import canonical_from_arabic

    assert canonical_from_arabic(arabic).casefold() == canonical.casefold()


def test_masthead_outlet_keeps_its_record() -> None:
    text = ("وفا | الرئيسية\n\nغزة 12-3-2024 - استشهد خمسة مواطنين.\n\nوأصيب آخرون بجروح.\n\n"
            "وقالت مصادر طبية إن الحصيلة مرشحة للارتفاع.")
    e = _find(text, "وفا")
    assert e is not None and e.canonical == "WAFA"


@pytest.mark.parametrize(("arabic", "din"), [
    ("الشويحة", "aš-Šuwayḥa"),  # C و ي C: the diminutive first
    ("نويرة", "Nuwayra"),
    ("سهيلة", "Suhayla"),  # lexicon
    ("بثينة", "Buṯayna"),
    ("سميرة", "Samīra"),  # CaCīCa, lexicon
    ("الفرا", "al-Farrā"),  # geminated family name
])
def test_diminutive_and_gemination(arabic: str, din: str) -> None:
    from marsad.names.din import romanize_din

    assert romanize_din(arabic)[0] == din


def test_diminutive_is_a_candidate() -> None:
    from marsad.names.din import romanize_din

    assert "Ḥurayṯa" in romanize_din("حريثة")


def test_gazetteer_latin_names_pick_the_reading() -> None:
    from marsad.names import resolve

    info = resolve("الرميثة")
    assert info is not None and info.din == "ar-Rumayṯa"
    assert resolve("كابل").din != "Kābl"
