"""Recognition of places, organisations, people and outlets in both scripts.

1. The gazetteer, by longest match over normalised tokens (a prefix set gates
   each step, so the pass is linear); Arabic words may carry a clitic (و ب ل ف ك).
2. Patterns for names the gazetteer lacks (lang/ar/names.toml, lang/en/names.toml):
   kunya and nasab (أبو X الY, عبد ال..., بن), given names, titles and roles
   (المتحدث باسم ..., spokesman, Capt.), head nouns of bodies and outlets (وكالة،
   قناة، مرصد, Agency, Monitor ...), place cues (قرية، بلدة, village of ...),
   DIN-romanised names, and the masthead line of the page.
3. One Entity per (surface, language half); names of one thing share an id across
   scripts (gazetteer id, else the consonant skeleton of the romanised name).
"""

from __future__ import annotations

import gc
import importlib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache, partial
from itertools import accumulate, compress
from operator import attrgetter, itemgetter, not_
from typing import NamedTuple

from marsad.memo import text_cache
from marsad.names import refine
from marsad.names.canonical import (
    DIN_MARKS,
    _reverse_attested,
    canonical_from_arabic,
    canonical_with_head,
    din_to_wire,
    latin_to_din,
)
from marsad.names.din import romanize_din
from marsad.names.gazetteer import Record, gazetteer, surface_din
from marsad.names.institutions import translate_institution
from marsad.names.lexicon import lexicon
from marsad.names.normalize import (
    fold_arabic,
    fold_arabic_uncached,
    fold_latin,
    lat_tokens,
    name_key,
    skeleton,
)
from marsad.names.patterns import ar_patterns, en_patterns
from marsad.names.resolve import lookup
from marsad.record import Document, Entity, Mention, Span, trusted

_AR = "\u0621-\u063A\u0641-\u064A\u064B-\u0652\u0670\u0671-\u06D3\u0640"
_LA = "A-Za-z\u00C0-\u024F\u1E00-\u1EFF"
_TOKEN = re.compile(
    rf"[{_AR}]+|[‘ʿ’]?[{_LA}][{_LA}‘’'ʿʾ]*(?:[-.][‘ʿ’]?[{_LA}][{_LA}‘’'ʿʾ]*)*|\d+"
)
_WORD_TAIL = rf"[{_LA}‘’'ʿʾ]*(?:[-.][‘ʿ’]?[{_LA}][{_LA}‘’'ʿʾ]*)*"
# The words of a text and the gaps between them: _TOKEN's words, written to open with one character class
# (the first letters of its branches) so that re skips a gap's characters in C instead of trying every
# branch at each of them; a look-behind at that letter then picks _TOKEN's branch.
_TOKEN_SPLIT = re.compile(rf"([{_AR}‘ʿ’{_LA}\d](?:(?<=[{_AR}])[{_AR}]*|(?<=[‘ʿ’])[{_LA}]{_WORD_TAIL}"
                          rf"|(?<=[{_LA}]){_WORD_TAIL}|(?<=\d)\d*))")
# The same split, cheaper: the tail's repeats possessive (nothing follows a word in the pattern, so re never
# backtracks into them: the same words), and for English paragraphs the Latin branch tried first (the
# look-behinds test disjoint classes, so one branch at most can match: the order changes no word).
_POSSESSIVE_TAIL = rf"[{_LA}‘’'ʿʾ]*+(?:[-.][‘ʿ’]?[{_LA}][{_LA}‘’'ʿʾ]*+)*+"
_SPLIT_AR_FIRST = re.compile(rf"([{_AR}‘ʿ’{_LA}\d](?:(?<=[{_AR}])[{_AR}]*|(?<=[{_LA}]){_POSSESSIVE_TAIL}"
                             rf"|(?<=[‘ʿ’])[{_LA}]{_POSSESSIVE_TAIL}|(?<=\d)\d*))")
_SPLIT_LATIN_FIRST = re.compile(rf"([{_AR}‘ʿ’{_LA}\d](?:(?<=[{_LA}]){_POSSESSIVE_TAIL}|(?<=[{_AR}])[{_AR}]*"
                                rf"|(?<=[‘ʿ’])[{_LA}]{_POSSESSIVE_TAIL}|(?<=\d)\d*))")
_POSSESSIVE = re.compile(r"['’]s?$")
_SUFFIX = re.compile(r"^(.*[A-Za-z\u00C0-\u024F\u1E00-\u1EFF])-(?:held|backed|led|based|controlled|affiliated|linked|"
                     r"run|allied|aligned|owned|style|era|born|funded|made|operated|supported|sponsored|managed|administered)$")
_JOIN_GAP = re.compile(r"^(?:['’]s?)?[ \t\u00a0]*(?:[-–][ \t\u00a0]*)?$")
_ABBREV = {"Gen", "Capt", "Maj", "Col", "Lt", "Sgt", "Adm", "Dr", "Jr", "Mr", "Mrs", "Ms", "St", "Brig",
           "Cmdr", "Sen", "Rep", "Gov", "Lt.-Gen", "Maj.-Gen", "U.S", "U.N", "U.K"}
_ART_OR_BIN = re.compile(r"^(?:al|el|a[dtrsznl]|aš|aṣ|aḍ|aṭ|aẓ|aṯ|aḏ)-|^(?:bin|ibn)$")
_LAT_ART = re.compile(r"^(?:al|el|a[dtrsznl]|aš|aṭ|aḍ|aṣ|aẓ|aṯ|aḏ)-")
_AL_EL = re.compile(r"^(?:al|el)-")
_SHORT_PREFIX = re.compile(r"^[a-z]{1,2}-")
_HARAKAT = re.compile("[\u064B-\u0652]")
_MARKS = re.compile("[\u064B-\u0652\u0670\u0640]")
_AR_CLITICS = ("وب", "ول", "فب", "فل", "وك", "و", "ف", "ب", "ل", "ك")
_AR_CLITICS2 = frozenset(c for c in _AR_CLITICS if len(c) == 2)
_ORGISH = {"ansar", "jaish", "jaysh", "jabhat", "liwa", "harakat", "kataib", "saraya", "faylaq", "tanzim",
           "hayat", "ahrar", "ǧabhat", "ḥarakat", "katā’ib", "sarāyā", "tanẓīm", "hay’at", "aḥrār", "ǧayš"}


class Tok(NamedTuple):
    """One word of a paragraph: its span, then the cached facts of the word (built in C, see tokenize)."""

    start: int
    end: int
    text: str
    ar: bool
    key: str  # normalised key for the gazetteer ("" for a bare article)
    fold: str  # folded text (Arabic) or casefolded text (Latin)
    cap: bool = False  # Latin: capitalised (after an article al-/ad-...)
    din: bool = False  # Latin: carries DIN letters
    gz: tuple = ()  # gazetteer starts: (key, letters to skip, clitic) for each reading that begins a known name
    trig: bool = False  # may start a pattern (a cue word, a given name, a capitalised word ...)
    fix: bool = False  # Latin: to be trimmed ('s, -led) or maybe given a full stop (Gen., U.S.), see _fixed_word
    cue: bool = False  # Latin: may start an English pattern (a name word, a title, a role, a name intro)
    name: bool = False  # Latin: a name word of the English patterns (see _en_name_tok)
    en_trig: bool = False  # Latin and a trigger: where the English passes may start
    flags: int = 0  # the facts the passes select words by, as bits (_F_GZ ...): one byte a word in TokTable.flags


_BARE_ARTICLES = frozenset(("al", "el", "the"))  # a bare article: no gazetteer key
_CAP_ARTICLES = frozenset(("al-", "el-", "ad-", "an-", "as-", "at-", "ar-", "az-", "aš-", "aḍ-", "aṭ-", "aṣ-"))


def _is_cap(w: str) -> bool:
    t = w.lstrip("‘’ʿʾ")
    if t[:3].lower() in _CAP_ARTICLES:
        t = t[3:].lstrip("‘’ʿʾ") or t
    return t[:1].isupper()


@dataclass(slots=True)
class Hit:
    start: int
    end: int
    text: str
    lang: str
    type: str
    rule: str
    rec: Record | None = None
    din: str | list[str] | None = None
    canonical: str | None = None
    western: bool = False
    ntok: int = 1
    key: str = ""
    extra: dict = field(default_factory=dict)


_new_tok = partial(tuple.__new__, Tok)
# fields of a word's cached facts (_word_info): a Tok without its span
_W_TEXT, _W_AR, _W_FOLD, _W_GZ, _W_TRIG, _W_FIX, _W_CUE = (itemgetter(k) for k in (0, 1, 3, 6, 7, 8, 9))
_W_NAME, _W_EN_TRIG, _W_FLAGS = 10, itemgetter(11), itemgetter(12)
# the bits of a word's flags: gazetteer starts, trigger, to be fixed, English cue, Latin trigger, Arabic, a Latin
# organisation head (of the English patterns)
_F_GZ, _F_TRIG, _F_FIX, _F_CUE, _F_EN_TRIG, _F_AR, _F_ORG_HEAD = 1, 2, 4, 8, 16, 32, 64


def _flag_table(bits: int) -> bytes:
    """A translation of a TokTable's flags to 1 where every one of `bits` is set, else 0."""
    return bytes(v & bits == bits for v in range(256))


_GZ_WORD, _FIX_WORD, _CUE_WORD, _EN_TRIG_WORD, _AR_WORD = map(_flag_table, (_F_GZ, _F_FIX, _F_CUE, _F_EN_TRIG, _F_AR))
_AR_TRIG_WORD, _EN_ORG_HEAD = _flag_table(_F_TRIG | _F_AR), _flag_table(_F_ORG_HEAD)


class TokTable(dict):
    """The words of a paragraph by index. Offsets and the cached facts of each word sit in parallel lists;
    the Tok of an index is built on first use and kept (the passes look at flagged words and their
    neighbours only). Indexing is by int, as in a list (negative from the end); no slices."""

    __slots__ = ("n", "starts", "ends", "words", "infos", "flags")

    def __missing__(self, i: int) -> Tok:
        tok = self[i] = _new_tok((self.starts[i], self.ends[i], *self.infos[i]))
        return tok

    def __len__(self) -> int:
        return self.n

    def span(self, a: int, b: int) -> list[Tok]:
        """The tokens a..b-1, as a list slice [a:b] (0 <= a) gives them."""
        return [self[x] for x in range(a, min(b, self.n))]

    def flagged(self, field: itemgetter) -> list[int]:
        """Indices of the words whose fact `field` (_W_GZ, _W_TRIG ...) is true."""
        return list(compress(range(self.n), map(field, self.infos)))

    def having(self, flag: bytes) -> list[int]:
        """Indices of the words whose flags have the bits of `flag` (_GZ_WORD ...), read from the table's byte of
        flags per word (translated in C), where a pass over every word's facts makes a call per word."""
        return list(compress(range(self.n), self.flags.translate(flag)))

    def any(self, flag: bytes) -> bool:
        """Whether some word's flags have the bits of `flag`."""
        return 1 in self.flags.translate(flag)


def token_table(text: str, start: int, end: int, latin: bool = False) -> TokTable:
    """Words of text[start:end] with their offsets and lookup keys (C-level passes: the words split out,
    their offsets summed from the lengths of the parts, the cached facts of each word; the few words
    flagged `fix` are then trimmed or extended). `latin`: mostly Latin text (the split tries that branch
    first; the words are the same)."""
    seg = text[start:end]
    if seg.isascii():  # (most English paragraphs) its gaps as spaces: the words are the chunks between spaces
        starts, ends, words = _chunk_words(seg.translate(_ASCII_GAPS).split(" "), start)
    else:
        parts = (_SPLIT_LATIN_FIRST if latin else _SPLIT_AR_FIRST).split(seg)  # gap, word ..., gap
        pos = list(accumulate(map(len, parts), initial=start))  # offsets of the parts
        starts, ends, words = pos[1:-1:2], pos[2::2], parts[1::2]
    table = TokTable()
    table.starts, table.ends, table.words = starts, ends, words
    table.infos = infos = list(map(_word_info, words))
    table.flags = flags = bytearray(map(_W_FLAGS, infos))
    for i in reversed(list(compress(range(len(infos)), flags.translate(_FIX_WORD)))):
        fixed = _fixed_word(text, starts[i], ends[i], words[i], end)
        if fixed is None:
            del starts[i], ends[i], words[i], infos[i], flags[i]
        elif fixed[0] != ends[i]:
            ends[i], words[i] = fixed
            infos[i] = _word_info(fixed[1])
            flags[i] = infos[i][12]
    table.n = len(infos)
    return table


# In ASCII text a word holds letters, digits and a Latin word's ' - . (its other marks, ‘ ʿ ’ ʾ, lie past ASCII);
# any other character is a gap, which the split's words do not cross: written as a space, the text's chunks
# between spaces hold the words
_ASCII_GAPS = [c if chr(c).isalnum() or chr(c) in "'-." else 0x20 for c in range(128)]


def _chunk_words(chunks: list[str], start: int) -> tuple[list[int], list[int], list[str]]:
    """(starts, ends, words) of the split's words in a text at offset `start`, from its chunks between single
    spaces (split in C: no regex match per word), when no word crosses a space and a chunk of letters is one word
    (an ASCII text with its gaps as spaces). The few other chunks (a full stop, a hyphen, digits: 8% of English
    chunks) are read one by one. (Not for Arabic: there, splitting at spaces, 15% of the chunks to read one by one
    and the letters to check cost more than the regex split.)"""
    steps = [1] * (2 * len(chunks) - 1)  # the chunks' lengths and the spaces between them
    steps[::2] = map(len, chunks)
    pos = list(accumulate(steps, initial=start))  # where each chunk starts and ends
    starts, ends = pos[::2], pos[1::2]
    alpha = list(map(str.isalpha, chunks))
    if all(alpha):
        return starts, ends, chunks
    out_s: list[int] = []
    out_e: list[int] = []
    words: list[str] = []
    prev = 0
    for k in compress(range(len(alpha)), map(not_, alpha)):
        out_s += starts[prev:k]
        out_e += ends[prev:k]
        words += chunks[prev:k]
        prev = k + 1
        chunk = chunks[k]
        if not chunk:
            continue
        if chunk[-1] in ".-" and chunk[:-1].isalpha():  # a word, then a full stop or a hyphen that joins nothing
            out_s.append(starts[k])
            out_e.append(ends[k] - 1)
            words.append(chunk[:-1])
        elif chunk.isdecimal():
            out_s.append(starts[k])
            out_e.append(ends[k])
            words.append(chunk)
        else:
            parts = _SPLIT_AR_FIRST.split(chunk)
            at = list(accumulate(map(len, parts), initial=starts[k]))
            out_s += at[1:-1:2]
            out_e += at[2::2]
            words += parts[1::2]
    out_s += starts[prev:]
    out_e += ends[prev:]
    words += chunks[prev:]
    return out_s, out_e, words


