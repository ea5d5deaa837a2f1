"""Recognition of names in a Document (being built)."""

from __future__ import annotations

from marsad.record import Document


def recognize(doc: Document) -> None:
    """Fill doc.entities."""
