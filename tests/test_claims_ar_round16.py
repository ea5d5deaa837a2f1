"""Round 16 Arabic claim rules, read in whole reports: wounded referred elsewhere after a count
of the wounded, and a corrected bulletin figure."""

from __future__ import annotations

from claim_rows import claim_rows


def test_referred_wounded_are_a_subset_of_the_wounded_counted_before() -> None:
    text = ("قُتل ستة أشخاص وأصيب أكثر من ثلاثين آخرين في قصف على سوق البلدة.\n\n"
            "وفي المساء، أُحيل ٩ مصابين إلى مستشفى المدينة المجاورة لعدم توفر أسرّة كافية.")
    got = claim_rows(text)
    assert not any(f[0] == "injured" and f[3] == 9 for f in got)
    assert any(f[0] == "injured" and f[3] == 31 for f in got)


def test_wounded_carried_by_rescuers_stay_a_claim() -> None:
    text = ("قُتل ستة أشخاص وأصيب أكثر من ثلاثين آخرين في قصف على سوق البلدة.\n\n"
            "وقالت جمعية الإسعاف إن طواقمها نقلت ١٢ مصاباً إلى المستشفى.")
    got = claim_rows(text)
    assert any(f[0] == "injured" and f[3] == 12 for f in got)


def test_bulletin_correction_retracts_the_earlier_figure() -> None:
    text = ("وجاء في النشرة السابقة أن بين القتلى أربعة أطفال، والصحيح طفلان، ويعتذر المكتب عن الخطأ.")
    got = claim_rows(text)
    assert ("killed", "children", None, 4, 4, False, "deny", "incident") in got
    assert ("killed", "children", None, 2, 2, False, "assert", "incident") in got
