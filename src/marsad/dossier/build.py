"""Build incident dossiers from extracted Documents: group, then reconcile each group."""

from __future__ import annotations

import re
from collections import Counter

from marsad.dossier.dates import parse_iso
from marsad.dossier.facts import DocFacts, doc_facts
from marsad.dossier.grouping import DATE_WINDOW_DAYS, group
from marsad.dossier.model import DocumentSummary, DossierSet, GroupLink, Incident, PlaceRef
from marsad.dossier.other_events import mark_other_events
from marsad.dossier.reconcile import (
    claim_view,
    contested_denials,
    contested_figures,
    contested_outcome,
    contested_target,
    figures,
    merge_contested,
    outlet_name,
)
from marsad.names import resolve
from marsad.record import Document


def _place(members: list[DocFacts]) -> PlaceRef | None:
    """The incident's place: the place most often the main one of its reports, then most mentioned."""
    primary = Counter(f.primary_place.id for f in members if f.primary_place)
    mentions: Counter[str] = Counter()
    best = {}
    for f in members:
        for p in f.places:
            if not p.container:
                mentions[p.id] += p.count
            if p.id not in best or (best[p.id].entity.lat is None and p.entity.lat is not None):
                best[p.id] = p
    if not best:
        return None
    key = max(best, key=lambda k: (primary[k], mentions[k]))
    e = best[key].entity
    ref = PlaceRef(id=key, canonical=e.canonical, lat=e.lat, lon=e.lon, admin1=e.admin1, country=e.country)
    if ref.lat is None:
        info = resolve(e.canonical, "en")
        if info is not None:
            ref.lat, ref.lon = info.lat, info.lon
            ref.admin1, ref.country = ref.admin1 or info.admin1, ref.country or info.country
    return ref


def _date(members: list[DocFacts]) -> tuple[str | None, str]:
    support: Counter = Counter()
    reports: Counter = Counter()
    for f in members:
        for d, score in f.candidates.items():
            support[d] += score
            reports[d] += 1
    if support:
        top = max(support, key=lambda d: (reports[d], support[d], -d.toordinal()))
        for f in members:  # each report's event date: the incident's when it names it
            if top in f.candidates:
                f.event_date, f.event_date_rule, f.event_date_text = top, "date.incident", top.isoformat()
        return top.isoformat(), f"{reports[top]} of {len(members)} reports name {top} (publication or event date)"
    mds = Counter(f.event_md for f in members if f.event_md)
    if mds:
        m, d = max(mds, key=lambda k: mds[k])
        return f"--{m:02d}-{d:02d}", "month and day only (no year in the reports)"
    return None, "no date found"


def _incident_id(date: str | None, place: PlaceRef | None, event: str | None, taken: set[str]) -> str:
    parts = [date.lstrip("-") if date else "undated", place.canonical if place else "unplaced", (event or "").replace("_", "-")]
    base = re.sub(r"[^a-z0-9]+", "-", "-".join(p for p in parts if p).lower()).strip("-")
    ident, n = base, 2
    while ident in taken:
        ident, n = f"{base}-{n}", n + 1
    taken.add(ident)
    return ident


def build_incident(
    members: list[DocFacts], links: list[GroupLink], taken: set[str], window: int = DATE_WINDOW_DAYS
) -> Incident:
    date, date_rule = _date(members)
    docs = sorted(members, key=lambda f: (f.published.isoformat() if f.published else "9999", f.doc.id))
    views = []
    views_of: dict[str, list] = {}
    for f in docs:
        pub = f.published.isoformat() if f.published else None
        views_of[f.doc.id] = [claim_view(f.doc, c, i, pub) for i, c in enumerate(f.doc.claims)]
        views.extend(views_of[f.doc.id])
    place = _place(members)
    day = parse_iso(date) if date and not date.startswith("--") else None
    mark_other_events(docs, views_of, day, window, place.id if place else None)
    incident_claims = [c for c in views if c.scope == "incident"]
    figs = figures(incident_claims)
    contested = [x for fig in figs for x in contested_figures(fig)]
    contested += contested_denials(incident_claims)
    contested += contested_outcome([f.doc for f in docs])
    contested += contested_target([f.doc for f in docs])
    events = Counter(f.event_type for f in members if f.event_type)
    event = max(events, key=lambda t: events[t]) if events else None
    chains = {tuple(c.source) for c in incident_claims}
    origins = {c.origin for c in incident_claims if c.stance == "assert"}
    return Incident(
        id=_incident_id(date, place, event, taken),
        documents=[f.doc.id for f in docs],
        date=date,
        date_rule=date_rule,
        place=place,
        event_type=event,
        figures=figs,
        contested=merge_contested(contested),
        background=[c for c in views if c.scope != "incident"],
        sources=len(chains),
        origins=len(origins),
        grouping=links,
    )


def summarize(f: DocFacts, incident: str | None) -> DocumentSummary:
    return DocumentSummary(
        id=f.doc.id,
        path=f.doc.meta.path,
        outlet=outlet_name(f.doc) if f.doc.outlet is not None or f.doc.meta.outlet else None,
        published=f.published.isoformat() if f.published else (
            f"--{f.published_md[0]:02d}-{f.published_md[1]:02d}" if f.published_md else None
        ),
        lang=f.doc.lang,
        event_date=f.event_date.isoformat() if f.event_date else None,
        event_date_rule=f"{f.event_date_rule}: {f.event_date_text}" if f.event_date_text else f.event_date_rule,
        place=f.primary_place.canonical if f.primary_place else None,
        event_type=f.event_type,
        incident=incident,
    )


def build_dossiers(docs: list[Document], window: int = DATE_WINDOW_DAYS, failed: list[str] | None = None) -> DossierSet:
    """Group extracted Documents into incidents and reconcile each one."""
    facts = [doc_facts(d) for d in docs]
    taken: set[str] = set()
    incidents = []
    summaries = []
    for members, links in group(facts, window):
        inc = build_incident(members, links, taken, window)
        incidents.append(inc)
        summaries.extend(summarize(f, inc.id) for f in members)
    incidents.sort(key=lambda i: (i.date or "", i.id))
    order = {d.id: i for i, d in enumerate(docs)}
    summaries.sort(key=lambda s: order.get(s.id, 0))
    return DossierSet(incidents=incidents, documents=summaries, failed=failed or [])
