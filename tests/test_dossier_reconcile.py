"""Reconciliation: low/high, origins, toll updates, contested facts."""

from __future__ import annotations

import pytest
from dossier_helpers import make_doc

from marsad.dossier.model import ClaimView
from marsad.dossier.reconcile import (
    bounds,
    claim_view,
    contested_denials,
    contested_figures,
    contested_outcome,
    figures,
    origin_of,
)


def view(cid: str, mn: int | None, mx: int | None, source: list[str], **kw) -> ClaimView:
    return ClaimView(id=cid, anchor=cid, doc="d", lang="en", outcome=kw.pop("outcome", "killed"),
                     group=kw.pop("group", "people"), min=mn, max=mx, source=source, origin=source[-1], **kw)


@pytest.mark.parametrize(
    "mn,mx,kw,expected",
    [
        (13, None, {}, (13, 13)),  # at least 13
        (14, None, {}, (14, 14)),  # more than 13
        (None, 13, {}, (13, 13)),  # up to 13
        (10, 15, {}, (10, 15)),  # between 10 and 15
        (13, 13, {"approx": True}, (13, 13)),  # about 13
        (0, 0, {}, (0, 0)),  # no one was killed
        (None, None, {"vague": True}, None),  # dozens
        (3, 3, {"stance": "deny"}, None),  # a denied figure sets no bound
        (7, 7, {"scope": "background"}, None),
    ],
)
def test_bounds(mn, mx, kw, expected) -> None:
    assert bounds(view("x", mn, mx, ["A"], **kw)) == expected


def test_low_high_over_sources() -> None:
    claims = [
        view("a", 13, None, ["Wire", "Civil Defence"]),
        view("b", 10, 15, ["Monitor"]),
        view("c", 20, 20, ["Ministry"]),
        view("d", None, None, ["Locals"], vague=True),
        view("e", None, None, ["Army"], stance="deny"),
    ]
    (fig,) = figures(claims)
    assert (fig.low, fig.high) == (10, 20)
    assert len(fig.claims) == 5  # vague and denied claims are listed
    assert len(fig.sources) == 5


def test_background_claims_are_excluded() -> None:
    claims = [view("a", 5, 5, ["A"]), view("b", 90, 90, ["A"], scope="background")]
    (fig,) = figures(claims)
    assert (fig.low, fig.high) == (5, 5) and [c.id for c in fig.claims] == ["a"]


@pytest.mark.parametrize(
    "chains,expected",
    [
        ([["Reuters", "Civil Defence"], ["AFP", "Civil Defence"], ["Civil Defence"]], 1),  # one statement, three outlets
        ([["Reuters", "Civil Defence"], ["Reuters", "Health Ministry"]], 2),
        ([["Outlet A"], ["Outlet B"]], 2),
        ([["Outlet A"], ["Outlet A"]], 1),
    ],
)
def test_origins(chains: list[list[str]], expected: int) -> None:
    (fig,) = figures([view(f"c{i}", 5, 5, ch) for i, ch in enumerate(chains)])
    assert fig.origins == expected


def test_outlet_voice_is_its_origin() -> None:
    doc = make_doc("d1", "Five people were killed.", claims=[{"min": 5, "max": 5, "evidence": "Five people were killed"}],
                   outlet="Northern Post")
    assert origin_of(doc, doc.claims[0]) == "Northern Post"
    assert claim_view(doc, doc.claims[0], 0, None).source == ["Northern Post"]


def test_updates_in_publication_order() -> None:
    claims = [
        view("late", 15, 15, ["Civil Defence"], published="2024-01-02"),
        view("early", 8, 8, ["Civil Defence"], published="2024-01-01"),
    ]
    (fig,) = figures(claims)
    assert [u.claim for u in fig.updates] == ["early", "late"]
    assert contested_figures(fig) == []  # one origin updating its toll is not a contest


