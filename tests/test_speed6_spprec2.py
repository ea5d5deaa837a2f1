"""Speed round 6, part 2 (claims_precision.py): each shortcut agrees with the plain reading it replaces."""

from __future__ import annotations

import re

import pytest

from marsad.lang.en import claims_precision as P
from marsad.memo import clear_text_caches

# (report text, evidence): the neutral-death-word check reads the whole report only for a neutral word
NEUTRAL_CASES = [
    ("Her grandmother died last week. The family mourned. Friends came. They ate. They left.", "died"),
    ("Her grandmother died last week. The family mourned. Friends came. They ate. They left.", "two women"),
    ("An airstrike hit the market. Two people died. Friends came. They ate. They left.", "Two people died"),
    ("An airstrike hit the market. Two people were hurt. Friends came. They ate.", "two people"),
    ("The floods left 12 dead, officials said.", "12 dead"),
    ("He lost his life savings in the crash.", "his life"),
]


@pytest.mark.parametrize(("text", "ev"), NEUTRAL_CASES)
def test_neutral_check_is_the_plain_reading(text: str, ev: str) -> None:
    ck = P.checks()
    clear_text_caches()
    plain = not ck.incident.search(text) and ck.neutral.search(ev) is not None
    fast = ck.neutral.search(ev) is not None and not P._names_incident(text)
    assert fast is plain


_PLAIN_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")

YEAR_TEXTS = [
    "On Oct. 2, 1968, and in 2019-05-12, 1920 and 2019 and 1999; codes 192019, 20191 and 2020s.",
    "1920201919 2019 19x 20 2001",
    "٢٠١٨ and 2018٣ and ٣2018 are Arabic-Indic digits around a year.",
]


@pytest.mark.parametrize("text", YEAR_TEXTS)
def test_years_by_century_are_the_alternation(text: str) -> None:
    for lo in range(len(text)):
        for hi in range(lo, len(text) + 1, 3):
            got = [(m.start(), m.end()) for m in P._years(text, lo, hi)]
            assert got == [(m.start(), m.end()) for m in _PLAIN_YEAR.finditer(text, lo, hi)], (text, lo, hi)


def test_years_by_century_on_the_held_out_reports() -> None:
    from pathlib import Path

    paths = sorted(Path("tests/heldout").glob("*.txt")) + sorted(Path("tests/data/read").glob("*.txt"))
    assert any(_PLAIN_YEAR.search(p.read_text(encoding="utf-8")) for p in paths)
    for path in paths:
        text = path.read_text(encoding="utf-8")
        got = [(m.start(), m.end()) for m in P._years(text, 0, len(text))]
        assert got == [(m.start(), m.end()) for m in _PLAIN_YEAR.finditer(text)], path


def _plain_dated_years(text: str, lo: int, hi: int) -> list[int]:
    ck = P.checks()
    years: list[int] = []
    for y in _PLAIN_YEAR.finditer(text, lo, hi):
        a = max(lo, y.start() - 30)
        years += [P._year(m) for m in ck.dated_year.finditer(text, a, min(hi, y.end() + 7)) if m.start() <= y.start() < m.end()]
    return years


DATED_TEXTS = [
    "Troops fired on the crowd on Oct. 2, 1968. On March 4, 2017 a bomb killed 3. In May 2016 they died. 2019-05-12: 4 dead.",
    "The war began on 15 March 2011, in early March 2011; the report of 2018 and Jan 2019 and 2020-01-0 say so.",
]


@pytest.mark.parametrize("text", DATED_TEXTS)
def test_window_years_are_the_plain_windows(text: str) -> None:
    ck = P.checks()
    for cold in (True, False):
        if cold:
            clear_text_caches()
        assert P._latest_year(text) == max(_plain_dated_years(text, 0, len(text)))
        for lo in range(0, len(text), 7):
            for hi in range(lo, len(text) + 1, 11):
                assert P._dated_years(ck, text, lo, hi) == _plain_dated_years(text, lo, hi), (lo, hi)
