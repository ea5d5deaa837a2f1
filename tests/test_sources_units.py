"""Outlet detection, agency copy, transcripts, denials and link naming (hand-written reports)."""

from __future__ import annotations

import pytest

from marsad.record import Claim, Document, Metadata, Span
from marsad.segment import segment
from marsad.sources import attribute_claims, detect_outlet
from marsad.sources.lexicon import norm_key
from marsad.sources.links import LinkContext, make_link


def _doc(text: str, outlet: str | None = None) -> Document:
    doc = Document(id="t", text=text, meta=Metadata(outlet=outlet))
    segment(doc)
    detect_outlet(doc)
    return doc


def _claim(doc: Document, evidence: str, cid: str, stance: str = "assert", group: str = "people") -> Claim:
    start = doc.text.index(evidence)
    sent = doc.sentence_at(start)
    return Claim(
        id=cid,
        lang="ar" if any("\u0600" <= ch <= "\u06ff" for ch in evidence) else "en",
        outcome="killed",
        group=group,  # type: ignore[arg-type]
        stance=stance,  # type: ignore[arg-type]
        evidence=[Span(start=start, end=start + len(evidence))],
        sentence=sent.id if sent else None,
    )


def _names(doc: Document, i: int) -> list[str]:
    return [link.name for link in doc.claims[i].source]


def _is(doc: Document, i: int, expected: list[str]) -> bool:
    got = doc.claims[i].source
    return len(got) == len(expected) and all(
        norm_key(w) in {norm_key(n) for n in link.names()} for w, link in zip(expected, got, strict=True)
    )


@pytest.mark.parametrize(
    ("text", "meta", "expected"),
    [
        ("EastMed Press\nWORLD | IRAQ\n\nThree people were killed, police said.", None, "EastMed Press"),
        ("PPA | Pharos Press Agency\nWORLD\n\nBEIRUT (PPA) - Two people were killed.", None, "PPA"),
        ("Levantine Wire Service\n\nSyria: dozens reported killed\n\nText.", None, "Levantine Wire Service"),
        ("قناة المشرق اليوم\nالرئيسية | سوريا | العراق\n\nقتل خمسة أشخاص.", None, "قناة المشرق اليوم"),
        ("Al-Duha – Monday 30 August 2021\n\nDeath toll rises to ten\n\nText.", None, "Al-Duha"),
        (
            "The death toll from the strike rose sharply on Friday evening as rescuers dug\n\n"
            "Al-Nahar – Friday 4 March 2022\n\nText.",
            None,
            "Al-Nahar",
        ),
        (
            "Al-Mayadeen correspondent: the raid failed and killed civilians in rural Idlib today\n\nText.",
            None,
            "Al Mayadeen",
        ),
        ("Some text.", "Reuters", "Reuters"),
        ("HORIZON 24\nHome | World\n\nBy Jane Doe\n\nText.", None, "HORIZON 24"),
    ],
)
def test_detect_outlet(text: str, meta: str | None, expected: str) -> None:
    doc = _doc(text, meta)
    assert doc.outlet is not None
    assert norm_key(expected) in {norm_key(n) for n in doc.outlet.names()}


@pytest.mark.parametrize(
    ("text", "evidence", "expected"),
    [
        # agency copy (under another outlet's masthead): the credited agency heads every chain,
        # unattributed text is the agency's; with no other outlet the copy is the agency's own
        (
            "The Levant Daily\nWorld | Middle East\n\nBEIRUT (Reuters) - Five people were killed, activists said.",
            "Five people",
            ["Reuters", "activists"],
        ),
        (
            "The Levant Daily\nWorld | Middle East\n\nBEIRUT (Reuters) - Five people were killed in the shelling.",
            "Five people",
            ["Reuters"],
        ),
        (
            "Six civilians were killed in the strike, the monitor said.\n\n-- AFP",
            "Six civilians",
            ["Agence France-Presse", "monitor"],
        ),
        (
            "Source: AA\n\nFour people were killed, Turkish officials said.",
            "Four people",
            ["Anadolu Agency", "Turkish officials"],
        ),
        (
            "The Levant Daily\nWorld | Middle East\n\nMOSCOW (RIA Novosti) - Three soldiers were killed, the ministry said.",
            "Three soldiers",
            ["RIA Novosti", "ministry"],
        ),
        # the outlet's own dateline is no agency copy
        (
            "PPA | Pharos Press Agency\n\nATMEH (PPA) - Nine people were killed, rescuers said.",
            "Nine people",
            ["rescuers"],
        ),
        ("BEIRUT (Reuters) - Five people were killed, activists said.", "Five people", ["activists"]),
        # generic "agencies" credit nothing
        ("Source: Agencies\n\nSeven people were killed in the raid.", "Seven people", []),
        (
            "صحيفة المشرق\nالرئيسية | عربي ودولي\n\nبيروت (رويترز) - قُتل خمسة أشخاص في القصف، بحسب ناشطين.",
            "خمسة أشخاص",
            ["Reuters", "activists"],
        ),
        ("بيروت (رويترز) - قُتل خمسة أشخاص في القصف، بحسب ناشطين.", "خمسة أشخاص", ["activists"]),
    ],
)
def test_agency_copy(text: str, evidence: str, expected: list[str]) -> None:
    doc = _doc(text)
    doc.claims = [_claim(doc, evidence, "c0")]
    attribute_claims(doc)
    got = doc.claims[0].source
    assert len(got) == len(expected), [lk.name for lk in got]
    for link, want in zip(got, expected, strict=True):
        assert norm_key(want) in {norm_key(n) for n in link.names()}


