"""Arabic scope and context across sentences: other events told in a paragraph, and the side of
police or soldiers named with no nationality (texts written for these tests)."""

from __future__ import annotations

import pytest

from marsad.lang.ar.claims import find_claims
from marsad.record import Document, Entity, Mention, Span
from marsad.segment import segment


def _claims(text: str) -> list[tuple[str, str, int | None, str, str | None]]:
    doc = Document(id="t", text=text)
    segment(doc)
    out = []
    for sentence in doc.sentences:
        for c in find_claims(doc, sentence):
            out.append((c.outcome, c.group, c.min, c.scope, c.side))
    return out


SCOPE = [
    # an opener on another event carries over the rest of its paragraph, not the next one
    (
        "قتل 6 أشخاص في غارة على السوق صباح اليوم.\n\n"
        "وفي سياق متصل، استهدفت مسيرة سيارة قرب الحدود. وأسفرت الغارة عن مقتل شخصين.\n\n"
        "وارتفع عدد الجرحى في السوق إلى 20 جريحاً.",
        [("killed", "people", 6, "incident"), ("killed", "people", 2, "background"),
         ("injured", "people", 20, "incident")],
    ),
    (
        "أصيب 9 مدنيين بقصف مدفعي على البلدة.\n\n"
        "وفي حادث منفصل، قتل شاب برصاص مجهولين في مدينة أخرى.",
        [("injured", "civilians", 9, "incident"), ("killed", "men", 1, "background")],
    ),
    # "in a related context" stays on this event when it names it ("المجزرة"), else opens another
    (
        "قتل 6 أشخاص في غارة على السوق.\n\n"
        "وفي سياق متصل، ارتفع عدد قتلى المجزرة إلى 9 أشخاص.\n\n"
        "وفي سياق متصل، انتشلت الطواقم جثتين من سيارة استهدفتها مسيرة في بلدة أخرى.",
        [("killed", "people", 6, "incident"), ("killed", "people", 9, "incident"),
         ("killed", "people", 2, "background")],
    ),
    # a pluperfect sentence on another, earlier attack; its paragraph follows it
    (
        "استشهد 4 مواطنين في قصف على المخيم.\n\n"
        "وكانت طائرة حربية قد شنت أمس غارة على منزل في بلدة مجاورة. وأدت الغارة إلى إصابة 5 أشخاص.",
        [("killed", "people", 4, "incident"), ("injured", "people", 5, "background")],
    ),
    # a pluperfect report of this event's earlier toll stays incident
    (
        "ارتفع عدد القتلى في التفجير إلى 15 قتيلاً.\n\n"
        "وكانت وزارة الداخلية قد أعلنت في وقت سابق مقتل 9 أشخاص في التفجير.",
        [("killed", "people", 15, "incident"), ("killed", "people", 9, "incident")],
    ),
    (
        "قتل 8 مدنيين في القصف.\n\nوكانت الضربة قد أودت أيضاً بحياة طفلين من عائلة واحدة.",
        [("killed", "civilians", 8, "incident"), ("killed", "children", 2, "incident")],
    ),
    # yesterday's pluperfect report on other raids ("في غارات") is another event
    (
        "قتل 7 مدنيين في غارة على القرية اليوم.\n\n"
        "وكان المرصد قد نشر يوم أمس الأحد أن 18 مدنياً قضوا في غارات على المدينة.",
        [("killed", "civilians", 7, "incident"), ("killed", "civilians", 18, "background")],
    ),
    # an attack this one answers, and figures over separate attacks, are not this incident
    (
        "قصف المسلحون ثكنة عسكرية رداً على غارات أمس التي أسفرت عن مقتل 6 مدنيين، ما أدى إلى مقتل 3 جنود.",
        [("killed", "civilians", 6, "background"), ("killed", "soldiers", 3, "incident")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SCOPE, ids=[str(i) for i in range(len(SCOPE))])
def test_other_event_scope(text: str, expected: list[tuple]) -> None:
    got = [c[:4] for c in _claims(text)]
    assert sorted(got, key=repr) == sorted(expected, key=repr)


SIDES = [
    ("انفجرت عبوة في سوق شعبي ببغداد. وأفاد مصدر أمني بمقتل شرطيين اثنين.", "Iraq"),
    ("استهدف هجوم حاجزاً للجيش في سيناء، ما أدى إلى مقتل 3 جنود.", "Egypt"),
    ("قتل ضابطان من الشرطة العراقية في الهجوم.", "Iraq"),
    ("قتل جنديان إسرائيليان في كمين.", "Israel"),
    # a body's own members ("منتسبيها", "مقاتلينا"): the state of the body named before, or of the place
    ("أصدرت هيئة الحشد الشعبي بياناً حول الغارة.\n\nوتؤكد الهيئة أن أربعة من منتسبيها استشهدوا في الغارة.", "Iraq"),
    ("وقع الهجوم قرب الموصل. وأعلنت قيادة العمليات استشهاد ثلاثة من مقاتلينا.", "Iraq"),
    ("أعلنت الشرطة الصومالية مقتل اثنين من أفرادها في التفجير.", "Somalia"),
]


@pytest.mark.parametrize(("text", "side"), SIDES, ids=[str(i) for i in range(len(SIDES))])
def test_soldiers_side_from_place(text: str, side: str) -> None:
    soldiers = [c for c in _claims(text) if c[1] == "soldiers"]
    assert soldiers and all(c[4] == side for c in soldiers)


ORG_SIDES = [
    # fighters "of" an armed group the names stage found: that group is their side
    ("قتل ستة عناصر من لواء الفتح المبين في الاشتباكات.", "لواء الفتح المبين", "Liwa al-Fath al-Mubin"),
    ("نعت حركة المجاهدين الأحرار المجاهد سامي علي الذي ارتقى شهيدا.", "حركة المجاهدين الأحرار", "Free Mujahideen Movement"),
    # a ministry is no armed force, and the fighters are not "of" it
    ("أعلنت وزارة الداخلية مقتل ستة مسلحين في الاشتباكات.", "وزارة الداخلية", None),
]


@pytest.mark.parametrize(("text", "org", "side"), ORG_SIDES, ids=[str(i) for i in range(len(ORG_SIDES))])
def test_combatant_side_from_named_organisation(text: str, org: str, side: str | None) -> None:
    doc = Document(id="t", text=text)
    segment(doc)
    start = text.index(org)
    canonical = side or "Ministry of Interior"
    doc.entities.append(Entity(id="e1", text=org, lang="ar", type="org", canonical=canonical,
                               mentions=[Mention(span=Span(start=start, end=start + len(org)))]))
    combatants = [c for s in doc.sentences for c in find_claims(doc, s) if c.group == "combatants"]
    assert combatants and all(c.side == side for c in combatants)
