"""Grouping reports into incidents: place ids across scripts, date windows, event types."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import needs_shared
from dossier_helpers import make_doc

from marsad.dossier import build_dossiers
from marsad.dossier.facts import doc_facts

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
@pytest.mark.parametrize("text_dates", [False, True], ids=["gold-dates", "dates-from-text"])
def test_dev_corpus_grouping_with_gold_inputs(text_dates: bool) -> None:
    """On ../shared/corpus/dev, each gold incident forms exactly one dossier (gold claims and entities)."""
    from marsad.dossier.gold_inputs import gold_documents

    pairs = gold_documents()
    if text_dates:
        for _, doc in pairs:
            doc.meta.published = None
    incident_of = {d.id: g["incident"] for g, d in pairs}
    ds = build_dossiers([d for _, d in pairs])
    got = sorted(sorted(inc.documents) for inc in ds.incidents)
    want: dict[str, list[str]] = {}
    for doc_id, key in incident_of.items():
        want.setdefault(key, []).append(doc_id)
    assert got == sorted(sorted(v) for v in want.values())


def test_undated_report_joins_one_incident_only() -> None:
    """A statement with no date joins the incident at its main place; it never bridges two incidents."""
    undated = make_doc("undated", "Statement: the air strike on Kafr Hamra killed our members. Tell Sawda was also named.",
                       None, [KAFR, TELL])
    older = make_doc("older", "Warplanes bombed Tell Sawda on Monday in an air strike.", "2020-01-07", [TELL])
    groups = _groups_of([REPORTS["en-wire"], older, undated])
    assert groups == [{"en-wire", "undated"}, {"older"}]


@pytest.mark.parametrize(
    "name_a,name_b,same",
    [
        ("al-Jinah", "Jineh", True),  # article and ta marbuta spellings
        ("Al-Tukhar", "al-Tukhar", True),
        ("Kafr Hamra", "Kafr Nabl", False),
    ],
)
def test_places_match_by_name_when_ids_differ(name_a: str, name_b: str, same: bool) -> None:
    a = make_doc("a", f"An air strike hit {name_a} on Tuesday.", "2023-04-12", [(name_a, f"name:{name_a}", name_a)])
    b = make_doc("b", f"Warplanes struck {name_b} on Tuesday.", "2023-04-12", [(name_b, f"other:{name_b}", name_b)])
    assert (len(build_dossiers([a, b]).incidents) == 1) is same


HELDOUT = Path(__file__).parent / "heldout"


@needs_shared
@pytest.mark.parametrize("text_dates", [False, True], ids=["gold-dates", "text-dates"])
def test_dev_and_heldout_corpora_figures_with_gold_inputs(text_dates: bool) -> None:
    """Dev and held-out reports run together: one dossier per gold incident, none mixed, and each
    dossier's killed people/civilians low-high equal the range over the incident's gold claims."""
    from marsad.dossier.gold_inputs import gold_documents

    pairs = gold_documents() + gold_documents(HELDOUT)
    if text_dates:
        for _, d in pairs:
            d.meta.published = None
    incident_of = {d.id: g["incident"] for g, d in pairs}
    ds = build_dossiers([d for _, d in pairs])
    assert len(ds.incidents) == len(set(incident_of.values()))
    for inc in ds.incidents:
        (key,) = {incident_of[d] for d in inc.documents}
        claims = [c for g, _ in pairs if g["incident"] == key for c in g["claims"]]
        for group in ("people", "civilians"):
            values = [
                v for c in claims
                if c["outcome"] == "killed" and c["group"] == group and not c.get("side")
                and c.get("stance", "assert") == "assert" and not c.get("vague")
                for v in (c.get("min"), c.get("max")) if v is not None
            ]
            fig = next((f for f in inc.figures if f.outcome == "killed" and f.group == group and f.side is None), None)
            got = (fig.low, fig.high) if fig else (None, None)
            assert got == ((min(values), max(values)) if values else (None, None)), (key, group)


def test_round_up_does_not_merge_two_incidents() -> None:
    """A report about one attack that also names another does not bridge their incidents."""
    a1 = make_doc("a1", "Warplanes struck Kafr Hamra on Tuesday, killing nine.", "2023-04-12", [KAFR])
    a2 = make_doc("a2", "An air strike on Kafr Hamra on Tuesday killed nine, medics said.", "2023-04-12", [KAFR])
    b1 = make_doc("b1", "Warplanes struck Tell Sawda on Tuesday.", "2023-04-12", [TELL])
    b2 = make_doc("b2", "An air strike hit Tell Sawda on Tuesday, residents said.", "2023-04-12", [TELL])
    roundup = make_doc(
        "roundup",
        "Warplanes struck Kafr Hamra on Tuesday. In Kafr Hamra nine died. Kafr Hamra mourned. "
        "Jets also bombed Tell Sawda in an air strike.",
        "2023-04-12", [KAFR, TELL],
    )
    assert _groups_of([a1, a2, b1, b2, roundup]) == [{"a1", "a2", "roundup"}, {"b1", "b2"}]


def test_reports_at_city_and_district_level_merge() -> None:
    """Reports saying "Kabul" and reports saying "Khwaja Burgha, Kabul" are one incident when densely linked."""
    district = ("Khwaja Burgha", "place:khwaja-burgha", "Khwaja Burgha", "Kabul")
    city = ("Kabul", "place:kabul", "Kabul")
    x1 = make_doc("x1", "A drone strike hit a house in Khwaja Burgha, Kabul on Sunday.", "2021-08-30", [district, city])
    x2 = make_doc("x2", "The drone strike in Khwaja Burgha in Kabul on Sunday killed ten.", "2021-08-30", [district, city])
    y1 = make_doc("y1", "A U.S. drone strike in Kabul on Sunday killed ten, relatives said.", "2021-08-30", [city])
    y2 = make_doc("y2", "Relatives in Kabul buried ten killed in Sunday's drone strike.", "2021-08-31", [city])
    assert _groups_of([x1, x2, y1, y2]) == [{"x1", "x2", "y1", "y2"}]


PORT = ("Port Saleh", "place:port-saleh", "Port Saleh")
QARYA = ("Qarya", "place:qarya", "Qarya")


@pytest.mark.parametrize(
    "text,places,primary",
    [
        # the dateline is where the reporter is, not where the strike was
        ("PORT SALEH: An air strike on Qarya killed four on Monday.", [("PORT SALEH", *PORT[1:]), QARYA], "Qarya"),
        ("(Port Saleh) – An air strike on Qarya killed four.", [PORT, QARYA], "Qarya"),
        # a place named with the event outranks one named in background
        ("Talks were held in Port Saleh. Shelling hit Qarya.", [PORT, QARYA], "Qarya"),
        # a place named as a district is primary when nothing more precise is named with the event
        ("PORT SALEH: The strike on the market in Qarya district killed 31.", [("PORT SALEH", *PORT[1:]), QARYA], "Qarya"),
    ],
)
def test_primary_place_is_where_the_event_is(text: str, places: list[tuple[str, ...]], primary: str) -> None:
    facts = doc_facts(make_doc("d", text, "2023-04-12", places))
    assert facts.primary_place is not None and facts.primary_place.canonical == primary


def test_late_report_groups_with_the_day_s_report_by_event_place() -> None:
    """A report weeks later (its own date first) joins the incident by the place named with the event."""
    day = make_doc("day", "An air strike on Qarya killed 31 people on Tuesday.", "2022-03-08", [QARYA])
    late = make_doc(
        "late",
        "PORT SALEH – A report published today says an air strike on Qarya on March 8, 2022 killed 27.",
        "2022-03-29",
        [("PORT SALEH", *PORT[1:]), QARYA],
    )
    assert _groups_of([day, late]) == [{"day", "late"}]
