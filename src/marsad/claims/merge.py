"""Dedupe claims within a sentence, and merge a figure repeated by the same source."""

from __future__ import annotations

from operator import itemgetter

from marsad.record import Claim, Document, Span

# figure_key's fields, read from the record's field dict at once (one attribute look-up)
_FIGURE_FIELDS = itemgetter("lang", "outcome", "group", "side", "min", "max", "vague", "stance", "scope")


def figure_key(claim: Claim) -> tuple:
    """What makes two claims the same figure (sources aside)."""
    return _FIGURE_FIELDS(claim.__dict__)  # (claim.lang, claim.outcome, ..., claim.scope)


# unnamed kin speaking for the victims are one source however the text words them ("Family says"
# over "relatives said")
_KIN = frozenset(("family", "the family", "relatives", "relative", "families", "the relatives", "relatives of the victims"))


def chain_key(claim: Claim) -> tuple[str, ...]:
    """The source chain by canonical link names (empty: the outlet's own voice)."""
    return tuple("relatives" if link.kind == "anonymous" and link.name.casefold() in _KIN else link.name.casefold()
                 for link in claim.source)


def overlaps(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def dedupe(claims: list[Claim]) -> list[Claim]:
    """Drop a claim whose figure and evidence repeat an earlier one's (one sentence's rules)."""
    out: list[Claim] = []
    keys: list[tuple] = []  # figure_key of each claim kept
    for claim in claims:
        key = figure_key(claim)
        twin = next(
            (c for c, k in zip(out, keys, strict=True) if k == key
             and (not c.evidence or not claim.evidence or overlaps(c.evidence[0], claim.evidence[0]))),
            None,
        )
        if twin is None:
            out.append(claim)
            keys.append(key)
    return out


def half_of(doc: Document, claim: Claim) -> int | None:
    """The language half a claim was read in (via its sentence's paragraph)."""
    if claim.sentence is None or not 0 <= claim.sentence < len(doc.sentences):
        return None
    sentence = doc.sentences[claim.sentence]
    if not 0 <= sentence.paragraph < len(doc.paragraphs):
        return None
    return doc.paragraphs[sentence.paragraph].half


def share_sides(doc: Document) -> None:
    """A figure of fighters or soldiers whose side the sentence does not say ("five gunmen
    killed") takes the side the report gives the same figure elsewhere in its language half
    ("five members of the X cell were killed"), when that side is the only one given."""
    sided: dict[tuple, set[str]] = {}
    for claim in doc.claims:
        if claim.side and claim.group in ("combatants", "soldiers") and not claim.vague:
            key = (claim.lang, claim.outcome, claim.group, claim.min, claim.max, half_of(doc, claim))
            sided.setdefault(key, set()).add(claim.side)
    if not sided:
        return
    for claim in doc.claims:
        if claim.side is None and claim.group in ("combatants", "soldiers") and not claim.vague:
            sides = sided.get((claim.lang, claim.outcome, claim.group, claim.min, claim.max, half_of(doc, claim)))
            if sides is not None and len(sides) == 1:
                claim.side = next(iter(sides))


def merge_repeats(doc: Document) -> None:
    """One claim per (figure, source chain, language half); repeats add evidence spans.

    Two equal figures in one sentence ("five Iraqis and five Iranians") are two claims,
    not a repetition, so a claim only absorbs repeats from other sentences. Fighters with
    no side first take the side the same figure has elsewhere (`share_sides`).
    """
    share_sides(doc)
    kept: dict[tuple, list[tuple[Claim, set[int | None]]]] = {}
    out: list[Claim] = []
    for claim in doc.claims:
        key = (figure_key(claim), chain_key(claim), half_of(doc, claim))
        slot = next((entry for entry in kept.get(key, []) if claim.sentence not in entry[1]), None)
        if slot is None:
            kept.setdefault(key, []).append((claim, {claim.sentence}))
            out.append(claim)
            continue
        first, sentences = slot
        sentences.add(claim.sentence)
        for span in claim.evidence:
            if all(span != s for s in first.evidence):
                first.evidence.append(span)
        first.approx = first.approx and claim.approx
    doc.claims = out
