"""Names the gazetteer cannot list: institutions, people after role cues and in bylines, DIN of Latin
spellings, joined place heads, bodies named by the report's country. Sentences written for these tests."""

from __future__ import annotations

import pytest

from marsad.names import recognize_names, romanize_din
from marsad.names.canonical import latin_to_din
from marsad.names.institutions import translate_institution
from marsad.record import Document
from marsad.segment import segment


def entities(text: str) -> dict[str, tuple[str, str, object]]:
    doc = Document(id="t", text=text)
    segment(doc)
    recognize_names(doc)
    return {e.text: (e.type, e.canonical, e.din) for e in doc.entities}


INSTITUTIONS = [
    # Arabic institution name -> English (head word translated, complement in English order)
    ("مديرية صحة حماة", "Hama Health Directorate"),
    ("مديرية صحة درعا", "Daraa Health Directorate"),
    ("شرطة البصرة", "Basra Police"),
    ("شرطة الموصل", "Mosul Police"),
    ("قيادة شرطة كركوك", "Kirkuk Police Command"),
    ("وزارة الصحة العامة والسكان", "Ministry of Public Health and Population"),
    ("وزارة الشؤون الاجتماعية", None),  # a word nobody listed: no guess
    ("مكتب حقوق الإنسان بتعز", "Taiz Human Rights Office"),
    ("وزارة الداخلية السورية", "Syrian Ministry of Interior"),
    ("مركز عمليات الطوارئ", "Emergency Operations Centre"),
    ("بلدية حلب", "Aleppo Municipality"),
    ("مستشفى الشهداء", "Martyrs Hospital"),
    ("محافظة نينوى", None),  # not an institution head
]


@pytest.mark.parametrize(("arabic", "english"), INSTITUTIONS)
def test_translate_institution(arabic: str, english: str | None) -> None:
    assert translate_institution(arabic) == english


FOUND = [
    # (text, surface, type, canonical or None to skip)
    ("وقال مصدر في شرطة الموصل إن الانفجار وقع قرب سوق شعبي.", "شرطة الموصل", "org", "Mosul Police"),
    ("وأعلنت مديرية صحة حماة وصول ثلاثة جرحى إلى مشافي المدينة.", "مديرية صحة حماة", "org",
     "Hama Health Directorate"),
    ("وأدان مكتب حقوق الإنسان بتعز القصف على الأحياء السكنية.", "مكتب حقوق الإنسان بتعز", "org",
     "Taiz Human Rights Office"),
    ("وقال المتطوع في الهلال الأحمر أحمد الخطيب إن الفرق انتشلت جثتين.", "أحمد الخطيب", "person", None),
    ("وقال الناطق باسم شرطة ولاية قندوز عبد الواحد ناصري إن عبوة انفجرت.", "عبد الواحد ناصري", "person", None),
    ("وكتب المتحدث باسم الحكومة عطاء الله نوري أن التحقيق بدأ.", "عطاء الله نوري", "person", None),
    ("The spokesman for the Kunduz police, Mawlawi Obaidullah Abid, said the blast hit a mosque.",
     "Obaidullah Abid", "person", None),
    ("Dr Rania Haddad, a surgeon at the city's main hospital, said four children died.", "Rania Haddad", "person",
     None),
    ("Yousef Mansour, director of the Shifa clinic, said the wards were full.", "Yousef Mansour", "person", None),
    ("Medics at the Nasser and al-Amal hospitals said they received 12 bodies.", "al-Amal", "place",
     "al-Amal Hospital"),
    ("The Islamic State said through its Amaq news agency that its fighters carried out the attack.", "Amaq",
     "outlet", "Amaq"),
    ("Fighters of the Islamic Emirate entered the district overnight, residents said.", "Islamic Emirate", "org",
     "Taliban"),
    ("قال المتحدث باسم الإمارة الإسلامية إن القوات سيطرت على المديرية.", "الإمارة الإسلامية", "org", "Taliban"),
    ("قتل ثلاثة مدنيين بقصف على بلدة ميس الجبل في جنوب لبنان.", "ميس الجبل", "place", "Mays al-Jabal"),
    ("A drone strike hit a house in Pul-e-Khumri, the capital of Baghlan province.", "Pul-e-Khumri", "place",
     "Pul-e-Khumri"),
    ("Ibrahim Khalil, 41, who sells bread in Saraqeb, said the jets came twice.", "Ibrahim Khalil", "person", None),
    ("Saleh Ali al-Sammad, head of the council, condemned the raid.", "Saleh Ali al-Sammad", "person", None),
    ("A farmer from the area, Faizullah, told reporters the roof fell on his sons.", "Faizullah", "person", None),
    ("قال مدير المستشفى الدكتور خليل العمري إن الجرحى بينهم أطفال.", "خليل العمري", "person", None),
    ("وقال محافظ الأنبار علي فرحان إن القوات طوقت المنطقة.", "الأنبار", "place", None),
    ("وقال المتحدث باسم وزارة الدفاع الأفغانية فهيم وردك إن مسلحين قتلوا.", "وزارة الدفاع الأفغانية", "org",
     "Afghan Ministry of Defence"),
    ("وقال رئيس بلدية الخيام إن القصف دمر منازل.", "بلدية الخيام", "org", "Khiam Municipality"),
    ("أعلن المكتب الإعلامي الحكومي أن عدد الشهداء ارتفع.", "المكتب الإعلامي الحكومي", "org",
     "Government Media Office"),
    ("وقال الأمير فيصل بن عبد الرحمن إن الزيارة انتهت.", "فيصل بن عبد الرحمن", "person", None),
    ("Khalil Haddad, head of the local council, said three people died.", "Khalil Haddad", "person", None),
    ("أعلنت قيادة عمليات البصرة اعتقال ثلاثة مطلوبين.", "قيادة عمليات البصرة", "org",
     "Basra Operations Command"),
    ("قتل مدنيان بقصف على قضاء القائم غرب محافظة الأنبار.", "الأنبار", "place", "Anbar"),
    ("قتل مدنيان بقصف على قضاء القائم غرب محافظة الأنبار.", "محافظة الأنبار", "place", "Anbar"),
    ("وقال محافظ الأنبار إن الطرق أغلقت.", "الأنبار", "place", "Anbar"),
    ("Residents said the Tal area was shelled overnight.", "Tal", "place", None),  # "the X area" names a place
]

