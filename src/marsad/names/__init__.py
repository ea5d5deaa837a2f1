"""Names across scripts: recognition, canonical English names, DIN 31635."""

from __future__ import annotations

from marsad.record import Document


def recognize_names(doc: Document) -> None:
    """Fill doc.entities."""