def tokenize(text: str, start: int, end: int) -> list[Tok]:
    """Every token of token_table(text, start, end), in order."""
    table = token_table(text, start, end)
    return [table[i] for i in range(len(table))]


def _fixed_word(text: str, s: int, e0: int, word: str, end: int) -> tuple[int, str] | None:
    """(end, word) of a Latin word without its possessive ('s) or suffix (-led), with its full stop when
    an abbreviation (Gen., U.S.); None when nothing is left."""
    w = _trimmed(word)
    if not w:
        return None
    e = s + len(w)
    if e < end and text[e] == "." and (w in _ABBREV or (len(w) == 1 and w.isupper()) or "." in w):
        e += 1
        w = text[s:e]
    return e, w


@text_cache(50_000)
def _trimmed(w: str) -> str:
    """A Latin word without its possessive ('s) or suffix (-led)."""
    if "'" in w or "’" in w:
        pm = _POSSESSIVE.search(w)
        if pm:
            w = w[: pm.start()]
    if "-" in w:
        sm = _SUFFIX.match(w)
        if sm:
            w = sm.group(1)
    return w


@text_cache(300_000)
def _word_info(w: str) -> tuple[str, bool, str, str, bool, bool, tuple, bool, bool, bool, bool, bool, int]:
    """(the word, Arabic?, gazetteer key, folded form, capitalised, DIN letters, gazetteer starts, pattern
    trigger, may need fixing, English pattern cue, English name word, Latin trigger, flags) of one word, computed
    once per distinct word: the per-token passes only look at flagged words."""
    ar = "\u0621" <= w[0] <= "\u06FF" and not w[0].isdigit()
    if ar:
        fold = fold_arabic_uncached(w)  # the word's facts are cached: its fold need not be
        if fold.isalnum():  # one word: _ar_word_key's first case, without the call
            key = fold[2:] if fold.startswith("ال") and len(fold) > 3 else fold
        else:
            key = _ar_word_key(fold)
        pref, triggers = _arabic_word_lists()
        if not key:
            gz = ()
        elif fold[:1] not in "وفبلك":  # no clitic: _ar_variants_of's first case, without the call
            gz = ((key, 0, ""),) if key in pref else ()
        else:
            gz = _ar_variants_of(key, fold)
        trig = fold in triggers
        return w, True, key, fold, False, False, gz, trig, False, False, False, False, \
            (_F_GZ if gz else 0) | (_F_TRIG if trig else 0) | _F_AR
    fold = w.casefold()
    if fold in _BARE_ARTICLES:
        key = ""
    elif w.isascii() and w.isalnum():
        key = fold  # lat_tokens of a plain ASCII word: the word casefolded
    else:
        key = " ".join(lat_tokens(w))
    cap, din = _is_cap(w), bool(DIN_MARKS.search(w))
    prefixes, extendable, literal, titles, roles, firsts, heads, stop = _latin_word_lists()
    gz = ((key, 0, ""),) if key and key in prefixes and (cap or din or key in extendable or w in literal) else ()
    cue_word = w in titles or fold in roles or fold in firsts  # a title, a role or the first word of a name intro
    trig = cap or din or cue_word or w in heads
    # trimmed ('s, -led) or given a full stop (Gen., U.S.) by _fixed_word; any other word it leaves as it is
    fix = not "\u0621" <= w[0] <= "\u06FF" and ("." in w or w in _ABBREV or (len(w) == 1 and w.isupper()) or (
        ("'" in w or "’" in w or "-" in w) and _trimmed(w) != w))
    name = (cap or din) and w not in stop and not w.isdigit()  # _en_name_tok
    cue = name or cue_word
    flags = (_F_GZ if gz else 0) | (_F_TRIG | _F_EN_TRIG if trig else 0) | (_F_FIX if fix else 0) \
        | (_F_CUE if cue else 0) | (_F_ORG_HEAD if w in heads else 0)
    return w, False, key, fold, cap, din, gz, trig, fix, cue, name, trig, flags


@lru_cache(maxsize=1)
def _arabic_word_lists() -> tuple[frozenset[str], frozenset[str]]:
    """What _word_info asks of an Arabic word, in one call: (_prefixes, _ar_trigger_words)."""
    return _prefixes(), _ar_trigger_words()


@lru_cache(maxsize=1)
def _latin_word_lists() -> tuple:
    """What _word_info asks of a Latin word, in one call: (_prefixes, _extendable, _literal_names, and the
    English patterns' titles, roles, first words of name intros, organisation heads and stop words)."""
    enp = en_patterns()
    return (_prefixes(), _extendable(), _literal_names(), enp.titles, enp.roles, _intro_firsts(enp),
            enp.org_heads, enp.stop)


_AR_SPLIT = re.compile(r"[^\w]+")


def _ar_word_key(fold: str) -> str:
    """name_key of one folded Arabic word (the article dropped from each part), without re-folding it."""
    if fold.isalnum():  # one word (no "_" in Arabic tokens): no split
        return fold[2:] if fold.startswith("ال") and len(fold) > 3 else fold
    parts = [p[2:] if p.startswith("ال") and len(p) > 3 else p for p in _AR_SPLIT.split(fold) if p]
    return " ".join(parts)


@lru_cache(maxsize=1)
def _ar_triggers() -> frozenset[str]:
    arp = ar_patterns()
    return frozenset().union(_intro_firsts(arp), arp.speech_verbs, arp.kunya, arp.given, arp.western_given,
                             arp.org_heads, arp.place_cues, arp.roles, {"عبد"})


@lru_cache(maxsize=1)
def _ar_trigger_words() -> frozenset[str]:
    """Folded words that may start an Arabic pattern: _ar_triggers, and each word that _ar_clitic_trigger
    accepts (a clitic letter before a word of its lists), in one set."""
    arp = ar_patterns()
    with_clitic = {c + r for c in "وفب" for r in (*arp.kunya, *arp.org_heads, *arp.given, "عبد")}
    with_clitic |= {"ل" + r for r in arp.org_heads} | {c + r for c in "وب" for r in arp.place_cues}
    return _ar_triggers() | with_clitic


def _ar_clitic_trigger(f: str) -> bool:
    arp = ar_patterns()
    r = f[1:]
    return (f[:1] in "وفب" and (r in arp.kunya or r in arp.org_heads or r in arp.given or r == "عبد")) or \
        (f[:1] == "ل" and r in arp.org_heads) or (f[:1] in "وب" and r in arp.place_cues)


@lru_cache(maxsize=1)
def _literal_names() -> frozenset[str]:
    return frozenset(n for r in gazetteer().records.values() for n in r.all_names())


@lru_cache(maxsize=1)
def _extendable() -> frozenset[str]:
    """Gazetteer key prefixes that more words can follow. A lower-case Latin word that is neither one
    nor a listed name never starts a match (_accept takes a lower-case name only as listed)."""
    out = set()
    for key in gazetteer().index:
        words = key.split()
        for i in range(1, len(words)):
            out.add(" ".join(words[:i]))
    return frozenset(out)


@lru_cache(maxsize=1)
def _prefixes() -> frozenset[str]:
    out = set()
    for key in gazetteer().index:
        words = key.split()
        for i in range(1, len(words) + 1):
            out.add(" ".join(words[:i]))
    return frozenset(out)


@lru_cache(maxsize=1)
def _continuations() -> dict[str, frozenset[str]]:
    """Each key of _extendable -> the words (keys of one or more words) that continue it to a key of _prefixes:
    `rest in _continuations()[key]` is `f"{key} {rest}" in _prefixes()`, without building that string."""
    out: dict[str, set[str]] = {}
    for p in _prefixes():
        words = p.split(" ")
        for k in range(1, len(words)):
            out.setdefault(" ".join(words[:k]), set()).add(" ".join(words[k:]))
    return {k: frozenset(v) for k, v in out.items()}


@text_cache(50_000)
def _records_of(key: str) -> tuple[Record, ...]:
    """gazetteer().lookup_key(key), once per key."""
    return tuple(gazetteer().lookup_key(key))


def _joinable(text: str, a: Tok, b: Tok, strict: bool = False, listed: bool = False) -> bool:
    """Adjacent in one name: same script, only spaces (or, unless strict, a dash) between; in Arabic a
    dash joins only names the gazetteer lists (داعش – ولاية خراسان)."""
    if a.ar != b.ar:
        return False
    if b.start - a.end == 1 and text[a.end] == " ":
        return True
    gap = text[a.end : b.start]
    if (strict or (a.ar and not listed)) and ("–" in gap or "-" in gap or "—" in gap):
        return False  # كوردستان – ارتفع: a dateline's dash ends an Arabic name the gazetteer does not list
    return a.ar == b.ar and bool(_JOIN_GAP.match(gap))


def _joinable_at(text: str, toks: TokTable, a: int, b: int, strict: bool = False, listed: bool = False) -> bool:
    """_joinable(text, toks[a], toks[b], strict, listed), read from the table's lists (no token built)."""
    infos = toks.infos
    ar = infos[a][1]
    if ar != infos[b][1]:
        # كوردستان24: a listed name written glued to its number (an outlet's brand)
        return listed and ar and toks.ends[a] == toks.starts[b] and toks.words[b].isdigit()
    e, s = toks.ends[a], toks.starts[b]
    if s - e == 1 and text[e] == " ":
        return True
    gap = text[e:s]
    if (strict or (ar and not listed)) and ("–" in gap or "-" in gap or "—" in gap):
        return False
    if listed and gap == "/" and not ar:
        return True  # PKK/YPG: a listed name written with a slash
    return bool(_JOIN_GAP.match(gap))


def _drop_letters(word: str, n: int) -> int:
    """Offset in `word` after its first `n` letters (skipping diacritics)."""
    seen = 0
    for i, c in enumerate(word):
        if "\u064B" <= c <= "\u0652" or c in "\u0670\u0640":
            continue
        if seen == n:
            return i
        seen += 1
    return len(word)


def _ar_variants(t: Tok) -> tuple[tuple[str, int, str], ...]:
    """(key, letters to skip, clitic) for an Arabic token that may start a gazetteer name."""
    return _ar_variants_of(t.key, t.fold)


def _ar_variants_of(key: str, f: str) -> tuple[tuple[str, int, str], ...]:
    """(key, letters to skip, clitic) of each reading of a folded word that begins a gazetteer name: the
    word as is, and without the clitic(s) it begins with (longest first; لل = ل + ال)."""
    pref = _prefixes()
    if f[:1] not in "وفبلك":  # no clitic: the word as is
        return ((key, 0, ""),) if key in pref else ()
    readings = _clitic_variants(f, pref)
    return ((key, 0, ""), *readings) if key in pref else readings


def _clitic_variants(f: str, pref: frozenset[str]) -> tuple[tuple[str, int, str], ...]:
    """(key, letters to skip, clitic) of each reading of a folded word without the clitic(s) it begins with
    that begins a gazetteer name (longest clitic first; لل = ل + ال)."""
    out = []
    for c in ((f[:2], f[:1]) if f[:2] in _AR_CLITICS2 else (f[:1],)):
        if len(f) - len(c) >= 2:
            rest = f[len(c) :]
            if rest.startswith("ال") and len(rest) > 3:
                rest = rest[2:]
            elif c.endswith("ل") and rest.startswith("ل") and len(rest) > 2:
                rest = rest[1:]
            if rest in pref:
                out.append((rest, len(c), c))
    return tuple(out)


def _upper_context(text: str, s: int, e: int) -> bool:
    n, caps = _letter_counts(text[max(0, s - 40) : e + 40])
    return n > 10 and caps > 0.8 * n


def _gazetteer_hits(text: str, toks: TokTable, lang: str) -> tuple[list[Hit], set[int]]:
    gz = gazetteer()
    index, ext, literal = gz.index, _continuations(), _literal_names()
    arp, enp = ar_patterns(), en_patterns()
    hits: list[Hit] = []
    covered: set[int] = set()
    n = len(toks)
    resume = 0  # the first token not inside an accepted name
    infos, starts, ends = toks.infos, toks.starts, toks.ends
    for i in toks.having(_GZ_WORD):
        if i < resume:
            continue
        info = infos[i]  # the word's facts: its token is built only for a match
        ar = info[1]
        best = None
        # _accept takes a lower-case Latin word alone only as a listed name: no single-word match otherwise
        alone = ar or info[4] or info[5] or info[0] in literal
        for key, skip, clitic in info[6]:
            j = i
            while True:  # the words from i to j (articles skipped) begin a gazetteer name (key is in _prefixes)
                if key in index and (best is None or j > best[0]) and (infos[j][2] if j > i else alone) \
                        and (ar or j == i or infos[j][4] or infos[j][5] or text[starts[i] : ends[j]] in literal):
                    best = (j, key, skip, clitic)  # a Latin name does not end in a lower-case word (Amaq news agency)
                follow = ext.get(key)
                if follow is None:
                    break  # no longer name begins so: a next word (or one after an article) cannot match
                j += 1
                if j >= n:
                    break
                nkey = infos[j][2]
                if nkey and nkey not in follow:
                    break
                e = ends[j - 1]  # one space between words of one script: joinable (else _joinable_at decides)
                if not (starts[j] - e == 1 and text[e] == " " and infos[j - 1][1] == infos[j][1]) \
                        and not _joinable_at(text, toks, j - 1, j, listed=True):
                    break
                if nkey:
                    key = f"{key} {nkey}"
                elif j + 1 >= n:
                    break
        if best is None:
            continue
        t = toks[i]
        j, key, skip, clitic = best
        recs = _records_of(key)
        start = t.start + _drop_letters(t.text, skip) if t.ar else t.start  # a Latin word has no clitic
        surface = text[start : toks[j].end]
        if clitic.endswith("ل") and t.fold[len(clitic) :].startswith("ل"):
            surface = "ال" + surface[1:]  # لل = ل + ال
        rec = _accept(recs, surface, toks, i, j, text, clitic, arp, enp)
        if rec is None:
            continue
        extra: dict = {"i": i, "j": j}
        if t.ar and rec.type == "org" and j + 1 < n and _joinable(text, toks[j], toks[j + 1]):
            nat = arp.inst_words.get(toks[j + 1].fold.removeprefix("ال"), "")
            if nat.startswith("^") and toks[j + 1].fold.startswith("ال"):
                j += 1  # وزارة الدفاع الأفغانية: a national body the gazetteer lists only generically
                surface = text[start : toks[j].end]
                extra = {"i": i, "j": j, "canonical": f"{nat[1:]} {rec.canonical}"}
        hits.append(Hit(start, toks[j].end, surface, lang, rec.type, f"names.gazetteer.{rec.source}", rec=rec,
                        ntok=j - i + 1, key=key, extra=extra))
        head = key.split(" ", 1)[0]  # without a clitic: لحركة الجهاد -> حركه
        if j > i and (t.key in _GENERIC_HEADS or t.key.removeprefix("ال") in _GENERIC_HEADS
                      or head in _GENERIC_HEADS):
            rest_key = " ".join(x.key for x in toks.span(i + 1, j + 1) if x.key)
            if rec.id in gz.index.get(rest_key, ()):
                s2 = toks[i + 1].start
                hits.append(Hit(s2, toks[j].end, text[s2 : toks[j].end], lang, rec.type,
                                f"names.gazetteer.{rec.source}", rec=rec, ntok=j - i, key=rest_key,
                                extra={"i": i + 1, "j": j}))
        covered.update(range(i, j + 1))
        resume = j + 1
    return hits, covered


