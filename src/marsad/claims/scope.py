"""Background scope: figures about other events or cumulative tolls (SCHEMA: distractors).

Three language-neutral mechanisms; the cue patterns are language data:

- `is_background(text, cues)`: a clause carrying a cumulative or other-event cue
  ("since October", "the war has killed", "in a separate attack").
- `link_blocks(text, marker)`: page furniture listing other stories ("Read more",
  "Related", "More from <outlet>" followed by headline lines): every figure in
  such a block is about another event.
- `shifted_event(sentence, shift, new_attack)`: a sentence that opens by moving the
  time ("Hours earlier,", "Earlier in the morning,") and introduces an attack with an
  indefinite article ("a strike on a car", "an Israeli drone") reports another event.
"""

from __future__ import annotations

import re
from functools import cache

from marsad.claims.trie import split_alternatives

_LAST: list[tuple[str, re.Pattern[str], list[tuple[int, int]]]] = []


def is_background(text: str, cues: re.Pattern[str]) -> bool:
    """True when `text` (a clause or sentence) carries a background cue of the language."""
    return cues.search(text) is not None


def link_blocks(text: str, marker: re.Pattern[str]) -> list[tuple[int, int]]:
    """(start, end) of each related-links block: a marker line and the lines after it up
    to the next blank line. The marker must match at a line start (use re.MULTILINE).

    The last document's answer is cached, so calling this for every sentence stays linear.
    """
    if _LAST and _LAST[0][0] is text and _LAST[0][1] is marker:
        return _LAST[0][2]
    out: list[tuple[int, int]] = []
    for m in _marker_matches(text, marker):
        end = text.find("\n\n", m.end())
        while end >= 0 and end == m.end():  # a blank line right after the marker: skip it
            end = text.find("\n\n", end + 2)
        out.append((m.start(), len(text) if end < 0 else end))
    _LAST[:] = [(text, marker, out)]
    return out


def _marker_matches(text: str, marker: re.Pattern[str]) -> list[re.Match[str]]:
    """marker.finditer(text), read from the line breaks when every branch of the marker starts at
    a line start ('^'): `re` then jumps from one newline to the next in C instead of trying the
    pattern at every character. The same matches while none holds a newline (then each next one
    starts after a newline past the last one's end, as with the plain search): on the first that
    does, the plain search answers instead."""
    lines = _after_newline(marker)
    if lines is None:
        return list(marker.finditer(text))
    first = marker.match(text)
    found: list[re.Match[str] | None] = [] if first is None else [first]
    for m in lines.finditer(text, first.end() if first is not None else 0):
        found.append(marker.match(text, m.start() + 1))
    if any("\n" in m.group() for m in found if m is not None) or None in found:
        return list(marker.finditer(text))
    return found  # type: ignore[return-value]


@cache
def _after_newline(marker: re.Pattern[str]) -> re.Pattern[str] | None:
    """A newline followed by one of the marker's branches, each without its opening '^' (None
    unless the marker is multi-line and every branch opens with '^')."""
    branches = split_alternatives(marker.pattern)
    if not marker.flags & re.MULTILINE or not all(b.startswith("^") for b in branches):
        return None
    return re.compile("\n(?:" + "|".join(b[1:] for b in branches) + ")", marker.flags)


def in_blocks(offset: int, blocks: list[tuple[int, int]]) -> bool:
    return bool(blocks) and any(s <= offset < e for s, e in blocks)


def shifted_event(sentence: str, shift: re.Pattern[str], new_attack: re.Pattern[str]) -> bool:
    """A sentence opening with a time shift and an indefinite new attack (another event)."""
    m = shift.match(sentence)
    return m is not None and new_attack.search(sentence, m.end()) is not None


#: A casualty figure this large is no single attack's toll: reports give it only as a war-wide or
#: cumulative total ("the fighting has claimed some 25,000 lives"), whatever the wording around it.
INCIDENT_CEILING = 10_000


def beyond_incident(low: int | None, high: int | None) -> bool:
    """True when the figure low..high (either may be None) reaches INCIDENT_CEILING: background."""
    return (low or 0) >= INCIDENT_CEILING or (high or 0) >= INCIDENT_CEILING
