"""What the grouping needs to know of one report: its dates, places and event type."""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field
from functools import cache

from marsad.dossier.dates import HEADER_CHARS, find_dates, publication_date
from marsad.dossier.events import event_counts, primary_event
from marsad.dossier.vocab import LANGS, fold, load
from marsad.record import Document, Entity

CANDIDATE_MIN = 0.5  # a date counts as a possible event date from this score on
MD_SLACK_DAYS = 3  # with a year-less publication date, event dates up to this many days before it


def _md_days(md: tuple[int, int], d: dt.date) -> int:
    """Days from `d` forward to the month-day `md` (year unknown), 0..365."""
    for year in (d.year, d.year + 1):
        try:
            target = dt.date(year, *md)
        except ValueError:
            continue
        if target >= d:
            return (target - d).days
    return 366


_SENTENCE_END = re.compile(r"(?:[.!?؟]+(?=\s+[A-Z\u0600-\u06FF\"“«(])|\n)+")


@dataclass
class PlaceCount:
    id: str
    canonical: str
    count: int
    first: int  # offset of the first mention
    container: bool  # a province or country of another place in the report, or named as a region
    entity: Entity
    names: set[str] = field(default_factory=set)  # normalised spellings: canonical, aliases, as written
    event: int = 0  # mentions in sentences that name the event (datelines excluded)
    region: bool = False  # named as a region ("Majz district") and holding no other named place
    dateline: int = 0  # mentions as the reporter's location ("RIYADH:", "(Beirut) –")

    @property
    def score(self) -> int:
        """Mentions outside datelines, those naming the event counting twice."""
        return max(0, self.count - self.dateline) + self.event


@dataclass
class DocFacts:
    doc: Document
    published: dt.date | None
    published_md: tuple[int, int] | None  # (month, day) of a year-less header date
    event_date: dt.date | None
    event_md: tuple[int, int] | None
    event_date_rule: str
    event_date_text: str
    candidates: dict[dt.date, float] = field(default_factory=dict)  # possible event dates, scored
    places: list[PlaceCount] = field(default_factory=list)
    events: Counter[str] = field(default_factory=Counter)
    event_type: str | None = None

    @property
    def main_places(self) -> set[str]:
        """The primary place and places named about as often (more than half its `score`)."""
        specific = [p for p in self.places if not p.container] or self.places
        if not specific:
            return set()
        top = specific[0].score
        return {p.id for p in specific if p.score * 2 > top or p.score == top}

    @property
    def main_dates(self) -> set[dt.date]:
        """The best-supported event date and the publication date."""
        return {d for d in (self.event_date, self.published) if d}

    @property
    def primary_place(self) -> PlaceCount | None:
        specific = [p for p in self.places if not p.container] or self.places
        return specific[0] if specific else None


def _sentences(doc: Document) -> list[tuple[int, int]]:
    if doc.sentences:
        return [(s.start, s.end) for s in doc.sentences]
    out, start = [], 0
    for m in _SENTENCE_END.finditer(doc.text):
        if m.start() > start:
            out.append((start, m.end()))
        start = m.end()
    if start < len(doc.text):
        out.append((start, len(doc.text)))
    return out


@cache
def _container_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    before, after = [], []
    for lang in LANGS:
        d = load(lang).get("places", {})
        before += [fold(w) for w in d.get("container_before", [])]
        after += [fold(w) for w in d.get("container_after", [])]

    def alt(words: list[str]) -> str:
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)) or "(?!x)x"

    pre = re.compile(rf"(?:^|[^\w])[وفبلك]?(?:ال)?(?:{alt(before)})\s+(?:the\s+)?[وفبلك]?$")
    post = re.compile(rf"^(?:'s)?\s+(?:{alt(after)})(?![\w])")
    return pre, post


def _mentions(doc: Document, entity: Entity) -> list[tuple[int, int]]:
    if entity.mentions:
        return [(m.span.start, m.span.end) for m in entity.mentions]
    if not entity.text:
        return []
    return [m.span() for m in re.finditer(re.escape(entity.text), doc.text)]


def _in_container_phrase(doc: Document, start: int, end: int) -> bool:
    pre, post = _container_patterns()
    return bool(pre.search(fold(doc.text[max(0, start - 40) : start])) or post.match(fold(doc.text[end : end + 30])))


_ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|at|ash|az|an)[-\s]+|^ال")


def name_forms(entity: Entity) -> set[str]:
    """Spellings to compare places by when ids differ: lowercased, article and punctuation dropped."""
    out = set()
    for name in (entity.canonical, entity.text, *entity.aliases):
        if not name:
            continue
        n = _ARTICLE.sub("", fold(name).strip())
        n = re.sub(r"[^\w]+", "", n)
        if len(n) >= 5 and n.isascii():
            n = re.sub(r"(?:ah|eh|a|e|h)$", "", n)  # ta marbuta: Jinah, Jineh, Jina
        if len(n) >= 3:
            out.add(n)
    return out


def place_key(entity: Entity) -> str:
    return entity.id or "name:" + entity.canonical.strip().lower()


_DATELINE_AFTER = re.compile(r"^\)?[ \t]*(?:[:\u2013\u2014-]|\n|$)")


def _is_dateline(doc: Document, start: int, end: int) -> bool:
    """A place opening a line as the reporter's location: "RIYADH:", "(Beirut) –", "كابل –", "BEIRUT  MAY 27"."""
    line_start = doc.text.rfind("\n", 0, start) + 1
    if doc.text[line_start:start].strip(" \t(") != "":
        return False
    word = doc.text[start:end]
    return bool(_DATELINE_AFTER.match(doc.text[end : end + 3])) or (word.isupper() and len(word) > 2)


