"""Every phrase of src/marsad/lang/en/claims_examples.jsonl gives exactly its expected claims."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from marsad.api import extract_text

EXAMPLES = Path(__file__).resolve().parents[1] / "src" / "marsad" / "lang" / "en" / "claims_examples.jsonl"
FIELDS = ("outcome", "group", "side", "min", "max", "approx", "vague", "stance", "scope")
CASES = [json.loads(line) for line in EXAMPLES.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_examples_file_is_large_and_has_distractors() -> None:
    assert len(CASES) >= 150
    assert sum(1 for c in CASES if not c["claims"]) >= 20


def _key(claim: dict) -> tuple:
    return tuple(claim[f] for f in FIELDS)


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:60] for c in CASES])
def test_example(case: dict) -> None:
    doc = extract_text(case["text"])
    got = sorted((_key(c.model_dump()) for c in doc.claims), key=repr)
    want = sorted((_key(c) for c in case["claims"]), key=repr)
    assert got == want
    for claim in doc.claims:
        assert claim.lang == "en" and claim.evidence and claim.rule.startswith("en.")
        assert doc.span_text(claim.evidence[0]) in case["text"]
