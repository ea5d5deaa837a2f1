"""Sentence splitting: abbreviations, initials, decimals, quotations, Arabic punctuation."""

from __future__ import annotations

import pytest

from marsad.record import Document
from marsad.segment import segment
from marsad.segment.sentences import split_sentences

CASES = [
    # (text, expected sentences)
    ("U.S. forces struck the town. Two people died.", ["U.S. forces struck the town.", "Two people died."]),
    ("Dr. Samir Haddad treated 4 children. He said they would live.", ["Dr. Samir Haddad treated 4 children.", "He said they would live."]),
    ("The raid began on Jan. 3 at dawn. It lasted an hour.", ["The raid began on Jan. 3 at dawn.", "It lasted an hour."]),
    ("Gen. Frank L. Moore Jr., the commander, spoke. Then he left.", ["Gen. Frank L. Moore Jr., the commander, spoke.", "Then he left."]),
    ("About 2.5 tonnes of aid arrived. It was not enough.", ["About 2.5 tonnes of aid arrived.", "It was not enough."]),
    ("Mr. Ali and Mrs. Ali were hurt.", ["Mr. Ali and Mrs. Ali were hurt."]),
    ("The blast came at 10 p.m. The army said nothing.", ["The blast came at 10 p.m.", "The army said nothing."]),
    ("See No. 5 in the list. Thanks.", ["See No. 5 in the list.", "Thanks."]),
    ("“We lost everything. The house is gone,” she said. Neighbours agreed.",
     ["“We lost everything. The house is gone,” she said.", "Neighbours agreed."]),
    ("He shouted “Run!” and fled. Nobody followed.", ["He shouted “Run!” and fled.", "Nobody followed."]),
    ("Was it a drone? Witnesses were unsure! Nobody knows.", ["Was it a drone?", "Witnesses were unsure!", "Nobody knows."]),
    ("قال الدفاع المدني إن 13 شخصاً قتلوا، بينهم أطفال. وأضاف أن العدد قد يرتفع.",
     ["قال الدفاع المدني إن 13 شخصاً قتلوا، بينهم أطفال.", "وأضاف أن العدد قد يرتفع."]),
    ("هل كانت طائرة مسيرة؟ لا أحد يعرف! قال الشهود ذلك.", ["هل كانت طائرة مسيرة؟", "لا أحد يعرف!", "قال الشهود ذلك."]),
    ("وقال د. سامر إن الجرحى، ومنهم أطفال، نقلوا إلى المشفى.", ["وقال د. سامر إن الجرحى، ومنهم أطفال، نقلوا إلى المشفى."]),
    ("وقالت المصادر إن «القصف استمر ساعة. ثم توقف» بحسب الأهالي.", ["وقالت المصادر إن «القصف استمر ساعة. ثم توقف» بحسب الأهالي."]),
    ("بعد القصف.. الأهالي يطالبون بالتحقيق", ["بعد القصف..", "الأهالي يطالبون بالتحقيق"]),
    ("First line without a stop\nSecond line.", ["First line without a stop", "Second line."]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_split_sentences(text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e in split_sentences(text, 0, len(text))] == expected


def test_hard_wrapped_paragraph_is_one_sentence_across_lines() -> None:
    text = (
        "The civil defence said at least nine people were killed when the\n"
        "building collapsed after the strike on the outskirts of the town on\n"
        "Thursday night, and that its teams were still searching the rubble.\n"
    )
    doc = Document(id="t", text=text)
    segment(doc)
    assert len(doc.paragraphs) == 1
    assert len(doc.sentences) == 1


def test_sentence_offsets_point_into_text_and_paragraph() -> None:
    text = "\ufeffHeadline here\r\n\r\nFirst sentence. Second one.\r\n\r\n\u200fجملة عربية. وأخرى.\u200f"
    doc = Document(id="t", text=text)
    segment(doc)
    for s in doc.sentences:
        p = doc.paragraphs[s.paragraph]
        assert p.start <= s.start < s.end <= p.end
        assert doc.text[s.start : s.end] == doc.text[s.start : s.end].strip()
    assert [doc.text[s.start : s.end] for s in doc.sentences] == [
        "Headline here", "First sentence.", "Second one.", "جملة عربية.", "وأخرى.",
    ]
