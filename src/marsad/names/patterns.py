"""Name patterns as data: lang/ar/names.toml and lang/en/names.toml, loaded once."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from marsad.names.lexicon import lexicon
from marsad.names.normalize import fold_arabic, fold_latin

LANG = Path(__file__).resolve().parents[1] / "lang"


@dataclass(frozen=True)
class ArPatterns:
    kunya: frozenset[str]
    roles: frozenset[str]
    role_links: frozenset[str]
    org_heads: dict[str, str]
    place_cues: frozenset[str]
    place_preps: frozenset[str]
    place_words: frozenset[str]
    stop: frozenset[str]
    western_given: dict[str, str]
    given: frozenset[str]
    din_heads: frozenset[str]  # folded first parts of X ad-Dīn given names (عز، نور، صلاح ...)
    nisba: frozenset[str]
    name_intros: tuple[tuple[str, ...], ...]
    speech_verbs: frozenset[str]
    inst_heads: dict[str, str]  # folded head noun -> English template with {}
    inst_words: dict[str, str]  # folded word without article -> English (+adjective, ^nationality)


@dataclass(frozen=True)
class EnPatterns:
    titles: frozenset[str]
    roles: frozenset[str]
    org_heads: dict[str, str]
    joiners: frozenset[str]
    place_cues: frozenset[str]
    place_preps: frozenset[str]
    stop: frozenset[str]
    given: frozenset[str]  # folded: English given names and wire spellings of Arabic given names
    arabic_given: frozenset[str]
    name_intros: tuple[tuple[str, ...], ...]


def _f(words: list[str]) -> frozenset[str]:
    return frozenset(fold_arabic(w) for w in words)


@lru_cache(maxsize=1)
def ar_patterns() -> ArPatterns:
    with open(LANG / "ar" / "names.toml", "rb") as f:
        d = tomllib.load(f)
    lex = lexicon()
    given = frozenset(k for k, w in lex.by_arabic.items() if w.kind == "given") | _f(
        ["عبد" + x for x in d.get("abd_attributes", [])])  # عبدالله written joined is a given name too
    nisba = frozenset(k for k, w in lex.by_arabic.items() if w.kind == "nisba")
    return ArPatterns(
        kunya=_f(d["kunya"]), roles=_f(d["roles"]), role_links=_f(d["role_links"]),
        org_heads={fold_arabic(k): v for k, v in d["org_heads"].items()},
        place_cues=_f(d["place_cues"]), place_preps=_f(d["place_preps"]), place_words=_f(d["place_words"]),
        stop=_f([w for w in d["stop"] if not w.endswith("ى")]), western_given={fold_arabic(k): v for k, v in d["western_given"].items()},
        given=given, din_heads=_f(d.get("din_heads", [])), nisba=nisba,
        name_intros=tuple(tuple(fold_arabic(w) for w in x.split()) for x in d.get("name_intros", [])),
        speech_verbs=_f(d.get("speech_verbs", [])),
        inst_heads={fold_arabic(k): v for k, v in d.get("institution_heads", {}).items()},
        inst_words={fold_arabic(k): v for k, v in d.get("institution_words", {}).items()},
    )


@lru_cache(maxsize=1)
def en_patterns() -> EnPatterns:
    with open(LANG / "en" / "names.toml", "rb") as f:
        d = tomllib.load(f)
    lex = lexicon()
    arabic_given = set()
    for w in lex.by_arabic.values():
        if w.kind == "given":
            arabic_given.update(fold_latin(x) for x in (w.wire, *w.variants))
    return EnPatterns(
        titles=frozenset(d["titles"]), roles=frozenset(d["roles"]), org_heads=dict(d["org_heads"]),
        joiners=frozenset(d["joiners"]), place_cues=frozenset(d["place_cues"]),
        place_preps=frozenset(d["place_preps"]), stop=frozenset(d["stop"]),
        given=frozenset(fold_latin(x) for x in d["given"]), arabic_given=frozenset(arabic_given),
        name_intros=tuple(tuple(x.split()) for x in d.get("name_intros", [])),
    )
