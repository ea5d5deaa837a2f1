"""Who says so: the publishing outlet and each claim's attribution chain."""

from __future__ import annotations

from marsad.record import Document


def detect_outlet(doc: Document) -> None:
    """Set doc.outlet from metadata, byline, dateline or headline."""


def attribute_claims(doc: Document) -> None:
    """Set each claim's source chain (outermost reporter first)."""
