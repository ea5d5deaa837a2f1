"""Round 7 claim rules that need more than one sentence of context."""

from __future__ import annotations

from marsad.api import extract_text


def _incident(text: str) -> list[tuple]:
    doc = extract_text(text)
    return sorted((c.outcome, c.group, c.min, c.max) for c in doc.claims if c.scope == "incident")


def test_yesterday_strike_is_another_event() -> None:
    text = ("استشهد 12 مواطنا فجر اليوم في قصف على مخيم للنازحين.\n\n"
            "وفي السياق، استشهد مواطنان في قصف استهدف منزلا في البلدة مساء أمس.")
    assert _incident(text) == [("killed", "people", 12, 12)]


def test_yesterday_in_lead_keeps_claims() -> None:
    text = ("استشهد 12 مواطنا مساء أمس في قصف على مخيم للنازحين.\n\n"
            "وأفاد مسعفون بأن قصفا استهدف المخيم مساء أمس أدى إلى استشهاد مواطنين اثنين آخرين.")
    assert ("killed", "people", 12, 12) in _incident(text)
    assert len(_incident(text)) == 2
