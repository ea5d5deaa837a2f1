"""A failure inside attribution is a document warning in use, and an error under test."""

import pytest

import marsad.sources as sources
from marsad.api import extract_text

REPORT = "Reuters said at least 13 people were killed in the strike on the village."


def _broken(doc) -> None:
    raise NameError("bug")


def test_failure_is_a_warning_outside_strict_mode(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MARSAD_STRICT", raising=False)
    monkeypatch.setattr(sources, "attribute_document", _broken)
    doc = extract_text(REPORT)
    assert doc.claims and any("attribution failed" in w for w in doc.warnings)


def test_failure_raises_in_strict_mode(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MARSAD_STRICT", "1")
    monkeypatch.setattr(sources, "attribute_document", _broken)
    with pytest.raises(NameError):
        extract_text(REPORT)
