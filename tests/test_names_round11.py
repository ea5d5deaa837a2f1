"""Round-11 name phenomena (invented text): site names, X-supported prefixes, region suffixes,
hospital adjectives and the Arabic name of a group's armed wing."""

from __future__ import annotations

from marsad.names import recognize_names
from marsad.names.canonical import canonical_with_head
from marsad.record import Document
from marsad.segment import segment


def _entities(text: str):
    doc = Document(id="t", text=text)
    segment(doc)
    recognize_names(doc)
    return doc.entities


def _by_text(text: str) -> dict[str, str | None]:
    return {e.text: e.canonical for e in _entities(text)}


def test_outlet_site_name_is_the_outlet() -> None:
    """An outlet's website (the .net form) links to the outlet itself."""
    assert _by_text("A local doctor told Al Arabiya.net that the clinic was full.").get(
        "Al Arabiya.net") == "Al Arabiya"


def test_supported_prefix_is_not_part_of_the_hospital() -> None:
    """"X-supported" before a facility name belongs to the supporter, not to the name; near miss:
    a plain facility name keeps its first word."""
    ents = _by_text("Medics at the UN-supported El Obeid Teaching Hospital treated 30 people.")
    assert "El Obeid Teaching Hospital" in ents
    assert not any(t.startswith("UN-supported") for t in ents)


def test_region_name_without_lowercase_state() -> None:
    """"North Darfur state": the lower-case word "state" is not part of the region's name."""
    ents = _by_text("Fighting spread across North Darfur state on Monday, residents said.")
    assert ents.get("North Darfur") == "North Darfur"
    assert "North Darfur state" not in ents


def test_regional_hospital_adjective() -> None:
    """الإقليمي after a hospital's town is the English "Regional"; near miss: الحكومي is "Government"."""
    assert canonical_with_head("مستشفى كسلا الإقليمي") == "Kassala Regional Hospital"
    assert canonical_with_head("مستشفى كسلا الحكومي") == "Kassala Government Hospital"


def test_armed_wing_self_name_is_the_group() -> None:
    """The Lebanese group's own name for its fighters in statements links to the group."""
    ents = _by_text("وأعلنت المقاومة الإسلامية في لبنان، في بيان، استهداف موقع عسكري.")
    assert ents.get("المقاومة الإسلامية في لبنان") == "Hezbollah"


def test_somali_federal_state() -> None:
    """A Somali federal member state is a place."""
    assert _by_text("The blast hit a checkpoint in Somalia's South West State on Friday.").get(
        "South West State") == "South West State"
