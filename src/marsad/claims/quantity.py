"""How a figure's wording maps to `min` / `max` / `approx` / `vague` (corpus SCHEMA.md).

Language rules name a qualifier KIND and pass the number(s); this module turns
them into a `Quantity`, so every language reads ranges the same way:

    exact        "13"                        -> 13, 13
    at_least     "at least 13", "13 or more"  -> 13, None
    more_than    "more than 13", "over 13"    -> 14, None
    up_to        "up to 13", "as many as 13"  -> None, 13
    less_than    "fewer than 13"              -> None, 12
    about        "about / nearly / some 13"   -> 13, 13, approx
    between      "between 10 and 15"          -> 10, 15
    vague        "dozens", "a number of"      -> None, None, vague
    zero         "no one was killed"          -> 0, 0
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

QualifierKind = Literal[
    "exact", "at_least", "more_than", "up_to", "less_than", "about", "between", "vague", "zero"
]
QUALIFIER_KINDS: tuple[str, ...] = (
    "exact", "at_least", "more_than", "up_to", "less_than", "about", "between", "vague", "zero",
)


@dataclass(frozen=True)
class Quantity:
    """The range a figure's wording allows."""

    min: int | None
    max: int | None
    approx: bool = False
    vague: bool = False


_VAGUE = Quantity(None, None, vague=True)
_ZERO = Quantity(0, 0)
_SMALL = tuple(Quantity(n, n) for n in range(256))  # exact counts up to 255, built once (frozen: shared)


def quantity(kind: str, value: int | None = None, upper: int | None = None) -> Quantity:
    """The Quantity for a qualifier kind and its number(s); ValueError on a bad combination."""
    if kind == "vague":
        return _VAGUE
    if kind == "zero":
        return _ZERO
    if value is None:
        raise ValueError(f"qualifier {kind!r} needs a number")
    if kind == "exact":
        return _SMALL[value] if type(value) is int and 0 <= value < 256 else Quantity(value, value)
    if kind == "at_least":
        return Quantity(value, None)
    if kind == "more_than":
        return Quantity(value + 1, None)
    if kind == "up_to":
        return Quantity(None, value)
    if kind == "less_than":
        return Quantity(None, max(value - 1, 0))
    if kind == "about":
        return Quantity(value, value, approx=True)
    if kind == "between":
        if upper is None:
            raise ValueError("'between' needs two numbers")
        lo, hi = sorted((value, upper))
        return Quantity(lo, hi)
    raise ValueError(f"unknown qualifier kind {kind!r}")
