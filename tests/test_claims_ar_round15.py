"""Round 15 Arabic claim rules, read in whole reports: a headline's people restated by the
outlet's own lead, another event after "من جهة أخرى", a similar earlier attack, a corrected
count and a rebutted "talk of" a toll."""

from __future__ import annotations

from claim_rows import claim_rows


def test_headline_people_restated_by_own_lead_is_one_claim() -> None:
    text = ("خمسة قتلى في قصف على حي سكني بالمدينة\n\n"
            "قُتل خمسة مدنيين وأصيب تسعة آخرون، صباح اليوم، جراء قصف مدفعي استهدف حياً سكنياً في المدينة.")
    got = [f for f in claim_rows(text) if f[0] == "killed" and f[3] == 5]
    assert got and all(f[1] == "civilians" for f in got)


def test_headline_stays_people_when_lead_names_a_source() -> None:
    text = ("خمسة قتلى في قصف على حي سكني بالمدينة\n\n"
            "قُتل خمسة مدنيين في قصف استهدف حياً سكنياً في المدينة، بحسب مصادر طبية.")
    got = claim_rows(text)
    assert ("killed", "people", None, 5, 5, False, "assert", "incident") in got


def test_aside_with_new_shelling_is_another_event() -> None:
    text = ("قُتل أربعة أشخاص في غارة على سوق البلدة اليوم.\n\n"
            "من جهة ثانية، أصيب طفل بغارة جوية على حي مجاور.")
    got = claim_rows(text)
    assert ("killed", "people", None, 4, 4, False, "assert", "incident") in got
    assert not any(f[0] == "injured" and f[7] == "incident" for f in got)


def test_corrected_count_retracts_and_asserts() -> None:
    text = "وكانت الوزارة قد ذكرت أن بين القتلى ستة أطفال، قبل أن تصحح العدد إلى أربعة."
    got = claim_rows(text)
    assert ("killed", "children", None, 6, 6, False, "deny", "incident") in got
    assert ("killed", "children", None, 4, 4, False, "assert", "incident") in got


def test_breaking_line_is_the_headline_when_none_follows() -> None:
    text = ("عاجل | مقتل 4 مدنيين على الأقل بقصف على حي سكني\n\n"
            "قالت مصادر محلية إن القصف أدى إلى مقتل 4 مدنيين على الأقل.")
    got = claim_rows(text)
    assert len([f for f in got if f[0] == "killed" and f[3] == 4]) == 2
