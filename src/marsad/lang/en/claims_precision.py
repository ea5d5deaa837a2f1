"""Precision checks on the English claims of one sentence, for real general news.

Readings that look like a casualty figure but are none (SCHEMA: casualties of an incident):
"lives" as a verb, lives saved, counterfactuals ("would have been killed", "could kill"),
deaths of illness or private life ("died of cancer", "lost loved ones to suicide"), "victims"
as a class of people ("asylum to victims fleeing gang violence"), people arrested, a record of
"20 losses", a quoted title, "treated as a crime scene", a neutral death word in a report that
names no incident at all, and the denial of an act ("denied accusations it carried out the
attacks"). The items of a year-by-year list ("2004: A quake ... killing ...") are background.
The patterns are data (`[precision]` in claims_lexicon.toml), compiled once.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache

from marsad.claims.trie import rare_char_pattern
from marsad.lang.en.claims_lexicon import CHAR_FREQUENCY, LEXICON, lexicon
from marsad.memo import text_cache
from marsad.record import Claim, Document, Sentence

_CLAUSE_END = re.compile(r"[.;]")


@dataclass(frozen=True)
class Checks:
    """The compiled `[precision]` patterns."""

    verb_lives: re.Pattern[str]
    saved_before: re.Pattern[str]
    modal: re.Pattern[str]
    cause: re.Pattern[str]
    treated_as: re.Pattern[str]
    injury_word: re.Pattern[str]
    class_after: re.Pattern[str]
    class_before: re.Pattern[str]
    arrested_after: re.Pattern[str]
    bare_losses: re.Pattern[str]
    title_quote: re.Pattern[str]
    chronology: re.Pattern[str]
    incident: re.Pattern[str]
    neutral: re.Pattern[str]
    denied_act: re.Pattern[str]
    inflicted_before: re.Pattern[str]
    inflicted_on: re.Pattern[str]
    purpose_before: re.Pattern[str]
    opposing_fighters: re.Pattern[str]
    intent_before: re.Pattern[str]
    without_before: re.Pattern[str]
    speaker_after: re.Pattern[str]
    toll_after: re.Pattern[str]
    opposition_state: re.Pattern[str]
    active_subject: re.Pattern[str]
    object_after: re.Pattern[str]
    dated_year: re.Pattern[str]
    death_compound: re.Pattern[str]
    outcome_word: re.Pattern[str]
    sentenced_after: re.Pattern[str]
    sentence_word: re.Pattern[str]
    sentenced_before: re.Pattern[str]
    illness_before: re.Pattern[str]
    rate: re.Pattern[str]
    fell_not: re.Pattern[str]
    commemoration: re.Pattern[str]
    lives_after: re.Pattern[str]
    min_sentences: int
    cause_literals: tuple[str, ...]


@cache
def checks() -> Checks:
    """Load `[precision]` of claims_lexicon.toml once."""
    with LEXICON.open("rb") as f:
        data = tomllib.load(f)["precision"]
    pats = {k: re.compile(v, re.IGNORECASE) for k, v in data.items() if isinstance(v, str)}
    literals = tuple(data["cause_literals"])
    return Checks(min_sentences=int(data["min_sentences"]), cause_literals=literals, **pats)


_BARE_VICTIMS = re.compile(r"^(?:to |for )?(?:[\w-]+ )?victims?$", re.IGNORECASE)
_PAST_CUES = ("years", "decades", "months", "anniversar", "centenar")  # every `commemoration` match holds one
_RATE_CUES = ("every", "each", "per", "annual", "a year", "a day")  # every `rate` match holds one
_ARREST_CUES = ("arrest", "detain", "charged", "held", "question", "convict", "sentenc", "jail", "bail", "remand",
                "releas")


class _Cues:
    """Whether the (lower-cased) sentence holds a cause-of-death cue, an arrest cue: each looked
    up once, when a claim first reaches its check."""

    __slots__ = ("low", "literals", "_cause", "_arrest")

    def __init__(self, low: str, cause_literals: tuple[str, ...]) -> None:
        self.low, self.literals = low, cause_literals
        self._cause: bool | None = None
        self._arrest: bool | None = None

    def cause(self) -> bool:
        if self._cause is None:
            self._cause = _finder(self.literals).search(self.low) is not None  # (`_holds_any`, in one search)
        return self._cause

    def arrest(self) -> bool:
        if self._arrest is None:
            self._arrest = _holds_any(self.low, _ARREST_CUES)
        return self._arrest


@cache
def _finder(literals: tuple[str, ...]) -> re.Pattern[str]:
    """A pattern found in a text exactly when `_holds_any(text, literals)`: each literal read from
    its rarest letter (`rare_char_pattern`), so that `re` skips in C the positions no literal can
    start from; faster than one `in` test per literal for the many cause-of-death cues."""
    return re.compile(rare_char_pattern(literals, CHAR_FREQUENCY))


def _holds_any(low: str, literals: tuple[str, ...]) -> bool:
    for w in literals:  # (faster than one regex alternation over the sentence)
        if w in low:
            return True
    return False
_BARE_VERB = re.compile(r"(?:kill|injure|wound|maim|harm|execute|massacre)\b", re.IGNORECASE)
_BARE_FIGURE = re.compile(r"(?:killed|killing|kills|kill|wounded|wounding|injured|injuring)\s+(?:(?:at least|more than|over|"
                          r"some|about|around|nearly|almost)\s+)?[\w,-]+$", re.IGNORECASE)
_TO_DEATH = re.compile(r"\bto\s+death$", re.IGNORECASE)
_FELL = re.compile(r"\b(?:fell|fall|falls|fallen)$", re.IGNORECASE)
_LIVES = re.compile(r"\bli(?:ves|fe)\b", re.IGNORECASE)
_THE_DEAD = re.compile(r"\b(?:martyrs?|dead|bodies|body|corpses?|remains)\b", re.IGNORECASE)
_TITLE_WORDS = re.compile(r"^(?:[A-Z0-9][\w,'-]*\s+)*[A-Z][\w'-]*$")


def refine(doc: Document, sentence: Sentence, claims: list[Claim]) -> list[Claim]:
    """Drop the claims of one sentence that are no casualty figure; mark chronology items background."""
    if not claims:
        return claims
    ck = checks()
    low = doc.text[sentence.start : sentence.end].lower()
    cued = _Cues(low, ck.cause_literals)
    kept = [c for c in claims if not _not_a_claim(ck, doc, sentence, c, low, cued)]
    if len(kept) > 1:
        _shared_object(doc, kept)
    for c in kept:
        if c.group == "people" and c.side is None and c.evidence and "inflict" in low:
            _inflicted_on(ck, doc, sentence, c)
        elif c.group == "combatants" and c.side and c.evidence:
            _opposing_side(ck, doc, c)
        elif c.group == "soldiers" and c.evidence and \
                ck.opposition_state.search(doc.text, c.evidence[0].start, c.evidence[0].end):
            c.group, c.side = "combatants", None  # "two Syrian opposition fighters": not the state's
        if c.rule.startswith("en.single") and c.evidence and not c.vague and "toll" in low and \
                ck.toll_after.match(doc.text[c.evidence[0].end : sentence.end]):
            c.min = c.max = None  # "a heavy civilian death toll": no one counted
            c.vague = True
            c.rule = "en.vague.toll"
        if c.vague and c.evidence and "without" in low and _without(ck, doc, sentence, c):
            c.min = c.max = 0  # "without any casualties among civilians": none
            c.vague = False
            c.rule = "en.zero.without"
    listed: bool | None = None
    rated: bool | None = None
    for c in kept:
        if not c.evidence or c.scope == "background":
            continue
        s = c.evidence[0].start
        line = doc.text.rfind("\n", sentence.start, s) + 1  # a list item inside a joined sentence
        if line and ":" in doc.text[line : line + 16] and ck.chronology.match(doc.text[line : sentence.end]):
            c.scope = "background"
            continue
        if listed is None:
            listed = _in_chronology(ck, doc, sentence) or _may_hold_year(low) and _dated_before(ck, doc, sentence) or \
                _holds_any(low, _PAST_CUES) and ck.commemoration.search(low) is not None
        if listed:
            c.scope = "background"
            continue
        if rated is None:
            rated = _holds_any(low, _RATE_CUES)
        if rated and ck.rate.search(doc.text[s : _clause_end(doc, sentence, c.evidence[0].end)]):
            c.scope = "background"  # also a rate: "people die in road crashes every year"
    return kept


def _year(m: re.Match[str]) -> int:
    return int(next(g for g in m.groups() if g))


def _may_hold_year(low: str) -> bool:
    """False when the (lower-cased) sentence holds no four-digit year: each one holds "19" or "20"."""
    return "19" in low or "20" in low


def _dated_before(ck: Checks, doc: Document, sentence: Sentence) -> bool:
    """The sentence dates its event to a year before the report's (published, else its latest date)."""
    years = _dated_years(ck, doc.text, sentence.start, sentence.end)
    if not years:
        return False
    published = doc.meta.published
    if published and published[:4].isdigit():
        ref = int(published[:4])
    else:
        ref = _latest_year(doc.text)
    return max(years) < ref