def _event_sentences(doc: Document) -> list[tuple[int, int]]:
    """Sentences that name an attack (an event word of `events.toml`)."""
    lang = None if "+" in doc.lang or doc.lang == "other" else doc.lang
    return [(a, b) for a, b in _sentences(doc) if event_counts(doc.text, lang, a, b)]


def doc_places(doc: Document) -> list[PlaceCount]:
    """Places named in the report, main ones first: provinces, countries and regions ("rural Idlib") last.

    Places are ranked by `score`: mentions, those in sentences naming the event counting twice,
    a dateline's place (where the reporter is) not at all. A place named only as a region
    ("Majz district") is a container unless no specific place is named with the event.
    """
    by_key: dict[str, PlaceCount] = {}
    as_region: Counter[str] = Counter()
    eventful = _event_sentences(doc) if any(e.type == "place" for e in doc.entities) else []
    starts = [a for a, _ in eventful]

    def in_event(a: int, b: int) -> bool:
        i = bisect_right(starts, a) - 1
        return i >= 0 and a < eventful[i][1]

    for e in doc.entities:
        if e.type != "place":
            continue
        spans = _mentions(doc, e)
        key = place_key(e)
        as_region[key] += sum(_in_container_phrase(doc, a, b) for a, b in spans)
        count, first = max(1, len(spans)), min((a for a, _ in spans), default=len(doc.text))
        datelines = [_is_dateline(doc, a, b) for a, b in spans]
        n_event = sum(in_event(a, b) and not d for (a, b), d in zip(spans, datelines, strict=True))
        if key in by_key:
            pc = by_key[key]
            pc.event += n_event
            pc.dateline += sum(datelines)
            pc.count += count
            pc.first = min(pc.first, first)
            pc.names |= name_forms(e)
            if pc.entity.lat is None and e.lat is not None:
                pc.entity = e
        else:
            by_key[key] = PlaceCount(key, e.canonical, count, first, False, e, name_forms(e), n_event, dateline=sum(datelines))
    for p in by_key.values():
        named_as_region = as_region[p.id] * 3 >= p.count and as_region[p.id] > 0
        is_country = bool(p.entity.country) and p.entity.country.lower() == p.canonical.lower()
        holds_other = any(
            o is not p and p.canonical.lower() in {(o.entity.admin1 or "").lower(), (o.entity.country or "").lower()}
            for o in by_key.values()
        )
        p.container = is_country or named_as_region or holds_other
        p.region = named_as_region and not (is_country or holds_other)
    if not any(p.event for p in by_key.values() if not p.container):
        for p in by_key.values():
            if p.region and p.event:
                p.container = False  # the region is the most precise place given for the event
    return sorted(by_key.values(), key=lambda p: (p.container, -p.score, p.first))


def _header_lines(text: str) -> list[tuple[int, int]]:
    """Short lines near the top that carry a date: mastheads, bylines, datelines."""
    out, pos = [], 0
    for line in text[:HEADER_CHARS].split("\n"):
        end = pos + len(line)
        if len(line) < 120 and find_dates(line):
            out.append((pos, end))
        pos = end + 1
    return out


def _candidates(doc: Document, published: dt.date | None) -> dict[dt.date, tuple[float, str, str]]:
    """Dates the report names, scored: 1 beside event words, 0.5 in header lines, 0.25 elsewhere."""
    scores: dict[dt.date, tuple[float, str, str]] = {}
    lang = None if "+" in doc.lang or doc.lang == "other" else doc.lang
    headers = _header_lines(doc.text)
    for start, end in _sentences(doc):
        mentions = [m for m in find_dates(doc.text, published, start, end) if m.date is not None]
        if not mentions:
            continue
        eventful = bool(event_counts(doc.text, lang, start, end))
        for m in mentions:
            if published and m.date > published + dt.timedelta(days=1):
                continue
            in_header = any(a <= m.start < b for a, b in headers)
            weight = 0.5 if in_header else 1.0 if eventful else 0.25
            old = scores.get(m.date)
            scores[m.date] = (weight + (old[0] if old else 0.0), *(old[1:] if old else (doc.text[m.start : m.end], m.rule)))
    if published is not None:
        old = scores.get(published)
        scores[published] = (0.5 + (old[0] if old else 0.0), *(old[1:] if old else (published.isoformat(), "date.published")))
    return scores


def doc_facts(doc: Document) -> DocFacts:
    """Read a report's publication and possible event dates, places and event type."""
    published, header = publication_date(doc.text, doc.meta.published)
    published_md = (header.month, header.day) if header and header.date is None and header.month else None
    scored = _candidates(doc, published)
    candidates = {d: s for d, (s, _, _) in scored.items() if s >= CANDIDATE_MIN}
    if published is None and published_md is not None:
        # a year-less header date: keep only dates that fit it (the report is about its own days)
        candidates = {d: s for d, s in candidates.items() if _md_days(published_md, d) <= MD_SLACK_DAYS}
    event = max(candidates, key=lambda d: (candidates[d], d)) if candidates else None
    text, rule = (scored[event][1], scored[event][2]) if event else ("", "")
    event_md = (event.month, event.day) if event else published_md
    lang = None if "+" in doc.lang or doc.lang == "other" else doc.lang
    counts = event_counts(doc.text, lang)
    return DocFacts(
        doc=doc,
        published=published,
        published_md=published_md,
        event_date=event,
        event_md=event_md,
        event_date_rule=rule or ("date.header-no-year" if published_md else ""),
        event_date_text=text,
        candidates=candidates,
        places=doc_places(doc),
        events=counts,
        event_type=primary_event(counts),
    )