@text_cache(50_000)
def _names_with_key(rid: str, key: str) -> list[str]:
    gz = gazetteer()
    key_of = gz.key_of  # (the names' keys, computed with the index)
    return [a for a in gz.records[rid].all_names() if key_of(a) == key]


def _accept(recs: Sequence[Record], surface: str, toks: TokTable, i: int, j: int, text: str, clitic: str,
            arp, enp) -> Record | None:
    """Apply the precision guards to a gazetteer match; the record to use, or None."""
    if i == j:  # one word (most matches): _accept_plain's checks for it, those of the word alone read once
        if toks.infos[i][1]:
            return _accept_arabic_word(recs, surface, toks, i, text, clitic, arp, enp)
        return _accept_latin_word(recs, toks, i, text, arp, enp)
    return _accept_plain(recs, surface, toks, i, j, text, clitic, arp, enp)


@text_cache(50_000)
def _arabic_word_facts(rid: str, word: str, clitic: str, surface: str) -> tuple[bool, bool, bool, bool]:
    """What _accept_plain asks of a one-word Arabic match of record `rid` (the word, its clitic, the surface
    matched) that does not depend on the neighbours: (a common word that needs a cue, a common word that
    needs a place cue, rejected (a cue word, a short or given-name spelling of the place), weak for a
    GeoNames place)."""
    rec = gazetteer().records[rid]
    arp = ar_patterns()
    key, fold = _word_info(word)[2:4]
    place, bare = rec.type == "place", fold[len(clitic):]
    rejected = place and (
        (len(key) <= 2 and not any(_MARKS.sub("", word)[len(clitic):].removeprefix("ال")
                                   == _HARAKAT.sub("", a).removeprefix("ال") for a in rec.ar))
        or bare in arp.place_cues or key in arp.place_cues
        or (not bare.startswith("ال") and bare in arp.given and bool(rec.ar)
            and all(fold_arabic(a).startswith("ال") for a in rec.ar)))
    common = _common_word(key)
    ambiguous = name_key(surface) in rec.ambiguous
    if ambiguous and "\u0651" in word and not any("\u0651" in a for a in rec.ar):
        rejected = True  # a shadda the name lacks: مسيّرة (a drone), not المسيرة (the channel)
    return (ambiguous, place and (common or key in arp.stop or bare in arp.stop), rejected,  # (ومائة: و + a stop word)
            key in arp.stop or len(key) <= 2 or common)


def _accept_arabic_word(recs: Sequence[Record], surface: str, toks: TokTable, i: int, text: str, clitic: str,
                        arp, enp) -> Record | None:
    """_accept_plain for one Arabic word, with the checks that do not depend on the neighbours read once
    per record, word and clitic (_arabic_word_facts), and the place cue before it looked at once."""
    t = toks[i]
    if clitic and t.fold in arp.given:
        return None  # فاطمة: a given name, not ف + a place (أطمة)
    cue = -1  # _place_cue, when asked (it reads no text for an Arabic word)
    for rec in recs:
        ambiguous, common, rejected, weak = _arabic_word_facts(rec.id, t.text, clitic, surface)
        if rejected:
            continue
        if ambiguous and not _outlet_cue(toks, i, clitic, text):
            if rec.type != "place":
                continue
            cue = _place_cue(toks, i, clitic, arp, enp, text) if cue < 0 else cue
            if cue != 2 and not _bearing_cue(toks, i, text):
                continue  # a common word: a body after an outlet cue or a quote, a town after مدينة/بلدة
        if common:
            cue = _place_cue(toks, i, clitic, arp, enp, text) if cue < 0 else cue
            if cue < 2:
                continue
        if rec.source == "geonames":
            cue = _place_cue(toks, i, clitic, arp, enp, text) if cue < 0 else cue
            if cue == 0 or (cue == 1 and rec.population < 5000) or weak:
                continue
        return rec
    return None


_BEARINGS = frozenset({"شرق", "غرب", "شمال", "جنوب", "شرقي", "غربي", "شمالي", "جنوبي", "بين", "مستشفي", "مشفي",
                       "مطار"})  # شرق الأبيض، بين الأبيض و...، مستشفى الأبيض: a town, not the adjective "white"


def _bearing_cue(toks: TokTable, i: int, text: str) -> bool:
    """A town whose name is also a common adjective (الأبيض, El Obeid) after a bearing (شرق), بين or a landmark
    head, and not followed by a word of its own (الأبيض المتوسط: the Mediterranean)."""
    if i == 0 or toks.infos[i - 1][3] not in _BEARINGS or not _joinable(text, toks[i - 1], toks[i], strict=True):
        return False
    if i + 1 < len(toks) and toks.infos[i + 1][1] and toks.infos[i + 1][3].startswith("ال") \
            and _joinable(text, toks[i], toks[i + 1], strict=True):
        return False
    return True


@text_cache(50_000)
def _latin_word_facts(rid: str, word: str) -> tuple[bool, bool, bool, bool, bool]:
    """What _accept_plain asks of a one-word Latin match of record `rid` (its surface the word) that does not
    depend on the neighbours: (a listed spelling, an acronym listed only in capitals, a short capitalised
    word the record does not list, a common word that needs a cue, a given name that opens a person's name)."""
    rec = gazetteer().records[rid]
    key = name_key(word)
    names = _names_with_key(rid, key)
    return (word in rec.all_names(), bool(names) and all(a.isupper() for a in names),
            word.isupper() and len(word) <= 3 and word not in names, key in rec.ambiguous,
            fold_latin(word) in en_patterns().arabic_given)


def _accept_latin_word(recs: Sequence[Record], toks: TokTable, i: int, text: str, arp, enp) -> Record | None:
    """_accept_plain for one Latin word (no clitic, the surface the word itself), with the checks that do
    not depend on the neighbours read once per record and word (_latin_word_facts)."""
    t = toks[i]
    infos, words = toks.infos, toks.words
    n = len(toks)
    for rec in recs:
        listed, acronym, short, ambiguous, opener = _latin_word_facts(rec.id, t.text)
        if not (t.cap or t.din or listed):
            continue
        if acronym and (not t.text.replace(".", "").isupper() or _upper_context(text, t.start, t.end)):
            continue  # an acronym (ISIS, AP) is a name only in its listed case, and not in a shouted line
        if short:
            continue
        if not t.din and i + 1 < n and not infos[i + 1][1] and _ART_OR_BIN.match(words[i + 1]) \
                and _joinable(text, t, toks[i + 1]):
            continue  # part of a longer Arabic name (Bab al-Hawa)
        if i > 0 and rec.type == "place" and fold_latin(words[i - 1]) in _ORGISH \
                and _joinable(text, toks[i - 1], t, strict=True):
            continue  # Liwa al-Quds, Jaish al-Islam: the name of a group, not the place
        if ambiguous and not _outlet_cue(toks, i, "", text) and not (
                rec.type == "place" and _place_cue(toks, i, "", arp, enp, text) == 2):
            continue
        if i > 0 and rec.type in ("place", "org") and not infos[i - 1][1] and infos[i - 1][4] \
                and fold_latin(words[i - 1]) in enp.arabic_given and _joinable(text, toks[i - 1], t):
            continue  # Ibrahim Khalil, Mohammed Ali al-Houthi: the end of a person's name
        if opener and rec.type == "place" and i + 1 < n and not infos[i + 1][1] and infos[i + 1][4] \
                and _joinable(text, t, toks[i + 1], strict=True):
            continue  # Khalil Darwish: a given name opening a person's name, not al-Khalil (Hebron)
        if rec.source == "geonames":
            cue = _place_cue(toks, i, "", arp, enp, text)
            if cue == 0 or (cue == 1 and rec.population < 5000):
                continue
        return rec
    return None


def _accept_plain(recs: Sequence[Record], surface: str, toks: TokTable, i: int, j: int, text: str, clitic: str,
                  arp, enp) -> Record | None:
    """_accept, every check read from the tokens."""
    t = toks[i]
    infos, words = toks.infos, toks.words  # (neighbours' facts read before their tokens are built)
    single = i == j
    if clitic and t.ar and t.fold in arp.given:
        return None  # فاطمة: a given name, not ف + a place (أطمة)
    for rec in recs:
        if not t.ar:
            if not (t.cap or t.din or any(x.cap or x.din for x in toks.span(i + 1, j + 1))) \
                    and surface not in rec.all_names():
                continue
            if not single and _LOWER_POSSESSIVE.match(surface):
                continue  # the military's Security Media Cell: a possessive ends a phrase, not a name's word
            if single:  # an acronym (ISIS, AP) is a name only in its listed case, and not in a shouted line
                names = _names_with_key(rec.id, name_key(surface))
                if names and all(a.isupper() for a in names):
                    if not t.text.replace(".", "").isupper() or _upper_context(text, t.start, t.end):
                        continue
                if t.text.isupper() and len(t.text) <= 3 and t.text not in names:
                    continue
            if single and not t.din and j + 1 < len(toks) and not infos[j + 1][1] and \
                    _ART_OR_BIN.match(words[j + 1]) and _joinable(text, toks[j], toks[j + 1]):
                continue  # part of a longer Arabic name (Bab al-Hawa)
        if single and not t.ar and i > 0 and rec.type == "place" and fold_latin(words[i - 1]) in _ORGISH \
                and _joinable(text, toks[i - 1], t, strict=True):
            continue  # Liwa al-Quds, Jaish al-Islam: the name of a group, not the place
        if name_key(surface) in rec.ambiguous and not _outlet_cue(toks, i, clitic, text) and not (
                rec.type == "place" and _place_cue(toks, i, clitic, arp, enp, text) == 2):
            continue  # a common word: a body after an outlet cue or a quote, a town after مدينة/بلدة
        if rec.type == "place" and t.ar and single and (_common_word(t.key) or t.key in arp.stop) \
                and _place_cue(toks, i, clitic, arp, enp) < 2:
            continue
        if rec.type == "place" and t.ar and single and len(t.key) <= 2 and not any(
                _raw(t)[len(clitic):].removeprefix("ال") == _HARAKAT.sub("", a).removeprefix("ال")
                for a in rec.ar):
            continue
        if rec.type == "place" and t.ar and single and (t.fold[len(clitic):] in arp.place_cues
                                                         or t.key in arp.place_cues):
            continue  # مدينة، منطقة: the cue word itself, not a town of that name
        if (single or fold_latin(t.text) in _EN_KUNYA) and not t.ar and i > 0 and rec.type in ("place", "org") \
                and not infos[i - 1][1] and infos[i - 1][4] and fold_latin(words[i - 1]) in enp.arabic_given \
                and _joinable(text, toks[i - 1], t):
            continue  # Ibrahim Khalil, Hamdan Abu Shouk: the end of a person's name, not a place
        if single and not t.ar and rec.type == "place" and j + 1 < len(toks) and not infos[j + 1][1] \
                and infos[j + 1][4] and fold_latin(t.text) in enp.arabic_given \
                and _joinable(text, t, toks[j + 1], strict=True):
            continue  # Khalil Darwish: a given name opening a person's name, not al-Khalil (Hebron)
        if rec.type == "place" and t.ar and single and not t.fold[len(clitic):].startswith("ال") \
                and t.fold[len(clitic):] in arp.given and rec.ar and all(
                    fold_arabic(a).startswith("ال") for a in rec.ar):
            continue  # الدكتور خليل ...: a given name, not al-Ḫalīl (Hebron)
        if rec.source == "geonames":
            cue = _place_cue(toks, i, clitic, arp, enp, text)
            if cue == 0 or (cue == 1 and rec.population < 5000 and single):
                continue
            if not t.ar and cue == 1 and rec.population < 5000:
                continue
            if t.ar and single and (t.key in arp.stop or len(t.key) <= 2 or _common_word(t.key)):
                continue
        return rec
    return None


_EN_KUNYA = frozenset({"abu", "umm", "abou"})  # a given name + Abu X is a person (family name), not a place

_OUTLET_CUES = {"قالت", "وقالت", "ذكرت", "وذكرت", "نقلت", "ونقلت", "افادت", "وافادت", "بثت", "نشرت", "مراسل",
                "مراسله", "قناه", "صحيفه", "موقع", "وكاله", "بحسب", "وبحسب", "حسب", "وفق", "وفقا", "لقناه", "لصحيفه",
                "لوكاله", "لموقع", "عن", "حركه", "تلفزيون", "شاشه", "اعلنت", "واعلنت", "اكدت", "واكدت"}


def _outlet_cue(toks: TokTable, i: int, clitic: str, text: str) -> bool:
    """A word that is also a common noun names an outlet or body only after a cue, a clitic or a quote."""
    if clitic and clitic[-1] in "لب":
        return True
    before = text[max(0, toks[i].start - 2) : toks[i].start]
    if any(q in before for q in "«\"“'("):
        return True
    after = text[toks[i].end : toks[i].end + 2].lstrip()
    if after[:1] in ("-", "–", "—", ")") and (i == 0 or not toks[i - 1].ar or toks[i - 1].fold.isdigit()
                                              or not toks[i - 1].fold.isalpha()
                                              or any(d in text[toks[i - 1].end : toks[i].start] for d in "-–—")):
        return True  # a dateline: غزة 12-3-2024 وفا- / (وفا) / رام الله- معا-
    if i > 0 and text[toks[i].end : toks[i].end + 1] in ("\n", "") and toks[i].start - toks[i - 1].end <= 4 \
            and any(d in text[toks[i - 1].end : toks[i].start] for d in "-–—"):
        return True  # a dateline line that ends with its agency: عدن - سبأ
    if i == 0:
        return False
    p = toks[i - 1].fold
    return p in _OUTLET_CUES or (p[:1] in "لبو" and p[1:] in _OUTLET_CUES)


def _common_word(key: str) -> bool:
    w = lexicon().by_arabic.get(key)
    return w is not None and w.kind == "word"


