"""Round 6 generalisation rules for attribution: live-ticker lines, the outlet named by its byline,
slash dateline or own correspondent, relays inside the subject, and agency copy under another
masthead (written for marsad, not taken from any corpus)."""

from __future__ import annotations

import pytest

from marsad.pipeline import run_pipeline
from marsad.record import Document, Metadata
from marsad.segment import segment
from marsad.sources import detect_outlet
from marsad.sources.frames_ar import ar_frames
from marsad.sources.frames_en import en_frames
from marsad.sources.links import LinkContext


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        # the outlet's own byline with agencies: the outlet, not the credited agency
        (
            "Shelling kills 9 in Hama\n\nMiddle East Eye staff and agencies\n3 May 2025\n\n"
            "Hama, Syria (AFP) - Shelling killed nine people, activists said.",
            "Middle East Eye",
        ),
        # a slash dateline opening the copy
        ("Blast kills four in Kirkuk\n\nShafaq News/ A car bomb killed four people on Friday.", "Shafaq News"),
        # a live page whose correspondent is the outlet's own, "reporting from" the scene
        (
            "LIVE: Strikes hit Khan Younis\n\nUpdated 3 May | 10:00 GMT\n\n"
            "Al Jazeera's correspondent Hani Mahmoud, reporting from Khan Younis, says five people died.",
            "Al Jazeera",
        ),
    ],
)
def test_outlet_from_byline_dateline_or_own_reporter(text: str, outlet: str) -> None:
    doc = Document(id="t", text=text, meta=Metadata())
    segment(doc)
    detect_outlet(doc)
    assert doc.outlet is not None and outlet in doc.outlet.names()


def test_no_outlet_from_a_quoted_reporter_elsewhere() -> None:
    # without "reporting from", a correspondent of another outlet names no outlet
    text = "Strikes hit Khan Younis\n\nUpdated 3 May\n\nAl Jazeera's correspondent said five people died."
    doc = Document(id="t", text=text, meta=Metadata())
    segment(doc)
    detect_outlet(doc)
    assert doc.outlet is None or "Al Jazeera" not in doc.outlet.names()


@pytest.mark.parametrize(
    ("line", "lang", "name"),
    [
        ("10:20 | وزارة الصحة: ثلاثة قتلى في القصف.", "ar", "Ministry of Health"),
        ("٠٨:١٥ - مراسل المسيرة: جريحان بغارة على الطريق.", "ar", "Al-Masirah correspondent"),
        ("10:20 GMT | UNRWA: two staff members were killed.", "en", "UNRWA"),
    ],
)
def test_ticker_line_source(line: str, lang: str, name: str) -> None:
    frames = (ar_frames if lang == "ar" else en_frames)(line, 0, LinkContext())
    assert frames and frames[0].chain and name in frames[0].chain[0].names()


def test_ticker_line_without_source() -> None:
    assert not en_frames("10:20 GMT | Two killed in a strike on Rafah.", 0, LinkContext())


def test_headline_with_trailing_source_is_the_body_claim() -> None:
    text = (
        "Air strike kills 8 civilians in Idlib: monitor\n\nLevant Weekly staff and agencies\n4 May 2025\n\n"
        "Idlib, Syria (AFP) - An air strike killed 8 civilians on Sunday, a war monitor said.\n\n"
        "The Syrian Observatory for Human Rights said 15 people were wounded."
    )
    doc = run_pipeline(Document(id="t", text=text, meta=Metadata(outlet="Levant Weekly")))
    eights = [c for c in doc.claims if c.min == 8]
    assert len(eights) == 1
    assert [lk.name for lk in eights[0].source][0] == "Agence France-Presse"


def test_own_reporter_without_the_word_correspondent() -> None:
    text = (
        "LIVE: Strikes on Khan Younis\n\nUpdated 4 May 2025 | 10:00 GMT\n\n"
        "A medical source told Al Jazeera that six people were killed.\n\n"
        "Al Jazeera's Hani Mahmoud, reporting from Deir el-Balah, said the strikes continued."
    )
    doc = Document(id="t", text=text, meta=Metadata())
    segment(doc)
    detect_outlet(doc)
    assert doc.outlet is not None and "Al Jazeera" in doc.outlet.names()
