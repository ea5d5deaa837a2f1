"""Round 9 of generalisation: Levantine clan names of the CaCāCCa pattern, Lebanese family names, the
Sudanese spelling Osman, and public places and bodies of Tubas, Tyre, Samarra and Sudan (invented sentences)."""

from __future__ import annotations

from marsad.names.canonical import latin_to_din
from marsad.names.recognize import recognize
from marsad.record import Document


def _ents(text: str) -> dict[str, tuple[str, str, object]]:
    doc = Document(id="t", text=text)
    recognize(doc)
    return {e.text: (e.type, e.canonical, e.din) for e in doc.entities}


def test_clan_names_read_without_a_vowel_after_the_long_a() -> None:
    got = _ents("قال الشاب أحمد خالد عمايرة إن القصف استمر ساعتين.")
    assert got["أحمد خالد عمايرة"][1:] == ("Ahmed Khaled Amayreh", "Aḥmad Ḫālid ‘Amāyra")
    assert latin_to_din("Daraghmeh") == "Darāġma"


def test_lebanese_family_name_after_a_reporter_and_a_place() -> None:
    got = _ents("وأفاد مراسلنا في النبطية علي بزّي بأن الغارة استهدفت منزلاً.")
    assert got["علي بزّي"][1:] == ("Ali Bazzi", "‘Alī Bazzī")


def test_family_name_spelled_like_a_given_name_keeps_both_readings() -> None:
    assert latin_to_din("Mroueh") == "Murūwa"
    assert latin_to_din("Marwa") == "Marwa"


def test_laith_is_a_given_name() -> None:
    got = _ents("وقال ليث العبيدي، أحد سكان القرية، إن الانفجار كان قوياً.")
    assert got["ليث العبيدي"][1:] == ("Laith al-Obeidi", "Layṯ al-‘Ubaydī")


def test_osman_in_sudanese_copy() -> None:
    got = _ents("وقال عثمان محمد إبراهيم، مدير المستشفى في الخرطوم، إن الجرحى كثر.")
    assert got["عثمان محمد إبراهيم"][1] == "Osman Mohamed Ibrahim"


def test_tyre_quarter_needs_its_head_and_the_common_word_stays_a_word() -> None:
    got = _ents("دمرت الغارة منزلاً في حي الحوش بمدينة صور.")
    assert got["حي الحوش"][1:] == ("Hosh", "Ḥayy al-Ḥawš")
    assert "الحوش" not in _ents("جلسنا في الحوش حتى المساء.")


def test_south_lebanon_hospital_and_village() -> None:
    got = _ents("نقل المصابون إلى مستشفى جبل عامل، بعد غارة على بلدة صريفا.")
    assert got["مستشفى جبل عامل"][1:] == ("Jabal Amel Hospital", "Mustašfā Ǧabal ‘Āmil")
    assert got["صريفا"][1:] == ("Srifa", "Ṣrīfā")


def test_sudanese_bodies_and_state() -> None:
    got = _ents("وقالت مجموعة محامو الطوارئ إن القتلى مدنيون.")
    assert got["محامو الطوارئ"][1] == "Emergency Lawyers"
    got = _ents("A strike in Gezira State killed five, the Palestine Red Crescent said.")
    assert got["Gezira State"][1:] == ("Gezira", "al-Ǧazīra")
    assert got["Palestine Red Crescent"][1] == "Palestine Red Crescent Society"


def test_iraqi_village_and_west_bank_hospital() -> None:
    got = _ents("قتل مسلحون ثلاثة جنود قرب مطيبيجة شرقي سامراء.")
    assert got["مطيبيجة"][1:] == ("Mutaibija", "Muṭaybīǧa")
    got = _ents("نقل الجرحى إلى مستشفى طوباس التركي الحكومي.")
    assert got["مستشفى طوباس التركي الحكومي"][1] == "Tubas Turkish Governmental Hospital"


def test_gaza_and_south_lebanon_hospitals_in_both_scripts() -> None:
    got = _ents("ونقل المصابون إلى مستشفى غزة الأوروبي، ثم إلى المستشفى اللبناني الإيطالي ومستشفى نبيه بري الحكومي.")
    assert got["مستشفى غزة الأوروبي"][1] == "European Gaza Hospital"
    assert got["المستشفى اللبناني الإيطالي"][1] == "Lebanese Italian Hospital"
    assert got["مستشفى نبيه بري الحكومي"][1:] == ("Nabih Berri Governmental Hospital", "Mustašfā Nabīh Birrī al-Ḥukūmī")
    got = _ents("The wounded were taken to the Kuwaiti Hospital in Rafah and to Hammoud Hospital in Sidon.")
    assert got["Kuwaiti Hospital"][1] == "Kuwaiti Hospital"
    assert got["Hammoud Hospital"][1] == "Hammoud University Hospital"


def test_land_adjective_is_no_family_name() -> None:
    assert _ents("بدأ الجيش هجوماً بريّاً واسعاً، وقال محمد إن التوغل البري فشل.") == {}
