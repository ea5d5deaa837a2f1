"""General phenomena from a fourth blind set: quarters named with their head (حارة X, the X neighbourhood),
adjectives after a place cue, generic bodies read by the report's country (الهلال الأحمر, Military
Intelligence), possessives before a listed name, common names the lexicon lacked (invented text)."""

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


def _din(e) -> str | None:
    return e.din[0] if isinstance(e.din, list) and e.din else e.din


# (text, surface that must be an entity, canonical or None, din or None)
FOUND = [
    # a quarter is named with its head, and its canonical is the bare name
    ("سقطت قذيفة في حارة الحمام وسط البلدة القديمة.", "حارة الحمام", "Al-Hammam", "Ḥārat al-Ḥammām"),
    ("سقطت قذيفة في حارة الحمام وسط البلدة القديمة.", "الحمام", "Al-Hammam", "al-Ḥammām"),
    ("A shell hit the Hammam neighbourhood in the old town.", "Hammam neighbourhood", "Hammam neighbourhood", None),
    ("A shell hit the Hammam neighbourhood in the old town.", "Hammam", None, None),
    # an adjective agreeing with the place cue does not make the name a construct
    ("وقعت اشتباكات قرب بلدة نمر المجاورة مساء الأحد.", "نمر", "Nimr", "Nimr"),
    # generic bodies take the body of the report's country
    ("وقالت جمعية الهلال الأحمر إن طواقمها نقلت جريحين من جنين ونابلس إلى رام الله.", "جمعية الهلال الأحمر",
     "Palestine Red Crescent Society", "Ǧam‘iyyat al-Hilāl al-Aḥmar"),
    ("وقال الهلال الأحمر إن قافلة وصلت إلى إدلب وحلب وحماة.", "الهلال الأحمر", "Syrian Arab Red Crescent",
     "al-Hilāl al-Aḥmar"),
    ("Gunmen linked to Military Intelligence stormed a checkpoint near Daraa and Homs in Syria.",
     "Military Intelligence", "Military Security", None),
    ("قتل عنصر من فرع الأمن العسكري في حمص.", "فرع الأمن العسكري", "Military Security", "Far‘ al-Amn al-‘Askarī"),
    ("وقتل مسلحان من كتيبة طولكرم في الاشتباك.", "كتيبة طولكرم", "Tulkarm Brigade", "Katībat Ṭūlkarm"),
    # a generic head (حركة, جمعية, فرع) also yields the bare listed name, after a clitic too
    ("قتل مسلح ينتمي لحركة الجهاد الإسلامي في الغارة.", "الجهاد الإسلامي", "Palestinian Islamic Jihad", None),
    ("قتل عنصر من فرع الأمن العسكري في حمص.", "الأمن العسكري", "Military Security", "al-Amn al-‘Askarī"),
    # an outlet whose name is a common word is recognised in its dateline
    ("رام الله- معا- أفاد مراسلنا أن", "معا", "Ma'an News Agency", "Ma‘an"),
    ("نقل المصابون إلى مشفى المواساة في العاصمة.", "مشفى المواساة", "al-Mouwasat Hospital", None),
    # a landmark's ب + city says where it is; its generic adjective may be dropped as wires do
    ("أفاد مصدر طبي في مستشفى النور العام بالحديدة أن", "مستشفى النور العام", "Al-Nour General Hospital", None),
    ("أفاد مصدر طبي في مستشفى النور العام بالحديدة أن", "مستشفى النور", "Al-Nour Hospital", None),
    ("وقال مكتب حقوق الإنسان بصعدة إن", "مكتب حقوق الإنسان بصعدة", "Saada Human Rights Office", None),
    # a GeoNames town in a list after a preposition
    ("The wounded were taken to hospitals in Daraa, Nawa and Damascus.", "Nawa", "Nawa", "Nawā"),
    # a possessive does not start a listed name
    ("said the army's Security Media Cell on Monday.", "Security Media Cell", None, None),
    # common given and family names the lexicon lacked
    ("وقال حسان جمعة إن المسعفين وصلوا متأخرين.", "حسان جمعة", "Hassan Jumaa", "Ḥassān Ǧum‘a"),
    ("وقال الناشط خالد الزعبي إن القصف استمر.", "خالد الزعبي", None, "Ḫālid az-Zu‘bī"),
    ("وقال المهندس نثار أحمد إن الطريق قطع.", "نثار أحمد", None, "Niṯār Aḥmad"),
    ("Provincial official Nisar Ahmad said the road was cut.", "Nisar Ahmad", None, "Niṯār Aḥmad"),
    # an Arabic spelling of an English acronym has a DIN of its own
    ("وقالت بعثة يوناما في بيان إن", "يوناما", None, "Yūnāmā"),
]


@pytest.mark.parametrize(("text", "surface", "canonical", "din"), FOUND)
def test_found(text: str, surface: str, canonical: str | None, din: str | None) -> None:
    ents = [e for e in _entities(text) if e.text == surface]
    assert ents, f"{surface!r} not found in {[e.text for e in _entities(text)]}"
    e = ents[0]
    if canonical is not None:
        assert e.canonical == canonical
    if din is not None:
        assert _din(e) == din


# (text, surface that must NOT be an entity)
NOT_FOUND = [
    ("said the army's Security Media Cell on Monday.", "army's Security"),
    ("وقالت قوات الأمن في منطقة خفض التصعيد إن", "خفض"),
    ("أفاد مصدر طبي في مستشفى النور العام بالحديدة أن", "مستشفى النور العام بالحديدة"),
    ("سقطت قذيفة في حارة الحمام وسط البلدة القديمة.", "حارة الحمام وسط"),
]


@pytest.mark.parametrize(("text", "surface"), NOT_FOUND)
def test_not_found(text: str, surface: str) -> None:
    assert surface not in [e.text for e in _entities(text)]
