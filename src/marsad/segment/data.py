"""Segmentation data (abbreviations, cue words, month names) from lang/<code>/segment.toml."""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from typing import Any


@cache
def segment_data(lang: str) -> dict[str, Any]:
    """The parsed `lang/<lang>/segment.toml` ({} when the language has none)."""
    try:
        raw = resources.files("marsad.lang").joinpath(lang, "segment.toml").read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError):
        return {}
    return tomllib.loads(raw)


def words(lang: str, section: str, key: str) -> list[str]:
    """One list from a language's segmentation data."""
    return list(segment_data(lang).get(section, {}).get(key, []))
