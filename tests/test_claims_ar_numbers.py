"""Arabic number reading: digits, separators, cardinal words, compounds; and normalisation offsets."""

from __future__ import annotations

import pytest

from marsad.lang.ar.claims_figures import read_number
from marsad.lang.ar.numbers import digits_value, normalize, normalize_with_offsets


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("13", 13),
        ("١٣", 13),
        ("۱۳", 13),
        ("2,800", 2800),
        ("٢٬٨٠٠", 2800),
        ("٢٨٠٠", 2800),
        ("2.800", 2800),
        ("4،200", 4200),
        ("174,360", 174360),
        ("3 آلاف", 3000),
        ("واحد", 1),
        ("اثنان", 2),
        ("اثنين", 2),
        ("ثلاث", 3),
        ("ثلاثة", 3),
        ("ثلاثه", 3),
        ("أربعة", 4),
        ("اربعة", 4),
        ("ثماني", 8),
        ("عشرة", 10),
        ("أحد عشر", 11),
        ("إحدى عشرة", 11),
        ("اثنا عشر", 12),
        ("اثني عشر", 12),
        ("ثلاثة عشر", 13),
        ("ثلاث عشرة", 13),
        ("عشرون", 20),
        ("عشرين", 20),
        ("أربعون", 40),
        ("خمسة وعشرين", 25),
        ("واحد وعشرون", 21),
        ("مئة", 100),
        ("مائة", 100),
        ("مئتين", 200),
        ("مائتين", 200),
        ("مئتا", 200),
        ("ثلاثمئة", 300),
        ("ثلاثمائة وعشرين", 320),
        ("ثلاث مئة", 300),
        ("مئة وخمسة وعشرون", 125),
        ("ألف", 1000),
        ("ألفين", 2000),
        ("ألفين وخمسمئة", 2500),
        ("ثلاثة آلاف", 3000),
        ("عشرة آلاف", 10000),
        ("ثلاثة آلاف وخمسمئة", 3500),
        ("وثلاثة", 3),
        ("الخمسين", 50),
        ("خَمْسَةٌ", 5),
        ("خمـــسة", 5),
    ],
)
def test_read_number(text: str, value: int) -> None:
    assert read_number(text) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [("أربعين وخمسين", 40), ("2.5", None), ("الأحد", None), ("أحد", None), ("منزل", None), ("عشرات", None)],
)
def test_not_one_number(text: str, value: int | None) -> None:
    """Two figures side by side, decimals, Sunday, "one of" and vague plurals are no single count."""
    assert read_number(text) == value


@pytest.mark.parametrize(("token", "value"), [("12", 12), ("1,266", 1266), ("1,2", None), ("12345,678", None)])
def test_digits_value(token: str, value: int | None) -> None:
    assert digits_value(token) == value


@pytest.mark.parametrize(
    ("text", "norm"),
    [("أُصيبَ", "اصيب"), ("إصابة", "اصابه"), ("قتلى", "قتلي"), ("آلاف", "الاف"), ("٣٥", "35"), ("شـهيد", "شهيد")],
)
def test_normalize(text: str, norm: str) -> None:
    assert normalize(text) == norm


def test_offsets_point_into_the_original() -> None:
    text = "قُتِلَ ١٣ شخصاً"
    norm, offsets = normalize_with_offsets(text, base=100)
    assert len(offsets) == len(norm) + 1
    i = norm.index("13")
    assert text[offsets[i] - 100] == "١"
    assert offsets[-1] == 100 + len(text)
