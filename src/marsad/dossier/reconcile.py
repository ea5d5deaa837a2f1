"""Reconcile one incident's claims: figures per key, low/high, origins, updates, contested facts."""

from __future__ import annotations

import re
from collections import defaultdict

from marsad.dossier.events import is_preliminary, operation_outcomes, target_words
from marsad.dossier.model import ClaimView, Contested, Figure, Quote, SourceColumn, Update
from marsad.record import Claim, Document

TARGET_REACH = 80  # characters after a target word within which the target is named
OUTCOME_ORDER = {"killed": 0, "injured": 1, "casualties": 2}
GROUP_ORDER = {g: i for i, g in enumerate(["people", "civilians", "children", "women", "men", "combatants", "soldiers"])}


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-") or "x"


def outlet_name(doc: Document) -> str:
    if doc.outlet is not None:
        return english_name(doc.outlet.name, doc.outlet.aliases)
    return doc.meta.outlet or doc.id


_ARABIC = re.compile("[\u0600-\u06ff]")


def english_name(name: str, aliases: list[str] = ()) -> str:
    """A link's name for readers of English: itself, a Latin-script alias, or its canonical English form."""
    if not _ARABIC.search(name):
        return name
    latin = next((a for a in aliases if a and not _ARABIC.search(a)), None)
    if latin:
        return latin
    try:
        from marsad.names import canonical_name

        return canonical_name(name) or name
    except Exception:  # noqa: BLE001 - the names stage is optional here; keep the name as written
        return name


def chain_names(doc: Document, claim: Claim) -> list[str]:
    """The chain as canonical English names, outermost first; the outlet's own voice is the outlet."""
    return [english_name(link.name, link.aliases) for link in claim.source] or [outlet_name(doc)]


def origin_of(doc: Document, claim: Claim) -> str:
    """The original source: the last link's canonical name (the outlet for its own voice)."""
    return chain_names(doc, claim)[-1]


def _aligned_english(doc: Document, offset: int) -> str | None:
    """The English paragraph aligned with the Arabic paragraph holding `offset`, if any."""
    para = next((p for p in doc.paragraphs if p.start <= offset < p.end), None)
    if para is None or para.lang == "en":
        return None
    for pair in doc.alignment:
        other = pair.source if pair.target == para.id else pair.target if pair.source == para.id else None
        if other is not None and 0 <= other < len(doc.paragraphs) and doc.paragraphs[other].lang == "en":
            p = doc.paragraphs[other]
            return doc.text[p.start : p.end]
    return None


def claim_view(doc: Document, claim: Claim, index: int, published: str | None) -> ClaimView:
    cid = f"{doc.id}#{claim.id or index}"
    evidence = sentence = ""
    span_in = None
    context = None
    if claim.evidence:
        ev = claim.evidence[0]
        evidence = doc.span_text(ev)
        sent = doc.sentence_at(ev.start)
        if sent is not None and sent.end >= ev.end:
            s_start, s_end = sent.start, sent.end
        else:  # no sentence segmentation: the line holding the span
            s_start = doc.text.rfind("\n", 0, ev.start) + 1
            nl = doc.text.find("\n", ev.end)
            s_end = len(doc.text) if nl < 0 else nl
        sentence = doc.text[s_start:s_end]
        span_in = (ev.start - s_start, ev.end - s_start)
        if claim.lang == "ar":
            context = _aligned_english(doc, ev.start)
    names = chain_names(doc, claim)
    return ClaimView(
        id=cid,
        anchor="ev-" + _slug(cid),
        doc=doc.id,
        published=published,
        lang=claim.lang,
        outcome=claim.outcome,
        group=claim.group,
        side=claim.side,
        min=claim.min,
        max=claim.max,
        approx=claim.approx,
        vague=claim.vague,
        stance=claim.stance,
        scope=claim.scope,
        source=names,
        origin=names[-1],
        start=claim.evidence[0].start if claim.evidence else None,
        evidence=evidence,
        sentence=sentence,
        span_in_sentence=span_in,
        context_en=context,
        rule=claim.rule,
    )


def bounds(c: ClaimView) -> tuple[int, int] | None:
    """The figure a claim puts forward at each end: "at least 13" is 13 at both ends; vague/denial: None."""
    if c.vague or c.stance != "assert" or c.scope != "incident":
        return None
    values = [v for v in (c.min, c.max) if v is not None]
    if not values:
        return None
    return min(values), max(values)


def interval(c: ClaimView) -> tuple[float, float] | None:
    """The range a claim allows ("at least 13" is [13, inf)); approximate figures get 10% slack."""
    if c.vague or c.stance != "assert":
        return None
    if c.min is None and c.max is None:
        return None
    lo = float(c.min) if c.min is not None else 0.0
    hi = float(c.max) if c.max is not None else float("inf")
    if c.approx:
        slack = max(1.0, 0.1 * (hi if hi != float("inf") else lo))
        lo, hi = lo - slack, hi + slack
    return lo, hi