NOT_FOUND = [
    # (text, surface that must not come out as a name)
    ("Khalil Haddad, head of the local council, said three people died.", "Khalil"),
    ("Ibrahim Khalil, 41, who sells bread in Saraqeb, said the jets came twice.", "Khalil"),
    ("Ahmed Saleh, who lives in Mosul's Old City, told AFP his brother died.", "Old City"),
    ("وقال رئيس المجلس المحلي لمدينة الأتارب إن القصف استهدف السوق.", "مدينة"),
    ("قال مدير المستشفى الدكتور خليل العمري إن الجرحى بينهم أطفال.", "خليل"),
    ("وقالت قيادة المقاومة إن الهجوم فشل.", "قيادة المقاومة"),  # a common noun, not a named body
    ("وقال إن حكومة البلاد مسؤولة عن الأمن.", "حكومة البلاد"),
]


@pytest.mark.parametrize(("text", "surface"), NOT_FOUND)
def test_not_found(text: str, surface: str) -> None:
    assert surface not in entities(text)


@pytest.mark.parametrize(("text", "surface", "type_", "canonical"), FOUND)
def test_found(text: str, surface: str, type_: str, canonical: str | None) -> None:
    ents = entities(text)
    assert surface in ents, sorted(ents)
    assert ents[surface][0] == type_
    if canonical is not None:
        assert ents[surface][1] == canonical


BYLINES = [
    ("Rafah Today\n\nStrike hits Rafah homes\n\nBy Ahmed Salem\n\nAn air strike hit two homes in Rafah on Monday, "
     "medics said.\n\nThe wounded were taken to a hospital.", "Ahmed Salem"),
    ("The Daily Wire\n\nMarket blast in Kirkuk\n\nKarim Hassan, Kirkuk\n\nA bomb exploded in a market in Kirkuk "
     "on Friday.\n\nPolice said the toll could rise.", "Karim Hassan"),
    ("Kabul Post\n\nBlast in Kabul\n\nHabib Rahman   Monday, 6 March 2023\n\nA blast hit a bus in Kabul on "
     "Monday.\n\nOfficials said five died.", "Habib Rahman"),
]


