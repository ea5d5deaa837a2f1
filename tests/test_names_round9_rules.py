"""Round 9 rules (fix9n-rules.patch): an English '<place> State <body>' is the state's body, a given name + a
place in Abu/Umm is a person, a camp named without its head has the bare name's DIN (invented sentences)."""

from __future__ import annotations

from marsad.names.recognize import recognize
from marsad.record import Document


def _ents(text: str) -> dict[str, tuple[str, str, object]]:
    doc = Document(id="t", text=text)
    recognize(doc)
    return {e.text: (e.type, e.canonical, e.din) for e in doc.entities}


def test_english_state_body() -> None:
    got = _ents("The Kassala State Ministry of Health said 12 people died.")
    assert got["Kassala State Ministry of Health"][1] == "Kassala State Ministry of Health"
    assert "Kassala" in got


def test_given_name_and_abu_place_is_a_person() -> None:
    got = _ents("A militia commander, Yasser Abu Kamal, told reporters the town had fallen.")
    assert got["Yasser Abu Kamal"][0] == "person"
    got = _ents("Fighting reached Abu Kamal on Monday, residents said.")
    assert got["Abu Kamal"][0] == "place"  # near miss: no given name before it


def test_camp_without_its_head_has_the_bare_din() -> None:
    got = _ents("Troops raided the Far'a refugee camp near Tubas. Residents of Far'a said two were hurt.")
    assert got["Far'a refugee camp"][2] == "Muḫayyam al-Fāri‘a"
    assert got["Far'a"][2] == "al-Fāri‘a"
    got = _ents("اقتحمت القوات مخيم الفارعة، وقال سكان في الفارعة إن شابين أصيبا.")
    assert got["الفارعة"][2] == "al-Fāri‘a"
