"""Dates in reports: publication dates in headers and datelines, event dates in the text.

Full dates ("3 February 2022", "February 3, 2022", "٣ شباط ٢٠٢٢", "16 آذار/مارس 2017", ISO,
numeric "27/05/2024", day first unless the second number cannot be a month)
and year-less ones ("Feb 3", "٢٩ آب/أغسطس الماضي") are read with the month names of
lang/<code>/events.toml; weekdays ("on Thursday", "يوم الخميس") and relative words ("yesterday",
"أمس") are resolved against the publication date with dateutil.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from dateutil.relativedelta import relativedelta, weekday

from marsad.dossier.vocab import LANGS, fold, load

HEADER_CHARS = 600  # a publication date is looked for in the first lines only


@dataclass(frozen=True)
class DateMention:
    """A date expression found in the text, resolved when it can be."""

    start: int
    end: int
    kind: str  # full | monthday | weekday | relative | iso
    date: dt.date | None  # None when it could not be resolved (no year, no publication date)
    month: int | None = None
    day: int | None = None
    rule: str = ""


@cache
def _tables() -> tuple[dict[str, int], dict[str, int], dict[str, int], list[str]]:
    months: dict[str, int] = {}
    weekdays: dict[str, int] = {}
    relative: dict[str, int] = {}
    prefixes: list[str] = []
    for lang in LANGS:
        d = load(lang).get("dates", {})
        months.update({fold(k): v for k, v in d.get("months", {}).items()})
        weekdays.update({fold(k): v for k, v in d.get("weekdays", {}).items()})
        relative.update({fold(k): v for k, v in d.get("relative", {}).items()})
        prefixes.extend(fold(p) for p in d.get("weekday_prefixes", []))
    return months, weekdays, relative, prefixes


def _alt(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    months, weekdays, relative, prefixes = _tables()
    mon = rf"(?P<mon>{_alt(months)})\.?(?:\s*/\s*(?:{_alt(months)}))?"
    mon2 = rf"(?P<mon2>{_alt(months)})\.?(?:\s*/\s*(?:{_alt(months)}))?"
    year = r"(?P<year>(?:19|20)\d\d)"
    b, e = r"(?<![\w])", r"(?![\w])"
    return {
        "iso": re.compile(rf"{b}(?P<year>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d){e}"),
        # 27/05/2024, 27.05.2024, 2024/05/27 (day first unless the numbers say otherwise)
        "numeric": re.compile(
            rf"{b}(?<![/.]\d)(?<![/.])(?:(?P<a>[0-3]?\d)(?P<sep>[/.])(?P<b>[0-3]?\d)(?P=sep)(?P<y1>(?:19|20)\d\d)"
            rf"|(?P<y2>(?:19|20)\d\d)(?P<sep2>[/.])(?P<m2>[01]?\d)(?P=sep2)(?P<d2>[0-3]?\d)){e}(?![/.]\d)"
        ),
        # 3 February 2022 / ٣ شباط ٢٠٢٢ / 16 آذار/مارس 2017 / 3 Feb
        "dmy": re.compile(rf"{b}(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?{mon}(?:,?\s+{year})?{e}"),
        # February 3, 2022 / Aug. 29, 2021 / Feb 3
        "mdy": re.compile(rf"{b}{mon2}\s+(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?(?:,?\s+(?P<year2>(?:19|20)\d\d))?{e}"),
        "weekday": re.compile(
            rf"{b}(?:(?P<pre>{_alt(prefixes)})\s+)?(?:ال)?(?P<wd>{_alt(weekdays)})(?:'s)?{e}"
        ),
        "relative": re.compile(rf"{b}(?:[وفب]?)(?P<rel>{_alt(relative)}){e}"),
    }


def _make(year: int | None, month: int, day: int) -> dt.date | None:
    if year is None:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _nearest_past(month: int, day: int, ref: dt.date) -> dt.date | None:
    """The latest date with this month and day on or before `ref` (a day of slack for time zones)."""
    for year in (ref.year, ref.year - 1):
        d = _make(year, month, day)
        if d is not None and d <= ref + dt.timedelta(days=1):
            return d
    return None


def find_dates(text: str, published: dt.date | None = None, start: int = 0, end: int | None = None) -> list[DateMention]:
    """Every date expression in text[start:end], resolved against `published` where needed."""
    folded = fold(text)
    end = len(text) if end is None else end
    months, weekdays, relative, _ = _tables()
    pats = _patterns()
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    for m in pats["iso"].finditer(folded, start, end):
        d = _make(int(m["year"]), int(m["m"]), int(m["d"]))
        if d:
            found.append(DateMention(m.start(), m.end(), "iso", d, d.month, d.day, "date.iso"))
            taken.append(m.span())
    for m in pats["numeric"].finditer(folded, start, end):
        if m["y2"]:
            d = _make(int(m["y2"]), int(m["m2"]), int(m["d2"]))
        else:
            x, y = int(m["a"]), int(m["b"])
            # day first (the usage of the Arab and most of the world's press) unless the
            # second number cannot be a month (05/27/2024, the US order)
            d = _make(int(m["y1"]), x, y) if y > 12 else _make(int(m["y1"]), y, x)
        if d and free(*m.span()):
            found.append(DateMention(m.start(), m.end(), "full", d, d.month, d.day, "date.numeric"))
            taken.append(m.span())
    for key in ("dmy", "mdy"):
        for m in pats[key].finditer(folded, start, end):
            if not free(*m.span()):
                continue
            mon_word = m["mon"] if key == "dmy" else m["mon2"]
            month = months[re.sub(r"\s+", " ", mon_word)]
            day = int(m["day"] if key == "dmy" else m["day2"])
            year_s = m["year"] if key == "dmy" else m["year2"]
            if not 1 <= day <= 31 or (key == "mdy" and month == 5 and mon_word == "may" and not year_s):
                continue  # "may 3" is too often the verb
            if year_s:
                d = _make(int(year_s), month, day)
                kind = "full"
            else:
                d = _nearest_past(month, day, published) if published else None
                kind = "monthday"
            found.append(DateMention(m.start(), m.end(), kind, d, month, day, f"date.{key}"))
            taken.append(m.span())
    for m in pats["weekday"].finditer(folded, start, end):
        if not free(*m.span()):
            continue
        word = m["wd"]
        if len(word) <= 4 and word.isascii() and not m["pre"]:
            continue  # "sun", "wed" alone are too ambiguous
        if word.isascii() and not m["pre"] and not text[m.start("wd")].isupper():
            continue
        d = None
        if published:
            d = published + relativedelta(weekday=weekday(weekdays[word])(-1))
        found.append(DateMention(m.start(), m.end(), "weekday", d, rule="date.weekday"))
        taken.append(m.span())
    for m in pats["relative"].finditer(folded, start, end):
        if not free(*m.span()):
            continue
        offset = relative[re.sub(r"\s+", " ", m["rel"])]
        d = published + dt.timedelta(days=offset) if published else None
        found.append(DateMention(m.start(), m.end(), "relative", d, rule="date.relative"))
        taken.append(m.span())
    found.sort(key=lambda x: x.start)
    return found


def parse_iso(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def publication_date(text: str, published: str | None = None) -> tuple[dt.date | None, DateMention | None]:
    """The publication date: the metadata's, else the first full date in the header lines.

    Returns (date, mention); a header date without a year gives (None, mention) so a caller can
    still compare month and day.
    """
    known = parse_iso(published)
    if known:
        return known, None
    first_partial = None
    for m in find_dates(text, None, 0, min(len(text), HEADER_CHARS)):
        if m.kind in ("full", "iso") and m.date:
            return m.date, m
        if m.kind == "monthday" and first_partial is None:
            first_partial = m
    return None, first_partial
