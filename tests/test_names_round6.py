"""Round 6 of generalisation: landmarks named by a listed place, doubled letters in Latin spellings,
a market's 'popular' adjective, MP as a title, and public facts from Iraq and Yemen."""

from __future__ import annotations

from marsad.names import canonical_name, romanize_din
from marsad.names.canonical import latin_to_din
from marsad.names.recognize import recognize
from marsad.record import Document


def _ents(text: str) -> dict[str, tuple[str, str, object]]:
    doc = Document(id="t", text=text)
    recognize(doc)
    return {e.text: (e.type, e.canonical, e.din) for e in doc.entities}


def test_listed_place_with_a_lower_case_hospital_is_a_landmark() -> None:
    got = _ents("A nurse at Ramadi hospital said three of the wounded were in critical condition.")
    assert got["Ramadi hospital"][0] == "place"
    assert got["Ramadi hospital"][1] == "Ramadi hospital"  # as wires write it
    assert got["Ramadi hospital"][2] == "Mustašfā ar-Ramādī"
    assert "Ramadi" in got


def test_place_with_a_capitalised_word_after_it_is_not_a_landmark() -> None:
    got = _ents("Officials in Ramadi said on Monday that the road was closed.")
    assert "Ramadi said" not in got


def test_popular_market_is_also_named_without_its_adjective() -> None:
    got = _ents("وسقطت قذيفة على سوق رازح الشعبي ظهر اليوم.")
    assert "سوق رازح" in got
    assert got["سوق رازح"][1] == "Razih Market"


def test_doubled_letter_in_the_latin_spelling_picks_the_geminated_reading() -> None:
    assert latin_to_din("Ali Ghannam") == "‘Alī Ġannām"
    assert latin_to_din("Mahmoud Kattan") == "Maḥmūd Qaṭṭān"
    assert latin_to_din("Ahmed Hamad") == "Aḥmad Ḥamad"  # a single letter keeps the plain reading


def test_member_of_parliament_is_a_title_not_part_of_the_name() -> None:
    got = _ents("Later, MP Hassan al-Karbouli said the government had failed the families.")
    assert "Hassan al-Karbouli" in got
    assert not any(t.startswith("MP ") for t in got)


def test_family_names_and_adjectives_from_the_lexicon() -> None:
    assert romanize_din("سامي نصار") == ["Sāmī Naṣṣār"]
    assert canonical_name("مستشفى الجمهوري") == "Al-Jumhuri Hospital"
    assert romanize_din("مستشفى الجمهوري") == ["Mustašfā al-Ǧumhūrī"]
    assert canonical_name("نادر الحلو") == "Nader al-Helou"


def test_lakes_dams_and_yemeni_border_district() -> None:
    got = _ents("Gunmen fled toward Lake Habbaniyah after the attack near the Mosul Dam.")
    assert got["Lake Habbaniyah"][2] == "Buḥayrat al-Ḥabbāniyya"
    assert got["Mosul Dam"][1] == "Mosul Dam"
    got = _ents("قصف مدفعي على قرى مديرية منبه الحدودية بمحافظة صعدة.")
    assert got["منبه"][1:] == ("Munabbih", "Munabbih")


def test_iraqi_operations_command_in_either_spelling() -> None:
    got = _ents("A source in the Salah al-Din Operations Command said two soldiers were wounded.")
    assert got["Salah al-Din Operations Command"][1] == "Salahuddin Operations Command"
    got = _ents("وقالت قيادة عمليات الأنبار في بيان إن القوات صدت الهجوم.")
    assert got["قيادة عمليات الأنبار"][1] == "Anbar Operations Command"


def test_english_adjective_before_the_head_goes_after_it_in_din() -> None:
    assert latin_to_din("Ramadi Teaching Hospital") == "Mustašfā ar-Ramādī at-Ta‘līmī"
    assert latin_to_din("Karim Saleh Governmental Hospital") == "Mustašfā Karīm Ṣāliḥ al-Ḥukūmī"
    assert latin_to_din("Nasser Medical Complex") is None  # an English word with no Arabic counterpart listed


def test_unlisted_district_after_mudiriyya_is_a_place_not_a_directorate() -> None:
    got = _ents("وسقطت قذائف على قرى مديرية شدا الحدودية، فيما أعلنت مديرية مياه حماة انقطاع الضخ.")
    assert got["شدا"][0] == "place"
    assert "مديرية شدا الحدودية" not in got
    assert got["مديرية مياه حماة"][1] == "Hama Water Directorate"


def test_din_lettered_name_with_an_english_head_puts_the_head_first() -> None:
    got = _ents("Witnesses said the strike hit the Ḫālid ibn al-Walīd mosque during prayers.")
    assert got["Ḫālid ibn al-Walīd mosque"][2] == "Masǧid Ḫālid ibn al-Walīd"


def test_outlet_named_in_a_staff_byline_and_no_outlet_from_a_lower_case_monitor() -> None:
    got = _ents("Strikes hit Idlib market\n\nMiddle East Eye Staff & Agencies\n17 October, 2024\n\n"
                "Strikes hit a market in Idlib on Thursday.\n\nMore follows.")
    assert got["Middle East Eye"][0] == "outlet"
    got = _ents("Air strike on market kills at least 12: monitor\n\nA war monitor said the toll could rise.")
    assert not any(t == "outlet" for t, _, _ in got.values())


def test_consonant_cluster_before_waw_marbuta_reads_cacwa() -> None:
    assert romanize_din("مروة") == ["Marwa"]
    assert romanize_din("الصحوة") == ["aṣ-Ṣaḥwa"]
    assert romanize_din("القوة") == ["al-Quwwa"]  # one consonant before: the doubled و stays


def test_common_words_are_not_towns_without_a_cue() -> None:
    got = _ents("وقال إن الأمرين سيان، وتحدث عن نبل الموقف في عملية عاصفة الحزم.")
    assert not any(t == "place" for t, _, _ in got.values())
