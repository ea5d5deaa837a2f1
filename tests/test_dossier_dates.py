"""Date resolution: publication and event dates, weekdays, relative words, month names."""

from __future__ import annotations

import datetime as dt
from importlib import resources

import pytest

from marsad.dossier.dates import find_dates, publication_date


def _examples(kind: str) -> list[tuple[str, str, str]]:
    rows = []
    for lang in ("en", "ar"):
        data = resources.files("marsad.lang").joinpath(lang, "events_examples.tsv").read_text(encoding="utf-8")
        for line in data.splitlines():
            if not line or line.startswith("#"):
                continue
            k, text, published, expected = (line.split("\t") + [""] * 4)[:4]
            if k == kind:
                rows.append((text, published, expected))
    return rows


def _resolved(text: str, published: str) -> list[dt.date]:
    pub = dt.date.fromisoformat(published) if published else None
    return [m.date for m in find_dates(text, pub) if m.date]


@pytest.mark.parametrize("text,published,expected", _examples("date"))
def test_examples_file(text: str, published: str, expected: str) -> None:
    assert dt.date.fromisoformat(expected) in _resolved(text, published)


@pytest.mark.parametrize(
    "text,published,expected",
    [
        # weekday relative to the publication date (same weekday = the same day)
        ("Gunmen stormed the checkpoint on Monday.", "2024-03-06", "2024-03-04"),
        ("Gunmen stormed the checkpoint on Wednesday.", "2024-03-06", "2024-03-06"),
        ("The shelling began on Thursday night.", "2024-03-06", "2024-02-29"),
        ("قصفت المدفعية الحي يوم الأحد.", "2024-03-06", "2024-03-03"),
        ("شنت الطائرات غارة مساء السبت.", "2024-03-06", "2024-03-02"),
        ("وقعت الغارة ليلة الثلاثاء.", "2024-03-06", "2024-03-05"),
        ("The explosion happened yesterday.", "2024-01-01", "2023-12-31"),
        ("قتل اثنان في قصف أول أمس.", "2024-03-06", "2024-03-04"),
        # year-less dates fall on or before the publication date
        ("on Dec. 30 the jets returned", "2024-01-02", "2023-12-30"),
        ("يوم 30 كانون الأول", "2024-01-02", "2023-12-30"),
    ],
)
def test_relative_dates(text: str, published: str, expected: str) -> None:
    assert _resolved(text, published) == [dt.date.fromisoformat(expected)]


LEVANTINE = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"]
EGYPTIAN = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
ENGLISH = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


@pytest.mark.parametrize("month", range(1, 13))
@pytest.mark.parametrize("names,template", [(LEVANTINE, "في ١٤ {} ٢٠١٨"), (EGYPTIAN, "في 14 {} 2018"), (ENGLISH, "on {} 14, 2018")])
def test_month_names(month: int, names: list[str], template: str) -> None:
    assert _resolved(template.format(names[month - 1]), "") == [dt.date(2018, month, 14)]


def test_double_month_name() -> None:
    assert _resolved("الخميس ٢ تشرين الثاني/نوفمبر ٢٠٢٣", "") == [dt.date(2023, 11, 2)]


@pytest.mark.parametrize(
    "text,meta,expected",
    [
        ("Home | News\nTue 5 Mar 2024 | 10:12 GMT\n\nBody.", None, "2024-03-05"),
        ("صحيفة الشمال\nالثلاثاء ٥ آذار ٢٠٢٤\n\nنص.", None, "2024-03-05"),
        ("Some outlet\n\nBody that mentions nothing.", "2020-02-02", "2020-02-02"),
        ("Some outlet\n\nBody that mentions nothing.", None, None),
    ],
)
def test_publication_date(text: str, meta: str | None, expected: str | None) -> None:
    date, _ = publication_date(text, meta)
    assert date == (dt.date.fromisoformat(expected) if expected else None)


def test_year_less_header_keeps_month_and_day() -> None:
    date, mention = publication_date("Source: Agencies   5 March 08:17\n\nBody.")
    assert date is None and (mention.month, mention.day) == (3, 5)


@pytest.mark.parametrize(
    "text",
    ["They may 3 times refuse.", "The sun rose.", "wed to the idea", "version 1.2.2020.5", "31/31/2024", "1/2/3/2024"],
)
def test_no_false_dates(text: str) -> None:
    assert _resolved(text, "2024-03-06") == []
