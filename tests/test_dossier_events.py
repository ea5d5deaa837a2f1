"""Event-type detection and compatibility, operation outcomes."""

from __future__ import annotations

from collections import Counter
from importlib import resources

import pytest

from marsad.dossier.events import (
    compatible,
    event_counts,
    operation_outcomes,
    primary_event,
    types_compatible,
)


def _examples() -> list[tuple[str, str]]:
    rows = []
    for lang in ("en", "ar"):
        data = resources.files("marsad.lang").joinpath(lang, "events_examples.tsv").read_text(encoding="utf-8")
        for line in data.splitlines():
            parts = (line.split("\t") + [""] * 4)[:4]
            if parts[0] == "event":
                rows.append((parts[1], parts[3]))
    return rows


@pytest.mark.parametrize("text,expected", _examples())
def test_examples_file(text: str, expected: str) -> None:
    assert primary_event(event_counts(text)) == (expected or None)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("An airstrike on the bakery killed five.", "air_strike"),
        ("Airstrikes hit two villages overnight.", "air_strike"),
        ("A U.S. drone strike killed two men on a motorbike.", "drone_strike"),
        ("Commandos raided a compound before dawn in a helicopter-borne raid.", "raid"),
        ("Mortar rounds and artillery shelling hit the camp.", "shelling"),
        ("A suicide bomber detonated his vest at the gate.", "explosion"),
        ("قصفت الطائرات الحربية البلدة بغارات جوية.", "air_strike"),
        ("استهدفت طائرة مسيّرة سيارة على الطريق.", "drone_strike"),
        ("نفذت قوات خاصة عملية إنزال ومداهمة لمنزل.", "raid"),
        ("انفجرت عبوة ناسفة بدورية.", "explosion"),
        ("The council met to discuss the budget.", None),
    ],
)
def test_event_type(text: str, expected: str | None) -> None:
    assert primary_event(event_counts(text)) == expected


@pytest.mark.parametrize(
    "a,b,expected",
    [
        ("air_strike", "drone_strike", True),
        ("air_strike", "air_strike", True),
        ("raid", "air_strike", False),
        ("shelling", "explosion", False),
        ("raid", None, True),
    ],
)
def test_compatible(a: str, b: str | None, expected: bool) -> None:
    assert compatible(a, b) is expected


def test_types_named_in_both_reports_are_compatible() -> None:
    ok, why = types_compatible("raid", Counter(raid=3, explosion=1), "explosion", Counter(explosion=2))
    assert ok and "both named" in why
    ok, _ = types_compatible("raid", Counter(raid=3), "shelling", Counter(shelling=2))
    assert not ok


@pytest.mark.parametrize(
    "text,labels",
    [
        ("Officials said the operation failed and the target escaped.", {"failure"}),
        ("The Pentagon said the raid was successful.", {"success"}),
        ("قال مصدر إن العملية فشلت.", {"failure"}),
        ("أعلنت الوزارة نجاح العملية.", {"success"}),
        ("The toll rose to nine.", set()),
    ],
)
def test_operation_outcomes(text: str, labels: set[str]) -> None:
    assert {label for label, _, _ in operation_outcomes(text)} == labels