# a four-digit year, with `not _after_digit`; one pattern a century: a literal prefix, which the
# regex engine scans for 3-7x faster than the alternation `(?:19|20)`
_YEARS_BY_CENTURY = (re.compile(r"19\d\d(?!\d)"), re.compile(r"20\d\d(?!\d)"))


def _after_digit(text: str, i: int) -> bool:
    """text[i - 1] is a digit (`\\d`: Unicode decimal digits, as str.isdecimal)."""
    return i > 0 and text[i - 1].isdecimal()


def _years(text: str, lo: int, hi: int) -> list[re.Match[str]]:
    """The matches of `(?<!\\d)(?:19|20)\\d\\d(?!\\d)` in text[lo:hi], 4x faster without the lookbehind:
    a match preceded by a digit is none, and cannot hide a real one (which starts after a non-digit).
    Two matches never overlap (a match ends before a non-digit), so the matches of the two centuries,
    in text order, are those of the alternation."""
    years = [y for pattern in _YEARS_BY_CENTURY for y in pattern.finditer(text, lo, hi) if not _after_digit(text, y.start())]
    if len(years) > 1:
        years.sort(key=_start)
    return years


def _start(m: re.Match[str]) -> int:
    return m.start()


def _dated_years(ck: Checks, text: str, lo: int, hi: int) -> list[int]:
    """The years of the dates in text[lo:hi], looked for only around a four-digit year."""
    years: list[int] = []
    for y in _years(text, lo, hi):
        at = y.start()
        years += _window_years(text, max(lo, at - 30), min(hi, y.end() + 7), at)
    return years


