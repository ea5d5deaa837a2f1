"""The literal prefilters of the English cue regexes never hide a match."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import DEV_CORPUS, needs_shared

from marsad.lang.en.claims_lexicon import Cues, lexicon

EXAMPLES = Path(__file__).resolve().parents[1] / "src" / "marsad" / "lang" / "en" / "claims_examples.jsonl"
OWN = [
    "Since the war began, 40,000 people have been killed.",
    "The conflict has killed more than 500,000 people.",
    "In a separate attack, two soldiers died.",
    "It came hours after a strike on a market.",
    "In retaliation for an earlier raid, militants fired rockets.",
    "The toll in total stands at 90.",
    "Days earlier, a car bomb killed four.",
    "In 2019, a blast killed 12 people.",
    "It is worth noting that five were hurt.",
    "The army denied reports of civilian deaths.",
    "We do not believe any civilians were killed.",
    "The army called the figure inflated.",
    "Officials dismissed the claims as baseless.",
    "The ministry said 12 people were killed in the strike.",
    "We no longer believe that figure is accurate.",
    "The initial toll of 40 was wrong, the army said; it has retracted the figure.",
]


def _texts() -> list[str]:
    cases = [json.loads(line) for line in EXAMPLES.read_text(encoding="utf-8").splitlines() if line.strip()]
    return OWN + [c["text"] for c in cases]


def _agrees(cues: Cues, text: str) -> bool:
    bare = Cues(cues.lower, cues.anycase)  # the same regex without the prefilter
    return cues.spans(text, 0, len(text)) == bare.spans(text, 0, len(text))


@pytest.mark.parametrize("name", ["background", "deny", "retraction"])
def test_prefilter_keeps_every_match_in_examples(name: str) -> None:
    cues = getattr(lexicon(), name)
    assert cues.literals, "the prefilter is configured"
    texts = _texts()
    assert any(cues.spans(t, 0, len(t)) for t in texts)  # the check has matches to lose
    bad = [t for t in texts if not _agrees(cues, t)]
    assert bad == []


@pytest.mark.parametrize("text", ["Three people were killed on Tuesday.", "Two soldiers were wounded."])
def test_prefilter_skips_plain_sentences(text: str) -> None:
    assert lexicon().background.spans(text, 0, len(text)) == []


@needs_shared
@pytest.mark.parametrize("name", ["background", "deny", "retraction"])
def test_prefilter_keeps_every_match_on_dev(name: str) -> None:
    cues = getattr(lexicon(), name)
    for path in sorted(DEV_CORPUS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for line in text.splitlines():
            assert _agrees(cues, line), (path.name, line[:80])
