"""Round 16 names: Kurdish-spelling bodies (كوردستان) and a brand glued to its number, a town whose name is a
common adjective (الأبيض) after a bearing, a landmark named after a two-word place, camps listed with their head,
عبد ربه written apart, given names that are also time or function words after an office (صباح، حسب الرسول),
"codenamed" aliases in quotes, English persons in apposition (role or age), Ibn opening a name in DIN, a
general directorate of a field in a place, a governorate apart from its capital (invented sentences)."""

from __future__ import annotations

import pytest

from marsad.api import extract
from marsad.names.canonical import latin_to_din
from marsad.names.institutions import translate_institution
from marsad.names.recognize import recognize
from marsad.record import Document, Metadata


def _ents(text: str) -> dict[str, tuple[str, str, object]]:
    doc = Document(id="t", text=text)
    recognize(doc)
    return {e.text: (e.type, e.canonical, e.din) for e in doc.entities}


def test_kurdish_spelling_and_glued_number() -> None:
    got = _ents("وأعلن حزب العمال الكوردستاني مسؤوليته عن الهجوم.")
    assert got["حزب العمال الكوردستاني"][1] == "Kurdistan Workers' Party"
    got = _ents("ونقلت كوردستان24 عن مصدر أمني أن الطريق أغلق.")
    assert got["كوردستان24"][:2] == ("outlet", "Kurdistan24")


def test_adjective_town_after_a_bearing_only() -> None:
    got = _ents("وصلت القافلة إلى قرية صغيرة غرب الأبيض بعد يومين.")
    assert got["الأبيض"][1:] == ("El Obeid", "al-Ubayyiḍ")
    got = _ents("وتنتظر السفن في شرق البحر الأبيض المتوسط.")
    assert "الأبيض" not in got  # the Mediterranean: the adjective "white"
    got = _ents("ورفع السكان العلم الأبيض فوق المنازل.")
    assert "الأبيض" not in got


def test_landmark_of_a_two_word_place_and_camp_with_head() -> None:
    got = _ents("ونقل المصابون إلى مستشفى أم درمان التعليمي ليلاً.")
    assert got["مستشفى أم درمان التعليمي"][1] == "Omdurman Teaching Hospital"
    got = _ents("وفرّ السكان إلى مخيم زمزم للنازحين.")
    assert got["مخيم زمزم"][1:] == ("Zamzam camp", "Muḫayyam Zamzam")


def test_abd_rabbih_written_apart() -> None:
    got = _ents("وقال القائد علي عبد ربه سالم إن القوات تقدمت.")
    assert got["علي عبد ربه سالم"][1:] == ("Ali Abdrabbo Salem", "‘Alī ‘Abd Rabbih Sālim")


def test_given_names_that_are_common_words_after_an_office() -> None:
    got = _ents("وصرح رئيس البلدية صباح جلال أحمد بأن المياه قطعت.")
    assert got["صباح جلال أحمد"][0] == "person"
    got = _ents("وقال مدير المستشفى صباح اليوم إن الجرحى وصلوا.")
    assert not any(v[0] == "person" for v in got.values())
    got = _ents("وقال الناطق باسم الشرطة حسب الله محمد إن التحقيق بدأ.")
    assert got["حسب الله محمد"][0] == "person"
    got = _ents("وقال المتحدث باسم الجيش حسب البيان إن الهجوم صد.")
    assert not any(v[0] == "person" for v in got.values())


def test_codenamed_alias_in_quotes() -> None:
    got = _ents('A militant codenamed "Dilan Zagros" was among the dead.')
    assert got["Dilan Zagros"][0] == "person"
    got = _ents('An offensive codenamed "Claw Lock" began in April.')
    assert "Claw Lock" not in got


def test_english_apposition_persons() -> None:
    got = _ents('"We lost everything," said Njeri Wanyama, the charity\'s country director for the region.')
    assert got["Njeri Wanyama"][0] == "person"
    got = _ents("Musa, a 34-year-old driver, said the road was shelled.")
    assert got["Musa"][0] == "person"
    got = _ents("Baraka, 27, said he had lost two brothers in the shelling.")
    assert got["Baraka"][0] == "person"
    got = _ents("Mosul, 2017. The city fell after months of fighting.")
    assert got["Mosul"][0] == "place"
    got = _ents("The mayor of the town, Karim Hama Salih, told reporters the road was closed.")
    assert got["Karim Hama Salih"][0] == "person"  # a town name inside a person's name gives way


def test_ibn_opening_a_name_and_directorate_in_a_place() -> None:
    assert latin_to_din("Ibn Sina hospital") == "Mustašfā Ibn Sīnā"
    assert latin_to_din("Ahmed ibn Ali") == "Aḥmad ibn ‘Alī"
    assert translate_institution("المديرية العامة لصحة دهوك") == "General Directorate of Health in Duhok"
    assert translate_institution("المديرية العامة للدفاع المدني") == "General Directorate of Civil Defence"


def test_governorate_apart_from_its_capital() -> None:
    got = _ents("في مدينة الحوطة عاصمة محافظة لحج")
    assert got["الحوطة"][1:] == ("Al Houta", "al-Ḥawṭa")
    assert got["لحج"][1:] == ("Lahj", "Laḥǧ")


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("قتل أكثر من مائة شخص في القصف.", "Al Maya"),  # a number word, not the Libyan town
        ("بلغ عدد القتلى نحو المائة.", "Al Maya"),
        ("سيارة مفخخة بنحو ألف ومائة كيلوغرام من المتفجرات.", "Al Maya"),  # with a clitic
        ("وقال رئيس المجلس الرئاسي فايز السراج إن الحكومة ستحقق.", "Al-Siraj"),  # a family name
        ("ونائبه سراج الدين حقاني.", "Al-Siraj"),  # a given name
    ],
)
def test_common_words_that_spell_a_place_need_a_cue(text: str, absent: str) -> None:
    doc = extract(Document(id="t", text=text, meta=Metadata(format="text")))
    assert absent not in {e.canonical for e in doc.entities}


@pytest.mark.parametrize(
    ("text", "place"),
    [("اندلعت اشتباكات في منطقة الماية غرب طرابلس.", "Al Maya"), ("سقطت قذيفة على حي السراج.", "Al-Siraj")],
)
def test_the_same_places_after_a_place_word(text: str, place: str) -> None:
    doc = extract(Document(id="t", text=text, meta=Metadata(format="text")))
    assert place in {e.canonical for e in doc.entities}


@pytest.mark.parametrize("text", ["قال الرئيس عبد ربه منصور هادي ذلك.", "قال الرئيس عبدربه منصور هادي ذلك."])
def test_one_canonical_name_for_both_spellings_of_a_compound_given_name(text: str) -> None:
    doc = extract(Document(id="t", text=text, meta=Metadata(format="text")))
    assert "Abd Rabbuh Mansur Hadi" in {e.canonical for e in doc.entities}


@pytest.mark.parametrize("text", ["مديرية", "وصلت التعزيزات إلى مديرية", "Reinforcements reached the مديرية"])
def test_a_head_noun_at_the_end_of_the_text_is_no_crash(text: str) -> None:
    doc = extract(Document(id="t", text=text, meta=Metadata(format="text")))  # (raised AttributeError)
    assert all(e.text != text for e in doc.entities)