def test_transcript_labels_carry_the_speaker() -> None:
    text = (
        "Press Briefing by Gen. John A. Smith, Commander\n\n"
        "GEN. SMITH: Good afternoon. The strike hit a compound.\n\n"
        "Two fighters were killed in the first pass.\n\n"
        "Q: Were civilians killed?\n\n"
        "GEN. SMITH: We believe three civilians died. Local reports said twelve."
    )
    doc = _doc(text)
    doc.claims = [
        _claim(doc, "Two fighters", "c0"),
        _claim(doc, "three civilians", "c1"),
        _claim(doc, "twelve", "c2"),
    ]
    attribute_claims(doc)
    assert _is(doc, 0, ["John A. Smith"])
    assert _is(doc, 1, ["John A. Smith"])
    assert _is(doc, 2, ["John A. Smith", "local reports"])


def test_denial_is_tied_to_the_claim_it_rejects() -> None:
    text = "Local sources said civilians were killed in the raid. The Pentagon denied that any civilians were killed."
    doc = _doc(text)
    doc.claims = [
        _claim(doc, "civilians were killed", "c0", group="civilians"),
        _claim(doc, "any civilians", "c1", stance="deny", group="civilians"),
    ]
    attribute_claims(doc)
    assert _is(doc, 0, ["local sources"])
    assert _is(doc, 1, ["Pentagon"])
    assert doc.claims[1].denies == "c0"


def test_denial_without_a_target() -> None:
    doc = _doc("The army denied that any civilians were killed.")
    doc.claims = [_claim(doc, "any civilians", "c0", stance="deny", group="civilians")]
    attribute_claims(doc)
    assert doc.claims[0].denies is None


@pytest.mark.parametrize(
    ("phrase", "lang", "name", "kind", "also"),
    [
        ("Pentagon spokesman John Kirby", "en", "John Kirby", "spokesperson", "Pentagon"),
        (
            "the spokesman of the American Defense Department John Kirby",
            "en",
            "John Kirby",
            "spokesperson",
            "Pentagon",
        ),
        (
            "Observatory director Rami Abdel Rahman",
            "en",
            "Rami Abdel Rahman",
            "person",
            "Syrian Observatory for Human Rights",
        ),
        ("a senior US official", "en", "senior US official", "anonymous", "a senior US official"),
        ("An Iraqi security source", "en", "Iraqi security source", "anonymous", "An Iraqi security source"),
        ("Correspondent of al-Mayadeen", "en", "Al Mayadeen correspondent", "correspondent", "al-Mayadeen"),
        ("the White Helmets", "en", "Syrian Civil Defense", "org", "White Helmets"),
        ("Brigadier General Paul Bontrager", "en", "Paul Bontrager", "person", "Paul Bontrager"),
        ("المتحدث باسم وزارة الدفاع الأمريكية جون كيربي", "ar", "John Kirby", "spokesperson", "البنتاغون"),
        ("مصادر محلية", "ar", "local sources", "anonymous", "مصادر محلية"),
        ("مصدر في الطب العدلي", "ar", "forensic medicine source", "anonymous", "مصدر في الطب العدلي"),
        ("مسؤول أمريكي رفيع", "ar", "senior US official", "anonymous", "مسؤول أمريكي رفيع"),
        ("مراسلة الميادين", "ar", "Al Mayadeen correspondent", "correspondent", "الميادين"),
        ("وكالة «سبوتنيك» الروسية", "ar", "Sputnik", "agency", "سبوتنيك"),
        ("الرئيس الأمريكي جو بايدن", "ar", "Joe Biden", "person", "جو بايدن"),
    ],
)
def test_link_naming(phrase: str, lang: str, name: str, kind: str, also: str) -> None:
    link = make_link(phrase, lang, LinkContext())
    assert link is not None
    names = {norm_key(n) for n in link.names()}
    assert norm_key(name) in names
    assert norm_key(also) in names
    assert link.kind == kind


@pytest.mark.parametrize("phrase", ["he", "It", "the sources", "المصادر", ""])
def test_anaphors_name_no_one(phrase: str) -> None:
    lang = "ar" if phrase.startswith("ال") else "en"
    assert make_link(phrase, lang, LinkContext()) is None


def test_bad_input_gives_a_warning_not_a_traceback() -> None:
    doc = Document(id="t", text="Five people were killed, police said.")
    segment(doc)
    doc.claims = [
        Claim(id="c0", lang="en", outcome="killed", group="people", evidence=[Span(start=999, end=1005)])
    ]
    attribute_claims(doc)
    assert doc.claims[0].source == []


def test_headline_above_an_agency_dateline_is_the_outlets() -> None:
    text = (
        "Strike kills five in Idlib\n\nIDLIB, Syria (AFP) - Five people were killed in the strike on Monday."
    )
    doc = _doc(text, "The Levant Daily")
    doc.claims = [_claim(doc, "kills five", "c0"), _claim(doc, "Five people", "c1")]
    attribute_claims(doc)
    assert _is(doc, 0, [])
    assert _is(doc, 1, ["Agence France-Presse"])


def test_agency_dateline_with_no_other_outlet_is_the_agencys_own_copy() -> None:
    text = (
        "Strike kills five in Idlib\n\nIDLIB, Syria (AFP) - Five people were killed in the strike on Monday, "
        "rescuers said. A nurse told AFP that 12 were wounded."
    )
    doc = _doc(text)
    assert doc.outlet is not None and doc.outlet.name == "Agence France-Presse"
    doc.claims = [_claim(doc, "Five people", "c0"), _claim(doc, "12 were wounded", "c1")]
    attribute_claims(doc)
    assert _is(doc, 0, ["rescuers"])
    assert _is(doc, 1, ["nurse"])
