"""Memoisation of functions of input text (words, names, spans).

Caches keyed on what a report says are bounded, and registered here so that a benchmark can
empty them between passes (a pass must not profit from what an earlier pass over the same
text cached). Loaders of lexicons and patterns use `functools.cache` instead: they are a
one-time cost, not a function of the input.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])

_CACHES: list[Any] = []


def text_cache(maxsize: int = 65_536) -> Callable[[F], F]:
    """`functools.lru_cache(maxsize)` for a function of input text, registered for clearing."""

    def wrap(fn: F) -> F:
        cached = lru_cache(maxsize=maxsize)(fn)
        _CACHES.append(cached)
        return cached  # type: ignore[return-value]

    return wrap


def clear_text_caches() -> None:
    """Empty every cache of input text (lexicons stay loaded)."""
    for cached in _CACHES:
        cached.cache_clear()


def remember_start(memo: dict[str, int], text: str, m: re.Match[str] | None, keep: int = 64) -> re.Match[str] | None:
    """Note in `memo` (a `text_cache`d dict of recent texts) where `m`, a search of `text`, starts (-1:
    no match), keeping only the last `keep` texts; return `m`."""
    if len(memo) > keep:
        memo.clear()
    memo[text] = m.start() if m is not None else -1
    return m
