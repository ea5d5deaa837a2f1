"""Paragraph roles: headline, lead, body, caption and furniture (menus, tickers, bylines, datelines...)."""

from __future__ import annotations

import pytest

from marsad.record import Document
from marsad.segment import segment
from marsad.segment.roles import is_dateline

PAGES = [
    (
        "Star Channel\n"
        "Home | World | Middle East | Sport | Video\n\n"
        "BREAKING\n\n"
        "Strike on a clinic kills five in the north, medics say\n\n"
        "By Lina Haddad\n\n"
        "Updated 4 March 2023, 10:15 GMT\n\n"
        "Share | Tweet | Email\n\n"
        "Five people were killed on Friday when a missile hit a clinic in the northern town, medics said, "
        "adding that two nurses were among the dead.\n\n"
        "The health directorate said the clinic had been hit before, in 2021.\n\n"
        "Photo: The damaged entrance of the clinic.\n\n"
        "Read more:\n\n"
        "• Aid deliveries resume in the north\n\n"
        "• Floods hit camps for the displaced\n\n"
        "© 2023 Star Channel. All rights reserved.",
        ["furniture", "furniture", "furniture", "headline", "furniture", "furniture", "furniture", "lead", "body",
         "caption", "furniture", "furniture", "furniture", "furniture"],
    ),
    (
        "Strike on a clinic kills five\n\n"
        "Five people were killed on Friday when a missile hit a clinic in the northern town, medics said, "
        "adding that two nurses were among the dead.\n\n"
        "MOST READ\n"
        "1. Oil prices climb again\n"
        "2. Storm leaves thousands without power\n\n"
        "RELATED\n"
        "▸ Talks resume in the capital\n"
        "▸ Video: the aftermath of the strike",
        ["headline", "lead", "furniture", "furniture", "furniture", "furniture", "furniture", "furniture"],
    ),
    (
        "قناة الفجر\n\n"
        "الرئيسية | سوريا | العراق | فيديو\n\n"
        "عاجل\n\n"
        "مقتل خمسة بصاروخ على مستوصف في ريف حلب الشمالي\n\n"
        "حلب – مراسل الفجر | الجمعة ٣ آذار ٢٠٢٣ – ١٠:١٥\n\n"
        "قُتل خمسة أشخاص، بينهم ممرضتان، الجمعة عندما أصاب صاروخ مستوصفاً في البلدة، بحسب مصادر طبية.\n\n"
        "وقالت مديرية الصحة إن المستوصف تعرض للقصف من قبل.\n\n"
        "صورة: المدخل المتضرر للمستوصف\n\n"
        "اقرأ أيضاً:\n\n"
        "• استئناف إدخال المساعدات إلى الشمال\n\n"
        "المصدر: وكالات\n\n"
        "شارك | تغريد | طباعة",
        ["furniture", "furniture", "furniture", "headline", "furniture", "lead", "body", "caption", "furniture",
         "furniture", "furniture", "furniture"],
    ),
]


@pytest.mark.parametrize(("text", "roles"), PAGES)
def test_page_roles(text: str, roles: list[str]) -> None:
    doc = Document(id="t", text=text)
    segment(doc)
    assert [p.role for p in doc.paragraphs] == roles


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("3 February 08:17", True),
        ("Baghdad - Our correspondent | Friday 3 January 2020 | 15:45 Tehran time", True),
        ("19 تموز/يوليو 2016", True),
        ("WORLD | Thu 3 Feb 2022 | 14:52 GMT", True),
        ("Raid kills 13 in Idlib on 3 February", False),
        ("The army said 4 soldiers died on 3 February.", False),
    ],
)
def test_is_dateline(line: str, expected: bool) -> None:
    assert is_dateline(line) is expected


def test_each_half_of_a_bilingual_report_has_its_own_headline_and_lead() -> None:
    text = (
        "Shelling kills three in a village near the front line\n\n"
        "Three villagers were killed on Monday when shells fell on their homes near the front line, the "
        "village mayor said, adding that a fourth was missing.\n\n"
        "The mayor said the shelling lasted for two hours and destroyed at least six houses.\n\n"
        "مقتل ثلاثة بقصف على قرية قرب خط الجبهة\n\n"
        "قُتل ثلاثة قرويين الاثنين عندما سقطت قذائف على منازلهم قرب خط الجبهة، بحسب رئيس البلدية الذي أضاف "
        "أن شخصاً رابعاً ما زال مفقوداً.\n\n"
        "وقال رئيس البلدية إن القصف استمر ساعتين ودمر ستة منازل على الأقل."
    )
    doc = Document(id="t", text=text)
    segment(doc)
    assert doc.lang == "en+ar"
    assert [p.role for p in doc.paragraphs] == ["headline", "lead", "body", "headline", "lead", "body"]
    assert [(a.source, a.target) for a in doc.alignment] == [(0, 3), (1, 4), (2, 5)]


SMALL = [
    # (text, page title, roles)
    ("Five people were killed in the strike, medics said.", None, ["body"]),
    ("Strike kills five\n\nFive people were killed in the strike on the town, medics said on Monday.", None,
     ["headline", "lead"]),
    ("Valley TV\n\nStrike kills five\n\nFive people were killed in the strike on the town, medics said on Monday.",
     "Strike kills five", ["furniture", "headline", "lead"]),
    ("Valley TV\n\nStrike kills five\n\nFive people were killed in the strike on the town, medics said on Monday.",
     None, ["furniture", "headline", "lead"]),
    ("قناة الوادي\n\nمقتل خمسة بقصف على البلدة\n\nقُتل خمسة أشخاص في القصف على البلدة يوم الاثنين بحسب مسعفين محليين "
     "تحدثوا إلى مراسلنا.\n\nوقال المسعفون إن بين القتلى طفلين.", None, ["furniture", "headline", "lead", "body"]),
]


@pytest.mark.parametrize(("text", "title", "roles"), SMALL)
def test_headline_and_lead_in_short_reports(text: str, title: str | None, roles: list[str]) -> None:
    doc = Document(id="t", text=text)
    doc.meta.title = title
    segment(doc)
    assert [p.role for p in doc.paragraphs] == roles
