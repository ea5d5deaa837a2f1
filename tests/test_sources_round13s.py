"""Round 13 attribution rules: a document its speaker put out ("according to a statement posted on
its channel"), a body's own dated page, a state ministry named through «ولاية», "Department" pointed
back to as "the ministry", the subject of a denial verb ending before «صحة», what another side put
about never becoming the next verb's subject, and "renewed its denial of". One-sentence cases are in
lang/*/sources_examples.tsv."""

from __future__ import annotations

from test_sources_examples import chain_for, outlet_name

from marsad.record import Document, Metadata


def _denial_chain(text: str, evidence: str, lang: str) -> list[str]:
    """The chain's canonical names for a denied claim on `evidence`."""
    return [names[0] for names in chain_for(text, evidence, lang, stance="deny")]


def test_statement_posted_on_its_channel_is_the_sentences_speaker() -> None:
    text = "The Homs health directorate says five people died and 12 were hurt, according to a statement posted on its Telegram channel."
    got = chain_for(text, "12 were hurt", "en")
    assert len(got) == 1 and "statement posted" not in got[0][0]


def test_statement_by_a_named_body_still_names_it() -> None:
    text = "Six people were hurt, according to a statement from the Syrian Civil Defence."
    assert chain_for(text, "Six people", "en")[0][0] == "Syrian Civil Defense"


_PAGE = (
    "حصيلة جديدة لانفجار سوق البلدة\n\n"
    "المرصد السوري لحقوق الإنسان | 3 آذار 2026\n\n"
    "ارتفع عدد قتلى انفجار الدراجة المفخخة في سوق البلدة إلى سبعة.\n\n"
    "وكان المرصد السوري قد وثق صباح اليوم مقتل أربعة أشخاص.\n"
)


def test_a_known_bodys_dated_page_is_its_own_voice() -> None:
    assert outlet_name(_PAGE) == "Syrian Observatory for Human Rights"
    assert chain_for(_PAGE, "مقتل أربعة أشخاص", "ar") == []


def test_near_miss_place_over_a_date_is_no_outlet() -> None:
    text = _PAGE.replace("المرصد السوري لحقوق الإنسان | 3 آذار 2026", "حلب | 3 آذار 2026")
    assert outlet_name(text) != "Aleppo"


def test_state_ministry_named_through_wilaya_and_pointed_back_to() -> None:
    text = (
        "قصف على سوق في وسط السودان\n\n"
        "ارتفعت حصيلة القصف إلى تسعة قتلى، بحسب ما أعلنت وزارة الصحة بولاية الجزيرة.\n\n"
        "وقالت الوزارة إن خمسة من الجرحى ما زالوا في المستشفى.\n"
    )
    got = chain_for(text, "خمسة من الجرحى", "ar")
    assert got and got[0][0].startswith("Gezira")


def test_the_ministry_points_back_to_a_department() -> None:
    text = (
        "Two sailors died, the Indonesian Department of Transport announced. "
        "The ministry said another sailor was still in hospital."
    )
    assert chain_for(text, "another sailor", "en")[0][0] == "Indonesian Department of Transport"


def test_possessive_of_an_unknown_country_keeps_the_body_name() -> None:
    text = "The Philippines' Department of Health said a nurse was among the dead."
    got = chain_for(text, "a nurse", "en")
    assert "Department of Health" in got[0]


def test_denial_subject_ends_before_the_truth_of() -> None:
    text = "ونفى المتحدث باسم الجيش صحة ما روجته صفحات موالية عن مقتل ستة جنود."
    got = _denial_chain(text, "مقتل ستة جنود", "ar")
    assert got and "صحة" not in got[-1]


def test_what_another_side_put_about_is_never_the_next_subject() -> None:
    text = (
        "بيان\n\n"
        "وتنفي القيادة العامة للشرطة ما تداولته حسابات على مواقع التواصل عن مقتل عشرة عناصر، "
        "كما تؤكد أن لا صحة لما يشاع عن سقوط ضحايا بين المدنيين.\n"
    )
    got = _denial_chain(text, "سقوط ضحايا", "ar")
    assert not any("حسابات" in n for n in got)


def test_renewed_denial_names_its_subject() -> None:
    text = "The rebels renewed their denial of any deaths among the hostages."
    assert chain_for(text, "any deaths", "en")[0][0] == "rebels"


def test_quoted_live_entry_heading_takes_the_entrys_speaker() -> None:
    from marsad.pipeline import run_pipeline

    text = (
        "LIVE: Shelling hits town\n\n"
        "Published On 3 Mar 2026\n\n"
        "11:20 GMT - 'Dozens of wounded in the street'\n"
        "Omar Saleh, a baker near the square, told Al Jazeera he saw dozens of wounded people in the street.\n"
    )
    doc = run_pipeline(Document(id="t", text=text, meta=Metadata()))
    vague = [c for c in doc.claims if c.outcome == "injured"]
    assert vague and all(c.source and c.source[0].name == "Omar Saleh" for c in vague)