@text_cache(4096)
def _window_years(text: str, a: int, b: int, at: int) -> tuple[int, ...]:
    """The years of the dates in text[a:b] that hold the four-digit year at `at`; a sentence's
    window is most often the report's (`_latest_year`), looked for once. At most one date holds
    `at` (the matches of one search do not overlap), and none after the first that starts past
    it: the search stops there."""
    for m in checks().dated_year.finditer(text, a, b):
        if m.start() > at:
            break
        if at < m.end():
            return (_year(m),)
    return ()


@text_cache(64)
def _latest_year(text: str) -> int:
    """The latest dated year of a report (called only when one of its sentences holds one)."""
    return max(_dated_years(checks(), text, 0, len(text)))


@text_cache(64)
def _names_incident(text: str) -> bool:
    """The report names an attack, a disaster or an accident somewhere."""
    return checks().incident.search(text) is not None


def _not_a_claim(ck: Checks, doc: Document, sentence: Sentence, c: Claim, low: str,
                 cued: _Cues) -> bool:
    """True when the claim is no casualty figure; each check runs only when its cue word is in
    the (lower-cased) sentence `low` (`cued`: a cause-of-death cue, an arrest cue)."""
    if not c.evidence:
        return False
    text = doc.text
    s, e = c.evidence[0].start, c.evidence[0].end
    ev = text[s:e]
    vague = c.vague
    rest = text[e : min(sentence.end, e + 160)]
    if c.rule == "en.deny.anaphora":
        return ck.denied_act.match(rest) is not None
    if "liv" in low or "life" in low:
        before, after = _before(text, sentence, s), _after(text, sentence, e)
        lives = ck.verb_lives.search(ev)
        if lives and lives.end() == len(ev.rstrip()):
            return True  # "a driver who lives in the block"
        if _LIVES.search(ev) and (ck.saved_before.search(before) or ck.lives_after.match(after)):
            return True  # "may have saved hundreds of lives", "two lives were changed forever"
    if ("would" in low or "could" in low) and (ck.modal.search(_before(text, sentence, s)[-40:] + ev) or
                                                ck.modal.match(_after(text, sentence, e).lstrip())):
        return True
    if c.outcome != "injured" and cued.cause() and (ck.cause.search(ev) or ck.cause.search(_after(text, sentence, e)) or
                                               ck.illness_before.search(_before(text, sentence, s))):
        return True
    if ("fell" in low or "fall" in low) and _FELL.search(ev) and ck.fell_not.match(_after(text, sentence, e)):
        return True  # "ten people fell ill"
    if "death" in low and ck.death_compound.search(low) and not ck.outcome_word.search(ev) and \
            not ck.outcome_word.search(ck.death_compound.sub(" ", low)):
        return True  # "seek the death penalty for the two men"
    if ("sentenc" in low or "condemn" in low) and (
            ck.sentenced_after.match(rest) or _TO_DEATH.search(ev) and ck.sentenced_before.search(_before(text, sentence, s))):
        return True  # "two men were sentenced to death", "sentenced two men to death"
    if c.rule == "en.vague.subject" and ck.active_subject.match(ev) and ck.object_after.match(_after(text, sentence, e)):
        return True  # "shelling by insurgents killed at least 20 people": the insurgents are no casualty
    if not vague and ck.speaker_after.match(rest):
        return True  # "one boy told the agency"
    if cued.arrest() and (held := ck.arrested_after.match(rest)) and not _THE_DEAD.search(ev + held.group()):
        return True  # (not "the bodies of three martyrs were held": the dead are withheld, not detained)
    if not vague and ("loss" in low or "defeat" in low) and ck.bare_losses.match(ev):
        return True
    if vague and ("inflict" in low or "caus" in low) and ck.purpose_before.search(_before(text, sentence, s)):
        return True  # "to inflict maximum casualties"
    if _BARE_VERB.match(ev) and ck.intent_before.search(_before(text, sentence, s)):
        return True
    if vague and "victim" in low:
        before, after = _before(text, sentence, s), _after(text, sentence, e)
        if ev.casefold().endswith(("victims", "victim")) and ck.class_after.match(after):
            return True  # "thousands of victims of the scam"
        if _BARE_VICTIMS.match(ev) and (ck.class_after.match(after) or ck.class_before.search(before)):
            return True
    if c.outcome == "injured" and "treated" in low and ck.treated_as.search(low) and not ck.injury_word.search(low):
        return True
    if not vague and ev[:1].isupper():
        before = _before(text, sentence, s)
        if ('"' in before or "“" in before) and _TITLE_WORDS.match(ev) and ck.title_quote.search(before):
            return True
    if len(doc.sentences) >= ck.min_sentences and ck.neutral.search(ev) and not _names_incident(text):
        return True  # (the whole-report search last: it runs only for a neutral death word)
    return False


