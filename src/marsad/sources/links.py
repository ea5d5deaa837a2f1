"""Speaker phrase -> SourceLink: canonical names for bodies, persons, spokespersons,
correspondents and anonymous sources, in English and Arabic."""

from __future__ import annotations

import tomllib
import unicodedata
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from marsad.memo import text_cache
from marsad.names.gazetteer import key_pairs, key_words
from marsad.names.resolve import key_variants_of
from marsad.record import SourceLink, Span, trusted
from marsad.sources import regex as re
from marsad.sources.lexicon import (
    _AR_CLASSES,
    ar_alternation,
    ar_class,
    en_alternation,
    known_sources,
    lang_data,
    lookup_known,
    norm_key,
    strip_ar,
)
from marsad.sources.trie import caseless

_QUOTES = "\"'“”«»‘’„`"
_ORG_WORDS = re.compile(
    r"\b(?:Center|Centre|Council|Committee|Ministry|Forces|Army|Command|Network|Observatory|Agency|Office|Organi[sz]ation|"
    r"Group|Watch|Commission|Institute|Coalition|Front|Brigades?|Movement|Party|Authority|Directorate|Department|Cell|"
    r"Services?|Defen[cs]e|Helmets|Crescent|Cross|Media|News|TV|Times|Post|Union|Association|Society|Foundation|"
    r"Monitor|Mission|Unit|Corps|Police|Guard|Federation|League|Court|Tribunal|Hospital|Radio|Channel|Press|Wire)$"
)
_WHITE_RUN = re.compile(r"\s+")


def _one_space(text: str) -> str:
    """`_WHITE_RUN.sub(" ", text)`: white space runs as one space (nothing to do when the only
    white space is single spaces: printable text holds no other white space character)."""
    if "  " not in text and text.isprintable():
        return text
    return _WHITE_RUN.sub(" ", text)
_PREPS = {"in", "of", "at", "for", "from", "to", "with", "on", "near", "by"}
_EN_NAME_TOKEN = re.compile(
    r"^(?:[A-Z][\w\-’'‘]*\.?|al-\w+|el-\w+|ad-\w+|as-\w+|ash-\w+|bin|ibn|abu|abdel|abdul|de|van|von|[A-Z]\.|Jr\.?|III|II)$"
)


# recall queries made while one link is built (see make_link's cache)
_RECALLS: list[tuple[str, bool]] | None = None


@dataclass
class LinkContext:
    """What link building needs from the document: its outlet and the links seen so far."""

    outlet: SourceLink | None = None
    seen: list[SourceLink] = field(default_factory=list)
    country: str | None = None  # the country the copy is mostly about (for a bare "Civil Defence")
    text: str = ""  # the document's text, read for its country only when a bare civil defence appears
    # recall index: each key to the latest link of `seen` it recalls, over the first `_indexed` links
    _by_key: dict[str, SourceLink] = field(default_factory=dict, repr=False, compare=False)
    _indexed: int = field(default=0, repr=False, compare=False)
    _shared: bool = field(default=False, repr=False, compare=False)  # _by_key is a probe's too: copy on write

    def probe(self) -> LinkContext:
        """A copy for trial phrases: what it remembers is not remembered here."""
        self._index()
        self._shared = True
        return LinkContext(
            outlet=self.outlet,
            seen=list(self.seen),
            country=self.country,
            text=self.text,
            _by_key=self._by_key,
            _indexed=self._indexed,
            _shared=True,
        )

    def copy_country(self) -> str | None:
        """The country of the copy (from `text`, once), or None."""
        if self.country is None and self.text:
            self.country = country_of(self.text) or ""
        return self.country or None

    def remember(self, link: SourceLink) -> None:
        self.seen.append(link)

    def recall(self, text: str) -> SourceLink | None:
        """A link met earlier whose name, alias or surname is `text`."""
        found = self._recall(text)
        if _RECALLS is not None:
            _RECALLS.append((text, found is not None))
        return found

    def _recall(self, text: str) -> SourceLink | None:
        key = norm_key(text)
        if not key:
            return None
        self._index()
        return self._by_key.get(key)

    def _index(self) -> None:
        """Index the links remembered since the last look-up (`seen` only grows)."""
        if self._indexed == len(self.seen):
            return
        if self._indexed > len(self.seen):  # replaced from outside: start again
            self._by_key, self._indexed, self._shared = {}, 0, False
        if self._shared:
            self._by_key, self._shared = dict(self._by_key), False
        for link in self.seen[self._indexed :]:
            for key in _recall_keys(link):
                self._by_key[key] = link
        self._indexed = len(self.seen)


def _recall_keys(link: SourceLink) -> frozenset[str]:
    """The keys `recall` finds a link by: its names, a body's last word, a person's surname."""
    if link.kind == "anonymous":
        return frozenset()
    if link.kind == "correspondent":
        keys = {norm_key(link.name), norm_key(link.person or "")}
    else:
        names = [link.name, *link.aliases] + ([link.person] if link.person else [])
        keys = {norm_key(n) for n in names}
        if link.kind in ("org", "agency", "outlet") and len(link.name.split()) > 1:
            keys.add(norm_key(link.name.split()[-1]))
        for n in ([link.person] if link.person else []) + (
            [link.name, *_person_aliases(link)] if link.kind in ("person", "spokesperson") else []
        ):
            parts = n.split()
            if len(parts) >= 2:
                keys.add(norm_key(parts[-1]))
            if len(parts) >= 3:
                keys.add(norm_key(" ".join(parts[-2:])))  # "Sabah Hama Amin" ... "Hama Amin said" (round 16)
    keys.discard("")
    return frozenset(keys)


@cache
def _person_titles() -> frozenset[str]:
    """Person titles of both languages, case-folded (Arabic without diacritics)."""
    titles = {strip_ar(w).casefold() for w in lang_data("ar").get("titles", {}).get("person", [])}
    titles |= {w.casefold() for w in lang_data("en").get("titles", {}).get("person", [])}
    return frozenset(titles)


def _person_aliases(link: SourceLink) -> list[str]:
    """A person's aliases that are names (2-4 words, no title or body first): "يحيى X", "Yahya X"."""
    titles = _person_titles()
    out = []
    for a in link.aliases:
        ws = a.split()
        if (
            2 <= len(ws) <= 4
            and strip_ar(ws[0]).casefold() not in titles
            and not any(strip_ar(w).startswith("ال") for w in ws[:-1])
        ):
            out.append(a)
    return out


def resolve_name(text: str, lang: str, fuzzy: bool = False) -> tuple[str, list[str], str] | None:
    """(canonical, aliases, kind) of a named body or person, from the gazetteer or the built-in list.

    Matching is exact (after normalisation) unless `fuzzy`: approximate matching of speaker
    phrases changed no chain on the dev or held-out corpus and cost most of attribution's time."""
    text = text.strip(_QUOTES + " ,.")
    if lang == "en" and not fuzzy and not _may_be_known_en(text):
        return None  # a word no known name has: no exact look-up can succeed
    if lang == "ar" and not fuzzy and not _may_be_known_ar(text):
        return None
    r = _resolve_cached(text, lang, fuzzy)
    return (r[0], list(r[1]), r[2]) if r else None


@text_cache(16384)
def _resolve_cached(text: str, lang: str, fuzzy: bool = True) -> tuple[str, tuple[str, ...], str] | None:
    r = _resolve_uncached(text, lang, fuzzy)
    return (r[0], tuple(r[1]), r[2]) if r else None


def _resolve_uncached(text: str, lang: str, fuzzy: bool = True) -> tuple[str, list[str], str] | None:
    if not text:
        return None
    from marsad.names import resolve

    info = resolve(text, lang, fuzzy=fuzzy)
    if info is not None and getattr(info, "canonical", None):
        kind = {"outlet": "outlet", "person": "person", "place": "place"}.get(
            getattr(info, "type", ""), "org"
        )
        known = lookup_known(info.canonical) or lookup_known(text)
        aliases = list(info.aliases) + (known.names() if known else [])
        if known and known.kind in ("agency", "outlet"):
            kind = "agency" if known.kind == "agency" else "outlet"
        return info.canonical, aliases, kind
    k = lookup_known(text)
    if k is not None:
        return k.name, list(k.aliases), k.kind
    shorter = _GENERIC_TAIL.sub("", text)
    if shorter != text and shorter:
        return _resolve_uncached(shorter, lang, fuzzy)
    return None


_GENERIC_TAIL = re.compile(
    r"\s+(?:rescue group|rescue service|group|organisation|organization|monitor|war monitor|news agency|agency|channel|"
    r"television|newspaper|daily|network|website)$",
    re.I,
)


_ASCII_WORD = re.compile(r"[a-z0-9]+")
_ASCII_LETTER = re.compile(r"[A-Za-z]")


@cache
def _en_name_vocab() -> frozenset[str]:
    """Every ASCII word of a name the gazetteer or the built-in list knows (lower case)."""
    from marsad.names.gazetteer import gazetteer
    from marsad.sources.lexicon import known_sources

    words: set[str] = {"the", "al", "el", "s", "of", "and", "for"}
    for key in gazetteer().index:
        words.update(_ASCII_WORD.findall(key.lower()))
    for k in known_sources()[1]:
        for n in k.names():
            words.update(_ASCII_WORD.findall(n.lower()))
    words.update(_ASCII_WORD.findall(_GENERIC_TAIL.pattern.lower()))
    return frozenset(words)


@text_cache(65536)
def _may_be_known_en(cand: str) -> bool:
    """Test before a look-up: can every word of `cand` belong to a known English name, and is it a
    key the gazetteer or the built-in list is looked up by (see `_en_keys_known`)?"""
    if not cand.isascii():
        return True  # accents and other scripts: leave it to the look-up
    vocab = _en_name_vocab()
    toks = _ASCII_WORD.findall(cand.lower())
    return bool(toks) and all(t in vocab for t in toks) and _en_keys_known(cand)


def _en_keys_known(text: str) -> bool:
    """Can `_resolve_uncached` find ASCII `text`? Only by the gazetteer key of the stripped text, by
    the built-in list's key, or so without a generic tail ("... news agency"): the look-ups it
    makes, without building what they find."""
    stripped = text.strip()
    if stripped and _gazetteer_index().get(_name_key(stripped)):
        return True
    if lookup_known(text) is not None:
        return True
    shorter = _GENERIC_TAIL.sub("", text)
    return shorter != text and bool(shorter) and _en_keys_known(shorter)


@cache
def _gazetteer_index() -> dict[str, list[str]]:
    """The gazetteer's index (name key -> record ids), loaded once."""
    from marsad.names.gazetteer import gazetteer

    return gazetteer().index


def _name_key(text: str) -> str:
    """The names package's key of `text` (imported on first use)."""
    from marsad.names.normalize import name_key

    return name_key(text)


def _ar_keys_known(toks: list[str], first: str) -> bool:
    """Is one of the keys `resolve` looks Arabic text up by a key of the gazetteer? `toks` are the
    text's `ar_tokens`, `first` its first word folded (see `names.resolve.key_variants_of`)."""
    index = _gazetteer_index()
    return any(index.get(k) for k in key_variants_of(toks, first))


@text_cache(65536)
def _may_be_known_ar(cand: str) -> bool:
    """Test before an exact look-up of Arabic text: can the gazetteer or the built-in list know it?

    The gazetteer is looked up by the text's key ("ar_tokens" joined), or with a clitic and an
    article (at most four letters) off its first word: every other word must be a word of a key,
    and every two words next to each other (the first also in those shorter forms) next to each
    other in a key (cheap tests first), and then one of those keys must be a key of the index."""
    vocab = key_words()
    ar_letters, ar_tokens, fold_arabic = _ar_normalizers()
    if _ASCII_LETTER.search(cand) is None:  # (every generic tail has an ASCII letter no other letter folds to)
        if ar_letters.search(cand) is None:
            return True  # what `is_arabic` says of text without Latin letters, without counting them
    else:
        from marsad.names.normalize import is_arabic

        if not is_arabic(cand) or _GENERIC_TAIL.search(cand):
            return True
    toks = ar_tokens(cand)
    if toks and all(t in vocab for t in toks[1:]):
        first = fold_arabic(cand.split(None, 1)[0])
        heads = [x for x in (toks[0], *(first[k:] for k in range(1, 5))) if x in vocab]
        if heads and _pairs_known(heads, toks) and _ar_keys_known(toks, first):
            return True
    return _may_be_known_source(cand) and lookup_known(cand) is not None


def _pairs_known(heads: list[str], toks: list[str]) -> bool:
    """Can a key be `toks` with one of `heads` for its first word (every two words next to each
    other in a key)?"""
    if len(toks) < 2:
        return True
    pairs = key_pairs()
    return any((h, toks[1]) in pairs for h in heads) and all(p in pairs for p in zip(toks[1:], toks[2:], strict=False))


@cache
def _known_key_suffixes() -> frozenset[str]:
    """Every ending of every key of the built-in list of sources (see `_may_be_known_source`)."""
    return frozenset(k[i:] for k in known_sources()[0] for i in range(len(k) + 1))


def _may_be_known_source(cand: str) -> bool:
    """Can `lookup_known(cand)` find a source? Its key ends with its last word's key (words are
    normalised one by one, whitespace never joins them), so that must end a known key."""
    words = cand.rsplit(None, 1)  # (the last word is all it reads)
    last = words[-1] if words else ""
    if not last or unicodedata.combining(last[0]):
        return True  # (a mark opening a word could join the one before it)
    return norm_key(last) in _known_key_suffixes()


_PLACE_LEAD_AR = re.compile(
    r"^(?:(?:ريف|محافظة|ولاية|إقليم|اقليم|مدينة|بلدة|قرية|مخيم|حي|منطقة|ناحية|قضاء|مديرية|شمال|جنوب|شرق|غرب|وسط|شمالي|جنوبي|شرقي|غربي)\s+)+"
)
_PLACE_TAIL_AR = re.compile(
    r"(?:\s+(?:الجنوبي|الشمالي|الشرقي|الغربي|الأوسط|الجنوبية|الشمالية|الشرقية|الغربية|الوسطى))+$"
)
_PLACE_LEAD_EN = re.compile(
    r"^(?:(?:north|south|east|west|central|northern|southern|eastern|western|rural|north-?west(?:ern)?|"
    r"north-?east(?:ern)?|south-?west(?:ern)?|south-?east(?:ern)?|downtown|greater|the)\s+)+",
    re.I,
)
_PLACE_TAIL_EN = re.compile(
    r"(?:\s+(?:countryside|province|governorate|region|district|city|camp|town|village|area|strip))+$", re.I
)


def is_place_phrase(text: str, lang: str) -> bool:
    """Does a phrase name a place ("حمص", "ريف إدلب الجنوبي", "Northern Syria", "MOSUL, Iraq")? A place never speaks."""
    t = text.strip(_QUOTES + " ,.،:-–—")
    if not t:
        return False
    if lang == "ar":
        t = _PLACE_TAIL_AR.sub("", _PLACE_LEAD_AR.sub("", t)).strip()
        cands = [t]
    else:
        parts = [p.strip() for p in t.split(",") if p.strip()]  # "MOSUL, Iraq", "Khan Younis, Gaza Strip"
        cands = [_PLACE_TAIL_EN.sub("", _PLACE_LEAD_EN.sub("", p)).strip() for p in parts]
        cands = [c.title() if c.isupper() else c for c in cands]
    if not cands or not all(cands):
        return False
    for c in cands:
        r = _resolve_cached(c, lang, False)
        if r is None or r[2] != "place" or _FACILITY.search(f"{c} {r[0]}"):
            return False
    return True


def _en_unknown_words(words: list[str]) -> list[int]:
    """Per word, for `_may_be_known_en` on runs of words: 1 when it is ASCII and has a word no known
    name has, 0 when it is ASCII with known words only, -1 without a word, 2 when it is not ASCII."""
    _en_name_vocab()
    return [_en_word_kind(w) for w in words]


@text_cache(65536)
def _en_word_kind(word: str) -> int:
    """A word's kind for `_en_unknown_words` (the names data loaded)."""
    if not word.isascii():
        return 2
    toks = _ASCII_WORD.findall(word.lower())
    vocab = _en_name_vocab()
    return -1 if not toks else 0 if all(t in vocab for t in toks) else 1


def _en_runs_worth_looking_up(unknown: list[int], longest: int, shortest: int) -> list[tuple[int, int]]:
    """The runs (i, j), longest first, then from the left, for which `_may_be_known_run` holds
    (read from where the next word of each kind is, not from slices)."""
    size = len(unknown)
    nxt = {k: [size] * (size + 1) for k in (0, 1, 2)}  # from each word on, the next word of each kind
    for k in range(size - 1, -1, -1):
        for kind, at in nxt.items():
            at[k] = k if unknown[k] == kind else at[k + 1]
    zero, one, two = nxt[0], nxt[1], nxt[2]
    return [
        (i, i + n)
        for n in range(longest, shortest - 1, -1)
        for i in range(0, size - n + 1)
        if two[i] < i + n or (one[i] >= i + n and zero[i] < i + n)
    ]


def _may_be_known_run(unknown: list[int], i: int, j: int) -> bool:
    """`_may_be_known_en` of words[i:j] joined, from `_en_unknown_words` (ASCII words split into the same tokens)."""
    run = unknown[i:j]
    return 2 in run or (1 not in run and 0 in run)