_GOVERNOR_CUES = {"محافظ", "قائمقام", "حاكم", "والي", "بلديه"}  # محافظ نينوى: the governor of a place


def _place_cue(toks: TokTable, i: int, clitic: str, arp, enp, text: str = "") -> int:
    """2 when a place noun (قرية، village of) stands before token i, 1 for a preposition, else 0."""
    p = toks[i - 1] if i else None
    p2 = toks[i - 2] if i > 1 else None
    if p is not None and p.ar == toks[i].ar:
        if p.ar:
            f = p.fold
            if f in arp.place_cues or (f[:1] in "وبل" and f[1:] in arp.place_cues) or f in _GOVERNOR_CUES \
                    or (f[:1] in "ولب" and f[1:] in _GOVERNOR_CUES):
                return 2
            if f in arp.place_preps:
                return 1
        else:
            if p.fold in enp.place_cues or (p.fold == "of" and p2 is not None and p2.fold in enp.place_cues):
                return 2
            if p.fold in enp.place_preps:
                return 1
            k = i - 1  # in Jasim, Nawa and Damascus: a list of capitalised names after a preposition
            listed = p.fold == "and" or "," in text[p.end : toks[i].start]  # "and" or a comma before the name
            while listed and k > 0 and i - k <= 5 and not toks[k].ar and (toks[k].cap or toks[k].fold == "and") \
                    and not toks[k].text.endswith(("'s", "’s")):
                k -= 1
            if k < i - 1 and toks[k].fold in enp.place_preps and not toks[k].ar:
                return 1
    if clitic and clitic[-1] in "بل":
        return 1
    if i == 0 and not toks[i].ar and toks[i].text.isupper() and len(toks[i].text) > 2:
        return 2  # a dateline: AMMAN, Jordan (Reuters) -
    return 0


# ---------------------------------------------------------------- Arabic patterns


_LOWER_POSSESSIVE = re.compile(r"[a-z][\w-]*['’]s\s")
_TANWIN = re.compile("[\u064B-\u064D]")
_MASDAR = re.compile(r"^(?:ال)?(?:است|انت|انف|اخت|اقت|اعت|افت)")


_RAW_STOP = {"على", "إلى", "الى", "حتى", "لدى", "سوى", "مدى", "متى", "أدنى", "أقصى", "مستوى"}
_VOWEL_MARKS = re.compile("[\u064E-\u0650]")  # fatha, damma, kasra: vocalised verbs, not names


def _raw(t: Tok) -> str:
    return _MARKS.sub("", t.text)


def _intro_firsts(pats) -> frozenset[str]:
    got = _INTRO_FIRSTS.get(id(pats))
    if got is None:
        got = _INTRO_FIRSTS[id(pats)] = frozenset(x[0] for x in pats.name_intros if x)
    return got


_INTRO_FIRSTS: dict[int, frozenset[str]] = {}


def _ar_name_token(t: Tok, arp) -> bool:
    return (t.ar and t.fold not in arp.stop and len(t.fold) >= 2 and t.fold not in arp.roles
            and not _TANWIN.search(t.text) and _raw(t) not in _RAW_STOP and not _VOWEL_MARKS.search(t.text)
            and not t.fold.startswith("لل"))


_GENERIC_HEADS = {"حركه", "تنظيم", "جماعه", "منظمه", "قناه", "وكاله", "صحيفه", "قوات", "ميليشيا", "مليشيا", "جمعيه", "فرع",
                  "مخيم", "مدينه", "بلده", "قريه",
                  "group", "movement", "organisation", "organization"}
# heads that are common nouns as often as names: taken only with a complement of institution words and places
_NAMESAKE_TITLES = {"الشهيد", "الشهيده", "الدكتور", "الامام", "الشيخ", "الرئيس", "الملك", "الامير", "القائد"}
_STRICT_HEADS = {"قياده", "حكومه", "دائره", "بعثه", "محكمه", "نقابه", "مفوضيه", "شرطه", "وزاره", "بلديه"}
_PLACE_ADJ = {"الحدودي", "الحدوديه", "القريب", "القريبه", "المجاور", "المجاوره", "المحاذي", "المحاذيه", "المحتل", "المحتله", "المذكوره", "المستهدفه", "المنكوبه", "الواقع", "الواقعه"}  # بلدة X المجاورة: an adjective of the cue, not a construct
_PLURAL_CUES = {"بلدات", "قري", "مدن", "مناطق", "احياء", "مخيمات", "نواحي", "محافظات"}
_FUNCTION_AL = {"الذي", "التي", "الذين", "اللذين", "اللتين", "الذى", "الي", "الى"}


_HASAB_TAILS = frozenset({"الرسول", "الله", "النبي"})  # حسب الرسول، حسب الله: given names after an office
_TIME_GIVEN = frozenset({"صباح"})  # a given name that is also a time word: a name only after an office and
# its complement, and before a name word (not صباح اليوم / صباح الأحد)


def _cliticised(f: str, arp) -> bool:
    """و/ف/ب + a known word or the article: a clitic, not the first letter of a name."""
    return f[:1] in "وفبل" and (f[1:3] == "ال" or f[1:] in lexicon().by_arabic or f[1:] in arp.given
                                or f[1:] in arp.stop or f[1:] in arp.roles or f[1:] in arp.org_heads)


def _is_nisba(t: Tok, arp) -> bool:
    f = t.fold
    if f in _FUNCTION_AL or _TANWIN.search(t.text):
        return False
    if f.startswith("ال") and f.endswith("ي") and len(f) >= 5:
        return True
    return f.startswith("ال") and f[2:] in arp.nisba


def _role_complement_more(text: str, toks: TokTable, i: int, k: int, covered: set[int], gtypes: dict, arp) -> int:
    """A role's complement past the six words the role rule reads goes on over listed bodies and places and
    the links between them (المتحدثة باسم اللجنة الدولية للصليب الأحمر في العراق + the name)."""
    if k - i <= 6:
        return k
    while k < len(toks) and k - i <= 12 and _joinable(text, toks[k - 1], toks[k]) and (
            (k in covered and gtypes.get(k) != "person") or toks[k].fold in arp.role_links):
        k += 1
    return k


def _article_given_start(text: str, toks: TokTable, i: int, k: int, arp) -> int:
    """Where a name opens among the words a role word i took as its complement (up to k): at a given name
    written with the article (الصادق، الطيب) that a name word follows (والي الولاية الطيب عبد الله); else k."""
    for x in range(i + 1, min(k, len(toks) - 1)):
        f, nx = toks[x].fold, toks[x + 1].fold
        if f.startswith("ال") and f in arp.given and _joinable(text, toks[x], toks[x + 1]) \
                and (nx == "عبد" or nx in arp.given or nx in arp.nisba or nx.removeprefix("ال") in arp.nisba):
            return x
    return k


def _ar_person_tail(text: str, toks: TokTable, j: int, covered: set[int], arp, limit: int = 4) -> int:
    """Extend a person name from token j-1 over given names, عبد ال..., بن X and nisbas; last index."""
    last = j - 1
    k = j
    while k < len(toks) and k - j < limit and k not in covered and _joinable(text, toks[k - 1], toks[k]):
        f = toks[k].fold
        if f in ("عبد",) and k + 1 < len(toks) and toks[k + 1].fold.startswith("ال") and k + 1 not in covered:
            last = k + 1
            k += 2
            continue
        if f == "عبد" and k + 1 < len(toks) and k + 1 not in covered and "عبد" + toks[k + 1].fold in arp.given:
            last = k + 1  # عبد ربه: a theophoric name without the article, written apart
            k += 2
            continue
        if f == "الله" and k == j and toks[k - 1].fold in arp.given:
            last = k  # حمد الله، نصر الله
            k += 1
            j += 1
            continue
        if f == "الدين" and k == j and toks[k - 1].fold in arp.din_heads:
            last = k  # عز الدين، نور الدين، صلاح الدين: one given name
            k += 1
            j += 1
            continue
        if f in ("بن", "ابن") and k + 1 < len(toks) and _ar_name_token(toks[k + 1], arp):
            last = k + 1
            if toks[k + 1].fold == "عبد" and k + 2 < len(toks) and toks[k + 2].fold.startswith("ال") \
                    and _joinable(text, toks[k + 1], toks[k + 2]):
                last = k + 2  # بن عبد العزيز
            k = last + 1
            continue
        if not _ar_name_token(toks[k], arp) and not _is_nisba(toks[k], arp):
            break
        if f in arp.given or _is_nisba(toks[k], arp) or f in arp.nisba:
            last = k
            k += 1
            continue
        if k == j and k + 1 < len(toks) and k + 1 not in covered and not f.startswith("ال") \
                and _ar_name_token(toks[k], arp) and f[:1] not in "وفب" and len(f) >= 3 \
                and _joinable(text, toks[k], toks[k + 1]) and toks[k + 1].fold in arp.nisba:
            last = k + 1  # given name + family name + nisba: عمر ... تركي
            k += 2
            continue
        if k == j and f.endswith("ي") and len(f) >= 4 and _ar_name_token(toks[k], arp) and not _cliticised(f, arp):
            last = k  # family name: أحمدي، مسجدي
            k += 1
            continue
        if k == j and f.startswith("ال") and len(f) >= 5 and f not in arp.stop and not f.endswith(("يه", "ات", "ين", "ون")) \
                and not _MASDAR.match(f) and not _common_word(f[2:]):
            last = k  # family name with the article: العبدة, الخلف (a given name as family name)
            k += 1
            continue
        break
    return last


def _family_name(text: str, toks: TokTable, last: int, covered: set[int], arp) -> int:
    """A family name without the article closing a name of given names (علي حسن سلامة): a name word
    followed by punctuation, the end or a function word; the last index."""
    n = len(toks)
    k = last + 1
    if k >= n or k in covered or not _joinable(text, toks[last], toks[k], strict=True):
        return last
    nx = toks[k]
    if not _ar_name_token(nx, arp) or nx.fold.startswith(("ال", "و", "ف", "ب", "ل")) or len(nx.fold) < 3 \
            or nx.fold in arp.roles or nx.fold in arp.org_heads or nx.fold in arp.place_cues or _MASDAR.match(nx.fold):
        return last
    after = toks[k + 1] if k + 1 < n else None
    if after is None or not _joinable(text, nx, after) or after.fold in arp.stop or _TOLD_TO.match(after.fold):
        return k
    return last


_TOLD_TO = re.compile(r"^ل(?:ل|وكال|قنا|صحيف|موقع|مراسل)")  # محمد عبدو لوكالتنا / للأناضول: "told ..." closes a name


def _after_role(toks: TokTable, i: int, arp) -> bool:
    """An office word (مدير، رئيس، محافظ) stands in the four words before token i."""
    for k in range(max(0, i - 4), i):
        f = toks[k].fold
        if f in arp.roles or (f.startswith(("ال", "و")) and f[2 if f[:1] == "ا" else 1:] in arp.roles):
            return True
    return False


