"""Round 11 attribution rules: an agency byline line under another outlet's masthead, an Arabic
"<outlet> - <place>" dateline, a role then a name is the person, a witness named after its title, a
verbal noun ending a speaker, and an accused body after a stance verb."""

from __future__ import annotations

from test_sources_examples import chain_for, outlet_name

_CARRIED = (
    "The National | World\n\n"
    "Shelling kills two in border town\n\n"
    "Reuters\n"
    "Amman\n\n"
    "Artillery fire on a market in the border town killed two people, the civil defence said on Sunday.\n"
)


def test_agency_byline_line_heads_the_chain_under_another_masthead() -> None:
    got = chain_for(_CARRIED, "two people", "en")
    assert got[0][0] == "Reuters" and len(got) == 2


def test_headline_above_the_byline_line_stays_the_outlets_own() -> None:
    assert chain_for(_CARRIED, "kills two", "en") == []


def test_near_miss_no_byline_line_no_agency() -> None:
    text = _CARRIED.replace("Reuters\n", "")
    assert len(chain_for(text, "two people", "en")) == 1


def test_arabic_dateline_ending_in_an_agency_credits_it() -> None:
    text = (
        "الشرق الأوسط\n\nقتلى بقصف على سوق حدودية\n\nالمفرق (الأردن) - أ ف ب\n\n"
        "وقالت الشرطة إن ثلاثة أشخاص قتلوا في القصف.\n"
    )
    got = chain_for(text, "ثلاثة أشخاص", "ar")
    assert got[0][0] == "Agence France-Presse" and len(got) == 2


def test_outlet_then_place_line_names_the_outlet() -> None:
    text = "مقتل ثلاثة بقصف على سوق\n\nسكاي نيوز عربية - أبوظبي\n\nقتل ثلاثة أشخاص في قصف على سوق المدينة.\n"
    assert outlet_name(text) == "Sky News Arabia"


def test_near_miss_place_then_place_line_names_no_outlet() -> None:
    text = "مقتل ثلاثة بقصف على سوق\n\nبيروت - دمشق\n\nقتل ثلاثة أشخاص في قصف على سوق المدينة.\n"
    assert outlet_name(text) is None


def test_source_telling_the_outlet_then_place_outlet_is_its_own_source() -> None:
    text = (
        "مقتل ثلاثة بقصف على سوق\n\nسكاي نيوز عربية - أبوظبي\n\n"
        'وقال مصدر أمني لموقع "سكاي نيوز عربية" إن ثلاثة أشخاص قتلوا.\n'
    )
    assert [n[0] for n in chain_for(text, "ثلاثة أشخاص", "ar")] == ["security source"]


def test_english_role_then_name_is_the_person() -> None:
    text = "Three people died, Regional Water Minister Jamal Abdi Warsame told reporters."
    got = chain_for(text, "Three people", "en")
    assert got[0][0] == "Jamal Abdi Warsame" and "Regional Water Minister" in got[0]


def test_near_miss_english_role_without_name_is_no_person() -> None:
    got = chain_for("Three people died, the Regional Water Minister told reporters.", "Three people", "en")
    assert got and got[0][0] != "Regional Water"


def test_arabic_role_with_its_place_then_name_is_the_person() -> None:
    text = "وقال وزير المياه في إقليم الشمال جمال عبدي ورسمة إن ثلاثة أشخاص قتلوا."
    got = chain_for(text, "ثلاثة أشخاص", "ar")
    assert got[0][0] == "جمال عبدي ورسمة"


def test_near_miss_arabic_role_with_place_and_no_name_keeps_the_role() -> None:
    got = chain_for("وقال وزير المياه في إقليم الشمال إن ثلاثة أشخاص قتلوا.", "ثلاثة أشخاص", "ar")
    assert "جمال" not in " ".join(got[0])


def test_witness_title_then_name_is_the_person() -> None:
    text = 'وقال الشاهد حسن علي موسى الذي يسكن قرب السوق: "رأيت جثث خمسة أشخاص".'
    assert chain_for(text, "خمسة أشخاص", "ar")[0][0] == "حسن علي موسى"


def test_verbal_noun_after_a_hospital_ends_the_speaker() -> None:
    text = "وأعلن مستشفى المدينة التعليمي استقبال أكثر من عشرين جريحا."
    assert "استقبال" not in " ".join(chain_for(text, "عشرين جريحا", "ar")[0])


def test_accused_body_after_a_stance_verb_is_not_the_speaker() -> None:
    text = 'واتهمت حكومة ولاية النيل الأزرق قوات الدعم السريع بالهجوم، قائلة إن "المسلحين قتلوا 12 مدنيا".'
    got = chain_for(text, "12 مدنيا", "ar")
    assert "Rapid Support Forces" not in got[0]


def test_known_source_named_with_its_country_runs_on_over_fi() -> None:
    text = "نعت المقاومة الإسلامية في لبنان، في بيان، مقاتلين اثنين سقطا في الغارة."
    assert chain_for(text, "مقاتلين اثنين", "ar")[0][0] == "Hezbollah"


def test_near_miss_unknown_body_in_a_place_is_cut_at_fi() -> None:
    text = "نعت الجمعية الخيرية في لبنان، في بيان، مقاتلين اثنين سقطا في الغارة."
    got = chain_for(text, "مقاتلين اثنين", "ar")
    assert not got or "Hezbollah" not in got[0]


def test_age_in_brackets_is_no_part_of_the_name_ar() -> None:
    text = "وقالت أم سامر الحلو (42 عاما) لمراسلنا إن ابنها أصيب بشظية."
    assert chain_for(text, "ابنها", "ar")[-1][0] == "أم سامر الحلو"


def test_age_between_commas_is_no_part_of_the_name_ar() -> None:
    text = "وقال يوسف داود، 50 عاماً، إن ثلاثة من جيرانه قتلوا."
    assert chain_for(text, "ثلاثة من جيرانه", "ar")[-1][0] == "يوسف داود"


def test_age_in_brackets_is_no_part_of_the_name_en() -> None:
    text = "Umm Samer al-Helou (42 years old) told Reuters that her son was wounded by shrapnel."
    assert chain_for(text, "her son", "en")[-1][0] == "Umm Samer al-Helou"


def test_near_miss_bracketed_abbreviation_stays_in_the_name_en() -> None:
    text = "The National Security Agency (NSA) said that two guards were wounded."
    assert chain_for(text, "two guards", "en")[-1][0] != "The National Security Agency"


def test_masthead_with_a_bodys_two_names_is_the_outlet() -> None:
    text = (
        "Médecins Sans Frontières / Doctors Without Borders\nPRESS RELEASE\n\n"
        "Clinic receives wounded after shelling\n\nOur teams treated 30 wounded people on Sunday.\n"
    )
    assert outlet_name(text) in ("Médecins Sans Frontières", "Doctors Without Borders")


def test_near_miss_masthead_with_a_place_after_the_slash_is_no_pair() -> None:
    from marsad.sources.outlet import _slash_names

    assert _slash_names("Kirkuk / Shafaq News") == ["Kirkuk / Shafaq News"]