def _before(text: str, sentence: Sentence, s: int) -> str:
    """The sentence's text in the 60 characters before a claim's evidence."""
    return text[max(sentence.start, s - 60) : s]


def _after(text: str, sentence: Sentence, e: int) -> str:
    """The text after a claim's evidence up to its clause end, at most 100 characters."""
    stop = _CLAUSE_END.search(text, e, sentence.end)
    return text[e : min(stop.start() if stop else sentence.end, e + 100)]


def _in_chronology(ck: Checks, doc: Document, sentence: Sentence) -> bool:
    """The sentence is an item of a year-by-year list, or one of the two sentences after one."""
    text = doc.text
    if ":" in text[sentence.start : sentence.start + 16] and ck.chronology.match(text[sentence.start : sentence.end]):
        return True
    i = sentence.id
    sents = doc.sentences
    if not (0 <= i < len(sents)) or sents[i].start != sentence.start:
        return False
    for j in (i - 1, i - 2):
        if j < 0:
            return False
        prev = sents[j]
        if ":" in text[prev.start : prev.start + 16] and ck.chronology.match(text[prev.start : prev.end]):
            return True
    return False


def _inflicted_on(ck: Checks, doc: Document, sentence: Sentence, c: Claim) -> None:
    """'inflicting heavy casualties on the militants': the group (and side) of the force named."""
    text = doc.text
    s, e = c.evidence[0].start, c.evidence[0].end
    if not ck.inflicted_before.search(text[max(sentence.start, s - 60) : s]):
        return
    m = ck.inflicted_on.match(text[e : min(sentence.end, e + 80)])
    if not m:
        return
    lex = lexicon()
    words = re.findall(r"[\w'-]+", m.group(1).casefold())
    group = side = None
    for i, w in enumerate(words):
        hit = lex.sides.match(words, i)
        if hit is not None and isinstance(hit[1], tuple) and side is None:
            side, kind = hit[1][0], hit[1][1]
            group = "combatants" if kind == "nonstate" else "soldiers"
        elif w in lex.nonstate_nouns or w in ("fighters", "mercenaries"):
            group = group or "combatants"
    if group is not None:
        c.group = group  # type: ignore[assignment]
        c.side = side


