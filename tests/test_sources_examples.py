"""Attribution examples (lang/<code>/sources_examples.tsv): text + claim evidence -> expected chain."""

from __future__ import annotations

from importlib import resources
from typing import Literal

import pytest

from marsad.record import Claim, Document, Metadata, Span
from marsad.segment import segment
from marsad.sources import attribute_claims, detect_outlet
from marsad.sources.lexicon import norm_key


def _examples(lang: str) -> list[tuple[str, str, str, str | None]]:
    raw = resources.files(f"marsad.lang.{lang}").joinpath("sources_examples.tsv").read_text(encoding="utf-8")
    rows = []
    for line in raw.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        rows.append((cols[0], cols[1], cols[2], cols[3] if len(cols) > 3 and cols[3] else None))
    return rows


def chain_for(text: str, evidence: str, lang: str, outlet: str | None = None,
              stance: Literal["assert", "deny"] = "assert") -> list[list[str]]:
    """Run segmentation, outlet detection and attribution on one hand-made claim."""
    doc = Document(id="example", text=text, meta=Metadata(outlet=outlet))
    segment(doc)
    detect_outlet(doc)
    start = text.index(evidence)
    sent = doc.sentence_at(start)
    doc.claims = [
        Claim(
            id="c0",
            lang=lang,
            outcome="killed",
            group="people",
            stance=stance,
            evidence=[Span(start=start, end=start + len(evidence))],
            sentence=sent.id if sent else None,
        )
    ]
    attribute_claims(doc)
    assert not doc.warnings, doc.warnings
    return [link.names() for link in doc.claims[0].source]


def outlet_name(text: str) -> str | None:
    """The outlet segmentation and outlet detection find for a report."""
    doc = Document(id="t", text=text, meta=Metadata())
    segment(doc)
    detect_outlet(doc)
    return doc.outlet.name if doc.outlet else None


def _agrees(got: list[list[str]], expected: str) -> bool:
    want = [] if expected.strip() == "-" else [w.strip() for w in expected.split(">")]
    if len(got) != len(want):
        return False
    return all(norm_key(w) in {norm_key(n) for n in names} for w, names in zip(want, got, strict=True))


EN = _examples("en")
AR = _examples("ar")


def test_enough_examples() -> None:
    assert len(EN) >= 60 and len(AR) >= 60


@pytest.mark.parametrize(
    ("text", "evidence", "expected", "outlet"), EN, ids=[f"en{i}" for i in range(len(EN))]
)
def test_english_example(text: str, evidence: str, expected: str, outlet: str | None) -> None:
    got = chain_for(text, evidence, "en", outlet)
    assert _agrees(got, expected), f"got {[n[0] for n in got]} want {expected}"


@pytest.mark.parametrize(
    ("text", "evidence", "expected", "outlet"), AR, ids=[f"ar{i}" for i in range(len(AR))]
)
def test_arabic_example(text: str, evidence: str, expected: str, outlet: str | None) -> None:
    got = chain_for(text, evidence, "ar", outlet)
    assert _agrees(got, expected), f"got {[n[0] for n in got]} want {expected}"