_AR_RUN_STRIP = _QUOTES + " ,.،()"  # what `find_known_inside` strips off a run's ends
# a word of the Arabic block, ASCII digits and punctuation, no Latin letter: such words' keys are
# their own (whitespace joins nothing under NFKC), and no English generic tail can match them
_AR_SAFE_WORD = re.compile(r"[\u0600-\u06FF\x21-\x40\x5B-\x60\x7B-\x7E«»“”‘’„]+")

_WordFlags = tuple[bool, bool, bool, bool, bool, bool, bool, str, str, bool]

# a word's flags (see `_ar_word_flags`), and those of a word to be looked up whole
_AR_UNSAFE: _WordFlags = (False, True, True, True, True, True, True, "", "", True)


@text_cache(65536)
def _ar_word_flags(word: str) -> _WordFlags:
    """A word's part in `_may_be_known_ar` of the runs of words it is in.

    (safe, arabic, inner, first alone, first of several, last alone, last of several, first
    token, last token, paired): a safe word has Arabic-block letters, digits and punctuation
    only and at least one token (see `_AR_SAFE_WORD`); arabic: it has an Arabic letter; inner:
    all its tokens are words of a gazetteer key; first: it may open a key (also with a clitic
    and an article off); last: it may end a key of the built-in list of sources; paired: every
    two of its tokens are next to each other in a key. "Alone": the run is this word only
    (stripped at both ends), else it is stripped at the run's end only."""
    if not _AR_SAFE_WORD.fullmatch(word):
        return _AR_UNSAFE
    vocab = key_words()
    ar_letters, ar_tokens, fold_arabic = _ar_normalizers()
    toks = ar_tokens(word)
    alone = word.strip(_AR_RUN_STRIP)
    if not toks or not alone:
        return _AR_UNSAFE
    first_known = toks[0] in vocab
    if len(toks) == 1:  # (most words: no other token, no pair)
        rest_known = paired = True
        inner = first_known
    else:
        rest_known = all(t in vocab for t in toks[1:])
        inner = first_known and rest_known
        pairs = key_pairs()
        paired = all(p in pairs for p in zip(toks, toks[1:], strict=False))

    def opens(first_word: str) -> bool:
        if not rest_known:
            return False
        if first_known:
            return True
        folded = fold_arabic(first_word)
        return any(folded[k:] in vocab for k in range(1, 5))

    def ends(last_word: str) -> bool:
        return bool(unicodedata.combining(last_word[0])) or norm_key(last_word) in _known_key_suffixes()

    if alone == word:  # (most words: nothing to strip at either end)
        lead = tail = word
    else:
        lead, tail = word.lstrip(_AR_RUN_STRIP), word.rstrip(_AR_RUN_STRIP)
    opens_alone, ends_alone = opens(alone), ends(alone)
    return (
        True,
        ar_letters.search(word) is not None,
        inner,
        opens_alone,
        opens_alone if lead == alone else opens(lead),
        ends_alone,
        ends_alone if tail == alone else ends(tail),
        toks[0],
        toks[-1],
        paired,
    )


@cache
def _ar_normalizers() -> tuple[Any, Any, Any]:
    """The names package's Arabic letter pattern, tokeniser and fold (imported once)."""
    from marsad.names.normalize import AR_LETTERS, ar_tokens, fold_arabic

    return AR_LETTERS, ar_tokens, fold_arabic


def _ar_runs_worth_looking_up(flags: list[_WordFlags], longest: int, shortest: int) -> list[tuple[int, int]]:
    """The runs (i, j) of words, longest first, then from the left, whose `_may_be_known_ar` the
    words' flags cannot rule out (a key of the built-in list is left to the look-up; the first
    word's pairs are left to it too, as its shorter forms may make them)."""
    size = len(flags)
    unsafe, arabic, not_inner = [size] * (size + 1), [size] * (size + 1), [size] * (size + 1)
    unpaired, unjoined = [size] * (size + 1), [size] * (size + 1)
    pairs = key_pairs() if size > 2 else frozenset()
    for k in range(size - 1, -1, -1):  # the next word from k on that is unsafe / Arabic / not inner
        f = flags[k]
        unsafe[k] = k if not f[0] else unsafe[k + 1]
        arabic[k] = k if f[1] else arabic[k + 1]
        not_inner[k] = k if not f[2] else not_inner[k + 1]
        unpaired[k] = k if not f[9] else unpaired[k + 1]  # ... whose own tokens are not all pairs
        # ... whose last token and the next word's first are no pair
        joined = k + 1 >= size or (f[8], flags[k + 1][7]) in pairs
        unjoined[k] = k if not joined else unjoined[k + 1]
    out: list[tuple[int, int]] = []
    for n in range(longest, shortest - 1, -1):  # (each length's runs in one comprehension)
        if n == 1:
            out += [(i, i + 1) for i, f in enumerate(flags) if not f[0] or not f[1] or f[5] or f[3]]
            continue
        out += [
            (i, i + n)
            for i in range(0, size - n + 1)
            if unsafe[i] < i + n
            or arabic[i] >= i + n
            or flags[i + n - 1][6]
            or (
                flags[i][4]
                and not_inner[i + 1] >= i + n
                and unpaired[i + 1] >= i + n
                and unjoined[i + 1] >= i + n - 1
            )
        ]
    return out


def ar_words_may_be_known(words: list[str]) -> bool:
    """False only when `resolve_name` of the words joined surely finds nothing (their flags rule
    the run out, and no mark or punctuation at its ends changes what is looked up)."""
    if not words or words[0][:1] in _AR_RUN_STRIP or words[-1][-1:] in _AR_RUN_STRIP:
        return True
    flags = [_ar_word_flags(w) for w in words]
    return bool(_ar_runs_worth_looking_up(flags, len(flags), len(flags)))


_KnownInside = tuple[int, int, tuple[str, list[str], str]] | None


@text_cache(1)
def _known_inside_cache() -> dict[tuple[tuple[str, ...], str, int], _KnownInside]:
    """`find_known_inside` results by words, language and shortest run (emptied with the text caches)."""
    return {}


def find_known_inside(words: list[str], lang: str, min_words: int = 1) -> _KnownInside:
    """The longest run of `words` naming a known body (not a place or person): (i, j, resolved).

    Runs are tried longest first, then from the left, each on its own words only: a prefix of
    `words` finds the same run when that run lies inside it (every run tried before it there was
    tried before it here), or nothing when `words` found nothing. Such prefixes are remembered
    too (speaker searches try a phrase's prefixes one after another)."""
    cache = _known_inside_cache()
    key = tuple(words)
    if (key, lang, min_words) in cache:
        found = cache[key, lang, min_words]
    else:
        found = _find_known_inside(words, lang, min_words)
        if len(cache) > 50000:
            cache.clear()
        for n in range(len(key), 0, -1):
            if found is not None and found[1] > n:
                break
            cache.setdefault((key[:n], lang, min_words), found)
    return None if found is None else (found[0], found[1], (found[2][0], list(found[2][1]), found[2][2]))


def _find_known_inside(words: list[str], lang: str, min_words: int) -> _KnownInside:
    longest = min(len(words), 8)
    # (what `resolve_name` would find out word by word)
    flags: list[_WordFlags] = []
    if lang == "ar":
        flags = [_ar_word_flags(w) for w in words]
        runs = _ar_runs_worth_looking_up(flags, longest, min_words)
    elif lang == "en":
        runs = _en_runs_worth_looking_up(_en_unknown_words(words), longest, min_words)
    else:
        runs = [(i, i + n) for n in range(longest, min_words - 1, -1) for i in range(0, len(words) - n + 1)]
    word_toks = [_en_word_tokens(w) for w in words] if lang == "en" and runs else []
    for i, j in runs:
        cand = " ".join(words[i:j]).strip(_QUOTES + " ,.،()")
        if not cand or (lang == "en" and j - i == 1 and not cand[:1].isupper()):
            continue
        if lang == "en" and cand.lower() in ("the", "a", "us", "u.s.", "american"):
            continue
        if lang == "en" and cand.isascii() and not _en_run_may_resolve(cand, word_toks[i:j]):
            continue  # (no key of it is a key: the look-up would find nothing)
        if lang == "ar" and not _ar_run_may_resolve(cand, words[i:j], flags[i:j]):
            continue
        r = resolve_name(cand, lang, fuzzy=False)
        if r and r[2] not in ("place", "person"):
            if lang == "en" and " " in cand and _spaced_abbreviation(cand, r):
                continue  # "In a statement": "In a" is no spelling of the abbreviation INA
            return i, j, r
    return None


def _spaced_abbreviation(cand: str, r: tuple[str, list[str], str]) -> bool:
    """Does a run of several words match only as an abbreviation written without spaces ("In a" ~ INA)?"""
    key = norm_key(cand)
    names = [r[0], *r[1]]
    return not any(norm_key(n) == key and " " in n for n in names) and any(
        norm_key(n) == key and n.isupper() for n in names
    )


@text_cache(65536)
def _en_word_tokens(word: str) -> tuple[str, ...]:
    """A word's tokens as `lat_tokens` splits a text into them, before it drops "the" and "al"
    (white space joins nothing: a text's tokens are its words' tokens one after another)."""
    from marsad.names.normalize import _LAT_ARTICLE, _NON_WORD, fold_latin

    folded = fold_latin(word)
    if "-" in folded:
        folded = _LAT_ARTICLE.sub("", folded)
    return tuple(t for t in _NON_WORD.split(folded) if t)


def _en_run_may_resolve(cand: str, word_toks: list[tuple[str, ...]]) -> bool:
    """Can `resolve_name` find the ASCII run `cand` of words with these tokens? Only by its
    gazetteer key (`name_key`: the tokens without "the" and a leading "al"), by the built-in
    list, or without a generic tail (left to the look-up)."""
    toks = [t for wt in word_toks for t in wt]
    if len(toks) > 1:
        toks = [t for t in toks if t != "the"] or toks
    key = " ".join(t for k, t in enumerate(toks) if not (t in ("al", "el") and k + 1 < len(toks)))
    if _gazetteer_index().get(key):
        return True
    if _may_be_known_source(cand) and lookup_known(cand) is not None:
        return True
    return _GENERIC_TAIL.search(cand) is not None


@text_cache(65536)
def _ar_word_tokens(word: str) -> tuple[str, ...]:
    """A word's `ar_tokens` (a text of safe words has its words' tokens one after another)."""
    return tuple(_ar_normalizers()[1](word))


def _ar_run_may_resolve(cand: str, words: list[str], flags: list[_WordFlags]) -> bool:
    """Can `resolve_name` find `cand`, the run `words` stripped at its ends? For safe words with
    an Arabic letter (see `_ar_word_flags`), only by a gazetteer key of its tokens (also with a
    clitic off its first word) or by the built-in list; other runs are left to the look-up."""
    if not all(f[0] for f in flags) or not any(f[1] for f in flags):
        return True
    first = words[0].strip(_AR_RUN_STRIP) if len(words) == 1 else words[0].lstrip(_AR_RUN_STRIP)
    if not first or not words[-1].rstrip(_AR_RUN_STRIP):
        return True  # (the strip reached into the next word)
    toks = [t for w in words for t in _ar_word_tokens(w)]
    if toks and _ar_keys_known(toks, _ar_normalizers()[2](first)):
        return True
    return _may_be_known_source(cand) and lookup_known(cand) is not None


def _is_outlet(text: str, ctx: LinkContext) -> bool:
    if ctx.outlet is None:
        return False
    keys = {norm_key(n) for n in ctx.outlet.names()}
    t = re.sub(r"^(?:قناة|وكالة|صحيفة|موقع|شبكة|تلفزيون)\s+", "", text.strip(_QUOTES + " ,.،"))
    return norm_key(text) in keys or norm_key(t) in keys


def _is_outlet_word(text: str, ctx: LinkContext) -> bool:
    """A bare generic noun naming the outlet itself ("المرصد" in a monitor's bulletin, "the Observatory")."""
    if ctx.outlet is None:
        return False
    t = re.sub(r"^(?:the\s+|ال)", "", text.strip(_QUOTES + " ,.،"), flags=re.I)
    if not t or len(t.split()) != 1:
        return False
    key = norm_key(t)
    for name in ctx.outlet.names():
        if any(norm_key(re.sub(r"^ال", "", w)) == key for w in name.split()):
            return True
    return False




def _dedupe(names: list[str], first: str) -> list[str]:
    out, keys = [], {norm_key(first)}
    for n in names:
        n = " ".join(n.split()).strip(_QUOTES + " ,.;:،")  # (white space runs as one space)
        k = norm_key(n)
        if n and k and k not in keys:
            keys.add(k)
            out.append(n)
    return out


# "بالمحافظة"، "في المديرية": a place word referring back to the place named before, closing a body's name
_AR_HERE_PLACE = re.compile(
    r"\s+(?:ب|في\s+)ال(?:محافظة|مديرية|ولاية|مدينة|منطقة|إقليم|اقليم|قطاع|بلدة|قضاء|ناحية)$"
)


def _link(
    name: str, aliases: list[str], kind: str, rule: str, span: Span | None, person: str | None = None
) -> SourceLink:
    fields = {
        "name": name,
        "aliases": _dedupe(aliases, name),
        "kind": kind,
        "person": person,
        "entity": None,
        "span": span,
        "rule": rule,
    }
    return trusted(SourceLink, fields)  # (every value already of its field's type)


# ---------------------------------------------------------------- English


@cache
def _en_determiners() -> tuple[tuple[str, ...], frozenset[str]]:
    """The leading words dropped from a speaker, each with a space after it, and their first words."""
    dets = lang_data("en").get("speaker", {}).get("determiners", [])
    return tuple(d + " " for d in dets), frozenset(d.split(" ")[0] for d in dets)


_EN_CLEAN_TAIL = re.compile(r"\s+(?:there|here|themselves|himself|herself|itself|too|as well)$", re.I)
# the last words of `_EN_CLEAN_TAIL`, the first words of `_EN_LEAD` and `_EN_LEAD_THE` and the last
# words of `_EN_TIME_TAIL` (besides "...day"): each pattern is tried only where such a word is
_EN_CLEAN_TAIL_WORDS = frozenset(["there", "here", "themselves", "himself", "herself", "itself", "too", "well", None])
_EN_LEAD_WORDS = frozenset(["at", "meanwhile", "in", "however", "for", "on", None])
_EN_LEAD_THE_WORDS = _EN_LEAD_WORDS | {"also", "later", "earlier"}
_EN_TIME_WORDS = frozenset(["week", "night", "month", "morning", "evening", "afternoon", "tonight"])


def _edge_word(text: str, at: int) -> str | None:
    """The first (`at` 0) or last (-1) word of `text` lower-cased, without a comma after it; None
    when it is not ASCII (re.I folds a few other letters into ASCII ones)."""
    words = text.split(None, 1) if at == 0 else text.rsplit(None, 1)
    word = words[at] if words else ""
    return word.lower().rstrip(",") if word.isascii() else None


@text_cache(16384)
def _en_clean(text: str) -> str:
    t = text.strip(_QUOTES + " ,.;:—–-")
    t = _one_space(t)
    dets, firsts = _en_determiners()
    changed = True
    while changed and t:
        changed = False
        low = t.lower()
        if low.split(" ", 1)[0] not in firsts:
            break  # no determiner can start it
        for d in dets:
            if low.startswith(d):
                t = t[len(d) :]
                low = t.lower()
                changed = True
    if _edge_word(t, -1) in _EN_CLEAN_TAIL_WORDS:
        t = _EN_CLEAN_TAIL.sub("", t)  # "doctors there"
    return t.strip(_QUOTES + " ,.")


_EN_WORDLIKE = re.compile(r"[‘’']?[^\W\d_][\w\-’'‘]*\.?")


def _name_token(w: str) -> bool:
    """A token of a person's name: capitalised, also in a romanisation ("Ṣāliḥ", "‘Abd")."""
    return bool(_EN_NAME_TOKEN.match(w)) or (
        w.lstrip("‘’'")[:1].isupper() and bool(_EN_WORDLIKE.fullmatch(w))
    )


def _en_person_tail(words: list[str]) -> tuple[list[str], list[str]]:
    """Split words into (head, trailing person name of capitalised tokens)."""
    i = len(words)
    while i > 0 and _name_token(words[i - 1]):
        i -= 1
    return words[:i], words[i:]


def _en_outlet_link(text: str, ctx: LinkContext) -> SourceLink | None:
    if not text or text.lower() in ("our", "the", "its", "a", "this", "their", "his", "her"):
        return ctx.outlet
    r = resolve_name(_strip_media_words(text), "en") or resolve_name(text, "en")
    if r:
        return _link(r[0], [text, *r[1]], r[2], "outlet", None)
    return _link(_en_clean(text), [text], "outlet", "outlet", None)


def _strip_media_words(text: str) -> str:
    t = re.sub(r"^[A-Z][\w\-]*(?:'s|’s)\s+", "", text.strip())
    t = re.sub(
        r"\s+(?:news agency|agency|channel|television|tv|newspaper|daily|radio|website|network)$",
        "",
        t,
        flags=re.I,
    )
    return t.strip()