def fact_key(outcome: str, group: str, side: str | None) -> str:
    return ":".join(x for x in ("casualties", group, side) if x)


def figure_for(key: tuple[str, str, str | None], claims: list[ClaimView]) -> Figure:
    outcome, grp, side = key
    ends = [b for c in claims if (b := bounds(c))]
    by_chain: dict[tuple[str, ...], list[ClaimView]] = defaultdict(list)
    for c in claims:
        by_chain[tuple(c.source)].append(c)
    asserted_origins = sorted({c.origin for c in claims if c.stance == "assert"})
    ordered, seen = [], set()
    for c in sorted((c for c in claims if bounds(c)), key=lambda c: (c.published or "", c.doc, c.start or 0)):
        key = (c.doc, tuple(c.source), bounds(c))
        if key not in seen:  # the same figure from the same chain in both halves is one update
            seen.add(key)
            ordered.append(c)
    return Figure(
        outcome=outcome,
        group=grp,
        side=side,
        low=min(b[0] for b in ends) if ends else None,
        high=max(b[1] for b in ends) if ends else None,
        claims=claims,
        sources=[SourceColumn(chain=list(ch), origin=ch[-1], claims=[c.id for c in cs]) for ch, cs in by_chain.items()],
        origins=len(asserted_origins),
        origin_names=asserted_origins,
        updates=[
            Update(published=c.published, doc=c.doc, chain=c.source, low=bounds(c)[0], high=bounds(c)[1], claim=c.id)
            for c in ordered
        ],
    )


def figures(claims: list[ClaimView]) -> list[Figure]:
    """One figure per (outcome, group, side) over the incident's claims (background ones excluded)."""
    by_key: dict[tuple[str, str, str | None], list[ClaimView]] = defaultdict(list)
    for c in claims:
        if c.scope == "incident":
            by_key[(c.outcome, c.group, c.side)].append(c)
    keys = sorted(by_key, key=lambda k: (OUTCOME_ORDER.get(k[0], 9), GROUP_ORDER.get(k[1], 9), k[2] or ""))
    return [figure_for(k, by_key[k]) for k in keys]


