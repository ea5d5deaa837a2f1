"""`resolve`: any spelling of a known name, in either script -> what the gazetteer knows."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from marsad.memo import text_cache
from marsad.names.gazetteer import Record, gazetteer, surface_din
from marsad.names.normalize import ar_tokens, fold_arabic, is_arabic, name_key

_AR_CLITICS = ("وب", "ول", "فب", "فل", "وك", "و", "ف", "ب", "ل", "ك")
_FUZZY_MIN_LEN = 6
_FUZZY_CUTOFF = 92.0


@dataclass
class NameInfo:
    """What the gazetteer knows of a name, in any script or spelling."""

    id: str
    canonical: str
    type: str  # place | org | person | outlet
    aliases: list[str] = field(default_factory=list)
    din: str | list[str] | None = None
    lat: float | None = None
    lon: float | None = None
    admin1: str | None = None
    country: str | None = None


def info_of(rec: Record, surface: str | None = None, key: str | None = None) -> NameInfo:
    """The NameInfo of a gazetteer record, with the DIN of `surface` when given."""
    din = surface_din(rec, surface, key) if surface else rec.din
    aliases = [n for n in rec.all_names() if n != rec.canonical]
    return NameInfo(id=rec.id, canonical=rec.canonical, type=rec.type, aliases=aliases, din=din,
                    lat=rec.lat, lon=rec.lon, admin1=rec.admin1, country=rec.country)


def ar_key_variants(text: str) -> list[str]:
    """Keys for an Arabic name, also with a leading clitic (و ب ل ف ك) taken off."""
    toks = ar_tokens(text)
    if not toks:
        return []
    return list(dict.fromkeys(key_variants_of(toks, fold_arabic(text.split()[0]))))


def key_variants_of(toks: list[str], first: str) -> list[str]:
    """`ar_key_variants` (repeats kept) from a text's `ar_tokens` and its first word folded: the
    words' key, then with each clitic and an article taken off the first word."""
    out = [" ".join(toks)]
    for c in _AR_CLITICS:
        if first.startswith(c) and len(first) > len(c) + 1:
            rest = first[len(c):]
            if rest.startswith("ال") and len(rest) > 3:
                rest = rest[2:]
            elif c.endswith("ل") and rest.startswith("ل") and len(rest) > 2:  # لل = ل + ال
                rest = rest[1:]
            out.append(" ".join([rest, *toks[1:]]))
    return out


def lookup(text: str) -> tuple[list[Record], str]:
    """Records whose names match `text` exactly (after normalisation), and the key matched."""
    gz = gazetteer()
    keys = ar_key_variants(text) if is_arabic(text) else [name_key(text)]
    for k in keys:
        recs = gz.lookup_key(k)
        if recs:
            return recs, k
    return [], ""


@lru_cache(maxsize=1)
def _fuzzy_keys() -> tuple[list[str], list[str]]:
    gz = gazetteer()
    ar, la = [], []
    for k in gz.index:
        if len(k) >= _FUZZY_MIN_LEN:
            (ar if is_arabic(k) else la).append(k)
    return ar, la


def resolve(text: str, lang: str | None = None, fuzzy: bool = True) -> NameInfo | None:
    """Look a name up in the gazetteer (any spelling, either script); None when unknown."""
    if not text or not text.strip():
        return None
    text = text.strip()
    recs, key = lookup(text)
    if recs and _common_word_query(text, key):
        recs = [r for r in recs if r.source == "entities"]
    if recs:
        return info_of(_prefer(recs, lang), text, key)
    if not fuzzy:
        return None
    key = name_key(text)
    if len(key) < _FUZZY_MIN_LEN:
        return None
    hit = _fuzzy_hit(key, is_arabic(text))
    if hit is None:
        return None
    recs = gazetteer().lookup_key(hit)
    return info_of(_prefer(recs, lang), text, hit) if recs else None


@text_cache(4096)
def _fuzzy_hit(key: str, arabic: bool) -> str | None:
    from rapidfuzz import fuzz, process

    ar, la = _fuzzy_keys()
    hit = process.extractOne(key, ar if arabic else la, scorer=fuzz.ratio, score_cutoff=_FUZZY_CUTOFF)
    return hit[0] if hit else None


def _common_word_query(text: str, key: str) -> bool:
    """A single Arabic word that is a common word (الحكومة، الثورة) is not a GeoNames place by itself."""
    if " " in key or not is_arabic(text):
        return False
    from marsad.names.lexicon import lexicon
    from marsad.names.patterns import ar_patterns

    w = lexicon().by_arabic.get(key)
    folded = fold_arabic(text.strip())
    return (w is not None and w.kind == "word") or folded in ar_patterns().stop or key in ar_patterns().stop


def _prefer(recs: list[Record], lang: str | None) -> Record:
    """Hand-entered facts first, then the most populous place."""
    return recs[0]