_AR_LETTER = re.compile(r"[\u0600-\u06ff]")


def _correspondent(
    outlet: SourceLink | None, surface: str, outlet_text: str, lang: str, span: Span | None
) -> SourceLink:
    names = outlet.names() if outlet else ([outlet_text] if outlet_text else [])
    base = outlet.name if outlet else (outlet_text or "")
    # real names only: the phrase as seen, the outlet's own names, "<Outlet> correspondent" in Latin script
    aliases = [re.sub(r"\s+", " ", surface), *names]
    aliases += [f"{n} correspondent" for n in names if not _AR_LETTER.search(n)]
    if base and _AR_LETTER.search(base):  # an outlet known only by its Arabic name: no mixed-script name
        name = next((a for a in aliases if base in a and a != base), f"مراسل {base}")
    else:
        name = f"{base} correspondent".strip() if base else "correspondent"
    return _link(name, aliases, "correspondent", f"{lang}.correspondent", span)


_EN_TIME_TAIL = re.compile(
    r",?\s+(?:(?:late|early)\s+)?(?:on|last|this)\s+(?:\w+day|week|night|month)(?:\s+(?:night|morning|evening|afternoon))?$"
    r"|,?\s+(?:yesterday|today|tonight)$",
    re.I,
)


_EN_LEAD = re.compile(
    r"^(?:at the same time|meanwhile|in addition|however|in turn|for (?:its|his|her|their) part"
    r"|on (?:its|his|her|their) (?:part|behalf|side))\s*,?\s+",
    re.I,
)


@dataclass(frozen=True)
class _EnTitles:
    """English titles and roles (lang/en/sources.toml [titles]) with what en_link matches them by."""

    spokes: list[str]  # lower-cased spokesperson roles
    person: list[str]  # lower-cased person titles
    spokes_set: frozenset[str]
    person_set: frozenset[str]
    longest_first: list[str]  # titles and roles, longest first
    by_first_word: dict[str, list[str]]  # the same, by their first word (up to a space)
    escaped: dict[str, str]  # each title and role as a regex
    correspondent: re.Pattern[str]  # "<outlet>'s correspondent (in <place>)", "reporter for <outlet>"
    correspondent_words: tuple[str, ...]  # the last word of each correspondent noun, lower-cased (what it needs)