def _arabic_patterns(text: str, toks: TokTable, covered: set[int], lang: str,
                     place_toks: frozenset[int] = frozenset(), gtypes: dict[int, str] | None = None) -> list[Hit]:
    arp = ar_patterns()
    hits: list[Hit] = []
    n = len(toks)
    gtypes = gtypes or {}
    ar_firsts = _intro_firsts(arp)

    def take(i: int, j: int, type_: str, rule: str, western: bool = False, skip: int = 0) -> None:
        if any(k in covered for k in range(i, j + 1)):
            return
        start = toks[i].start + _drop_letters(toks[i].text, skip)
        hits.append(Hit(start, toks[j].end, text[start : toks[j].end], lang, type_, rule, western=western,
                        ntok=j - i + 1))
        covered.update(range(i, j + 1))

    infos = toks.infos
    words = toks.words
    for i in toks.having(_AR_TRIG_WORD):  # Arabic cue words
        if i in covered or _ar_inert(words[i]):
            continue
        t = toks[i]
        f, skip = t.fold, 0
        if f[:1] in "وفب" and len(f) > 3 and (f[1:] in arp.kunya or f[1:] in arp.org_heads or f[1:] in arp.given
                                              or f[1:] == "عبد"):
            f, skip = f[1:], 1
        if f[:1] == "ل" and len(f) > 3 and f[1:] in arp.org_heads:
            f, skip = f[1:], 1
        nxt = toks[i + 1] if i + 1 < n else None
        joined = nxt is not None and _joinable(text, t, nxt)
        # المعروف باسم X / يدعى X: one or two name words
        for intro in (arp.name_intros if t.fold in ar_firsts else ()):
            m = len(intro)
            if tuple(map(_W_FOLD, infos[i : i + m])) == intro and i + m < n and i + m not in covered \
                    and _joinable(text, toks[i + m - 1], toks[i + m]) and _ar_name_token(toks[i + m], arp) \
                    and toks[i + m].fold not in arp.kunya:
                k = i + m
                last = _ar_person_tail(text, toks, k + 1, covered, arp, limit=2)
                take(k, max(k, last), "person", "names.ar.known_as")
                break
        if i in covered:
            continue
        # قال X Y (، ...): a speaker named right after a verb of saying, with a family name
        if f in arp.speech_verbs and joined and i + 2 < n and i + 1 not in covered and i + 2 not in covered:
            a, b = toks[i + 1], toks[i + 2]
            if _ar_name_token(a, arp) and _joinable(text, a, b) and not a.fold.startswith("ال") \
                    and a.fold[:1] not in "وفبل" and a.fold not in arp.kunya and a.fold not in arp.roles \
                    and b.fold.endswith("ي") and not b.fold.startswith("ال") and _ar_name_token(b, arp) \
                    and a.fold not in arp.given and a.fold not in arp.western_given:
                gap = text[b.end : b.end + 2]
                if gap[:1] in "،,." or gap.strip()[:1] in ("،", ",", "إ", "ا", "أ"):
                    take(i + 1, i + 2, "person", "names.ar.speaker")
                    continue
        # kunya: أبو X (الY)
        if f in arp.kunya and joined and _ar_name_token(nxt, arp) and i + 1 not in covered:
            j = i + 1
            if nxt.fold == "عبد" and i + 2 < n and i + 2 not in covered:
                j = i + 2
            last = _ar_person_tail(text, toks, j + 1, covered, arp, limit=2)
            take(i, max(last, j), "person", "names.ar.kunya", skip=skip)
            continue
        # given name + a family name in أبو/أم (نزار أبو صالح)
        if f in arp.given and joined and i + 2 < n and nxt.fold in arp.kunya and i + 1 not in covered \
                and i + 2 not in covered and _raw(t)[skip:] not in _RAW_STOP and _joinable(text, nxt, toks[i + 2]) \
                and _ar_name_token(toks[i + 2], arp) and not toks[i + 2].fold.startswith(("و", "ف", "ب", "ل")):
            last = max(_ar_person_tail(text, toks, i + 3, covered, arp, limit=1), i + 2)
            take(i, last, "person", "names.ar.given_kunya", skip=skip)
            continue
        # عبد ال... + a nisba or family name (عبد الرحمن القدسي)
        if f == "عبد" and joined and i + 2 < n and nxt.fold.startswith("ال") and i + 1 not in covered \
                and _ar_name_token(nxt, arp):
            last = _ar_person_tail(text, toks, i + 2, covered, arp)
            if last > i + 1:
                take(i, last, "person", "names.ar.given", skip=skip)
                continue
        # given name + nasab / nisba / second name
        if f in arp.given and joined and i + 1 not in covered and _raw(t)[skip:] not in _RAW_STOP:
            last = _ar_person_tail(text, toks, i + 1, covered, arp)
            if last > i:
                if last > i + 1 or toks[last].fold in arp.given:
                    last = _family_name(text, toks, last, covered, arp)  # علي حسن سلامة
                take(i, last, "person", "names.ar.given", skip=skip)
                continue
            if _after_role(toks, i, arp):  # مدير الناحية محمد عبدو لوكالتنا: an office, then given + family name
                last = _family_name(text, toks, i, covered, arp)
                if last > i:
                    take(i, last, "person", "names.ar.role_given", skip=skip)
                    continue
        # Western given name in Arabic script + surname
        if f in arp.western_given and joined and _ar_name_token(nxt, arp) and i + 1 not in covered:
            take(i, i + 1, "person", "names.ar.western", western=True, skip=skip)
            continue
        # a landmark named after a person: مستشفى الشهيد محمد الدرة, مدرسة الشيخ X
        if f in arp.org_heads and arp.org_heads[f] == "place" and joined and i + 2 < n \
                and nxt.fold in _NAMESAKE_TITLES and toks[i + 2].fold in arp.given \
                and _joinable(text, nxt, toks[i + 2]) and i + 1 not in covered and i + 2 not in covered:
            last = max(_ar_person_tail(text, toks, i + 3, covered, arp), i + 2)
            nx = toks[last + 1] if last + 1 < n else None
            if nx is not None and last + 1 not in covered and _joinable(text, toks[last], nx) \
                    and nx.fold.startswith("ال") and _ar_name_token(nx, arp) and nx.fold not in arp.stop \
                    and not nx.fold.endswith(("ين", "ون", "ات")):
                last += 1  # مستشفى الشهيد محمد الدرة: the family name
            elif nx is not None and last + 1 not in covered and _joinable(text, toks[last], nx) \
                    and _ar_name_token(nx, arp) and not nx.fold.startswith(("ال", "و", "ف", "ب", "ل")) \
                    and len(nx.fold) >= 3 and (last + 2 >= n or toks[last + 2].fold in arp.stop
                                               or not _joinable(text, nx, toks[last + 2])):
                last += 1  # مستشفى الشهيد كمال عدوان | في
            take(i, last, "place", "names.ar.namesake", skip=skip)
            continue
        # head noun of a body, outlet or landmark + its complement
        district = f == "مديريه" and nxt is not None and (i + 1 in place_toks or (  # مديرية رازح: a district (Yemen)
            not nxt.fold.startswith(("ال", "لل")) and nxt.fold not in arp.inst_words and nxt.ar
            and not nxt.text.endswith(("ة", "ات"))))  # (nor an unlisted one: مديرية شدا الحدودية)
        if f in arp.org_heads and not district and joined and (i + 1 not in covered or i + 1 in place_toks) \
                and (_ar_name_token(nxt, arp) or (i + 1 in place_toks and i + 2 in place_toks)):
            j = i
            k = i + 1
            seen_al = False
            while k < n and k - i <= 4 and _joinable(text, toks[k - 1], toks[k], strict=True):
                tk = toks[k]
                bare = tk.fold[2:] if tk.fold.startswith("ال") else tk.fold
                if k > i + 1 and tk.fold.startswith("وال") and tk.fold[3:] in arp.inst_words and seen_al:
                    j = k  # وزارة الصحة العامة والسكان
                    break
                if k > i + 1 and tk.fold[:1] == "ب" and k in place_toks:
                    if arp.org_heads[f] != "place":
                        j = k  # مكتب حقوق الإنسان بصعدة (a landmark's بالحديدة says where it is)
                    break
                if bare in arp.inst_words and (tk.fold.startswith("ال") or not seen_al) and tk.ar:
                    seen_al = seen_al or tk.fold.startswith("ال")
                    j = k
                    k += 1
                    continue
                if k in place_toks and k - 1 in place_toks and k - 1 > i:
                    j = k  # بلدية بنت جبيل: the rest of a multi-word place
                    k += 1
                    continue
                if k == i + 1 and k + 1 in place_toks and k in place_toks and tk.fold in arp.stop:
                    j = k  # مستشفى أم روابة: a listed place whose first word is also a function word (أم)
                    k += 1
                    continue
                if tk.fold.startswith("لل") and tk.fold.endswith(("ين", "ون")) and arp.org_heads[f] == "place":
                    break  # مخيم X للنازحين: who the camp is for, not its name
                if k - i > 3 or (k - 1 > i and k - 1 in place_toks and not tk.fold.startswith("ال")):
                    break  # a place closes the name (مديرية صحة حماة | وصول ...)
                if tk.fold in arp.stop or tk.fold in arp.roles or tk.fold in arp.org_heads or not tk.ar \
                        or _raw(tk) in _RAW_STOP or _VOWEL_MARKS.search(tk.text) or \
                        (_cliticised(tk.fold, arp) and not tk.fold.startswith("لل")):
                    break
                if seen_al and not tk.fold.startswith(("ال", "لل")) and k not in place_toks:
                    break
                seen_al = seen_al or tk.fold.startswith("ال")
                if k in covered and k not in place_toks:
                    break
                j = k
                k += 1
            first = toks[i + 1]
            indefinite = not first.fold.startswith("ال") and (i + 1) not in covered
            inst = f in arp.inst_heads and j > i and (
                toks[j].fold.startswith("ال") or j in place_toks or toks[j].fold.startswith("وال")) and all(
                x in place_toks or toks[x].fold.removeprefix("ال") in arp.inst_words
                or (toks[x].fold.startswith("وال") and toks[x].fold[3:] in arp.inst_words)
                for x in range(i + 1, j + 1)) and (f != "قياده" or any(
                    toks[x].fold.removeprefix("ال") in arp.inst_words for x in range(i + 1, j + 1)))
            if indefinite and not inst and arp.org_heads[f] == "org" and not (
                    j >= i + 2 and (toks[i + 2].fold.startswith("ال") or (i + 2) in covered)):
                j = i
            if f in _STRICT_HEADS and not inst:
                j = i  # قيادة المقاومة, حكومة البلاد: a common noun unless every word is an institution word
            if j > i and (inst or not all(x in covered for x in range(i + 1, j + 1))):
                kept = [x for x in range(i + 1, j + 1) if x in covered]
                covered.difference_update(kept)
                take(i, j, arp.org_heads[f], "names.ar.org_head", skip=skip)
                covered.update(kept)
                continue
        # place cue + name
        if (f in arp.place_cues or (f[:1] in "وب" and f[1:] in arp.place_cues)) and joined and i + 1 not in covered:
            pw = nxt.fold in arp.place_words or nxt.fold.removeprefix("ال") in arp.place_words
            if (f in _PLURAL_CUES or f.endswith("ات")) and nxt.fold.startswith("ال") and nxt.fold.endswith(("ين", "ون")):
                continue  # مخيمات النازحين: a common noun after a plural cue
            if nxt.fold[:1] == "ل" and not nxt.fold.startswith("ال"):
                continue  # مدينة لقصف: a preposition, not a name (places in ل- are in the gazetteer)
            if nxt.fold in arp.place_cues or _MASDAR.match(nxt.fold) or nxt.fold.endswith(("يه", "ات")) or (
                    not pw and not _ar_name_token(nxt, arp)) or _TANWIN.search(nxt.text):
                continue
            j = i + 1
            if not pw and not nxt.fold.startswith("ال") and j + 1 < n and toks[j + 1].fold.startswith("ال") \
                    and _joinable(text, nxt, toks[j + 1]) and j + 1 not in covered \
                    and toks[j + 1].fold not in _PLACE_ADJ:
                continue  # منطقة خفض التصعيد: a common noun in construct, not a name
            if j + 1 < n and j + 1 not in covered and _joinable(text, toks[j], toks[j + 1]) \
                    and toks[j + 1].fold not in arp.place_preps:
                t2 = toks[j + 1]
                clitic_word = t2.fold[:1] in "وبلف" and (t2.fold[1:3] == "ال" or t2.fold[1:] in arp.place_cues)
                if (nxt.fold in arp.place_words or nxt.fold.removeprefix("ال") in arp.place_words or
                        (not t2.fold.startswith("ال") and not clitic_word and _ar_name_token(t2, arp)
                         and not t2.fold.endswith(("ي", "ية", "يه")))):
                    j += 1
            take(i + 1, j, "place", "names.ar.place_cue")
            _ar_place_list(text, toks, j + 1, covered, arp, lang, hits)
            continue
        # role + (body) + name
        if f in arp.roles:
            k = i + 1
            while k < n and k - i <= 6 and _joinable(text, toks[k - 1], toks[k]) and (
                    toks[k].fold in arp.role_links or (k in covered and gtypes.get(k) != "person")
                    or (toks[k].fold.startswith("ال") and k not in covered)
                    or (toks[k].fold in arp.inst_heads and k + 1 < n)
                    or toks[k].fold in arp.inst_words or (toks[k].fold in arp.place_cues and k + 1 in covered)
                    or (toks[k].fold in arp.roles and toks[k].fold.startswith("ال"))):
                k += 1
            k = _role_complement_more(text, toks, i, k, covered, gtypes, arp)
            k = _article_given_start(text, toks, i, k, arp)
            if any(arp.org_heads.get(toks[x].fold) == "place" and x + 1 < n and toks[x + 1].fold in _NAMESAKE_TITLES
                   for x in range(i + 1, k)):
                continue  # مدير مستشفى الشهيد X: the hospital is named after X, X is not the director
            if k - 1 > i and k < n and k not in covered and toks[k - 1].fold in arp.org_heads:
                continue  # مدير مستشفى ابن سينا: the name after a head noun is the body's, not the director's
            if k < n and k not in covered and toks[k].fold in arp.given and k + 1 < n \
                    and _joinable(text, toks[k - 1], toks[k]) and _joinable(text, toks[k], toks[k + 1]):
                last = _ar_person_tail(text, toks, k + 1, covered, arp)
                nx = toks[k + 1]
                if last == k and nx.fold.startswith("ال") and len(nx.fold) >= 4 and _ar_name_token(nx, arp) \
                        and nx.fold not in arp.stop and not nx.fold.endswith(("ات", "ين", "ون")) and k + 1 not in covered:
                    last = k + 1  # المسعف في الدفاع المدني أحمد الخطيب
                if last + 1 < n and last + 1 not in covered and _joinable(text, toks[last], toks[last + 1]):
                    nx = toks[last + 1]
                    after = toks[last + 2] if last + 2 < n else None
                    if _ar_name_token(nx, arp) and not nx.fold.startswith(("ال", "و", "ف", "ب", "ل")) \
                            and len(nx.fold) >= 3 and (after is None or after.fold in arp.stop
                                                       or not _joinable(text, nx, after)):
                        last += 1  # نصر الله مجاهد: a family name closing the name
                if last > k:
                    take(k, last, "person", "names.ar.role")
                    continue
            if k + 2 < n and k > i + 1 and toks[k].fold == "حسب" and toks[k + 1].fold in _HASAB_TAILS \
                    and k not in covered and _joinable(text, toks[k - 1], toks[k]) and _joinable(text, toks[k], toks[k + 1]):
                last = max(_ar_person_tail(text, toks, k + 2, covered, arp, limit=1), k + 1)
                take(k, last, "person", "names.ar.role")  # المتحدث باسم X حسب الرسول الطيب: حسب الرسول a given name
                continue
            if k + 1 < n and k > i + 1 and toks[k].fold in _TIME_GIVEN and k not in covered and k + 1 not in covered \
                    and _joinable(text, toks[k - 1], toks[k]) and _joinable(text, toks[k], toks[k + 1]) \
                    and _ar_name_token(toks[k + 1], arp) and not toks[k + 1].fold.startswith(("ال", "و", "ف", "ب", "ل")):
                last = max(_ar_person_tail(text, toks, k + 2, covered, arp, limit=2), k + 1)
                if last == k + 1 and k + 2 < n and k + 2 not in covered and toks[k + 2].fold in arp.given \
                        and _joinable(text, toks[k + 1], toks[k + 2]) \
                        and (k + 3 >= n or toks[k + 3].fold not in ("عام", "العام")):
                    last = k + 2  # أمين: a given name (also an office word) closing the name
                take(k, last, "person", "names.ar.role")  # مدير صحة X صباح حمه أمين: صباح a given name here
                continue
            if k < n and (k in covered or toks[k].fold in arp.nisba or toks[k].fold.endswith("ه")):
                continue
            if k < n and (toks[k].fold in arp.kunya or toks[k].fold in arp.given or toks[k].fold in arp.org_heads
                          or toks[k].fold in arp.place_cues):
                continue
            if k < n and k not in covered and _joinable(text, toks[k - 1], toks[k]) and _ar_name_token(toks[k], arp) \
                    and not toks[k].fold.startswith("ال") and not _cliticised(toks[k].fold, arp) \
                    and not (toks[k].fold[:1] in "وف" and toks[k].fold[1:] in arp.given) and len(toks[k].fold) >= 3:
                j = k
                if k + 1 < n and k + 1 not in covered and _joinable(text, toks[k], toks[k + 1]) \
                        and _ar_name_token(toks[k + 1], arp) and not _cliticised(toks[k + 1].fold, arp) \
                        and not toks[k + 1].fold.startswith("لل"):
                    j = k + 1
                last = _ar_person_tail(text, toks, j + 1, covered, arp, limit=2)
                if toks[k].fold == "عبد" and last <= j and j + 1 < n and j + 1 not in covered \
                        and _joinable(text, toks[j], toks[j + 1]) and _ar_name_token(toks[j + 1], arp) \
                        and not toks[j + 1].fold.startswith(("ال", "و", "ف", "ب", "ل")) and len(toks[j + 1].fold) >= 3:
                    last = j + 1  # عبد البصير حقيار
                western = toks[k].fold in arp.western_given
                take(k, max(j, last), "person", "names.ar.role", western=western)
    return hits


