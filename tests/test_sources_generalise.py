"""Headline sources that reword the body's, live-blog entries, and link names that are real names."""

from __future__ import annotations

import pytest

from marsad.record import Claim, Document, Metadata, Span
from marsad.segment import segment
from marsad.sources import attribute_claims, detect_outlet
from marsad.sources.links import LinkContext, make_link


def _run(text: str, evidences: list[tuple[str, int]], outlet: str | None = None) -> Document:
    """Attribute hand-made claims: (evidence, figure) pairs, each evidence found in order in `text`."""
    doc = Document(id="t", text=text, meta=Metadata(outlet=outlet))
    segment(doc)
    detect_outlet(doc)
    claims, at = [], 0
    for i, (ev, n) in enumerate(evidences):
        start = text.index(ev, at)
        at = start + len(ev)
        sent = doc.sentence_at(start)
        claims.append(
            Claim(
                id=f"c{i}",
                lang="ar" if any("\u0600" <= ch <= "\u06ff" for ch in ev) else "en",
                outcome="killed",
                group="people",
                min=n,
                max=n,
                evidence=[Span(start=start, end=start + len(ev))],
                sentence=sent.id if sent else None,
            )
        )
    doc.claims = claims
    attribute_claims(doc)
    return doc


# a headline naming its source in other words than the body: both claims get one link
HEADLINES = [
    (
        "Monitor says 14 dead in market blast\n\nA war monitor said 14 people were killed in the blast on Sunday in the town market.",
        [("14 dead", 14), ("14 people", 14)],
    ),
    (
        "Health ministry: 22 killed in overnight raids\n\nGaza's Ministry of Health said 22 people were killed in the overnight raids across the strip.",
        [("22 killed", 22), ("22 people", 22)],
    ),
    (
        "Port media office: 6 killed in strike on depot\n\nSix people were killed in a strike on a fuel depot, the port authority's media office said on Friday.",
        [("6 killed", 6), ("Six people", 6)],
    ),
    (
        "Rescuers: 5 dead after shelling\n\nLocal rescuers said five people died when shells hit a row of houses near the bridge.",
        [("5 dead", 5), ("five people", 5)],
    ),
    (
        "Monitor: 17 dead in market strike\n\nThe Syrian Observatory for Human Rights said 17 people were killed in the strike on the market of the town.",
        [("17 dead", 17), ("17 people", 17)],
    ),
    (
        "Army says 5 militants killed in raid\n\nThe Iraqi military said in a statement that 5 militants were killed in the raid on a hideout.",
        [("5 militants killed", 5), ("5 militants were", 5)],
    ),
    (
        "الصحة: 19 قتيلاً في غارات على المخيم\n\nوقالت وزارة الصحة في القطاع إن 19 شخصاً قتلوا في الغارات على المخيم فجر اليوم.",
        [("19 قتيلاً", 19), ("19 شخصاً", 19)],
    ),
]


@pytest.mark.parametrize(("text", "claims"), HEADLINES, ids=[f"h{i}" for i in range(len(HEADLINES))])
def test_headline_source_is_the_body_source(text: str, claims: list[tuple[str, int]]) -> None:
    doc = _run(text, claims)
    head, body = doc.claims
    assert head.source and body.source, (head.source, body.source)
    assert head.source[-1].name == body.source[-1].name


LIVE = [
    # a time stamp opens a new entry: "the sources" does not reach back into the previous one
    (
        "Live: strikes on the south\n\nThe health ministry said 12 people were killed in the night.\n\n10:40 GMT\n\nThe sources said four people were killed in a strike on a house.",
        "four people",
        ["sources"],
    ),
    (
        "Live: strikes on the south\n\nThe health ministry said 12 people were killed in the night.\n\nReporting from Khan Younis, Sky News' Omar Saleh says four people were killed in a strike on a house, citing paramedics.",
        "four people",
        ["Sky News correspondent", "paramedics"],
    ),
    (
        "مباشر: غارات على الجنوب\n\nوقالت وزارة الصحة إن 12 شخصاً قتلوا ليلاً.\n\n10:40 بتوقيت غزة\n\nوقال المصدر إن أربعة أشخاص قتلوا في غارة على منزل.",
        "أربعة أشخاص",
        ["source"],
    ),
]


@pytest.mark.parametrize(("text", "evidence", "chain"), LIVE, ids=[f"l{i}" for i in range(len(LIVE))])
def test_live_blog_entries_start_a_new_speaker(text: str, evidence: str, chain: list[str]) -> None:
    doc = _run(text, [(evidence, 4)])
    got = doc.claims[0].source
    assert len(got) == len(chain), [lk.name for lk in got]
    for link, want in zip(got, chain, strict=True):
        assert want.casefold() in {n.casefold() for n in link.names()}, link.names()


# link names are real names: no mixed-script or made-up combinations, no bare generic heads
PHRASES = [
    ("The correspondent of Sky News", "en"),
    ("مراسل قناة الجزيرة", "ar"),
    ("مراسلة الميادين", "ar"),
    ("Al-Mayadeen's correspondent", "en"),
    ("medical sources", "en"),
    ("local sources in the town", "en"),
    ("a senior US official", "en"),
    ("مصادر طبية", "ar"),
    ("مصادر محلية في البلدة", "ar"),
    ("مسؤول أمريكي رفيع", "ar"),
    ("العميد سامي محمد الحكيمي", "ar"),
]
_GENERIC = {"sources", "source", "official", "officials", "correspondent", "العميد", "مصادر", "مصدر"}


@pytest.mark.parametrize(("phrase", "lang"), PHRASES)
def test_aliases_are_names(phrase: str, lang: str) -> None:
    link = make_link(phrase, lang, LinkContext())
    assert link is not None
    for name in link.names():
        has_ar = any("\u0600" <= ch <= "\u06ff" for ch in name)
        has_latin = any("a" <= ch.lower() <= "z" for ch in name)
        assert not (has_ar and has_latin), f"mixed script: {name!r}"
        assert name.casefold() not in _GENERIC, f"bare generic head: {name!r}"
    assert phrase in link.names() or phrase.removeprefix("a ").removeprefix("The ") in " ".join(link.names())


@pytest.mark.parametrize(
    ("first", "later", "name"),
    [
        ("العميد سامي محمد الحكيمي", "العميد الحكيمي", "سامي محمد الحكيمي"),
        ("اللواء يحيى سريع", "اللواء سريع", "Yahya Saree"),
        ("Brigadier General Paul Bontrager", "Bontrager", "Paul Bontrager"),
    ],
)
def test_later_short_mention_is_the_full_name(first: str, later: str, name: str) -> None:
    ctx = LinkContext()
    lang = "ar" if any("\u0600" <= ch <= "\u06ff" for ch in first) else "en"
    assert make_link(first, lang, ctx).name == name  # type: ignore[union-attr]
    assert make_link(later, lang, ctx).name == name  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("phrase", "lang"),
    [
        ("حمص", "ar"),
        ("ريف إدلب الجنوبي", "ar"),
        ("MOSUL, Iraq", "en"),
        ("Northern Syria", "en"),
        ("Tyre", "en"),
    ],
)
def test_a_place_never_speaks(phrase: str, lang: str) -> None:
    link = make_link(phrase, lang, LinkContext())
    assert link is None or link.kind != "place" and link.rule not in ("en.known", "ar.known"), link
