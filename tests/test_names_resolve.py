"""`marsad.names.resolve`: any spelling, either script -> one gazetteer record."""

from __future__ import annotations

import pytest

from marsad.names import resolve

SAME = [
    # (spelling, id)
    ("Reuters", "outlet:reuters"), ("رويترز", "outlet:reuters"), ("لرويترز", "outlet:reuters"),
    ("AFP", "outlet:afp"), ("فرانس برس", "outlet:afp"), ("Agence France-Presse", "outlet:afp"),
    ("The Associated Press", "outlet:ap"), ("أسوشيتد برس", "outlet:ap"),
    ("Anadolu", "outlet:anadolu"), ("وكالة الأناضول", "outlet:anadolu"),
    ("Al Jazeera", "outlet:aljazeera"), ("al-Jazeera", "outlet:aljazeera"), ("الجزيرة", "outlet:aljazeera"),
    ("قناة الجزيرة", "outlet:aljazeera"), ("Al-Arabiya", "outlet:alarabiya"),
    ("Al Mayadeen", "outlet:almayadeen"), ("الميادين", "outlet:almayadeen"), ("al-Mayādīn", "outlet:almayadeen"),
    ("SANA", "outlet:sana"), ("سانا", "outlet:sana"), ("Sputnik", "outlet:sputnik"), ("سبوتنيك", "outlet:sputnik"),
    ("RIA Novosti", "outlet:ria"), ("TASS", "outlet:tass"), ("CNN", "outlet:cnn"), ("BBC", "outlet:bbc"),
    ("New York Times", "outlet:nyt"), ("نيويورك تايمز", "outlet:nyt"), ("Washington Post", "outlet:wapo"),
    ("Syrian Observatory for Human Rights", "org:sohr"), ("SOHR", "org:sohr"), ("المرصد السوري", "org:sohr"),
    ("للمرصد السوري لحقوق الإنسان", "org:sohr"), ("والمرصد السوري", "org:sohr"),
    ("White Helmets", "org:white-helmets"), ("الدفاع المدني السوري", "org:white-helmets"),
    ("الخوذ البيضاء", "org:white-helmets"), ("Syrian Civil Defence", "org:white-helmets"),
    ("Pentagon", "org:us-dod"), ("البنتاغون", "org:us-dod"), ("وزارة الدفاع الأميركية", "org:us-dod"),
    ("وزارة الدفاع الامريكية", "org:us-dod"), ("CENTCOM", "org:centcom"), ("القيادة المركزية الأمريكية", "org:centcom"),
    ("داعش", "org:islamic-state"), ("تنظيم الدولة", "org:islamic-state"), ("ISIL", "org:islamic-state"),
    ("Daesh", "org:islamic-state"), ("Dā‘iš", "org:islamic-state"), ("HTS", "org:hts"),
    ("هيئة تحرير الشام", "org:hts"), ("Hay'at Tahrir al-Sham", "org:hts"), ("حراس الدين", "org:hurras-aldin"),
    ("Ḥurrās ad-Dīn", "org:hurras-aldin"), ("Hurras al Din", "org:hurras-aldin"), ("الحشد الشعبي", "org:pmf"),
    ("PMF", "org:pmf"), ("Popular Mobilisation Forces", "org:pmf"), ("حزب الله", "org:hezbollah"),
    ("Hizbollah", "org:hezbollah"), ("حماس", "org:hamas"), ("الحوثيين", "org:houthis"),
    ("أنصار الله", "org:houthis"), ("Ansar Allah", "org:houthis"), ("IDF", "org:idf"),
    ("الجيش الإسرائيلي", "org:idf"), ("وزارة الصحة", "org:moh"), ("UN", "org:un"), ("الأمم المتحدة", "org:un"),
    ("UNICEF", "org:unicef"), ("World Health Organisation", "org:who"), ("OCHA", "org:ocha"),
    ("هيومن رايتس ووتش", "org:hrw"), ("العفو الدولية", "org:amnesty"), ("Airwars", "org:airwars"),
    ("Russia's Defence Ministry", "org:russia-mod"), ("Taliban", "org:taliban"), ("حركة طالبان", "org:taliban"),
    # places: GeoNames plus wire spellings, Afghan places by hand
    ("Atmeh", "place:atmeh"), ("Atma", "place:atmeh"), ("أطمة", "place:atmeh"), ("اطمة", "place:atmeh"),
    ("Kabul", "place:kabul"), ("كابل", "place:kabul"), ("Mazar-e Sharif", "place:mazar-i-sharif"),
]


@pytest.mark.parametrize(("spelling", "rid"), SAME)
def test_resolve_id(spelling: str, rid: str) -> None:
    info = resolve(spelling)
    assert info is not None and info.id == rid


CANONICAL = [
    ("حلب", "Aleppo", "Ḥalab"), ("Halab", "Aleppo", "Ḥalab"), ("الموصل", "Mosul", "al-Mawṣil"),
    ("Dayr az Zawr", "Deir ez-Zor", "Dayr az-Zūr"), ("دير الزور", "Deir ez-Zor", "Dayr az-Zūr"),
    ("Khan Sheikhoun", "Khan Shaykhun", "Ḫān Šayḫūn"), ("النصيرات", "Nuseirat", "an-Nuṣayrāt"),
    ("الحسكة", "Hasakah", "al-Ḥasaka"),
]


@pytest.mark.parametrize(("spelling", "canonical", "din"), CANONICAL)
def test_resolve_place(spelling: str, canonical: str, din: str) -> None:
    info = resolve(spelling)
    assert info is not None and info.type == "place"
    assert (info.canonical, info.din) == (canonical, din)
    assert info.lat is not None and info.country


def test_surface_din_follows_the_spelling() -> None:
    assert resolve("داعش").din == "Dā‘iš"
    assert resolve("الدولة الإسلامية").din == "ad-Dawla al-Islāmiyya"
    assert resolve("Islamic State").din is None  # a translation, not a romanisation
    assert resolve("Reuters").din is None


@pytest.mark.parametrize("text", ["", "   ", "the", "وبحسب", "Monday", "xyzzy plugh", "قال"])
def test_unknown_is_none(text: str) -> None:
    assert resolve(text) is None


def test_fuzzy_near_spelling() -> None:
    info = resolve("Syrian Observatry for Human Rights")
    assert info is not None and info.id == "org:sohr"
    assert resolve("Syrian Observatry for Human Rights", fuzzy=False) is None
