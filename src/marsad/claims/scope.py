"""Background scope: figures about other events or cumulative tolls (SCHEMA: distractors)."""

from __future__ import annotations

import re


def is_background(text: str, cues: re.Pattern[str]) -> bool:
    """True when `text` (a clause or sentence) carries a background cue of the language."""
    return cues.search(text) is not None