def _disjoint(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[1] < b[0] or b[1] < a[0]


def latest_per_origin(claims: list[ClaimView]) -> list[ClaimView]:
    """Each origin's current figures: its claims in its latest report, the last stated one last.

    An origin that revised its toll ("rose from 8 to 15") does not contest itself, and its
    superseded figure does not contest others.
    """
    by_origin: dict[str, list[ClaimView]] = defaultdict(list)
    for c in claims:
        by_origin[c.origin].append(c)
    out = []
    for cs in by_origin.values():
        last_pub = max(c.published or "" for c in cs)
        current = [c for c in cs if (c.published or "") == last_pub]
        by_doc: dict[str, list[ClaimView]] = defaultdict(list)
        for c in current:
            by_doc[c.doc].append(c)
        for doc_claims in by_doc.values():
            by_lang: dict[str, list[ClaimView]] = defaultdict(list)
            for c in doc_claims:
                by_lang[c.lang].append(c)
            for lang_claims in by_lang.values():  # one per language half: the last stated
                out.append(max(lang_claims, key=lambda c: c.start or 0))
    return out


def contested_figures(fig: Figure) -> list[Contested]:
    """Incompatible current figures from different origins (different exact figures, disjoint ranges)."""
    out = []
    current = [c for c in fig.claims if not is_preliminary(c.sentence or c.evidence)]
    asserted = [(c, iv) for c in latest_per_origin(current) if (iv := interval(c))]
    pairs = []
    for i, (a, ia) in enumerate(asserted):
        for b, ib in asserted[i + 1 :]:
            if a.origin != b.origin and _disjoint(ia, ib):
                pairs.append((a, b))
    key = fact_key(fig.outcome, fig.group, fig.side)
    if pairs:
        ids = sorted({c.id for p in pairs for c in p})
        a, b = pairs[0]
        out.append(
            Contested(
                fact=key,
                kind="figures",
                reason=f"{_what(fig.outcome, fig.group, fig.side)}: {_fmt(a)} ({a.origin}) vs {_fmt(b)} ({b.origin})",
                claims=ids,
            )
        )
    return out


def _is_none(c: ClaimView) -> bool:
    """A claim that nobody in the group was hurt: a denial, or the figure 0."""
    return c.stance == "deny" or (c.max == 0 and not c.vague)


def contested_denials(claims: list[ClaimView]) -> list[Contested]:
    """A denial (or "no one was killed") against another origin's assertion of casualties in that group."""
    out = []
    scoped = [c for c in claims if c.scope == "incident"]
    some: dict[tuple[str, str | None], list[ClaimView]] = defaultdict(list)
    for c in scoped:
        if c.stance == "assert" and not _is_none(c):
            some[(c.group, c.side)].append(c)
    for d in (c for c in scoped if _is_none(c)):
        against = [
            c
            for c in some[(d.group, d.side)]
            if c.group == d.group
            and c.side == d.side
            and (c.outcome == d.outcome or "casualties" in (c.outcome, d.outcome))
            and c.origin != d.origin
        ]
        if against:
            verb = "denies" if d.stance == "deny" else "reports no"
            out.append(
                Contested(
                    fact=fact_key("casualties", d.group, d.side),
                    kind="denial",
                    reason=f"{d.origin} {verb} {_what(d.outcome, d.group, d.side)}; "
                    f"{', '.join(sorted({c.origin for c in against}))} report some",
                    claims=[d.id, *[c.id for c in against]],
                )
            )
    return out


def quote(doc: Document, offset: int) -> Quote:
    """The sentence holding `offset`, with its language and aligned English paragraph."""
    a, b = _sentence_bounds(doc, offset)
    text = doc.text[a:b].strip()
    lang = "ar" if len(_ARABIC.findall(text)) * 2 > len(text.replace(" ", "")) else "en"
    return Quote(doc=doc.id, lang=lang, text=text, context_en=_aligned_english(doc, offset) if lang == "ar" else None)


def contested_outcome(docs: list[Document]) -> list[Contested]:
    """Success against failure of the operation, as the reports' wording says it."""
    found: dict[str, list[Quote]] = {"success": [], "failure": []}
    for doc in docs:
        seen: set[str] = set()
        for label, start, _ in operation_outcomes(doc.text):
            q = quote(doc, start)
            if q.text not in seen:
                seen.add(q.text)
                found[label].append(q)
    if found["success"] and found["failure"]:
        return [
            Contested(
                fact="outcome",
                kind="outcome",
                reason="reports call the operation both a success and a failure",
                evidence=found["failure"][:3] + found["success"][:3],
            )
        ]
    return []


def _sentence_bounds(doc: Document, offset: int) -> tuple[int, int]:
    s = doc.sentence_at(offset)
    if s is not None:
        return s.start, s.end
    nl = doc.text.find("\n", offset)
    return doc.text.rfind("\n", 0, offset) + 1, len(doc.text) if nl < 0 else nl


def contested_target(docs: list[Document]) -> list[Contested]:
    """Different people named as the target of the operation (in sentences with target words).

    People who speak as sources in the incident's claims are not taken for targets.
    """
    named: dict[str, list[Quote]] = {}
    speakers = {n.lower() for doc in docs for c in doc.claims for link in c.source for n in link.names()}
    for doc in docs:
        people = [
            (m.span.start, e)
            for e in doc.entities
            if e.type == "person" and e.canonical.lower() not in speakers and e.text.lower() not in speakers
            for m in e.mentions
        ]
        if not people:
            continue
        people.sort(key=lambda p: p[0])
        for start, end in target_words(doc.text):
            a, b = _sentence_bounds(doc, start)
            # the target is the first person named right after the target word ("targeted X")
            after = [e for offset, e in people if end <= offset < min(b, end + TARGET_REACH)]
            if after:
                named.setdefault(after[0].canonical, []).append(quote(doc, start))
    if len(named) < 2:
        return []
    return [
        Contested(
            fact="target",
            kind="target",
            reason="reports name different targets: " + ", ".join(sorted(named)),
            evidence=[ev[0] for ev in named.values()][:6],
        )
    ]


def _what(outcome: str, group: str, side: str | None) -> str:
    """ "civilians killed", "soldiers (United States) injured", "casualties among children"."""
    who = f"{group} ({side})" if side else group
    return f"casualties among {who}" if outcome == "casualties" else f"{who} {outcome}"


def _fmt(c: ClaimView) -> str:
    if c.min is not None and c.min == c.max:
        return f"{'about ' if c.approx else ''}{c.min}"
    if c.max is None:
        return f"at least {c.min}"
    if c.min is None:
        return f"up to {c.max}"
    return f"{c.min}–{c.max}"


def merge_contested(items: list[Contested]) -> list[Contested]:
    """One entry per (fact, kind)."""
    seen: dict[tuple[str, str], Contested] = {}
    for c in items:
        k = (c.fact, c.kind)
        if k in seen:
            seen[k].claims = sorted(set(seen[k].claims) | set(c.claims))
        else:
            seen[k] = c
    return list(seen.values())