@text_cache(50_000)
def _ar_inert(word: str) -> bool:
    """An Arabic trigger word that starts no rule of _arabic_patterns: a given name only in a spelling of
    _RAW_STOP (على folds as the name علي) and in no other list those rules read (as they read the word)."""
    arp = ar_patterns()
    fold = _word_info(word)[3]
    f, skip = fold, 0
    if f[:1] in "وفب" and len(f) > 3 and (f[1:] in arp.kunya or f[1:] in arp.org_heads or f[1:] in arp.given
                                          or f[1:] == "عبد"):
        f, skip = f[1:], 1
    if f[:1] == "ل" and len(f) > 3 and f[1:] in arp.org_heads:
        f, skip = f[1:], 1
    return f in arp.given and _MARKS.sub("", word)[skip:] in _RAW_STOP and fold not in _intro_firsts(arp) \
        and f != "عبد" and not any(f in words for words in (
            arp.speech_verbs, arp.kunya, arp.western_given, arp.org_heads, arp.place_cues, arp.roles)) \
        and not (f[:1] in "وب" and f[1:] in arp.place_cues)


def _ar_place_list(text: str, toks: TokTable, k: int, covered: set[int], arp, lang: str, hits: list[Hit]) -> None:
    """After a place cue: the names joined by و (بلدات الأتارب والشيخ علي وأبين سمعان) are places too."""
    n = len(toks)
    while k < n and k not in covered and _joinable(text, toks[k - 1], toks[k]) or (
            k < n and k in covered and toks[k].fold.startswith("و")):
        t = toks[k]
        if k in covered:
            k += 1
            continue
        if not t.fold.startswith("و") or len(t.fold) < 3:
            return
        rest = t.fold[1:]
        if rest in arp.stop or rest in arp.place_cues or _MASDAR.match(rest):
            return
        j = k
        pw = rest in arp.place_words or rest.removeprefix("ال") in arp.place_words
        if k + 1 < n and k + 1 not in covered and _joinable(text, t, toks[k + 1]):
            t2 = toks[k + 1]
            if pw or (not t2.fold.startswith(("ال", "و", "ب", "ل", "ف")) and _ar_name_token(t2, arp)
                      and not t2.fold.endswith(("ي", "يه"))):
                j = k + 1
        start = t.start + _drop_letters(t.text, 1)
        surface = text[start : toks[j].end]
        recs, key = lookup(surface)
        rec = recs[0] if recs and recs[0].type == "place" else None
        hits.append(Hit(start, toks[j].end, surface, lang, "place",
                        f"names.gazetteer.{rec.source}" if rec else "names.ar.place_list", rec=rec,
                        ntok=j - k + 1, key=key))
        covered.update(range(k, j + 1))
        k = j + 1


# ---------------------------------------------------------------- English patterns


_APPOSITION = re.compile(r"^(?:['’]s\b|,\s+(?:a|an|the|who|whose|aged|\d)\b|\s+(?:said|told|says|added|wrote|had)\b)")
_ROLE_APPOSITION = re.compile(r",\s+(?:the\s+|an?\s+|its\s+)?(?:[a-z]+\s+){0,2}?([a-z]+)\b")
_LOWER_PLACE_HEADS = {"mosque", "hospital", "camp", "school", "market", "airport", "bridge", "area", "district",
                      "village", "neighbourhood", "neighborhood", "province", "town", "square", "base", "prison",
                      "crossing", "governorate", "region", "suburb", "countryside"}
_NOT_PLACES = {"English", "Arabic", "French", "Persian", "Dari", "Pashto", "Kurdish", "Turkish", "Russian", "Hebrew",
               "Congress", "Parliament", "Washington", "Islam", "God", "Allah", "Ramadan", "Eid", "Twitter",
               "Facebook", "Telegram", "YouTube", "Instagram", "WhatsApp", "Geneva", "Brussels"}


def _en_name_tok(t: Tok, enp) -> bool:
    return not t.ar and (t.cap or t.din) and t.text not in enp.stop and not t.text.isdigit()


def _english_heads(text: str, toks: TokTable, covered: set[int], lang: str, place_toks: set[int]) -> list[Hit]:
    """Names ending in a head word (Idlib Media Center, Syrian Institute for Justice, Pharos Press Agency)."""
    enp = en_patterns()
    hits: list[Hit] = []
    n = len(toks)
    words = toks.words
    for k in toks.having(_EN_ORG_HEAD):  # (Latin words of enp.org_heads)
        if k in covered:
            continue
        t = toks[k]
        if k + 1 < n and words[k + 1] in enp.org_heads and _joinable_at(text, toks, k, k + 1):
            continue
        j = k
        own = 0
        while j - 1 >= 0 and _joinable_at(text, toks, j - 1, j):
            p = toks[j - 1]
            if j - 1 in covered and j - 1 not in place_toks:
                break
            if p.text in enp.stop and p.text not in ("Syrian", "Iraqi", "American", "Russian", "Turkish", "Iranian",
                                                     "Israeli", "Palestinian", "Lebanese", "Yemeni", "Afghan",
                                                     "Kurdish", "Arab", "Islamic", "National", "US", "U.S.", "UN"):
                break
            if p.cap or p.text.isdigit() or p.din:
                j -= 1
                own += j not in covered
                continue
            if p.fold in ("of", "for", "and", "&", "al", "el") and j - 2 >= 0 and toks[j - 2].cap:
                if p.fold in ("of", "for", "and") and any(
                        fold_latin(x.text) in enp.given or fold_latin(x.text) in enp.arabic_given
                        for x in toks.span(max(0, j - 3), j - 1)):
                    break  # Sarah Jones of Arab News: a person of an outlet, not one name
                j -= 1
                continue
            break
        if j == k or (own == 0 and k - j < 1):
            continue
        e = k
        m = k + 1
        while m + 1 < n and toks[m].fold in ("of", "for", "on") and _joinable(text, toks[m - 1], toks[m]) \
                and _joinable(text, toks[m], toks[m + 1]) and toks[m + 1].cap and toks[m + 1].text not in enp.stop:
            m += 1
            while m < n and (toks[m].cap or toks[m].fold in ("the",)) and _joinable(text, toks[m - 1], toks[m]) \
                    and m - k < 8:
                e = m
                m += 1
        while j < k and toks[j].fold in ("of", "for", "and", "&"):
            j += 1
        s_, e_ = toks[j].start, toks[e].end
        hits.append(Hit(s_, e_, text[s_:e_], lang, enp.org_heads[t.text], "names.en.org_head", ntok=e - j + 1))
        covered.update(x for x in range(j, e + 1) if x not in place_toks)
        covered.update(range(k, e + 1))
    return hits


_ARABIC_NAME_OPENERS = {"abdul", "abdel", "abd", "abdal", "abu", "abou", "umm", "bin", "ibn"}


def _western(t: Tok, enp) -> bool:
    f = fold_latin(t.text)
    return f in enp.given and f not in enp.arabic_given and not t.din and f not in _ARABIC_NAME_OPENERS


_PLURAL_HEADS = {"hospitals": "Hospital", "mosques": "Mosque", "schools": "School", "camps": "Camp",
                 "markets": "Market", "neighbourhoods": "", "neighborhoods": "", "villages": "", "towns": "",
                 "districts": "", "provinces": "", "governorates": "", "universities": "University"}
_NOT_LETTER = bytes(b for b in range(256) if not (65 <= b <= 90 or 97 <= b <= 122))
_NOT_CAPITAL = bytes(b for b in range(256) if not 65 <= b <= 90)


def _letter_counts(seg: str) -> tuple[int, int]:
    """ASCII letters and ASCII capitals in seg (deleted bytes in C, no per-word regex matches)."""
    b = seg.encode("ascii", "ignore")
    return len(b.translate(None, _NOT_LETTER)), len(b.translate(None, _NOT_CAPITAL))


def _all_caps(seg: str) -> bool:
    """An all-capitals headline or banner (more than 80% of over 12 ASCII letters in capitals)."""
    n, caps = _letter_counts(seg)
    return n > 12 and caps > 0.8 * n


_OPEN_QUOTE_GAPS = frozenset({' "', " “", " '", " ‘"})  # a space and an opening quote
_NAMED_THINGS = frozenset({"operation", "offensive", "campaign", "exercise", "exercises", "drill", "plan",
                           "project", "programme", "program", "battle", "Operation"})  # an operation named "X": no person


def _english_patterns(text: str, toks: TokTable, covered: set[int], lang: str,
                      place_toks: set[int] | frozenset[int] = frozenset()) -> list[Hit]:
    enp = en_patterns()
    en_firsts = _intro_firsts(enp)
    hits: list[Hit] = []
    n = len(toks)
    infos, words = toks.infos, toks.words  # a Latin word that is not a cue passes every rule below (see Tok.cue)
    latin = [i for i in toks.having(_CUE_WORD) if i not in covered]  # (a cue is Latin)
    if not latin or _all_caps(text[toks.starts[0] : toks.ends[-1]]):
        return hits  # no Latin cue outside the names found; an all-capitals headline or banner: capitals say nothing there

    def run(i: int, limit: int = 5) -> int:
        """Last index of a run of name tokens (capitalised, DIN, al-X, joiners between names) from i."""
        last = i - 1
        k = i
        while k < n and k - i < limit and k not in covered:  # (word facts read from the table: no token built)
            if k > i and not _joinable_at(text, toks, k - 1, k, strict=True):
                break
            if infos[k][_W_NAME] or (k > i and (infos[k][3] in ("bin", "ibn", "bint", "al", "el") or _SHORT_PREFIX.match(words[k])) and k + 1 < n and infos[k + 1][_W_NAME]):
                last = k
                k += 1
                continue
            if k > i and _LAT_ART.match(words[k]):
                last = k
                k += 1
                continue
            break
        return last

    def take(i: int, j: int, type_: str, rule: str, western: bool = False) -> None:
        if j < i or any(k in covered for k in range(i, j + 1)):
            return
        s, e = toks[i].start, toks[j].end
        hits.append(Hit(s, e, text[s:e], lang, type_, rule, western=western, ntok=j - i + 1))
        covered.update(range(i, j + 1))

    resume = 0  # the first token not inside a name taken or passed over
    for i in latin:
        if i < resume or i in covered:
            continue
        t = toks[i]
        j1 = n  # the run of name tokens from i, when looked at (limit 3)
        # names coordinated before a plural head: the al-Razi and Ibn Sina hospitals
        if (t.cap or t.din) and t.text not in enp.stop:
            j1 = run(i, 3)
            if j1 + 3 < n and infos[j1 + 1][3] == "and" and j1 + 2 not in covered and \
                    (toks[j1 + 2].cap or toks[j1 + 2].din):
                j2 = run(j1 + 2, 3)
                head = toks[j2 + 1].fold if j2 + 1 < n else ""
                if head in _PLURAL_HEADS and _joinable(text, toks[j2], toks[j2 + 1]):
                    for a, b in ((i, j1), (j1 + 2, j2)):
                        if not any(x in covered for x in range(a, b + 1)):
                            s_, e_ = toks[a].start, toks[b].end
                            name = text[s_:e_]
                            hits.append(Hit(s_, e_, name, lang, "place", "names.en.coordinated_head", ntok=b - a + 1,
                                            extra={"canonical": f"{name} {_PLURAL_HEADS[head]}".strip()}))
                            covered.update(range(a, b + 1))
                    resume = j2 + 2
                    continue
        if j1 == i and _lone_name_passes(t, i, infos, words, enp, en_firsts):
            continue
        # title + name (a lone surname keeps its title: Capt. Davis)
        if t.text in enp.titles and i + 1 < n and _joinable(text, t, toks[i + 1]) and i + 1 not in covered:
            k = i + 1
            while k < n and toks[k].text in enp.titles and _joinable(text, toks[k - 1], toks[k]):
                k += 1
            j = run(k, 4) if k < n and k not in covered and toks[k].name else k - 1
            if j >= k:
                while j + 1 < n and toks[j + 1].text in ("Jr.", "Jr", "III", "II", "Sr.") and \
                        _joinable(text, toks[j], toks[j + 1]):
                    j += 1
                western = _western(toks[k], enp)
                if j == k and t.text.endswith("."):
                    take(i, j, "person", "names.en.title", western=western)
                else:
                    take(k, j, "person", "names.en.title", western=western)
                resume = j + 1
                continue
        # role noun (spokesman for the Pentagon, John Kirby) + name
        if t.fold in enp.roles:
            k = i + 1
            while k < n and k - i <= 5 and (k in covered or infos[k][3] in ("for", "of", "the", "at", "in", "'s")
                                             or words[k] in enp.org_heads):
                k += 1
            while k + 1 < n and toks[k].text in enp.titles and k not in covered:
                k += 1  # The spokesman ..., Mawlawi Abdul Basir Haqyar
            linked = any(toks[x].fold in ("for", "of", "at", "in") for x in range(i + 1, k))
            if k < n and toks[k].name and linked and "," not in text[toks[k - 1].end : toks[k].start] \
                    and (k - 1 not in covered or k - 1 in place_toks) and toks[k - 1].text not in enp.org_heads:
                k = n  # resident of Mosul's Old City: a complement (head of the Coalition X: a person)
            elif k < n and not toks[k].name:
                m = next((x for x in range(k, min(k + 4, n - 1))
                          if "," in text[toks.ends[x] : toks.starts[x + 1]]), None)
                if m is not None and m + 1 not in covered and toks[m + 1].name \
                        and toks[m + 1].text not in enp.titles:
                    e = run(m + 1, 4)
                    if "," in text[toks[e].end : toks[e].end + 2]:
                        take(m + 1, e, "person", "names.en.role")  # a resident of the area, Najibullah, said
                        resume = e + 1
                        continue
            if k < n and k not in covered and toks[k].name and toks[k].text not in enp.titles:
                j = run(k, 4)
                single_ok = fold_latin(toks[k].text) in enp.arabic_given or fold_latin(toks[k].text) in enp.given
                if j > k or toks[k].din or single_ok:
                    western = _western(toks[k], enp)
                    take(k, j, "person", "names.en.role", western=western)
                    resume = j + 1
                    continue
        intro = next((m for m in enp.name_intros if tuple(map(_W_FOLD, infos[i : i + len(m)])) == m), None) \
            if t.fold in en_firsts else None
        if intro is not None and i + len(intro) < n:
            k = i + len(intro)
            if k not in covered and toks[k].name and (_joinable(text, toks[k - 1], toks[k])
                                                      or (text[toks[k - 1].end : toks[k].start] in _OPEN_QUOTE_GAPS
                                                          and not _NAMED_THINGS.intersection(words[max(0, i - 4) : i]))):
                j = run(k, 3)  # (codenamed "Rojhat Amed": a name in quotes after the intro)
                take(k, j, "person", "names.en.known_as", western=_western(toks[k], enp))
                resume = j + 1
                continue
        if not t.name:
            continue
        j = j1 if j1 < i + 2 else run(i)  # a run that ended before the limit of 3 is the whole run
        if j == i:  # one word (most runs): the same facts, fewer steps
            span, folds, arabic_style = [t], [fold_latin(t.text)], False
            heads = [0] if t.text in enp.org_heads else []
        else:
            span = toks.span(i, j + 1)
            folds = [fold_latin(x.text) for x in span]
            heads = [x for x, tk in enumerate(span) if tk.text in enp.org_heads]
            arabic_style = folds[0] in ("abu", "abou", "umm", "abū") or any(
                _AL_EL.match(tk.text) for tk in span[1:]) or any(
                f in ("abdel", "abdul", "abd", "bin", "ibn") for f in folds[1:])
        # X mosque / X area: a name followed by a lower-case place noun is a place
        if j + 1 < n and toks.words[j + 1] in _LOWER_PLACE_HEADS and _joinable(text, toks[j], toks[j + 1]) \
                and not heads:
            incl = toks[j + 1].text in ("mosque", "hospital", "camp", "school", "market", "airport", "bridge",
                                        "square", "base", "prison", "crossing")
            take(i, j + 1 if incl else j, "place", "names.en.place_head")
            resume = j + 2
            continue
        # place cue: village of X
        pf = infos[i - 1][3] if i else None  # the fold of the word before (its token built only if needed)
        if pf is not None and (pf in enp.place_cues or (pf == "of" and i > 1 and
                                                        infos[i - 2][3] in enp.place_cues)) and not heads \
                and _joinable(text, toks[i - 1], t):
            take(i, j, "place", "names.en.place_cue")
            resume = j + 1
            continue
        if pf is not None and pf in ("in", "near", "outside") and not heads and len(span) <= 3 \
                and not arabic_style and all(tk.text not in _NOT_PLACES for tk in span) \
                and not any(_western(tk, enp) for tk in span):
            take(i, j, "place", "names.en.place_prep")
            resume = j + 1
            continue
        if heads and len(span) >= 2:
            h = heads[-1]
            if h >= 1:
                jj = i + h
                # "Commission of Inquiry on Syria": head + of/on + names
                k = jj + 1
                while k + 1 < n and toks[k].fold in ("of", "for", "on") and _joinable(text, toks[k - 1], toks[k]) \
                        and toks[k + 1].name:
                    k = run(k + 1, 3) + 1
                    jj = k - 1
                take(i, jj, enp.org_heads[span[h].text], "names.en.org_head")
                resume = jj + 1
                continue
        if any(tk.din for tk in span) and (len(span) > 1 or span[0].text[:1] in "‘’" or "-" in span[0].text):
            f0 = folds[0]
            type_ = "person" if f0 in ("abu", "umm") or f0 in enp.arabic_given else (
                "org" if f0 in _ORGISH else "person")
            take(i, j, type_, "names.en.din")
            resume = j + 1
            continue
        if arabic_style and len(span) >= 2:
            type_ = "org" if folds[0] in _ORGISH else "person"
            take(i, j, type_, "names.en.arabic_name")
            resume = j + 1
            continue
        if folds[0] in enp.given and len(span) >= 2 and len(span) <= 4:
            take(i, j, "person", "names.en.given", western=folds[0] not in enp.arabic_given)
            resume = j + 1
            continue
        if folds[0] in enp.arabic_given and len(span) >= 2 and len(span) <= 4:
            take(i, j, "person", "names.en.given")
            resume = j + 1
            continue
        # two or three capitalised words in apposition (Zemari Ahmadi, an aid worker) or before "said"
        if 2 <= len(span) <= 3 and not heads:
            after = text[toks[j].end : toks[j].end + 14]
            am = _ROLE_APPOSITION.match(text, toks[j].end, toks[j].end + 40)
            if _APPOSITION.match(after) or (am and am.group(1).casefold() in enp.roles):
                take(i, j, "person", "names.en.apposition", western=_western(span[0], enp))
                resume = j + 1
                continue
    return hits


