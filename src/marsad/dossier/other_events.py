"""Claims about other events inside an incident's reports: kept apart as background.

The claims stage marks figures of other events it recognises (`scope == "background"`). The
dossier knows more: the incident's place and date over all its reports. A claim still counts for
the incident unless its sentence names an attack of its own:

- `other.qualifier`: the attack is introduced as another one ("in a separate strike",
  "another raid", "غارة أخرى", "في هجوم منفصل"; words in `events.toml` `[other_events]`);
- `other.place`: the sentence names an attack (an event word) and a known place (one the
  gazetteer locates) that is not a place of the incident, and no place of the incident
  (no main place of its reports, none of their provinces or countries);
- `other.date`: the sentence names an attack and a full date more than the window away from
  the incident's date ("an air strike on 3 May 2019").
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from marsad.dossier.dates import find_dates
from marsad.dossier.events import event_counts
from marsad.dossier.facts import _SENTENCE_END, DocFacts, PlaceCount, _mentions
from marsad.dossier.model import ClaimView
from marsad.dossier.vocab import LANGS, fold, load


@cache
def _qualifier_patterns() -> list[re.Pattern[str]]:
    """Event words qualified as another attack: "a separate strike", "غارة أخرى"."""
    out = []
    for lang in LANGS:
        d = load(lang).get("other_events", {})
        before, after = d.get("before", []), d.get("after", [])
        events = [fold(w.rstrip("*")) for ws in load(lang).get("event_types", {}).values() for w in ws]
        ev = "|".join(re.escape(w) for w in sorted(set(events), key=len, reverse=True))
        before, after = [fold(w) for w in before], [fold(w) for w in after]
        if before:
            q = "|".join(re.escape(w) for w in before)
            out.append(re.compile(rf"(?<!\w)(?:{q})\s+(?:\w+\s+){{0,2}}(?:{ev})"))
        if after:
            q = "|".join(re.escape(w) for w in after)
            out.append(re.compile(rf"(?:{ev})\w*\s+(?:\w+\s+){{0,1}}(?:{q})(?!\w)"))
    return out


def _lang(doc_lang: str) -> str | None:
    return None if "+" in doc_lang or doc_lang == "other" else doc_lang


def incident_places(members: list[DocFacts], place_id: str | None = None) -> tuple[set[str], set[str]]:
    """Ids and spellings of the incident's places.

    Its place, the primary place of each report, a main place of a report that another report
    names too, and every container (province, country, region).
    """
    named_by: dict[str, int] = {}
    for f in members:
        for key in {p.id for p in f.places}:
            named_by[key] = named_by.get(key, 0) + 1
    ids: set[str] = {place_id} if place_id else set()
    names: set[str] = set()
    for f in members:
        main = f.main_places
        for p in f.places:
            primary = f.primary_place is not None and p.id == f.primary_place.id
            if primary or p.container or p.id == place_id or (p.id in main and named_by[p.id] > 1):
                ids.add(p.id)
                names |= p.names
    return ids, names


def _places_in(spans: list[tuple[PlaceCount, list[tuple[int, int]]]], start: int, end: int) -> list[PlaceCount]:
    return [p for p, ss in spans if any(start <= a < end for a, _ in ss)]


def other_event_rule(
    f: DocFacts,
    view: ClaimView,
    sentence: tuple[int, int],
    places: tuple[set[str], set[str]],
    date: dt.date | None,
    window: int,
    spans: list[tuple[PlaceCount, list[tuple[int, int]]]] | None = None,
) -> str | None:
    """The rule by which the claim's sentence is about another attack, or None."""
    start, end = sentence
    text = fold(f.doc.text[start:end])
    if any(p.search(text) for p in _qualifier_patterns()):
        return "other.qualifier"
    if not event_counts(f.doc.text, _lang(f.doc.lang), start, end):
        return None
    ids, names = places
    if spans is None:
        spans = [(p, _mentions(f.doc, p.entity)) for p in f.places]
    named = _places_in(spans, start, end)
    known_elsewhere = [
        p for p in named
        if p.id not in ids and not (p.names & names) and not p.container
        and (p.entity.lat is not None or p.id.startswith("geonames:"))
    ]
    ours = [p for p in named if p.id in ids or p.names & names]
    if known_elsewhere and not ours:
        return "other.place"
    if date is not None:
        for m in find_dates(f.doc.text, f.published, start, end):
            if m.kind in ("full", "iso") and m.date and abs((m.date - date).days) > window:
                return "other.date"
    return None


def mark_other_events(
    members: list[DocFacts],
    views_of: dict[str, list[ClaimView]],
    date: dt.date | None,
    window: int,
    place_id: str | None = None,
) -> None:
    """Set `scope = "background"` (with the rule appended) on claims about another attack."""
    places = incident_places(members, place_id)
    for f in members:
        spans = None
        for v in views_of.get(f.doc.id, []):
            if v.scope != "incident" or v.start is None:
                continue
            if spans is None:  # each place's mentions, once per report
                spans = [(p, _mentions(f.doc, p.entity)) for p in f.places]
            s = f.doc.sentence_at(v.start)
            bounds = (s.start, s.end) if s is not None else _sentence_around(f.doc.text, v.start)
            rule = other_event_rule(f, v, bounds, places, date, window, spans)
            if rule:
                v.scope = "background"
                v.rule = f"{v.rule} + dossier.{rule}" if v.rule else f"dossier.{rule}"


def _sentence_around(text: str, offset: int) -> tuple[int, int]:
    """Without sentence segmentation: from the previous sentence end or line break to the next."""
    start = 0
    for m in _SENTENCE_END.finditer(text):
        if m.end() <= offset:
            start = m.end()
        else:
            return start, m.start()
    return start, len(text)
