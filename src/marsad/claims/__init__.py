"""Casualty claims: the language-neutral engine over per-language rules in marsad.lang.

Each language folder provides `marsad.lang.<code>.claims.find_claims(doc, sentence)`
returning Claim records (no sources yet) for one sentence.
"""

from __future__ import annotations

import importlib
from functools import cache
from types import ModuleType

from marsad.record import Document


@cache
def language_rules(lang: str) -> ModuleType | None:
    """The claim rules module of a language, or None when marsad has none."""
    try:
        return importlib.import_module(f"marsad.lang.{lang}.claims")
    except ModuleNotFoundError:
        return None


def find_claims(doc: Document) -> None:
    """Fill doc.claims (without sources) from each sentence."""
    for sentence in doc.sentences:
        rules = language_rules(sentence.lang)
        if rules is None:
            continue
        for claim in rules.find_claims(doc, sentence):
            claim.id = f"c{len(doc.claims)}"
            claim.sentence = sentence.id
            doc.claims.append(claim)


def merge_repeats(doc: Document) -> None:
    """Merge the same figure repeated by the same chain in the same language half."""
