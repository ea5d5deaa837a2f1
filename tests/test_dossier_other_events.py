"""Claims about other attacks inside an incident's reports are kept apart (background)."""

from __future__ import annotations

import pytest
from dossier_helpers import make_doc

from marsad.dossier import build_dossiers

QARYA = ("Qarya", "place:qarya", "Qarya")
# a known place (the gazetteer locates it): only such places can mark another attack
TELL = ("Tell Sawda", "geonames:999001", "Tell Sawda")


def _scopes(sentence: str, evidence: str, places=(QARYA, TELL), lang: str = "en") -> dict[int, str]:
    lead = "قتل خمسة أشخاص في غارة جوية على قرية يوم الثلاثاء." if lang == "ar" else "An air strike on Qarya killed five people on Tuesday."
    text = f"{lead} {sentence}"
    lead_ev = "قتل خمسة أشخاص" if lang == "ar" else "killed five people"
    places = [("قرية", *QARYA[1:])] + list(places[1:]) if lang == "ar" else list(places)
    doc = make_doc(
        "d", text, "2023-04-12", places, lang=lang,
        claims=[{"min": 5, "max": 5, "evidence": lead_ev}, {"min": 9, "max": 9, "evidence": evidence}],
    )
    (inc,) = build_dossiers([doc]).incidents
    out = {c.min: c.scope for f in inc.figures for c in f.claims}
    out.update({c.min: c.scope for c in inc.background})
    return out


@pytest.mark.parametrize(
    "sentence,evidence,lang,scope",
    [
        # another attack, introduced as such
        ("In a separate strike, nine people were killed.", "nine people were killed", "en", "background"),
        ("Another air strike killed nine people.", "killed nine people", "en", "background"),
        ("وفي غارة أخرى قتل تسعة أشخاص.", "قتل تسعة أشخاص", "ar", "background"),
        # an attack on a known place that is not the incident's, naming none of its places
        ("Warplanes also bombed Tell Sawda, killing nine people.", "killing nine people", "en", "background"),
        # an attack on a date far from the incident's (named once; the incident's day twice)
        ("Rescuers searched on Tuesday. An air strike on 3 May 2019 killed nine people.", "killed nine people", "en",
         "background"),
        # the same attack: the toll rises, the incident's place is named, or no place at all
        ("The toll from the strike rose to nine people.", "nine people", "en", "incident"),
        ("The strike on Qarya also wounded people in Tell Sawda; nine people died.", "nine people died", "en", "incident"),
        ("Nine people were taken to hospital in Tell Sawda.", "Nine people", "en", "incident"),
        ("ارتفعت حصيلة الغارة إلى تسعة أشخاص.", "تسعة أشخاص", "ar", "incident"),
    ],
)
def test_other_event_claims_are_background(sentence: str, evidence: str, lang: str, scope: str) -> None:
    scopes = _scopes(sentence, evidence, lang=lang)
    assert scopes[5] == "incident"
    assert scopes[9] == scope


def test_other_event_claims_set_no_bound() -> None:
    text = "An air strike on Qarya killed five people on Tuesday. In a separate raid, 40 people were killed."
    doc = make_doc("d", text, "2023-04-12", [QARYA],
                   claims=[{"min": 5, "max": 5, "evidence": "killed five people"},
                           {"min": 40, "max": 40, "evidence": "40 people were killed"}])
    (inc,) = build_dossiers([doc]).incidents
    (fig,) = inc.figures
    assert (fig.low, fig.high) == (5, 5)
    assert [c.min for c in inc.background] == [40] and "dossier.other.qualifier" in inc.background[0].rule
