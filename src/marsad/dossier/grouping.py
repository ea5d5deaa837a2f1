"""Group reports into incidents: shared place + date within a window + compatible event type.

Two reports are linked when all three hold; incidents are the connected groups (single link),
and every link records the evidence for it (`GroupLink`).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

from marsad.dossier.events import types_compatible
from marsad.dossier.facts import DocFacts, PlaceCount
from marsad.dossier.model import GroupLink

DATE_WINDOW_DAYS = 2
WEAK_MERGE_DENSITY = 0.5  # share of cross pairs weakly linked for two incidents to merge


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


def date_link(
    a: DocFacts, b: DocFacts, window: int = DATE_WINDOW_DAYS, place_a: str | None = None, place_b: str | None = None
) -> tuple[bool | None, str]:
    """Whether the reports name event dates within `window` days of each other (None: a report has no date).

    Each report may name several possible event dates (a follow-up names the day of the attack
    and its own day). A pair counts only when, in each report, the date is a main one or the
    shared place is its primary place: a report's background mention (an older raid nearby, on
    its own date) links nothing.
    """
    if a.candidates and b.candidates:
        for days, _, da, db in _close_dates(a, b, window):
            main_a = da in a.main_dates or _is_primary(a, place_a)
            main_b = db in b.main_dates or _is_primary(b, place_b)
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
    return None, "no date in one report"


def _link_places(f: DocFacts) -> dict[str, PlaceCount]:
    """The places a report can be linked by: its specific ones, or all when it names only regions."""
    specific = {p.id: p for p in f.places if not p.container}
    return specific or {p.id: p for p in f.places}


def _same_place(p: PlaceCount, q: PlaceCount) -> bool:
    return p.id == q.id or bool(p.names & q.names)


def shared_places(a: DocFacts, b: DocFacts) -> list[tuple[PlaceCount, PlaceCount, str]]:
    """Places both reports name, specific in at least one of them, strongest first: (in a, in b, why)."""
    la, lb = _link_places(a), _link_places(b)
    out = []
    for p in a.places:
        for q in b.places:
            if (p.id in la or q.id in lb) and _same_place(p, q):
                both_primary = _is_primary(a, p.id) and _is_primary(b, q.id)
                mains = p.id in a.main_places and q.id in b.main_places
                how = "main place of both" if both_primary else "a main place of both" if mains else "named in both"
                same = f"({p.id})" if p.id == q.id else f"({p.id} = {q.id}, same name)"
                out.append((p, q, f"{p.canonical} {same}, {how}", (not both_primary, not mains, -(p.count + q.count))))
    out.sort(key=lambda x: x[3])
    return [(p, q, why) for p, q, why, _ in out]


def link(a: DocFacts, b: DocFacts, window: int = DATE_WINDOW_DAYS, undated: bool = False) -> GroupLink | None:
    """The evidence that two reports describe one incident, or None.

    With `undated`, a report without any date may be linked on place and event type alone
    (only the primary place of the undated report counts).
    """
    ok_event, why_event = types_compatible(a.event_type, a.events, b.event_type, b.events)
    if not ok_event:
        return None
    for p, q, why_place in shared_places(a, b):
        ok_date, why_date = date_link(a, b, window, p.id, q.id)
        if ok_date is None and undated:
            x, key = (a, p.id) if not (a.candidates or a.event_md) else (b, q.id)
            if not _is_primary(x, key):
                continue
            rule = "group.place+event (no date)"
        elif ok_date:
            rule = "group.place+date+event"
        else:
            continue
        strong = p.id in a.main_places and q.id in b.main_places
        return GroupLink(
            a=a.doc.id, b=b.doc.id, rule=rule, strength="strong" if strong else "weak",
            place=why_place, date=why_date, event=why_event,
        )
    return None


def _candidate_pairs(facts: list[DocFacts]) -> list[tuple[int, int]]:
    """Pairs that can be linked: a place one report is specific about is named by the other.

    Blocking on places keeps the work near linear when a run holds many incidents.
    """
    def keys(p: PlaceCount) -> set[str]:
        return {"id:" + p.id, *("name:" + n for n in p.names)}

    naming: dict[str, set[int]] = {}
    for i, f in enumerate(facts):
        for p in f.places:
            for k in keys(p):
                naming.setdefault(k, set()).add(i)
    pairs: set[tuple[int, int]] = set()
    for i, f in enumerate(facts):
        for p in _link_places(f).values():
            for k in keys(p):
                for j in naming.get(k, ()):
                    if j != i:
                        pairs.add((min(i, j), max(i, j)))
    return sorted(pairs)


def group(facts: list[DocFacts], window: int = DATE_WINDOW_DAYS) -> list[tuple[list[DocFacts], list[GroupLink]]]:
    """Cluster reports into incidents, each with the links that joined it.

    1. Reports with dates are joined by strong links (the shared place is a main place of
       both), single link. A pair already in one cluster is not compared again, so each
       cluster keeps a spanning tree of the evidence.
    2. Weak links (the shared place is main in one report only, e.g. "Kabul" in one report and
       "Khwaja Burgha, Kabul" in another) merge two incidents of several reports only when at
       least half of their cross pairs are linked (average link), so one round-up naming two
       attacks does not merge them; a report still alone joins the incident it links to most.
    3. A report with no date joins, by place and event type, the one incident it links to most.
    """
    parent = list(range(len(facts)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def join_best(i: int, candidates: list[tuple[int, GroupLink]]) -> None:
        votes: dict[int, list[GroupLink]] = {}
        for j, lk in candidates:
            if find(j) != find(i):
                votes.setdefault(find(j), []).append(lk)
        if votes:
            sizes = Counter(find(k) for k in range(len(facts)))
            root = max(votes, key=lambda r: (len(votes[r]), sizes[r], -r))
            links.append((i, votes[root][0]))
            parent[find(i)] = root

    links: list[tuple[int, GroupLink]] = []
    dated = [bool(f.candidates or f.event_md) for f in facts]
    pairs = _candidate_pairs(facts)
    weak: dict[int, list[tuple[int, GroupLink]]] = {}
    weak_pairs: list[tuple[int, int, GroupLink]] = []
    for i, j in pairs:
        if not (dated[i] and dated[j]):
            continue
        ri, rj = find(i), find(j)
        if ri == rj:
            continue
        lk = link(facts[i], facts[j], window)
        if lk is None:
            continue
        if lk.strength == "strong":
            links.append((i, lk))
            parent[max(ri, rj)] = min(ri, rj)
        else:
            weak.setdefault(i, []).append((j, lk))
            weak.setdefault(j, []).append((i, lk))
            weak_pairs.append((i, j, lk))
    while True:  # incidents of several reports merge when most of their cross pairs are weakly linked
        sizes = Counter(find(k) for k in range(len(facts)))
        cross: Counter[tuple[int, int]] = Counter()
        example: dict[tuple[int, int], tuple[int, GroupLink]] = {}
        for i, j, lk in weak_pairs:
            ri, rj = find(i), find(j)
            if ri != rj and sizes[ri] > 1 and sizes[rj] > 1:
                key = (min(ri, rj), max(ri, rj))
                cross[key] += 1
                example.setdefault(key, (i, lk))
        dense = [(n / (sizes[a] * sizes[b]), (a, b)) for (a, b), n in cross.items()]
        dense = [d for d in dense if d[0] >= WEAK_MERGE_DENSITY]
        if not dense:
            break
        _, (a, b) = max(dense)
        links.append(example[(a, b)])
        parent[b] = a
    for i in sorted(weak):
        if sum(1 for k in range(len(facts)) if find(k) == find(i)) == 1:
            join_best(i, weak[i])
    for i in (k for k in range(len(facts)) if not dated[k]):
        candidates = [
            (j, lk)
            for a, b in pairs
            if i in (a, b) and dated[j := (b if a == i else a)]
            and (lk := link(facts[i], facts[j], window, undated=True)) is not None
        ]
        join_best(i, candidates)
    clusters: dict[int, list[int]] = {}
    for i in range(len(facts)):
        clusters.setdefault(find(i), []).append(i)
    out = []
    for root, members in sorted(clusters.items()):
        out.append(([facts[i] for i in members], [lk for i, lk in links if find(i) == root]))
    return out
