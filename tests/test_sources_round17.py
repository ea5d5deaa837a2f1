"""Round 17 attribution rules (docs/sources.md, "Generalisation rules, round 17"), on whole reports."""

from __future__ import annotations

from marsad.pipeline import run_pipeline
from marsad.record import Document, Metadata


def _chains(text: str) -> dict[str, list[list[str]]]:
    """Each claim's evidence -> its chain (each link's names)."""
    doc = run_pipeline(Document(id="t", text=text, meta=Metadata()))
    assert not doc.warnings, doc.warnings
    return {text[c.evidence[0].start : c.evidence[0].end]: [lk.names() for lk in c.source] for c in doc.claims}


def _find(chains: dict[str, list[list[str]]], words: str) -> list[list[str]]:
    return next(ch for ev, ch in chains.items() if words in ev)


REPORT = (
    "Army says depot strike spared civilians\n\n"
    "The Defence Ministry said on Monday it had struck a weapons depot near the border.\n\n"
    "At a briefing, ministry spokesman Colonel Ali Nasser said claims that farmers died were false.\n\n"
    '"Nobody was killed in this operation. We respect the rules," he said.\n\n'
    "No soldiers were hurt in the raid, the ministry said.\n"
)


def test_quote_closed_by_he_said_is_the_spokesman_and_his_ministry() -> None:
    chains = _chains(REPORT)
    quote = _find(chains, "Nobody")
    assert len(quote) == 1 and "Ali Nasser" in quote[0] and "Ministry of Defence" in quote[0]
    later = _find(chains, "No soldiers")
    assert len(later) == 1 and "Ministry of Defence" in later[0]


def test_lede_official_is_the_governor_named_next() -> None:
    text = (
        "Shell hits bus in Abyan\n\n"
        "ADEN, June 3 -- At least five civilians were killed on Sunday when a shell hit a crowded bus in Abyan "
        "province, a local official said.\n\n"
        "The bus was hit near a checkpoint east of the city, Salem al-Haddad, governor of Abyan, told reporters.\n"
    )
    assert _find(_chains(text), "five civilians")[0][0] == "Salem al-Haddad"


def test_lede_official_stays_without_a_named_governor() -> None:
    text = (
        "Shell hits bus in Abyan\n\n"
        "ADEN, June 3 -- At least five civilians were killed on Sunday when a shell hit a crowded bus in Abyan "
        "province, a local official said.\n\n"
        "The bus was hit near a checkpoint east of the city, Salem al-Haddad, a driver, told reporters.\n"
    )
    assert "Salem al-Haddad" not in _find(_chains(text), "five civilians")[0]


def test_the_brigade_is_not_guessed_between_two_brigades() -> None:
    text = (
        "Fighting broke out between the Nawasi brigade and the Sumud brigade in the old city.\n\n"
        "The brigade said that two civilians were hurt.\n"
    )
    chain = _find(_chains(text), "two civilians")
    assert not any(n in ("Nawasi Brigade", "Sumud Brigade") for link in chain for n in link)
