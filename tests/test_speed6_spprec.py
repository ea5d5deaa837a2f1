"""Speed round 6 (claims_precision.py): each shortcut agrees with the plain reading it replaces."""

from __future__ import annotations

import re

import pytest

from marsad.lang.en import claims_precision as P

_PLAIN_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")

YEAR_TEXTS = [
    "Troops fired on the crowd on Oct. 2, 1968, killing dozens; the report of 2018 says so.",
    "In 2019-05-12 a blast killed 12019 people, or 20190 or 1999.",
    "Codes 120189, 92012 and 2020s; phone 0019 2001 3.",
    "The war (2011-2018) left 400,000 dead; 1914: the start of the war.",
    "٢٠١٨ and 2018٣ and ٣2018 are Arabic-Indic digits around a year.",
    "2001",
    "x1999",
]


@pytest.mark.parametrize("text", YEAR_TEXTS)
def test_years_are_the_plain_year_matches(text: str) -> None:
    for lo in range(len(text)):
        for hi in (lo, lo + 5, lo + 40, len(text)):
            hi = min(hi, len(text))
            got = [(m.start(), m.end()) for m in P._years(text, lo, hi)]
            want = [(m.start(), m.end()) for m in _PLAIN_YEAR.finditer(text, lo, hi)]
            assert got == want, (text, lo, hi)


def test_years_on_the_examples() -> None:
    from pathlib import Path

    texts = [p.read_text(encoding="utf-8") for p in sorted(Path("examples").rglob("*.txt"))]
    for text in texts:
        got = [(m.start(), m.end()) for m in P._years(text, 0, len(text))]
        assert got == [(m.start(), m.end()) for m in _PLAIN_YEAR.finditer(text)]


def test_document_memos_are_text_caches() -> None:
    text = "A bomb killed 3 people on March 4, 2017. They died in hospital in May 2016."
    assert P._names_incident(text) is (P.checks().incident.search(text) is not None)
    assert P._latest_year(text) == 2017
    from marsad.memo import clear_text_caches

    clear_text_caches()
    assert P._latest_year.cache_info().currsize == 0  # type: ignore[attr-defined]


@pytest.mark.parametrize("text", YEAR_TEXTS + ["No year here, 12 killed at 9:30.", "The İstanbul 2018 attack", "1 9 2 0"])
def test_year_gate_holds_every_year(text: str) -> None:
    low = text.lower()
    assert P._may_hold_year(low) or not _PLAIN_YEAR.search(text)
