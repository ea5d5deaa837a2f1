"""Round 15 attribution rules (own wording): paired outlet credits, capitals as states, agencies' earlier tolls,
described witnesses, one speaker under two names, headline roles, full names after a role."""

from __future__ import annotations

from claim_rows import claim_chains


def test_paired_outlet_credit_is_this_outlet() -> None:
    text = (
        "العربية.نت - اليمن\n\n"
        'عاجل | مقتل 4 في قصف\n\n'
        'أفادت مصادر محلية لـ"العربية/الحدث" بمقتل 4 أشخاص في قصف على سوق شعبي.\n'
    )
    got = [chain for ev, _, chain in claim_chains(text) if "4 أشخاص" in ev]
    assert got == [["local sources"]]


def test_paired_outlet_credit_names_the_first_outlet() -> None:
    got = [chain for ev, _, chain in claim_chains('أفادت مصادر طبية لـ"العربية/الحدث" بمقتل 9 مدنيين.\n') if "9" in ev]
    assert got == [["Al Arabiya", "medical sources"]]


def test_capital_as_subject_is_the_state() -> None:
    got = claim_chains("Moscow denied that its jets had killed 12 civilians in the village.\n")
    assert [(st, chain) for ev, st, chain in got if "12" in ev] == [("deny", ["Russia"])]


def test_capital_in_dateline_is_no_speaker() -> None:
    got = claim_chains("BEIRUT: Shelling kills 3 in southern village\n\nThe shells hit two houses.\n")
    assert got and all(chain == [] for ev, _, chain in got if "3" in ev)


def test_qualified_toll_put_by_an_agency() -> None:
    got = claim_chains("The interior ministry had put the preliminary death toll at 11 before rescuers arrived.\n")
    assert [chain for ev, _, chain in got if "11" in ev] == [["Ministry of Interior"]]


def test_described_witness_with_age_and_relative_clause() -> None:
    text = "A 35-year-old driver who was waiting at the checkpoint said he helped bury four people.\n"
    got = [chain for ev, _, chain in claim_chains(text) if "four" in ev]
    assert got == [["driver"]]


def test_three_word_name_after_a_title_runs_on() -> None:
    text = "وقال مدير مكتب التربية في مديرية الوادي الأستاذ سالم أحمد العمري إن ثلاثة تلاميذ قتلوا في القصف.\n"
    got = [chain for ev, _, chain in claim_chains(text) if "ثلاثة" in ev]
    assert got == [["سالم أحمد العمري"]]


def test_entry_heading_takes_the_body_speaker() -> None:
    text = (
        "Live: strikes on the northern towns\n\n"
        "10.20 GMT\n\n"
        "Toll in the market strike rises to 12, hospital director says\n\n"
        "Dr Karim Haddad, director of the town's main hospital, told reporters the toll had risen to 12.\n"
    )
    got = [chain for ev, _, chain in claim_chains(text) if "12" in ev]
    assert got and all(chain == ["Karim Haddad"] for chain in got)


def test_standfirst_description_takes_the_body_officials() -> None:
    text = (
        "Shelling toll rises in border town\n\n"
        "Health officials in the province say three of the wounded died overnight\n\n"
        "Three people wounded in the shelling died overnight, local health officials said on Monday.\n"
    )
    got = [chain for ev, _, chain in claim_chains(text) if "hree" in ev]
    assert got and all(chain == ["local health officials"] for chain in got)


def test_described_person_is_the_official_named_before() -> None:
    text = (
        "The toll from the strike on the village rose to five after a wounded man died, a clinic health official said.\n\n"
        '"We lost him this morning, so the toll is five," Leyla Aras, who heads the clinic\'s health team, told reporters.\n'
    )
    got = [chain for ev, _, chain in claim_chains(text) if "five" in ev]
    assert got and all(chain == ["Leyla Aras"] for chain in got)


def test_arabic_capital_speaks_for_its_state_but_a_dateline_does_not() -> None:
    assert [chain for _, _, chain in claim_chains("وأكدت أنقرة أن خمسة مسلحين قتلوا في الغارة.")] == [["Turkey"]]
    dateline = claim_chains("دمشق - سانا\n\nاستشهد ثلاثة مدنيين بقذائف صاروخية على حي سكني.\n")
    assert dateline and all("Syria" not in chain for _, _, chain in dateline)
