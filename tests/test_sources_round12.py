"""Round 12 attribution rules: a newspaper's masthead over agency copy, a monitor described in a lede
and named later, a body's own statement signed in its headline, and "claimed the lives of" (a toll, no
speaker). One-sentence cases are in lang/*/sources_examples.tsv."""

from __future__ import annotations

from test_sources_examples import chain_for, outlet_name

_CARRIED = (
    "Roadside bomb hits bus in southern Syria\n\n"
    "The National\n"
    "Mar 3, 2026\n\n"
    "DAMASCUS (AFP) — A roadside bomb struck a minibus near the town, killing four passengers, a war monitor said.\n\n"
    "The Syrian Observatory for Human Rights said nine others were wounded.\n\n"
    "The interior ministry said two policemen were among the wounded.\n"
)


def test_newspaper_masthead_over_agency_copy_heads_every_chain_with_the_agency() -> None:
    assert outlet_name(_CARRIED) == "The National"
    got = chain_for(_CARRIED, "two policemen", "en")
    assert [n[0] for n in got][0] == "Agence France-Presse" and len(got) == 2


def test_monitor_described_in_the_lede_is_the_monitor_named_later() -> None:
    got = chain_for(_CARRIED, "four passengers", "en")
    assert got[-1][0] == "Syrian Observatory for Human Rights"
    assert "a war monitor" in got[-1]


def test_near_miss_monitor_never_named_keeps_its_description() -> None:
    text = _CARRIED.replace("The Syrian Observatory for Human Rights said", "Medics said")
    got = chain_for(text, "four passengers", "en")
    assert got[-1][0] == "war monitor"


_OWN = (
    "المرصد السوري لحقوق الإنسان: ارتفاع حصيلة تفجير السوق إلى ستة قتلى\n\n"
    "3 آذار/مارس 2026\n\n"
    "ارتفع إلى ستة عدد الذين قضوا جراء انفجار سيارة مفخخة في سوق البلدة بريف حلب الشمالي، وهم أربعة رجال وطفلان، "
    "فيما لا يزال عدد القتلى مرشحاً للارتفاع لوجود جرحى في حالات خطرة.\n\n"
    "وكان المرصد السوري قد وثق في وقت سابق مقتل ثلاثة أشخاص.\n"
)


def test_body_statement_signed_in_its_headline_is_its_own_voice() -> None:
    assert outlet_name(_OWN) == "Syrian Observatory for Human Rights"
    assert chain_for(_OWN, "مقتل ثلاثة أشخاص", "ar") == []


def test_near_miss_headline_source_with_an_attributed_lede_is_no_outlet() -> None:
    text = _OWN.replace("ارتفع إلى ستة عدد", "قال المرصد السوري إن عدد").replace("وهم أربعة", "ارتفع إلى ستة، وهم أربعة")
    assert outlet_name(text) is None


def test_near_miss_a_one_word_title_inside_a_body_name_is_no_outlet() -> None:
    # "The National" is a masthead only alone over the date line, never "National" inside a body's name
    got = chain_for("Libya's National Center for Disease Control said three people died.", "three people", "en")
    assert got[0][0] == "National Center for Disease Control"