@pytest.mark.parametrize(("text", "writer"), BYLINES)
def test_byline(text: str, writer: str) -> None:
    ents = entities(text)
    assert writer in ents, sorted(ents)
    assert ents[writer][0] == "person"


CONTEXT = [
    # a generic body takes the country most of the report's places lie in
    ("قال الدفاع المدني إن طواقمه انتشلت جثث خمسة شهداء من منزل في خان يونس جنوب قطاع غزة.", "الدفاع المدني",
     "Palestinian Civil Defence"),
    ("قال الدفاع المدني إن فرقه انتشلت جثتين من تحت الأنقاض في مدينة أريحا بريف إدلب.", "الدفاع المدني",
     "Syrian Civil Defense"),
    ("The Interior Ministry said a car bomb exploded in Baghdad's Karrada district, near Basra road.",
     "Interior Ministry", "Iraqi Ministry of Interior"),
    ("The Interior Ministry said the attack was under investigation.", "Interior Ministry", "Ministry of Interior"),
    ("The Health Ministry in Beirut said an Israeli strike on Nabatieh killed four people.", "Health Ministry",
     "Lebanese Ministry of Public Health"),
    ("An Israeli strike hit a house in Gaza, killing seven.", "Gaza", "Gaza"),
    ("An Israeli strike hit a house in Gaza City, killing seven.", "Gaza City", "Gaza City"),
]


@pytest.mark.parametrize(("text", "surface", "canonical"), CONTEXT)
def test_country_context(text: str, surface: str, canonical: str) -> None:
    ents = entities(text)
    assert surface in ents, sorted(ents)
    assert ents[surface][1] == canonical


LATIN_DIN = [
    # Latin spelling of an Arabic name -> DIN (lexicon, attested spellings, X-ullah compounds)
    ("Najibullah", "Naǧīb Allāh"),
    ("Habibullah", "Ḥabīb Allāh"),
    ("Bashir", "Bašīr"),
    ("Khalil", "Ḫalīl"),
    ("Samir", "Samīr"),
    ("Samer", "Sāmir"),
    ("al-Shaab", "aš-Ša‘b"),
    ("Old City", None),  # English words get no DIN
    ("Rashid Street", None),
]


@pytest.mark.parametrize(("latin", "din"), LATIN_DIN)
def test_latin_to_din(latin: str, din: str | None) -> None:
    assert latin_to_din(latin) == din


def test_latin_mention_takes_arabic_din() -> None:
    text = "قصفت طائرات التحالف مدينة حجة.\n\nCoalition aircraft struck the city of Hajjah on Sunday."
    ents = entities(text)
    assert ents["حجة"][2] == "Ḥaǧǧa"
    assert ents["Hajjah"][2] == "Ḥaǧǧa"


THEOPHORIC = [
    # X + الله: the first part is a CaCC noun in DIN, one word ending in -ullah on the wires
    ("فضل الله", "Faḍl Allāh", "Fadlullah"),
    ("سعد الله", "Sa‘d Allāh", "Sadullah"),
    ("نجيب الله", "Naǧīb Allāh", "Najibullah"),
    ("عبد الله", "‘Abd Allāh", "Abdullah"),
]


@pytest.mark.parametrize(("arabic", "din", "wire"), THEOPHORIC)
def test_theophoric_names(arabic: str, din: str, wire: str) -> None:
    from marsad.names import canonical_name

    assert romanize_din(arabic)[0] == din
    assert canonical_name(arabic) == wire


JOINED = [
    ("كفرزيتا", "Kafr Zītā"),
    ("ديرالعصافير", "Dayr al-‘Aṣāfīr"),
    ("عبدالكريم", "‘Abd al-Karīm"),
    ("كفر", "Kafr"),  # the head alone stays one word
    ("ديرك", "Dayrak"),  # too short to hold a head and a name: one word
]


@pytest.mark.parametrize(("arabic", "din_first_word"), JOINED)
def test_joined_heads_split(arabic: str, din_first_word: str) -> None:
    got = romanize_din(arabic)[0].split()
    want = din_first_word.split()
    assert len(got) == len(want)
    if len(want) > 1:
        assert got[0] == want[0]
