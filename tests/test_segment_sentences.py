"""Sentence splitting across lines, and sentence offsets (cases per phrase: segment.examples.toml)."""

from __future__ import annotations

from marsad.record import Document
from marsad.segment import segment

# Sentence cases live with the language data: lang/<code>/segment.examples.toml (test_segment_examples.py).


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
