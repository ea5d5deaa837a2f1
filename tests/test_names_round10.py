"""Round-10 name phenomena (invented text); the table cases are in test_names_phenomena.py."""

from __future__ import annotations

from marsad.names import recognize_names
from marsad.record import Document
from marsad.segment import segment


def _entities(text: str):
    doc = Document(id="t", text=text)
    segment(doc)
    recognize_names(doc)
    return doc.entities


def test_channel_after_cue_still_found() -> None:
    """The near miss: the channel named after a clitic, without a shadda, is still the outlet."""
    ents = [e for e in _entities("وقالت قناة المسيرة إن القصف أصاب السوق.") if e.canonical == "Al-Masirah"]
    assert ents
