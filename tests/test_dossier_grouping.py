"""Grouping reports into incidents: place ids across scripts, date windows, event types."""

from __future__ import annotations

import pytest
from conftest import needs_shared
from dossier_helpers import make_doc

from marsad.dossier import build_dossiers

# Hand-written reports about two invented incidents in the same province and a third elsewhere.
KAFR = ("Kafr Hamra", "place:kafr-hamra", "Kafr Hamra")
KAFR_AR = ("كفر حمرة", "place:kafr-hamra", "Kafr Hamra")
TELL = ("Tell Sawda", "place:tell-sawda", "Tell Sawda")
REPORTS = {
    "en-wire": make_doc(
        "en-wire",
        "Nine people were killed when warplanes struck a market in Kafr Hamra on Tuesday, medics said.",
        "2023-04-12", [KAFR], outlet="Wire A",
    ),
    "ar-post": make_doc(
        "ar-post",
        "قتل تسعة أشخاص في غارة جوية استهدفت سوق كفر حمرة يوم الثلاثاء.",
        "2023-04-11", [KAFR_AR], outlet="Local Post", lang="ar",
    ),
    "en-followup": make_doc(
        "en-followup",
        "Two days after the air strike on Kafr Hamra on April 11, families buried the dead. The toll rose on Thursday.",
        "2023-04-13", [KAFR], outlet="Paper B",
    ),
    # same place, three weeks later: another attack
    "en-later": make_doc(
        "en-later",
        "An air strike hit Kafr Hamra on Monday, killing two.", "2023-05-02", [KAFR], outlet="Wire A",
    ),
    # same place and day, but a shelling report of a different kind of attack
    "en-shelling": make_doc(
        "en-shelling", "Artillery shelling hit Kafr Hamra on Tuesday; mortar rounds struck homes.", "2023-04-11", [KAFR],
    ),
    # another place, same day and type
    "en-other-place": make_doc(
        "en-other-place", "Warplanes bombed Tell Sawda on Tuesday, killing four.", "2023-04-11", [TELL],
    ),
}


def _groups(ids: list[str]) -> list[set[str]]:
    ds = build_dossiers([REPORTS[i].model_copy(deep=True) for i in ids])
    return sorted((set(inc.documents) for inc in ds.incidents), key=lambda s: sorted(s))


@pytest.mark.parametrize(
    "ids,expected",
    [
        (["en-wire", "ar-post"], [{"en-wire", "ar-post"}]),  # أطمة/Atmeh-style match across scripts
        (["en-wire", "ar-post", "en-followup"], [{"en-wire", "ar-post", "en-followup"}]),
        (["en-wire", "en-later"], [{"en-later"}, {"en-wire"}]),
        (["en-wire", "en-shelling"], [{"en-shelling"}, {"en-wire"}]),
        (["en-wire", "en-other-place"], [{"en-other-place"}, {"en-wire"}]),
    ],
)
def test_grouping(ids: list[str], expected: list[set[str]]) -> None:
    assert _groups(ids) == sorted(expected, key=lambda s: sorted(s))


def test_group_records_why() -> None:
    ds = build_dossiers([REPORTS["en-wire"], REPORTS["ar-post"]])
    (inc,) = ds.incidents
    (link,) = inc.grouping
    assert "Kafr Hamra" in link.place and "2023-04-11" in link.date and link.rule == "group.place+date+event"
    assert inc.date == "2023-04-11" and inc.place.canonical == "Kafr Hamra" and inc.event_type == "air_strike"


def test_background_place_and_date_do_not_link() -> None:
    """A report that recalls an older attack elsewhere is not grouped with reports of that attack."""
    recall = make_doc(
        "recall",
        "Warplanes struck Tell Sawda on Friday, killing six. Tell Sawda was hit again hours later. "
        "Last year an air strike on Kafr Hamra on April 11, 2023 killed nine.",
        "2024-06-07", [TELL, KAFR],
    )
    assert _groups_of([REPORTS["en-wire"], recall]) == [{"en-wire"}, {"recall"}]


def _groups_of(docs) -> list[set[str]]:
    return sorted((set(i.documents) for i in build_dossiers(docs).incidents), key=lambda s: sorted(s))


@needs_shared
def test_dev_corpus_grouping_with_gold_inputs() -> None:
    """On ../shared/corpus/dev, each gold incident forms exactly one dossier (gold claims and entities)."""
    from marsad.dossier.gold_inputs import gold_documents

    pairs = gold_documents()
    incident_of = {d.id: g["incident"] for g, d in pairs}
    ds = build_dossiers([d for _, d in pairs])
    got = sorted(sorted(inc.documents) for inc in ds.incidents)
    want: dict[str, list[str]] = {}
    for doc_id, key in incident_of.items():
        want.setdefault(key, []).append(doc_id)
    assert got == sorted(sorted(v) for v in want.values())
