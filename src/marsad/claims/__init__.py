"""Casualty claims: the language-neutral engine over per-language rules in marsad.lang."""

from __future__ import annotations

from marsad.record import Document


def find_claims(doc: Document) -> None:
    """Fill doc.claims (without sources) from each sentence."""


def merge_repeats(doc: Document) -> None:
    """Merge the same figure repeated by the same chain in the same language half."""
