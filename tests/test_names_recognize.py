"""Recognition of names in sentences written for these tests (not corpus text)."""

from __future__ import annotations

import time

import pytest

from marsad.names import recognize_names
from marsad.record import Document
from marsad.segment import segment


def entities(text: str) -> dict[str, tuple[str, str, object, str]]:
    doc = Document(id="t", text=text)
    segment(doc)
    recognize_names(doc)
    return {e.text: (e.type, e.canonical, e.din, e.id) for e in doc.entities}


FOUND = [
    # (sentence, surface, type, canonical)
    ("قال المتحدث باسم الدفاع المدني السوري في إدلب إن غارة استهدفت بلدة سرمين.",
     "الدفاع المدني السوري", "org", "Syrian Civil Defense"),
    ("قال المتحدث باسم الدفاع المدني السوري في إدلب إن غارة استهدفت بلدة سرمين.", "سرمين", "place", "Sarmin"),
    ("أعلن المرصد السوري لحقوق الإنسان مقتل القيادي أبو يزن الحمصي بغارة قرب مدينة الباب.",
     "أبو يزن الحمصي", "person", "Abu Yazan al-Homsi"),
    ("أعلن المرصد السوري لحقوق الإنسان مقتل القيادي أبو يزن الحمصي بغارة قرب مدينة الباب.",
     "الباب", "place", "al-Bab"),
    ("وقال الناشط الإعلامي محمد الحلبي لوكالة فرانس برس إن الضحايا من المدنيين.",
     "محمد الحلبي", "person", "Mohammed al-Halabi"),
    ("وقال الناشط الإعلامي محمد الحلبي لوكالة فرانس برس إن الضحايا من المدنيين.",
     "وكالة فرانس برس", "outlet", "Agence France-Presse"),
    ("وأكدت حركة حماس أن جيش الاحتلال قصف مخيم النصيرات.", "حماس", "org", "Hamas"),
    ("وأكدت حركة حماس أن جيش الاحتلال قصف مخيم النصيرات.", "جيش الاحتلال", "org", "Israel Defense Forces"),
    ("وأكدت حركة حماس أن جيش الاحتلال قصف مخيم النصيرات.", "النصيرات", "place", "Nuseirat"),
    ("نقلت وكالة رويترز عن مصادر في الجيش العراقي أن الهجوم وقع قرب الفلوجة.", "الجيش العراقي", "org", "Iraqi Army"),
    ("نقلت وكالة رويترز عن مصادر في الجيش العراقي أن الهجوم وقع قرب الفلوجة.", "الفلوجة", "place", "Fallujah"),
    ("استهدفت الغارات بلدات سراقب والشيخ مسكين وأبو الظهور.", "الشيخ مسكين", "place", "Sheikh Miskin"),
    ("قال مدير مرصد الفرات الحقوقي إن الحصيلة ارتفعت.", "مرصد الفرات الحقوقي", "org", "Al-Furat Rights Monitor"),
    ("وأفاد مسجد خالد بن الوليد في حمص بأضرار.", "مسجد خالد بن الوليد", "place", "Khaled ibn al-Walid Mosque"),
    ("A spokesman for the Pentagon, John Kirby, said the raid killed Abu Yazan al-Homsi.",
     "Pentagon", "org", "US Department of Defense"),
    ("A spokesman for the Pentagon, John Kirby, said the raid killed Abu Yazan al-Homsi.",
     "John Kirby", "person", "John Kirby"),
    ("A spokesman for the Pentagon, John Kirby, said the raid killed Abu Yazan al-Homsi.",
     "Abu Yazan al-Homsi", "person", "Abu Yazan al-Homsi"),
    ("Medical workers at the Bab al-Hawa hospital said Khaled Abdul Karim, 34, died.",
     "Bab al-Hawa hospital", "place", "Bab al-Hawa hospital"),
    ("Medical workers at the Bab al-Hawa hospital said Khaled Abdul Karim, 34, died.",
     "Khaled Abdul Karim", "person", "Khaled Abdul Karim"),
    ("The Health Ministry in Gaza said 12 people were killed in Nuseirat.", "Health Ministry", "org",
     "Gaza Ministry of Health"),  # a generic body takes the country of the report's places
    ("The Health Ministry in Gaza said 12 people were killed in Nuseirat.", "Nuseirat", "place", "Nuseirat"),
    ("Fighters from Islamic State-held villages attacked, the Syrian Democratic Forces said.",
     "Islamic State", "org", "Islamic State"),
    ("Fighters from Islamic State-held villages attacked, the Syrian Democratic Forces said.",
     "Syrian Democratic Forces", "org", "Syrian Democratic Forces"),
    ("The strike was condemned by the Aleppo Media Center and the Idlib Health Directorate.",
     "Aleppo Media Center", "org", "Aleppo Media Center"),
    ("ALEPPO, Syria, March 3 (Levant Wire) - At least nine people were killed.", "Levant Wire", "outlet",
     "Levant Wire"),
    ("Capt. Bill Urban, a CENTCOM spokesman, said a review was under way.", "Bill Urban", "person", "Bill Urban"),
    ("The town's police chief, known as Jalal, said two children died.", "Jalal", "person", "Jalal"),
]


