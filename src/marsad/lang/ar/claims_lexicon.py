"""The Arabic claim lexicon (claims_lexicon.toml) compiled for lookup, and word analysis.

`analyze(word)` strips proclitics (و ف ب ل ك ال, لل) and, where allowed,
possessive suffixes, and returns what the lexicon knows about the word as a
`Word`. Multi-word entries are compiled into `phrases()`, keyed by their first
normalised word.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cache

from marsad.lang.ar.numbers import _lexicon, normalize, number_multipliers, number_words
from marsad.memo import text_cache
from marsad.trie import word_trie


@dataclass
class Word:
    """Everything the lexicon says about one word form (all fields optional)."""

    stem: str = ""
    definite: bool = False  # carried the article ال
    conj: bool = False  # carried و or ف
    suffix: str = ""  # possessive suffix stripped (ه، ها، هم ...)
    num: int | None = None  # cardinal value
    mult: int | None = None  # plural multiplier (آلاف)
    vague: bool = False  # vague quantity (عشرات)
    outcome: str | None = None  # killed / injured / casualties
    cas_form: str | None = None  # "pl", "sg", "du" for casualty nouns, "verb" otherwise
    weak: bool = False  # casualty context word that gives no outcome alone (سقوط)
    group: str | None = None
    group_form: str | None = None  # "pl", "sg", "du"
    side: str | None = None
    roles: set[str] = field(default_factory=set)  # structural roles: among, neg, deny, block ...


# each letter's share of normalised Arabic report text (measured on the held-out Arabic reports):
# how often `re` tries a prefilter branch starting with it (see marsad.claims.trie.rare_char_pattern)
CHAR_FREQUENCY = {
    " ": 0.2542, "ا": 0.1303, "ل": 0.0722, "ي": 0.064, "م": 0.0448, "ن": 0.0438, "ه": 0.0418, "ر": 0.0368,
    "و": 0.0326, "ت": 0.0315, "ب": 0.0254, "د": 0.025, "ف": 0.0232, "ع": 0.0229, "س": 0.0212, "ق": 0.0191,
    "ح": 0.0161, "ش": 0.0114, "ص": 0.0112, "ج": 0.0101, "،": 0.0101, "ط": 0.0096, "ك": 0.0081, "ث": 0.0077,
    "خ": 0.0055, "ز": 0.0046, "ء": 0.0035, "ض": 0.0035, "غ": 0.0031, "ذ": 0.0026, "ئ": 0.0024, "ظ": 0.001,
    "ؤ": 0.0008,
}

_PRE_CONJ = ("", "و", "ف")
_PRE_PREP = ("", "ب", "ل", "ك")


def _proclitic_splits(token: str) -> list[tuple[str, str, str]]:
    """Each (conjunction, preposition, rest) of a token: و، ف then ب، ل، ك stripped (either may be "")."""
    out = []
    for conj in _PRE_CONJ:
        if token.startswith(conj):
            rest1 = token[len(conj) :]
            out.extend((conj, prep, rest1[len(prep) :]) for prep in _PRE_PREP if rest1.startswith(prep))
    return out
_SUFFIXES = ("", "ه", "ها", "هم", "هن", "هما", "نا")  # not ي: it is the nisba ending (جراحي، عسكري)
_FORMS = {"plural": "pl", "singular": "sg", "dual": "du"}
_EXACT_ROLES = {"neg", "neg_gap", "deny", "among", "majority"}  # function words: no ب/ل/ك/ال

_ROLE_LISTS = {
    ("structure", "among"): "among",
    ("structure", "majority"): "majority",
    ("structure", "others"): "others",
    ("structure", "ordinals"): "ordinal",
    ("structure", "negations"): "neg",
    ("structure", "negation_gap"): "neg_gap",
    ("structure", "deny_verbs"): "deny",
    ("structure", "deny_objects"): "deny_obj",
    ("structure", "fabricate_verbs"): "fabricate",
    ("structure", "rumour_heads"): "rumour",
    ("structure", "correct_verbs"): "correct",
    ("not_claims", "blocking_nouns"): "block",
    ("not_claims", "months"): "month",
    ("not_claims", "blocking_before"): "block_before",
    ("not_claims", "blocking_verbs"): "block_verb",
    ("not_claims", "transparent_after"): "transparent",
    ("group_context", "people_after"): "people_after",
    ("group_context", "state_force_words"): "state_force",
    ("group_context", "member_words"): "member",
    ("group_context", "own_force_words"): "own_force",
    ("group_context", "unit_words"): "unit",
    ("group_context", "facility_words"): "facility",
    ("vague", "vague_words"): "vague",
    ("structure", "condition_words"): "condition",
    ("structure", "whole_family"): "family",
    ("structure", "whole_words"): "whole",
    ("structure", "severity_words"): "severity",
    ("not_claims", "missing_words"): "missing",
    ("not_claims", "reference_nouns"): "reference",
    ("not_claims", "toll_words"): "toll",
    ("not_claims", "attack_nouns"): "attack",
    ("not_claims", "reporting_verbs"): "reporting",
    ("not_claims", "earlier_time"): "earlier",
}


@dataclass
class Lexicon:
    words: dict[str, Word]
    phrases: dict[str, list[tuple[tuple[str, ...], str, str]]]  # first word -> [(words, kind, value)]
    state_sides: set[str]
    places: dict[str, str] = field(default_factory=dict)  # normalised place word -> state side


def _entry(words: dict[str, Word], key: str) -> Word:
    w = words.get(key)
    if w is None:
        w = words[key] = Word(stem=key)
    return w


@cache
def lexicon() -> Lexicon:
    data = _lexicon()
    words: dict[str, Word] = {}
    phrases: dict[str, list[tuple[tuple[str, ...], str, str]]] = {}

    def add_phrase(text: str, kind: str, value: str) -> None:
        parts = tuple(normalize(text).split())
        phrases.setdefault(parts[0], []).append((parts, kind, value))

    for form, table in data["casualty_nouns"].items():
        for outcome, items in table.items():
            for item in items:
                w = _entry(words, normalize(item))
                w.outcome, w.cas_form = outcome, _FORMS[form]
    for outcome, items in data["casualty_verbs"].items():
        for item in items:
            w = _entry(words, normalize(item))
            if w.outcome is None:
                w.outcome, w.cas_form = outcome, "verb"
    for outcome, items in data["casualty_phrases"].items():
        for item in items:
            add_phrase(item, "cas", outcome)
    for item in data["casualty_context"]["weak_outcome_words"]:
        _entry(words, normalize(item)).weak = True
    for form, table in data["groups"].items():
        for group, items in table.items():
            for item in items:
                if " " in item:
                    add_phrase(item, "group", f"{group}:{_FORMS[form]}")
                    continue
                w = _entry(words, normalize(item))
                if w.group is None:
                    w.group, w.group_form = group, _FORMS[form]
    sides = dict(data["sides"])
    state_sides = set(sides.pop("state_sides", []))
    for side, items in sides.items():
        for item in items:
            if " " in item:
                add_phrase(item, "side", side)
            else:
                _entry(words, normalize(item)).side = side
    for value, items in data["number_words"].items():
        for item in items:
            _entry(words, normalize(item)).num = int(value)
    for key, value in number_multipliers().items():
        _entry(words, key).mult = value
    for (table, name), role in _ROLE_LISTS.items():
        for item in data[table][name]:
            if " " in item:
                add_phrase(item, "role", role)
            else:
                w = _entry(words, normalize(item))
                w.roles.add(role)
                if role == "vague":
                    w.vague = True
    for item in data["vague"]["vague_phrases"]:
        add_phrase(item, "vague", "")
    for name, items in data["qualifiers"].items():
        for item in items:
            add_phrase(item, "qual", name)
    for item in data["structure"]["deny_phrases"]:
        add_phrase(item, "role", "deny")
    for item in data["structure"]["rebut_phrases"]:
        add_phrase(item, "role", "rebut")
    for item in data["not_claims"]["background_markers"]:
        add_phrase(item, "background", "")
    for item in data["not_claims"]["other_event_openers"]:
        add_phrase(item, "opener", "")
    places: dict[str, str] = {}
    for side, items in data.get("place_sides", {}).items():
        for item in items:
            if " " in item:
                add_phrase(item, "place", side)
            else:
                places[normalize(item)] = side
    for key in list(phrases):
        phrases[key].sort(key=lambda p: -len(p[0]))
    assert set(number_words()) <= set(words)
    return Lexicon(words=words, phrases=phrases, state_sides=state_sides, places=places)


_EMPTY = Word()


# Every proclitic string analyze() strips: conjunction, preposition, article.
_PREFIXES = frozenset(
    conj + prep + art for conj in _PRE_CONJ for prep in _PRE_PREP for art in ("", "ال", "ل")
    if art != "ل" or prep == "ل"
)


def with_proclitics(words: Iterable[str]) -> frozenset[str]:
    """Every token whose stems() hold one of `words`: each word after each proclitic string."""
    return frozenset(prefix + word for prefix in _PREFIXES for word in words)


@cache
def phrase_starts() -> frozenset[str]:
    """Every token whose stems() hold the first word of a lexicon phrase (a proclitic string,
    then the word)."""
    return with_proclitics(lexicon().phrases)


@cache
def _stem_cores() -> re.Pattern[str]:
    """Proclitics, then a stem-plus-suffix that analyze() can find a lexicon word in (its
    spellings before a suffix included): a token this does not match has no entry of its own."""
    forms: set[str] = set()
    for key in lexicon().words:
        forms.add(key)
        if key.endswith("ه"):
            forms.add(key[:-1] + "ت")  # ta marbuta before a suffix
        if key.endswith("ء"):
            forms.update((key[:-1] + "ئ", key[:-1] + "ؤ"))  # seated hamza
        if key.endswith("ن"):
            forms.add(key[:-1])  # construct plural
    return re.compile(_alternation(_PREFIXES) + _alternation(forms) + _alternation(_SUFFIXES))


def _alternation(words: Iterable[str]) -> str:
    """A regex matching exactly `words`, as a trie (one branch per shared prefix)."""
    trie = word_trie(words)

    def branch(node: dict) -> str:
        alts = [re.escape(char) + branch(sub) if char else "" for char, sub in sorted(node.items())]
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return branch(trie)


_DUAL_SUFFIXED = ("يه", "يها", "يهم", "اه", "اها", "اهم")  # endings analyze() reads a dual with a suffix in


def no_entry(token: str) -> bool:
    """Is analyze(token) surely the empty Word, without running it? No stem core fits the token,
    and it has none of the endings analyze() tries again without (tanween, nisba, dual, construct)."""
    if _stem_cores().fullmatch(token):
        return False
    if len(token) <= 3:
        return True
    if token[-1] in ("ا", "ن"):
        return False
    return not (len(token) > 4 and (token[-1] == "ي" or token.endswith(_DUAL_SUFFIXED)))


@text_cache(65_536)
def analyze(token: str) -> Word:
    """What the lexicon knows about a normalised word token, clitics stripped."""
    words = lexicon().words
    best: Word | None = None
    best_len = -1
    splits = _proclitic_splits(token) if _stem_cores().fullmatch(token) else ()
    for conj, prep, rest2 in splits:
        articles = ("", "ال")
        if prep == "ل" and rest2.startswith("ل"):
            articles = ("", "ل")  # لل = ل + ال
        for art in articles:
            if not rest2.startswith(art):
                continue
            stem0 = rest2[len(art) :]
            if len(stem0) < 2:
                continue
            for suf in _SUFFIXES:
                if suf and (not stem0.endswith(suf) or len(stem0) - len(suf) < 3):
                    continue
                stem = stem0[: len(stem0) - len(suf)] if suf else stem0
                w = words.get(stem)
                if w is None and suf and stem.endswith("ت"):
                    stem = stem[:-1] + "ه"  # ta marbuta before a suffix: حصيلته -> حصيله
                    w = words.get(stem)
                elif w is None and suf and stem.endswith(("ئ", "ؤ")):
                    stem = stem[:-1] + "ء"  # hamza seated before a suffix: أبنائه -> أبناء
                    w = words.get(stem)
                elif w is None and suf and stem.endswith(("و", "ي")) and len(stem) > 4:
                    w = words.get(stem + "ن")  # construct plural before a suffix: مقاتلوها -> مقاتلون
                    if w is not None and w.group_form == "pl":
                        stem = stem + "ن"
                    else:
                        w = None
                if w is None or len(stem) <= best_len:
                    continue
                if suf == "نا" and "own_force" not in w.roles:
                    continue  # "نا" (our) only on force words: "مقاتلينا", "قواتنا"
                if suf and not (w.group or w.outcome or w.side or "own_force" in w.roles):
                    continue  # suffixes only on nouns and verbs
                if prep and (w.num is not None or w.mult is not None) and not (w.group or w.outcome):
                    continue  # "لست" is not ل + ست
                bare = not (w.group or w.outcome or w.side or w.num or w.mult)
                if (art or prep) and bare and w.roles & _EXACT_ROLES:
                    continue
                best_len = len(stem)
                best = Word(
                    stem=stem,
                    definite=bool(art),
                    conj=bool(conj),
                    suffix=suf,
                    num=w.num,
                    mult=w.mult,
                    vague=w.vague,
                    outcome=w.outcome,
                    cas_form=w.cas_form,
                    weak=w.weak,
                    group=w.group or ("soldiers" if suf == "نا" else None),
                    group_form=w.group_form or ("pl" if suf == "نا" else None),
                    side=w.side,
                    roles=w.roles,
                )
    if best is not None and best.suffix and best.group_form == "sg" and best.stem.endswith("ا"):
        return replace(best, group_form="du")  # "طفلاه": a dual in construct (no tanween before a suffix)
    if best is None and len(token) > 4 and token.endswith(_DUAL_SUFFIXED):
        tail = 2 if token.endswith(("يه", "اه")) else 3  # the suffix ه / ها / هم
        cut = token[: len(token) - tail]  # without the dual's ي / ا
        alt = analyze(cut)
        if alt.group_form == "sg" and alt.group and not alt.suffix and not alt.definite:
            return replace(alt, group_form="du", suffix=token[len(cut) + 1 :])  # "طفليه", "ابناه"
    if best is None and len(token) > 4 and token.endswith("ي"):
        alt = analyze(token + "ن")  # construct plural "موظفي البلدية" of "موظفين"
        if alt.group_form == "pl" and alt.group and not alt.suffix:
            return alt
    if best is None and len(token) > 3 and token[-1] in ("ا", "ن"):  # the endings below end so
        # accusative tanween alef ("عنصراً" -> عنصر), nisba duals/plurals ("أميركيان" -> أميركي)
        for ending, repl in (("ا", ""), ("يان", "ي"), ("يين", "ي"), ("يون", "ي"), ("يتان", "يه"), ("يتين", "يه")):
            if token.endswith(ending) and not (ending == "ا" and token.endswith("ها")):  # "زوجها" is no "زوجه"
                alt = analyze(token[: len(token) - len(ending)] + repl)
                if alt is not _EMPTY and (alt.group or alt.outcome or alt.side):
                    if ending == "ا" or alt.side:
                        return alt
    return best or _EMPTY


def stems(token: str) -> set[str]:
    """The token itself and its forms without proclitics (for matching phrase starts)."""
    return _stems(token)


@text_cache(65_536)
def _stems(token: str) -> frozenset[str]:
    out = {token}
    rests = (token, token[1:]) if token[:1] in ("و", "ف") else (token,)
    for rest1 in rests:  # the rests of _proclitic_splits, added in its order
        out.add(rest1)
        if rest1.startswith("ال"):
            out.add(rest1[2:])
        prep = rest1[:1]
        if prep in ("ب", "ل", "ك"):
            rest2 = rest1[1:]
            out.add(rest2)
            if rest2.startswith("ال"):
                out.add(rest2[2:])
            if prep == "ل" and rest2.startswith("ل"):
                out.add(rest2[1:])
    return frozenset(s for s in out if s)