def _lone_name_passes(t: Tok, i: int, infos: list[tuple], words: list[str], enp, en_firsts: frozenset[str]) -> bool:
    """A one-word run of name tokens (t at i) that no rule of _english_patterns takes: not a title, role or
    name intro, not DIN, no lower-case place noun after it, no place cue, "of" or place preposition before it
    (the rules that take one word look only there; the coordinated heads were tried before)."""
    if not t.name or t.din or t.text in enp.titles or t.fold in enp.roles or t.fold in en_firsts:
        return False
    if i + 1 < len(words) and words[i + 1] in _LOWER_PLACE_HEADS:
        return False
    pf = infos[i - 1][3] if i else None
    return pf is None or (pf not in enp.place_cues and pf not in ("of", "in", "near", "outside"))


# ---------------------------------------------------------------- masthead


_SEP = re.compile(r"\s+[-–—|·]\s+|\s*\|\s*")
_DATEISH = re.compile(r"\d{1,2}:\d{2}|\b\d{4}\b|[٠-٩]{4}|^(?:Updated|By|Exclusive|Home|Agencies|وكالات|خاص|حصري|"
                      r"الرئيسية)\b", re.IGNORECASE)
_BYLINE_MARK = re.compile(r"\b(?:Agencies|Exclusive|Staff)\b|وكالات|خاص|حصري|\b\d{4}\b|[٠-٩]{4}|\d{1,2}:\d{2}",
                          re.IGNORECASE)
_FURNITURE = {"live", "live broadcast", "live tv", "watch live", "statement", "press release", "نشرة عاجلة", "بيان", "home", "search", "menu", "video", "videos", "login",
              "subscribe", "breaking", "breaking news", "latest", "news", "البث المباشر", "بث مباشر", "مباشر",
              "الرئيسية", "بحث", "فيديو", "عاجل", "آخر الأخبار", "أخبار"}
