"""Round 10 attribution rules: breadcrumb headers, dated agency datelines, a body's own media arm,
a described medium as a sentence's subject."""

from __future__ import annotations

from test_sources_examples import chain_for

from marsad.record import Document, Metadata
from marsad.segment import segment
from marsad.sources import detect_outlet


def _outlet(text: str) -> str | None:
    doc = Document(id="t", text=text, meta=Metadata())
    segment(doc)
    detect_outlet(doc)
    return doc.outlet.name if doc.outlet else None


_WAFA_COPY = (
    "الرئيسية | محليات | نابلس\n\n"
    "إصابة 4 مواطنين برصاص الاحتلال في نابلس\n\n"
    'نابلس 3-2-2025 وفا- أصيب أربعة مواطنين برصاص الاحتلال. وقال مصدر طبي لـ"وفا" إن بين المصابين طفلا في حالة خطيرة.\n'
)


def test_breadcrumb_is_not_a_masthead_and_dated_dateline_names_the_outlet() -> None:
    assert _outlet(_WAFA_COPY) == "WAFA"


def test_source_telling_the_dateline_outlet_is_one_link() -> None:
    assert [n[0] for n in chain_for(_WAFA_COPY, "طفلا", "ar")] == ["medical source"]


def test_near_miss_breadcrumb_without_home_word_still_reads_a_masthead() -> None:
    text = "الجزيرة | أخبار | نابلس\n\nإصابة 4 مواطنين في نابلس\n\nأصيب أربعة مواطنين برصاص الاحتلال.\n"
    assert _outlet(text) == "Al Jazeera"


def test_near_miss_dated_dateline_with_unknown_word_names_no_outlet() -> None:
    text = "إصابة 4 مواطنين في نابلس\n\nتقرير\n\nنابلس 3-2-2025 خاص- أصيب أربعة مواطنين برصاص الاحتلال.\n"
    assert _outlet(text) is None


def test_press_release_header_is_no_masthead_and_its_footer_names_the_issuer() -> None:
    text = (
        "News release | Sudan\n\nSudan: clinic supported by the ICRC treats wounded after shelling\n\n"
        "Port Sudan, 2 March 2025 - Eleven wounded people were treated at the clinic on Sunday.\n\n"
        "Notes to editors: The ICRC has worked in Sudan since 1978.\n"
    )
    assert _outlet(text) == "International Committee of the Red Cross"


def test_near_miss_press_release_without_footer_has_no_place_outlet() -> None:
    text = "Press release | Sudan\n\nClinic treats wounded after shelling\n\nEleven wounded people were treated on Sunday.\n"
    assert _outlet(text) != "Sudan"
