"""The claims marsad reads in a text, as tuples of chosen fields: the shared reading of report-level claim tests."""

from __future__ import annotations

from marsad.api import extract_text

FIGURE = ("outcome", "group", "side", "min", "max", "vague", "stance", "scope")


def claim_rows(text: str, fields: tuple[str, ...] = FIGURE) -> list[tuple]:
    """Each claim of `text` (extracted whole) as a tuple of `fields`, in the order marsad emits them."""
    return [tuple(getattr(c, f) for f in fields) for c in extract_text(text).claims]


def claim_chains(text: str) -> list[tuple[str, str, list[str]]]:
    """Each claim of `text` with evidence as (its evidence text, its stance, its chain's link names)."""
    doc = extract_text(text)
    return [(c.evidence[0].of(text), c.stance, [lk.name for lk in c.source]) for c in doc.claims if c.evidence]