def _opposing_side(ck: Checks, doc: Document, c: Claim) -> None:
    """Rebels, opposition or Kurdish fighters keep no side their own words do not name."""
    ev = doc.text[c.evidence[0].start : c.evidence[0].end]
    if not ck.opposing_fighters.search(ev):
        return
    lex = lexicon()
    words = re.findall(r"[\w'-]+", ev.casefold())
    for i in range(len(words)):
        hit = lex.sides.match(words, i)
        if hit is not None and isinstance(hit[1], tuple) and hit[1][0] == c.side:
            return
    c.side = None


def _without(ck: Checks, doc: Document, sentence: Sentence, c: Claim) -> bool:
    """The vague claim follows "without (causing) (any)", or its evidence opens with it."""
    s, e = c.evidence[0].start, c.evidence[0].end
    head = doc.text[s:e].split(" ", 1)[0].casefold()
    return head == "without" or ck.without_before.search(doc.text[max(sentence.start, s - 60) : s]) is not None


def _clause_end(doc: Document, sentence: Sentence, end: int) -> int:
    stop = _CLAUSE_END.search(doc.text, end, sentence.end)
    return min(stop.start() if stop else sentence.end, end + 100)


def _shared_object(doc: Document, claims: list[Claim]) -> None:
    """'killed 28 and wounded 30 Islamic State militants': the group after the second verb is the
    object of both, so the bare first figure takes its group and side."""
    ordered = sorted((c for c in claims if c.evidence), key=lambda c: c.evidence[0].start)
    for c, n in zip(ordered, ordered[1:], strict=False):
        if c.group != "people" or c.side or c.vague or n.group == "people" or n.vague:
            continue
        between = doc.text[c.evidence[0].end : n.evidence[0].start]
        if between.strip().casefold() == "and" and _BARE_FIGURE.fullmatch(doc.text[c.evidence[0].start : c.evidence[0].end]):
            c.group, c.side = n.group, n.side
