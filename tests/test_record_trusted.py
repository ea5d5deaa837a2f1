"""`record.trusted` builds what validation builds, from already-typed values."""

from __future__ import annotations

from marsad.record import Half, Paragraph, Sentence, assign_trusted, trusted


def test_trusted_equals_and_serialises_as_the_validated_model() -> None:
    cases = [
        (Sentence, {"id": 3, "start": 10, "end": 42, "lang": "ar", "paragraph": 1}),
        (Paragraph, {"id": 0, "start": 0, "end": 9, "lang": "en", "role": "body", "half": None}),
        (Half, {"lang": "en", "start": 0, "end": 9, "paragraphs": [0, 1]}),
    ]
    for cls, fields in cases:
        fast, checked = trusted(cls, dict(fields)), cls(**fields)
        assert fast == checked
        assert fast.model_dump_json() == checked.model_dump_json()
        assert repr(fast) == repr(checked)
        assert fast.model_fields_set == checked.model_fields_set


def test_trusted_instances_take_assignment_and_copy() -> None:
    p = trusted(Paragraph, {"id": 0, "start": 0, "end": 9, "lang": "en", "role": "body", "half": None})
    p.role = "lead"
    copy = p.model_copy(update={"half": 1})
    assert (p.role, p.half, copy.role, copy.half) == ("lead", None, "lead", 1)


def test_assign_trusted_is_assignment() -> None:
    fields = {"id": 0, "start": 0, "end": 9, "lang": "en", "role": "body", "half": None}
    fast, checked = Paragraph(**fields), Paragraph(**fields)
    assign_trusted(fast, "role", "caption")
    checked.role = "caption"
    assert fast == checked and fast.model_fields_set == checked.model_fields_set
    assert fast.model_dump_json() == checked.model_dump_json()
