"""Event types (air strike, drone strike, raid, shelling, explosion, ...) and operation outcomes.

The vocabulary is data in lang/<code>/events.toml; this module only counts matches.
"""

from __future__ import annotations

from collections import Counter
from functools import cache

from marsad.dossier.vocab import LANGS, PhraseMatcher, build_matcher, load


@cache
def event_matcher(lang: str) -> PhraseMatcher:
    return build_matcher(load(lang).get("event_types", {}), lang)


@cache
def outcome_matcher(lang: str) -> PhraseMatcher:
    return build_matcher(load(lang).get("operation_outcome", {}), lang)


@cache
def families() -> list[frozenset[str]]:
    return [frozenset(f) for f in load("en").get("compatible", {}).get("families", [])]


def _langs(lang: str | None) -> tuple[str, ...]:
    return (lang,) if lang in LANGS else LANGS


def event_counts(text: str, lang: str | None = None, start: int = 0, end: int | None = None) -> Counter[str]:
    """How often each event type is named in text[start:end]."""
    counts: Counter[str] = Counter()
    for code in _langs(lang):
        for label, _, _ in event_matcher(code).find(text, start, end):
            counts[label] += 1
    return counts


def primary_event(counts: Counter[str]) -> str | None:
    """The most named type; among ties, the more specific one (the order of the data file)."""
    if not counts:
        return None
    order = list(load("en").get("event_types", {}))
    return max(counts, key=lambda t: (counts[t], -order.index(t) if t in order else -99))


def compatible(a: str | None, b: str | None) -> bool:
    """Whether two event types can describe the same attack (unknown is compatible with all)."""
    if a is None or b is None or a == b:
        return True
    return any(a in f and b in f for f in families())


def types_compatible(pa: str | None, ca: Counter[str], pb: str | None, cb: Counter[str]) -> tuple[bool, str]:
    """Compare two reports' event types; returns (compatible, why)."""
    if pa is None or pb is None:
        return True, "event type unknown in one report"
    if compatible(pa, pb):
        return True, f"event types {pa} ~ {pb}"
    if pa in cb or pb in ca:
        return True, f"{pa} and {pb} both named in the reports"
    return False, f"event types differ: {pa} vs {pb}"


def operation_outcomes(text: str, lang: str | None = None, start: int = 0, end: int | None = None) -> list[tuple[str, int, int]]:
    """(success|failure, start, end) for words saying how an operation ended."""
    out = []
    for code in _langs(lang):
        out.extend(outcome_matcher(code).find(text, start, end))
    return sorted(out, key=lambda x: x[1])


@cache
def target_matcher(lang: str) -> PhraseMatcher:
    return build_matcher({"target": load(lang).get("targets", {}).get("words", [])}, lang)


def target_words(text: str, lang: str | None = None, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Where text[start:end] says what an operation was aimed at ("targeted", "استهدفت")."""
    out = []
    for code in _langs(lang):
        out.extend((a, b) for _, a, b in target_matcher(code).find(text, start, end))
    return sorted(out)


@cache
def preliminary_matcher(lang: str) -> PhraseMatcher:
    return build_matcher({"preliminary": load(lang).get("tolls", {}).get("preliminary", [])}, lang)


def is_preliminary(text: str) -> bool:
    """Whether a sentence gives its toll as early and open to revision ("preliminary", "حصيلة أولية")."""
    return any(preliminary_matcher(code).find(text) for code in LANGS)