@pytest.mark.parametrize(
    "a,b,contested",
    [
        ((9, 9), (10, 10), True),  # different exact figures
        ((13, None), (10, 10), True),  # at least 13 vs 10
        ((13, None), (15, 15), False),
        ((10, 15), (12, 12), False),
        ((10, 15), (16, 20), True),  # ranges that do not overlap
        ((0, 0), (3, 3), True),  # none killed vs three
    ],
)
def test_contested_figures(a, b, contested: bool) -> None:
    (fig,) = figures([view("a", *a, ["Source A"]), view("b", *b, ["Source B"])])
    assert bool(contested_figures(fig)) is contested


def test_approximate_figures_have_slack() -> None:
    (fig,) = figures([view("a", 20, 20, ["A"], approx=True), view("b", 21, 21, ["B"])])
    assert contested_figures(fig) == []


def test_assertion_against_denial() -> None:
    claims = [
        view("a", None, None, ["Correspondent"], outcome="casualties", group="civilians", vague=True),
        view("d", None, None, ["Pentagon"], outcome="casualties", group="civilians", vague=True, stance="deny"),
        view("x", 4, 4, ["Medics"], outcome="injured", group="soldiers"),
    ]
    (c,) = contested_denials(claims)
    assert c.fact == "casualties:civilians" and c.kind == "denial" and set(c.claims) == {"a", "d"}


def test_success_against_failure() -> None:
    docs = [
        make_doc("a", "The raid failed, a local official said."),
        make_doc("b", "The ministry called the raid successful."),
        make_doc("c", "The raid killed four."),
    ]
    (c,) = contested_outcome(docs)
    assert c.fact == "outcome" and len(c.evidence) == 2
    assert contested_outcome(docs[1:]) == []


def _with_person(doc, surface: str, canonical: str):
    from marsad.record import Entity, Mention, Span

    start = doc.text.index(surface)
    doc.entities.append(Entity(id=f"person:{canonical}", text=surface, lang="en", type="person", canonical=canonical,
                               mentions=[Mention(span=Span(start=start, end=start + len(surface)))]))
    return doc


@pytest.mark.parametrize(
    "texts,contested",
    [
        (["The raid targeted Karim Haddad, officials said.", "The raid's target was Salim Nouri, a commander."], True),
        (["The raid targeted Karim Haddad, officials said.", "The target, Karim Haddad, escaped."], False),
        # a person who is not named as the target does not count
        (["The raid targeted Karim Haddad.", "Salim Nouri said the toll was four."], False),
    ],
)
def test_different_targets(texts: list[str], contested: bool) -> None:
    from marsad.dossier.reconcile import contested_target

    docs = []
    for i, text in enumerate(texts):
        doc = make_doc(f"t{i}", text)
        for name in ("Karim Haddad", "Salim Nouri"):
            if name in text:
                _with_person(doc, name, name)
        docs.append(doc)
    assert bool(contested_target(docs)) is contested


def test_preliminary_toll_does_not_contest() -> None:
    claims = [
        view("a", 4, 4, ["Activist"], sentence="A preliminary toll of 4 dead."),
        view("b", 11, 11, ["Civil Defence"], sentence="Eleven were killed."),
    ]
    (fig,) = figures(claims)
    assert contested_figures(fig) == [] and (fig.low, fig.high) == (4, 11)


@pytest.mark.parametrize(
    "name,aliases,expected",
    [
        ("Reuters", [], "Reuters"),
        ("الدفاع المدني", ["الخوذ البيضاء", "Civil Defence"], "Civil Defence"),  # a Latin-script alias first
    ],
)
def test_english_name(name: str, aliases: list[str], expected: str) -> None:
    from marsad.dossier.reconcile import english_name

    assert english_name(name, aliases) == expected


def test_arabic_name_without_alias_gets_latin_letters() -> None:
    from marsad.dossier.reconcile import english_name

    assert not any("\u0600" <= ch <= "\u06ff" for ch in english_name("وزارة الصحة"))
