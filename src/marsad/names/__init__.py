"""Names across scripts: recognition, canonical English names, DIN 31635."""

from __future__ import annotations

from marsad.names.resolve import NameInfo, resolve
from marsad.record import Document

__all__ = ["NameInfo", "resolve", "recognize_names", "romanize_din", "canonical_name"]


def recognize_names(doc: Document) -> None:
    """Fill doc.entities: places, organisations, people and outlets, in both scripts."""
    from marsad.names.recognize import recognize

    recognize(doc)


def romanize_din(arabic: str) -> list[str]:
    """DIN 31635 romanisations of an Arabic name, best first."""
    from marsad.names.din import romanize_din as _din

    return _din(arabic)


def canonical_name(arabic: str) -> str:
    """The English spelling wires use for an Arabic name."""
    from marsad.names.canonical import canonical_name as _canon

    return _canon(arabic)
