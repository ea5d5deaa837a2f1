"""Group reports into incidents: shared place + date within a window + compatible event type.

Two reports are linked when all three hold; incidents are the connected groups (single link),
and every link records the evidence for it (`GroupLink`).
"""

from __future__ import annotations

import datetime as dt

from marsad.dossier.events import types_compatible
from marsad.dossier.facts import DocFacts
from marsad.dossier.model import GroupLink

DATE_WINDOW_DAYS = 2


def _md_distance(a: tuple[int, int], b: tuple[int, int]) -> int:
    da, db = dt.date(2000, *a), dt.date(2000, *b)  # a leap year holds every month-day
    diff = abs((da - db).days)
    return min(diff, 366 - diff)


def _close_dates(a: DocFacts, b: DocFacts, window: int) -> list[tuple[int, float, dt.date, dt.date]]:
    pairs = [
        (abs((da - db).days), -(a.candidates[da] + b.candidates[db]), da, db)
        for da in a.candidates
        for db in b.candidates
    ]
    return sorted(p for p in pairs if p[0] <= window)


def _is_primary(f: DocFacts, key: str | None) -> bool:
    return f.primary_place is not None and f.primary_place.id == key


def date_link(a: DocFacts, b: DocFacts, window: int = DATE_WINDOW_DAYS, shared_place: str | None = None) -> tuple[bool, str]:
    """Whether the reports name event dates within `window` days of each other.

    Each report may name several possible event dates (a follow-up names the day of the attack
    and its own day). A pair counts only when, in each report, the date or the shared place is a
    main one: a report's background mention (an older raid nearby, on its own date) links nothing.
    """
    if a.candidates and b.candidates:
        for days, _, da, db in _close_dates(a, b, window):
            main_a = da in a.main_dates or _is_primary(a, shared_place)
            main_b = db in b.main_dates or _is_primary(b, shared_place)
            if main_a and main_b:
                return True, f"{da} ~ {db} ({days} d apart, window {window})"
        return False, "no main date within the window"
    for x, y in ((a, b), (b, a)):
        if not x.candidates and x.event_md and y.candidates:
            days, d = min((_md_distance(x.event_md, (d.month, d.day)), d) for d in y.candidates)
            why = f"month-day {x.event_md[0]:02d}-{x.event_md[1]:02d} (year unknown) ~ {d} ({days} d, window {window})"
            return days <= window, why
    if a.event_md and b.event_md:
        days = _md_distance(a.event_md, b.event_md)
        why = f"month-day {a.event_md[0]:02d}-{a.event_md[1]:02d} ~ {b.event_md[0]:02d}-{b.event_md[1]:02d} (year unknown)"
        return days <= window, why
    return True, "date unknown in one report"


def _link_places(f: DocFacts) -> dict:
    """The places a report can be linked by: its specific ones, or all when it names only regions."""
    specific = {p.id: p for p in f.places if not p.container}
    return specific or {p.id: p for p in f.places}


def place_link(a: DocFacts, b: DocFacts) -> tuple[bool, str, str | None]:
    """A specific place (not only a shared province or country) named in both reports: (ok, why, id)."""
    pa, pb = _link_places(a), _link_places(b)
    all_a, all_b = {p.id: p for p in a.places}, {p.id: p for p in b.places}
    shared = [k for k in pa if k in all_b] + [k for k in pb if k in all_a and k not in pa]
    if not shared:
        names_a = {p.canonical.lower(): p for p in pa.values()}
        names_b = {p.canonical.lower(): p for p in pb.values()}
        shared_names = [p for p in b.places if p.canonical.lower() in names_a] + [
            p for p in a.places if p.canonical.lower() in names_b
        ]
        if shared_names:
            p = shared_names[0]
            return True, f"same place name {p.canonical}", p.id
        return False, "no place in common", None
    pa = {**all_a, **pa}
    pb = {**all_b, **pb}
    prim_a, prim_b = a.primary_place, b.primary_place
    both_primary = [k for k in shared if prim_a and prim_b and k == prim_a.id == prim_b.id]
    mains = [k for k in shared if k in a.main_places and k in b.main_places]
    key = (both_primary or mains or sorted(shared, key=lambda k: -(pa[k].count + pb[k].count)))[0]
    how = "main place of both" if both_primary else "a main place of both" if mains else "named in both"
    return True, f"{pa[key].canonical} ({key}), {how}", key


def link(a: DocFacts, b: DocFacts, window: int = DATE_WINDOW_DAYS) -> GroupLink | None:
    """The evidence that two reports describe one incident, or None."""
    ok_place, why_place, key = place_link(a, b)
    if not ok_place:
        return None
    ok_date, why_date = date_link(a, b, window, key)
    if not ok_date:
        return None
    ok_event, why_event = types_compatible(a.event_type, a.events, b.event_type, b.events)
    if not ok_event:
        return None
    return GroupLink(a=a.doc.id, b=b.doc.id, rule="group.place+date+event", place=why_place, date=why_date, event=why_event)


def _candidate_pairs(facts: list[DocFacts]) -> list[tuple[int, int]]:
    """Pairs that can be linked: a place one report is specific about is named by the other.

    Blocking on places keeps the work near linear when a run holds many incidents.
    """
    naming: dict[str, set[int]] = {}
    for i, f in enumerate(facts):
        for p in f.places:
            naming.setdefault(p.id, set()).add(i)
            naming.setdefault("name:" + p.canonical.lower(), set()).add(i)
    pairs: set[tuple[int, int]] = set()
    for i, f in enumerate(facts):
        for p in _link_places(f).values():
            for j in naming.get(p.id, set()) | naming.get("name:" + p.canonical.lower(), set()):
                if j != i:
                    pairs.add((min(i, j), max(i, j)))
    return sorted(pairs)


def group(facts: list[DocFacts], window: int = DATE_WINDOW_DAYS) -> list[tuple[list[DocFacts], list[GroupLink]]]:
    """Single-link clusters of reports, in input order, each with the links that joined it."""
    parent = list(range(len(facts)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    links: list[tuple[int, GroupLink]] = []
    for i, j in _candidate_pairs(facts):
        lk = link(facts[i], facts[j], window)
        if lk is None:
            continue
        links.append((i, lk))
        ri, rj = find(i), find(j)
        if ri != rj:
            parent[max(ri, rj)] = min(ri, rj)
    clusters: dict[int, list[int]] = {}
    for i in range(len(facts)):
        clusters.setdefault(find(i), []).append(i)
    out = []
    for root, members in sorted(clusters.items()):
        out.append(([facts[i] for i in members], [lk for i, lk in links if find(i) == root]))
    return out