def _by_first_word(phrases: list[str]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for p in phrases:
        out.setdefault(p.split(" ", 1)[0], []).append(p)
    return out


@cache
def _en_titles() -> _EnTitles:
    titles = lang_data("en").get("titles", {})
    spokes = [s.lower() for s in titles.get("spokes", [])]
    person = [s.lower() for s in titles.get("person", [])]
    longest = sorted(person + spokes, key=len, reverse=True)
    corr = titles.get("correspondent", ["correspondent"])
    return _EnTitles(
        spokes=spokes,
        person=person,
        spokes_set=frozenset(spokes),
        person_set=frozenset(person),
        longest_first=longest,
        by_first_word=_by_first_word(longest),
        escaped={tw: re.escape(tw) for tw in longest},
        correspondent=re.compile(
            rf"^(?:(?P<o1>.+?)(?:'s|’s|(?<=s)'|(?<=s)’)?\s+)?(?:{en_alternation(corr)})(?:\s+(?:of|for|with|from)\s+(?P<o2>.+?))?"
            r"(?:\s+(?:(?:based|stationed)\s+)?in\s+[A-Z][^,]{1,40})?$",  # "Rudaw's reporter in Sinjar"
            re.I,
        ),
        correspondent_words=tuple(sorted({c.lower().split()[-1] for c in corr})),
    )


# what `en_link` strips off or reads a phrase by (each tested only when the phrase holds the
# letters it needs)
_EN_VIA_TAIL = re.compile(r"\s+(?:via|through)\s+.*$")
_EN_PASSIVE_BY = re.compile(
    r"^(?:what\s+)?(?:was|were|has\s+been|have\s+been|had\s+been)\s+"
    r"(?:documented|recorded|reported|counted|registered|confirmed|verified|monitored|compiled)\s+by\s+",
    re.I,
)
_EN_FIGURE_BY = re.compile(
    r"^(?:an?\s+|the\s+)?(?:initial\s+|first\s+|preliminary\s+|earlier\s+|new\s+|latest\s+)?"
    r"(?:toll|figure|count|tally|report|statement|estimate|data|figures)s?\s+"
    r"(?:announced|issued|released|published|given|compiled|provided|put out)\s+by\s+",
    re.I,
)
_EN_LEAD_THE = re.compile(
    r"^(?:at the same time|meanwhile|in addition|also|however|later|earlier|in turn|for (?:its|his|her|their) part"
    r"|on (?:its|his|her|their) (?:part|behalf|side))\s*,?\s+(?:the\s+)?",
    re.I,
)
_EN_DATELINE = re.compile(r"^(.{2,30}?)\s*/\s+(\S.*)$")
_EN_PAIR = re.compile(r"^(.{2,40}?)\s+and\s+(.{2,40})$")
_OF_FOR = re.compile(r"\b(?:of|for)\b")
_EN_KNOWN_AS = re.compile(
    r"\s*(?:known as|named|identified as|who gave his name as|who gave her name as)\s+(.+)$"
)
_EN_REACHED_BY = re.compile(r"\s+(?:reached|contacted|interviewed|speaking|quoted|cited)\s+by\s+.*$")
_EN_OUTLET_REPORTER = re.compile(
    r"^(.{2,40}?)(?:'s|’s|(?<=s)'|(?<=s)’)\s+([A-Z][\w\-]+(?:\s+[A-Z][\w\-]+){1,2})$"
)
_EN_PARENTHETICAL = re.compile(r"^(.+?)\s*\((.+?)\)$")
# what `_EN_CAPITALISED_TAIL` ends with (a capitalised last word): without it, no match
# "the Counter-Terrorism Directorate of the Kurdistan Region": a capitalised body's name, then its place
_EN_BODY_OF_PLACE = re.compile(
    r"^(?:[Tt]he\s+)?((?:[A-Z][\w\-’']*\s+(?:(?:and|for)\s+)?){1,4})of\s+(?:the\s+)?([A-Z][\w\-’']*(?:\s+[A-Z][\w\-’']*){0,3})$"
)


def _en_body_of_place(t: str) -> tuple[str, str] | None:
    """(name, body without its place) for "<the> <Body> of <the> <Place>" when the body ends in an
    organisation word and has two words or more ("Counter-Terrorism Directorate of the Kurdistan Region")."""
    m = _EN_BODY_OF_PLACE.match(t)
    if m is None:
        return None
    body = m.group(1).strip()
    if len(body.split()) < 2 or not _ORG_WORDS.search(body) or not is_place_phrase(m.group(2), "en"):
        return None
    return re.sub(r"^[Tt]he\s+", "", t), body


_EN_CAPITALISED_LAST = re.compile(r"[A-Z][\w\-’']*$")
_EN_CAPITALISED_TAIL = re.compile(r"((?:[A-Z][\w\-’']*\s+(?:(?:of|for|the|and|on)\s+)*)*[A-Z][\w\-’']*)$")
_ORG_WORD_IN = re.compile(_ORG_WORDS.pattern.removesuffix("$") + r"\b")
_EN_PLACE_POSSESSIVE = re.compile(r"^([A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?)(?:'s|’s)\s+([A-Z].+)$")
_EN_AGE_ADJ = re.compile(r"^(?:an?\s+|the\s+)?\d{1,3}-year-old\s+", re.I)
_EN_QUALIFIER_TAIL = re.compile(r"\s+(?:in|from|at|on|of|with|close to|familiar with|near)\s+.*$")


def en_link(text: str, ctx: LinkContext, span: Span | None = None) -> SourceLink | None:
    """The link an English speaker phrase names, or None when it names no one."""
    data = lang_data("en")
    raw = text.strip()
    last = _edge_word(raw, -1)
    if last is None or last.endswith("day") or last in _EN_TIME_WORDS:
        raw = _EN_TIME_TAIL.sub("", raw)  # "X, on Sunday": no date in a name
    if _edge_word(raw, 0) in _EN_LEAD_WORDS:
        raw = _EN_LEAD.sub("", raw) or raw  # "On his part, the spokesman ...": the lead is no name
    t = _en_clean(raw)
    if "via" in t or "through" in t:
        t = _EN_VIA_TAIL.sub("", t)
    if " by " in t.lower():
        t = _EN_FIGURE_BY.sub("", t)
        t = _EN_PASSIVE_BY.sub("", t)  # "according to what was documented by X": X (round 16)
    if _edge_word(t, 0) in _EN_LEAD_THE_WORDS:
        t = _EN_LEAD_THE.sub("", t)
    if not t or len(t.split()) > 14:
        return None
    # "Shafaq News/ A police source in Diyala": the outlet's own dateline is no part of the speaker
    dm = _EN_DATELINE.match(t) if "/" in t else None
    if dm and (
        _is_outlet(dm.group(1), ctx)
        or (resolve_name(dm.group(1), "en") or ("", [], ""))[2] in ("outlet", "agency")
    ):
        return en_link(dm.group(2), ctx, span)
    if _is_outlet(t, ctx) or _is_outlet_word(raw, ctx):
        return ctx.outlet
    if ctx.outlet is not None and raw[:4].lower() == "our " and not re.search(r"correspondent|reporter|sources?\b", t, re.I):
        return ctx.outlet  # "Our monitors in the city documented ...": the outlet's own people, its own voice
    if ("of the " in t or "'s " in t or "’s " in t) and _own_unit(t, "en", ctx):
        return ctx.outlet  # "the ambulance teams of the Centre" in the centre's own bulletin (round 16)
    low = t.lower()
    anaphors = data.get("speaker", {}).get("anaphors", [])
    if low in anaphors or _one_space(raw.lower().strip(" ,.")) in anaphors:
        return None
    # appositive "X, Y" (a person and their role, or a body and its description)
    if "," in t:
        parts = [p.strip() for p in t.split(",") if p.strip()]
        if (
            len(parts) == 2
            and re.match(r"^(?:an?|one)\s", parts[0], re.I)
            and any(w[:1].isupper() for w in parts[1].split()[1:] or parts[1].split())
        ):
            # "an activist group, the Sudan Doctors Network": the name, not the description
            named = en_link(parts[1], ctx, span)
            if named is not None:
                return named.model_copy(
                    update={"aliases": _dedupe([*named.aliases, raw, parts[0]], named.name)}
                )
        first = resolve_name(_en_clean(parts[0]), "en") if parts else None
        if first and first[2] == "place" and not _FACILITY.search(parts[0]):
            return None  # "MOSUL, Iraq": a dateline, never a speaker
        named = (
            resolve_name(_en_clean(parts[1]), "en")
            if len(parts) == 2 and not (first and first[2] == "person") and re.search(r"\s[a-z]", parts[0])
            else None
        )
        if named and named[2] not in ("place", "person") and (first is None or named[0] != first[0]):
            # "Hamas's armed wing, the Qassam Brigades", "the UN mission in Libya, UNSMIL": the name it goes by
            return _link(
                named[0], [raw, parts[1], *named[1], parts[0]], named[2] if named[2] in ("agency", "outlet") else "org",
                "en.known.appos", span,
            )
        if first and first[2] != "person":
            return _link(
                first[0],
                [raw, parts[0], *first[1]],
                first[2] if first[2] in ("agency", "outlet") else "org",
                "en.known",
                span,
            )
        links = [lk for lk in (en_link(p, ctx, None) for p in parts[:3]) if lk is not None]
        persons = [lk for lk in links if lk.kind in ("person", "spokesperson") and lk.rule != "en.name.place"]
        if persons:
            best = persons[-1] if len(persons) > 1 and persons[0].rule == "en.person.role" else persons[0]
            others = [
                n
                for lk in links
                if lk is not best
                for n in lk.names()
                if len(n.split()) > 1 or lk.kind != "anonymous"
            ]  # not a bare "director"
            for lk in links:
                if lk.rule == "en.person.role":
                    # "UNICEF's representative in Sudan, Ingrid X": the body she speaks for, one link (SCHEMA)
                    rw = [re.sub(r"(?:'s|’s)$", "", w) for w in lk.name.split()]
                    found = find_known_inside(rw, "en")
                    if found and found[2][2] != "place":
                        others += [found[2][0], *found[2][1]]
            return _link(
                best.name, [raw, *best.aliases, *others], best.kind, best.rule, span, person=best.person
            )
        if links:
            return links[0].model_copy(update={"span": span})
    # "rescuers and a war monitor": one link that answers to either speaker
    am = _EN_PAIR.match(t) if "and" in t else None
    if am and _en_proper_org(t):
        am = None  # "the Federal Border Security Directorate (FBSD)": one name
    if am and not _en_anonymous(t) and not _OF_FOR.search(am.group(1)):
        first, second = en_link(am.group(1), ctx, None), en_link(am.group(2), ctx, None)
        if first is not None and second is not None:
            return _link(
                first.name, [raw, *first.aliases, *second.names()], first.kind, first.rule, span, first.person
            )
    # "known as X"
    m = _EN_KNOWN_AS.search(t) if "as" in t or "named" in t else None
    if m:
        person = m.group(1).split(",")[0].strip(" ,")  # "known as Rashid, on Sunday": the name only
        head = t[: m.start()].strip(" ,")
        raw = raw[: raw.find(person) + len(person)] if person in raw else raw
        hl = en_link(head, ctx, None) if head else None
        aliases = [raw, person, head] + (hl.names() if hl else [])
        return _link(person, aliases, "person", "en.person.known_as", span, person=person)
    # "residents who spoke to X": X relays them (handled by the chain parser); keep the speaker
    if "by" in t:
        t = _EN_REACHED_BY.sub("", t)
    # "Al Jazeera's Hani Mahmoud": an outlet's reporter
    pm = _EN_OUTLET_REPORTER.match(t) if "'" in t or "’" in t else None
    if pm:
        ro = resolve_name(pm.group(1), "en")
        if ro is None and re.search(
            r"\b(?:News|TV|Television|Radio|Channel|Press|Times|Post|Network|Agency|Broadcasting)$",
            pm.group(1),
        ):
            ro = (pm.group(1), [], "outlet")  # "Sky News' Omar Saleh": a medium's reporter, known or not
        if ro and ro[2] in ("agency", "outlet"):
            outlet = _link(ro[0], [pm.group(1), *ro[1]], ro[2], "outlet", None)
            corr_link = _correspondent(outlet, raw, pm.group(1), "en", span)
            return corr_link.model_copy(
                update={"person": pm.group(2), "aliases": [*corr_link.aliases, pm.group(2)]}
            )
    # correspondent
    et = _en_titles()
    low = caseless(t)  # (None: letters re.I folds otherwise; the pattern is then tried)
    cm = et.correspondent.match(t) if low is None or any(map(low.__contains__, et.correspondent_words)) else None
    if cm:
        otext = (cm.group("o1") or cm.group("o2") or "").strip()
        # "the correspondent of Al Jazeera in Taiz": the post is no part of the outlet's name
        otext = re.sub(r"\s+(?:(?:based|stationed)\s+)?in\s+[A-Z].*$", "", otext).strip()
        if otext.lower() in (
            "local",
            "field",
            "senior",
            "foreign",
            "the agency",
            "agency",
            "the channel",
            "the newspaper",
        ):
            otext = ""
        outlet = _en_outlet_link(otext, ctx)
        return _correspondent(outlet, raw, otext, "en", span)
    recalled = ctx.recall(t)
    if recalled is None and t[:1] in "MD" and re.match(r"^(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+\S", t):
        recalled = ctx.recall(t.split(None, 1)[1])  # "Mr al-X" (British style, no period): the X met earlier
    if recalled is not None:
        return recalled
    r = resolve_name(t, "en") or resolve_name(_strip_media_words(t), "en")
    if r and r[2] == "place":
        return None
    if r and r[0].startswith("Ministry of") and ("'s " in t or "’s " in t):
        # "Sennar's health ministry": a region's own ministry, not the national one
        pm = re.match(r"^(?:the\s+)?(.+?)(?:'s|’s)\s+(.+)$", t)
        reg = _regional_body(t, pm.group(2), r[0], "en") if pm else None
        if reg is not None:
            rr = resolve_name(reg, "en")
            return _link(reg, [raw, t, *(rr[1] if rr else [])], "org", "en.known.regional", span)
    if r:
        kind = r[2] if r[2] in ("agency", "outlet", "person") else "org"
        return _link(r[0], [raw, t, *r[1]], kind, "en.known", span)
    # parenthetical short name: "the Syrian Arab News Agency (SANA)"
    pm = _EN_PARENTHETICAL.match(t) if ")" in t else None
    if pm:
        inner = resolve_name(pm.group(2), "en") or resolve_name(pm.group(1), "en")
        if inner:
            return _link(inner[0], [raw, pm.group(1), pm.group(2), *inner[1]], inner[2], "en.known", span)
        if _en_proper_org(pm.group(1)) and re.fullmatch(r"[A-Z][A-Za-z.\-]{1,11}", pm.group(2)):
            # an unknown body with its abbreviation: "the Federal Border Security Directorate (FBSD)"
            return _link(pm.group(1), [raw, pm.group(2)], "org", "en.org", span)
    words = t.split()
    # "<role> Dr. <Name>" ("Health Director in Homs Dr. Walid X"): the person, the role as an alias
    rm = _EN_ROLE_TITLED_NAME.match(t) if _EN_ROLE_TITLE_WORD.search(t) else None
    if rm and rm.group(1).strip():
        person = rm.group(2)
        return _link(person, [raw, rm.group(1).strip()], "person", "en.role_name", span, person=person)
    rn = _en_role_then_name(words)
    if rn is not None:
        return _link(rn[1], [raw, rn[0]], "person", "en.role_name", span, person=rn[1])
    # anonymous sources: head noun last ("local sources", "a senior US official", "activists in Idlib")
    anon = _en_anonymous(t)
    if anon is not None:
        label, variants = anon
        seen = [x for x in (raw, t) if len(x.split()) > 1 or x.lower() == label.lower()]
        return _link(label, [*seen, *variants], "anonymous", "en.anonymous", span)
    # a known body inside the phrase ("the Russian Sputnik news agency", "Children's Fund (UNICEF)")
    if not any(w.lower().strip(".,") in et.person_set or w.lower() in et.spokes_set for w in words):
        # "the Libyan Red Crescent's Zawiya branch": a possessive ends the body's name
        pos = [re.sub(r"(?:'s|’s)$", "", w) for w in words] if ("'s" in t or "’s" in t) else words
        found = find_known_inside(pos, "en")
        if found:
            i, j, rk = found
            if j < len(words) and _EN_MEDIA_ARM.fullmatch(" ".join(words[j:])) and rk[2] not in ("agency", "outlet"):
                # "Hezbollah's media office": a body speaking through its own media arm is that body (SCHEMA)
                return _link(rk[0], [raw, t, *rk[1]], "org", "en.known.media_arm", span)
            if j < len(words) and (_EN_BODY_HEAD.search(t) or _EN_NAMED_BODY.match(" ".join(words[i:]))):
                return _link(t, [raw], "org", "en.body", span)  # "the U.N. humanitarian office": a part of it
            seen = [x for x in (raw, t) if len(x.split()) <= j - i + 1]  # not "X in a report it issued"
            reg = _regional_body(t, " ".join(words[i:j]), rk[0], "en")
            if re.fullmatch(r"(?:the\s+)?(?:state|provincial|regional)\s+\S.*", t, re.I) and i <= 2 and j == len(words):
                seen.append(re.sub(r"^the\s+", "", t, flags=re.I))  # "the state health ministry": as written
            if reg is not None:
                rr = resolve_name(reg, "en")
                return _link(reg, [raw, t, *(rr[1] if rr else [])], "org", "en.known.regional", span)
            return _link(
                rk[0],
                [*seen, " ".join(words[i:j]), *rk[1]],
                rk[2] if rk[2] in ("agency", "outlet") else "org",
                "en.known.part",
                span,
            )
    bp = _en_body_of_place(t) if " of " in t else None
    if bp is not None:
        return _link(bp[0], [raw, t, bp[1]], "org", "en.org.of_place", span)
    # person with a title or body: "Pentagon spokesman John Kirby", "President Joe Biden"
    head, person = _en_person_tail(words)
    if person and len(person) <= 3:
        rt = resolve_name(" ".join(person), "en")
        if rt and rt[2] in ("agency", "outlet", "org"):
            return _link(rt[0], [raw, t, " ".join(person), *rt[1]], rt[2], "en.known", span)
    # a capitalised name ending in an organisation word: "Idlib Media Center", "Syrian Institute for Justice"
    om = _EN_CAPITALISED_TAIL.search(t) if _EN_CAPITALISED_LAST.search(t) else None
    if om and _ORG_WORDS.search(om.group(1)) and _name_token(om.group(1).split()[-1]):
        name = om.group(1)
        cm = _EN_PLACE_POSSESSIVE.match(name) if "s " in name else None
        if cm and is_place_phrase(cm.group(1), "en"):
            # "Libya's Ambulance and Emergency Service": the body's own name, the country's possessive an alias
            return _link(cm.group(2), [raw, t, name], "org", "en.org.place_possessive", span)
        return _link(name, [raw, t], "org", "en.org", span)
    if person and head and head[-1].lower() in _PREPS:
        # "ambassador in Baghdad": a place; "ambassador to Iraq Iraj Masjedi": a place, then the person
        person = person[1:] if len(person) >= 3 else []
    # titles inside the capitalised run: "Brigadier General Paul Bontrager", "President Joe Biden"
    changed = True
    while person and changed:
        changed = False
        low_run = " ".join(person).lower()
        for tw in et.by_first_word.get(low_run.split(" ", 1)[0], ()):  # (what can open the run)
            if low_run.startswith(tw + " "):
                n = len(tw.split())
                head, person = head + person[:n], person[n:]
                changed = True
                break
    # a known body glued before the person ("American Defense Department John Kirby")
    if len(person) > 2:
        for cut in range(len(person) - 2, 0, -1):
            rc = resolve_name(" ".join(person[:cut]), "en")
            if rc and rc[2] in ("org", "agency", "outlet"):
                head, person = head + person[:cut], person[cut:]
                break
        else:
            org_at = [k for k, w in enumerate(person[:-1]) if _ORG_WORDS.search(w)]
            if org_at:
                head, person = head + person[: org_at[-1] + 1], person[org_at[-1] + 1 :]
    if person and (head or len(person) >= 2):
        ptxt = " ".join(person)
        head_txt = " ".join(head)
        hl = head_txt.lower()
        body = head_txt
        role = ""
        for tw in filter(hl.__contains__, et.longest_first):  # (the look-up below needs the title in the phrase)
            mm = re.search(rf"(?:^|\s){et.escaped[tw]}(?:\s+(?:of|for|at|in|with|to)(?:\s+the)?)?(?:\s|$)", hl)
            if mm:
                role = tw
                body = (head_txt[: mm.start()] + " " + head_txt[mm.end() :]).strip()
                break
        body = re.sub(r"(?:'s|’s)$", "", _en_clean(body)) if body else ""
        # titles left in the body are no part of its name ("IDF Lt. Col.", "Pentagon Captain")
        bw = body.split()
        while bw and (bw[-1].lower() in et.person_set or bw[-1].lower().rstrip(".") + "." in et.person_set):
            bw.pop()
        body = " ".join(bw)
        if body and not role and len(person) < 2:
            return _link(t, [raw], "org", "en.name", span)
        rb = resolve_name(body, "en") if body else None
        rp = resolve_name(ptxt, "en")
        pname = rp[0] if rp and rp[2] == "person" else ptxt
        aliases = [raw, t, ptxt, *(rp[1] if rp else [])]
        if rb and rb[2] != "place":
            aliases += [body, rb[0], *rb[1]]  # the body a spokesperson speaks for: its real names
        elif rb is None and "spokes" in role and body.lower() in _EN_BODY_NOUNS:
            aliases += _names_of_body_before(body.lower(), ctx)  # "ministry spokesman X": the ministry named before
        elif (
            body
            and all(w[:1].isupper() or w in ("of", "for", "the", "and") for w in body.split())
            and _ORG_WORDS.search(body)
        ):
            aliases.append(body)
        kind = "spokesperson" if ("spokes" in role or "secretary" in role) else "person"
        return _link(pname, aliases, kind, "en.person", span, person=pname)
    if head and not person and len(words) <= 6:
        # "the spokesman of the Nigerian army", "the Nigerian army spokesman": one link, the known body's names
        sk = _en_spokes_body(t, et)
        if sk is not None:
            return _link(sk[0], [raw, t, *sk[1]], "spokesperson", "en.spokesperson", span)
    if head and not person and any(w.lower() in et.person_set for w in head) and len(words) <= 6:
        # a role without a name: "Iran's ambassador in Baghdad", "the police chief"
        short = re.sub(r"\s+(?:in|to|at|for|of)\s+[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*$", "", t)
        return _link(t, [raw, short], "person", "en.person.role", span)
    # a role alone ("a Pentagon spokesman", "the Syrian foreign minister")
    low_t = caseless(t)
    for sw in filter(low_t.__contains__, et.spokes) if low_t is not None else et.spokes:  # (roles in the phrase)
        mm = re.search(rf"\b{et.escaped[sw]}\b(?:\s+(?:of|for)(?:\s+the)?)?\s*(.*)$", t, re.I)
        if mm:
            body = (t[: mm.start()] + " " + mm.group(1)).strip()
            body = re.sub(r"(?:'s|’s)$", "", _en_clean(body))
            rb = resolve_name(body, "en") if body else None
            if rb:
                return _link(rb[0], [raw, t, body, *rb[1]], "spokesperson", "en.spokesperson", span)
            return _link(t, [raw, body], "spokesperson", "en.spokesperson", span)
    rm = _EN_BODY_IN_REGION.match(t) if len(words) <= 8 and " " in t else None
    if rm and _EN_BODY_HEAD.search(rm.group(1)):
        # "the health department in Nineveh province": that province's own body
        place = _sub_national(rm.group(2), "en")
        if place:
            return _link(f"{place} {rm.group(1)}", [raw, t], "org", "en.body.regional", span)
    if len(words) <= 6 and _EN_BODY_HEAD.search(t) and not re.search(r"\b(?:of|for)\s*$", t):
        # a body described by its head noun: "the port authority's media office", "the city's health department"
        return _link(t, [raw], "org", "en.body", span)
    cm = _EN_PLACE_POSSESSIVE.match(t) if "s " in t and len(words) >= 3 else None
    if cm and _ORG_WORD_IN.search(cm.group(2)) and is_place_phrase(cm.group(1), "en"):
        # "Libya's National Center for Disease Control": the body's own name, the country's possessive an alias
        return _link(cm.group(2), [raw, t], "org", "en.org.place_possessive", span)
    if words and (words[0][:1].isupper() or len(words) <= 3):
        kind = "person" if len(words) >= 2 and all(_name_token(w) for w in words) else "org"
        om = _EN_ANY_POSSESSIVE.match(t) if kind == "org" and ("'" in t or "’" in t) else None
        if om and _ORG_WORD_IN.search(om.group(2)) and len(om.group(2).split()) >= 3:
            # "The Philippines' Department of Migrant Workers" (a country marsad does not know): the body's
            # own name is one of its names too
            return _link(t, [raw, om.group(2)], kind, "en.name", span)
        return _link(t, [raw], kind, "en.name", span)
    return None


_EN_ANY_POSSESSIVE = re.compile(r"^([A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?)(?:'s|’s|'|’)\s+([A-Z].+)$")


_EN_MEDIA_ARM = re.compile(r"(?:media|press|information)\s+(?:office|department|centre|center|arm|unit|wing)", re.I)
_EN_REGION_AFTER = re.compile(
    r"^(?:of|in|for)\s+(?:the\s+)?(?:[a-z]+\s+)?((?:[A-Z][\w'\-]*\s+){0,4}?[A-Z][\w'\-]*?)"
    r"(?:\s+(?:[Ss]tate|[Pp]rovince|[Gg]overnorate|[Rr]egion))?(?:'s|’s)?$"
)
# ("The Kassala State Ministry of Health": a capitalised article and "State" are no part of the place)
_EN_REGION_BEFORE = re.compile(
    r"^(?:[Tt]he\s+)?(?:[a-z]+\s+)?((?:[A-Z][\w'\-]*\s+){0,4}?[A-Z][\w'\-]*?)"
    r"(?:\s+(?:[Ss]tate|[Pp]rovince|[Gg]overnorate|[Rr]egion))?(?:'s|’s)?$"
)
_AR_REGION_AFTER = re.compile(r"^(?:في|ب)\s*(?:ولاية|محافظة|إقليم|اقليم)\s+(.+)$|^(?:في|ب|لدى)\s*(ال?حكومة\s+.+)$")


_EN_BODY_IN_REGION = re.compile(
    r"^(?:the\s+)?([a-z][a-z ]{2,40}?)\s+(?:of|in|for)\s+(?:the\s+)?([A-Z][\w'\-]*(?:\s+[A-Z][\w'\-]*){0,3})"
    r"(?:\s+(?:state|province|governorate|region))?$"
)


_AR_HEALTH_DIRECTORATE = re.compile(r"^(?:مديرية|دائرة)\s+(?:صحة|الصحة\s+في|الصحة\s+ب)\s*(?:محافظة\s+)?(\S+(?:\s+\S+)?)$")


# "الناطق باسم الحركة/القوات": the movement or force named before
_AR_GROUP_ANAPHORS = frozenset({"الحركة", "القوات", "الجماعة", "التنظيم", "الفصيل", "المجموعة", "الحزب", "الشبكة", "القيادة"})


@cache
def _ar_own_staff_set() -> frozenset[str]:
    return frozenset(strip_ar(w) for w in lang_data("ar")["speaker"].get("own_staff", []))


def _ar_own_staff(word: str) -> bool:
    """ "طواقمنا"، "فرقنا": a staff noun with the suffix "our"."""
    return strip_ar(word)[:-2] in _ar_own_staff_set()


_AR_OWN_UNIT = re.compile(r"\s(?:التابعة|التابع|التابعين|التابعون)\s+(?:لل|ل)(\S+)$")
_EN_OWN_UNIT = re.compile(
    r"\b(?:teams?|crews?|staff|volunteers|paramedics|medics|units?|workers)\b.*\s(?:of|from)\s+the\s+([A-Z][\w\-]+)$"
    r"|^(?:the\s+)?([A-Z][\w\-]+)['’]s\s+(?:[\w\-]+\s+){0,2}(?:teams?|crews?|staff|volunteers|paramedics|medics|units?|workers)\b"
)


def _outlet_head_noun(word: str, ctx: LinkContext) -> bool:
    """Is `word` ("المركز") the head noun (first word) of one of the outlet's Arabic names?"""
    key = norm_key(strip_ar(word).removeprefix("ال"))
    return ctx.outlet is not None and any(
        n.split() and norm_key(n.split()[0].removeprefix("ال")) == key for n in ctx.outlet.names() if n[:1] > "\u0600"
    )


def _own_unit(t: str, lang: str, ctx: LinkContext) -> bool:
    """ "فرق الإسعاف التابعة للمركز"، "the ambulance teams of the Centre", "the Centre's crews" in a body's own
    statement: its own people, its own voice (the owner is a word of the outlet's name)."""
    if ctx.outlet is None:
        return False
    if lang == "ar":
        words = t.split()
        if len(words) < 2 or strip_ar(words[0]).removeprefix("و") not in _ar_own_staff_set():
            return False
        if words[1].startswith("ال") and _outlet_head_noun(words[1], ctx):
            return True  # "طواقم المركز" in the centre's own statement
        m = _AR_OWN_UNIT.search(t) if "التابع" in t else None
        return m is not None and _is_outlet_word(m.group(1), ctx)
    m = _EN_OWN_UNIT.search(t)
    return m is not None and _is_outlet_word(m.group(1) or m.group(2), ctx)


def _regional_body(t: str, body: str, canonical: str, lang: str) -> str | None:
    """A ministry of a region or a rival government, not the national one: "the health ministry of X
    state", "the X state health ministry", "وزارة الصحة بولاية X", "the health ministry of the
    rival X Government" -> "<X> <body>" (the region's or government's own body), else None."""
    if not canonical.startswith("Ministry of"):
        return None  # (a generic national ministry only: "Gaza Ministry of Health" is already someone's)
    at = t.find(body)
    if at < 0:
        return None
    before, after = t[:at].strip(), t[at + len(body) :].strip()
    if after and re.fullmatch(r"(?:the\s+)?(?:state|provincial|regional|local)", before, re.I):
        before = ""  # "the state health ministry in X": the region follows
    if lang == "ar":
        m = _AR_REGION_AFTER.match(after) if after and not before else None
        if not m:
            return None
        if m.group(2):
            return t  # "وزارة الصحة في الحكومة السورية المؤقتة": that government's ministry, as written
        place = m.group(1).strip()
        info = _sub_national(place, "ar")
        if info is None and "ولاية" in after:
            # "بولاية الجزيرة": the state's own name, where the bare word names something else too
            info = _sub_national(re.sub(r"^(?:في|ب)\s*", "", after), "ar")
        return _known_or(info, canonical, f"{info} {canonical.replace('Ministry of ', '').lower()} ministry") if info else None
    m = _EN_REGION_AFTER.match(after) if after and not before else None
    if m is None:
        m = _EN_REGION_BEFORE.match(before) if before and not after else None
    if m is None:
        return None
    place = m.group(1).strip()
    if place.endswith(" Government"):
        return f"{place} {body}"
    for cand in (f"{place} {body}", f"{body} in {place}", f"{canonical} in {place}"):
        rk = resolve_name(cand, "en")  # "the Health Ministry in Gaza": a body known by that name
        if rk and rk[2] not in ("place", "person") and rk[0] != canonical:
            return rk[0]
    info = _sub_national(place, "en")
    state = " State" if re.search(r"\sState\b", f" {before} {after}") else ""  # "the X State Ministry of Y" (a name)
    return _known_or(info, canonical, f"{info}{state} {body}") if info else None


def _known_or(place: str, canonical: str, made: str) -> str:
    """A region's ministry as a known body names it ("Khartoum State Ministry of Health"), else `made`."""
    for cand in (f"{place} State {canonical}", f"{place} {canonical}"):
        rk = resolve_name(cand, "en")
        if rk and rk[2] not in ("place", "person"):
            return rk[0]
    return made


def _sub_national(place: str, lang: str) -> str | None:
    """The English name of a state or province (not a country, not a city's own body), else None."""
    from marsad.names import resolve

    info = resolve(place, lang)
    if info is None or getattr(info, "type", "") != "place":
        return None
    if not info.admin1 or info.canonical == info.country or info.canonical != info.admin1:
        return None
    return info.canonical


def _en_spokes_body(t: str, et) -> tuple[str, list[str]] | None:
    """The known body a nameless spokesperson phrase speaks for, with its names, else None."""
    low_t = caseless(t)
    for sw in sorted(et.spokes, key=len, reverse=True):
        if low_t is not None and sw not in low_t:
            continue
        mm = re.search(rf"\b{et.escaped[sw]}\b(?:\s+(?:of|for)(?:\s+the)?)?\s*(.*)$", t, re.I)
        if mm:
            body = re.sub(r"(?:'s|’s)$", "", _en_clean((t[: mm.start()] + " " + mm.group(1)).strip()))
            rb = resolve_name(body, "en") if body else None
            if rb and rb[2] in ("org", "agency", "outlet"):
                return rb[0], [body, *rb[1]]
            return None
    return None


def _en_proper_org(t: str) -> bool:
    """A capitalised body name ending in an organisation word, with an optional "(ABBR)"."""
    words = re.sub(r"\s*\([A-Z][A-Za-z.\-]{1,11}\)$", "", t).split()
    return (
        len(words) >= 2
        and all(w[:1].isupper() or w in ("of", "and", "the", "for", "on") for w in words)
        and bool(_ORG_WORDS.search(words[-1]))
    )


# "UN Verification Mission in Colombia": a capitalised body name that only begins with a known body
_EN_NAMED_BODY = re.compile(
    r"^(?:[A-Z][\w.\-]*\s+)+(?:Mission|Office|Programme|Program|Fund|Agency|Commission|Force)"
    r"(?:\s+(?:in|for|to|on)\s+(?:the\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*)?$"
)


_EN_BODY_HEAD = re.compile(
    r"\b(?:office|ministry|directorate|department|authority|council|command|municipality|governorate|"
    r"administration|observatory|monitor|committee|commission)$",
    re.I,
)


@cache
def _en_anonymous_heads() -> frozenset[str]:
    return frozenset(h.lower() for h in lang_data("en").get("anonymous", {}).get("heads", []))


def _en_anonymous(t: str) -> tuple[str, list[str]] | None:
    heads = _en_anonymous_heads()
    core = _EN_QUALIFIER_TAIL.sub("", t).strip()
    low = core.lower()
    words = low.split()
    if not words:
        return None
    head2 = " ".join(words[-2:])
    if words[-1] not in heads and head2 not in heads:
        return None
    tail = re.search(r"\s+(?:in|at|within)\s+(?:the\s+)?([\w\- ]{3,40})$", t)
    # a capitalised organisation before the head makes it "<Org> official" (still anonymous)
    label = core if any(w[:1].isupper() for w in core.split()[1:-1]) else low
    if "-year-old" in label:
        label = _EN_AGE_ADJ.sub("", label).strip()  # "a 42-year-old teacher": the teacher (round 15)
    variants = [low, core, t.lower()]
    if tail and words[-1] in ("source", "sources", "official", "officials"):
        # "a source in the forensic medicine" -> "forensic medicine source"
        if len(label.split()) > 1:
            variants.append(label)
        label = f"{tail.group(1).strip()} {label}"
    pp = re.match(r"^(.+?\s(?:in|at|with|from|of)\s.+?)(?=\s(?:in|at|near|on)\s|$)", t)
    if pp:  # "nurse at X hospital in Y": the head with its first qualifier
        variants.append(re.sub(r"^(?:an?|the)\s+", "", pp.group(1), flags=re.I).lower())
    return label, [v for v in variants if len(v.split()) > 1 or v == label.lower()]  # no bare head


# ---------------------------------------------------------------- Arabic


_AR_CLEAN = str.maketrans({**dict.fromkeys(_QUOTES), "(": " ", ")": " "})


def _ar_clean(text: str) -> str:
    """No quotation marks, parentheses as spaces, white space runs as one space, no edge punctuation."""
    return " ".join(text.translate(_AR_CLEAN).split()).strip(" ،,.:؛")


@lru_cache(maxsize=64)
def _bare_set(words: tuple[str, ...]) -> frozenset[str]:
    """Words of a lexicon list without diacritics (a list's set built once)."""
    return frozenset(strip_ar(w) for w in words)


@cache
def _ar_bare_words(section: str, key: str) -> frozenset[str]:
    """A word list of the Arabic sources data ([section] key) without diacritics, as a set (built once)."""
    return _bare_set(tuple(lang_data("ar").get(section, {}).get(key, [])))


def _ar_strip_outlet_noun(t: str) -> str:
    m = _ar_link_patterns()["outlet_noun"].match(t)
    return m.group(1) if m else t


def _ar_resolve_body(t: str) -> tuple[str, list[str], str] | None:
    """`resolve_name` of `t`, else of `t` without an outlet noun (not looked up twice when no
    outlet noun opens it)."""
    r = resolve_name(t, "ar")
    if r is None:
        bare = _ar_strip_outlet_noun(t)
        if bare != t:
            r = resolve_name(bare, "ar")
    return r


def _ar_resolve_prefix(words: list[str]) -> tuple[int, tuple[str, list[str], str]] | None:
    """Longest word-prefix of `words` that names a known body: (length, resolved)."""
    for n in range(min(len(words), 9), 0, -1):
        cand = " ".join(words[:n])
        r = resolve_name(cand, "ar") or resolve_name(_ar_strip_outlet_noun(cand), "ar")
        if r:
            return n, r
    return None


def _ar_outlet(text: str, ctx: LinkContext) -> SourceLink | None:
    t = _ar_clean(text)
    if not t:
        return ctx.outlet
    if ctx.outlet and norm_key(_ar_strip_outlet_noun(t)) in {norm_key(n) for n in ctx.outlet.names()}:
        return ctx.outlet
    r = _ar_resolve_body(t)
    if r is None:
        words = _ar_strip_outlet_noun(t).split()
        if len(words) > 1 and strip_ar(words[-1]).startswith("ال") and strip_ar(words[-1]).endswith("ية"):
            r = resolve_name(" ".join(words[:-1]), "ar")
    if r:
        return _link(r[0], [t, _ar_strip_outlet_noun(t), *r[1]], r[2], "outlet", None)
    return _link(_ar_strip_outlet_noun(t), [t], "outlet", "outlet", None)


_AR_RANKS = (
    "الدكتور|الدكتورة|اللواء|العميد|العقيد|المقدم|الرائد|النقيب|الملازم|الفريق|المشير|الجنرال|المهندس|"
    "المهندسة|السيد|السيدة|الشيخ|القاضي|الأستاذ|الاستاذ|المولوي"
)
_AR_RANK = re.compile(rf"^(?:{_AR_RANKS})$")
_AR_INNER_TITLES = (
    r"الدكتور|الدكتورة|د\.|اللواء|العميد|العقيد|المقدم|الرائد|النقيب|المهندس|"
    r"المهندسة|السيد|السيدة|الشيخ|القاضي|الأستاذ|الاستاذ|الفريق|المولوي"
)
_AR_INNER_TITLE = re.compile(
    rf"^(\S+(?:\s+\S+){{0,8}}?)\s+(?:{_AR_INNER_TITLES})(?:\s+الركن)?\s+(\S+(?:\s+\S+){{0,3}})$"
)  # ("العميد الركن X": a staff rank of two words)
_AR_INNER_TITLE_WORD = re.compile(rf"(?:{_AR_INNER_TITLES})")  # (a title anywhere: what it needs)


def _ar_inner_title(t: str) -> re.Match[str] | None:
    """`_AR_INNER_TITLE.match(t)`, after a scan for a title word (most phrases have none)."""
    return _AR_INNER_TITLE.match(t) if _AR_INNER_TITLE_WORD.search(t) else None


_AR_REL_VERBS = "أعلنتها|أعلنها|نشرتها|نشرها|ذكرتها|ذكرها|أوردتها|أوردها|أصدرتها|أصدرها|قدمتها|قدمها"
_AR_REL = re.compile(rf"^.{{2,40}}?\s(?:{_AR_REL_VERBS})\s+(.+)$")
_AR_REL_VERB = re.compile(rf"(?:{_AR_REL_VERBS})")


def _ar_given_start(words: list[str], i: int) -> bool:
    """Does a personal name start at words[i] ("رياض ..."، "عبد البصير ..."، "أبو خالد")?"""
    from marsad.names.normalize import fold_arabic
    from marsad.names.patterns import ar_patterns

    given = ar_patterns().given
    w = words[i]
    if w.startswith(("ال", "وال", "لل")) or i + 1 >= len(words):
        return _ar_article_given(words, i)
    if w in ("عبد", "أبو", "ابو") or (w.startswith("عبد") and len(w) > 4):
        return True
    return fold_arabic(w) in given or w in given


def _ar_article_given(words: list[str], i: int) -> bool:
    """ "الطيب عبد الرحيم"، "الصادق محمد": a given name with the article (`[titles] article_given`), then a given name."""
    return (
        i + 1 < len(words)
        and strip_ar(words[i]) in _ar_bare_words("titles", "article_given")
        and not words[i + 1].startswith("ال")
        and (_ar_given_start(words, i + 1) or _ar_given_word(words[i + 1]))
    )


def _ar_given_word(w: str) -> bool:
    """Is `w` a given name of the names lexicon (the last word of a two-word name: "الصادق محمد")?"""
    from marsad.names.normalize import fold_arabic
    from marsad.names.patterns import ar_patterns

    given = ar_patterns().given
    return fold_arabic(w) in given or w in given


_AR_OFFICE_BODIES = frozenset({"كلية", "جامعة", "معهد", "مدرسة", "مستشفى", "مشفى"})


def _ar_body_idafa(rest: list[str]) -> bool:
    """ "كلية الطب ..."، "جامعة دمشق ...": a body noun and its genitive open the words after a title."""
    w0 = strip_ar(rest[0])
    return (w0 in _AR_OFFICE_BODIES or w0 in _AR_ORG_NOUNS) and not _ar_given_start(rest, 0)


def _ar_place_abu(words: list[str], i: int, roles: frozenset[str]) -> bool:
    """ "غرف طوارئ أبو شوك"، "لجان مقاومة أبو سليم": أبو after an indefinite noun in construct opens the
    noun's genitive (a place), not a person (who follows a definite body: "الحركة أبو عبيدة")."""
    prev = strip_ar(words[i - 1]) if i > 0 else ""
    return words[i] in ("أبو", "ابو") and not prev.startswith("ال") and prev not in roles and "،" not in words[i - 1]


_AR_SPOKES_HEAD = re.compile(r"^و?(?:ال)?(?:متحدث|ناطق)(?:ة)?$")


def _ar_given_before_abd(words: list[str], i: int, roles: frozenset[str]) -> bool:
    """ "قائممقام جمجمال كامران عبد الرحمن": an undefined word no lexicon knows between the office's place (or
    definite body) and "عبد ..." is the person's given name (عبد never opens a name after another name)."""
    if i < 3 or not words[i].startswith("عبد"):
        return False
    w, before = strip_ar(words[i - 1]), strip_ar(words[i - 2])
    return (
        not w.startswith(("ال", "و"))
        and w not in roles
        and w not in _AR_ORG_NOUNS
        and w not in _AR_OFFICE_BODIES
        and not is_place_phrase(w, "ar")
        and (before.startswith("ال") or is_place_phrase(before, "ar"))
    )


def _ar_role_person_split(t: str, titles: dict) -> tuple[str, str] | None:  # type: ignore[type-arg]
    """ "مدير إعلام وزارة الصحة نبيل الساعدي" -> ("مدير إعلام وزارة الصحة", "نبيل الساعدي")."""
    words = t.replace("،", " ").split()
    if len(words) < 4:
        return None
    roles = _ar_bare_words("titles", "person")
    if strip_ar(words[0]) not in roles and strip_ar(words[0]).removeprefix("و") not in roles:
        return None
    if _AR_RANK.match(strip_ar(words[0]).removeprefix("و")) or _ar_given_start(words, 1):
        return None  # "العميد خالد عبدالله X"، "الطبيب أحمد X": the name follows the title, no body between
    stops = _ar_bare_words("speaker", "stops")
    for i in range(2, len(words) - 1):
        if _ar_place_abu(words, i, roles) or i > 2 and _ar_place_abu(words, i - 1, roles):
            continue  # "لجان مقاومة أبو سليم": a place (and its second word) completes the body
        if not _ar_given_start(words, i) or i <= 2 and words[i] == "باسم" and _AR_SPOKES_HEAD.match(words[0]):
            continue  # ("المتحدث العسكري باسم الجماعة": باسم is "for", not the name Basim)
        if _ar_given_before_abd(words, i, roles):
            i -= 1  # "قائممقام X كامران عبد الرحمن": an unknown given name before عبد (round 16)
        person = words[i:]
        for j, w in enumerate(person[1:], 1):  # a name has no preposition: "رياض X في تصريح لـ..."
            if strip_ar(w) in stops or w.startswith(("لـ", "ل(", "ل«")):
                person = person[:j]
                break
        if len(person) <= 4:
            return " ".join(words[:i]), " ".join(person)
    return None


def _ar_role_comma_person(t: str, titles: dict) -> tuple[str, str] | None:  # type: ignore[type-arg]
    """ "رئيسة المجلس المحلي، الدكتورة سلمى X" -> ("رئيسة المجلس المحلي", "سلمى X"): a role, then the
    person between commas."""
    m = re.match(r"^([^،]{3,70}?)\s*،\s*([^،]{3,45}?)\s*،?$", t)
    if not m:
        return None
    head, person = m.group(1).strip(), m.group(2).split()
    hw = head.split()
    if len(hw) >= 2 and _ar_given_start(hw, 1) or strip_ar(person[0]) in ("أحد", "احد", "إحدى", "احدى"):
        return None  # "الشيخ علي X، أحد وجهاء المنطقة": the person first, then a description
    roles = _ar_bare_words("titles", "person")
    first = strip_ar(head.split()[0]).removeprefix("و")
    if first not in roles and first.removeprefix("ال") not in roles or len(head.split()) < 2:
        return None
    honorific = _ar_bare_words("titles", "honorific")
    while person and (strip_ar(person[0]) in honorific or strip_ar(person[0]) in roles and len(person) > 2):
        person = person[1:]
    stops = _ar_bare_words("speaker", "stops")
    if not 2 <= len(person) <= 4 or any(strip_ar(w) in stops or strip_ar(w) in roles for w in person):
        return None
    return head, " ".join(person)


@cache
def _ar_anaphor_set() -> frozenset[str]:
    return frozenset(strip_ar(a) for a in lang_data("ar").get("speaker", {}).get("anaphors", []))


_AR_SPEECH_TAIL = re.compile(
    r"\s+(?:في|خلال|عبر)\s+(?:تصريح|تصريحات|كلمة|بيان|حديث|مقابلة|مؤتمر|تغريدة|منشور|لقاء|اتصال)(?:\s.*)?$"
)


def _ar_role_person_link(raw: str, head: str, person: str, rule: str, span: Span | None, ctx: LinkContext) -> SourceLink:
    """A person named after a role of a body: one link, the person as name, the body's names as aliases."""
    hl = ar_link(head, ctx.probe(), None)
    rp = resolve_name(person, "ar")
    known = rp is not None and rp[2] == "person"
    name = rp[0] if known else person
    aliases = [raw, person, head, *(hl.names() if hl else []), *(rp[1] if known else [])]
    return _link(name, aliases, "spokesperson" if hl else "person", rule, span, person=person)


@cache
def _ar_link_patterns() -> dict[str, re.Pattern[str]]:
    """The patterns `ar_link` reads a phrase's lead with (titles, roles, outlet nouns), compiled once."""
    data = lang_data("ar")
    sp, titles = data.get("speaker", {}), data.get("titles", {})
    person = ar_alternation(titles.get("person", []))
    own = ar_alternation(["مراسلنا", "مراسلتنا", "مندوبنا", "مندوبتنا"])
    return {
        "outlet_noun": re.compile(rf"^(?:{ar_alternation(sp.get('outlet_nouns', []))})\s+(.+)$"),
        "correspondent": re.compile(rf"^(?:{ar_alternation(sp.get('correspondent', []))})(?:\s+(.*))?$"),
        "own_correspondent": re.compile(rf"^(?:{own})"),
        "known_as": re.compile(rf"\s*،?\s*(?:{ar_alternation(titles.get('known_as', []))})\s+(.+)$"),
        "known_as_word": re.compile(rf"(?:{ar_alternation(titles.get('known_as', []))})"),  # what it needs
        "spokes": re.compile(rf"^(?:{ar_alternation(titles.get('spokes', []))})\s+(.+)$"),
        "titled": re.compile(rf"^(?:{person})\s"),
        "title_rest": re.compile(rf"^(?:{person})\s+(.+)$"),
    }


def _ar_phrase(text: str) -> tuple[str, str] | None:
    """(raw, t): the phrase `ar_link` reads in `text`, without a speech event (raw) and cleaned (t);
    None when it names no one (nothing left, too long, an anaphor)."""
    raw = _AR_SPEECH_TAIL.sub("", text.strip())  # "X في تصريح لـ...": the speech event is no name
    t = _ar_clean(raw)
    if not t or len(t.split()) > 14:
        return None
    t = re.sub(r"^(?:جميع|كل|بعض|معظم|أحد|إحدى|عدد من)\s+", "", t)
    # "حصيلة أولية أعلنتها مصادر أمنية": the body that put the figure out
    rel = _AR_REL.match(t) if _AR_REL_VERB.search(t) else None
    if rel:
        t = rel.group(1)
    if strip_ar(t) in _ar_anaphor_set():
        return None
    return raw, t


@cache
def _state_names(lang: str = "en") -> dict[str, tuple[str, list[str]]]:
    """`[states]` of lang/<lang>/sources.toml by every folded name: (state, its names)."""
    out: dict[str, tuple[str, list[str]]] = {}
    for state, names in lang_data(lang).get("states", {}).items():
        for n in (state, *names):
            out[norm_key(n)] = (state, [state, *names])
    return out


def state_speaker(head: str, span: Span | None = None, lang: str = "en") -> SourceLink | None:
    """ "Ankara insists ...", "Moscow denied ...", «ونفت موسكو»: a capital or a state's name as a reporting
    verb's subject is the state (a link of kind org), else None."""
    hit = _state_names(lang).get(norm_key(head)) if len(head) < 30 else None
    if hit is None:
        return None
    fields = {"name": hit[0], "aliases": [n for n in hit[1] if n != hit[0]], "kind": "org", "person": None,
              "entity": None, "span": span, "rule": f"{lang}.state"}
    return trusted(SourceLink, fields)


def ar_link(text: str, ctx: LinkContext, span: Span | None = None) -> SourceLink | None:
    """The link an Arabic speaker phrase names, or None."""
    data = lang_data("ar")
    titles = data.get("titles", {})
    phrase = _ar_phrase(text)
    if phrase is None:
        return None
    raw, t = phrase
    bare = strip_ar(t)
    if _is_outlet(t, ctx) or _is_outlet_word(t, ctx):
        return ctx.outlet
    if ctx.outlet is not None and bare.split(" ", 1)[0].endswith("نا") and _ar_own_staff(bare.split(" ", 1)[0]):
        return ctx.outlet  # "طواقمنا"، "فرقنا الميدانية" (our crews) in a body's own statement: its own voice
    if _own_unit(t, "ar", ctx):
        return ctx.outlet  # "فرق الإسعاف التابعة للمركز" in the centre's own bulletin (round 16)
    words = t.replace("،", " ، ").split()
    if len(words) <= 3 and (state := state_speaker(t, span, "ar")) is not None:
        return state  # «ونفت موسكو»، «وأكدت أنقرة»: the capital speaks for its state
    # correspondent
    pats = _ar_link_patterns()
    cm = pats["correspondent"].match(t)
    if cm:
        rest = (cm.group(1) or "").strip(" ،")
        # "مراسل الجزيرة في تعز": the post is no part of the outlet's name
        rest = re.sub(r"\s+(?:في|من)\s+\S.*$", "", rest).strip(" ،") or rest
        own = bool(pats["own_correspondent"].match(t))
        own = own or bool(
            re.match(
                r"^(?:الوكالة|القناة|الصحيفة|الموقع|الشبكة|الإذاعة)(?:\s+(?:في|ب|من)\s.*)?$", strip_ar(rest)
            )
        )
        outlet = ctx.outlet if own or not rest else _ar_outlet(rest, ctx)
        return _correspondent(outlet, raw, rest, "ar", span)
    # known as: "قائد شرطة كابول المعروف باسم رشيد"
    km = pats["known_as"].search(t) if pats["known_as_word"].search(t) else None
    if km:
        person = km.group(1).strip(" ،")
        head = t[: km.start()].strip(" ،")
        hl = ar_link(head, ctx, span) if head else None
        return _link(
            person,
            [raw, person, head, *(hl.names() if hl else [])],
            "person",
            "ar.person.known_as",
            span,
            person=person,
        )
    recalled = ctx.recall(t.replace("،", "").strip())
    if recalled is not None:
        return recalled
    parts = [p.strip() for p in t.split("،") if p.strip()] if "،" in t else []
    if len(parts) == 2 and strip_ar(parts[0]).startswith("ال") and resolve_name(parts[0], "ar") is None:
        # "الجناح العسكري لحركة X، كتائب Y": a description, then the name it goes by
        named = resolve_name(parts[1], "ar")
        if named and named[2] not in ("place", "person"):
            kind = named[2] if named[2] in ("agency", "outlet") else "org"
            return _link(named[0], [raw, parts[1], *named[1], parts[0]], kind, "ar.known.appos", span)
    # "<role of a body> الدكتور <name>": a title inside the phrase starts the person's name
    tm = _ar_inner_title(t)
    if tm and not _ar_inner_title(tm.group(1)):
        person = tm.group(2).strip(" ،")
        head = tm.group(1).strip(" ،")
        return _ar_role_person_link(raw, head, person, "ar.person.inner_title", span, ctx)
    # "<role> <body> <given name> ...": a role phrase ends where a given name begins
    split = _ar_role_person_split(t, titles) or _ar_role_comma_person(t, titles)
    if split is not None:
        head, person = split
        return _ar_role_person_link(raw, head, person, "ar.person.role_given", span, ctx)
    # spokesperson: "المتحدث باسم <body> <person>"
    spm = pats["spokes"].match(t)
    if spm:
        rest = [w for w in spm.group(1).replace("،", " ").split()]
        pre = _ar_resolve_prefix(rest)
        if pre:
            n, rb = pre
            if n < len(rest) and _ar_place_abu(rest, n, frozenset()):
                n = min(len(rest), n + 2)  # "غرف طوارئ أبو شوك": the known body's place
            person = " ".join(rest[n:]).strip()
            body_txt = " ".join(rest[:n])
        else:
            n = 1
            while n < len(rest) and strip_ar(rest[n]).startswith("ال"):
                n += 1
            starts = [i for i in range(1, len(rest)) if _ar_given_start(rest, i)]
            given = next((i for i in starts if not _ar_place_abu(rest, i, frozenset())), None)
            abu = next((i for i in starts if _ar_place_abu(rest, i, frozenset())), None)
            if abu is not None and (given is None or given > abu):
                n = max(n, min(len(rest), abu + 2))  # "غرف طوارئ أبو شوك": the place completes the body
            if given is not None and given > n:  # "شرطة ولاية بغلان عبد البصير X": the name starts the person
                n = given
            body_txt, person, rb = (
                " ".join(rest[:n]),
                " ".join(rest[n:]),
                resolve_name(" ".join(rest[:n]), "ar"),
            )
            if rb and rb[2] == "place":
                rb = None
        body_names = [body_txt] + ([rb[0], *rb[1]] if rb else [])
        if strip_ar(body_txt) in _ar_anaphor_set() or strip_ar(body_txt) in _AR_GROUP_ANAPHORS:
            # "الناطق باسم الوزارة": the ministry named before, else no body name
            noun = strip_ar(body_txt).removeprefix("ال")
            back = next(
                (
                    lk
                    for lk in reversed(ctx.seen)
                    if lk.kind == "org" and any(noun in strip_ar(x) for x in lk.names())
                ),
                None,
            )
            body_names = back.names() if back is not None else []
        # a parenthetical short name after the body ("(البنتاغون)") was cleaned into the words
        if person:
            pre2 = _ar_resolve_prefix(person.split())
            if is_place_phrase(person, "ar"):
                body_txt, person = f"{body_txt} {person}", ""  # "باسم شرطة ولاية X": the place is the body's
                body_names = [body_txt]
            elif pre2 and pre2[1][2] == "place":
                # "شرطة ولاية بغلان": a place completes the body, it is never the person
                body_txt = f"{body_txt} {' '.join(person.split()[: pre2[0]])}"
                person = " ".join(person.split()[pre2[0] :])
                body_names = [body_txt]
            elif pre2 and pre2[0] < len(person.split()):
                body_names += [pre2[1][0], *pre2[1][1]]
                person = " ".join(person.split()[pre2[0] :])
        ranks = _ar_bare_words("titles", "person")
        while person and len(person.split()) > 1 and strip_ar(person.split()[0]) in ranks:
            person = person.split(" ", 1)[1]  # "الكابتن جيف X": the title is no part of the name
        if person:
            rp = resolve_name(person, "ar")
            pname = rp[0] if rp and rp[2] == "person" else person
            return _link(
                pname,
                [raw, person, *body_names, *(rp[1] if rp else [])],
                "spokesperson",
                "ar.spokesperson",
                span,
                person=pname,
            )
        name = rb[0] if rb else (body_names[0] if body_names else t)
        return _link(name, [raw, *body_names], "spokesperson", "ar.spokesperson", span)
    # anonymous: "مصادر محلية", "مسؤول أمريكي رفيع", "مصدر في الطب العدلي", "مسؤول في الحشد الشعبي"
    anon = _ar_anonymous(t, ctx)
    if anon is not None:
        return anon if span is None else anon.model_copy(update={"span": span})
    # "حركة X المرتبطة بتنظيم Y"، "جماعة X الموالية لـY": the affiliation is no part of the speaker
    if _AR_AFFILIATED_WORD.search(t) and strip_ar(t.split()[0]) in _AR_GROUP_NOUNS:
        t = _AR_AFFILIATED_TAIL.sub("", t) or t
    # known body (whole, or without an outlet noun / nationality adjective)
    r = _ar_resolve_body(t)
    if r is None:
        ws = _ar_strip_outlet_noun(t).split()
        if len(ws) > 1 and strip_ar(ws[-1]).startswith("ال") and strip_ar(ws[-1]).endswith(("ية", "ي")):
            r = resolve_name(" ".join(ws[:-1]), "ar")
    if r and r[2] == "place" and not _FACILITY.search(f"{t} {r[0]}"):
        return None  # a place is never a speaker ("حمص: ..."، "وطنية - صور - أفاد"); a hospital is
    if r:
        kind = r[2] if r[2] in ("agency", "outlet", "person") else "org"
        return _link(r[0], [raw, t, _ar_strip_outlet_noun(t), *r[1]], kind, "ar.known", span)
    hm = _AR_HEALTH_DIRECTORATE.match(t) if "صح" in t else None
    if hm:
        # "مديرية صحة إدلب"، "دائرة صحة كركوك": the province's health directorate, by its English name
        place = _sub_national(hm.group(1), "ar")
        if place:
            return _link(f"{place} Health Directorate", [raw, t], "org", "ar.health_directorate", span)
    # a known body inside the phrase ("منظمة الدفاع المدني السوري «الخوذ البيضاء»", "فرق الدفاع المدني")
    if not pats["titled"].match(t) and not _ar_anonymous_head(t):
        found = find_known_inside(t.replace("،", " ").split(), "ar")
        if found:
            i, j, rk = found
            kind = rk[2] if rk[2] in ("agency", "outlet") else "org"
            seen = [x for x in (raw, t) if len(x.split()) <= j - i + 1]  # not "X في تقرير أصدرته"
            reg = _regional_body(t, " ".join(t.split()[i:j]), rk[0], "ar")
            if reg is not None:
                rr = resolve_name(reg, "en")
                return _link(reg, [raw, t, *(rr[1] if rr else [])], "org", "ar.known.regional", span)
            return _link(rk[0], [*seen, " ".join(t.split()[i:j]), *rk[1]], kind, "ar.known.part", span)
    # titled person: "<title> [ال-words / known body] <person>"
    tm = pats["title_rest"].match(t)
    appos_names: list[str] = []
    if tm and "،" in tm.group(1) and len(tm.group(1).split("،")[0].split()) >= 2:
        # "الطبيب أحمد X، مدير مستشفى Y": the person before the comma, their role after it
        main, appos = tm.group(1).split("،", 1)
        al = ar_link(appos.strip(), ctx.probe(), None)
        appos_names = [appos.strip()] + (
            [n for n in al.names() if n != appos.strip()] if al is not None and al.kind != "person" else []
        )
        t = t[: tm.start(1)] + main.strip()
        raw = t
        tm = pats["title_rest"].match(t)
    if tm:
        rest = tm.group(1).replace("،", " ").split()
        pre = _ar_resolve_prefix(rest)
        if pre and pre[1][2] == "person":
            # "اللواء يحيى X": a known person after the title
            n, rp0 = pre
            return _link(
                rp0[0], [raw, " ".join(rest[:n]), *rp0[1]], "person", "ar.person", span, person=rp0[0]
            )
        if pre:
            n, rb = pre
        else:
            n, rb = 0, None
        if len(rest) == 1 and _AR_RANK.match(strip_ar(t.split()[0])):
            # a later "العميد X" is the person named in full before ("العميد عبدالله X")
            earlier = ctx.recall(rest[0])
            if earlier is not None and earlier.kind in ("person", "spokesperson"):
                return earlier
        title_set = _ar_bare_words("titles", "person")
        if n == 0 and len(rest) >= 2 and _ar_body_idafa(rest):
            n = 2  # "عميد كلية الطب"، "رئيس جامعة دمشق": the body the office is held in, not a name
        while n < len(rest):
            wd = strip_ar(rest[n])
            if _ar_article_given(rest, n):
                break  # "والي الإقليم الطيب عبد X": a given name with the article starts the person
            if wd.startswith("ال") or wd in title_set:
                n += 1
            elif wd in ("لدى", "في", "من", "ب") and n + 1 < len(rest):
                n += 2
            elif wd in _AR_IDAFA and n + 1 < len(rest) and strip_ar(rest[n + 1]).startswith("ال"):
                n += 1
            elif wd in _AR_ADMIN_UNITS and n + 2 < len(rest):
                n += 2  # "مدير ناحية X Y Z": the unit and its place name belong to the title
            else:
                break
        # the name runs until a word with a suffix pronoun or a preposition ("لويد أوستن اعتذاره لذوي")
        pw: list[str] = []
        for wd in rest[n:]:
            b = strip_ar(wd)
            if (
                len(pw) >= 4
                or b in ("في", "من", "على", "خلال", "عبر", "إلى", "الى", "عن", "مع", "لدى")
                or b.startswith(("لل", "بال", "لذ"))
                or (len(pw) >= 2 and b.endswith(("ه", "ها", "هم")))
            ):
                break
            pw.append(wd)
        person = " ".join(pw)
        if person and person in raw:
            raw = raw[: raw.find(person) + len(person)]  # the name ends the phrase: no "اعتذاره لذوي ..."
        body_txt = " ".join(rest[:n])
        title_txt = " ".join(t.split()[: 1 + n]) if n else ""  # a bare title is no name
        rb = rb or (resolve_name(body_txt, "ar") if body_txt else None)
        if rb is None and body_txt.startswith(("في ", "لدى ")):
            # "المستشار في قوات X (فلان)": the body the role is held in
            bw = body_txt.split()[1:]
            if person and all(strip_ar(w)[:1] == "ب" and is_place_phrase(w[1:], "ar") for w in pw):
                bw, person = bw + pw, ""  # "المسؤول في وزارة الصحة بغزة": a place, not a name
            found = find_known_inside(bw, "ar")
            rb = found[2] if found and found[0] == 0 and found[2][2] not in ("place", "person") else None
            if rb is not None and not person:
                # a nameless role in a known body speaks for it (SCHEMA: one link)
                return _link(rb[0], [raw, t, *rb[1]], "spokesperson", "ar.title.body", span)
        if person:
            rp = resolve_name(person, "ar")
            pname = rp[0] if rp and rp[2] == "person" else person
            aliases = [raw, person, title_txt, *(rp[1] if rp else []), *appos_names]
            if rb:
                aliases += [rb[0], *rb[1]]
            return _link(pname, aliases, "person", "ar.person", span, person=pname)
        short = re.sub(r"\s+(?:في|لدى)\s+\S+$", "", t)
        return _link(t, [raw, short, *([rb[0], *rb[1]] if rb else [])], "person", "ar.title", span)
    # an unknown body named by its kind: "وزارة الصحة في غزة", "مركز إدلب الإعلامي"
    if words and strip_ar(words[0]) in _AR_ORG_NOUNS and len(words) in range(2, 8):
        short = re.sub(r"\s+(?:في|لدى)\s+\S+$", "", t)
        short = _AR_HERE_PLACE.sub("", short)  # "مكتب الصحة بالمحافظة": the office, "in the governorate" referring back
        return _link(t, [raw, short], "org", "ar.org", span)
    inst = lang_data("ar").get("institutions", {}).get(strip_ar(t))
    if inst:  # "نفى الجيش": a state institution named by its common noun
        return _link(inst, [raw, t], "org", "ar.institution", span)
    if words:
        return _link(t, [raw], _ar_name_kind(words), "ar.name", span)
    return None


def _ar_name_kind(words: list[str]) -> str:
    """The kind of an unknown Arabic source name: an outlet named by its medium ("موقع صوت العاصمة",
    "وكالة النجم الثاقب"), a body ("الهيئة ..."), else a person."""
    head = strip_ar(words[0])
    if len(words) >= 2 and head in _ar_media_nouns():
        return "agency" if head.startswith("وكال") else "outlet"
    return "org" if head.startswith("ال") else "person"


@cache
def _ar_media_nouns() -> frozenset[str]:
    """Nouns naming a news medium: the outlet nouns one can also speak to ("قال لموقع X")."""
    sp = lang_data("ar").get("speaker", {})
    return frozenset(strip_ar(w) for w in sp.get("outlet_nouns", [])) & frozenset(strip_ar(w) for w in sp.get("told_nouns", []))


# an armed group named with the group it is linked to, backed by or loyal to (not one it belongs to:
# "تنظيم ولاية X التابع لداعش"، "مركز X التابع لوزارة Y" are Y's)
_AR_GROUP_NOUNS = {"حركة", "جماعة", "تنظيم", "ميليشيا", "مليشيا", "فصيل", "كتائب", "سرايا"}
_AR_AFFILIATED_WORDS = "مرتبط|مرتبطة|موالي|موالية|مقرب|مقربة|مدعوم|مدعومة"
_AR_AFFILIATED_WORD = re.compile(rf"\s(?:ال)?(?:{_AR_AFFILIATED_WORDS})\s")
_AR_AFFILIATED_TAIL = re.compile(rf"\s+(?:ال)?(?:{_AR_AFFILIATED_WORDS})\s+(?:من\s+|[بل])\S*.*$")


_FACILITY = re.compile(
    r"hospital|medical|clinic|complex|cent(?:re|er)|مستشفى|مشفى|مجمع|مركز|مستوصف|عيادة", re.I
)


_AR_ORG_NOUNS = {
    "وزارة",
    "هيئة",
    "منظمة",
    "جمعية",
    "لجنة",
    "مكتب",
    "مركز",
    "قيادة",
    "مديرية",
    "خلية",
    "شبكة",
    "حركة",
    "جيش",
    "قوات",
    "مجلس",
    "حكومة",
    "رئاسة",
    "إدارة",
    "دائرة",
    "مستشفى",
    "بلدية",
    "محافظة",
    "الجيش",
    # armed groups named by their kind: "ميليشيا درع X"، "جماعة X"
    "ميليشيا",
    "مليشيا",
    "جماعة",
    "تنظيم",
    "فصيل",
    "حزب",
    "كتائب",
    "سرايا",
    # civic bodies of volunteers and professions: "لجان المقاومة في X"، "غرفة طوارئ X"، "نقابة الأطباء"
    "لجان",
    "غرفة",
    "غرف",
    "تنسيقية",
    "نقابة",
    "اتحاد",
}


# administrative units named by a bare place after a title: "مدير ناحية X"، "قائممقام قضاء X"
_AR_ADMIN_UNITS = {"ناحية", "قضاء", "محلية", "بلدة", "قرية", "مديرية", "محافظة", "ولاية", "بلدية"}


_AR_IDAFA = {
    "هيئة",
    "وزارة",
    "شرطة",
    "قوات",
    "قيادة",
    "حركة",
    "منظمة",
    "جيش",
    "مجلس",
    "حرس",
    "قوة",
    "مكتب",
    "مديرية",
    "خلية",
    "لجنة",
}


@cache
def _ar_head_first_words() -> frozenset[str]:
    """The first word of every anonymous-source head (no diacritics)."""
    return frozenset(strip_ar(h).split()[0] for h in lang_data("ar").get("anonymous", {}).get("heads", {}))


def _ar_anonymous_head(t: str) -> bool:
    first = strip_ar(t.split()[0]) if t.split() else ""
    return first in _ar_head_first_words()


def _no_al(w: str) -> str:
    return w[2:] if w.startswith("ال") and len(w) > 4 else w


@cache
def _ar_head_patterns() -> list[tuple[str, re.Pattern[str], str, bool]]:
    """Anonymous-source heads, longest first, each with its compiled pattern (plurals take ال),
    the spelling class of its first letter and whether ال may come first."""
    heads: dict[str, str] = lang_data("ar").get("anonymous", {}).get("heads", {})
    out = []
    for h in sorted(heads, key=len, reverse=True):
        plural = heads[h].endswith("s")
        al = "(?:ال)?" if plural else ""
        out.append((h, re.compile(rf"^{al}{ar_alternation([h])}(?:\s+|$)(.*)$"), ar_class(h[0]), plural))
    return out


_AR_SPELLING = str.maketrans(_AR_CLASSES)  # each letter as its spelling class (see `ar_class`)


@cache
def _ar_heads_by_first_word() -> dict[str, list[int]]:
    """Indexes into `_ar_head_patterns` (in its order) by a head's first word, its letters by
    spelling class; plural heads also by that word after ال. A head's pattern matches a text
    without marks only when the text's first word is one of these keys (the head's first word
    ends at a space or at the head's end, and the pattern wants white space or the end there)."""
    out: dict[str, list[int]] = {}
    for i, (h, _, _, plural) in enumerate(_ar_head_patterns()):
        first = h.split(" ")[0].translate(_AR_SPELLING)
        for key in dict.fromkeys([first, "ال" + first] if plural else [first]):
            out.setdefault(key, []).append(i)
    return out


def _ar_heads_opening(bare: str) -> list[tuple[str, re.Pattern[str], str, bool]]:
    """The heads (in `_ar_head_patterns` order) whose pattern can match `bare` (text without marks)."""
    words = bare.split(None, 1)
    idx = _ar_heads_by_first_word().get(words[0].translate(_AR_SPELLING), []) if words else []
    pats = _ar_head_patterns()
    return [pats[i] for i in idx]


_AR_TRAILING_PLACE = re.compile(r"\s+في\s+(\S+(?:\s+\S+)?)$")
_AR_TRAILING_QUALIFIER = re.compile(r"\s+(?:ب[^\s،]{3,}|(?:ال)?تابع(?:ة|ين)?\s+.*)$")


@lru_cache(maxsize=8)
def _ar_modifier_keys(mods: tuple[str, ...]) -> list[tuple[str, list[str]]]:
    """Anonymous-source modifiers, most words first, each with its words' keys (no marks, no ال)."""
    return [(k, [_no_al(strip_ar(w)) for w in k.split()]) for k in sorted(mods, key=lambda s: -len(s.split()))]


def _ar_anonymous(t: str, ctx: LinkContext) -> SourceLink | None:
    anon = lang_data("ar").get("anonymous", {})
    heads: dict[str, str] = anon.get("heads", {})
    mods: dict[str, str] = anon.get("modifiers", {})
    nats: dict[str, str] = anon.get("nationality", {})
    bare = strip_ar(t)
    head_en, rest = None, ""
    for h, pat, _, _ in _ar_heads_opening(bare):  # (only heads its first word can open)
        m = pat.match(bare)
        if m:
            head_en, rest = heads[h], m.group(1).strip()
            break
    if head_en is None:
        return None
    labels: list[str] = []
    nat = ""
    facility = ""  # "مسؤول في مستشفى X" (X unknown): a hospital official
    org_names: list[str] = []
    words = rest.split()
    keys = [_no_al(strip_ar(w)) for w in words]
    mod_keys = _ar_modifier_keys(tuple(mods))
    i = 0
    while i < len(words):
        matched = False
        for k, kw in mod_keys:
            if keys[i : i + len(kw)] == kw:
                labels.append(mods[k])
                i += len(kw)
                matched = True
                break
        if matched:
            continue
        w = strip_ar(words[i])
        if w.startswith("و") and w[1:] in _bare_set(tuple(heads)):
            # "مسعفون وناشطون محليون": paramedics and (local) activists
            second = heads[next(h for h in heads if strip_ar(h) == w[1:])]
            rest_mods = [mods[m] for m in mods if strip_ar(m) in [strip_ar(x) for x in words[i + 1 :]]]
            head_en = f"{head_en} and {' '.join([*rest_mods, second])}"
            break
        joined = anon.get("joined", {})
        if w.startswith("و") and i + 1 < len(words) and f"{w[1:]} {strip_ar(words[i + 1])}" in joined:
            # "مصدر طبي ومنظمة حقوقية محلية": two unnamed sources in one phrase, one link naming both
            second = joined[f"{w[1:]} {strip_ar(words[i + 1])}"]
            rest_mods = [mods[m] for m in mods if strip_ar(m) in [strip_ar(x) for x in words[i + 2 :]]]
            head_en = f"{head_en} and {' '.join([*rest_mods, second])}"
            break
        if _no_al(w) in nats:
            w = _no_al(w)
        if w in nats:
            nat = nats[w]
            i += 1
            continue
        if w in ("في", "من", "ب", "لدى") and i + 1 < len(words):
            org_txt = " ".join(words[i + 1 :])
            r = resolve_name(org_txt, "ar") or resolve_name(re.sub(r"^(?:مدينة|بلدة|قرية|محافظة)\s+", "", org_txt), "ar")
            inst = lang_data("ar").get("institutions", {}).get(strip_ar(words[i + 1]))
            if r and r[2] == "place" and labels:
                break  # "مصادر محلية في مدينة X": local sources, posted in a place (kept in the surface)
            if r:
                org_names = [r[0], *r[1]]
                labels.append(r[0])
            elif inst and inst[:1].islower():  # "ضابط في الشرطة": a police officer
                nat = f"{nat} {inst}".strip()
            else:
                labels.append(org_txt)
                facility = anon.get("facilities", {}).get(strip_ar(words[i + 1]), "") if i + 2 < len(words) else ""
            break
        if w in ("المستوى",) or w.startswith("ل") and i == len(words) - 1:
            i += 1
            continue
        # an unknown modifier: keep the Arabic phrase as the label
        return _link(t, [t], "anonymous", "ar.anonymous", None)
    pre_mods = [
        lb for lb in labels if lb in mods.values() and lb != "senior" and not lb.startswith(("of ", "from "))
    ]
    post_mods = [lb for lb in labels if lb.startswith(("of ", "from "))]
    eng = " ".join(x for x in [nat, *pre_mods, head_en, *post_mods] if x)
    if org_names:
        eng = f"{org_names[0]} {head_en}"
    elif facility and eng == head_en:
        eng = f"{facility} {head_en}"
    senior = "senior " if "senior" in labels else ""
    name = senior + eng
    aliases = [t]  # the phrase as seen; the English label is the name
    # "مصدر في نقابة الصيادين بالحديدة"، "مسؤول في خفر السواحل التابع لوزارة الداخلية": also without the place/affiliation
    trimmed = _AR_TRAILING_QUALIFIER.sub("", t).strip()
    if org_names == [] and trimmed != t and len(trimmed.split()) >= 3:
        aliases.append(trimmed)
    pm = _AR_TRAILING_PLACE.search(t) if facility else None
    if pm and is_place_phrase(pm.group(1), "ar") and len(t[: pm.start()].split()) >= 3:
        aliases.append(t[: pm.start()])  # "مسؤول في مستشفى X في دهوك": also without the town
    if post_mods and not org_names:  # "أهالي القرية": "residents", read as "residents of the village"
        aliases.append(name.strip())
        name = senior + " ".join(x for x in [nat, *pre_mods, head_en] if x)
    return _link(name.strip(), aliases, "anonymous", "ar.anonymous", None)


# a title `_EN_ROLE_TITLED_NAME` needs ("Brig. Gen" holds "Gen", "Lt. Col" holds "Lt")
_EN_ROLE_TITLE_WORD = re.compile(r"Dr|Prof|Eng|Gen|Col|Maj|Capt|Lt")
_EN_ROLE_TITLED_NAME = re.compile(
    r"^(?:the\s+)?(.+?)\s+(?:Dr|Prof|Eng|Brig\.?\s*Gen|Maj\.?\s*Gen|Lt\.?\s*Col|Gen|Col|Maj|Capt|Lt)\.?\s+"
    r"((?:[A-Z][\w'’]+|(?:al|el|Al|El|Abu|Abou|bin|ibn|Bin)-[A-Z][\w'’]+)"
    r"(?:\s+(?:[A-Z][\w'’-]+|(?:al|el|Al|El)-[A-Z][\w'’]+|(?:abu|Abu|bin|ibn|Bin|Abdel|Abd)\s+[A-Z][\w'’-]+)){0,3})$"
)
_EN_NAME_WORD = re.compile(r"(?:[A-Z][a-z][\w'’-]*|(?:al|el|Al|El|Abu|bin|ibn)-[A-Z][\w'’]+)$")


def _en_role_then_name(words: list[str]) -> tuple[str, str] | None:
    """ "Provincial Water Minister Jamal Abdi Warsame": a capitalised role ending in a person word
    (`[titles] person`) then a 2-4 word name -> (role, name); else None."""
    if len(words) < 3 or not words[0][:1].isupper():
        return None
    ps = _en_titles().person_set
    for k, w in enumerate(words[:-2]):
        if w.lower() in ps:
            name = words[k + 1 :]
            if not 2 <= len(name) <= 4 or name[0].lower() in ps:
                return None
            if not all(_EN_NAME_WORD.match(x) for x in name):
                return None
            if not all(x[:1].isupper() or x in ("of", "for", "and") for x in words[: k + 1]):
                return None
            return " ".join(words[: k + 1]), " ".join(name)
    return None


_EN_DESCRIPTOR = re.compile(
    r"^(?:the\s+)?(?:[A-Z][\w.]*(?:\s[A-Z][\w.]*)?-based|UK-based|US-based|[\w]+-run|[\w]+-backed)\s+"
    r"((?:war\s+|rights\s+|human rights\s+|monitoring\s+)?(?:monitor|watchdog|group|organi[sz]ation|observatory|"
    r"agency|network|ministry|body|charity|ngo))$",
    re.I,
)


_EN_BARE_NOUN = re.compile(r"^[Tt]he\s+([a-z][a-z\-]{3,})$")


def _named_by_description(noun: str, ctx: LinkContext) -> SourceLink | None:
    """ "the paramilitary": the known body the text introduced with that word ("the paramilitary Rapid
    Support Forces", "the rebel Sudan People's Liberation Movement"), else None."""
    pat = re.compile(rf"\b[Tt]he\s+{re.escape(noun)}\s+((?:[A-Z][\w'’\-]*\s+){{0,4}}[A-Z][\w'’\-]*)")
    for m in pat.finditer(ctx.text[:20000]):
        words = m.group(1).split()
        for n in range(len(words), 0, -1):
            r = resolve_name(" ".join(words[:n]), "en")
            if r and r[2] in ("org", "agency"):
                return SourceLink(name=r[0], aliases=_uniq_names([" ".join(words[:n]), *r[1]], r[0]), kind="org", rule="en.described")
    return None


_EN_BODY_NOUNS = frozenset(
    {"brigade", "battalion", "militia", "force", "forces", "group", "movement", "faction", "army", "ministry",
     "agency", "council", "committee", "network", "organisation", "organization", "office", "directorate"}
)


# "the PKK-affiliated / Hamas-run / Iran-backed <Name>": a description before the body's own name
_EN_AFFILIATED = re.compile(
    r"^(?:the\s+)?[A-Z][\w.]*(?:\s[A-Z][\w.]*)?-(?:affiliated|run|backed|linked|aligned|controlled|owned|funded)\s+([A-Z].+)$",
    re.I,
)


def _names_of_body_before(noun: str, ctx: LinkContext) -> list[str]:
    """The names of the latest body met whose names hold `noun` ("ministry"), else []."""
    for link in reversed(ctx.seen):
        if link.kind == "org" and not link.rule.endswith(".name") and any(noun in n.lower() for n in link.names()):
            return link.names()
    return []


def _named_before_noun(noun: str, ctx: LinkContext) -> SourceLink | None:
    """ "the brigade": the one body the text named with its name before that noun ("the Rahbat al-Duroo
    brigade"), else None (none, or two different ones)."""
    if noun.lower() not in _EN_BODY_NOUNS:
        return None
    pat = re.compile(rf"\b[Tt]he\s+((?:(?:[A-Z]|al-[A-Z]|el-[A-Z])[\w'’\-]*\s+){{1,4}}){re.escape(noun)}\b")
    found = {m.group(1).strip() for m in pat.finditer(ctx.text[:20000])}
    if len(found) != 1:
        return None
    run = found.pop()
    r = resolve_name(f"{run} {noun}", "en") or resolve_name(run, "en")
    if r is not None and r[2] in ("org", "agency"):
        return SourceLink(name=r[0], aliases=_uniq_names([f"{run} {noun}", run, *r[1]], r[0]), kind="org", rule="en.named_noun")
    if r is not None:
        return None
    name = f"{run} {noun[:1].upper()}{noun[1:]}"
    return SourceLink(name=name, aliases=[f"{run} {noun}", run], kind="org", rule="en.named_noun")


def _uniq_names(names: list[str], first: str) -> list[str]:
    seen, out = {first}, []
    for n in names:
        if n not in seen:
            seen.add(n)
            out.append(n)
    return out


def _with_aliases(link: SourceLink, extra: list[str]) -> SourceLink:
    new = [a for a in extra if a and a not in link.names()]
    return link.model_copy(update={"aliases": [*link.aliases, *new]}) if new else link


# "a war monitor", "a Britain-based monitor", "a rights monitor": a monitor described, not named
_EN_MONITOR_DESC = re.compile(
    r"^(?:an?\s+)?(?:[A-Z][\w.]*(?:\s[A-Z][\w.]*)?-based\s+|UK-based\s+)?((?:war\s+|rights\s+|conflict\s+)?monitor)$"
)
_EN_MONITOR_NAME = re.compile(
    r"\b((?:[A-Z][\w\-]*\s+){0,3}Observatory(?:\s+(?:for|of)(?:\s+[A-Z][\w\-]*){1,3})?|(?:[A-Z][\w\-]*\s+){1,3}Monitor)\b"
)


def _named_monitor(ctx: LinkContext) -> SourceLink | None:
    """The first known monitoring body the report names ("a war monitor said" in a lede, its name a
    paragraph later: "The Syrian Observatory for Human Rights said"), else None."""
    head = ctx.text[:20000]
    if "Observatory" not in head and "Monitor" not in head:
        return None
    for m in _EN_MONITOR_NAME.finditer(head):
        words = m.group(1).split()
        for i in range(len(words) - 1):  # "Rights Observatory", "The Syrian Observatory": the longest known run
            r = resolve_name(" ".join(words[i:]), "en")
            if r and r[2] == "org":
                return SourceLink(
                    name=r[0], aliases=_uniq_names([" ".join(words[i:]), *r[1]], r[0]), kind="org", rule="en.monitor.named"
                )
    return None


def _descriptor_antecedent(head: str, ctx: LinkContext) -> SourceLink | None:
    """The latest named body a "<place>-based <head>" description refers back to."""
    want = head.split()[-1].lower()
    for link in reversed(ctx.seen):
        if link.kind not in ("org", "agency", "outlet") or link.rule.endswith(".name"):
            continue
        words = " ".join(link.names()).lower()
        if want == "ministry" and "ministry" not in words:
            continue
        return link
    return None


@cache
def _civil_defence_table() -> tuple[list[dict[str, Any]], re.Pattern[str]]:
    """The [[civil_defence]] entries of known_sources.toml and one pattern of all their place words."""
    raw = resources.files("marsad.sources").joinpath("known_sources.toml").read_text(encoding="utf-8")
    table = tomllib.loads(raw).get("civil_defence", [])
    words = sorted({c for e in table for c in e["cues"]}, key=len, reverse=True)
    pat = re.compile("|".join(re.escape(w) for w in words)) if words else re.compile(r"(?!x)x")
    return table, pat


def country_of(text: str) -> str | None:
    """The country whose place words occur most in `text` (None when none does)."""
    table, pat = _civil_defence_table()
    by_word = {c: e["country"] for e in table for c in e["cues"]}
    counts: dict[str, int] = {}
    for m in pat.finditer(text):
        c = by_word.get(m.group(0))
        if c:
            counts[c] = counts.get(c, 0) + 1
    return max(counts, key=lambda k: counts[k]) if counts else None


def _civil_defence_in_context(text: str, link: SourceLink, ctx: LinkContext) -> SourceLink:
    """A bare "Civil Defence" in copy about another country is that country's civil defence."""
    if re.search(r"syria|سوري|white helmets|الخوذ", text, re.I):
        return link
    country = country_of(text) or ctx.copy_country()
    if country in (None, "Syria"):
        return link
    table, _ = _civil_defence_table()
    e = next((x for x in table if x["country"] == country), None)
    if e is None:
        return link
    name = f"{e['en']} Civil Defence"
    aliases = [
        text.strip(),
        f"{e['en']} Civil Defense",
        "Civil Defence",
        "Civil Defense",
        f"الدفاع المدني {e['ar']}",
        "الدفاع المدني",
    ]
    return link.model_copy(update={"name": name, "aliases": _dedupe(aliases, name)})


_LinkCache = dict[tuple[str, str, tuple[str, ...]], tuple[SourceLink | None, tuple[str, ...]]]


@text_cache(1)
def _link_cache() -> _LinkCache:
    """The links built so far, by phrase and outlet (a text cache: emptied with the others)."""
    return {}


def _copy_link(link: SourceLink, span: Span | None) -> SourceLink:
    """A copy of a link that shares no mutable part with it (its aliases list; a new span)."""
    return trusted(SourceLink, {**link.__dict__, "aliases": list(link.aliases), "span": span})


def _cached_link(text: str, lang: str, ctx: LinkContext, span: Span | None) -> SourceLink | None:
    """Build a link once per phrase, outlet and country; earlier mentions are checked on every use.

    A phrase's link depends on the document only through its outlet and the
    earlier links `recall` finds; a cached link is reused only when none of the phrases it
    looked up is now recalled."""
    global _RECALLS
    key = (text, lang, tuple(ctx.outlet.names()) if ctx.outlet else ())
    cache = _link_cache()
    hit = cache.get(key)
    if hit is not None and all(ctx._recall(q) is None for q in hit[1]):
        return _copy_link(hit[0], span) if hit[0] is not None else None
    outer, _RECALLS = _RECALLS, []
    try:
        link = ar_link(text, ctx, span) if lang == "ar" else en_link(text, ctx, span)
    finally:
        calls, _RECALLS = _RECALLS, outer
        if outer is not None:
            outer.extend(calls)
    if not any(found for _, found in calls):
        if len(cache) > 50000:
            cache.clear()
        cache[key] = (
            _copy_link(link, link.span) if link is not None else None,
            tuple(q for q, _ in calls),
        )
    return link


def load(lang: str) -> None:
    """Load what link building reads for a language: lexicons, gazetteer words, patterns (once)."""
    known_sources()
    _person_titles()
    _civil_defence_table()
    # the key lists of the names package's fuzzy look-up, which `outlet._is_place` makes: built
    # here, not by the first text that needs them (a one-time cost, like the lexicons')
    from marsad.names.resolve import _fuzzy_keys

    _fuzzy_keys()
    (key_words if lang == "ar" else _en_name_vocab)()
    if lang == "ar":
        _known_key_suffixes()
        key_pairs()
        _ar_anaphor_set()
        _ar_link_patterns()
        _ar_head_first_words()
        _ar_head_patterns()
        _ar_heads_by_first_word()
    else:
        _en_determiners()
        _en_titles()
        _en_anonymous_heads()
        _known_key_suffixes()


_EN_HEAD_OF_BODY = re.compile(
    r"^(?:the\s+)?([A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,5})['’]s\s+"
    r"(?:head|chief|director|spokesman|spokeswoman|spokesperson|founder|chairman|president)$"
)


_EN_ITS_UNIT = re.compile(
    r"^(?:[Ii]ts|[Tt]heir)\s+(?:[a-z][\w\-]*\s+){0,3}"
    r"(?:room|command|wing|office|department|arm|unit|leadership|spokesman|spokeswoman|spokesperson|media\s+office)$"
)


def _body_named_before(ctx: LinkContext) -> SourceLink | None:
    """The latest body (not a person, an outlet or an unnamed source) of the last few links."""
    for link in reversed(ctx.seen[-3:]):
        if link.kind in ("org", "agency") and link.rule not in ("en.name", "ar.name"):
            return link
    return None


_PORTFOLIOS = {
    "health": "Health", "interior": "Interior", "defence": "Defence", "defense": "Defense",
    "foreign": "Foreign Affairs", "information": "Information", "education": "Education", "finance": "Finance",
}
_EN_GOV_MINISTRY = re.compile(
    r"^(?:[Tt]he\s+)?(?:(health|interior|defen[cs]e|foreign|information|education|finance)\s+[Mm]inistry\s+(?:of|in)\s+.*"
    r"[Gg]overnment\b.*|.*[Gg]overnment['’]s\s+(health|interior|defen[cs]e|foreign|information|education|finance)\s+[Mm]inistry)$",
    re.I,
)


_ONE_OF_SOURCES = re.compile(r"^(?:(?:one|another)\s+(?:of\s+the(?:se)?\s+sources|sources?)|of\s+the(?:se)?\s+sources|أحد\s+(?:هذه\s+)?المصادر|أحدهم)$", re.I)


def _sources_named_before(ctx: LinkContext) -> SourceLink | None:
    """The latest unnamed "<kind> sources" link of the copy (for "one source", "أحد المصادر")."""
    for link in reversed(ctx.seen[-4:]):  # (the sources of the last few statements only)
        if link.kind == "anonymous" and (link.name.endswith("sources") or link.name.startswith("مصادر")):
            return link
    return None


_EN_OFFICE_OF = re.compile(r"^(?:[Tt]he\s+)?[Oo]ffice\s+of\s+((?:the\s+)?(?:UN|U\.N\.|United Nations|[A-Z][\w\-]+)\b.*)$")
_EN_SPOKES_FOR = re.compile(
    r"^(?:[Aa]n?\s+|[Tt]he\s+|[Oo]ne\s+)?(?:official\s+|military\s+)?(spokes(?:man|woman|person))\s+(?:for|of)\s+(?:the\s+)?"
    r"([A-Z][\w\-'’]+(?:\s+[A-Z][\w\-'’]+){0,4})$"
)
_EN_BODY_SPOKES = re.compile(
    r"^(?:[Tt]he\s+)?((?:[A-Z][\w\-'’]+\s+){0,4}[A-Z][\w\-'’]+)\s+(?:official\s+|military\s+)?(spokes(?:man|woman|person))\s+[A-Z]"
)
_EN_SLASHED = re.compile(r"\b([A-Z][\w\-]*)/([A-Z][\w\-]*)\b")


def _slashed_name(text: str, ctx: LinkContext, span: Span | None) -> SourceLink | None:
    """ "Daesh/ISIS terror group": the phrase with one of the two names, when that one is known."""
    m = _EN_SLASHED.search(text)
    for part in (m.group(1), m.group(2)) if m is not None else ():
        link = _cached_link(text[: m.start()] + part + text[m.end() :], "en", ctx.probe(), span)  # type: ignore[union-attr]
        if link is not None and link.rule not in ("en.name", "en.person.role") and link.kind != "place":
            return _with_aliases(link, [text])
    return None


_PAREN_ABBR = re.compile(r"\s*\(\s*([A-Z][A-Za-z\-]{1,7})\s*\)\s*(?=$|[،,])")


def _abbreviated_body(text: str, pm: re.Match[str], lang: str, ctx: LinkContext, span: Span | None) -> SourceLink | None:
    """ "قوات X (ABC)، الجناح العسكري لـY"، "the X Forces (ABC)": the name before the bracketed abbreviation,
    which a body also goes by (what follows the brackets describes it). (round 16)"""
    head = text[: pm.start()].strip()
    link = make_link(head, lang, ctx, span)
    if link is None or link.kind not in ("org", "agency", "outlet") or pm.group(1) in link.aliases:
        return link
    return _with_aliases(link, [pm.group(1)])


def make_link(text: str, lang: str, ctx: LinkContext, span: Span | None = None) -> SourceLink | None:
    """The link a speaker phrase names (None for anaphors and empty phrases)."""
    text = text.strip()
    if not text or text in ("who", "whom"):
        return None  # ", who said": a relative pronoun (never the acronym WHO, which is written in capitals)
    im = _EN_ITS_UNIT.match(text) if lang == "en" and text[:3] in ("Its", "its", "The", "the") else None
    owner = _body_named_before(ctx) if im is not None else None
    if owner is not None:  # "X denied ... Its military operations room said": X, through its own arm (round 16)
        return _with_aliases(owner, [text])
    om = _ONE_OF_SOURCES.match(text) if "ne" in text or "أحد" in text else None
    group = _sources_named_before(ctx) if om is not None else None
    if group is not None:
        return _with_aliases(group, [text])  # "the sources said ... one source said": one of them (round 16)
    pm = _PAREN_ABBR.search(text) if "(" in text else None
    if pm is not None and pm.start() > 0:
        whole = _cached_link(text, lang, ctx.probe(), span)
        if whole is None or whole.rule in ("en.name", "ar.name") or whole.name.endswith(" " + pm.group(1)):
            # (a known name with its brackets stays: "the health ministry of the X Government (GNU)")
            return _abbreviated_body(text, pm, lang, ctx, span)
    dm = None
    if lang == "en":
        dm = _EN_DESCRIPTOR.match(text) if "-" in text else None  # (each of its forms has a hyphen)
        back = _descriptor_antecedent(dm.group(1), ctx) if dm else None
        if back is not None:  # "the Britain-based monitor": the body named before
            return back
    link = _cached_link(text, lang, ctx, span)
    if link is not None and lang == "en" and link.rule == "en.name" and "/" in text:
        link = _slashed_name(text, ctx, span) or link  # "Daesh/ISIS terror group": either name (round 16)
    om2 = _EN_OFFICE_OF.match(text) if link is None and lang == "en" and "ffice" in text else None
    if om2 is not None:  # "the office of the UN special envoy": the office speaks for its holder (round 16)
        held = make_link(om2.group(1), "en", ctx, span)
        link = _with_aliases(held, [text]) if held is not None and held.kind in ("person", "spokesperson", "org") else None
    nm = _EN_BARE_NOUN.match(text) if lang == "en" and link is not None and link.rule == "en.name" else None
    named = _named_by_description(nm.group(1), ctx) if nm is not None and ctx.text else None
    if named is not None:  # "the paramilitary Rapid Support Forces ... the paramilitary denied"
        return _with_aliases(named, [text])
    named = _named_before_noun(nm.group(1), ctx) if nm is not None and ctx.text else None
    if named is not None:  # "the Rahbat al-Duroo brigade ... the brigade denied": the body named with that noun
        return _with_aliases(named, [text])
    af = _EN_AFFILIATED.match(text) if lang == "en" and link is not None and link.rule == "en.org" and "-" in text else None
    inner = make_link(af.group(1), "en", ctx, span) if af is not None else None
    if inner is not None and inner.kind in ("org", "agency", "outlet") and not inner.rule.endswith(".name"):
        return _with_aliases(inner, [text])  # "the PKK-affiliated Firat News Agency": the agency (round 17)
    mm = _EN_MONITOR_DESC.match(text) if lang == "en" and link is not None and "onitor" in text else None
    later = _named_monitor(ctx) if mm is not None and ctx.text and link.kind != "person" else None
    if later is not None:  # "..., a war monitor said." over "The Syrian Observatory for Human Rights said ..."
        return _with_aliases(later, [text, mm.group(1)])
    if link is not None and lang == "en" and dm is not None and link.kind != "person":
        # "a Britain-based war monitor" named before its body: the description's head is what it goes by
        link = _with_aliases(link, [dm.group(1)])
    hm = (
        _EN_HEAD_OF_BODY.match(text) if lang == "en" and link is not None and link.kind in ("anonymous", "person") else None
    )
    owner = make_link(hm.group(1), "en", ctx.probe()) if hm is not None else None
    if owner is not None and owner.kind == "org" and owner.rule not in ("en.name", "ar.name"):
        return _with_aliases(owner, [text])  # "the Observatory's head": the body's head speaks for it, one link
    if link is not None and lang == "en" and link.kind == "anonymous" and re.search(r"\w['’]s\s", text):
        # "Daraa's health director" is also "Daraa health director"
        link = _with_aliases(link, [re.sub(r"^(?:the\s+)?(\S+?)['’]s\s", r"\1 ", text.strip())])
    sm = _EN_SPOKES_FOR.match(text) if link is not None and link.rule == "en.person.role" and "spokes" in text else None
    if sm is not None and link is not None:  # "a spokesperson for X Y" (X Y unknown): the body is a name of the link too (round 16)
        link = _with_aliases(link, [sm.group(2), f"{sm.group(2)} {sm.group(1)}"])
    gm = _EN_GOV_MINISTRY.match(text) if link is not None and lang == "en" and "inistry" in text else None
    if gm is not None and link is not None and link.rule.startswith("en.known") and "overnment" in link.name:
        # "the health ministry of the X Government": that government's ministry (round 16)
        port = (gm.group(1) or gm.group(2)).lower()
        own = _cached_link(f"{link.name} {port} ministry", "en", ctx.probe(), span)
        if own is not None and own.rule.startswith("en.known") and own.name != link.name:
            link = _with_aliases(own, [text])
        else:
            link = _with_aliases(link, [f"{port} ministry", f"Ministry of {_PORTFOLIOS[port]}", f"{link.name} {port} ministry"])
    if link is not None and lang == "ar" and link.rule == "ar.anonymous" and " في " in text:
        head = _ar_clean(text.split(" في ", 1)[0])  # "مصدر عسكري في قوات X": also "مصدر عسكري" (round 16)
        if 2 <= len(head.split()) <= 3 and not any(_ar_clean(a) == head for a in link.names()):
            link = _with_aliases(link, [head])
    bm = _EN_BODY_SPOKES.match(text) if link is not None and link.kind == "spokesperson" and "spokes" in text else None
    if bm is not None and link is not None:  # "X Y spokesman Ali Z": the body X Y is a name of the link too (round 16)
        link = _with_aliases(link, [bm.group(1), f"{bm.group(1)} {bm.group(2)}"])
    if link is not None and link.name == "Syrian Civil Defense":
        link = _civil_defence_in_context(text, link, ctx)
    if link is not None and (link.rule not in ("en.name", "ar.name") or len(link.name.split()) <= 4):
        ctx.remember(link)
    return link
