"""Arabic claims whose group or side comes from an earlier sentence of the report."""

from __future__ import annotations

import pytest

from marsad.api import extract_text

CASES = [
    # "عناصر الجماعة": the armed group named in an earlier sentence
    ("قصفت الطائرات مواقع لجماعة الحوثي قرب الميناء. وقال مصدر طبي إن الغارات خلفت دماراً. "
     "وأكد مسؤول أن جثث عدد من عناصر الجماعة نقلت إلى المستشفى.",
     [("killed", "combatants", "Houthis", None, None, True)]),
    ("اشتبكت قوات الجيش مع مسلحين من تنظيم داعش في الصحراء. وقتل خمسة من مقاتلي التنظيم.",
     [("killed", "combatants", "Islamic State", 5, 5, False)]),
    # no anaphor: a bare "fighters" keeps no side from two sentences back
    ("قصفت الطائرات مواقع لجماعة الحوثي قرب الميناء. وقال مصدر طبي إن الغارات خلفت دماراً. "
     "وأكد مسؤول مقتل ثلاثة مسلحين مجهولين.",
     [("killed", "combatants", None, 3, 3, False)]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_side_from_context(text: str, expected: list[tuple]) -> None:
    doc = extract_text(text)
    got = sorted((c.outcome, c.group, c.side, c.min, c.max, c.vague) for c in doc.claims if c.lang == "ar")
    assert got == sorted(expected)