_DAYS = {"السبت", "الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "Monday", "Tuesday",
         "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
_DATELINE_AGENCY = re.compile(r"^[A-Z][\w ,.'/-]{1,40}\(([A-Z][\w .&'-]{1,30})\)\s*[-–—]")


_BYLINE = re.compile(r"^(By\s+)?([A-Z][a-z’'-]+(?:\s[A-Z][a-z’'-]+){1,3})(?=\s*$|\s*,\s*[A-Z][a-z]+\s*$|\s{2,}|"
                     r"\s*[|·•–—-]\s|\s*,?\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\s*,?\s+\d)")


_BYLINE_CAPS = re.compile(r"By\s+([A-Z][A-Z’'-]+(?:\s[A-Z][A-Z’'-]+){1,3})[ \t]*$", re.MULTILINE)


def _byline_name(line: str) -> tuple[int, int] | None:
    """(start, end) of the writer's name in a byline (By Jane Doe; Sinan Hadi, Baghdad; X   Tuesday, ...)."""
    m = _BYLINE.match(line)
    if not m:
        return None
    enp = en_patterns()
    first = fold_latin(m.group(2).split()[0])
    if not m.group(1) and first not in enp.given and first not in enp.arabic_given \
            and first not in _reverse_attested():
        return None
    if lookup(m.group(2))[0]:
        return None
    return m.start(2), m.end(2)


def _byline_hits(doc: Document) -> list[Hit]:
    """The writer named in a byline near the top of an English half."""
    out: list[Hit] = []
    text = doc.text
    seen = 0
    for p in doc.paragraphs:
        if p.lang != "en":
            continue
        seen += 1
        if seen > 6:
            break
        line_end = text.find("\n", p.start, p.end)
        line_end = p.end if line_end < 0 else line_end
        got = _byline_name(text[p.start : line_end])
        if got:
            s, e = p.start + got[0], p.start + got[1]
            out.append(Hit(s, e, text[s:e], "en", "person", "names.en.byline", ntok=len(text[s:e].split())))
            break
        m = _BYLINE_CAPS.match(text, p.start, line_end)  # By JANE DOE: a shouted byline, its name in title case
        if m:
            name = " ".join(w.lower() if w.lower() in ("al", "el") else "-".join(
                x.lower() if x.lower() in ("al", "el", "bin", "ibn", "abu") and i == 0 and "-" in w else x.capitalize()
                for i, x in enumerate(w.split("-"))) for w in m.group(1).split())
            out.append(Hit(m.start(1), m.end(1), m.group(1), "en", "person", "names.en.byline",
                           ntok=len(m.group(1).split()),
                           extra={"canonical": name, "no_din": fold_latin(name.split()[0]) in en_patterns().given}))
            break
    return out


_SITE_SUFFIX = re.compile(r"\s+(?:نت|نيوز|أونلاين|اونلاين|Net|net|Online|online)$")


_DOMAIN_DOT = re.compile(r"(?<=\w)\.(?=(?:نت|كوم|net|com|org)\b)")


def _masthead_hits(doc: Document) -> list[Hit]:
    """The outlet's own name: the masthead opening each language half ("PPA | Pharos Press Agency"),
    a byline naming it before agencies, a day or a date ("Nabd al-Sharq - Agencies | 27 October",
    "بغداد – الراصد العراقي | السبت"), and a dateline's agency ("BEIRUT (EMP) -")."""
    out: list[Hit] = []
    text = doc.text
    for p in doc.paragraphs[:12]:
        m = _DATELINE_AGENCY.match(text[p.start : p.end])
        if m:
            s = p.start + m.start(1)
            out.append(Hit(s, p.start + m.end(1), m.group(1), p.lang, "outlet", "names.dateline_agency"))
    if len(doc.paragraphs) < 3:
        return out  # a snippet, not a page: no masthead
    first_of_lang: dict[str, int] = {}
    for p in doc.paragraphs:
        if p.lang in ("ar", "en") and p.lang not in first_of_lang:
            first_of_lang[p.lang] = p.id
    for lang, pid in first_of_lang.items():
        for p in doc.paragraphs[pid : pid + 4]:
            if p.lang != lang:
                break
            line_end = text.find("\n", p.start, p.end)
            line_end = p.end if line_end < 0 else line_end
            line = text[p.start : line_end]
            segs = [x.strip() for x in _SEP.split(line) if x.strip()]
            byline = any(_BYLINE_MARK.search(x) or x.split()[0] in _DAYS for x in segs[1:])
            if p.id != pid and not byline:
                continue
            pos = 0
            segs = [re.split(r"\s*[✔✓@]", x)[0].strip() for x in segs]
            segs = [x for x in segs if x and x.casefold() not in _FURNITURE]
            cands = []
            for seg in segs:
                at = line.find(seg, pos)
                pos = at + len(seg)
                words = seg.split()
                if not (1 <= len(words) <= 5) or _DATEISH.search(seg) or words[0] in _DAYS \
                        or sum(c.isalpha() for c in seg) < 2 or not seg[0].isalnum():
                    continue
                if re.search(r"[.!?؟:,،«»\"“”▸]", _DOMAIN_DOT.sub("", seg)):  # العربية.نت: a site, not a sentence
                    break
                if _byline_name(seg):
                    continue
                recs, _ = lookup(seg)
                if recs and recs[0].type == "place":
                    continue
                cands.append((len(seg), at, seg))
                if p.id != pid:
                    break
            if cands:
                _, at, seg = max(cands) if p.id == pid else cands[0]
                s = p.start + at
                recs, key = lookup(seg)
                site = not recs and bool(_SITE_SUFFIX.search(seg))
                if site:  # المسيرة نت, X News: the outlet's site or service
                    recs, key = lookup(_SITE_SUFFIX.sub("", seg))
                rec = recs[0] if recs and recs[0].type == "outlet" else None  # وفا -> WAFA, not a romanisation
                out.append(Hit(s, s + len(seg), seg, lang, "outlet", "names.masthead", ntok=len(seg.split()),
                               rec=rec, key=key if rec else "", extra={"site": site}))
            if out and out[-1].lang == lang:
                break
    return out


# ---------------------------------------------------------------- assembly


def _hit_din_canon(h: Hit) -> None:
    """Fill din and canonical of a hit."""
    if h.rec is not None:
        h.canonical = h.extra.get("canonical") or h.rec.canonical
        h.din = surface_din(h.rec, h.text, h.key) if "canonical" not in h.extra else _first(romanize_din(h.text))
        if h.extra.get("site") and h.lang == "ar":
            h.din = _first(romanize_din(h.text))  # المسيرة نت: al-Masīra Nat
        return
    if h.extra.get("canonical"):
        h.canonical = h.extra["canonical"]
        if "\u0621" <= h.text[:1] <= "\u06FF":
            h.din = _first(romanize_din(h.text))
        else:
            h.din = None if h.extra.get("no_din") else latin_to_din(h.text)
        return
    if h.lang == "ar" or "\u0621" <= h.text[:1] <= "\u06FF":
        if h.western:
            arp = ar_patterns()
            words = h.text.split()
            first = arp.western_given.get(fold_arabic(words[0]))
            rest = canonical_from_arabic(" ".join(words[1:])) if len(words) > 1 else ""
            h.canonical = " ".join(x for x in (first or canonical_from_arabic(words[0]), rest) if x)
            h.din = None
        else:
            cands = romanize_din(h.text)
            h.din = cands[0] if len(cands) == 1 else (cands[:3] or None)
            h.canonical = translate_institution(h.text) or (
                canonical_with_head(h.text) if h.rule in ("names.ar.org_head", "names.masthead", "names.ar.namesake")
                else None
            ) or canonical_from_arabic(h.text)
        return
    if DIN_MARKS.search(h.text):
        h.din = _SUN_ARTICLE.sub(lambda m: f"{m[1]}{m[2].lower()}-{m[2]}", h.text.replace("'", "’"))  # ar-Rawḍa
        if h.text.rsplit(None, 1)[-1] in ("mosque", "hospital", "market", "camp", "school", "square"):
            h.din = latin_to_din(h.din) or h.din  # ‘Umar ibn al-Ḫaṭṭāb mosque: Masǧid ‘Umar ibn al-Ḫaṭṭāb
        h.canonical = din_to_wire(h.text)
        return
    h.canonical = _LEADING_THE.sub("", h.text)
    h.din = None if h.western else latin_to_din(h.text)


_LEADING_THE = re.compile(r"^(?:the|The)\s+")
# the DIN article before a sun letter (not a Latin digraph such as th, sh)
_SUN_ARTICLE = re.compile(r"\b([Aa])l-([TṮDḎRZSŠṢḌṬẒLNtṯdḏrzsšṣḍṭẓln])(?!h)")


def _first(cands: list[str]) -> str | None:
    return cands[0] if cands else None


def _link_key(h: Hit) -> str:
    if h.rec is not None:
        return h.rec.id
    sk = skeleton(h.canonical or h.text)  # word breaks do not count: Abdel Basit ~ Abdelbasit
    return f"name:{sk.replace(' ', '')}" if sk else f"name:{name_key(h.text)}"


def _drop_weak(hits: list[Hit]) -> list[Hit]:
    """Single-word Arabic person aliases that are common words (المهندس، الأسد) need a fuller mention."""
    full = {h.rec.id for h in hits if h.rec is not None and h.ntok > 1}
    out = []
    for h in hits:
        if h.rec is not None and h.rec.type == "person" and h.ntok == 1 and h.text.startswith("ال") \
                and h.rec.id not in full:
            continue
        out.append(h)
    return out


@lru_cache(maxsize=1)
def _load_lexicons() -> None:
    """Load every lexicon the passes use, once, on the first report (a one-time cost, not per report)."""
    from marsad.names.canonical import _en_heads, _head_adj, _place_words, attested
    from marsad.names.din import _place_dins, _place_nouns

    gazetteer(), lexicon(), ar_patterns(), en_patterns(), _prefixes(), _extendable(), _literal_names()
    _continuations()
    _ar_triggers(), _ar_trigger_words()
    attested(), _reverse_attested(), _place_words(), _head_adj(), _en_heads(), _place_dins(), _place_nouns()
    refine._nationalities(), refine._regional_spelling(), refine._ullah_countries()
    importlib.import_module("rapidfuzz.fuzz")  # the passes that compare spellings import it on first use
    gc.freeze()  # what is loaded stays: the collector need not walk the lexicons again on every full pass


def recognize(doc: Document) -> None:
    """Fill doc.entities with the names found in doc.text."""
    _load_lexicons()
    if not doc.paragraphs:
        from marsad.segment import segment

        segment(doc)
    text = doc.text
    hits: list[Hit] = []
    for p in doc.paragraphs:
        lang = p.lang if p.lang in ("ar", "en") else "en"
        toks = token_table(text, p.start, p.end, latin=lang == "en")
        ghits, covered = _gazetteer_hits(text, toks, lang)
        hits.extend(ghits)
        arp = ar_patterns()
        for g in ghits:
            i = g.extra.get("i", 0)
            if g.type == "place" and i > 0 and toks.infos[i - 1][1] and toks.infos[i - 1][3] in _PLURAL_CUES:
                _ar_place_list(text, toks, g.extra["j"] + 1, covered, arp, lang, hits)
        place_toks = {x for g in ghits if g.type == "place" for x in range(g.extra.get("i", 0), g.extra.get("j", -1) + 1)}
        gtypes = {x: g.type for g in ghits for x in range(g.extra.get("i", 0), g.extra.get("j", -1) + 1)}
        # each script's passes start only at trigger words of that script: a paragraph without any skips them
        if toks.any(_AR_WORD):
            hits.extend(_arabic_patterns(text, toks, covered, lang, frozenset(place_toks), gtypes))
        if toks.any(_EN_TRIG_WORD):  # (a Latin head word or cue word is a trigger)
            hits.extend(_english_heads(text, toks, covered, lang, place_toks))
            hits.extend(_english_patterns(text, toks, covered, lang, place_toks))
    for bh in _byline_hits(doc):
        if not any(h.start < bh.end and bh.start < h.end for h in hits if h.rec is not None):
            hits = [h for h in hits if not (h.start < bh.end and bh.start < h.end)]
            hits.append(bh)
    for mh in _masthead_hits(doc):
        if not any(h.start <= mh.start < h.end or mh.start <= h.start < mh.end for h in hits if h.rec is not None):
            hits = [h for h in hits if not (mh.start <= h.start and h.end <= mh.end)]
            hits.append(mh)
    hits = _drop_weak(hits)
    refine.trim_trailing(text, hits)
    refine.extend_conjoined(text, hits)
    hits = refine.add_variants(text, hits)
    hits = refine.pattern_hits(text, hits, _pattern_hit)
    hits = refine.apposition_persons(text, hits, _pattern_hit)
    hits = refine.en_apposition_persons(text, hits, _pattern_hit)
    hits = refine.quoted_names(text, hits, _pattern_hit)
    hits = refine.un_bodies(text, hits)
    hits = refine.latin_article(text, hits)
    hits = refine.arabic_dateline(text, hits, _pattern_hit)
    refine.town_not_outlet(text, hits)
    hits.sort(key=_START)
    for h in hits:
        _hit_din_canon(h)
    hits = refine.link_rank_surnames(text, hits, _surname_hit)
    hits.sort(key=_START)
    _by_country(hits)
    country = _doc_country(hits)  # the passes below keep it: a place moved to the leading country adds to its lead
    refine.prefer_report_country(hits, country)
    refine.regional_spelling(hits, country)
    _west_bank_bodies(hits)
    refine.generic_occupation(text, hits, country)
    _share_din(hits)
    _share_spelling_din(hits)
    _link_across_scripts(hits)
    refine.align_bilingual(hits)
    refine.vowels_from_english(hits)
    refine.share_arabic_din(hits)
    doc.entities = _entities(hits)


_START = attrgetter("start")


def _pattern_hit(s: int, e: int, text: str, lang: str, type_: str, rule: str, canonical: str | None) -> Hit:
    """A hit from a document-level pattern (refine.pattern_hits), with its English name when known."""
    extra: dict = {"canonical": canonical, "no_din": lang == "en"} if canonical else {}
    return Hit(s, e, text, lang, type_, rule, extra=extra, ntok=len(text.split()))


def _surname_hit(s: int, e: int, text: str, full: Hit) -> Hit:
    """A rank + surname mention (العميد الحميري) of a person named in full before."""
    return Hit(s, e, text, full.lang, "person", "names.ar.rank_surname", rec=full.rec, din=full.din,
               canonical=full.canonical, extra={"link": full.extra.get("link") or _link_key(full)})


def _doc_country(hits: list[Hit]) -> str | None:
    """The country most places of the report lie in, when one leads."""
    counts: dict[str, int] = {}
    for h in hits:
        if h.rec is not None and h.type == "place" and h.rec.country:
            counts[h.rec.country] = counts.get(h.rec.country, 0) + 1
    if not counts:
        return None
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    return ranked[0][0]


def _by_country(hits: list[Hit]) -> None:
    """A generic body (الدفاع المدني، Interior Ministry) is the one of the report's country."""
    if not any(h.rec is not None and h.rec.by_country for h in hits):
        return
    country = _doc_country(hits)
    if country is None:
        return
    gz = gazetteer()
    for h in hits:
        if h.rec is not None and country in h.rec.by_country and "canonical" not in h.extra:
            rec = gz.records.get(h.rec.by_country[country])
            if rec is not None:
                h.rec, h.canonical = rec, rec.canonical


def _west_bank_bodies(hits: list[Hit]) -> None:
    """وزارة الصحة الفلسطينية in West Bank copy is the Palestinian Ministry of Health, not Gaza's."""
    if any(h.rec is not None and h.rec.id in _WEST_BANK_NAMES for h in hits) and _west_bank_report(hits):
        for h in hits:
            if h.rec is not None and h.rec.id in _WEST_BANK_NAMES and "canonical" not in h.extra \
                    and not re.search(r"غزة|غزه|Gaza", h.text):
                h.canonical = _WEST_BANK_NAMES[h.rec.id]


# The Palestinian bodies wires name after Gaza in Gaza copy but as Palestinian in West Bank copy.
_WEST_BANK_NAMES = {"org:moh-palestine": "Palestinian Ministry of Health"}
_GAZA_ADMIN1 = frozenset({"Gaza", "Gaza Strip", "North Gaza", "Deir al-Balah", "Khan Yunis", "Rafah"})


def _west_bank_report(hits: list[Hit]) -> bool:
    """More of the report's Palestinian places lie in the West Bank (Jenin, Nablus ...) than in Gaza."""
    wb = gaza = 0
    for h in hits:
        if h.rec is not None and h.type == "place" and h.rec.country == "Palestine":
            if h.rec.admin1 in _GAZA_ADMIN1 or h.rec.id in ("place:gaza", "place:gaza-strip"):
                gaza += 1
            else:
                wb += 1
    return wb > gaza


def _share_din(hits: list[Hit]) -> None:
    """A Latin mention of a gazetteer name takes the DIN of its Arabic mention in the same report."""
    ar_din: dict[str, str | list[str]] = {}
    # the shortest Arabic mention first: the name itself (the mentions kept, then sorted: a stable sort's order)
    listed = [h for h in hits if h.rec is not None and h.lang == "ar" and h.din]
    for h in sorted(listed, key=lambda h: len(h.text)):
        if h.rec.id not in ar_din:
            ar_din[h.rec.id] = h.din
    for h in hits:
        if h.rec is not None and h.lang == "en" and h.din is None and h.rec.id in ar_din:
            h.din = ar_din[h.rec.id]


def _share_spelling_din(hits: list[Hit]) -> None:
    """A Latin mention of a listed place whose Arabic spellings read differently (بورتسودان، بور سودان) takes
    the DIN of the spelling the report's Arabic half uses, not the record's."""
    ar_din: dict[str, str] = {}
    heads = ar_patterns().org_heads  # مشفى for مستشفى: another head noun, not another spelling of the name
    for h in hits:
        if h.lang == "ar" and h.type == "place" and h.rec is not None and h.rec.source == "entities" \
                and isinstance(h.rec.din, str) and isinstance(h.din, str) and h.din != h.rec.din \
                and h.rec.ar.get(h.text.strip()) == h.din and h.din.count(" ") == h.rec.din.count(" ") \
                and fold_arabic(h.text.split()[0]) not in heads:
            ar_din.setdefault(h.rec.id, h.din)  # another spelling of the name: not a longer one, not another head
    if ar_din:
        for h in hits:
            if h.lang == "en" and h.rec is not None and h.rec.id in ar_din and h.din == h.rec.din:
                h.din = ar_din[h.rec.id]


def _link_across_scripts(hits: list[Hit]) -> None:
    """One thing, one id: unknown names with the same consonant skeleton share canonical and DIN;
    a lone surname (Capt. Davis) joins the full name it shortens; a Western name in Arabic script
    joins the English-half person with the same given name and a like surname."""
    persons = [h for h in hits if h.type == "person"]
    latin_words = {id(h): _name_words(h.text) for h in persons if h.lang == "en"}
    full_latin = [h for h in persons if h.lang == "en" and len(latin_words[id(h)]) >= 2]
    full_last = [(f, fold_latin(latin_words[id(f)][-1])) for f in full_latin]
    for h in persons:
        if h.lang != "en" or len(latin_words[id(h)]) != 1:
            continue
        last = fold_latin(latin_words[id(h)][-1])
        for f, f_last in full_last:
            if f_last == last and f is not h:
                h.canonical, h.rec, h.din = f.canonical, f.rec, f.din if h.din is None else h.din
                h.extra["link"] = _link_key(f)
                break
    arp = ar_patterns()
    for h in persons:
        if h.lang != "ar" or not h.western or h.rec is not None:
            continue
        words = h.text.split()
        given = arp.western_given.get(fold_arabic(words[0]))
        for f in full_latin:
            fw = _name_words(f.text)
            if given and fw[0] == given and (len(words) < 2 or _similar_surname(words[-1], fw[-1])):
                h.canonical = f.canonical
                h.extra["link"] = _link_key(f)
                break
    groups: dict[str, list[Hit]] = {}
    for h in hits:
        if h.rec is None:
            groups.setdefault(h.extra.get("link") or _link_key(h), []).append(h)
    for group in groups.values():
        plain = [h for h in group if h.lang == "en" and not DIN_MARKS.search(h.text) and h.rule != "names.masthead"]
        arabic = [h for h in group if h.lang == "ar"]
        ar_din = next((h.din for h in sorted(arabic, key=lambda h: len(h.text)) if h.din), None)  # البياض, not حي البياض
        if plain:
            for h in group:
                h.canonical = plain[0].canonical
        elif arabic:
            for h in group:
                if h.lang == "en":
                    h.canonical = arabic[0].canonical
        for h in group:  # the Arabic spelling's DIN beats one guessed from a Latin spelling
            if ar_din is not None and not h.western and h.lang == "en" and (
                    h.din is None or not DIN_MARKS.search(h.text)):
                h.din = ar_din


_TITLE_WORDS = re.compile(r"^(?:[A-Z][a-z]{0,4}\.|Jr\.?|Sr\.?|III|II|[A-Z]\.)$")


def _name_words(text: str) -> list[str]:
    words = [w for w in text.split() if not _TITLE_WORDS.match(w)]
    return words or text.split()


def _similar_surname(arabic: str, latin: str) -> bool:
    a = skeleton(canonical_from_arabic(arabic))
    b = skeleton(latin)
    return bool(a) and bool(b) and a[:1] == b[:1]


def _entities(hits: list[Hit]) -> list[Entity]:
    """One Entity per (language, name key), with its mentions (built from typed values, unvalidated)."""
    by_key: dict[tuple[str, str], dict] = {}
    for h in hits:
        k = (h.lang, name_key(h.text))
        ent = by_key.get(k)
        if ent is None:
            ent = by_key[k] = _entity_fields(h)
        span = trusted(Span, {"start": h.start, "end": h.end})
        ent["mentions"].append(trusted(Mention, {"span": span, "rule": h.rule}))
    ents = list(by_key.values())
    # aliases of unknown names: the other spellings of the same id in the document
    by_id: dict[str, list[dict]] = {}
    for e in ents:
        by_id.setdefault(e["id"], []).append(e)
    for group in by_id.values():
        if len(group) > 1:
            for e in group:
                e["aliases"] = list(dict.fromkeys([*e["aliases"], *(o["text"] for o in group if o["text"] != e["text"])]))
    return [trusted(Entity, e) for e in ents]


def _entity_fields(h: Hit) -> dict:
    """The fields of a new Entity, from its first mention: every field, in declared order, of its type."""
    rec = h.rec
    din = h.din
    return {"id": h.extra.get("link") or _link_key(h), "text": h.text,
            "lang": h.lang if h.lang in ("ar", "en") else "other",
            "type": h.type if h.type in ("place", "org", "person", "outlet") else "org",
            "canonical": h.canonical or h.text, "din": din if din is None or isinstance(din, str) else list(din),
            "aliases": list(rec.other_names()) if rec else [], "mentions": [],
            "lat": _float(rec.lat) if rec else None, "lon": _float(rec.lon) if rec else None,
            "admin1": rec.admin1 if rec else None, "country": rec.country if rec else None, "rule": h.rule}


def _float(x: float | None) -> float | None:
    """A coordinate as the Entity field holds it (a float, as validation would make it)."""
    return None if x is None else float(x)
