"""Language by dominant script: mixed lines, diacritics, tatweel, Eastern digits, bidi marks."""

from __future__ import annotations

import pytest

from marsad.record import Document
from marsad.segment import script_lang, segment

CASES = [
    ("The raid killed 13 people, rescuers said.", "en"),
    ("قتل 13 شخصاً في الغارة بحسب المسعفين.", "ar"),
    ("The commander, known as «أبو حسام البريطاني», escaped the raid on the house.", "en"),
    ("قال المتحدث John Kirby إن المهمة نجحت ولم يسقط ضحايا أمريكيون في العملية.", "ar"),
    ("قُتِلَ ثَلاثَةَ عَشَرَ شَخْصاً", "ar"),  # full diacritics
    ("قـــتـــل ١٣ شـــخـــصاً", "ar"),  # tatweel and Eastern digits
    ("\u200f\u202bقتل 13 شخصاً في Atmeh\u202c\u200f", "ar"),  # bidi controls
    ("\u2067US forces\u2069 raided a house in أطمة overnight", "en"),
    ("١٣ / ٠٢ / ٢٠٢٢ - ١٠:٢٠", "other"),
    ("3 February 08:17", "en"),
    ("12:30 | 4/2/2022", "other"),
    ("Удар по городу", "other"),
    ("", "other"),
]


@pytest.mark.parametrize(("text", "lang"), CASES)
def test_script_lang(text: str, lang: str) -> None:
    assert script_lang(text) == lang


def test_mixed_lines_get_their_own_paragraph_and_language() -> None:
    text = "Al-Nour TV\nقناة النور\n\nThe strike hit a school, the ministry said.\n\nقالت الوزارة إن الضربة أصابت مدرسة."
    doc = Document(id="t", text=text)
    segment(doc)
    assert [(doc.text[p.start : p.end], p.lang) for p in doc.paragraphs] == [
        ("Al-Nour TV", "en"),
        ("قناة النور", "ar"),
        ("The strike hit a school, the ministry said.", "en"),
        ("قالت الوزارة إن الضربة أصابت مدرسة.", "ar"),
    ]
    assert all(s.lang == doc.paragraphs[s.paragraph].lang for s in doc.sentences)