@pytest.mark.parametrize(("text", "surface", "type_", "canonical"), FOUND)
def test_found(text: str, surface: str, type_: str, canonical: str) -> None:
    ents = entities(text)
    assert surface in ents, sorted(ents)
    assert ents[surface][0] == type_
    assert ents[surface][1] == canonical


NOT_NAMES = [
    ("Residents said the strike hit the market. Most people were asleep. Nobody has claimed the attack.", set()),
    ("Who said what, and when? It is not clear.", set()),
    ("قال شهود عيان إن القصف استهدف السوق الشعبي صباح اليوم.", set()),
    ("وأضاف أن عدد القتلى مرشح للارتفاع بسبب وجود جرحى في حالة خطرة.", set()),
    ("THE WHO IS NOT INVOLVED, AN OFFICIAL SAID.", set()),
    ("اجتمعت الدول العربية في الشرق الأوسط بعد فتح المعبر على الطريق.", set()),
    ("وأضاف أن الحدث وقع على الأقل مرتين في آب الماضي.", set()),
]


def test_common_words_that_name_outlets_need_a_cue() -> None:
    ents = entities("وقالت العربية إن الغارة وقعت فجراً، بحسب «الحدث».")
    assert ents["العربية"][3] == "outlet:alarabiya"
    assert ents["الحدث"][3] == "outlet:alhadath"


@pytest.mark.parametrize(("text", "expected"), NOT_NAMES)
def test_no_false_names(text: str, expected: set[str]) -> None:
    assert set(entities(text)) == expected


def test_cross_script_ids() -> None:
    text = ("Abu Obeida al-Shami was killed in Sarmada, the White Helmets said.\n\n"
            "قُتل أبو عبيدة الشامي في سرمدا، بحسب الخوذ البيضاء.")
    doc = Document(id="t", text=text)
    segment(doc)
    recognize_names(doc)
    by = {e.text: e for e in doc.entities}
    assert by["Abu Obeida al-Shami"].id == by["أبو عبيدة الشامي"].id
    assert by["Sarmada"].id == by["سرمدا"].id
    assert by["White Helmets"].id == by["الخوذ البيضاء"].id
    assert by["أبو عبيدة الشامي"].din == "Abū ‘Ubayda aš-Šāmī"
    assert by["Abu Obeida al-Shami"].din == "Abū ‘Ubayda aš-Šāmī"  # DIN of the Arabic name
    assert by["Sarmada"].lat is not None and by["Sarmada"].country == "Syria"


def test_din_romanised_text_links_to_arabic() -> None:
    text = "Abū ‘Ubayda al-Baṣrī fled.\n\nفرّ أبو عبيدة البصري."
    doc = Document(id="t", text=text)
    segment(doc)
    recognize_names(doc)
    by = {e.text: e for e in doc.entities}
    assert by["Abū ‘Ubayda al-Baṣrī"].id == by["أبو عبيدة البصري"].id
    assert by["Abū ‘Ubayda al-Baṣrī"].canonical == "Abu Obeida al-Basri"


def test_mentions_point_into_text() -> None:
    text = "قال مراسل الميادين إن والجزيرة و بالبنتاغون والمرصد السوري ..."
    doc = Document(id="t", text=text)
    segment(doc)
    recognize_names(doc)
    for e in doc.entities:
        for m in e.mentions:
            assert doc.text[m.span.start : m.span.end].endswith(e.text[-3:])
    assert {e.id for e in doc.entities} >= {"outlet:almayadeen", "org:us-dod", "org:sohr"}


def test_linear_speed() -> None:
    para = ("قال المرصد السوري لحقوق الإنسان إن غارة على بلدة سرمين قتلت أبو محمد الحلبي. "
            "The Pentagon said Islamic State fighters died near Raqqa, Reuters reported.\n\n")
    doc = Document(id="t", text=para * 400)
    segment(doc)
    t0 = time.perf_counter()
    recognize_names(doc)
    assert time.perf_counter() - t0 < 5.0
    assert len(doc.entities) >= 6
