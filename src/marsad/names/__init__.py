"""Names across scripts: recognition, canonical English names, DIN 31635."""

from __future__ import annotations

from marsad.names.resolve import NameInfo, resolve
from marsad.record import Document

__all__ = ["NameInfo", "resolve", "recognize_names", "romanize_din", "canonical_name", "din_of"]


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


def din_of(text: str) -> str | None:
    """The DIN 31635 form of a name: the gazetteer's, else the rules' best reading; None if not Arabic."""
    from marsad.names.normalize import is_arabic

    info = resolve(text, fuzzy=False)
    if info is not None:
        d = info.din
        return d if isinstance(d, str) or d is None else (d[0] if d else None)
    if not is_arabic(text):
        from marsad.names.canonical import latin_to_din

        return latin_to_din(text)
    cands = romanize_din(text)
    return cands[0] if cands else None
