"""Document context in attribution: the copy's country, descriptions that point back, the regex cache."""

from __future__ import annotations

import pytest

from marsad.sources import regex
from marsad.sources.links import LinkContext, country_of, make_link


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("An air strike on a house in Khan Younis killed 9, Gaza officials said.", "Palestine"),
        ("قصف إسرائيلي على رفح وخان يونس في جنوب غزة", "Palestine"),
        ("A drone hit a car near Nabatieh in southern Lebanon.", "Lebanon"),
        ("انفجار سيارة مفخخة في الموصل شمال العراق", "Iraq"),
        ("غارات على صعدة في شمال اليمن", "Yemen"),
        ("Shelling of Idlib province in north-west Syria", "Syria"),
        ("A quiet day with no place named.", None),
    ],
)
def test_country_of(text: str, country: str | None) -> None:
    assert country_of(text) == country


@pytest.mark.parametrize(
    ("phrase", "lang", "country", "name"),
    [
        ("الدفاع المدني", "ar", "Palestine", "Palestinian Civil Defence"),
        ("الدفاع المدني", "ar", "Lebanon", "Lebanese Civil Defence"),
        ("الدفاع المدني", "ar", "Syria", "Syrian Civil Defense"),
        ("الدفاع المدني السوري", "ar", "Palestine", "Syrian Civil Defense"),
        ("Civil Defence", "en", "Iraq", "Iraqi Civil Defence"),
        ("the White Helmets", "en", "Lebanon", "Syrian Civil Defense"),
    ],
)
def test_civil_defence_follows_the_country(phrase: str, lang: str, country: str, name: str) -> None:
    link = make_link(phrase, lang, LinkContext(country=country))
    assert link is not None and link.name == name


@pytest.mark.parametrize(
    ("first", "later", "expected"),
    [
        (
            "Syrian Observatory for Human Rights",
            "the Britain-based monitor",
            "Syrian Observatory for Human Rights",
        ),
        ("Human Rights Watch", "the New York-based group", "Human Rights Watch"),
        (
            "Syrian Observatory for Human Rights",
            "the Britain-based war monitor",
            "Syrian Observatory for Human Rights",
        ),
    ],
)
def test_descriptor_refers_back(first: str, later: str, expected: str) -> None:
    ctx = LinkContext()
    make_link(first, "en", ctx)
    link = make_link(later, "en", ctx)
    assert link is not None and link.name == expected


def test_descriptor_without_antecedent_is_not_invented() -> None:
    link = make_link("the Britain-based monitor", "en", LinkContext())
    assert link is None or link.name != "Syrian Observatory for Human Rights"


@pytest.mark.parametrize(
    ("pattern", "text", "found"),
    [(r"\bsaid\b", "officials said", True), (r"قال(?:ت)?", "وقالت الوزارة", True), (r"^x", "yx", False)],
)
def test_regex_cache_behaves_like_re(pattern: str, text: str, found: bool) -> None:
    assert bool(regex.search(pattern, text)) is found
    assert regex.compile(pattern) is regex.compile(pattern)  # compiled once
