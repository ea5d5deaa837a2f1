"""The kind of an Arabic source the lexicons do not know, read from the noun that names it: a medium
("موقع"، "وكالة"، "صحيفة") is an outlet or an agency, a party ("حزب") a body, a bare name a person."""

from __future__ import annotations

import pytest

from marsad.api import extract_text

CASES = [
    ("وذكر موقع الراصد الإخباري أن خمسة مدنيين قتلوا في القصف.", "outlet"),
    ("وقال موقع صوت البلدة إن طفلين قتلا في القصف.", "outlet"),
    ("وقالت صحيفة الفجر المحلية إن ثلاثة جنود قتلوا في الكمين.", "outlet"),
    ("وقالت قناة النهار الفضائية إن أربعة مدنيين أصيبوا.", "outlet"),
    ("وقالت وكالة النجم الثاقب إن سبعة مدنيين قتلوا في الغارة.", "agency"),
    ("وقال حزب التجمع الوطني في بيان إن ثلاثة من أنصاره قتلوا في الاشتباكات.", "org"),
    ("وقال سليم الحداد إن ستة مدنيين قتلوا في القصف.", "person"),
]


@pytest.mark.parametrize(("text", "kind"), CASES, ids=[c[0][:30] for c in CASES])
def test_unknown_source_kind(text: str, kind: str) -> None:
    doc = extract_text(text)
    assert doc.claims and doc.claims[0].source, text
    assert doc.claims[0].source[0].kind == kind
