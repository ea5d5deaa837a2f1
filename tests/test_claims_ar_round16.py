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


LIVE_PAGE = ("تغطية مباشرة | قصف على حي سكني في حلب\n\n"
             "١٨:٢٠\n\n"
             "مصدر طبي: ارتفاع حصيلة القصف على حي سكني في حلب إلى 12 قتيلاً.\n\n"
             "١٦:٠٠\n\n"
             "الدفاع المدني في حلب: فرقنا ما زالت تبحث تحت الأنقاض، والحصيلة مرشحة للارتفاع.\n\n"
             "١٤:٤٠\n\n"
             "مقتل 3 أشخاص في غارة جوية استهدفت سوقاً في مدينة إدلب.\n\n"
             "١٢:١٠\n\n"
             "قصف مدفعي يستهدف حياً سكنياً في مدينة حلب، وأنباء عن سقوط قتلى.\n\n"
             "خلفية\n\n"
             "أدت الحرب إلى مقتل مئات الآلاف وتشريد الملايين.")


def test_live_page_entry_from_another_place_is_background() -> None:
    got = claim_rows(LIVE_PAGE)
    assert ("killed", "people", None, 12, 12, False, "assert", "incident") in got
    assert ("killed", "people", None, 3, 3, False, "assert", "background") in got
    assert not any(f[3] == 3 and f[7] == "incident" for f in got)


def test_paragraph_under_background_heading_is_background() -> None:
    got = claim_rows(LIVE_PAGE)
    assert ("killed", "people", None, None, None, True, "assert", "background") in got  # the war's toll
    assert ("killed", "people", None, None, None, True, "assert", "incident") in got  # "أنباء عن سقوط قتلى"


def test_returned_fire_losses_are_another_action() -> None:
    text = ("قُتل ثمانية مدنيين في قصف على سوق المدينة. وأضاف البيان أن القوات ردت على مصادر النيران "
            "وكبدت المهاجمين خسائر فادحة في الأرواح.")
    got = claim_rows(text)
    assert ("killed", "civilians", None, 8, 8, False, "assert", "incident") in got
    assert not any(f[0] == "casualties" and f[7] == "incident" for f in got)


def test_live_page_with_inline_stamps() -> None:
    text = ("مباشر | غارة على حي سكني في حلب\n\n"
            "18:20 | مصدر طبي: ارتفاع حصيلة الغارة على حي سكني في حلب إلى 12 قتيلاً.\n\n"
            "16:00 | الدفاع المدني في حلب: فرقنا ما زالت تعمل تحت الأنقاض.\n\n"
            "14:40 | مقتل 3 أشخاص في غارة جوية استهدفت سوقاً في مدينة إدلب.")
    got = claim_rows(text)
    assert ("killed", "people", None, 12, 12, False, "assert", "incident") in got
    assert ("killed", "people", None, 3, 3, False, "assert", "background") in got
