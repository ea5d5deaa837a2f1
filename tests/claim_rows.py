"""The claims marsad reads in a text, as tuples of chosen fields: the shared reading of report-level claim tests."""

from __future__ import annotations

from marsad.api import extract_text

FIGURE = ("outcome", "group", "side", "min", "max", "vague", "stance", "scope")


def claim_rows(text: str, fields: tuple[str, ...] = FIGURE) -> list[tuple]:
    """Each claim of `text` (extracted whole) as a tuple of `fields`, in the order marsad emits them."""
    return [tuple(getattr(c, f) for f in fields) for c in extract_text(text).claims]
