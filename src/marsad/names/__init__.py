"""Names across scripts: recognition, canonical English names, DIN 31635."""

from __future__ import annotations

from dataclasses import dataclass, field

from marsad.record import Document


@dataclass
class NameInfo:
    """What the gazetteer knows of a name, in any script or spelling."""

    id: str
    canonical: str
    type: str  # place | org | person | outlet
    aliases: list[str] = field(default_factory=list)
    din: str | list[str] | None = None
    lat: float | None = None
    lon: float | None = None
    admin1: str | None = None
    country: str | None = None


def resolve(text: str, lang: str | None = None) -> NameInfo | None:
    """Look a name up in the gazetteer (any spelling, either script); None when unknown."""
    return None


def recognize_names(doc: Document) -> None:
    """Fill doc.entities."""
