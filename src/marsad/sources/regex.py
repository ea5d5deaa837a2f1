"""A drop-in for `re` with a large compiled-pattern cache.

The attribution rules build many patterns from data (cue and title alternations), more
than the 512 that `re` keeps, so `re` recompiled them again and again. Modules here
import this as `re`; every pattern is compiled once per process.
"""

from __future__ import annotations

import re as _re
from collections.abc import Iterator
from typing import Any

I = IGNORECASE = _re.I  # noqa: E741 (the name `re` uses)
M = MULTILINE = _re.M
S = DOTALL = _re.S
X = VERBOSE = _re.X
Pattern = _re.Pattern
Match = _re.Match
error = _re.error
escape = _re.escape


_CACHE: dict[tuple[str | _re.Pattern[str], int], _re.Pattern[str]] = {}


def compile(pattern: str | _re.Pattern[str], flags: int = 0) -> _re.Pattern[str]:  # noqa: A001
    try:
        return _CACHE[pattern, flags]
    except KeyError:
        pass
    compiled = pattern if isinstance(pattern, _re.Pattern) else _re.compile(pattern, flags)
    if len(_CACHE) > 20000:  # patterns built from free text would grow it without bound
        _CACHE.clear()
    _CACHE[pattern, flags] = compiled
    return compiled


def match(pattern: str | _re.Pattern[str], string: str, flags: int = 0) -> _re.Match[str] | None:
    return compile(pattern, flags).match(string)


def fullmatch(pattern: str | _re.Pattern[str], string: str, flags: int = 0) -> _re.Match[str] | None:
    return compile(pattern, flags).fullmatch(string)


def search(pattern: str | _re.Pattern[str], string: str, flags: int = 0) -> _re.Match[str] | None:
    return compile(pattern, flags).search(string)


def sub(pattern: str | _re.Pattern[str], repl: Any, string: str, count: int = 0, flags: int = 0) -> str:
    return compile(pattern, flags).sub(repl, string, count)


def split(pattern: str | _re.Pattern[str], string: str, maxsplit: int = 0, flags: int = 0) -> list[Any]:
    return compile(pattern, flags).split(string, maxsplit)


def findall(pattern: str | _re.Pattern[str], string: str, flags: int = 0) -> list[Any]:
    return compile(pattern, flags).findall(string)


def finditer(pattern: str | _re.Pattern[str], string: str, flags: int = 0) -> Iterator[_re.Match[str]]:
    return compile(pattern, flags).finditer(string)
