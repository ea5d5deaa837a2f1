"""Entities built without validation (record.trusted) are what validating their fields would give."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import BaseModel

from marsad.api import extract, read
from marsad.record import Document, Entity, Metadata

_EXAMPLES = sorted((Path(__file__).resolve().parents[1] / "examples").glob("*.txt"))
_TEXTS = [
    "قالت وزارة الصحة في غزة إن 5 أشخاص قتلوا في قصف على مخيم جباليا، بحسب قناة المسيرة.",
    "Three people were killed in Aleppo and Idlib, the Syrian Observatory for Human Rights said.",
]


def _shape(x: object) -> object:
    """Types and values all the way down (1 and 1.0, a list and a tuple differ)."""
    if isinstance(x, BaseModel):
        return type(x).__name__, sorted(x.model_fields_set), [(k, _shape(v)) for k, v in x.__dict__.items()]
    if isinstance(x, list | tuple):
        return type(x).__name__, [_shape(v) for v in x]
    return type(x).__name__, x


def _docs() -> list[Document]:
    docs = [Document(id=f"t{i}", text=t, meta=Metadata(format="text")) for i, t in enumerate(_TEXTS)]
    for p in _EXAMPLES:
        docs.extend(read(str(p)))
    return docs


@pytest.mark.parametrize("doc", _docs(), ids=lambda d: d.id)
def test_trusted_entities_equal_validated_ones(doc: Document) -> None:
    extract(doc)
    assert doc.entities
    for e in doc.entities:
        assert _shape(e) == _shape(Entity.model_validate(e.model_dump()))


def test_arabic_fold_in_one_pass_equals_deleting_then_unifying() -> None:
    from marsad.names.normalize import _AR_DIACRITICS, _AR_LETTER_FOLD, fold_arabic_uncached

    letters = str.maketrans(_AR_LETTER_FOLD)
    for w in ("مُحَمَّدٌ", "الإمارات", "ـــقطر", "مستشفى", "رؤية", "سُئِلَ", "ٱلْقُدْسُ", "كۆردستان", "غزة ۖ", "Gaza"):
        assert fold_arabic_uncached(w) == _AR_DIACRITICS.sub("", w).translate(letters)
