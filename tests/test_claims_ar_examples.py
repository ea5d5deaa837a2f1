"""Every phrase of src/marsad/lang/ar/claims_examples.tsv gives exactly its expected claims."""

from __future__ import annotations

from pathlib import Path

import pytest

from marsad.lang.ar.claims import claims_in_text

EXAMPLES = Path(__file__).resolve().parents[1] / "src" / "marsad" / "lang" / "ar" / "claims_examples.tsv"
FLAGS = ("approx", "vague", "deny", "background")


def _parse_claim(text: str) -> tuple:
    parts = text.split()
    outcome, group_side, mn, mx, flags = parts[0], parts[1], parts[2], parts[3], set(parts[4:])
    assert flags <= set(FLAGS), f"unknown flag in {text!r}"
    group, _, side = group_side.partition("/")
    return (
        outcome,
        group,
        side.replace("_", " ") or None,
        None if mn == "-" else int(mn),
        None if mx == "-" else int(mx),
        "approx" in flags,
        "vague" in flags,
        "deny" if "deny" in flags else "assert",
        "background" if "background" in flags else "incident",
    )


def _load() -> list[tuple[str, list[tuple]]]:
    cases = []
    for line in EXAMPLES.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        phrase, _, expected = line.partition("\t")
        claims = [_parse_claim(c) for c in expected.split(" ; ") if c.strip()]
        cases.append((phrase, claims))
    return cases


CASES = _load()


def test_examples_file_is_large_and_has_distractors() -> None:
    assert len(CASES) >= 150
    assert sum(1 for _, claims in CASES if not claims) >= 15


@pytest.mark.parametrize(("phrase", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_example(phrase: str, expected: list[tuple]) -> None:
    claims = claims_in_text(phrase)
    got = sorted(
        ((c.outcome, c.group, c.side, c.min, c.max, c.approx, c.vague, c.stance, c.scope) for c in claims), key=repr
    )
    assert got == sorted(expected, key=repr)
    for claim in claims:
        assert claim.lang == "ar" and claim.evidence and claim.rule.startswith("ar.")
        assert 0 <= claim.evidence[0].start < claim.evidence[0].end <= len(phrase)
