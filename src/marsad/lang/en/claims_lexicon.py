"""Load claims_lexicon.toml once into lookup tables for the English claim rules."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from marsad.claims.trie import factored, factored_deep, rare_char_pattern, split_alternatives

LEXICON = Path(__file__).with_name("claims_lexicon.toml")

Phrase = tuple[str, ...]


def _phrase(text: str) -> Phrase:
    return tuple(text.casefold().split())


@dataclass(frozen=True)
class PhraseTable:
    """Multi-word phrases -> value, looked up longest first at a token position."""

    table: dict[Phrase, object]
    lengths: dict[str, tuple[int, ...]]  # first word -> phrase lengths starting with it, longest first
    seconds: dict[str, frozenset[str]]  # first word -> the words that follow it in multi-word phrases
    ones: dict[str, tuple[int, object]] = field(default_factory=dict)  # one-word phrase -> (1, value), built once

    @classmethod
    def build(cls, items: Mapping[str, object]) -> PhraseTable:
        table = {_phrase(k): v for k, v in items.items()}
        lengths: dict[str, set[int]] = {}
        seconds: dict[str, set[str]] = {}
        for k in table:
            lengths.setdefault(k[0], set()).add(len(k))
            if len(k) > 1:
                seconds.setdefault(k[0], set()).add(k[1])
        return cls(table, {w: tuple(sorted(ns, reverse=True)) for w, ns in lengths.items()},
                   {w: frozenset(ws) for w, ws in seconds.items()},
                   {k[0]: (1, v) for k, v in table.items() if len(k) == 1})

    def __contains__(self, word: str) -> bool:
        return word in self.lengths

    def match(self, words: list[str], i: int) -> tuple[int, object] | None:
        """(number of tokens, value) of the longest phrase starting at words[i]."""
        word = words[i]
        ns = self.lengths.get(word)
        if ns is None:
            return None
        if ns[0] == 1:
            return self.ones[word]  # only a one-word phrase starts with it
        if i + 1 >= len(words) or words[i + 1] not in self.seconds[word]:
            # no multi-word phrase can start here ("in" not followed by "serious"): one word or none
            return self.ones.get(word)
        for n in ns:
            if n == 1:
                return self.ones[word]
            if i + n <= len(words):
                value = self.table.get(tuple(words[i : i + n]))
                if value is not None:
                    return n, value
        return None


# each character's share of lower-cased English report text (measured on the dev reports): how
# often `re` tries a prefilter branch starting with it (see rare_char_pattern); unlisted: rarer
CHAR_FREQUENCY = {
    " ": 0.25, "e": 0.081, "a": 0.065, "t": 0.059, "i": 0.057, "n": 0.048, "o": 0.046, "r": 0.045, "s": 0.042,
    "h": 0.035, "d": 0.034, "l": 0.029, "c": 0.02, "m": 0.019, "u": 0.017, "f": 0.015, "p": 0.012, "g": 0.012,
    "b": 0.012, ".": 0.011, "w": 0.01, "y": 0.01, ",": 0.007, "k": 0.007, "v": 0.007, "2": 0.003, "1": 0.003,
    "0": 0.003, "-": 0.003, "q": 0.002, '"': 0.002, "3": 0.0014, "j": 0.0013, "'": 0.0011, "z": 0.001, "4": 0.0009,
    "x": 0.0009,
}

_HEAD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789 ")


def _branch_heads(pattern: str) -> list[str]:
    """The literal text each top-level branch of a lower-case pattern starts with ('die' of
    'die[sd]?\\b', 'bod' of 'bod(?:y|ies)'): every match contains its branch's head, at its
    start. [] when some branch starts with no literal letter, digit or space."""
    heads = []
    for branch in split_alternatives(pattern):
        head = ""
        for i, c in enumerate(branch):
            if c not in _HEAD_CHARS or branch[i + 1 : i + 2] in ("?", "*", "{"):
                break
            head += c
        if not head:
            return []
        heads.append(head)
    return heads


_UNBOUNDED = re.compile(r"\^|\$|\(\?<|\\[BAZ]|(?:^|(?<=[|(:]))\\b|\\b(?![|)]|$)|['’]")


def _bounded(pattern: str) -> bool:
    """The pattern finds in text[start:end] what it finds in text between those positions: no
    anchor, look-behind or word boundary other than a trailing one reads a character before
    `start` (at `end` the text ends as in the slice); and it names no apostrophe, the one
    character folding changes (a class, dot or escape cannot tell a curly from a straight one)."""
    return _UNBOUNDED.search(pattern) is None


@dataclass(frozen=True)
class Cues:
    """A lower-case regex run on lower-cased text (much faster than IGNORECASE)."""

    lower: re.Pattern[str]
    anycase: re.Pattern[str]
    literals: tuple[str, ...] = ()  # every match contains one of these (a cheap prefilter); () = none
    prefilter: re.Pattern[str] | None = None  # finds any of `literals` (one trie regex)
    bounded: bool = False  # the pattern reads nothing before a match, nor apostrophes (see `_bounded`)
    heads: re.Pattern[str] | None = None  # finds the literal head of every branch (see `_branch_heads`)
    head_reach: int = 0  # the longest head

    @classmethod
    def build(cls, pattern: str, literals: list[str] | None = None) -> Cues:
        """The cues of `pattern`, its branches factored into a trie (same matches, faster)."""
        trie = factored(factored_deep(pattern))
        heads = _branch_heads(pattern)
        return cls(re.compile(trie), re.compile(trie, re.IGNORECASE), tuple(literals or ()),
                   re.compile(rare_char_pattern(literals, CHAR_FREQUENCY)) if literals else None, _bounded(pattern),
                   re.compile(rare_char_pattern(heads, CHAR_FREQUENCY)) if heads else None,
                   max(map(len, heads)) if heads else 0)

    def found_in_place(self, low: str, start: int, end: int) -> bool:
        """search_folded(text, low, start, end) for a bounded pattern without literals, `low` not None.

        The heads' pattern first (it skips most characters in C): every match of the pattern
        starts with a head, so with no head there is none, and none starts before the first head
        found, less the longest head (its look-behind may read before `start`: it may find a head
        that is not there, never miss one)."""
        if self.heads is None:
            return self.lower.search(low, start, end) is not None
        head = self.heads.search(low, start, end)
        if head is None:
            return False
        return self.lower.search(low, max(start, head.start() - self.head_reach + 1), end) is not None

    def search_folded(self, text: str, low: str | None, start: int, end: int) -> bool:
        """search(text, start, end), given low = folded(text): on the folded text in place (no
        slice, no lower-casing) when the pattern allows it."""
        if low is None or not self.bounded or self.literals:
            return self.search(text, start, end)
        return self.lower.search(low, start, end) is not None

    def _absent(self, low: str) -> bool:
        """True when no literal of the prefilter occurs: the regex cannot match."""
        if not self.literals:
            return False
        padded = low + " "  # a literal may end in the space after a word ("war ") at the very end
        if self.prefilter is not None:
            return self.prefilter.search(padded) is None
        return not any(map(padded.__contains__, self.literals))

    def spans(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        """(start, end) offsets into `text` of every match in text[start:end]."""
        piece = text[start:end]
        low = piece.lower()
        if self._absent(low):
            return []
        if len(low) != len(piece):
            return [m.span() for m in self.anycase.finditer(text, start, end)]
        first = self._first_possible(low)
        if first < 0:
            return []
        return [(start + m.start(), start + m.end()) for m in self.lower.finditer(low, first)]

    def _first_possible(self, low: str) -> int:
        """A position in `low` no match starts before (see found_in_place: every match starts with
        a head, found from its rare character at most head_reach - 1 letters in); -1 when no head
        occurs at all (no match)."""
        if self.heads is None:
            return 0
        head = self.heads.search(low)
        return -1 if head is None else max(0, head.start() - self.head_reach + 1)

    def search(self, text: str, start: int, end: int) -> bool:
        piece = text[start:end]
        low = piece.lower()
        if self._absent(low):
            return False
        if len(low) != len(piece):
            return self.anycase.search(text, start, end) is not None
        return self.lower.search(low) is not None


@dataclass(frozen=True)
class Lexicon:
    trigger: Cues
    outcomes: PhraseTable
    governing: frozenset[Phrase]
    bridge: frozenset[str]
    groups: PhraseTable
    singular: frozenset[str]
    member_context: frozenset[str]
    nonstate_nouns: frozenset[str]
    domestic_forces: frozenset[str]
    outcome_modifiers: frozenset[str]
    state_labels: frozenset[str]
    injury_with: frozenset[str]
    lost_parts: frozenset[str]
    sides: PhraseTable
    qualifiers: PhraseTable
    after_at_least: PhraseTable
    vague: PhraseTable
    units: dict[str, int]
    tens: dict[str, int]
    scales: dict[str, int]
    dozen: int
    unit_words: frozenset[str]
    before_words: frozenset[str]
    months: frozenset[str]
    not_casualty: frozenset[str]
    deny: Cues
    retraction: Cues
    take_back: Cues
    anaphora: re.Pattern[str]
    background: Cues
    link_marker: re.Pattern[str]
    shift: re.Pattern[str]
    new_attack: re.Pattern[str]
    past_time: re.Pattern[str]
    status_nouns: frozenset[str] = frozenset()  # "two of them students": a subset by trade, no claim
    deny_harm: re.Pattern[str] | None = None  # "denied targeting civilians": no claim


@cache
def lexicon() -> Lexicon:
    data = tomllib.loads(LEXICON.read_text(encoding="utf-8"))
    outcomes = {w: o for o, words in data["outcome"].items() if o != "governing" and o != "bridge"
                for w in words}
    groups = {w: g for g, words in data["groups"].items() if g != "singular" for w in words}
    for g, words in data["single_group"].items():
        for w in words:
            groups.setdefault(w, g)
    sides = {k: tuple(v) for k, v in data["sides"].items()}
    quals = {w: k for k, words in data["qualifiers"].items() if k != "at_least_after" for w in words}
    return Lexicon(
        trigger=Cues.build(data["trigger"]),
        outcomes=PhraseTable.build(outcomes),
        governing=frozenset(_phrase(w) for w in data["outcome"]["governing"]),
        bridge=frozenset(data["outcome"]["bridge"]),
        groups=PhraseTable.build(groups),
        singular=frozenset(data["groups"]["singular"]),
        member_context=frozenset(data["member_context"]["people"]),
        nonstate_nouns=frozenset(data["force_nouns"]["nonstate"]),
        domestic_forces=frozenset(data["force_nouns"]["domestic"]),
        outcome_modifiers=frozenset(data["force_nouns"]["outcome_modifiers"]),
        state_labels=frozenset(data["force_nouns"].get("state_labels", [])),
        injury_with=frozenset(data.get("injury_marks", {}).get("with", [])),
        lost_parts=frozenset(data.get("injury_marks", {}).get("lost", [])),
        sides=PhraseTable.build(sides),
        qualifiers=PhraseTable.build(quals),
        after_at_least=PhraseTable.build({w: "at_least" for w in data["qualifiers"]["at_least_after"]}),
        vague=PhraseTable.build({w: "vague" for w in data["vague"]["words"]}),
        units=data["numbers"]["units"],
        tens=data["numbers"]["tens"],
        scales=data["numbers"]["scales"],
        dozen=data["numbers"]["dozen"],
        unit_words=frozenset(data["distractors"]["units"]),
        before_words=frozenset(data["distractors"]["before"]),
        months=frozenset(data["distractors"]["months"]),
        not_casualty=frozenset(data["distractors"]["not_casualty"]),
        deny=Cues.build(data["stance"]["deny"], data["stance"].get("deny_literals")),
        retraction=Cues.build(data["stance"]["retraction"], data["stance"].get("retraction_literals")),
        take_back=Cues.build(data["stance"]["take_back"]),
        anaphora=re.compile(data["stance"]["anaphora"], re.IGNORECASE),
        background=Cues.build(data["scope"]["background"], data["scope"].get("background_literals")),
        link_marker=re.compile(data["scope"]["link_marker"], re.IGNORECASE | re.MULTILINE),
        shift=re.compile(data["scope"]["shift"], re.IGNORECASE),
        new_attack=re.compile(data["scope"]["new_attack"], re.IGNORECASE),
        past_time=re.compile(data["scope"]["past_time"], re.IGNORECASE),
        status_nouns=frozenset(data.get("subsets", {}).get("status", ())),
        deny_harm=re.compile(data["stance"]["deny_harm"], re.IGNORECASE) if "deny_harm" in data["stance"] else None,
    )
