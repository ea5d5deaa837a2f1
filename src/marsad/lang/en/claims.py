"""English casualty claims for one sentence (vocabulary in claims_lexicon.toml).

Rules, in the order they claim tokens:
  zero      "no U.S. casualties", "no one was killed", "none of its soldiers was wounded"
  figure    a number (digits or words, with a qualifier) + an optional group noun phrase,
            tied to an outcome word next to it, governing it ("killing 13", "toll rose to
            15") or nearest in the clause; "six of them children", "including 4 women" are
            subsets that take their head's outcome; "others" takes the previous group
  vague     "dozens of civilians", "a number of soldiers", "including women and children",
            "civilians were killed", "civilian casualties", "caused casualties"
  single    "a wounded girl", "a man who was hurt", "his wife was killed"
  denial    a clause with a denial cue gives stance "deny"; "X denies the matter" repeats the
            previous claim as a vague denial
  answer    in a transcript, bare figures right after "how many children died?" take that
            question's outcome and group
Background cues ("since October", "the war has killed") set scope "background".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from itertools import compress, filterfalse
from typing import Any, get_args

from marsad.claims.quantity import Quantity, quantity
from marsad.claims.scope import beyond_incident, in_blocks, link_blocks
from marsad.claims.text import folded, parse_digits, token_arrays, tokenize
from marsad.claims.trie import factored, rare_char_pattern
from marsad.lang.en.claims_amend import amend, hit_only, scare_quoted
from marsad.lang.en.claims_groups import adjust
from marsad.lang.en.claims_lexicon import CHAR_FREQUENCY, Lexicon, lexicon
from marsad.lang.en.claims_precision import refine
from marsad.memo import text_cache
from marsad.record import Claim, Document, Group, Outcome, Sentence, Span, trusted

AUX = frozenset(
    "were was are is be been being had have has who that which also reportedly reported later all "
    "subsequently eventually each confirmed believed to may might could would will the among were "
    "both still got get apparently allegedly initially now then were n't not".split()
)
FUNCTION = frozenset(
    "and or , in on at from when while after before during by with as for into near inside outside "
    "over across since overnight yesterday today tonight throughout amid following within through against "
    "who that which were was are is had have has been to . ; : ) ( \" ' ” “ - – — the a an including among "
    "most mostly many several some".split()
)
DETERMINERS = frozenset("them whom the his her its their our those these us of".split())
SUBSET_CUES = (("including",), ("among", "them"), ("among", "whom"), ("among", "those"), ("of", "whom"),
               ("among", "the", "dead"), ("among", "the", "victims"), ("mostly",), ("most", "of", "them"),
               ("many", "of", "them"), ("of", "them"), ("among", "them", "were"), ("among", "those", "killed"))
SUBSET_LAST: dict[str, list[tuple[str, ...]]] = {}
for _cue in SUBSET_CUES:
    SUBSET_LAST.setdefault(_cue[-1], []).append(_cue)
CLAUSE_BREAK = frozenset({";", ":", "but", "while", "whereas", "although", "though", "however"})
WEAK_OUTCOME = frozenset({"fell", "fall", "lost"})
OWNERS = frozenset("relatives families family names funeral funerals memory graves list identities photos "
                   "photographs pictures relative widows orphans".split())
LISTY = frozenset("and , a an her his their its the as well".split())
UNHARMED = frozenset("unharmed unhurt unscathed safely alive survived survivors uninjured".split())
HEDGES = frozenset("believed thought assessed likely probably most possibly presumably said reported be to "
                   "understood suspected known".split())
SINGLE_STARTERS = frozenset("a an his her their one whose my our your including".split())
POSSESSED_OUTCOME = frozenset("bodies body remains corpses deaths".split())
WEEKDAY = re.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.IGNORECASE)
DATE_OPENER = re.compile(r"\W*on ((?:[a-z]+ \d{1,2}|\d{1,2} [a-z]+))", re.IGNORECASE)
LEAD_CHARS = 1500
_ESCAPE = re.compile(r"\\.")
_LOWERED: dict[int, tuple[re.Pattern[str], re.Pattern[str] | None]] = {}


def _lowered(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """`pattern` (IGNORECASE) without the flag, when it names no capital letter: on lower-cased ASCII
    text it then finds what `pattern` finds on the text, at the same offsets (None otherwise)."""
    found = _LOWERED.get(id(pattern))
    if found is None or found[0] is not pattern:
        letters = _ESCAPE.sub("", pattern.pattern)
        plain = re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE) \
            if pattern.flags & re.IGNORECASE and letters == letters.lower() else None
        found = _LOWERED[id(pattern)] = (pattern, plain)
    return found[1]


def _plain(pattern: re.Pattern[str], text: str) -> tuple[re.Pattern[str], str]:
    """(pattern, text), or for ASCII text the pattern without IGNORECASE (see `_lowered`) and the text
    folded: the same matches at the same offsets, without the cost of IGNORECASE (a match's group
    is then lower-cased: read the text at its span)."""
    plain = _lowered(pattern) if text.isascii() else None
    return (pattern, text) if plain is None else (plain, folded(text))  # type: ignore[return-value]
# a nationality before one of these names the attacker, not the casualties' side ("Israeli strike kills
# three soldiers near Damascus")
ATTACK_NOUNS = frozenset("strike strikes airstrike airstrikes drone drones jets warplanes aircraft planes shelling "
                         "artillery missile missiles rocket rockets raid raids bombardment fire gunfire attack "
                         "attacks helicopter helicopters tank tanks ambush bombing bombings".split())
# before a noun these make a count of people who are no casualties ("two missing people"), unlike
# "two displaced children were killed"
NOT_CASUALTY_ADJ = frozenset("missing detained arrested captured abducted kidnapped".split())
SOURCE_PARTICIPLES = frozenset("given cited provided announced released issued quoted published claimed put "
                               "circulated reported".split())
NOT_MENTIONED = re.compile(r"\b(?:(?:made|makes|make|contained|contains|with|gave|gives) no (?:mention|reference|word)|"
                           r"(?:gave|gives|give|giving|provided|provides|offered|offers) no (?:figures?|tolls?|numbers?|"
                           r"details|breakdown|estimates?) (?:for|of|on)|(?:did|does|do) not address|"
                           r"(?:did|does|do|would|could) not (?:mention|refer to|say anything about|comment on(?! (?:the )?(?:reports?|claims?|allegations?|accounts?) that))|"
                           r"(?:declined|refused) to comment on(?! (?:the )?(?:reports?|claims?|allegations?|accounts?) that)|without (?:mentioning|"
                           r"referring to)|no word (?:on|about)|silent on|said nothing (?:about|of|on))\b", re.IGNORECASE)  # the lead (and its weekday) sits in the report's first paragraphs
# not commenting on, or giving no figure for, a toll says nothing of a vague claim; a figure stays
VAGUE_ONLY = re.compile(r"comment|figure|toll|number|detail|breakdown|estimate|address")
REPORT_NOUNS = frozenset("reports report claims claim allegations allegation account accounts version narrative rumours rumors "
                          "stories figures".split())
MANNER = frozenset("seriously critically lightly slightly badly severely moderately gravely fatally mortally "
                   "also reportedly still".split())
AGE_DECADE = re.compile(r"(?:early|mid|late)?-?(?:\d0s|\d0's|teens|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)$")
ANOTHER = frozenset("another third fourth fifth sixth".split())
SAY_VERBS = frozenset("says said announced announces confirmed confirms reported reports stated".split())
MONITOR_VERBS = frozenset("tracks track tracking monitors monitor monitoring documents document documenting "
                          "records record recording counts count counting tallies tally investigates".split())
AFTER_BREAK = re.compile(r"[;:—–(]|,\s*(?:the|a|an|which|who|as|after)\b|\b(?:and|but|while|bringing|raising|taking|making)\b")
_DATED_MONTH = re.compile(r"\b\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|"
                          r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{1,2}\b")
_DAYS_AFTER = re.compile(r"(?:hours|days|weeks)\s+(?:after|before)\b", re.IGNORECASE)  # ", days after a truce": when
BEFORE_BREAK = re.compile(r";|,\s*(?:and|but|while|whereas|yet)\b|\b(?:but|whereas)\b")
NAME_PARTICLES = frozenset("al al- el bin ibn abu abd abdul bint de van von".split())
NAME_PREFIXES = ("al-", "el-", "ad-", "as-", "ash-", "ar-", "an-", "at-", "az-", "abu-", "bin-")
OWN_VOICE = frozenset("saying insisting adding arguing stating claiming explaining noting stressing emphasising emphasizing asserting affirming".split())
BELONGED = frozenset({("belonged", "to"), ("belong", "to"), ("belonging", "to"), ("were", "members")})
COORD_GAP = re.compile(r"[\s\"'”]*and\s+")
HEADLINE_VAGUE = frozenset({"several", "dozens", "scores", "many", "hundreds"})
AND_SAID = frozenset("said says insisted added stressed affirmed".split())
PHRASE_STOP = frozenset("when after as while who which that where because since before until but said says hit "
                        "was were is are has have had been be being "
                        "struck exploded targeted".split())
TIME_ADVERBS = frozenset("earlier previously initially yesterday overnight today tonight".split())
STAY_VERBS = frozenset("remained remain stayed stay still".split())  # "nine of the wounded remained in hospital"
DEATH_VERBS = frozenset("died passed succumbed perished".split())
ZERO_WORDS = frozenset(("no", "none", "nobody", "not"))
KIN_LOST = frozenset("family relatives sons daughters brothers sisters cousins grandchildren nephews nieces "
                     "kin loved relative son daughter brother sister".split())
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december")
REBEL_WORDS = frozenset("rebel rebels opposition militia militias militiaman militiamen".split())
MOURN_VERBS = frozenset(("mourned", "mourns", "eulogized", "eulogised", "eulogizes", "eulogises"))
EARLIER = frozenset(("earlier", "previous", "initial", "original", "preliminary", "first"))
VAGUE_MORE = frozenset(("many", "several", "dozens", "scores", "hundreds"))
AFFILIATION = frozenset(("affiliated", "attached", "belonging", "linked"))
TALLY_NOUNS = frozenset("number figure tally count total".split())
LIES = re.compile(r"\b(?:are|were|is|was|be|been|as|nothing but)\s+(?:(?:pure|all|just|mere|simply|outright|blatant|"
                  r"total|only)\s+)?(?:lies|a lie|propaganda|fabrications?|fake news)\b", re.IGNORECASE)
TWO_OF = re.compile(r"\b(?:two|2)((?:\s+[a-z-]+){1,3})", re.IGNORECASE)  # "two (little) girls"
TALLY_WORDS = frozenset("figures figure numbers toll tolls count counts tally".split())
# a predicate disputing a casualty figure named before it ("are at odds with what the police have recorded")
DISPUTED = re.compile(r"\b(?:do|does|did)\s+not\s+(?:match|reflect|correspond)\b|\b(?:are|were|is|was)\s+(?:grossly\s+|greatly\s+|"
                      r"wildly\s+)?(?:inaccurate|false|untrue|exaggerated|inflated|fabricated|unreliable)\b|"
                      r"\b(?:(?:is|are|was|were)\s+(?:not\s+consistent|inconsistent|at\s+odds)|does\s+not\s+tally)\s+with\b",
                      re.IGNORECASE)
LIES_WORDS = ("lie", "propaganda", "fabrication", "fake news")  # one is in every match of LIES, lower-cased
_LIES_HINT = re.compile(rare_char_pattern(LIES_WORDS, CHAR_FREQUENCY))  # finds where one of them is (one scan)
FACILITY_NOUNS = frozenset("hospital clinic school embassy consulate university college company airport market "
                           "restaurant hotel centre center mosque church institute".split())
# outcome nouns a headline pairs with no figure ("Dead and wounded in ...")
HEADLINE_OUTCOMES = frozenset("martyrs dead wounded injured casualties victims".split())
# participles placing a group between it and its verb ("soldiers stationed near the town were hurt")
POSTED = frozenset("stationed deployed based posted positioned serving".split())
# last words of the name of an armed body ("the Free Valley Brigade")
UNIT_NAME_HEADS = frozenset("units brigade brigades battalion battalions front movement militia militias corps "
                            "regiment division forces force guards army".split())
PLACE_PREPS = frozenset("at in near outside inside".split())
VICTIM_ADJ = frozenset("innocent unarmed defenceless defenseless".split())
PREDICATE_ADJ = VICTIM_ADJ | {"displaced", "ordinary", "local"}  # between a copula and its group noun
CONDEMN = frozenset("condemned condemns condemning denounced denounces deplored deplores decried decries alarmed "
                    "outraged mourned mourns".split())
TALLY_SUBJECTS = frozenset("dead deaths casualties victims fatalities".split())
RISEN = frozenset("risen rose rises climbed climbs jumped increased grew grown".split())
PERSON_KILLED_WAS = frozenset("person victim one".split())
BRING_TO = frozenset("bringing brings brought raising raises raised taking takes took pushing".split())
_FIGURE_NEXT = r"(?!\s+(?:\d|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|" \
    r"forty|fifty|at|more|over|about|nearly|some|up)\b))"
# both outcomes asserted of one vague quantity ("dozens were killed and wounded", "the death and wounding of
# dozens"): a vague claim of each
JOINT_AND = re.compile(r"\b(?:killed|dead|martyred|martyrs|killing|deaths?)\s+and\s+(?:wounded|injured|hurt|maimed|wounding|injuring|"
                       r"maiming|injury|injuries)\b"
                       + _FIGURE_NEXT, re.IGNORECASE)
# "six martyrs and injured among our brothers in the police": people placed among a state force's members
AMONG_FORCE = re.compile(r"[\s\"'”]*(?:and (?:wounded|injured)\s+)?among (?:our|its|their|his|the) (?:(?:sons|ranks|members|"
                         r"men|brothers|personnel|heroes) (?:in|of) (?:the |our )?)?(?:army|police|security forces|"
                         r"armed forces|military)\b", re.IGNORECASE)
# "scores dead within their ranks", "nobody was hurt in the ranks of the units"
IN_RANKS = re.compile(r"[\s\"'”]*(?:(?:have |had |has )?(?:occurred|were reported|was reported|fell) )?(?:in|among|within) "
                      r"(?:their|its|his|our|the enemy's|the) ranks( of)?\b", re.IGNORECASE)
# "a number of martyrs and wounded": the vague quantity counts the wounded too
AND_WOUNDED = re.compile(r"\s+and\s+(?:wounded|injured)\b" + _FIGURE_NEXT, re.IGNORECASE)
TRANSITIVE = frozenset("killed killing kill kills wounded wounding injured injuring injures hurt eliminated shot executed "
                        "massacred".split())
SEVERITY = frozenset("critical critically serious seriously condition stable intensive severe severely moderate "
                     "life-threatening grave".split())
QUOTES = frozenset({'"', "“", "”", "«", "»", "'", "‘", "’"})
ACTIVE_OBJECT_STOP = frozenset({",", ".", "in", "on", "by", "when", "and", "after", "during", "as", "at", "near",
                                "while", "overnight", "today", "yesterday", ";", ":", "outright", "instantly"})
# a subset list going on from a figure ("..., including women and children"): its groups share the figure's scope
ALSO_AFTER_AND = re.compile(r",\s+and\b[^.;]*\b(?:have|has|had)\s+also\s+$")
SUBSET_TAIL = re.compile(r"[\s,]*(?:including|among them|among whom|many of them|most of them)\b[^.;:]*$")
# plural outcome nouns a list of the people they count may follow in apposition ("five bodies, four men and a boy")
APPOSED_TALLY = frozenset("bodies dead victims casualties wounded injured fatalities".split())


_OUTCOMES = frozenset(get_args(Outcome))
_GROUPS = frozenset(get_args(Group))
_UNSET_BY_CLAIM = ("id", "kind", "source", "sentence", "denies")  # fields `claim` leaves at their defaults


def _new_claim(outcome: str, group: str, side: str | None, qty: Quantity, stance: str, scope: str,
               start: int, end: int, rule: str) -> Claim:
    """Claim(lang="en", outcome=..., evidence=[Span(start, end)], ...) without validation when every
    value is of its declared type (validated otherwise, raising as before)."""
    if outcome not in _OUTCOMES or group not in _GROUPS or not (side is None or type(side) is str) \
            or not (type(qty.min) is int or qty.min is None) or not (type(qty.max) is int or qty.max is None):
        return Claim(lang="en", outcome=outcome, group=group, side=side, min=qty.min, max=qty.max,  # type: ignore[arg-type]
                     approx=qty.approx, vague=qty.vague, stance=stance, scope=scope,  # type: ignore[arg-type]
                     evidence=[Span(start=start, end=end)], rule=rule)
    claim = trusted(Claim, {
        "id": "", "kind": "casualty", "lang": "en", "outcome": outcome, "group": group, "side": side,
        "min": qty.min, "max": qty.max, "approx": qty.approx, "vague": qty.vague, "stance": stance, "scope": scope,
        "source": [], "evidence": [trusted(Span, {"start": start, "end": end})], "sentence": None, "denies": None,
        "rule": rule,
    })
    claim.__pydantic_fields_set__.difference_update(_UNSET_BY_CLAIM)  # as the keyword construction sets them
    return claim


_UNSEEN = object()  # a token not looked up yet


_MARKED: dict[int, frozenset[str]] = {}


def _marked_words(lex: Lexicon) -> frozenset[str]:
    """Words whose positions SentenceRules lists: outcome and group first words, single-person
    and figure starters, transitive outcome verbs."""
    marked = _MARKED.get(id(lex))
    if marked is None:
        marked = _MARKED[id(lex)] = frozenset(lex.outcomes.lengths) | frozenset(lex.groups.lengths) \
            | _single_entry(lex) | _starters() | TRANSITIVE
    return marked


@dataclass(slots=True)
class Mention:
    """A figure under construction: its tokens, quantity, group, outcome."""

    first: int  # first token (qualifier included)
    last: int  # last token of the number / group phrase
    qty: Quantity
    num_last: int  # last token of the number itself
    num_first: int = -1  # first token of the number itself (-1: same as first)
    group: str | None = None
    group_tok: int | None = None
    side: str | None = None
    side_kind: str | None = None
    outcome: str | None = None
    outcome_tok: int | None = None
    subset: bool = False
    others: bool = False
    rule: str = "en.figure"
    extra: list[int] = field(default_factory=list)
    after: int | None = None  # first token after a trailing "of/in <force>" phrase
    how: str = ""  # how the outcome was found: next, governing, head, nearest


@cache
def _starters() -> frozenset[str]:
    """Words that can begin a figure: number words, qualifiers, vague quantities."""
    lex = lexicon()
    words = set(lex.units) | set(lex.tens) | set(lex.scales) | {"a", "an", "between", "somewhere", "dozen", "half"}
    words |= set(lex.qualifiers.lengths) | set(lex.vague.lengths)
    words |= {t.split("-")[0] for t in lex.tens}
    return frozenset(words)


@cache
def _phrase_openers() -> dict[str, frozenset[str]]:
    """Starters that begin a figure only as the first word of a multi-word qualifier or vague
    phrase ('in excess of', 'as many as', 'at least'), each with the words that may follow it:
    with any other word next, no figure starts there."""
    lex = lexicon()
    alone = set(lex.units) | set(lex.tens) | set(lex.scales) | {"a", "an", "between", "somewhere", "dozen", "half"}
    out = {}
    for word in _starters():
        if word in alone or "-" in word or (word,) in lex.qualifiers.table or (word,) in lex.vague.table:
            continue
        out[word] = lex.qualifiers.seconds.get(word, frozenset()) | lex.vague.seconds.get(word, frozenset())
    return out


class SentenceRules:
    # slots: more than 30 instance attributes would give each instance a dict of its own (the
    # shared-key dict of CPython holds at most 30 keys), grown key by key
    __slots__ = (
        "doc", "sentence", "lex", "words", "starts", "ends", "n", "wordset", "joined", "possessed", "used",
        "has_among", "heads", "head", "starters", "_deny", "_background", "_other", "_unmentionable",
        "_corrects", "_has_lies", "_sides_here", "_context", "outcome_at", "outcome_cover", "nonalpha", "keys",
        "marked", "outcome_starting", "no_single", "group_firsts", "_groups", "_sides", "clause_of",
        "single_mentions",
    )
    outcome_starting: Callable[[int], tuple[int, str] | None]  # (each instance: outcome_at.get)

    def __init__(self, doc: Document, sentence: Sentence, lex: Lexicon) -> None:
        self.doc, self.sentence, self.lex = doc, sentence, lex
        self.words, self.starts, self.ends = token_arrays(doc.text, sentence.start, sentence.end, QUOTES)
        if doc.text.find("' ", sentence.start, sentence.end) >= 0:  # "strike 'kills' four"
            scare_quoted(doc.text, sentence.start, sentence.end, self.words, self.starts, self.ends)
        words = self.words
        self.n = n = len(words)
        self.wordset = wordset = set(words)  # (the sentence's words, for the rules' membership tests)
        self.joined = " ".join(words) + " "  # tokens hold no spaces: "'s " is a token ending in "'s"
        self.possessed = [x[:-2] if x.endswith("'s") else x for x in words] if "'s " in self.joined else None
        self.used: set[int] = set()
        self.has_among = "among" in wordset
        self.heads: list[Mention] = []
        self.starters = _starters()
        self._deny: list[tuple[int, int]] | None = None
        self._background: list[int] | None = None
        self._other: bool | None = None
        self._unmentionable: bool | None = None  # unmentioned: a gate word somewhere in the sentence
        self._corrects: bool | None = None  # denied: "correct" somewhere in the sentence
        self._has_lies: bool | None = None  # denied: "lies" / "propaganda" somewhere in the sentence
        self._sides_here: dict[str, list[tuple[int, str]]] = {}  # context_side: the sides this sentence names
        self._context: list[Sentence] | None = None  # context_side: the sentence before and the headline
        self.outcome_at: dict[int, tuple[int, str]] = {}
        self.outcome_cover: dict[int, str] = {}  # every token of an outcome phrase -> its outcome
        # the tokens any rule lists by word (outcome, group and single-person starts, figure starts,
        # transitive verbs), with every token not of letters only: one pass, each list a subset
        marked = _marked_words(lex)
        self.nonalpha = nonalpha = set(filterfalse(str.isalpha, wordset))
        keys = nonalpha.union(marked.intersection(wordset))
        self.keys = keys  # the distinct words at marked tokens
        self.marked = list(compress(range(n), map(keys.__contains__, words)))  # (a loop in C)
        first_words = lex.outcomes.lengths
        nxt = 0  # the first token not inside an outcome phrase already read
        for i in [i for i in self.marked if words[i] in first_words]:
            if i < nxt:
                continue
            m = lex.outcomes.match(words, i)
            if m is None:
                continue
            nxt = i + m[0]
            if self._modifier_of(i):
                continue  # "relatives of victims": the outcome word names other people
            outcome = str(m[1])
            if outcome == "casualties" and words[i] == "victims" and "identified" in wordset \
                    and "identified" in words[nxt : nxt + 4]:
                outcome = "killed"  # "the victims had been identified": the identified are the dead
            self.outcome_at[i] = (m[0], outcome)
            for k in range(i, nxt):
                self.outcome_cover[k] = outcome
        self.outcome_starting = self.outcome_at.get  # (the method, as a dict look-up without a frame)
        # no word that can start a single-person noun: _single_noun is False at every token (such a
        # word starts a group, or is a possessive: a marked word)
        self.no_single = _single_keys(lex).isdisjoint(keys)
        self.group_firsts = [i for i in self.marked if words[i] in lex.groups.lengths]
        self._groups = self._group_table()
        self._sides: dict[int, object] = {}  # side_at, per token
        if CLAUSE_BREAK.isdisjoint(wordset):
            self.clause_of = [0] * n
        else:  # the clause count grows at each break: runs of one number between the breaks
            clause_of: list[int] = []
            self.clause_of = clause_of
            c = 0
            for i in compress(range(n), map(CLAUSE_BREAK.__contains__, words)):
                if words[i] != "while" or i > 0 and words[i - 1] == ",":
                    clause_of += [c] * (i - len(clause_of))
                    c += 1
            clause_of += [c] * (n - len(clause_of))

    def _modifier_of(self, i: int) -> bool:
        """'relatives of (the) victims', 'names of the dead': not an outcome of a figure here."""
        w = self.words
        k = i - 1
        if k >= 0 and w[k] == "the":
            k -= 1
        return k >= 1 and w[k] == "of" and w[k - 1] in OWNERS

    @property
    def deny_cues(self) -> list[tuple[int, int]]:
        if self._deny is None:
            self._deny = self.lex.deny.spans(self.doc.text, self.sentence.start, self.sentence.end)
        return self._deny

    @property
    def background_cues(self) -> list[int]:
        if self._background is None:
            spans = self.lex.background.spans(self.doc.text, self.sentence.start, self.sentence.end)
            self._background = [s for s, _ in spans]
        return self._background

    # ------------------------------------------------------------ lookups
    def _group_table(self) -> dict[int, tuple[int, str]]:
        """Token -> _read_group(token), for every token that has a group (all others have none):
        group first words, and possessors before 'bodies' ('nine children's bodies')."""
        words, table = self.words, {}
        for i in self.group_firsts:
            found = self._read_group(i)
            if found is not None:
                table[i] = found
        if not POSSESSED_OUTCOME.isdisjoint(self.wordset):
            for j in range(1, self.n):
                if words[j] in POSSESSED_OUTCOME and j - 1 not in table and words[j - 1].endswith(("'s", "s'")):
                    found = self._read_group(j - 1)
                    if found is not None:
                        table[j - 1] = found
        return table

    def group_at(self, i: int) -> tuple[int, str] | None:
        """(tokens, group) of the group noun at token i (from the table built once)."""
        if i < 0:
            return self._read_group(i)  # (words[i] counts from the end)
        return self._groups.get(i)

    def _read_group(self, i: int) -> tuple[int, str] | None:
        if i >= self.n:
            return None
        groups = self.lex.groups
        m = groups.match(self.words, i) if self.words[i] in groups.lengths else None  # (match's own first test)
        if m is None and self.words[i].endswith(("'s", "s'")) and i + 1 < self.n \
                and self.words[i + 1] in POSSESSED_OUTCOME:
            # "nine children's bodies", "two soldiers' remains": the possessor is the group
            w = self.words[i]
            base = w[:-2] if w.endswith("'s") else w[:-1]
            m = self.lex.groups.match([base], 0)
        return (m[0], str(m[1])) if m else None

    def _list_start(self, i: int) -> int:
        """The first token of the list that token i ends ('a man and his son' -> 'a')."""
        w, k = self.words, i
        while k > 0 and (w[k - 1] in LISTY or self.group_at(k - 1) or w[k - 1][:1].isdigit()
                         or w[k - 1] in self.starters or w[k - 1] in SINGLE_STARTERS):
            k -= 1
        return k

    def side_at(self, i: int) -> tuple[int, tuple[str, str]] | None:
        """(tokens, (side, kind)) of the force or nationality at token i (read once per token)."""
        found = self._sides.get(i, _UNSEEN)
        if found is _UNSEEN:
            found = self._sides[i] = self._read_side(i)
        return found  # type: ignore[return-value]

    def _read_side(self, i: int) -> tuple[int, tuple[str, str]] | None:
        if i >= self.n:
            return None
        sides = self.lex.sides
        m = sides.match(self.words, i) if self.words[i] in sides.lengths else None  # (match's own first test)
        if not m and self.possessed and self.possessed[i] in sides.lengths:
            m = sides.match(self.possessed, i)  # "the Islamic Jihad's brigade": the side before the "'s"
        if m and m[0] == 1 and self.words[i] in ("is", "us") and not self.doc.text[self.starts[i] + 1].isupper():
            return None  # "who is a civilian": the verb, not IS
        return (m[0], m[1]) if m else None  # type: ignore[return-value]

    def number_at(self, i: int) -> tuple[int, int] | None:
        """(value, last token) of a number starting at token i."""
        lex, w = self.lex, self.words
        if i >= self.n:
            return None
        d = parse_digits(w[i]) if w[i][:1].isdigit() else None  # (parse_digits' own first test)
        if d is not None:
            j = i
            if j + 1 < self.n and w[j + 1] in lex.scales and w[j + 1] != "million":
                d *= lex.scales[w[j + 1]]
                j += 1
            return d, j
        if w[i] in ("a", "an") and i + 1 < self.n and w[i + 1] == "dozen":
            return lex.dozen, i + 1
        if w[i] == "half" and i + 2 < self.n and w[i + 1] in ("a", "an") and w[i + 2] == "dozen":
            return lex.dozen // 2, i + 2
        if w[i] in ("a", "an") and i + 1 < self.n and w[i + 1] in ("hundred", "thousand"):
            return lex.scales[w[i + 1]], i + 1
        if w[i] not in lex.units and w[i] not in lex.tens and "-" not in w[i]:
            return None  # the loop below reads no first word but these
        total, current, j, seen = 0, 0, i, False
        while j < self.n:
            word = w[j]
            if "-" in word and len(parts := word.split("-")) == 2 and parts[0] in lex.tens and parts[1] in lex.units and lex.units[parts[1]] < 10:
                current += lex.tens[parts[0]] + lex.units[parts[1]]
            elif word in lex.units and word not in ("none", "both", "pair", "couple") and not (seen and current % 10):
                current += lex.units[word]
            elif word in lex.tens and current % 100 == 0:
                current += lex.tens[word]
            elif word in lex.scales and seen and word != "million":
                current = max(current, 1) * lex.scales[word]
                if word != "hundred":
                    total, current = total + current, 0
            elif word == "dozen" and seen:
                current *= lex.dozen
            elif word == "and" and seen and j + 1 < self.n and (w[j + 1] in lex.units or w[j + 1] in lex.tens) \
                    and j > i and w[j - 1] == "hundred":
                pass
            else:
                break
            seen = True
            j += 1
        if not seen:
            return None
        return total + current, j - 1

    # ------------------------------------------------------------ figures
    def find_mentions(self) -> list[Mention]:
        out: list[Mention] = []
        starters, w = self.starters, self.words
        after = -1
        article_next = _article_next(self.lex)
        openers = _phrase_openers()
        last = self.n - 1
        # the distinct words that may start a figure: starters (all marked), and words not of letters
        # only that are digits or hyphenated after a starter; then their tokens (a loop in C)
        firsts = self.keys.intersection(starters)
        firsts.update([word for word in self.nonalpha if "0" <= word[:1] <= "9" or word[:1] > "\x7f"
                       and word[:1].isdigit() or "-" in word and word.split("-", 1)[0] in starters])
        if not firsts:
            return out
        for i in [i for i in self.marked if w[i] in firsts]:  # (starters and words not of letters: marked)
            if i < after:
                continue
            word = w[i]
            if (word == "a" or word == "an") and (i == last or w[i + 1] not in article_next):
                continue  # "a strike": an article that starts no quantity ("a dozen", "a number of")
            if word in openers and (i == last or w[i + 1] not in openers[word]):
                continue  # "in the strike": no "in excess of" here
            m = self.mention_at(i)
            if m is not None:
                out.append(m)
                after = m.num_last + 1
        return out

    def mention_at(self, i: int) -> Mention | None:
        w, lex = self.words, self.lex
        if not (w[i][:1].isdigit() or w[i] in self.starters
                or "-" in w[i] and w[i].split("-", 1)[0] in self.starters):
            return None
        if w[i] == "between" or (w[i] == "somewhere" and i + 1 < self.n and w[i + 1] == "between"):
            k = i + 1 if w[i] == "between" else i + 2
            a = self.number_at(k)
            if a and a[1] + 2 < self.n and w[a[1] + 1] in ("and", "to"):
                b = self.number_at(a[1] + 2)
                if b:
                    return Mention(i, b[1], quantity("between", a[0], b[0]), b[1])
        q = lex.qualifiers.match(w, i) if w[i] in lex.qualifiers.lengths else None  # (match's own first test)
        if q:
            num = self.number_at(i + q[0])
            if num:
                return Mention(i, num[1], quantity(str(q[1]), num[0]), num[1], num_first=i + q[0])
        num = self.number_at(i)
        if num:
            j = num[1]
            after = lex.after_at_least.match(w, j + 1) if j + 1 < self.n else None
            if after and not (w[j + 1] == "at" and j + 2 < self.n and w[j + 2] != "least"):
                return Mention(i, j, quantity("at_least", num[0]), j, extra=[j + after[0]])
            if w[j + 1 : j + 3] == ["or", "so"]:  # "a dozen or so"
                return Mention(i, j + 2, quantity("about", num[0]), j + 2)
            return Mention(i, j, quantity("exact", num[0]), j)
        v = lex.vague.match(w, i) if w[i] in lex.vague.lengths else None
        if v:
            return Mention(i, i + v[0] - 1, quantity("vague"), i + v[0] - 1, rule="en.vague")
        return None

    def is_distractor(self, m: Mention) -> bool:
        w, lex = self.words, self.lex
        i, j = (m.num_first if m.num_first >= 0 else m.first), m.num_last
        nxt = w[j + 1] if j + 1 < self.n else ""
        nxt2 = w[j + 2] if j + 2 < self.n else ""
        prev = w[i - 1] if i > 0 else ""
        month_next = nxt in lex.months and not (nxt in ("may", "march") and nxt2[:1].isalpha())
        if nxt in lex.unit_words or month_next or (nxt == "-" and nxt2 in lex.unit_words):
            return True
        dash = prev == "-" and i >= 2 and self.ends[i - 2] < self.starts[i - 1] and self.ends[i - 1] < self.starts[i] \
            and not w[i - 2][:1].isdigit()
        if nxt == "-" or prev == "-" and not dash or nxt in ("/", ":", ".") and nxt2[:1].isdigit():
            return True  # (a spaced dash before the figure is a dateline's: "Gaza (AA) - 13 people were killed")
        if prev in (":", ".") and i >= 2 and w[i - 2].isdigit() and len(w[i]) == 2 and self.ends[i - 2] == self.starts[i - 1] \
                and self.ends[i - 1] == self.starts[i]:
            return True  # the minutes of a clock time: "09:15 Strike death toll climbs" in a live blog
        if prev in lex.months or prev in lex.before_words and not m.qty.vague and w[i] == w[m.first]:
            if prev != "at" or (nxt in ("a.m.", "p.m.", "am", "pm", "gmt", "utc", ":")):
                return True
        if nxt == "in" and self.number_at(j + 2) or prev == "in" and i >= 2 and self.number_at(i - 2) \
                and (i < 3 or w[i - 3] != "between"):
            return True  # a ratio: "one in three of the wounded"
        if prev == "," and nxt in (",", ".", ";") and i >= 2 and not m.qty.vague and w[i][:1].isdigit() \
                and (w[i - 2] in lex.singular or self.doc.text[self.starts[i - 2]].isupper()) \
                and not self.outcome_starting(i - 2) and (m.qty.min or 0) <= 110:
            return True  # an age in apposition: "Man, 24, killed", "Ali Hassan, 19, was shot"
        if prev in ("'s",) or prev.endswith("'s") and w[i][:1].isdigit():
            return False
        if (prev == "of" or prev in ("maybe", "about") and i >= 2 and w[i - 2] == "of") and self.age_of(i) and (m.qty.min or 0) <= 110:
            return True  # an age: "a boy of about 12 was shot dead"
        if prev in ("and", "or", "to") and i >= 3 and w[i - 2][:1].isdigit() and w[i - 3] in ("aged", "ages"):
            return True  # the second of two ages: "two boys aged 12 and 15"
        v = m.qty.max if m.qty.max is not None else m.qty.min
        if v is not None and 1900 <= v <= 2100 and w[m.num_last].isdigit() and len(w[m.num_last]) == 4:
            g = self.group_at(j + 1)
            if not g:
                return True
        return False

    def age_of(self, i: int) -> bool:
        """The number at i follows "<one person> of [maybe|about]": his or her age ("a girl of maybe 9")."""
        k = i - 1 if self.words[i - 1] == "of" else i - 2
        return k >= 1 and self.words[k - 1] in self.lex.singular and (k < 2 or self.words[k - 2] in ("a", "an", "one"))

    def scan_group(self, m: Mention) -> None:
        """Read the noun phrase after the number: group, side, 'of them', 'others'."""
        w = self.words
        j = m.num_last + 1
        lab = j + 1 if j + 1 < self.n and w[j] in ('"', "“", "'") else j
        if not m.qty.vague and lab < self.n and w[lab] in self.lex.state_labels and w[lab + 1 : lab + 2] != ["of"]:
            # 'five "apostates" had been killed': a militant label for state forces, counted
            m.group, m.group_tok, m.last = "soldiers", lab, lab + int(lab > j and lab + 1 < self.n and w[lab + 1] in ('"', "”", "'"))
            return
        if j + 1 < self.n and w[j] in ("more", "other") and w[j + 1] == "of":
            j += 1  # "three more of the injured died"
        if j < self.n and w[j] == "of":
            k = j + 1
            its = False
            while k < self.n and (w[k] in DETERMINERS or w[k].endswith("'s") or w[k] in ("all",)):
                if w[k] in ("them", "whom", "those"):
                    m.subset = True
                its = its or w[k] == "its"
                k += 1
            if its:  # "the PMF said five of its members": the organisation named before
                self.side_before(m, m.first)
            o = self.outcome_starting(k)
            if o:  # "ten of the dead were civilians"; "dozens of dead" counts the dead themselves
                m.outcome, m.outcome_tok = o[1], k
                m.subset = k > j + 1
                if not m.subset:
                    m.how, m.last = "next", k + o[0] - 1
                    g = self.group_at(k + o[0])  # "hundreds of dead civilians"
                    if g:
                        m.group, m.group_tok, m.last = g[1], k + o[0], k + o[0] + g[0] - 1
                    return
                k += o[0]
                died = self._later_died(k) if o[1] == "injured" else None
                if died is not None:  # "three (more) of the injured (later) died": killed, counted once
                    m.outcome, m.outcome_tok, m.how, m.subset, m.last = "killed", died, "next", False, died
                    return
                k0 = k
                while k < self.n and w[k] in ("were", "was", "are", "is", "had", "been", "all"):
                    k += 1
                self._np(m, k, limit=4)
                if k > k0 and m.group == "__noun__" and m.outcome == "killed":
                    m.group = None  # "14 of the dead were taken to her clinic": a verb, no group noun
                return
            self._np(m, k, limit=4)
            return
        self._np(m, j, limit=4)
        rest = m.first > 0 and w[m.first - 1] in ("remaining", "other", "rest")
        if m.group is None and (rest or m.num_last + 1 < self.n and w[m.num_last + 1] in ("may", "might", "could",
                                                                                          "were", "are")):
            # "the other four were thought to be gunmen", "up to 7 may have been minors"
            k = m.num_last + 1
            while k < self.n and k < m.num_last + 7 and (w[k] in AUX or w[k] in HEDGES):
                k += 1
            g = self.group_at(k)
            copula = any(x in ("been", "be", "were", "are") for x in w[m.num_last + 1 : k])
            if g and k > m.num_last + 1 and (rest or copula) and not self.outcome_starting(k + g[0]):
                m.subset = True
                m.group, m.group_tok = g[1], k
                s = self.side_at(k + g[0] + 1) if k + g[0] < self.n and w[k + g[0]] == "of" else None
                if s and s[1][0]:
                    m.side, m.side_kind = s[1][0], s[1][1]

    def side_before(self, m: Mention, end: int) -> None:
        """The nearest force or nationality named earlier in the sentence (not one that only
        qualifies a figure or an account: 'disputed the Israeli figure')."""
        for b in range(end - 1, -1, -1):
            if self.words[b] in ("army's", "military's") and (b == 0 or not self.side_at(b - 1)):
                return  # "hit the army's 6th division and killed a number of its soldiers": no side named
            s = self.side_at(b)
            if s and s[1][0] and b + s[0] <= end and not (
                    b + s[0] < self.n and (self.words[b + s[0]] in TALLY_NOUNS or self.words[b + s[0]] in REPORT_NOUNS
                                           or self.words[b + s[0]] in FACILITY_NOUNS)):
                m.side, m.side_kind = s[1][0], s[1][1]
                return

    def _np(self, m: Mention, j: int, limit: int) -> None:
        w = self.words
        k, unknown = j, False
        while k < self.n and k < j + limit + 2:
            if w[k] in NOT_CASUALTY_ADJ:
                m.group = "__noun__"  # "two missing people", "three detained men": not casualties
                return
            if w[k] in ("others", "other", "more", "further", "additional") and not self.group_at(k + 1):
                if w[k] == "others":
                    m.others = True
                    m.last = k
                    return
                k += 1
                continue
            s = self.side_at(k)
            g = self.group_at(k)
            if g and (not s or g[0] >= s[0]) and not (w[k] in ("army", "forces", "force") and s):
                m.group, m.group_tok, m.last = g[1], k, k + g[0] - 1
                head = self.group_at(m.last + 1)  # "rebel fighters", "civilian residents"
                if head and s and s[1][0] and not m.side:  # "Lebanese soldiers": a nationality word
                    m.side, m.side_kind = s[1][0], s[1][1]
                if head and not self.outcome_starting(m.last + 1):
                    if g[1] not in ("civilians", "children", "women", "men"):
                        m.group, m.group_tok = head[1], m.last + 1
                    m.last += head[0]
                m.after = self._side_after(m, m.last + 1)
                return
            if s:
                if s[1][0]:
                    m.side, m.side_kind = s[1][0], s[1][1]
                elif not m.side_kind:
                    m.side_kind = s[1][1]
                k += s[0]
                continue
            if self.outcome_starting(k) and w[k] not in WEAK_OUTCOME:
                g2 = self.group_at(k + 1)
                if g2 and w[k] in ("wounded", "injured", "dead", "slain") and not m.outcome:
                    # "six wounded children": the outcome as an adjective
                    m.outcome, m.outcome_tok, m.how = str(self.outcome_starting(k)[1]), k, "next"  # type: ignore[index]
                    k += 1
                    continue
                if unknown and all(x in self.lex.outcome_modifiers for x in w[j:k]):
                    unknown = False  # "2 new martyrs", "three more bodies"
                    m.last = k - 1
                break
            if unknown and k == j + 1 and w[k] == "of" and w[j].endswith("s") and self._force_of(m, k + 1):
                return  # "5 apostates of the Afghan army": a label for members of a named force
            if w[k] in FUNCTION or w[k] in AUX or w[k] in SOURCE_PARTICIPLES or not w[k][:1].isalpha() \
                    or w[k] in TIME_ADVERBS or w[k] in STAY_VERBS and w[k + 1 : k + 2] in (["in"], ["hospitalised"],
                                                                              ["hospitalized"], ["under"]):
                break  # "the toll of 12 given by the health office", "up from 11 earlier"
            unknown = True
            k += 1
            if k - j >= limit:
                break
        if unknown:
            m.group = "__noun__"

    def _force_of(self, m: Mention, k: int) -> bool:
        """'<label> of the Iraqi police': the force named after 'of' gives the mention its group."""
        w = self.words
        side = None
        while k < self.n and k < m.first + 9:
            if w[k] in ("the", "its", "their"):
                k += 1
                continue
            s = self.side_at(k)
            g = self.group_at(k)
            if g and (not s or g[0] >= s[0]):
                if g[1] not in ("soldiers", "combatants"):
                    return False
                m.group, m.group_tok, m.last = g[1], k, k + g[0] - 1
                if side and side[0] and not m.side:
                    m.side, m.side_kind = side[0], side[1]
                return True
            if not s:
                break
            side = s[1]
            k += s[0]
        if side and side[0] and w[k - 1] in ("army", "forces", "military", "police", "navy", "militia", "guard"):
            m.group = "soldiers" if side[1] == "state" else "combatants"  # "of the Syrian army"
            m.group_tok, m.last = k - 1, k - 1
            if not m.side:
                m.side, m.side_kind = side[0], side[1]
            return True
        return False

    def _side_after(self, m: Mention, k: int) -> int:
        """'soldiers in the American army', 'members of al-Qaeda': the token after the phrase."""
        w = self.words
        if k < self.n and w[k] in ("of", "in", "from", "with", "belonging"):
            k2 = k + 1
            while k2 < self.n and k2 < k + 4:
                s = self.side_at(k2)
                if s and s[1][0]:
                    if not m.side:
                        m.side, m.side_kind = s[1][0], s[1][1]
                    end = k2 + s[0]
                    while end < self.n and w[end] in ("army", "forces", "military", "militia", "group",
                                                      "organisation", "organization", "police", "navy"):
                        end += 1
                    return end
                if w[k2] in ("the", "to", "elite", "its", "their"):
                    k2 += 1
                    continue
                if w[k2] in self.lex.member_context and not self._names_force(k2):
                    m.side_kind = "people"
                    return k
                if w[k2] in self.lex.member_context and m.group == "combatants" and m.group_tok is not None \
                        and w[m.group_tok] in ("members", "member", "elements"):
                    m.group, m.side_kind = "soldiers", "state"  # "two members of a bank protection unit"
                    return k2 + 2
                g = self.group_at(k2)
                if g and g[1] == "soldiers" and m.group == "combatants" and m.group_tok is not None \
                        and w[m.group_tok] in ("members", "member", "elements"):
                    m.group, m.side_kind = "soldiers", "state"  # "a member of the federal police"
                    return k2 + g[0]
                if m.group == "combatants" and not m.side and w[k2 - 1] == "the":
                    unit_end = self._unit_name_end(k2)
                    if unit_end:  # "members of the Free Valley Brigade": a named body marsad does not know is their side
                        m.side, m.side_kind = self.doc.text[self.starts[k2] : self.ends[unit_end - 1]], "nonstate"
                        return unit_end
                k2 += 1
        return k

    def _names_force(self, k: int) -> bool:
        """'protection force', 'escort unit': a member-context word naming an armed force, not a household."""
        return self.words[k + 1 : k + 2] in (["force"], ["forces"], ["unit"], ["units"], ["brigade"])

    def _among_them_after(self, k: int) -> int | None:
        """The token of 'among them' closing a list of group nouns that goes on from token k."""
        w, steps = self.words, 0
        while k + 1 < self.n and steps < 6:
            if w[k] == "among" and w[k + 1] in ("them", "whom"):
                return k
            g = self.group_at(k)
            if not g and w[k] not in ("and", ","):
                return None
            k, steps = k + (g[0] if g else 1), steps + 1
        return None

    def _second_verb_object(self, k: int) -> bool:
        """Token k is a second past-tense verb with its object ('... and abducted hundreds of villagers')."""
        w = self.words
        return k + 1 < self.n and w[k].endswith("ed") and (
            w[k + 1] in ("thousands", "hundreds", "dozens", "scores", "many", "the", "their", "his", "her", "its")
            or self.number_at(k + 1) is not None)

    def _verb_over_named(self, k: int) -> tuple[str | None, int | None]:
        """'killing three members of the Free Valley Brigade (FVB) and a civilian': the outcome verb
        before a first object that names its body (capitalised words, a bracketed acronym)."""
        text, w, steps = self.doc.text, self.words, 0
        while k >= 0 and steps < 12 and (w[k] in ("(", ")", "of", "the", "members", "member", "fighters")
                                         or text[self.starts[k]].isupper() or self.number_at(k) is not None):
            k, steps = k - 1, steps + 1
        if k >= 0 and w[k] in TRANSITIVE and (k == 0 or w[k - 1] not in AUX) and (ok := self.outcome_starting(k)):
            return ok[1], k
        return None, None

    def _unit_name_end(self, k: int) -> int | None:
        """The end of a capitalised name of an armed body starting at token k ('Free Valley Brigade'), if any."""
        text, w = self.doc.text, self.words
        end = k
        while end < self.n and end < k + 5 and text[self.starts[end]].isupper():
            end += 1
        return end if end - k >= 2 and w[end - 1] in UNIT_NAME_HEADS else None

    def find_outcome(self, m: Mention, head: Mention | None) -> None:
        if m.outcome:
            return
        w = self.words
        # right after the phrase ("13 people were killed", "nine dead", "among the dead")
        k, steps = (m.after if m.after is not None else m.last + 1), 0
        if m.after is None and w[k : k + 2] in (["of", "them"], ["of", "whom"]) and k + 2 < self.n \
                and w[k + 2] in AUX | DEATH_VERBS | {"later", "subsequently", "since"}:
            k += 2  # "four of them had since died", "two of them died later"
        while k < self.n and steps < 5:
            o = self.outcome_starting(k)
            if o:
                m.outcome, m.outcome_tok, m.how = o[1], k, "next"
                if o[1] == "casualties":  # "four other victims had died": the verb says which
                    v = k + o[0]
                    while v < self.n and v < k + o[0] + 3 and w[v] in AUX:
                        v += 1
                    o2 = self.outcome_starting(v) if v > k + o[0] and v < self.n else None
                    if o2 and o2[1] != "casualties" and w[v] not in WEAK_OUTCOME:
                        m.outcome, m.outcome_tok = o2[1], v
                    elif m.first >= 2 and w[m.first - 1] == "of" and w[m.first - 2] in POSSESSED_OUTCOME:
                        m.outcome = "killed"  # "found the remains of three further victims": the dead
                return
            if w[k] in self.lex.not_casualty:
                return
            if w[k] == "," and steps == 0:  # "scores of villagers, among them women, were killed"
                close = self._apposition_end(k)
                if close is not None:
                    k = close + 1
                    continue
            if w[k] not in AUX and w[k] not in ("in", "as", "too", "a", "human", "civilian", "sustained", "suffered",
                                                "sustaining", "suffering") and w[k] not in MANNER \
                    and w[k] not in self.lex.outcome_modifiers:  # "two more bodies"
                break
            k += 1
            steps += 1
        among = self.among_figure(m.last + 1) or self.among_before(m.first)
        if among:
            m.outcome, m.outcome_tok, m.how = among[0], among[1], "next"
            return
        if (among := self._dead_list_after_aside(m)) is not None:
            m.outcome, m.outcome_tok, m.how = among[0], among[1], "nearest"  # the evidence: the item alone
            return
        # "the toll stood at 19, up from 11 earlier": the earlier figure of the same toll
        if m.first > 2 and w[m.first - 1] == "from" and w[m.first - 2] in ("up", "down") and self.heads \
                and m.group is None:
            ref = self.heads[-1]
            if ref.outcome and ref.last < m.first:
                m.outcome, m.outcome_tok, m.how = ref.outcome, ref.outcome_tok, "head"
                if ref.group not in (None, "__noun__"):
                    m.group, m.side = ref.group, ref.side
                return
        # governing word before ("killing 13", "the death toll rose to 15")
        k = m.first - 1
        steps = 0
        governing_last = _governing_last(self.lex)
        while k >= 0 and steps < 6:
            for n in (3, 2, 1) if w[k] in governing_last else ():  # a governing phrase ending at k
                if k - n + 1 >= 0 and tuple(w[k - n + 1 : k + 1]) in self.lex.governing:
                    m.outcome = self.outcome_cover.get(k - n + 1) or self.outcome_cover.get(k) or "killed"
                    m.outcome_tok, m.how = k, "governing"
                    return
            if w[k] not in self.lex.bridge and not w[k][:1].isdigit() and w[k] != ",":
                break
            k -= 1
            steps += 1
        # "residents put the number at more than 30": the figure of the claim just made
        if m.first > 2 and w[m.first - 1] in ("at", "to") and w[m.first - 2] in TALLY_NOUNS and self.heads:
            ref = self.heads[-1]
            if ref.outcome and ref.last < m.first:
                m.outcome, m.outcome_tok, m.how = ref.outcome, ref.outcome_tok, "head"
                if m.group is None and ref.group not in (None, "__noun__"):
                    m.group, m.side = ref.group, ref.side
                return
        # "the toll of the raid ... has climbed to eight people"
        if m.first > 0 and w[m.first - 1] in ("to", "at", "reached", "exceeded", "passed", "topped", "climbed", "rose",
                                              "risen", "surpassed", "hit", "jumped") \
                or m.first > 1 and w[m.first - 1] == "from" and (w[m.first - 2] in RISEN or self._range_to(m)):
            # "has risen from 8 to 13", "went up from 8 to 13"
            for oi, (ln, ow) in self.outcome_at.items():
                if oi < m.first and w[oi + ln - 1] in ("toll", "tolls") and self.clause_of[oi] == self.clause_of[m.first]:
                    m.outcome, m.outcome_tok, m.how = ow, oi, "toll"
                    return
                if oi < m.first and (oi == 0 or w[oi - 1] == "the") and w[oi] in TALLY_SUBJECTS and m.first > 1 \
                        and w[m.first - 1] == "to" and w[m.first - 2] in RISEN | {"rise"} \
                        and self.clause_of[oi] == self.clause_of[m.first]:
                    m.outcome, m.outcome_tok, m.how = ow, oi, "toll"  # "Dead of the attack on the market rise to eight"
                    return
            # "the number of civilians killed ... has risen to 20"
            for k in range(m.first - 2, -1, -1):
                if self.clause_of[k] != self.clause_of[m.first]:
                    break
                if w[k] == "number" and k + 1 < self.n and w[k + 1] == "of":
                    g = self.group_at(k + 2)
                    kk = k + 2 + (g[0] if g else 0)
                    kk += kk + 1 < self.n and w[kk] in ("who", "that")  # "the count of those who died ... to 15"
                    o = self.outcome_starting(kk) if kk < self.n else None
                    if o:
                        m.outcome, m.outcome_tok, m.how = str(o[1]), kk, "toll"
                        if g and m.group is None:
                            m.group, m.group_tok = g[1], k + 2
                        return
                    break
        # "raising to 15 the number of those who died": the tally after the figure it is brought to
        if m.first > 1 and w[m.first - 1] == "to" and w[m.first - 2] in BRING_TO \
                and w[m.last + 1 : m.last + 4] == ["the", "number", "of"]:
            g = self.group_at(m.last + 4)
            kk = m.last + 4 + (g[0] if g else 0)
            kk += kk + 1 < self.n and w[kk] in ("who", "that")
            o = self.outcome_starting(kk) if kk < self.n else None
            if o:
                m.outcome, m.outcome_tok, m.how = str(o[1]), kk, "toll"
                if g and m.group is None:
                    m.group, m.group_tok = g[1], m.last + 4
                return
        if head is not None and (m.subset or self._coordinated(m, head)) and head.outcome:
            m.outcome, m.outcome_tok, m.how = head.outcome, head.outcome_tok, "head"
            return
        # "she lost four relatives", "he lost three daughters": a death in the family
        lost = m.first - 1 - (m.first > 1 and w[m.first - 1] in ("his", "her", "their", "my", "our"))  # "lost his two sons"
        if lost >= 0 and w[lost] == "lost" and not KIN_LOST.isdisjoint(w[m.num_last + 1 : m.num_last + 6]):
            m.outcome, m.outcome_tok, m.how = "killed", lost, "governing"
            return
        # nearest outcome word in the clause
        best = None
        for oi, (_ln, ow) in self.outcome_at.items():
            if self.clause_of[oi] != self.clause_of[m.first] or w[oi] in WEAK_OUTCOME:
                continue
            d = oi - m.last if oi > m.last else (m.first - oi) + 6
            if oi > m.last and "that" in self.wordset and self._and_that(m.last + 1, oi):
                continue  # "... and his two sons, and that 11 of the injured ...": another reported clause
            if oi > m.last and "without" in self.wordset and "without" in w[m.last + 1 : oi]:
                continue  # "had arrested four militants, without mentioning any civilian victims"
            if 0 < d <= (30 if oi > m.last else 14) and (best is None or d < best[0]):
                best = (d, oi, ow)
        if best:
            m.outcome, m.outcome_tok, m.how = best[2], best[1], "nearest"

    def _dead_list_after_aside(self, m: Mention) -> tuple[str, int] | None:
        """'the dead included a girl, who was hit by shrapnel ..., and two men': the list goes on past the
        first item's relative clause, whose verb ('hit') tells how she died."""
        w = self.words
        i = m.first
        if i < 6 or w[i - 1] != "and" or w[i - 2] != "," or "dead" not in self.wordset or "who" not in self.wordset:
            return None
        if any(x in self.outcome_at and w[x] not in WEAK_OUTCOME for x in range(m.last + 1, min(self.n, m.last + 5))):
            return None  # "..., and two women were wounded": its own outcome
        for k in range(i - 3, max(0, i - 40), -1):
            if w[k] in (";", ":", "."):
                return None
            if w[k] == "dead" and k + 1 < i and w[k + 1] in ("included", "include", "includes", "were", "are") \
                    and self.outcome_starting(k) and "who" in w[k + 2 : i] \
                    and not any(x in self.outcome_at and w[x] != "hit" and w[x] != "struck" for x in range(k + 2, i)):
                return self.outcome_cover[k], k
        return None

    def _and_that(self, a: int, b: int) -> bool:
        """', and that' between tokens a and b: a second clause reported by the same verb."""
        w = self.words
        return any(w[x] == "that" and w[x - 1] == "and" and w[x - 2] == "," for x in range(max(a, 2), b))

    def among_before(self, i: int) -> tuple[str, int] | None:
        """'Among the dead were two children': the outcome word before the figure."""
        w = self.words
        k = i - 1
        if k >= 0 and w[k] in ("were", "was", "are", "is", "also"):
            k -= 1
            if k >= 0 and w[k] in ("were", "was", "are", "is", "also"):
                k -= 1
        for n in (1, 2):
            s = k - n + 1
            if s >= 2 and w[s - 2] == "among" and w[s - 1] in ("the", "those") and self.outcome_starting(s):
                return self.outcome_cover[s], s
        if k >= 1 and k == i - 2 and w[k] in ("dead", "deceased", "victims", "killed", "fatalities") \
                and w[k - 1] in ("the", "those") and (k < 2 or w[k - 2] != "of") and self.outcome_starting(k):
            return self.outcome_cover[k], k  # "the dead were a man and his son"
        # "the dead included a journalist and two paramedics"
        if k >= 1 and w[k] in ("included", "include", "includes", "including") and self.outcome_starting(k - 1) \
                and w[k - 1] in ("dead", "deceased", "victims", "killed", "wounded", "injured", "casualties", "fatalities"):
            return self.outcome_cover[k - 1], k - 1
        if k >= 3 and w[k] in ("included", "include") and w[k - 1] in ("they", "these"):
            for j in range(k - 2, max(-1, k - 25), -1):  # "the bodies were taken to X, and they included two boys"
                if w[j] in (".", ";", ":"):
                    break
                if w[j] in ("bodies", "martyrs", "dead", "wounded") and self.outcome_starting(j):
                    return self.outcome_cover[j], k
        return None

    def among_figure(self, k: int) -> tuple[str, int] | None:
        """'... were among the nine': the outcome of the earlier claim of that figure."""
        if not self.has_among:
            return None
        w = self.words
        for a in range(k, min(self.n - 2, k + 10)):
            if w[a] == "among" and w[a + 1] == "the":
                num = self.number_at(a + 2)
                if num is None:
                    return None
                prior = next((c for c in reversed(self.doc.claims) if c.lang == "en" and c.min == num[0]), None)
                return (prior.outcome, a) if prior is not None else None
            if w[a] in CLAUSE_BREAK or w[a] == ".":
                return None
        return None

    def _apposition_end(self, k: int) -> int | None:
        """The closing comma of a subset apposition opening at comma k
        (', among them children,' / ', including two women,' / ', most of them civilians,')."""
        w = self.words
        if not any(tuple(w[k + 1 : k + 1 + len(cue)]) == cue for cue in SUBSET_CUES):
            return None
        for x in range(k + 2, min(self.n, k + 14)):
            if w[x] == ",":
                return x
            if self.outcome_starting(x) or w[x] in CLAUSE_BREAK:
                return None
        return None

    def _headline_outcome(self, k: int) -> int | None:
        """'Soldier killed ...', 'Man, 24, killed ...': the outcome token right after a bare noun."""
        w = self.words
        if w[k : k + 1] == [","] and k + 2 < self.n and w[k + 1].isdigit() and w[k + 2] == ",":
            k += 3
        o = self.outcome_starting(k) if k < self.n else None
        return k if o and w[k] in ("killed", "wounded", "injured", "hurt", "dead", "shot") else None

    def age_singles(self) -> list[Claim]:
        """'a 7-year-old was killed', 'among the dead was a 16-year-old': a person named by
        their age alone (children under 18)."""
        w = self.words
        out: list[Claim] = []
        if "year-old" not in self.wordset:
            return out
        for i in [j - 3 for j in self.marked if w[j] == "year-old" and j >= 3]:  # (no letters only: marked)
            if w[i] not in ("a", "an") or i in self.used or w[i + 2] != "-":
                continue
            nxt = i + 4
            if nxt < self.n and (self.group_at(nxt) or w[nxt][:1].isalpha() and w[nxt] not in AUX
                                 and w[nxt] not in ("who", "and", "among", "in", "was", "were")):
                continue  # "a 7-year-old boy": the noun's own rule
            age = self.number_at(i + 1)
            if age is None:
                continue
            k = nxt
            while k < self.n and (w[k] in AUX or w[k] in MANNER):
                k += 1
            o = self.outcome_starting(k) if k < self.n else None
            otok = k if o else None
            outcome = str(o[1]) if o else None
            if outcome is None:
                among = self.among_before(i)
                if among:
                    outcome, otok = among
            if outcome is None or otok is None:
                continue
            group = "children" if age[0] < 18 else "people"
            start, end = min(i, otok), max(i + 3, otok)
            out.append(self.claim(outcome, group, None, quantity("exact", 1), start, end, "en.single.age"))
            self.used.update(range(i, i + 4))
        return out

    def named_with_age(self) -> list[Claim]:
        """'The strike killed Ahmed Saleh, 34': a named person with an age after an outcome verb
        is one casualty (the age apposition marks a victim, not a target named in passing)."""
        w, text = self.words, self.doc.text
        out: list[Claim] = []
        if "," not in self.wordset:
            return out  # both patterns need a comma after the name
        for i in [i for i in self.marked if i < self.n - 4 and w[i] in TRANSITIVE]:  # (TRANSITIVE: marked)
            if not self.outcome_starting(i) or i + 1 in self.used:
                continue
            k = i + (self.outcome_at[i][0] if i in self.outcome_at else 1)  # "shot dead <name>"
            first = k
            while k < self.n and k <= first + 4 and (text[self.starts[k]].isupper() or w[k] in NAME_PARTICLES
                                                 or w[k].startswith(NAME_PREFIXES)):
                k += 1
            if k == first or k + 2 >= self.n or w[k] != ",":
                continue
            if any(self.group_at(x) or self.side_at(x) for x in range(first, k)):
                continue
            noun = next((x for x in (k + 2, k + 3) if x < self.n and w[x] in self.lex.singular and self.group_at(x)), None)
            if w[k + 1].isdigit() and int(w[k + 1]) <= 110:  # "killed Ahmed Saleh, 34"
                group, end = ("children" if int(w[k + 1]) < 18 else "people"), k + 1
            elif w[k + 1] in ("a", "an") and noun is not None:
                group, end = self.group_at(noun)[1], noun  # type: ignore[index]  # "killed Sami Haddad, a journalist"
                if group in ("combatants", "soldiers"):
                    continue  # a named fighter or officer is most often the operation's target
            else:
                continue
            out.append(self.claim(str(self.outcome_cover[i]), group, None, quantity("exact", 1), i, end,
                                  "en.single.named"))
            self.used.update(range(i + 1, end + 1))
        # "Ali Hassan, 19, was shot dead": a named subject with an age, then a passive outcome
        for c in [c for c in self.marked if 1 <= c < self.n - 3 and w[c] == ","]:  # (a comma: marked)
            if not w[c + 1].isdigit() or w[c + 2] != "," or c + 1 in self.used:
                continue
            b = c - 1
            while b >= 0 and b >= c - 4 and (text[self.starts[b]].isupper() or w[b] in NAME_PARTICLES
                                             or w[b].startswith(NAME_PREFIXES)):
                b -= 1
            if b == c - 1 or any(self.group_at(x) or self.side_at(x) for x in range(b + 1, c)):
                continue
            k = c + 3
            while k < self.n and (w[k] in AUX or w[k] in MANNER):
                k += 1
            if k == c + 3 or k >= self.n or w[k] not in ("killed", "wounded", "injured", "hurt", "shot", "died") \
                    or k not in self.outcome_cover:
                continue
            age = int(w[c + 1])
            if age > 110:
                continue
            out.append(self.claim(str(self.outcome_cover[k]), "children" if age < 18 else "people", None,
                                  quantity("exact", 1), b + 1, k, "en.single.named"))
            self.used.update(range(b + 1, c + 3))
        return out

    def _speaker_of(self, k: int) -> bool:
        """A say-verb within a few tokens after k, with no outcome word or clause break first
        ('of the group's political bureau, Ali Saleh, said')."""
        w, x = self.words, k
        while x < min(self.n, k + 12):
            if w[x] in SAY_VERBS or w[x] == "told":
                return True
            if w[x] == "," and x + 1 < self.n and self.doc.text[self.starts[x + 1]].isupper():
                e = x + 1  # ", Ali Saleh, said": the speaker's name and its verb (not ", the army said")
                while e < self.n and e <= x + 7 and (self.doc.text[self.starts[e]].isupper()
                                                     or w[e] in NAME_PARTICLES or w[e].startswith(NAME_PREFIXES)):
                    e += 1
                return w[e : e + 2] in ([",", "said"], [",", "says"], [",", "told"])
            if x in self.outcome_cover or w[x] in CLAUSE_BREAK or w[x] in (".", ",", "who", "which", "that"):
                return False
            x += 1
        return False

    def _apposed_name(self, k: int) -> int | None:
        """The last token of a proper name set off by commas at token k (', Ali Hassan Saleh,'), when
        no say-verb follows it (', Ali Hassan, said'), or None."""
        w, text = self.words, self.doc.text
        if k + 2 >= self.n or w[k] != "," or not text[self.starts[k + 1]].isupper():
            return None
        e = k + 1
        while e < self.n and e <= k + 7 and (text[self.starts[e]].isupper() or w[e] in NAME_PARTICLES
                                             or w[e].startswith(NAME_PREFIXES) or w[e] == "-"):
            e += 1
        if e >= self.n or w[e] != "," or e + 1 < self.n and (w[e + 1] in SAY_VERBS or w[e + 1] in AND_SAID
                                                              or w[e + 1] == "told"):
            return None
        if any(self.group_at(x) or self.side_at(x) or x in self.outcome_cover for x in range(k + 1, e)):
            return None
        return e - 1

    def _predicate_of_dead(self, i: int) -> bool:
        """'(most of) the dead were police officers': the group is the predicate of an outcome noun."""
        w = self.words
        b = i - 1
        while b >= 0 and w[b] in ("were", "are", "was", "all", "mostly", "mainly"):
            b -= 1
        return b < i - 1 and b >= 0 and w[b] in ("dead", "deceased", "victims", "killed", "wounded", "injured") \
            and b in self.outcome_cover

    def _joined_members(self, i: int) -> Claim | None:
        """'12 people were killed along with members of the X militia': an unquantified group of
        a named force joined to a figure is a vague claim with the figure's outcome."""
        w = self.words
        if w[i] not in ("members", "fighters", "elements", "militiamen", "soldiers", "troops") or not (
                w[max(0, i - 2) : i] == ["along", "with"] or w[max(0, i - 3) : i] == ["as", "well", "as"]
                or w[max(0, i - 2) : i] == ["together", "with"]):
            return None
        head = max((h for h in self.heads if h.last < i and h.outcome), key=lambda h: h.last, default=None)
        if head is None or self.clause_of[head.first] != self.clause_of[i]:
            return None
        k = i + 1
        if k < self.n and w[k] == "of":
            k += 1
            while k < self.n and w[k] in DETERMINERS:
                k += 1
        nonstate = self.sides_in(i, min(self.n, k + 3), "nonstate")
        unit = next((x for x in range(k, min(self.n, k + 4)) if w[x] in ("militia", "group", "brigade", "brigades",
                                                                         "movement")), None)
        if not nonstate and unit is not None:  # "the Iran-backed Pakistani militia Liwa Zainabiyoun": the militia's name
            nonstate = [x for x in self.sides_in(unit + 1, min(self.n, unit + 5), "nonstate")
                        if self.clause_of[x[0]] == self.clause_of[i]][:1]
        found = nonstate + self.sides_in(i, min(self.n, k + 3), "state")
        kind = "nonstate" if nonstate else "state"
        side = found[0][1] if found else None
        if side is None and w[i] not in ("soldiers", "troops") and not any(
                x in ("militia", "group", "brigade", "brigades", "movement") for x in w[i + 1 : i + 8]):
            return None
        group = "soldiers" if w[i] in ("soldiers", "troops") or side and kind == "state" else "combatants"
        end = max(i, found[0][0]) if found else i
        return self.claim(str(head.outcome), group, side, quantity("vague"), i, end, "en.vague.joined")

    def _definite_died(self) -> Claim | None:
        """'The woman died on the way', 'The boy later died of his wounds': a person introduced
        before (without an outcome of their own) whose death this sentence reports."""
        w = self.words
        k = 1 if w[:1] == ["the"] else 0
        if k == 0 or not self._single_noun(k):
            return None
        g = self.group_at(k)
        assert g is not None
        died = self._later_died(k + g[0])
        if died is None and w[k + g[0] : k + g[0] + 2] in (["was", "killed"], ["was", "pronounced"]):
            died = k + g[0] + 1
        if died is None or g[1] in ("soldiers", "combatants"):
            return None
        self.used.update(range(0, died + 1))
        return self.claim("killed", g[1], None, quantity("exact", 1), 0, died, "en.single.definite")

    def _definite_among(self) -> Claim | None:
        """'The senior commander, known as X, was among those killed': one person the report
        introduced before (with up to two modifiers and an apposition), counted among the dead."""
        w = self.words
        if w[:1] != ["the"]:
            return None
        k = 1
        while k < 3 and k < self.n and not self._single_noun(k) and w[k].isalpha() \
                and w[k] not in FUNCTION and w[k] not in AUX:
            k += 1  # "the senior member", "the young woman"
        if k >= self.n or not self._single_noun(k):
            return None
        g = self.group_at(k)
        assert g is not None
        e = k + g[0]
        if w[e : e + 1] == [","]:  # "the commander, code-named X,"
            close = next((x for x in range(e + 1, min(self.n, e + 12)) if w[x] == ","), None)
            if close is None:
                return None
            e = close + 1
            while e < self.n and w[e] in QUOTES:
                e += 1
        if w[e : e + 1] not in (["was"], ["is"]):
            return None
        e += 2 if w[e + 1 : e + 2] == ["also"] else 1
        if w[e : e + 2] not in (["among", "those"], ["among", "the"]) or e + 2 >= self.n \
                or w[e + 2] not in ("killed", "dead", "wounded", "injured"):
            return None
        o = self.outcome_starting(e + 2)
        if o is None:
            return None
        self.used.update(range(0, e + 2 + o[0]))
        return self.claim(o[1], g[1], None, quantity("exact", 1), 0, e + 2, "en.single.definite")

    def listed_tally(self, outcome: str, total: int) -> list[Claim]:
        """'(Seven died.) They are four men, two children and a policeman': a list of counted groups,
        opening the sentence, whose figures add up to the toll just given, each a claim of its outcome."""
        w, k, out, parts, seen = self.words, 2, [], [], 0
        while k < self.n:
            first = k
            if w[k] in ("a", "an", "one"):
                n, k = 1, k + 1
            elif (num := self.number_at(k)) is not None:
                n, k = num[0], num[1] + 1
            else:
                break
            m = Mention(first, k, quantity("exact", n), k - 1)
            if (s := self.side_at(k)) is not None and s[1][0]:
                m.side, m.side_kind = s[1]
                k += s[0]
            g = self.group_at(k)
            if g is None:
                break
            m.group, m.group_tok, m.last = g[1], k, k + g[0] - 1
            k = self._side_after(m, m.last + 1)
            m.last = k - 1
            parts.append(m)
            seen += n
            if w[k : k + 2] == [",", "and"]:
                k += 2
            elif w[k : k + 1] in ([","], ["and"]) and (k + 1 < self.n and w[k + 1] not in ("while", "whereas", "as")):
                k += 1
            else:
                break
        if len(parts) < 2 or seen != total:
            return []
        for m in parts:
            group = self.resolve_group(m, None) or "people"
            out.append(self.claim(outcome, group, m.side, m.qty, m.first, m.last, "en.figure.listed"))
            self.used.update(range(m.first, m.last + 1))
        return out

    def _minor_age(self, i: int, last: int) -> bool:
        """An age under 18 given with a single person: 'a 10-year-old herder', 'a shepherd, 11,'."""
        w = self.words
        for k in range(i, last):
            if w[k] == "year-old" and k >= 2 and w[k - 1] == "-":
                age = self.number_at(k - 2)
                return age is not None and age[0] < 18
        if w[last + 1 : last + 2] == [","] and last + 3 < self.n and w[last + 3] == ",":
            age = self.number_at(last + 2)
            return age is not None and age[1] == last + 2 and age[0] < 18
        return False

    def _died_after(self, k: int) -> int | None:
        """Token of 'died' / 'succumbed' later in the clause of token k (not past a comma)."""
        w = self.words
        for b in range(k + 1, min(self.n, k + 12)):
            if w[b] in (",", ";", ":", "and", "but"):
                return None
            if w[b] in ("died", "succumbed"):
                return b
        return None

    def _later_died(self, k: int) -> int | None:
        """Token of 'died' / 'succumbed' right after token k ('later died', 'have since died')."""
        w = self.words
        while k < self.n and w[k] in ("later", "subsequently", "eventually", "have", "has", "had", "since", "also",
                                      "then", "reportedly", "all"):
            k += 1
        if k < self.n and w[k] in ("died", "succumbed", "perished"):
            return k
        if k + 1 < self.n and w[k] == "passed" and w[k + 1] == "away":
            return k + 1  # "one of the injured passed away overnight"
        return None

    def _counted_dead(self, n: int | None, claims: list[Claim]) -> bool:
        """An incident figure n of the dead, and none of the wounded, already counted in the report."""
        if not n:
            return False
        told = [c for c in (*self.doc.claims, *claims) if c.lang == "en" and c.scope == "incident"
                and not c.vague and c.min == n]
        return any(c.outcome == "killed" for c in told) and not any(c.outcome != "killed" for c in told)

    def _injured_died(self, m: Mention) -> int | None:
        """'one of the injured (officers) died': the death verb after a partitive of the wounded, or None."""
        w = self.words
        k = m.num_last + 3
        if w[m.num_last + 1 : k] != ["of", "the"] or (o := self.outcome_starting(k)) is None or o[1] != "injured":
            return None
        g = self.group_at(k + o[0])
        return self._later_died(k + o[0] + (g[0] if g else 0))

    def _toll_after_death(self, k: int) -> tuple[str, int] | None:
        """'(the toll climbed to six) after one of the wounded guards died': (group, token) of the
        wounded who died, whose group the toll takes, or None."""
        w = self.words
        if k >= self.n - 5 or w[k] != "after" or w[k + 2 : k + 4] != ["of", "the"]:
            return None
        o = self.outcome_starting(k + 4)
        if not o or o[1] != "injured":
            return None
        g = self.group_at(k + 4 + o[0])
        if g is None or g[1] == "people" or self._later_died(k + 4 + o[0] + g[0]) is None:
            return None
        return g[1], k + 4 + o[0]

    def _after_relative(self, k: int) -> tuple[str, int] | None:
        """The main verb after a relative clause opened at token k: 'who were driving past the
        checkpoint were (also) hurt' -> (injured, token of 'hurt')."""
        w = self.words
        for b in range(k + 2, min(self.n - 1, k + 22)):
            if w[b] in (";", ":", ".") or w[b] == "," and w[b + 1] not in ("were", "was"):
                return None
            perfect = w[b] == "been" and any(x in ("had", "has", "have") for x in w[b - 3 : b])  # "had also been hurt"
            if (w[b] in ("were", "was") or perfect) and w[b - 1] not in ("who", "which", "that"):
                c = b + 1
                while c < self.n and (w[c] in MANNER or w[c] in ("both", "all", "later", "then", "also")):
                    c += 1
                o = self.outcome_starting(c)
                if o and w[c] not in WEAK_OUTCOME:
                    return o[1], c
                return None
        return None

    def _single_noun(self, k: int) -> bool:
        """Token k starts a single-person noun ('girl', 'army major', 'police lieutenant')."""
        if self.no_single:
            return False
        g = self.group_at(k)
        return g is not None and (self.words[k] in self.lex.singular
                                  or " ".join(self.words[k : k + g[0]]) in self.lex.singular)

    def _singular_form(self, i: int) -> bool:
        """'the attacker', 'a gunman': a singular group noun names one person, not a vague group."""
        w = self.words[i]
        return (w + "s",) in self.lex.groups.table or w.endswith("man") and (w[:-3] + "men",) in self.lex.groups.table

    def another(self, claims: list[Claim]) -> list[Claim]:
        """'killed one civilian and wounded another', 'a third was wounded': one more person,
        of the group just counted, with the outcome of the verb."""
        w = self.words
        out: list[Claim] = []
        if ANOTHER.isdisjoint(self.wordset) and "other" not in self.wordset:
            return out
        for i, word in enumerate(w):
            if i in self.used or word not in ANOTHER and not (
                    word == "other" and i > 1 and w[i - 1] == "the" and w[i - 2] in ("and", ",")):
                continue
            if word == "other":  # "one of her daughters died and the other was seriously hurt"
                k = i + 1
                while k < self.n and (w[k] in AUX or w[k] in MANNER):
                    k += 1
                o = self.outcome_starting(k) if k > i + 1 and k < self.n else None
                one = [c for c in claims if c.evidence and c.evidence[0].start < self.starts[i] and not c.vague]
                if not o or not one or one[-1].min != 1 or one[-1].max != 1:
                    continue
                ref = one[-1]
                out.append(self.claim(str(o[1]), ref.group, ref.side, quantity("exact", 1), i - 1, k,
                                      "en.single.other"))
                continue
            if word == "another" and i > 0 and w[i - 1] in TRANSITIVE and self.outcome_starting(i - 1) \
                    and (i + 1 >= self.n or w[i + 1] in (",", ".", "and", "in", "when", "on", ";")):
                outcome, start, end = str(self.outcome_cover[i - 1]), i - 1, i
            elif word == "another" and i > 0 and w[i - 1] in ("and", ","):
                k = i + 1
                while k < self.n and (w[k] in AUX or w[k] in MANNER):
                    k += 1
                o = self.outcome_starting(k) if k < self.n else None
                if not o or self.group_at(i + 1) or self.number_at(i + 1):
                    continue  # "and another 20 people were hurt": a figure of its own
                outcome, start, end = str(o[1]), i, k  # "two were killed and another seriously wounded"
            elif word != "another" and i > 0 and w[i - 1] == "a":
                k = i + 1
                while k < self.n and (w[k] in AUX or w[k] in MANNER):
                    k += 1
                o = self.outcome_starting(k) if k > i + 1 else None
                if not o:
                    continue
                outcome, start, end = str(o[1]), i - 1, k
            else:
                continue
            before = [c for c in claims if c.evidence and c.evidence[0].start < self.starts[i] and not c.vague]
            if not before:
                continue
            ref = before[-1]
            out.append(self.claim(outcome, ref.group, ref.side, quantity("exact", 1), start, end, "en.single.another"))
        return out

    def announcing_state(self, end: int) -> str | None:
        """A state force announcing the figure ('the Israeli military said 2 soldiers were
        killed'): armies report their own dead, so unmarked soldiers are its soldiers."""
        w = self.words
        for b in range(end - 1, -1, -1):
            if w[b] not in SAY_VERBS:
                continue
            for a in range(b - 1, max(-1, b - 4), -1):
                s = self.side_at(a)
                if s and s[1][0] and s[1][1] == "state" and a + s[0] <= b and w[a + s[0]] not in FACILITY_NOUNS:
                    return str(s[1][0])
            return None
        return None

    def sides_in(self, lo: int, hi: int, kind: str) -> list[tuple[int, str]]:
        """(token, side) of every force or nationality of `kind` between tokens lo and hi."""
        return _sides(self.lex, self.words, self.starts, self.doc.text, lo, hi, kind)

    def context_side(self, group: str, tok: int) -> str | None:
        """Whose forces, when the figure's own phrase does not say: a state force (soldiers) or
        a non-state group (combatants) named in the sentence, nearest first ('Truck bomb hits
        army post in northern Iraq, killing five soldiers'), else in the sentence before
        ('struck Hezbollah fighters ... "a number of terrorists" were eliminated'), else, for
        soldiers, a nationality in the headline ('... kills Iraqi troops') or the country of
        the report's places."""
        kind = "state" if group == "soldiers" else "nonstate"
        here = self._sides_here.get(kind)
        if here is None:
            here = self._sides_here[kind] = self.sides_in(0, self.n, kind)
        if here:
            before = [s for s in here if s[0] < tok]
            return before[-1][1] if before else here[0][1]
        if self._context is None:
            self._context = self._context_sentences()
        for other in self._context:
            found = _sentence_sides(self.doc.text, other.start, other.end, kind)
            if found:
                return found[-1]
        if group == "soldiers":
            return document_country(self.doc)
        # fighters with no side: the non-state group the lead names ("jihadist gunmen attacked a
        # checkpoint, killing four troops ... three assailants also died in the fighting")
        if not REBEL_WORDS.isdisjoint(self.words[max(0, tok - 2) : tok + 10]):
            return None  # rebels and militias fight the attacker: no side from the lead
        sents = [s for s in self.doc.sentences[:4] if s.lang == self.sentence.lang and s.start < self.sentence.start]
        for other in sents[1:3]:
            found = _sentence_sides(self.doc.text, other.start, other.end, kind)
            if found:
                return found[0]
        # else the group that claimed the attack anywhere in the report ("ISIS has claimed the attack")
        claimed, plain = _plain(_CLAIMED_ATTACK, self.doc.text)
        for other in self.doc.sentences:
            if other.lang == self.sentence.lang and claimed.search(plain, other.start, other.end):
                found = _sentence_sides(self.doc.text, other.start, other.end, kind)
                if found:
                    return found[0]
        return None

    def _context_sentences(self) -> list[Sentence]:
        """The sentence before this one and the report's headline (first sentence), same language."""
        sents = self.doc.sentences
        idx = next((k for k, s in enumerate(sents) if s.start >= self.sentence.start), len(sents))
        out = [s for s in sents[max(0, idx - 1) : idx] if s.lang == self.sentence.lang]
        head = next((s for s in sents if s.lang == self.sentence.lang), None)
        if head is not None and head.start < self.sentence.start and head not in out:
            out.append(head)
        return out

    def _denied_any_own(self, i: int) -> bool:
        """'denied any of its personnel had died': a group's own members, under a denial."""
        w = self.words
        return w[i] == "members" and i > 2 and w[i - 1] in ("its", "their") and w[i - 2] == "of" \
            and w[i - 3] == "any" and bool(self.deny_cues)

    def nonstate_before(self, end: int) -> str | None:
        """The nearest non-state force named earlier in the sentence."""
        for b in range(end - 1, -1, -1):
            s = self.side_at(b)
            if s and s[1][0] and s[1][1] == "nonstate":
                return str(s[1][0])
        return None

    def _referent(self, end: int) -> Mention | None:
        """'struck a group of rebel gunmen and killed scores of them': the group noun
        'them' points back to, named earlier in the sentence without a figure."""
        for b in range(end - 1, -1, -1):
            g = self.group_at(b)
            if g and self.words[b] not in ("them", "others") and g[1] != "people":
                b, g = self._first_conjunct(b, g)  # "groups of police officers and tribal militias"
                ref = Mention(b, b + g[0] - 1, quantity("vague"), b, group=g[1], group_tok=b)
                self.side_before(ref, b)
                if ref.side is None:
                    self._side_after(ref, b + g[0])
                if g[1] in ("combatants", "soldiers") and ref.side_kind == "nonstate":
                    ref.group = "combatants"
                return ref
        return None

    def _one_of_them_died(self, m: Mention) -> tuple[str, int] | None:
        """'One of them(, aged four,) later died': (group by age, the outcome token) or None."""
        w, k = self.words, m.num_last + 1
        if k >= self.n or w[k] != "of":
            return None
        k += 1
        while k < self.n and (w[k] in DETERMINERS or self.outcome_starting(k)) and w[k] != "of":
            k += 1
        age = None
        if k < self.n and w[k] == ",":  # an apposition: ", aged four," / ", a 9-year-old,"
            close = next((x for x in range(k + 1, min(self.n, k + 8)) if w[x] == ","), None)
            if close is None:
                return None
            age = self.age_in(k + 1, close)
            k = close + 1
        while k < self.n and (w[k] in AUX or w[k] in ("later", "subsequently", "eventually", "also")):
            k += 1
        o = self.outcome_starting(k)
        if not o or o[1] != "killed" or w[k] not in ("died", "succumbed", "perished", "killed"):
            return None
        return ("children" if age is not None and age < 18 else "people"), k

    def age_in(self, a: int, b: int) -> int | None:
        """An age stated in tokens a..b-1 ('aged four', '9-year-old', 'age 7')."""
        w = self.words
        for x in range(a, b):
            if w[x] in ("aged", "age") and x + 1 < b:
                num = self.number_at(x + 1)
                if num:
                    return num[0]
            if w[x] in ("year-old", "years-old") and x >= 2 and w[x - 1] == "-":
                num = self.number_at(x - 2)
                if num:
                    return num[0]
        return None

    def _partitive_count(self, m: Mention, head: Mention | None) -> bool:
        """'treated 21 of the wounded': a count of its own, unless a severity subset or of 'them'."""
        w = self.words
        if m.num_last + 3 >= self.n or w[m.num_last + 2] != "the" or not self.outcome_starting(m.num_last + 3):
            return False
        if head is not None and head.outcome == self.outcome_cover[m.num_last + 3]:
            return False  # (a subset of the head's figure; "and 11 of the injured" after a count of the dead is not)
        return not any(x in SEVERITY for x in w[m.num_last + 3 : m.num_last + 10])

    def _belonged_force(self, m: Mention, k: int) -> None:
        """The force after 'belonged to': a known force's side, or a group noun, is the figure's group."""
        for b in range(k, min(self.n, k + 10)):
            if self.words[b] in (".", ";"):
                return
            sd = self.side_at(b)
            if sd and sd[1][0]:
                m.group = "soldiers" if sd[1][1] == "state" else "combatants"
                m.side, m.side_kind = str(sd[1][0]), sd[1][1]
                return
            g = self.group_at(b)
            if g and g[1] in ("soldiers", "combatants"):
                m.group = g[1]
                return

    def _subset_died(self, m: Mention) -> bool:
        """'two of them had passed away', 'three of them later died': of the wounded, a count of
        the dead (counted once, as killed), unlike a subset by severity."""
        k = m.outcome_tok
        return m.how == "next" and m.outcome == "killed" and k is not None \
            and self.words[k] in DEATH_VERBS

    def _coordinated_past(self, m: Mention, head: Mention) -> bool:
        """'Nine children were killed in the strike and 20 were wounded': the group word governs a
        bare figure coordinated after a place or time phrase (no clause, figure or group between)."""
        w = self.words
        o = head.outcome_tok
        if head.how != "next" or m.how != "next" or o is None or o < head.last or m.outcome == head.outcome:
            return False
        between = w[o + 1 : m.first]
        if not 2 <= len(between) <= 12 or between[-1] != "and" or "," in between[:-1] and len(between) > 2:
            return False
        return not any(x in SAY_VERBS or x in PHRASE_STOP or x[:1].isdigit() or self.lex.groups.match([x], 0)
                       or self.number_at(o + 1 + k) is not None or self.outcome_starting(o + 1 + k)
                       for k, x in enumerate(between[:-1]))

    def _coordinated(self, m: Mention, head: Mention) -> bool:
        between = self.words[head.last + 1 : m.first]
        if len(between) == 2 and between[0] in (",", "and") and m.how == "governing" \
                and between[1] in TRANSITIVE and head.how == "governing":
            return True  # "killed three civilians and wounded 11": the group word governs both
        if len(between) > 1 and between[-1] in ("his", "her", "their") and between[-2] == "and" \
                and head.outcome_tok is not None and head.outcome_tok < head.first:
            between = between[:-1]  # "(among the dead,) a teacher and his two sons" (not "a man was killed and his sons fled")
        if not between or between[-1] not in (",", "and"):
            return False
        return all(x in (",", "and", "as", "well", "including", "among", "those") or x in AUX or x in LISTY
                   or self.lex.outcomes.match([x], 0) or self.lex.groups.match([x], 0)
                   or x[:1].isdigit() or x in self.starters for x in between)

    def _copula_group(self, k: int) -> tuple[str, int] | None:
        """'were (all) "civilians' after a figure's outcome noun: (group, token) of the predicate
        (civilians, children, women or men only: not 'were people who ...')."""
        w = self.words
        if k >= self.n or w[k] not in ("were", "are", "was", "is"):
            return None
        k += 1
        while k < self.n and (w[k] in QUOTES or w[k] in ("all", "mostly", "only")):
            k += 1
        g = self.group_at(k)
        if g is None or g[1] not in ("civilians", "children", "women", "men"):
            return None
        return g[1], k

    def subset_cue(self, m: Mention) -> bool:
        w = self.words
        # "including a woman and her two children": walk back over the list to its cue
        k = m.first - 1
        while k >= 0 and k >= m.first - 9:
            if w[k] in ("including", "among", "mostly", "them", "whom"):
                return w[k] in ("including", "mostly") or (k > 0 and w[k - 1] in ("of", "among")) or w[k] == "among"
            if not (w[k] in LISTY or self.group_at(k) or w[k][:1].isdigit() or w[k] in self.starters
                    or w[k] in ("aged", "years", "year-old", "years-old", "-")):  # "a girl aged 10 years and ..."
                break
            k -= 1
        for back in (0, 1, 2):  # allow words between ("including at least", "including those of")
            e = m.first - 1 - back
            if e < 0 or w[e] not in SUBSET_LAST:
                continue
            for cue in SUBSET_LAST[w[e]]:
                s = e + 1 - len(cue)
                if s >= 0 and tuple(w[s : e + 1]) == cue:
                    return True
        return False

    # ------------------------------------------------------------ building
    def claim(self, outcome: str, group: str, side: str | None, qty: Quantity, start: int, end: int,
              rule: str, borrow: bool = True) -> Claim:
        """The claim of words start..end; a force with no side of its own takes the context's,
        unless `borrow` is false ("Syrian rebels": against the state they are named by)."""
        side = side if group in ("combatants", "soldiers") and side else None
        if group == "soldiers" and side is None and any(self.words[k] in self.lex.domestic_forces
                                                        for k in range(start, end + 1)):
            side = document_country(self.doc)  # police serve their own state: "policemen" in Baghdad
        if group in ("combatants", "soldiers") and side is None and borrow:
            side = self.context_side(group, start)
        return _new_claim(outcome, group, side, qty, "deny" if self.denied(start, qty) else "assert",
                          "background" if self.background(start, end) or beyond_incident(qty.min, qty.max)
                          else "incident", self.starts[start], self.ends[end], rule)

    def denied(self, tok: int, qty: Quantity) -> bool:
        """A denial cue before the claim in its clause (anywhere in the sentence for 'any X')."""
        hi = self.starts[tok]
        if self._corrects is None:
            self._corrects = self.doc.text.find("correct", self.sentence.start, self.sentence.end) >= 0
        if self._corrects and "correct" in self.doc.text[hi : self.sentence.end] and self.lex.take_back.search(
                self.doc.text, hi, self.sentence.end):
            return True  # "initially said five had died but later corrected the figure to four"
        if not self.deny_cues and not self._lies():
            return False
        if qty.vague and "any" in self.words[max(0, tok - 3) : tok + 2]:
            return True
        clause = self.clause_of[tok]
        lo = next((st for st, c in zip(self.starts, self.clause_of, strict=True) if c == clause), 0)
        hi = self.starts[tok]
        own = self._own_assertion_start(tok)  # "disputed the figure, saying only 3 were killed"
        if any(max(lo, own) <= s and (e <= hi or s == hi) for s, e in self.deny_cues):
            return True  # (a cue that opens the claim's evidence: "fabricates victims")
        # "accounts of civilian deaths were invented", "called reports that 25 died untrue"
        w = self.words
        reported = any((w[b] in REPORT_NOUNS or w[b] in TALLY_NOUNS or w[b] == "toll") and w[b + 1] in ("of", "that")
                       for b in range(max(0, tok - 6), tok + 1) if b + 1 < self.n)
        if not reported and tok > 1 and w[tok - 1] == "(" and ")" in w[tok : tok + 6] \
                and any(w[b] in TALLY_NOUNS or w[b] in REPORT_NOUNS for b in range(max(0, tok - 16), tok - 1)):
            close = self.ends[w.index(")", tok)]  # "the figure published earlier (11 deaths) is inaccurate"
            return any(close <= s <= close + 30 and "," not in self.doc.text[close:s] for s, _ in self.deny_cues)
        return reported and (any(s >= hi for s, _ in self.deny_cues)
                             or LIES.search(self.doc.text, hi, self.sentence.end) is not None)

    def _lies(self) -> bool:
        """'reports of civilian deaths were lies / propaganda': a rebuttal word somewhere in the
        sentence (read after a report noun only)."""
        if self._has_lies is None:
            text, start, end = self.doc.text, self.sentence.start, self.sentence.end
            low = folded(text)
            if low is not None and text[start:end].isascii() and _LIES_HINT.search(low, start, end) is None:
                self._has_lies = False  # every match holds one of these (ASCII: IGNORECASE = lower-casing)
            else:
                self._has_lies = LIES.search(text, start, end) is not None
        return self._has_lies

    def _own_assertion_start(self, tok: int) -> int:
        """Offset of the last ', saying' / ', insisting' before token tok (0 if none): what
        follows is the speaker's own figure, not the claim they reject."""
        w = self.words
        for b in range(tok - 1, 0, -1):
            if w[b] in OWN_VOICE and w[b - 1] == "," or w[b] in AND_SAID and w[b - 1] == "and":
                return self.starts[b]  # "denied the report and said its drones killed dozens": its own claim
        return 0

    def background(self, start: int, end: int) -> bool:
        """A background cue in the claim's reach: inside its evidence, before it with no
        clause boundary between ('Since the war began, 40,000 have been killed, including ...'),
        or just after it in the same clause ('killed 20 people since October'); not a cue
        past a comma ('killed 34, bringing the toll since October to 40,005') nor one before
        a new coordinated clause ('The war has killed 40,000, and a strike on Tuesday killed 19')."""
        if self.other_event:
            return True
        text, lo, hi = self.doc.text, self.starts[start], self.ends[end]
        for s in self.background_cues:
            if lo <= s < hi:
                return True
            if s >= hi:
                between = text[hi:s]
                if s - hi <= 60 and not AFTER_BREAK.search(between) \
                        and not (between.rstrip().endswith(",") and _DAYS_AFTER.match(text, s)):
                    return True  # "killed 20 since October", "wounding thousands more, over the years"
            elif not BEFORE_BREAK.search(text[s:lo]) and not _in_relative_clause(text, self.sentence.start, s, lo):
                return True
        return False

    @property
    def other_event(self) -> bool:
        """The whole sentence reports another event: a related-links block, or a time shift
        that introduces a new attack ('Earlier that day, a drone strike on a truck ... killed four')."""
        if self._other is None:
            text, lex = self.doc.text, self.lex
            marker, plain = _plain(lex.link_marker, text)
            self._other = in_blocks(self.sentence.start, link_blocks(plain, marker))
            if not self._other:
                piece = text[self.sentence.start : self.sentence.end]
                shift = _lowered(lex.shift) if piece.isascii() else None  # (then the same match, lower-cased)
                m = shift.match(piece.lower()) if shift is not None else lex.shift.match(piece)
                if m and lex.new_attack.search(piece, m.end()):
                    day = WEEKDAY.search(m.group())
                    lead = WEEKDAY.search(text, 0, min(self.sentence.start, LEAD_CHARS))
                    date = DATE_OPENER.match(m.group())
                    opener = m.group().lower()
                    if opener.lstrip(" \t\n\"'“-—–").startswith("also") or "earlier" in opener or "before" in opener:
                        self._other = True  # "Also on Friday, gunfire killed ...", "Earlier on Monday, ..."
                    elif date:  # "On April 20, ...": another event unless the lead gives that date
                        self._other = date.group(1).lower() not in text[: min(self.sentence.start, LEAD_CHARS)].lower()
                    else:  # "On Sunday, ..." is another event only when the lead names another day
                        self._other = day is None or lead is not None and lead.group().lower() != day.group().lower()
            if not self._other:
                self._other = self._dated_attack(text[self.sentence.start : self.sentence.end])
            if not self._other and self.sentence.start > 0:
                self._other = self._dated_month_apart(text)
        return self._other

    def _dated_month_apart(self, text: str) -> bool:
        """'On 29 February more than 110 people were killed near ...' in a report dated in April: a sentence
        opening with a date whose month the text before it never names tells an earlier event."""
        m = DATE_OPENER.match(text, self.sentence.start, self.sentence.end)
        if m is None:
            return False
        month = next((x for x in m.group(1).lower().split() if x in self.lex.months), None)
        if month is None or len(month) < 4 or month == "may":
            return False  # (full month names only: "On March 3")
        before = text[: self.sentence.start].lower()
        return re.search(r"\b" + month[:3] + r"(?:[a-z]*)\b", before) is None and \
            _DATED_MONTH.search(before[:LEAD_CHARS]) is not None  # (the report is dated in another month)

    def _dated_attack(self, piece: str) -> bool:
        """'A roadside bomb near Mosul in December killed three soldiers' after the lead: an indefinite
        attack opening the sentence, dated by a past time ('last Thursday', 'in December') that the
        text before it never named, once the report's own figures are given."""
        lex = self.lex
        opening = piece.lstrip(" \t\n\"'“")
        new_attack = _lowered(lex.new_attack) if opening.isascii() else None  # (the same match, lower-cased)
        m = new_attack.match(opening.lower()) if new_attack is not None else lex.new_attack.match(opening)
        if m is None or not m.group().lower().startswith(("a ", "an ")):
            return False
        when = lex.past_time.search(piece)
        comma = piece.find(", ", m.end())
        if when is not None and 0 <= comma < when.start():
            when = None  # "... killed three men on Tuesday, the most recent attack since a ceasefire agreed in March"
        if when is None and (day := WEEKDAY.search(piece, 0, comma if comma >= 0 else len(piece))) is not None:
            lead = WEEKDAY.search(self.doc.text, 0, min(self.sentence.start, LEAD_CHARS))
            # "A strike on a school nearby on Thursday killed 11" in a report of Saturday's strike
            return lead is not None and lead.group().lower() != day.group().lower() and any(
                c.lang == "en" and c.scope == "incident" for c in self.doc.claims)
        if when is None or not any(c.lang == "en" and c.scope == "incident" for c in self.doc.claims):
            return False
        word = (when.group(1) or when.group(2)).lower()
        before = self.doc.text[: self.sentence.start].lower()
        if when.group(2):  # a month: also as "Dec 19" / "Dec." in a dateline, or the publication's month
            published = self.doc.meta.published or ""
            if re.search(rf"\b{word[:3]}(?:{word[3:]})?\b", before) or published[5:7] == f"{MONTHS.index(word) + 1:02d}":
                return False
        return word not in before

    def _mixed_singles(self, prev: Mention) -> bool:
        """Whether the single person `prev` is listed with another of a different group ('a woman and
        a child', 'a man, a boy'): 'others' after such a list has no one noun to take a group from."""
        return any(s is not prev and s.group != prev.group and (0 < prev.first - s.last <= 3 or 0 < s.first - prev.last <= 3)
                   for s in self.single_mentions)

    def resolve_group(self, m: Mention, prev: Mention | None) -> str | None:
        """The claim group of a mention (None: not a casualty figure)."""
        w = self.words
        g = m.group
        if g == "__noun__":
            return None
        more = m.qty.vague and w[m.num_last + 1 : m.num_last + 2] in (["more"], ["others"])  # "hundreds more"
        if m.others or (g is None and prev is not None and (self._coordinated(m, prev) or self._coordinated_past(m, prev))
                        and prev.group
                        and prev.group != "__noun__" and (not m.qty.vague or more)):
            g = prev.group if prev and prev.group not in (None, "__noun__") else "people"
            if m.others and prev is not None and prev.qty.min == 1 and prev.qty.max == 1 \
                    and g not in ("soldiers", "combatants"):
                lead = [h for h in self.heads if h.last < prev.first and h.group not in (None, "__noun__")]
                # "five villagers, including an infant, died and 14 others were hurt": others of the head
                if lead and self.subset_cue(prev):
                    g = lead[-1].group
                elif self._mixed_singles(prev):
                    g = "people"  # "a woman and a child died and five others were wounded": no one noun
                # "a young man was killed and three others injured": SCHEMA, others take the group of the
                # noun they follow (men), as "killed a soldier and wounded two others" gives soldiers
            if m.others and prev is not None and g != "people" and any(
                    h is not prev and h.group not in (None, "__noun__", g) and 0 < prev.first - h.last <= 2
                    and w[h.last + 1] in ("and", ",") for h in self.heads):
                g = "people"  # "killing four soldiers and three civilians and wounding nine others": a mixed list
            if m.side is None and prev is not None:
                m.side = prev.side
        if g is None and self.words[max(0, m.first - 3) : m.first] in (["in", "addition", "to"], ["as", "well", "as"]):
            # "killing 120 civilians ..., in addition to tens of wounded"
            named = [h for h in self.heads if h.group_tok is not None and h.last < m.first]
            if named:
                g, m.side = named[-1].group, named[-1].side
        if g is None:
            g = "people"
        if g in ("combatants", "soldiers"):
            ctx = w[max(0, m.first - 2) : m.last + 6]
            if m.side_kind == "people" or (
                w[m.group_tok or 0] in ("members", "member", "elements") and any(c in self.lex.member_context for c in ctx)
                and not any(self._names_force(x) for x in range(max(0, m.first - 2), min(self.n, m.last + 6)))
            ):
                return "people"
            noun = w[m.group_tok] if m.group_tok is not None else ""
            before = w[m.group_tok - 1] if m.group_tok else ""
            if noun in self.lex.nonstate_nouns or before in ("rebel", "insurgent", "militant", "jihadist"):
                g = "combatants"
                if m.side_kind == "state":  # "Syrian rebels", "a Syrian rebel fighter" fight the Syrian state
                    m.side, m.side_kind = None, "rebel"  # and are not the force named before them (IS killed ...)
            elif m.side_kind == "state":
                g = "soldiers"
            elif m.side_kind == "nonstate":
                g = "combatants"
        return g

    # ------------------------------------------------------------ rules
    def figures(self) -> list[Claim]:
        claims: list[Claim] = []
        w = self.words
        mentions = [m for m in self.find_mentions()]
        unharmed = not UNHARMED.isdisjoint(self.wordset)
        head: Mention | None = None
        prev: Mention | None = None
        for m in mentions:
            if self.single_mentions:
                single = max((s for s in self.single_mentions if s.last < m.first), key=lambda s: s.last, default=None)
                if single is not None and (prev is None or single.last > prev.last):
                    prev = single
            if self.used and not self.used.isdisjoint(range(m.first, m.num_last + 1)):
                continue
            if not m.qty.vague and self.is_distractor(m):
                continue
            self.scan_group(m)
            if m.qty.vague and m.group is None and m.rule == "en.vague":
                # "dozens were wounded" yes; "some of them critically" no
                word = self.words[m.first]
                if word in ("some", "more", "many", "several", "a few", "multiple") and not m.others and not (
                        word not in ("some", "more") and self.words[m.num_last + 1 : m.num_last + 2] in (["wounded"], ["injured"], ["dead"])
                        and not self.group_at(m.num_last + 2)):
                    continue  # (but "several others were injured" and "pulled several wounded" are vague figures)
            if m.qty.vague and m.group == "__noun__":
                if not (m.first > 0 and self.words[m.first - 1] in TRANSITIVE and self.outcome_cover.get(m.first - 1)
                        and self.words[m.num_last + 1 : m.num_last + 2] == ["of"]):
                    continue
                m.group = None  # "killed or wounded dozens of polytheists": people, whatever the speaker calls them
            if self.words[max(0, m.first - 2) : m.first] == ["among", "the"] and m.group is None:
                continue  # "two women were among the nine": the nine is an earlier figure
            if not m.subset:
                m.subset = self.subset_cue(m)
            if self.words[m.first] == "one" and m.subset and m.group is None and m.outcome is None:
                later = self._one_of_them_died(m)
                if later is not None:  # "One of them, aged six, died later of his injuries"
                    one_group, otok = later
                    claims.append(self.claim("killed", one_group, None, m.qty, m.first, otok, "en.figure.one-of"))
                    self.used.update(range(m.first, otok + 1))
                    continue
            fallback = prev if prev is not None and (
                self.clause_of[prev.first] == self.clause_of[m.first]
                or self.words[m.first - 1] in ("remaining", "other", "rest")) else None
            if fallback is not None and fallback.subset and head is not None and not m.subset:
                fallback = head
            self.find_outcome(m, head if head is not None else fallback)
            if m.subset and m.how == "next" and head is not None and head.outcome and m.outcome != head.outcome \
                    and "and" in self.words[head.last + 1 : m.first]:
                m.subset = False  # "4 dead, including a woman, and 9 wounded": a new figure, not the list's
            if prev is not None and prev.subset and head is not None and not m.subset:
                prev = head  # "15 civilians, including two children, were killed and 100 wounded"
            if m.how in ("head", "nearest") and unharmed and any(
                self.words[k] in UNHARMED for k in range(self.n) if self.clause_of[k] == self.clause_of[m.first]
            ):
                continue  # "brought ten people out of the building unharmed"
            if m.outcome is None:
                continue
            if m.how == "nearest" and m.outcome_tok is not None and m.outcome_tok > m.last and any(
                    w[k : k + 2] == ["of", "whom"] for k in range(m.last + 1, m.outcome_tok)):
                continue  # "arrested six men, two of whom were wounded": the outcome is the relative clause's
            if m.qty.vague and m.subset and m.group in (None, "people"):
                referent = head or (self._referent(m.first) if m.how == "governing" else None)
                if m.how == "next" and head is None and w[m.num_last + 1 : m.num_last + 3] == ["of", "them"] \
                        and (ref := self._referent(m.first)) is not None and ref.group in ("soldiers", "combatants"):
                    own = self.group_at(ref.group_tok)  # type: ignore[arg-type]
                    referent = Mention(ref.first, ref.last, ref.qty, ref.first, group=own[1] if own else ref.group,
                                       group_tok=ref.group_tok)
                    for b in range(max(0, ref.group_tok - 3), ref.group_tok):  # type: ignore[operator,arg-type]
                        if (sb := self.side_at(b)) is not None and sb[1][0]:  # a side inside its own phrase only
                            referent.side, referent.side_kind = str(sb[1][0]), sb[1][1]
                            referent.group = "soldiers" if sb[1][1] == "state" else "combatants"
                    # "struck positions of government troops and said scores of them were killed"
                elif m.how != "governing" or referent is None:
                    continue  # "several of them likely high-value individuals"
                m.group, m.side, m.group_tok = referent.group, referent.side, referent.group_tok  # "wounding dozens of them"
            if m.group is None and m.how == "nearest" and not m.subset and not m.others:
                continue
            if m.how == "nearest" and self.words[m.first] == "one" and self.words[m.num_last + 1 : m.num_last + 2] == ["of"]:
                continue  # "Ali, one of the residents, said three were killed": who speaks, not a count
            if m.qty.vague and m.how == "nearest":
                continue  # "dozens of people were still under the rubble ... rescued a number of wounded"
            whom = self.words[m.num_last + 1 : m.num_last + 3] == ["of", "whom"]
            if whom and m.group is None and self.words[m.num_last + 3 : m.num_last + 4] in (["were"], ["was"]) \
                    and (pg := self.group_at(m.num_last + 4)) is not None and pg[1] != "people":
                m.group, m.group_tok = pg[1], m.num_last + 4  # "twelve people were killed, three of whom were children"
            if m.subset and m.group is None and head is None and m.how == "next" and whom \
                    and (self._referent(m.first) is None or not self.group_at(m.first - 2 - (w[m.first - 1] != ","))):
                m.group = "people"  # "a bus carrying 40 passengers, three of whom were killed" (the noun before them)
            if m.subset and m.group is None and head is None and (m.outcome == "killed" or whom) \
                    and (m.how == "next" or _killing_of_them(self.words, m.first, m.num_last)) \
                    and self.words[m.num_last + 1 : m.num_last + 3] in (["of", "them"], ["of", "whom"]) \
                    and (ref := self._referent(m.first)) is not None and ref.group_tok is not None \
                    and (m.how == "next" or _object_referent(w, ref.first, ref.last, m.first)):
                # "struck a post of army troops and claimed that over 15 of them had
                # died": the group, and a side named inside its own noun phrase only
                m.group, m.side, m.side_kind = self.group_at(ref.group_tok)[1], None, None  # type: ignore[index]
                for b in range(max(0, ref.group_tok - 3), ref.group_tok):
                    if (sb := self.side_at(b)) is not None:
                        m.side, m.side_kind = sb[1][0] or m.side, sb[1][1]
                if m.group in ("soldiers", "combatants") and m.side_kind:
                    m.group = "soldiers" if m.side_kind == "state" else "combatants"
            if m.group in (None, "__noun__") and m.outcome_tok is not None \
                    and tuple(w[m.outcome_tok + 1 : m.outcome_tok + 3]) in BELONGED:
                self._belonged_force(m, m.outcome_tok + 3)  # "four of those dead belonged to the Y Brigade"
                if m.group in ("soldiers", "combatants") and not m.how:
                    m.how = "next"  # the evidence reaches the outcome word
            if m.subset and m.group is None and self.words[m.num_last + 1 : m.num_last + 2] == ["of"] \
                    and not self._partitive_count(m, head) and not self._subset_died(m):
                continue  # "three of them in critical condition": a subset by severity alone
            if m.qty.vague and m.first > 0 and self.words[m.first - 1] == "how":
                continue
            if m.group is None and self.words[m.first] in ("one",) and not m.subset \
                    and not (m.how == "next" and m.outcome_tok == m.last and self.words[m.last] in DEATH_VERBS | {"away"}):
                # ("one of the wounded died of his injuries" is a count)
                # a bare "one" is a pronoun far more often than a count
                k = m.last + 1
                while k < self.n and self.words[k] in ("later", "subsequently", "eventually", "also") + tuple(MANNER):
                    k += 1  # "one later died"
                nxt = self.words[k] if k < self.n else ""
                governed = m.first > 0 and self.words[m.first - 1] in TRANSITIVE and nxt in ("", ",", ".", "and", ";")
                if not self.outcome_starting(k) and nxt not in ("was", "were", "person") and not governed:
                    continue  # "killed one and wounded four" is a count
            if m.side is None and m.group_tok is not None and "our" in w[m.num_last + 1 : m.group_tok]:
                ours = self.sides_in(0, m.first, "state") or self.sides_in(0, m.first, "nonstate") \
                    or self.sides_in(m.last + 1, self.n, "state") or self.sides_in(m.last + 1, self.n, "nonstate")
                if ours:  # "the Iraqi army said two of our fighters were killed": the speaker's own forces
                    m.side = ours[-1][1] if ours[0][0] < m.first else ours[0][1]
                    m.side_kind = "state" if self.sides_in(0, self.n, "state") and \
                        m.side in (x[1] for x in self.sides_in(0, self.n, "state")) else "nonstate"
            if m.subset and head is not None and m.group == "people" and m.group_tok is not None \
                    and w[m.group_tok] in self.lex.status_nouns and m.outcome == head.outcome \
                    and w[m.num_last + 1 : m.num_last + 3] in (["of", "them"], ["of", "whom"]):
                continue  # "three were killed, two of them students": a subset by trade, no claim
            if m.group is None and m.how == "next" and m.outcome_tok is not None and m.outcome_tok > m.num_last:
                cg = self._copula_group(m.outcome_tok + 1)
                if cg is not None:  # "the three martyrs were civilians": the predicate is the figure's group
                    m.group, m.group_tok = cg
            if m.outcome in ("injured", "killed") and (d := self._injured_died(m)) is not None:
                # "two of the wounded later died, bringing the number of deaths to six", "the toll climbed
                # to six after one of the wounded guards died": each figure stated is a claim (SCHEMA)
                if m.outcome == "injured":
                    m.outcome, m.outcome_tok = "killed", d  # counted once, as killed
            if m.outcome == "casualties" and m.first > 0 and w[m.first - 1] == "the" and m.outcome_tok is not None \
                    and w[m.outcome_tok] in ("victims", "victim") and self._counted_dead(m.qty.min, claims):
                m.outcome = "killed"  # "the two victims were brothers" after "killed two men": the dead counted before
            group = self.resolve_group(m, prev)
            if group is None:
                continue
            if group == "people" and m.group is None and m.outcome == "killed" and "toll" in w[max(0, m.first - 8) : m.first] \
                    and (ag := self._toll_after_death(m.last + 1)) is not None:
                group, m.group_tok = ag  # "the toll climbed to six after one of the wounded guards died"
            if group == "people" and m.group is None and m.side_kind == "state" and m.side:
                group = "soldiers"
            if group == "people" and m.group is None and m.side_kind == "nonstate" and m.side:
                group = "combatants"
            if group == "combatants" and not m.side and m.side_kind != "rebel":
                m.side = self.nonstate_before(m.first)  # "struck a Hezbollah compound and killed three militants"
            if group == "soldiers" and not m.side:
                m.side = self.announcing_state(m.first)  # "IDF says 2 soldiers killed"
            if group in ("soldiers", "combatants") and not m.side and m.side_kind != "rebel":
                m.side = self.context_side(group, m.first)
            m.group = group
            near = m.how in ("next", "governing") or m.how == "toll" and m.first - (m.outcome_tok or 0) <= 15
            end = max(m.last, m.outcome_tok) if near and m.outcome_tok is not None else m.last
            start = min(m.first, m.outcome_tok) if near and m.outcome_tok is not None else m.first
            claims.append(self.claim(m.outcome, group, m.side, m.qty, start, end, m.rule, m.side_kind != "rebel"))
            self.used.update(range(m.first, m.last + 1))
            k = m.last + 1
            if m.qty.vague and k + 1 < self.n and w[k] in ("and", "or") and k + 1 not in self.used:
                g2 = self.group_at(k + 1)  # "most of them children and old men": both groups
                if g2 and g2[1] != group and m.subset and {group, g2[1]} <= {"women", "children", "men", "civilians"} \
                        and not self._single_noun(k + 1):
                    claims.append(self.claim(m.outcome, g2[1], None, m.qty, k + 1, k + g2[0], m.rule))
                    self.used.update(range(k + 1, k + 1 + g2[0]))
            if m.group_tok is not None:
                self.used.add(m.group_tok)
            prev = m
            if not m.subset:
                head = m
                self.heads.append(m)
        self.head = head
        return claims

    def zeros(self) -> list[Claim]:
        w = self.words
        claims: list[Claim] = []
        if ZERO_WORDS.isdisjoint(self.wordset):
            return claims
        # ("no", "none" and "not" are marked words: their tokens are marked; "nobody" is not)
        for i in [i for i in (range(self.n) if "nobody" in self.wordset else self.marked) if w[i] in ZERO_WORDS]:
            word = w[i]
            k = i + 1
            m = Mention(i, i, quantity("zero"), i, rule="en.zero")
            if word == "not":
                if not (k + 1 < self.n and w[k] in ("a", "one") and (w[k] == "one" or w[k + 1] == "single")):
                    continue
                k += 1 if w[k] == "one" else 2
            if word == "no" and k + 2 < self.n and w[k] in ("members", "member") and w[k + 1] == "of":
                k += 2  # "no members of the army's units were hurt": the group follows
                while k < self.n and (w[k] in DETERMINERS or w[k].endswith("'s") and not self.group_at(k)
                                      or self.side_at(k) and not self.group_at(k)):
                    s = self.side_at(k)
                    if s and s[1][0]:
                        m.side, m.side_kind = s[1][0], s[1][1]
                    k += s[0] if s else 1
                poss = next((j for j in range(k, min(k + 3, self.n)) if w[j].endswith("'s")), None)
                if poss is not None and not any(self.group_at(j) for j in range(k, poss + 1)):
                    k = poss + 1  # "no members of the Border Guard's units"
                if not self.group_at(k):
                    continue
            if word == "no" and k < self.n and w[k] == "one":
                k += 1
                m.group = "people"
            elif word == "nobody":
                m.group = "people"
            elif word == "none" and k < self.n and w[k] == "of":
                k += 1
                while k < self.n and (w[k] in DETERMINERS or w[k].endswith("'s") and not self.group_at(k)):
                    if w[k] == "its":
                        self.side_before(m, i)
                    k += 1  # "none of its soldiers", "none of the ship's crew"
            # modifiers, sides and a group noun
            steps = 0
            while m.group is None and k < self.n and steps < 4:
                s = self.side_at(k)
                g = self.group_at(k)
                if g and not (s and s[0] > g[0]):
                    m.group, m.group_tok = g[1], k
                    k += g[0]
                    break
                if s:
                    if s[1][0]:
                        m.side, m.side_kind = s[1][0], s[1][1]
                    k += s[0]
                elif w[k] in ("human", "other", "further", "immediate", "reported", "known", "more",
                              "additional", "confirmed", "civilian", "serious", "uninvolved", "innocent",
                              "unarmed", "ordinary"):
                    if w[k] == "civilian":
                        m.group = "civilians"
                        k += 1
                        break
                    k += 1
                else:
                    break
                steps += 1
            if m.group and k < self.n and w[k] in POSTED:
                j = k + 1  # "none of its troops deployed by the village were injured"
                while j < self.n and j < k + 6 and w[j] not in ("were", "was"):
                    j += 1
                k = j if j < self.n and j < k + 6 else k
            # the outcome: a noun right here, or a verb after an auxiliary
            o, steps = None, 0
            while k < self.n and steps < 5:
                o = self.outcome_starting(k)
                if o:
                    break
                if w[k] not in AUX and w[k] not in ("among", "in") and not (
                        w[k] in DETERMINERS and k > 0 and w[k - 1] == "among"):
                    break
                k += 1
                steps += 1
            if not o and m.group and k < self.n and w[k] in ("fell", "died"):
                o = (1, "casualties" if w[k] == "fell" else "killed")
            if not o:
                if word == "no" and m.group is None and i > 0 and w[i - 1] in ("suffered", "sustained", "reported"):
                    pass
                continue
            if w[k + o[0] - 1] in ("toll", "tolls"):
                continue  # "no immediate toll": no figure given
            if word == "none" and any(x in SEVERITY for x in w[k + o[0] : k + o[0] + 5]):
                continue  # "none of the wounded was in critical condition": severity, not a count
            outcome = o[1]
            ok = k + o[0]
            if w[k] in ("fell",):
                outcome = "casualties"
            # "no death among their members"
            if m.group is None:
                k2 = ok
                if w[k2 : k2 + 3] in (["were", "recorded", "among"], ["were", "reported", "among"],
                                      ["was", "recorded", "among"], ["was", "reported", "among"]):
                    k2 += 2  # "no injuries were recorded among the troops"
                if k2 < self.n and w[k2] in ("among", "in", "to", "for"):
                    k2 += 1
                    while k2 < self.n and w[k2] in DETERMINERS:
                        k2 += 1
                    s = self.side_at(k2)
                    if s:
                        m.side, m.side_kind = s[1][0] or m.side, s[1][1]
                        k2 += s[0]
                    g = self.group_at(k2)
                    if g:
                        m.group, m.group_tok = g[1], k2
                        ok = k2 + g[0]
            if m.group is None:  # "the American forces suffered no human losses"
                for b in range(i - 1, max(-1, i - 8), -1):
                    g = self.group_at(b)
                    if g and g[1] in ("soldiers", "combatants"):
                        m.group = g[1]
                        for bb in range(max(0, b - 3), b):
                            s = self.side_at(bb)
                            if s and s[1][0]:
                                m.side, m.side_kind = s[1][0], s[1][1]
                        break
            m.group_tok = m.group_tok if m.group_tok is not None else k
            group = self.resolve_group(m, None) or "people"
            if m.group is None and m.side_kind == "state":
                group = "soldiers"
            elif m.group is None and m.side_kind == "nonstate":
                group = "combatants"
            start = i - 1 if i > 0 and w[i - 1] in ("suffered", "sustained") else i
            both = outcome == "casualties" and w[k] in ("killed", "dead", "martyred") and ok - k == 3 \
                and w[k + 1] in ("or", "and") and w[ok - 1] in ("wounded", "injured", "hurt")
            for each in ("killed", "injured") if both else (outcome,):  # "no one was killed or wounded": 0 and 0
                c = self.claim(each, group, m.side, m.qty, start, min(ok, self.n) - 1, "en.zero")
                c.stance = "assert"
                claims.append(c)
            self.used.update(range(i, ok))
        return claims

    def singles(self) -> list[Claim]:
        """'a wounded girl', 'a man who was hurt', 'his wife was killed'."""
        w = self.words
        claims: list[Claim] = []
        self.single_mentions: list[Mention] = []
        if self.no_single:
            return claims  # every claim here is of a single-person noun (_single_noun)
        definite = self._definite_died()
        if definite is None and "among" in self.wordset:
            definite = self._definite_among()
        if definite is not None:
            claims.append(definite)
        entry = _single_entry(self.lex)
        cands = [i for i in self.marked if w[i] in entry]
        if not TRANSITIVE.isdisjoint(self.wordset):
            last = self.n - 1
            cands = sorted(set(cands).union([i + 1 for i in self.marked if w[i] in TRANSITIVE and i < last]))
        if w and (not cands or cands[0] != 0):
            cands.insert(0, 0)
        noun_firsts = self.lex.groups.lengths
        apostrophes = self.possessed is not None or "s'" in self.joined  # a possessive noun ("soldiers'")
        for i in cands:
            word = w[i]
            if i in self.used or word not in SINGLE_STARTERS and word not in self.lex.singular and not (
                    i > 0 and w[i - 1] in TRANSITIVE) and not (i == 0 and word in self.lex.sides):
                continue
            # headline style drops the article: "troops kill teenager", "kill Palestinian boy",
            # "Child among 5 killed", "kills 6, including child"
            bare = word not in SINGLE_STARTERS and (
                i > 0 and w[i - 1] in TRANSITIVE and self.outcome_starting(i - 1)
                and (word in self.lex.singular or (self.side_at(i) or self.doc.text[self.starts[i]].isupper())
                     and w[i + 1 : i + 2] and w[i + 1] in self.lex.singular)
                or (i == 0 or w[i - 1] in (",", ":")) and word in self.lex.singular and w[i + 1 : i + 2] == ["among"]
                or i == 0 and word in self.lex.singular and self.doc.text[self.starts[i]].isupper()
                and self._headline_outcome(i + 1) is not None
                or i == 0 and self.side_at(0) and self.side_at(0)[0] == 1 and self.n > 1  # type: ignore[index]
                and self._single_noun(1) and self.doc.text[self.starts[i]].isupper()
                and self._headline_outcome(1 + self.group_at(1)[0]) is not None)  # type: ignore[index]
            if word not in SINGLE_STARTERS and not bare:
                continue
            if word == "including" and not (i + 1 < self.n and (
                    self._single_noun(i + 1) or i + 2 < self.n and self._single_noun(i + 2)
                    and (self.side_at(i + 1) or self.doc.text[self.starts[i + 1]].isupper()))):
                continue  # "including a child", headline "including Amal member"
            k, adj_outcome, steps, side, found = (i if bare else i + 1), None, 0, None, False
            if not apostrophes and noun_firsts.keys().isdisjoint(w[k : k + 4]):
                continue  # no group noun within reach: nothing to find
            while k < self.n and steps < 4:
                if self._single_noun(k):
                    if k + 1 < self.n and self._single_noun(k + 1):
                        k += 1  # "a herder boy": the last noun is the head
                    found = True
                    break
                s = self.side_at(k)
                if s and s[1][0]:
                    side = s[1]
                o = self.outcome_starting(k)
                if o and w[k] in ("wounded", "injured", "dead", "slain"):
                    adj_outcome = o[1]
                elif w[k] in FUNCTION and w[k] != "-" or not (w[k][:1].isalnum() or w[k] == "-"):
                    k = self.n
                    break
                k += 1
                steps += 1
            if not found:
                continue
            g = self.group_at(k)
            if not g or not self._single_noun(k) or k in self.used:
                continue
            if w[k + g[0] : k + g[0] + 1] in (["said"], ["says"], ["told"], ["added"]) and w[i - 1 : i] in ([","], ["and"]):
                continue  # "..., a security official said": the speaker, not a victim
            if w[i - 1 : i] in ([","], ["and"]) and w[k + g[0] : k + g[0] + 1] == ["of"] and self._speaker_of(k + g[0]):
                continue  # "..., and a member of the group's bureau, X, said": the speaker
            gm = Mention(i, k + g[0] - 1, quantity("exact", 1), i, group=g[1], group_tok=k)
            if side:
                gm.side, gm.side_kind = side
            after_np = self._side_after(gm, k + g[0])  # "a fighter of the PMF was killed": search past "of the PMF"
            outcome, otok = adj_outcome, None
            if outcome == "injured" and (d := self._later_died(gm.last + 1)) is not None:
                outcome, otok = "killed", d  # "an injured soldier later died in hospital": counted once, as killed
            if w[max(0, i - 2) : i] in (["life", "of"], ["lives", "of"]):  # "claiming the life of a man"
                outcome, otok = "killed", i - 2
            if outcome is None:  # "the body of a man", "the bodies of a man and his son"
                of = self._list_start(i) - 1
                if of >= 1 and w[of] == "of" and self.outcome_starting(of - 1) and w[of - 1] not in WEAK_OUTCOME \
                        and not self._modifier_of(of - 1):
                    outcome, otok = self.outcome_cover[of - 1], of - 1
                elif of >= 1 and w[of] == "of" and (b := self._bodies_of_before(of)) is not None:
                    outcome, otok = "killed", b  # "the bodies of two farmers, and of a man and his daughter"
            if outcome is None and i > 1 and w[i - 1] == "with" and w[i - 2] in ("together", "along"):
                before = [(oi, o) for oi, (_, o) in self.outcome_at.items()  # "was killed along with a child"
                          if i - 12 <= oi < i and w[oi] not in WEAK_OUTCOME and self.clause_of[oi] == self.clause_of[i]]
                if before:
                    otok, outcome = before[-1]
            if outcome is None and word == "including":
                before = [(oi, o) for oi, (_, o) in self.outcome_at.items()
                          if oi < i and w[oi] not in WEAK_OUTCOME and self.clause_of[oi] == self.clause_of[i]]
                if before:
                    otok, outcome = before[-1]
            for b in range(i - 1, max(-1, i - 3), -1):  # "killing one woman and injuring four others"
                if outcome is None and (w[b],) in self.lex.governing and self.outcome_starting(b) \
                        and (w[b].endswith("ing") or b == i - 1 and w[b] in TRANSITIVE):  # "killed a police officer"
                    outcome, otok = self.outcome_starting(b)[1], b  # type: ignore[index]
            if outcome is None and i > 0 and w[i - 1] in ("and", ","):
                k = i - 1  # "Among the dead were two children and a woman"
                while k >= 0 and (w[k] in LISTY or self.group_at(k) or w[k][:1].isdigit() or w[k] in self.starters
                                  or w[k] in ("-", "year-old", "years-old", "aged")  # "a 9-year-old girl and"
                                  or k < i - 2 and self.side_at(k) and self.group_at(k + 1)):  # "four Iraqi soldiers and"
                    k -= 1
                among = self.among_before(k + 1)
                if among:
                    outcome, otok = among
                elif k >= 0 and w[k] in TRANSITIVE and (ok := self.outcome_starting(k)) is not None \
                        and (k == 0 or w[k - 1] not in AUX):
                    outcome, otok = ok[1], k  # "killed three children and an elderly man"
                elif k >= 0 and w[k + 1 : k + 2] == [","] and w[k] in APPOSED_TALLY and w[i - 1] == "and" \
                        and any(self.group_at(x) for x in range(k + 2, i - 1)) \
                        and (ok := self.outcome_starting(k)) is not None:
                    outcome, otok = ok[1], k  # "four bodies, three men and a girl": a list in apposition
                elif k >= 1 and w[k] in ("are", "were") and w[k - 1] in APPOSED_TALLY \
                        and (ok := self.outcome_starting(k - 1)) is not None:
                    outcome, otok = ok[1], k - 1  # "the four dead were three Egyptians and a Nepali driver"
                if outcome is None and w[i - 1] == "and":
                    outcome, otok = self._verb_over_named(i - 2)
            if outcome is None and i > 3 and w[i - 3 : i] == ["in", "addition", "to"]:
                outcome, otok = self._verb_over_named(i - 4)  # "killing two fighters in addition to a driver"
            ls = self._list_start(i)
            gm.subset = (any(x in ("including", "among") for x in w[max(0, i - 3) : i])
                         or ls > 0 and w[ls - 1] in ("including", "among") or w[ls : ls + 1] == ["including"]
                         or ls > 1 and w[ls - 1] in ("them", "whom") and w[ls - 2] in ("among", "of"))
            if outcome is None and gm.subset:
                before = [(oi, o) for oi, (_, o) in self.outcome_at.items()
                          if oi < i and w[oi] not in WEAK_OUTCOME and self.clause_of[oi] == self.clause_of[i]]
                if before:  # "killing two people, including a child, and injuring six"
                    otok, outcome = before[-1]
                elif ":" in self.wordset and (near := [(oi, o) for oi, (_, o) in self.outcome_at.items()
                                                       if i - 12 <= oi < i and w[oi] not in WEAK_OUTCOME
                                                       and w[oi + 1 : oi + 2] == [":"]
                                                       and self.number_at(oi + 2) is not None]):
                    otok, outcome = near[-1]  # "Deaths: 9 (nine), among them a girl": a bulletin's tally line
            if outcome is None and i > 2 and w[i - 1] in ("was", "is") and w[i - 3] in PERSON_KILLED_WAS \
                    and w[i - 2] in ("killed", "dead", "wounded", "injured", "hurt") and (o := self.outcome_starting(i - 2)):
                outcome, otok = o[1], i - 2  # "the second person killed was a 10-year-old girl": the predicate
            if outcome is None and bare and i == 0 and (h := self._headline_outcome(gm.last + 1)) is not None:
                outcome, otok = str(self.outcome_cover[h]), h
            if outcome is None:
                kk, steps = max(gm.last + 1, after_np), 0
                if kk + 2 < self.n and w[kk] == "in" and w[kk + 1] in ("his", "her", "their"):
                    if w[kk + 2] in ("early", "mid", "late") and kk + 3 < self.n:
                        kk += 1  # "in her early thirties"
                        w_age = w[kk + 2]
                        if not (AGE_DECADE.match(w_age) or w_age.isdigit()):
                            kk -= 1
                    if AGE_DECADE.match(w[kk + 2]):
                        kk += 3  # "a man in his fifties was killed"
                    elif w[kk + 2].isdigit() and w[kk + 3 : kk + 4] == ["s"]:
                        kk += 4  # "a man in his 50s"
                while kk < self.n and steps < 10:
                    if w[kk] in ("–", "—") and (dash := next((d for d in range(kk + 1, min(self.n, kk + 25))
                                                              if w[d] == w[kk]), None)) is not None:
                        kk = dash + 1  # "a fighter of the PMF – a former militia now in the army – was also killed"
                        continue
                    if w[kk] == "of" and kk == gm.last + 1 and (age := self.number_at(kk + 1 + (w[kk + 1 : kk + 2] == ["maybe"]
                                                                                 or w[kk + 1 : kk + 2] == ["about"]))) is not None:
                        kk = age[1] + 1  # "a boy of fourteen": his age
                        continue
                    if w[kk : kk + 3] == ["with", "the", "rank"] and kk + 4 < self.n and w[kk + 3] == "of":
                        kk += 5  # "an officer with the rank of captain was killed"
                        continue
                    o = self.outcome_starting(kk)
                    if o and w[kk] in ("injured", "wounded", "dead") and self.group_at(kk + 1) and kk > gm.last + 1:
                        break  # "a woman and her three injured daughters": the adjective is the daughters'
                    if o and (w[kk] not in WEAK_OUTCOME or o[0] > 1):  # "lost their lives" is no weak "lost"
                        outcome, otok = o[1], kk
                        break
                    if w[kk] in ("who", "which", "that") and (r := self._after_relative(kk)) is not None:
                        outcome, otok = r  # "a woman and her son who were driving past were also hurt"
                        break
                    if len(w[kk]) > 5 and w[kk].endswith("ing") and w[kk] not in ("including", "according") \
                            and (r := self._after_relative(kk - 1)) is not None:
                        outcome, otok = r  # "a woman and her son riding in a bus ... were also injured"
                        break
                    if w[kk] == "from" and w[kk + 1 : kk + 2] and w[kk + 1] in ("his", "her", "their", "the") \
                            and kk + 3 < self.n and w[kk + 3] in ("was", "were"):
                        kk += 3  # "a boy from his street was among the dead"
                        continue
                    if w[kk] in PLACE_PREPS and kk > gm.last and (v := self._place_phrase_end(kk)) is not None:
                        kk = v  # "a guard at a school beside the mosque was among those killed"
                        continue
                    if w[kk] not in AUX and w[kk] not in LISTY and w[kk] not in ("among", "those", "also", "lightly", "already", "aged",
                                                          "-", "year-old", "years-old",
                                                          "seriously", "critically", "badly", "fatally") \
                            and not self.group_at(kk) and self.number_at(kk) is None:
                        break
                    kk += 1
                    steps += 1
            if outcome is None:
                among = self.among_figure(gm.last + 1) or self.among_before(i)
                if among:
                    outcome, otok = among
            elif outcome == "injured" and otok is not None and otok > gm.last + 2 and w[gm.last + 1] == "," \
                    and (among := self.among_before(i)) is not None and among[0] == "killed":
                outcome, otok = among  # "the dead included a girl, who was hit by shrapnel": how she died
            if outcome is None and i > 0 and (w[i - 1],) in self.lex.governing and self.outcome_starting(i - 1):
                outcome, otok = self.outcome_starting(i - 1)[1], i - 1  # type: ignore[index]  # "killed a girl"
            if outcome is None:
                continue
            group = self.resolve_group(gm, None) or "people"
            if group == "people" and ("civilian" in w[max(0, i - 1) : gm.last + 1] or w[gm.last + 1 : gm.last + 6] in (
                    [",", "who", "is", "a", "civilian"], [",", "who", "was", "a", "civilian"])):
                group = "civilians"  # "a civilian driver", "the driver, who was a civilian"
            if group == "combatants" and not gm.side and not PRO_STATE.isdisjoint(w[i : gm.last]) \
                    and (st := self.sides_in(max(0, i - 8), i, "state")):
                group, gm.side = "soldiers", st[-1][1]  # "three Syrian soldiers and a militia member": a state-allied force
            if group == "people" and self._minor_age(i, gm.last):
                group = "children"  # "a 10-year-old herder", "a shepherd, 11,"
            if outcome == "injured" and w[gm.last + 1 : gm.last + 2] in (["who"], ["that"]) \
                    and otok is not None and (d := self._died_after(otok)) is not None:
                outcome, otok = "killed", d  # "a boy who was wounded in the strike died on Wednesday"
            end = otok if otok is not None and otok > gm.last else gm.last
            start = otok if otok is not None and i - 4 <= otok < i else i
            gm.group, gm.outcome, gm.outcome_tok = group, outcome, otok
            if end == gm.last and (named := self._apposed_name(gm.last + 1)) is not None:
                gm.last = end = named  # "a schoolteacher, Ali Hassan Saleh, and his son": the name is his
            self.single_mentions.append(gm)
            claims.append(self.claim(outcome, group, gm.side, quantity("exact", 1), start, end, "en.single"))
            self.used.update(range(i, gm.last + 1))
        return claims

    def vague_groups(self, have_figures: bool) -> list[Claim]:
        """Groups named without a figure: 'including women and children', 'civilians were killed'."""
        w, claims, lex = self.words, [], self.lex
        for i in self.group_firsts:
            if i in self.used:
                continue
            g = self.group_at(i)
            if not g or g[1] == "people" and w[i] not in ("people", "entire", "whole") \
                    and not (self.deny_cues and i > 1 and w[i - 1] == "that" and w[i - 2] in REPORT_NOUNS):
                continue  # (but "claims that shepherds were killed were false": the denied report's people)
            word = w[i]
            joined = self._joined_members(i)
            if joined is not None:
                claims.append(joined)
                self.used.update(range(i, i + g[0]))
                continue
            if word != "civilian" and (word in lex.singular or self._single_noun(i) or self._singular_form(i)) or word in (
                    "members", "forces", "force", "army", "police", "officers", "leaders", "commanders", "elements",
                    "personnel", "others") and not self._predicate_of_dead(i) and not self._denied_any_own(i):
                continue  # "police said" names a speaker; "most of the dead were police officers" a group
            prev = w[i - 1] if i > 0 else ""
            prev2 = w[i - 2] if i > 1 else ""
            if prev == "any" and not self.deny_cues:
                continue  # "it was unclear whether the strike killed any civilians": no claim
            before = i - 1 if prev not in ("the", "any") else i - 2  # "denied it had killed any civilians"
            if before > 0 and self.side_at(before) and not self.outcome_starting(before) \
                    and w[before - 1] in TRANSITIVE:
                before -= 1  # "Blast kills Syrian soldiers": a nationality between the verb and its object
            bw = w[before] if before >= 0 else ""
            outcome: str | None = None
            otok: int | None = None
            rule = None
            if claims and claims[-1].vague and (t := self._among_them_after(i + g[0])) is not None:
                outcome, otok, rule = claims[-1].outcome, t, "en.vague.among-them"  # "villagers, children and elderly among them"
            # "civilian casualties / deaths / victims"
            if word == "civilian" and i + 1 < self.n and self.outcome_starting(i + 1):
                o = self.outcome_starting(i + 1)
                if w[i + 1] in ("casualties", "casualty", "deaths", "death", "victims", "dead", "harm", "losses"):
                    outcome, otok, rule = o[1], i + 1, "en.vague.civilian-noun"  # type: ignore[index]
                    if prev in ("one", "a", "single") or self.number_at(i - 1):
                        continue
                    if prev in MONITOR_VERBS:
                        continue  # "the project, which tracks civilian deaths": what a body does, not a claim
            elif rule is None and bw in ("including", "mostly", "them", "whom", "among", "and") or bw == "," and any(
                c.rule == "en.vague.list" for c in claims[-1:]
            ) or (prev2, prev) in (
                ("of", "them"), ("them", "from")
            ) or bw == "from" and w[before - 2 : before] == ["of", "them"]:
                after_predicate = bw == "and" and any(
                    c.rule == "en.vague.predicate" and c.evidence and c.evidence[0].end == self.ends[before - 1]
                    for c in claims[-1:])  # "the dead were women and children"
                cue = bw in ("including", "mostly", "them", "whom", "among", "from") or \
                    any(c.rule.startswith("en.vague.list") for c in claims[-1:]) or \
                    bw == "and" and self._trade_list_before(before) or after_predicate
                if not cue:
                    continue
                head = max((h for h in self.heads if h.last < i), key=lambda h: h.last, default=None)
                outcome = head.outcome if head is not None else None
                otok = head.outcome_tok if head is not None else None
                if after_predicate:  # the predicate's outcome, not the last figure's ("... 700 injured ... the dead
                    outcome, otok = claims[-1].outcome, None  # are women and children": killed children)
                if bw == "among" and before >= 1 and w[before - 1] in ("casualties", "deaths", "injuries", "fatalities") \
                        and self.outcome_cover.get(before - 1):
                    outcome, otok = self.outcome_cover[before - 1], before - 1  # "any casualties among civilians"
                if outcome is None:
                    outcome, otok = self._nearest_outcome(i)
                rule = "en.vague.list"
            elif bw in ("included", "include", "includes") and before >= 1 and w[before - 1] in (
                    "dead", "deceased", "victims", "killed", "wounded", "injured", "casualties", "fatalities") \
                    and self.outcome_starting(before - 1):
                outcome, otok, rule = self.outcome_cover[before - 1], before - 1, "en.vague.list"  # "the dead included women"
            if rule is None:
                # "civilians were killed", "children were among the dead"
                k, steps = i + g[0], 0
                while k < self.n and steps < 5:
                    o = self.outcome_starting(k)
                    if o and w[k] not in WEAK_OUTCOME:
                        nxt = w[k + o[0]] if k + o[0] < self.n else "."
                        active = all(x in ("had", "have", "has", "also", "reportedly", "allegedly")
                                     for x in w[i + g[0] : k])
                        if active and (w[k] in TRANSITIVE or w[k] == "harmed") and nxt not in ACTIVE_OBJECT_STOP:
                            break  # "troops (had) killed many fighters": the subject is the killer
                        if active and w[k] in TRANSITIVE and nxt == "and" and self._second_verb_object(k + o[0] + 1):
                            break  # "militants killed and displaced thousands": killers with two verbs
                        outcome, otok, rule = o[1], k, "en.vague.subject"
                        break
                    if o and w[k] in WEAK_OUTCOME and w[k] == "fell":
                        outcome, otok, rule = "killed", k, "en.vague.subject"  # "fighters who fell"
                        break
                    if w[k] not in AUX and w[k] not in ("among", "in", "also", "too"):
                        break
                    k += 1
                    steps += 1
                if rule and (prev == "of" and prev2 == "number" or prev2 == "of" and i > 2 and w[i - 3] == "number"):
                    continue  # "the number of civilians killed has risen to 20"
                if rule and (prev in ("whether", "if", "any") or prev2 == "whether"):
                    if not self.deny_cues:
                        continue
                if rule is None and bw in ("killed", "killing", "kill", "kills", "wounded", "wounding", "harmed",
                                           "injured", "injuring", "injures", "hurt"):
                    o = self.outcome_starting(before)
                    if o:
                        outcome, otok, rule = o[1], before, "en.vague.object"
                to = before - 1 if bw in VICTIM_ADJ or bw == "uninvolved" else before
                if rule is None and to > 1 and w[to] == "to" and w[to - 1] in ("harm", "injury", "casualties") \
                        and w[to - 2] == "any" and self.deny_cues:
                    outcome, otok, rule = "casualties", to - 1, "en.vague.harm-to"  # "had seen no harm to civilians"
                if rule is None and bw == "of" and before > 0 and w[before - 1] in POSSESSED_OUTCOME \
                        and self.outcome_starting(before - 1) and not self._modifier_of(before - 1):
                    outcome, otok, rule = "killed", before - 1, "en.vague.object"  # "the bodies of young men"
                if rule is None and (bw == "of" or bw in VICTIM_ADJ and before > 0 and w[before - 1] == "of") \
                        and self._condemned_killing(i + g[0], before - (bw != "of")):
                    kt = before - 1 - (bw != "of")  # "alarmed by the killing of (innocent) civilians, including children"
                    outcome, otok, rule = self.outcome_cover[kt], kt, "en.vague.object"
                # "the dead were civilians", "the victims are civilians"
                cop = prev if prev not in PREDICATE_ADJ or i < 3 else w[i - 2]  # "were displaced civilians"
                if rule is None and cop in ("were", "are", "was", "all") and i >= 2:
                    b = i - 2 - (cop != prev) if cop != "all" else i - 3 - (cop != prev)
                    while b >= 0 and w[b] in ("were", "are", "all", "was", "mostly"):
                        b -= 1
                    if b >= 0:
                        o = self.outcome_starting(b)
                        if o and w[b] in ("dead", "deceased", "victims", "killed", "wounded", "injured"):
                            outcome, otok, rule = o[1], b, "en.vague.predicate"
            if rule is None or outcome is None:
                continue
            if rule != "en.vague.list" and not self.denied(i, quantity("vague")):
                # "will review whether civilians were harmed": a question, not a claim
                clause = self.clause_of[i]
                if any(w[b] in ("whether", "if", "investigate", "investigating", "allegations")
                       and self.clause_of[b] == clause for b in range(0, i)):
                    continue
                if i + g[0] + 1 < self.n and w[i + g[0] + 1] in ("allegations", "allegation", "claims"):
                    continue
            if prev in ("no", "none", "nobody", "how") or self.number_at(i - 1) and prev not in ("of",):
                continue
            if prev == "many" and i > 1 and w[i - 2] == "how":
                continue
            group = g[1]
            side = None
            if group in ("combatants", "soldiers"):
                for b in range(max(0, i - 3), i):
                    s = self.side_at(b)
                    if s and s[1][0]:
                        side = s[1][0]
                        group = "soldiers" if s[1][1] == "state" else "combatants"
            start = min(i, otok if otok is not None and otok >= i - 4 else i)
            end = max(i + g[0] - 1, otok if otok is not None and otok <= i + 6 else i)
            claims.append(self.claim(outcome, group, side, quantity("vague"), start, end, rule))
            self.used.update(range(i, i + g[0]))
        # "may have caused additional casualties", "reports casualties"
        if not have_figures and not claims and ("casualties" in self.wordset or "victims" in self.wordset):
            for i in [i for i in self.marked if w[i] in ("casualties", "victims")]:  # (both marked)
                if i in self.used:
                    continue
                prev = w[i - 1] if i > 0 else ""
                if prev in ("no", "any", "of", "the") or (i + 1 < self.n and w[i + 1] == "of") or self._modifier_of(i) \
                        or w[max(0, i - 2) : i] == ["of", "the"]:  # "of the victims (identified)": a reference
                    continue  # ("Recovering the victims": the definite victims are those counted elsewhere)
                noun_side = self.side_at(i - 1) if i > 0 else None
                group, noun_s = "people", None
                if noun_side and noun_side[1][0]:
                    group = "soldiers" if noun_side[1][1] == "state" else "combatants"
                    noun_s = noun_side[1][0]
                claims.append(self.claim("casualties", group, noun_s, quantity("vague"), max(0, i - 1), i,
                                         "en.vague.noun"))
                self.used.add(i)
                break
        if not claims and "casualty" in self.wordset:
            for i in [i for i in range(self.n - 1) if w[i] == "casualty" and w[i + 1] in TALLY_WORDS]:
                if i in self.used or i + 1 in self.used:
                    continue
                disputed = DISPUTED.search(self.doc.text, self.ends[i + 1], self.sentence.end)
                if disputed is None:
                    continue  # "casualty figures were released on Monday": no claim
                # "said the death figures published by the agency were at odds with its records"
                c = self.claim("casualties", "people", None, quantity("vague"), i, i + 1, "en.vague.disputed")
                c.stance = "deny"
                claims.append(c)
                self.used.update((i, i + 1))
                break
        if not claims and "number" in self.wordset and ("not" in self.wordset or "inconsistent" in self.wordset
                                                        or "odds" in self.wordset):
            claims += self._disputed_number()
        return claims

    def _disputed_number(self) -> list[Claim]:
        """'the number of casualties reported by X is not consistent with our information': the
        reported tally, vague and denied."""
        w = self.words
        for i in range(self.n - 3):
            if w[i] == "number" and w[i + 1] == "of" and i + 2 not in self.used \
                    and w[i + 2] in ("casualties", "deaths", "dead", "victims", "wounded", "injured", "fatalities") \
                    and (o := self.outcome_starting(i + 2)) is not None \
                    and DISPUTED.search(self.doc.text, self.ends[i + 2], min(self.sentence.end, self.ends[i + 2] + 80)):
                c = self.claim(str(o[1]), "people", None, quantity("vague"), i, i + 2, "en.vague.disputed")
                c.stance = "deny"
                self.used.add(i + 2)
                return [c]
        return []

    def _range_to(self, m: Mention) -> bool:
        """'from 12 to 17': a second number of no unit right after the mention ('aged from 12 to
        17' is an age)."""
        w, k = self.words, m.num_last + 1
        if w[m.first - 2] in ("aged", "ages", "age") or k + 1 >= self.n or w[k] != "to":
            return False
        num = self.number_at(k + 1)
        return num is not None and (num[1] + 1 >= self.n or w[num[1] + 1] not in self.lex.unit_words)

    def _place_phrase_end(self, k: int) -> int | None:
        """The 'was' / 'were' that ends a place phrase opening at token k ('at a school beside the
        mosque was ...'), or None when a clause, figure or outcome comes first."""
        w = self.words
        for b in range(k + 1, min(self.n, k + 10)):
            if w[b] in ("was", "were"):
                return b if b > k + 1 else None
            if w[b] in (",", ";", ":", "and", "who", "which", "that", "said", "says", "told") \
                    or self.outcome_starting(b) or self.number_at(b) is not None:
                return None
        return None

    def _bodies_of_before(self, of: int) -> int | None:
        """'the bodies of two farmers, and of a man': the 'bodies' token a coordinated 'of' (token
        `of`) shares, or None."""
        w = self.words
        k = of - 1
        if k < 0 or w[k] != "and":
            return None
        k -= 1
        while k >= 1 and k > of - 10 and (w[k] in LISTY or w[k] == "," or self.group_at(k) or w[k] in ("young", "old")):
            k -= 1
        if k >= 1 and w[k] == "of" and w[k - 1] in POSSESSED_OUTCOME and self.outcome_starting(k - 1) \
                and not self._modifier_of(k - 1):
            return k - 1
        return None

    def _condemned_killing(self, after: int, of: int) -> bool:
        """'the killing of civilians, including children' / 'condemned the killing of civilians':
        the verbal noun before 'of' (token `of`) names deaths the speaker asserts, when a list
        follows the group or a condemning verb governs the noun (not 'the killing of civilians
        will turn into a recruitment tool')."""
        w = self.words
        k = of - 1
        if k < 0 or w[k] not in ("killing", "killings", "deaths", "death", "massacre") or not self.outcome_starting(k):
            return False
        if w[after : after + 2] in ([",", "including"], [",", "among"]):
            return True
        return any(x in CONDEMN for x in w[max(0, k - 4) : k])

    def _nearest_outcome(self, i: int) -> tuple[str | None, int | None]:
        best = None
        for oi, (_, o) in self.outcome_at.items():
            if self.words[oi] in WEAK_OUTCOME:
                continue
            d = abs(oi - i)
            if best is None or d < best[0]:
                best = (d, oi, o)
        return (best[2], best[1]) if best else (None, None)

    def denied_harm(self) -> bool:
        """'the militia denied attacking civilians (and said it struck ...)': the denial of an act, not of
        a casualty figure (heldout2/7 convention), so no anaphoric denial either."""
        if self.lex.deny_harm is None or not self.deny_cues or "civilians" not in self.wordset \
                and "non-combatants" not in self.wordset:
            return False
        return self.lex.deny_harm.search(self.doc.text, self.sentence.start, self.sentence.end) is not None

    def anaphoric_denial(self) -> list[Claim]:
        """'The Pentagon denies the matter': the previous claim, denied and vague."""
        if self.denied_harm():
            return []
        m = self.lex.anaphora.search(self.doc.text, self.sentence.start, self.sentence.end)
        if not m:
            return []
        prev = next((c for c in reversed(self.doc.claims) if c.lang == "en" and c.scope == "incident"), None)
        if prev is None:
            return []
        return [Claim(lang="en", outcome=prev.outcome, group=prev.group, side=prev.side, vague=True,
                      stance="deny", evidence=[Span(start=m.start(), end=m.end())], rule="en.deny.anaphora")]

    def run(self) -> list[Claim]:
        described = self.injured_described() if not self.lex.injury_with.isdisjoint(self.wordset) \
            or "lost" in self.wordset else []  # "we treated a girl with burns on her arms"
        if not self.outcome_at and described:
            return described
        if not self.outcome_at and "among" not in self.wordset and not ("harm" in self.wordset and self.deny_cues):
            if any(x.startswith(("mourn", "eulogi")) for x in self.wordset):
                return self.mourned()  # "the brigades mourned two of its fighters"
            return self.anaphoric_denial()  # no outcome word: only "X denies the matter" is left
        claims = self.zeros()
        singles = self.singles() + self.named_with_age() + self.age_singles()
        if "addition" in self.wordset and "civilian" in self.wordset:
            singles += self.added_civilian()
        figures = self.figures()
        claims += figures + singles + described
        if ":" in self.words and figures:
            claims += self.breakdown(figures)
        claims += self.vague_groups(bool(figures) or bool(claims))
        if "any" in self.wordset and self.deny_cues:
            claims += self.denied_any(claims)
        claims += self.vague_others(claims)
        claims += self.couples()
        if not claims and self.n > 2 and self.words[0] in HEADLINE_VAGUE:
            claims = self.headline_vague()
        if not claims:
            claims = self.headline_pair()
        if not claims and not self.outcome_at:
            claims = self.anaphoric_denial()
        if claims:
            claims = self._one_of_apposition([c for c in claims if not self._double_counted(c)])
            claims += self.superseded(claims) + self.many_more(claims)
            self._state_affiliated(claims)
            if "among" in self.words:
                self.among_force(claims)
            if "ranks" in self.wordset:
                self.in_ranks(claims)
        claims += self.identified_single() + self.mourned()
        if "both" in self.wordset and not claims:
            claims += self.both_of_them()
        if claims:
            claims += self.another(sorted(claims, key=lambda c: c.evidence[0].start if c.evidence else 0))
            claims = [c for c in claims if not self.unmentioned(c)]
            claims = self.split_joints([c for c in claims if not self._inside_figure(c, claims)])
            claims = _one_vague_each(sorted(claims, key=lambda c: c.evidence[0].start if c.evidence else 0))
            if "and" in self.wordset and len(claims) > 1:
                self._coordinated_vague(claims)
            if any(c.scope == "background" for c in claims):
                self._while_background(claims)
            elif self.background_cues and self._perfect_tally():
                for c in claims:  # "Hundreds, among them fighters, have been killed since then, while
                    if c.vague:   # dozens of soldiers have died": a tally over time, no incident figure
                        c.scope = "background"
        claims = amend(self, claims)  # second readings gated on their cue words (claims_amend.py)
        return sorted(claims, key=lambda c: c.evidence[0].start if c.evidence else 0)

    def denied_any(self, claims: list[Claim]) -> list[Claim]:
        """'denied any injuries among the crew', 'their denial of any deaths': a vague claim, denied
        (SCHEMA: a denial rejects a claim; it states no zero)."""
        w, out = self.words, []
        for i in [i for i in range(1, self.n - 1) if w[i] == "any"]:
            if not (w[i - 1] in ("denied", "denies", "deny", "denying")
                    or i > 1 and w[i - 1] == "of" and w[i - 2] in ("denial", "denials")):
                continue
            o = self.outcome_starting(i + 1)
            if o is None or w[i + 1] not in ("injuries", "casualties", "deaths", "victims", "fatalities", "losses") \
                    or i + 1 in self.used:
                continue
            end = i + 1 + o[0]  # the token after the outcome noun
            group, side, last = "people", None, end - 1
            if end < self.n and w[end] == "among":
                k = end + 1
                while k < self.n and w[k] in DETERMINERS:
                    k += 1
                s = self.side_at(k)
                g = self.group_at(k + (s[0] if s else 0))
                if g is not None:
                    group, last = g[1], k + (s[0] if s else 0) + g[0] - 1
                    if group in ("soldiers", "combatants") and s and s[1][0]:
                        side = s[1][0]
            if any(c.vague and c.outcome == o[1] and c.group == group for c in claims):
                continue
            out.append(self.claim(o[1], group, side, quantity("vague"), i - 1 if w[i - 1] != "of" else i - 2, last,
                                  "en.vague.denied-any"))
            self.used.update(range(i, last + 1))
        return out

    def injured_described(self) -> list[Claim]:
        """'a seven-year-old girl with burns on her arms', 'a man who lost both feet': a single
        person (article, then a single-person noun) described by an injury, in a sentence with no
        outcome word: one wounded person of the noun's group."""
        w, claims = self.words, []
        for k in range(2, self.n - 3):
            if w[k] == "with" and w[k + 1] in self.lex.injury_with and w[k + 2] in ("in", "to", "lodged", "embedded"):
                end = k + 1  # "with shrapnel in his chest" (not "with shrapnel experience")
            elif w[k] == "who" and "lost" in w[k + 1 : k + 3]:
                x = w.index("lost", k + 1)
                if x + 2 >= self.n or w[x + 1] not in ("his", "her", "a", "an", "both") or w[x + 2] not in self.lex.lost_parts:
                    continue
                end = x + 2
            else:
                continue
            g = self.group_at(k - 1)
            art = next((b for b in range(k - 2, max(-1, k - 9), -1) if w[b] in ("a", "an")), None)
            if g is None or g[0] != 1 or w[k - 1] not in self.lex.singular or art is None:
                continue
            age = self.age_in(art, k - 1)
            group = "children" if age is not None and age < 18 else g[1]
            claims.append(self.claim("injured", group, None, Quantity(1, 1), art, end, "en.single.injury"))
        return claims

    def both_of_them(self) -> list[Claim]:
        """'I carried two little girls out. Both of them were dead': a pair counted just before (in this
        sentence or the one before) whose fate 'both (of them)' then tells: a claim of two of its group."""
        w = self.words
        k = w.index("both")
        j = k + 3 if w[k + 1 : k + 3] == ["of", "them"] else k + 1
        while j < self.n and w[j] in AUX:
            j += 1
        o = self.outcome_starting(j) if j < self.n else None
        if o is None or o[1] == "casualties" or j == k + 1:
            return []
        before = self.doc.text[max(0, self.sentence.start - 250) : self.starts[k]]
        pair = None
        for m in TWO_OF.finditer(before):
            for word in m.group(1).lower().split():
                g = self.lex.groups.match([word], 0)
                if g is not None:
                    pair = str(g[1]) if g[1] not in ("soldiers", "combatants") else None
                    break
        if pair is None or any(c.min == 2 and c.group == pair and c.outcome == o[1] for c in self.doc.claims):
            return []  # (not "Two men were wounded. Both were wounded in the legs": counted already)
        return [self.claim(o[1], pair, None, Quantity(2, 2), k, j + o[0] - 1, "en.figure.both")]

    def headline_vague(self) -> list[Claim]:
        """'Several killed in strike on X', 'Dozens wounded as ...': a headline's bare vague count."""
        o = self.outcome_starting(1)
        if o is None or self.words[1] not in TRANSITIVE | {"dead", "hurt"} or not self.doc.text[self.starts[0]].isupper():
            return []
        return [self.claim(o[1], "people", None, quantity("vague"), 0, o[0], "en.vague.headline")]

    def _first_conjunct(self, b: int, g: tuple[int, str]) -> tuple[int, tuple[int, str]]:
        """The first force noun of 'army soldiers and Islamist militias' (the head of the pair), given
        the last one at b; (b, g) unchanged when no force noun is joined before it by 'and'."""
        w, k = self.words, b - 1
        while k > 0 and b - k <= 2 and w[k] != "and" and (self.side_at(k) or w[k] not in FUNCTION and w[k][:1].isalpha()):
            k -= 1
        if k <= 0 or w[k] != "and":
            return b, g
        for j in range(k - 1, max(-1, k - 3), -1):
            gj = self.group_at(j)
            if gj and gj[1] in ("soldiers", "combatants") and j + gj[0] == k:
                return j, gj
        return b, g

    def _trade_list_before(self, end: int) -> bool:
        """'among them street vendors and': a list of people by trade (no claim of their own) opened
        by 'including' / 'among them' right before token `end`."""
        w, k = self.words, end - 1
        while k >= 0 and end - k <= 4 and w[k] not in ("including", "them") and w[k] not in FUNCTION \
                and w[k][:1].isalpha():
            k -= 1
        return k < end - 1 and k >= 0 and w[k] in ("including", "them") \
            and any(w[x] in self.lex.status_nouns for x in range(k + 1, end))

    def _coordinated_vague(self, claims: list[Claim]) -> None:
        """'killed over 15 villagers and injured scores': a vague object of the second verb takes
        the group of the first verb's figure (SCHEMA: a group word governs coordinated outcomes)."""
        text = self.doc.text
        for prev, c in zip(claims, claims[1:], strict=False):
            if not c.vague or c.group != "people" or prev.group == "people" or prev.outcome == c.outcome \
                    or not c.evidence or not prev.evidence or prev.stance != c.stance:
                continue
            gap = text[prev.evidence[0].end : c.evidence[0].start]
            if COORD_GAP.fullmatch(gap) and text[c.evidence[0].start : c.evidence[0].end].split(" ")[0].lower() in TRANSITIVE:
                c.group, c.side = prev.group, prev.side

    def _perfect_tally(self) -> bool:
        """Every outcome word of the sentence is a present or past perfect ('have been killed',
        'has died'): the tense of a tally over time."""
        w = self.words
        outs = [i for i in self.outcome_at if w[i] in TRANSITIVE or w[i] in DEATH_VERBS]
        return bool(outs) and all(any(x in ("have", "has", "had") for x in w[max(0, i - 3) : i]) for i in outs)

    def _while_background(self, claims: list[Claim]) -> None:
        """'Hundreds have been killed since the war began, while dozens of soldiers have died': a vague
        figure in a while-clause after a background figure is background too (a tally, no incident)."""
        text = self.doc.text
        for c in claims:
            if c.scope != "background" or not c.evidence:
                continue
            for o in claims:
                if o.scope == "background" or not o.vague or not o.evidence:
                    continue
                if c.evidence[0].start <= o.evidence[0].start and o.evidence[0].end <= c.evidence[0].end:
                    o.scope = "background"  # "Hundreds, among them fighters, have been killed since ..."
                    continue
                if SUBSET_TAIL.match(text, c.evidence[0].end, max(c.evidence[0].end, o.evidence[0].end)):
                    o.scope = "background"  # "... a total of 25,000 dead, including many women": the total's subsets
                    continue
                if o.evidence[0].start <= c.evidence[0].end:
                    continue
                if re.search(r"\b(?:while|whereas)\b", text[c.evidence[0].end : o.evidence[0].start]):
                    o.scope = "background"
                elif ALSO_AFTER_AND.search(text, c.evidence[0].end, o.evidence[0].start):
                    o.scope = "background"  # "... that killed dozens in 2024, and raids in which jets have also killed civilians"

    def added_civilian(self) -> list[Claim]:
        """'killing three gunmen in addition to the man at the wheel, who is a civilian': the
        person added after the named victims is one civilian."""
        w, out = self.words, []
        for j in range(1, self.n - 4):
            if w[j : j + 3] != ["in", "addition", "to"] or w[j + 3] != "the" or not self._single_noun(j + 4):
                continue
            k = j + 5
            while k < self.n and k < j + 10 and w[k] != ",":
                k += 1
            if w[k : k + 5] not in ([",", "who", "is", "a", "civilian"], [",", "who", "was", "a", "civilian"]):
                continue
            outcome, otok = self._verb_over_named(j - 1)
            if outcome is not None and otok is not None:
                out.append(self.claim(outcome, "civilians", None, quantity("exact", 1), j + 3, k + 4, "en.single.added"))
                self.used.update(range(j + 3, k + 5))
        return out

    def headline_pair(self) -> list[Claim]:
        """'Martyrs and wounded as a drone hits ...' (a headline, perhaps after 'Outlet:'):
        two outcome nouns with no figure, each a vague claim."""
        w = self.words
        k = w.index(":") + 1 if ":" in w[:6] else 0
        if k + 3 >= self.n or w[k + 1] != "and" or w[k + 3] not in ("in", "after", "as", "from"):
            return []
        if w[k] not in HEADLINE_OUTCOMES or w[k + 2] not in HEADLINE_OUTCOMES:
            return []
        out: list[Claim] = []
        for t in (k, k + 2):
            o = self.outcome_starting(t)
            if o and (not out or o[1] != out[0].outcome):
                out.append(self.claim(o[1], "people", None, quantity("vague"), t, t, "en.vague.headline-pair"))
        return out

    def in_ranks(self, claims: list[Claim]) -> None:
        """'dozens of dead in their ranks', 'no injuries in the ranks of the forces': people placed
        in a force's ranks are that force's (the force named after 'of', or the last one before)."""
        text = self.doc.text
        for c in claims:
            if c.group != "people" or not c.evidence:
                continue
            hit = IN_RANKS.match(text, c.evidence[0].end, self.sentence.end)
            if hit is None:
                continue
            tok = next((k for k, st in enumerate(self.starts) if st >= c.evidence[0].start), 0)
            after = next((k for k, st in enumerate(self.starts) if st >= hit.end()), self.n)
            cands = range(after, min(self.n, after + 4)) if hit.group(1) else range(tok - 1, -1, -1)
            for k in cands:
                g, sd = self.group_at(k), self.side_at(k)
                kind = g[1] if g and g[1] in ("soldiers", "combatants") else \
                    ("soldiers" if sd[1][1] == "state" else "combatants") if sd and sd[1][0] else None
                if kind is None:
                    continue
                side = str(sd[1][0]) if sd and sd[1][0] else self.context_side(kind, k)
                c.group, c.side = kind, side  # type: ignore[assignment]
                break

    def among_force(self, claims: list[Claim]) -> None:
        """'six martyrs and injured among our brothers in the police': a figure of people placed among a
        state force's members is that force's soldiers."""
        among_force, text = _plain(AMONG_FORCE, self.doc.text)
        for c in claims:
            if c.group != "people" or not c.evidence:
                continue
            hit = among_force.match(text, c.evidence[0].end, self.sentence.end)
            if hit is None:
                continue
            tok = next((k for k, st in enumerate(self.starts) if st >= c.evidence[0].start), 0)
            c.group, c.side = "soldiers", self.context_side("soldiers", tok)

    def breakdown(self, claims: list[Claim]) -> list[Claim]:
        """'The toll now stands at four: a captain and three policemen': a list after the colon that
        closes a toll, adding up to it, gives a claim per item with the toll's outcome; a toll with
        no group takes the group all the items share."""
        w, out = self.words, []
        for c in (i for i, x in enumerate(w) if x == ":"):
            head = next((h for h in self.heads if h.last == c - 1 and h.outcome and not h.qty.vague), None)
            if head is None or head.qty.min is None or head.outcome is None:
                continue
            items: list[tuple[int, str, int, int]] = []
            k = c + 1
            while k < self.n:
                if w[k] in ("a", "an"):
                    n, j = 1, k + 1
                else:
                    num = self.number_at(k)
                    if num is None:
                        break
                    n, j = num[0], num[1] + 1
                g = self.group_at(j)
                if g is None:
                    break
                items.append((n, g[1], k, j + g[0] - 1))
                k = j + g[0]
                while k < self.n and w[k] not in ("and", ",", ".", ";") and k < j + g[0] + 4:
                    k += 1  # "five soldiers of various ranks"
                if k < self.n and w[k] == ",":
                    k += 1
                if k < self.n and w[k] == "and":
                    k += 1
            if len(items) < 2 or sum(n for n, *_ in items) != head.qty.min:
                continue
            for n, grp, a, b in items:
                out.append(self.claim(head.outcome, grp, None, quantity("exact", n), a, b, "en.breakdown"))
                self.used.update(range(a, b + 1))
            groups = {g for _, g, *_ in items}
            if len(groups) == 1 and head.group in (None, "people"):
                span = self.starts[head.first]
                for cl in claims:
                    if cl.group == "people" and cl.min == head.qty.min and cl.evidence \
                            and cl.evidence[0].start <= span < cl.evidence[0].end:
                        cl.group, cl.side = out[-1].group, out[-1].side
        return out

    def _one_of_apposition(self, claims: list[Claim]) -> list[Claim]:
        """'one of the wounded, a 45-year-old woman,': the figure takes the apposition's group,
        and the apposition is not counted again."""
        w = self.words
        drop: set[int] = set()
        for c in claims:
            if c.rule != "en.figure" or c.min != 1 or c.max != 1 or c.group != "people" or not c.evidence:
                continue
            i = next((t for t in range(self.n) if self.starts[t] == c.evidence[0].start), None)
            if i is None or w[i] != "one" or w[i + 1 : i + 3] != ["of", "the"] or i + 6 >= self.n \
                    or not self.outcome_starting(i + 3) or w[i + 4] != "," or w[i + 5] not in ("a", "an"):
                continue
            k = next((k for k in range(i + 6, min(self.n, i + 11)) if self._single_noun(k)), None)
            if k is None or any(w[t] in FUNCTION and w[t] != "-" for t in range(i + 6, k)):
                continue
            g = self.group_at(k)
            if not g:
                continue
            c.group = "children" if g[1] == "people" and self._minor_age(i + 5, k) else g[1]  # type: ignore[assignment]
            c.evidence = [Span(start=self.starts[i], end=self.ends[k + g[0] - 1])]
            lo, hi = self.starts[i + 5], self.ends[k + g[0] - 1]
            drop.update(id(o) for o in claims if o is not c and o.evidence and o.rule.startswith("en.single")
                        and lo <= o.evidence[0].start <= hi)
        return [c for c in claims if id(c) not in drop]

    def _state_affiliated(self, claims: list[Claim]) -> None:
        """'gunmen from a tribal faction linked to Iraq's interior ministry': a force
        attached to a state is `soldiers` of that state (SCHEMA)."""
        w = self.words
        if AFFILIATION.isdisjoint(self.wordset):
            return
        for c in claims:
            if c.group != "combatants" or not c.evidence:
                continue
            end = next((t for t in range(self.n) if self.ends[t] >= c.evidence[0].end), None)
            if end is None:
                continue
            for k in range(end + 1, min(self.n - 1, end + 10)):
                if w[k] in (";", ".") or w[k] == "," and k > end + 1:
                    break
                if (w[k], w[k + 1]) not in (("affiliated", "with"), ("attached", "to"), ("belonging", "to"),
                                            ("linked", "to")):
                    continue
                for b in range(k + 2, min(self.n, k + 5)):
                    sd = self.side_at(b)
                    if sd and sd[1][0] and sd[1][1] == "state" and any(
                            x in ("army", "military", "intelligence", "security", "police", "forces", "government")
                            for x in self.possessed_or_words(b, b + sd[0] + 3)):
                        c.group, c.side = "soldiers", str(sd[1][0])
                        break
                break

    def possessed_or_words(self, lo: int, hi: int) -> list[str]:
        return (self.possessed or self.words)[lo : min(hi, self.n)]

    def many_more(self, claims: list[Claim]) -> list[Claim]:
        """'eight children were killed and many more injured': a vague count of the same group."""
        w = self.words
        out: list[Claim] = []
        if "more" not in self.wordset:
            return out
        for i in [j - 1 for j in self.marked if w[j] == "more" and 2 <= j < self.n - 1]:  # ("more", marked, at i + 1)
            if w[i - 1] != "and" or w[i] not in VAGUE_MORE or i in self.used:
                continue
            o = self.outcome_starting(i + 2)
            prior = [c for c in claims if c.evidence and c.evidence[0].end <= self.starts[i]]
            if not o or not prior or prior[-1].outcome == o[1]:
                continue
            ref = prior[-1]
            out.append(self.claim(o[1], ref.group, ref.side, quantity("vague"), i, i + 1 + o[0], "en.vague.more"))
            self.used.update(range(i, i + 2 + o[0]))
        return out

    def mourned(self) -> list[Claim]:
        """'the brigades mourned one of its fighters': an armed group announcing its own dead."""
        w = self.words
        out: list[Claim] = []
        if MOURN_VERBS.isdisjoint(self.wordset):
            return out
        for i in range(self.n - 4):
            if w[i] not in MOURN_VERBS or i + 1 in self.used:
                continue
            num = self.number_at(i + 1)
            if num is None or w[num[1] + 1 : num[1] + 3] not in (["of", "its"], ["of", "their"]):
                continue
            k = num[1] + 3
            g = self.group_at(k)
            if not g or g[1] not in ("combatants", "soldiers"):
                continue
            m = Mention(i + 1, k + g[0] - 1, quantity("exact", num[0]), i + 1, group=g[1], group_tok=k)
            side = self.nonstate_before(i) if g[1] == "combatants" else None
            c = self.claim("killed", g[1], side, m.qty, i, k + g[0] - 1, "en.mourned")
            out.append(c)
            self.used.update(range(i, k + g[0]))
        return out

    def identified_single(self) -> list[Claim]:
        """'identified the slain child as ...': one person of that group, named."""
        w = self.words
        out: list[Claim] = []
        if "identified" not in self.wordset and "named" not in self.wordset:
            return out
        for i in range(self.n - 4):
            if w[i] not in ("identified", "named") or w[i + 1] != "the" or i + 2 in self.used:
                continue
            o = self.outcome_starting(i + 2)
            if not o or w[i + 2] not in ("slain", "dead", "killed", "wounded", "injured"):
                continue
            k = i + 2 + o[0]
            g = self.group_at(k)
            if not g or not self._single_noun(k) or w[k + g[0] : k + g[0] + 1] != ["as"]:
                continue
            out.append(self.claim(o[1], g[1], None, quantity("exact", 1), i, k + g[0] - 1, "en.single.identified"))
            self.used.update(range(i, k + g[0]))
        return out

    def _double_counted(self, claim: Claim) -> bool:
        """'had counted two bodies twice': a counting error, not a claim of its own."""
        if claim.vague or not claim.evidence or not claim.rule.startswith("en.figure"):
            return False
        ev, text = claim.evidence[0], self.doc.text
        if not text[ev.end : ev.end + 7].lower().startswith(" twice"):
            return False
        before = text[max(self.sentence.start, ev.start - 12) : ev.start].lower().split()
        return bool(before) and before[-1] in (
            "counted", "counting", "double-counted", "recorded", "registered", "listed")

    def superseded(self, claims: list[Claim]) -> list[Claim]:
        """'20 had died, correcting an earlier figure of 22': the figure given up, denied, with the
        outcome and group of the corrected claim before it (SCHEMA: a retracted figure is denied)."""
        w = self.words
        out: list[Claim] = []
        if EARLIER.isdisjoint(self.wordset):
            return out
        for i in range(self.n - 4):
            if not (w[i] in ("an", "the", "a", "its", "his", "her", "their", "our")
                    and w[i + 1] in EARLIER
                    and w[i + 2] in ("figure", "toll", "count", "tally", "estimate", "number") and w[i + 3] == "of"):
                continue
            num = self.number_at(i + 4)
            if num is None or i + 4 in self.used:
                continue
            if not (i > 0 and w[i - 1] == "from" or any(
                    w[b].startswith(("correct", "revis", "amend", "updat", "adjust")) for b in range(max(0, i - 8), i))):
                continue
            prior = [c for c in claims if not c.vague and c.evidence and c.evidence[0].end <= self.starts[i]]
            if not prior:
                continue
            ref = prior[-1]
            c = self.claim(ref.outcome, ref.group, ref.side, quantity("exact", num[0]), i + 1, num[1], "en.superseded")
            c.stance = "deny"
            out.append(c)
            self.used.update(range(i, num[1] + 1))
        return out

    @staticmethod
    def _inside_figure(claim: Claim, claims: list[Claim]) -> bool:
        """A vague claim read inside a figure's own evidence ('nine members of the security
        forces were killed': not also 'security forces were killed')."""
        if not claim.vague or not claim.evidence or not claim.rule.startswith("en.vague.subject"):
            return False
        ev = claim.evidence[0]
        return any(not c.vague and c.outcome == claim.outcome and c.evidence and c.evidence[0].start < ev.start
                   and ev.end <= c.evidence[0].end for c in claims)

    def couples(self) -> list[Claim]:
        """'killed a couple and their four children', 'an elderly couple were wounded': two
        people ('a couple of' is a vague few, left to the quantity rules)."""
        w = self.words
        out: list[Claim] = []
        if "couple" not in self.wordset:
            return out
        for i in [i for i in self.marked if w[i] == "couple"]:  # ("couple" is marked)
            if i in self.used or w[i + 1 : i + 2] == ["of"]:
                continue
            a = i - 1
            while a >= 0 and w[a] in ("elderly", "young", "married", "old", "palestinian", "newly-wed", "newlywed"):
                a -= 1
            if a < 0 or w[a] not in ("a", "an", "the"):
                continue
            otok = None
            if a > 0 and w[a - 1] in TRANSITIVE and self.outcome_starting(a - 1):
                otok = a - 1  # "killed a couple"
            else:
                k = i + 1
                while k < self.n and (w[k] in AUX or w[k] in MANNER or w[k] in ("also", "both")):
                    k += 1
                if k > i + 1 and k < self.n and self.outcome_starting(k) and w[k] not in WEAK_OUTCOME:
                    otok = k  # "an elderly couple were wounded"
            if otok is None:
                continue
            outcome = str(self.outcome_cover.get(otok) or self.outcome_starting(otok)[1])  # type: ignore[index]
            out.append(self.claim(outcome, "people", None, quantity("exact", 2), min(a, otok), max(i, otok),
                                  "en.single.couple"))
            self.used.add(i)
        return out

    def vague_others(self, claims: list[Claim]) -> list[Claim]:
        """'killed a policeman and wounded others', 'the death of a soldier and the injury of
        others': unnumbered others, a vague claim in the group of the claim before them."""
        w = self.words
        out: list[Claim] = []
        if "others" not in self.wordset or not claims:
            return out
        for i in [i for i in self.marked if w[i] == "others"]:  # ("others" is marked)
            if i == 0 or i in self.used or w[i - 1] in self.starters \
                    or w[i - 1][:1].isdigit() or w[i - 1] in ("the", "many", "several", "some", "and", ","):
                continue
            otok = None
            if w[i - 1] == "of" and i > 1 and self.outcome_starting(i - 2):
                otok = i - 2  # "the injury of others"
            elif (w[i - 1],) in self.lex.governing and self.outcome_starting(i - 1):
                otok = i - 1  # "wounded others", "injuring others"
            if otok is None or w[otok] in WEAK_OUTCOME:
                continue
            outcome = str(self.outcome_cover.get(otok) or self.outcome_starting(otok)[1])  # type: ignore[index]
            before = [c for c in claims if c.evidence and c.evidence[0].end <= self.starts[otok]
                      and not c.vague and c.outcome != outcome]
            if outcome == "casualties" or not before:
                continue
            ref = max(before, key=lambda c: c.evidence[0].end)
            out.append(self.claim(outcome, ref.group, ref.side, quantity("vague"), otok, i, "en.vague.others"))
            self.used.add(i)
        return out

    def split_joints(self, claims: list[Claim]) -> list[Claim]:
        """`split_joint` over a sentence's claims; a list after a split claim ('killed and
        injured dozens, most of them civilians') splits too; 'a number of martyrs and wounded'
        adds the wounded."""
        out: list[Claim] = []
        split = False
        text = self.doc.text
        for c in sorted(claims, key=lambda c: c.evidence[0].start if c.evidence else 0):
            parts = self.split_joint(c)
            if len(parts) == 1 and split and c.outcome == "casualties" and c.vague and c.rule == "en.vague.list":
                parts = [c.model_copy(update={"outcome": "killed"}), c.model_copy(update={"outcome": "injured"})]
            split = split or len(parts) == 2
            out += parts
            if c.outcome == "killed" and c.vague and c.evidence and len(parts) == 1:
                end = c.evidence[0].end
                and_wounded, plain = _plain(AND_WOUNDED, text)
                hit = and_wounded.match(plain, end, self.sentence.end)
                if hit and not any(o.outcome == "injured" and o.evidence and o.evidence[0].start <= hit.end()
                                   and o.evidence[0].end >= hit.start() for o in claims):
                    out.append(c.model_copy(update={"outcome": "injured",
                                                    "evidence": [Span(start=c.evidence[0].start, end=hit.end())]}))
        return out

    def split_joint(self, claim: Claim) -> list[Claim]:
        """'dozens were killed and wounded', 'killed and injured a number of students': a vague
        quantity of dead and of wounded is a vague claim of each; a figure over both outcomes
        ('30 killed and wounded') or 'killed or wounded' stays one casualties claim."""
        if claim.outcome != "casualties" or not claim.vague or not claim.evidence:
            return [claim]
        ev = claim.evidence[0]
        lo = max(self.sentence.start, ev.start - 30)
        joint_and, text = _plain(JOINT_AND, self.doc.text)
        hit = next((h for h in joint_and.finditer(text, lo, min(self.sentence.end, ev.end + 40))
                    if h.start() <= ev.end and h.end() >= ev.start), None)
        if hit is None:
            return [claim]
        return [claim.model_copy(update={"outcome": "killed"}), claim.model_copy(update={"outcome": "injured"})]

    def unmentioned(self, claim: Claim) -> bool:
        """'made no mention of civilian deaths', 'did not mention casualties': a figure said
        not to be given is no claim."""
        if self._unmentionable is None:
            text, lo, hi = self.doc.text, self.sentence.start, self.sentence.end
            self._unmentionable = text.find("mention", lo, hi) >= 0 or text.find("refer", lo, hi) >= 0 \
                or text.find("comment", lo, hi) >= 0 or text.find("word ", lo, hi) >= 0 \
                or text.find(" no ", lo, hi) >= 0 or text.find("address", lo, hi) >= 0 or text.find("nothing", lo, hi) >= 0 \
                or text.find("silent", lo, hi) >= 0
        text, lo = self.doc.text, self.sentence.start
        hi = claim.evidence[0].end
        if not self._unmentionable and hi <= self.sentence.end:
            return False  # none of the gate's words in the whole sentence
        piece = text[lo:hi]
        if "mention" not in piece and "reference" not in piece and "word " not in piece and "nothing" not in piece \
                and "silent" not in piece and "refer" not in piece and "comment" not in piece and " no " not in piece \
                and "address" not in piece:
            return False
        not_mentioned, plain = _plain(NOT_MENTIONED, text)
        return any(not BEFORE_BREAK.search(text, m.end(), hi) and (claim.vague or not VAGUE_ONLY.search(text, m.start(), m.end()))
                   for m in not_mentioned.finditer(plain, max(lo, claim.evidence[0].start - 80), hi))

    def answers(self, question: tuple[str, str, str | None]) -> list[Claim]:
        """Bare figures answering a recent 'how many civilians died?' question."""
        outcome, group, side = question
        claims = []
        for m in self.find_mentions():
            if m.qty.vague or self.is_distractor(m):
                continue
            self.scan_group(m)
            if m.group == "__noun__" or m.group not in (None, group):
                continue
            claims.append(self.claim(outcome, group, side, m.qty, m.first, m.last, "en.answer"))
        return claims


HOW_MANY_WINDOW = 600


def _sides(lex: Lexicon, w: list[str], starts: list[int], text: str, lo: int, hi: int,
           kind: str) -> list[tuple[int, str]]:
    """(token, side) of every force or nationality of `kind` between tokens lo and hi (not
    'us' the pronoun, nor one that only qualifies a figure or an account)."""
    out: list[tuple[int, str]] = []
    first, after = lex.sides.lengths, lo  # after: the first token past the last side read
    top = min(hi, len(w))
    found = compress(range(lo, top), map(first.__contains__, w[lo:top])) if 0 <= lo \
        else [b for b in range(lo, top) if w[b] in first]
    for b in found:
        if b < after:
            continue
        m = lex.sides.match(w, b)
        if m is None:
            continue
        found_side: Any = m[1]
        name, k = found_side
        nxt = w[b + m[0]] if b + m[0] < len(w) else ""
        if name and k == kind and not (w[b] == "us" and text[starts[b]] == "u") \
                and not (w[b] == "is" and m[0] == 1 and not text[starts[b] + 1].isupper()) \
                and nxt not in TALLY_NOUNS and nxt not in REPORT_NOUNS and nxt not in ATTACK_NOUNS \
                and nxt not in FACILITY_NOUNS:  # "the Saudi Hospital": a facility's name, not a force
            out.append((b, str(name)))
        after = b + m[0]
    return out


_ARTICLE_NEXT: dict[int, frozenset[str]] = {}


def _article_next(lex: Lexicon) -> frozenset[str]:
    """Words after 'a' / 'an' that make a quantity ('a dozen', 'a number of', 'an estimated')."""
    words = _ARTICLE_NEXT.get(id(lex))
    if words is None:
        found = {"dozen", "hundred", "thousand"}
        for table in (lex.qualifiers, lex.vague):
            for art in ("a", "an"):
                found |= table.seconds.get(art, frozenset())
        words = _ARTICLE_NEXT[id(lex)] = frozenset(found)
    return words


_ENTRY: dict[int, frozenset[str]] = {}


_GOVERNING_LAST: dict[int, frozenset[str]] = {}


def _governing_last(lex: Lexicon) -> frozenset[str]:
    """The last words of the governing outcome phrases ('toll' of 'death toll')."""
    words = _GOVERNING_LAST.get(id(lex))
    if words is None:
        words = _GOVERNING_LAST[id(lex)] = frozenset(phrase[-1] for phrase in lex.governing)
    return words


def _one_vague_each(claims: list[Claim]) -> list[Claim]:
    """One sentence says a vague thing once: 'accounts of civilian deaths ... no sign
    civilians were hurt' is one vague denial, not two."""
    seen: set[tuple] = set()
    out = []
    for c in claims:
        key = (c.outcome, c.group, c.side, c.stance, c.scope)
        if c.vague and key in seen:
            continue
        if c.vague:
            seen.add(key)
        out.append(c)
    return out


_SINGLE_KEYS: dict[int, frozenset[str]] = {}


PRO_STATE = frozenset({"paramilitary", "pro-government", "government-allied", "allied", "auxiliary"})


def _single_keys(lex: Lexicon) -> frozenset[str]:
    """The words a single-person noun can start with: `_single_noun(k)` needs words[k] in
    lex.singular, or the group phrase at k in it (so its first word is one of these)."""
    keys = _SINGLE_KEYS.get(id(lex))
    if keys is None:
        keys = _SINGLE_KEYS[id(lex)] = lex.singular | frozenset(p.split()[0] for p in lex.singular if " " in p)
    return keys


def _single_entry(lex: Lexicon) -> frozenset[str]:
    """Words a single-person mention can start with ('a', 'his', 'girl', ...)."""
    entry = _ENTRY.get(id(lex))
    if entry is None:
        entry = _ENTRY[id(lex)] = SINGLE_STARTERS | lex.singular
    return entry


_CLAIMED_ATTACK = re.compile(r"\bclaim(?:ed|s)? (?:responsibility for )?(?:the|this|that) (?:attack|bombing|ambush|"
                             r"assault|blast|raid)\b|\bclaim(?:ed|s)? responsibility\b", re.IGNORECASE)


@text_cache(64)
def _sentence_sides(text: str, start: int, end: int, kind: str) -> tuple[str, ...]:
    """The sides of `kind` the context sentence text[start:end] names, in order (cached: a
    headline serves every sentence of its report)."""
    words, starts, _ = token_arrays(text, start, end, QUOTES)
    return tuple(name for _, name in _sides(lexicon(), words, starts, text, 0, len(words), kind))


def document_country(doc: Document) -> str | None:
    """The country most mentioned by the document's places (None when none is known). A place
    that only opens a longer name ("Madina" in "Madina Hospital") says nothing of the country; a place that is itself a state ("Somalia") counts as its own country."""
    weight: dict[str, int] = {}
    named: set[str] = set()
    states = _state_names()
    ends: dict[int, int] = {}  # the end of the longest name starting at each offset
    for e in doc.entities:
        for m in e.mentions:
            if m.span.end > ends.get(m.span.start, 0):
                ends[m.span.start] = m.span.end
    for e in doc.entities:
        country = e.country or (e.canonical if e.type == "place" and e.canonical in states else None)
        if e.type != "place" or not country:
            continue
        own = [m for m in e.mentions if ends[m.span.start] <= m.span.end]
        if own or not e.mentions:
            weight[country] = weight.get(country, 0) + max(1, len(own))
            if e.canonical == country:
                named.add(country)  # a tie goes to the state named itself
    return max(weight, key=lambda c: (weight[c], c in named)) if weight else None


@cache
def _state_names() -> frozenset[str]:
    """The canonical names of the states the sides lexicon knows ("Somalia", "Iraq")."""
    table: dict[tuple[str, ...], Any] = lexicon().sides.table  # type: ignore[assignment]
    return frozenset(str(v[0]) for v in table.values() if v[0] and v[1] == "state")


@text_cache(32)
def _asks_how_many(text: str) -> bool:
    """Can pending_question find a question in this report? (False: its first test fails everywhere.)"""
    return "ow many" in text or "OW MANY" in text


def pending_question(doc: Document, sentence: Sentence, lex: Lexicon) -> tuple[str, str, str | None] | None:
    """(outcome, group, side) of a 'how many ... died?' question just before this sentence."""
    lo = max(0, sentence.start - HOW_MANY_WINDOW)
    if doc.text.find("ow many", lo, sentence.start) < 0 and doc.text.find("OW MANY", lo, sentence.start) < 0:
        return None
    window = doc.text[lo : sentence.start]
    at = window.lower().rfind("how many")
    if at < 0:
        return None
    end = window.find("?", at)
    if end < 0 or "?" in window[end + 1 :] or "Q:" in window[end:]:
        return None
    words = [t.low for t in tokenize(window, at, end)]
    outcome = next((str(o[1]) for i in range(len(words)) if (o := lex.outcomes.match(words, i))
                    and words[i] not in WEAK_OUTCOME), None)
    if outcome is None:
        return None
    group = "people"
    side: str | None = None
    for i in range(2, min(len(words), 6)):
        g = lex.groups.match(words, i)
        if g:
            group = str(g[1])
            break
    return outcome, group, side


RETRACTION_HINTS = ("longer", "accura", "correct", "wrong", "false", "mistak", "error", "overstat", "exaggerat",
                    "retract", "withdr")
_RETRACTION_HINT = re.compile(rare_char_pattern(RETRACTION_HINTS, CHAR_FREQUENCY))  # (a gate: may read before lo)


def retracts(doc: Document, sentence: Sentence) -> bool:
    """The sentence takes back a figure given just before ('That number, we now
    think, is wrong'): the engine then marks the previous sentence's figures as denied."""
    low = folded(doc.text)  # the hints hold no apostrophe: the folded text in place reads as the slice
    piece = low if low is not None else doc.text[sentence.start : sentence.end].lower()
    lo, hi = (sentence.start, sentence.end) if low is not None else (0, len(piece))
    if _RETRACTION_HINT.search(piece, lo, hi) is None:
        return False  # a cheap gate before the regex
    return lexicon().retraction.search(doc.text, sentence.start, sentence.end)


_RETRACTED = re.compile(r"\b(?:initially|originally|first|earlier|previously|had) (?:believed|thought|estimated|said|"
                        r"reported|counted)(?: that)? (?:it|the (?:death )?toll|the (?:number|figure|count)(?: of (?:dead|"
                        r"killed|wounded|injured))?) (?:was|were|stood at|to be|at) (?:only )?(\d+|one|two|three|four|five|six|seven|eight|nine|ten|"
                        r"eleven|twelve|thirteen|fourteen|fifteen|twenty|thirty)\b",
                        re.IGNORECASE)
_RETRACTED_VERBS = ("believed", "thought", "estimated", "said", "reported", "counted")
# _RETRACTED on the folded text of an ASCII sentence (IGNORECASE there is lower-casing; the same spans)
_RETRACTED_LOWER = re.compile(_RETRACTED.pattern)
_CORRECTED = re.compile(r"\b(?:correct|actual|real|true|right|accurate) (?:number|figure|toll|count)\b", re.IGNORECASE)


def _retracted(doc: Document, sentence: Sentence) -> list[Claim]:
    """'We initially believed it was four': the figure the speaker takes back, a claim with stance
    deny (SCHEMA), of the outcome and group of the same figure given before (else of the last
    figure, else killed people)."""
    text, lo, hi = doc.text, sentence.start, sentence.end
    piece = text[lo:hi]
    if not any(map(piece.__contains__, _RETRACTED_VERBS)):
        return []  # a cheap gate before the regex
    low = folded(text)
    m = _RETRACTED_LOWER.search(low, lo, hi) if low is not None and piece.isascii() else _RETRACTED.search(text, lo, hi)
    if m is None:
        return []
    word = m.group(1).lower()
    n = parse_digits(word) if word[0].isdigit() else lexicon().units.get(word, lexicon().tens.get(word))
    if not isinstance(n, int):
        return []
    before = [c for c in doc.claims if c.lang == "en" and not c.vague and c.stance == "assert"]
    same = next((c for c in reversed(before) if c.min == n and c.max == n), before[-1] if before else None)
    outcome, group, side = (same.outcome, same.group, same.side) if same else ("killed", "people", None)
    return [_new_claim(outcome, group, side, quantity("exact", n), "deny", "incident", m.start(), m.end(),
                       "en.retracted")]


def _corrected(doc: Document, sentence: Sentence, claims: list[Claim]) -> None:
    """'The correct number is two martyrs' right after a retracted figure: the correction counts
    the same group (and side) as the figure it replaces."""
    last = doc.claims[-1] if doc.claims else None
    if last is None or last.rule != "en.retracted" or (last.sentence or 0) < sentence.id - 1 \
            or _CORRECTED.search(doc.text, sentence.start, sentence.end) is None:
        return
    for c in claims:
        if c.group == "people" and c.outcome == last.outcome and not c.vague and c.stance == "assert":
            c.group, c.side = last.group, last.side


def find_claims(doc: Document, sentence: Sentence) -> list[Claim]:
    """The casualty claims of one English sentence (no sources yet)."""
    claims = _find_claims(doc, sentence)
    if claims:
        claims = refine(doc, sentence, claims)  # real-news precision checks (claims_precision.py)
        claims = adjust(doc, sentence, claims)  # whom the figures count (claims_groups.py)
    before = doc.claims
    if before and _LIST_OPENER.match(doc.text, sentence.start, sentence.end):
        claims = _listed_tally(doc, sentence, claims)
    if before and before[-1].rule == "en.retracted":
        _corrected(doc, sentence, claims)
    if not claims and doc.text.find(" hit", sentence.start, sentence.end) >= 0:
        claims = hit_only(doc, sentence)  # "five people had been hit" and no outcome word (claims_amend.py)
    if not claims:
        return _retracted(doc, sentence)
    if _quotes_body(doc, sentence):
        return []
    return claims


_QUOTED_LINE = re.compile(r"[\w: -]{0,20}?['‘\"“]([^'‘’\"“”]{8,120})['’\"”]\W*$")
_WORDS = re.compile(r"[a-z0-9]+")


def _quotes_body(doc: Document, sentence: Sentence) -> bool:
    """A headline line that is only a quotation ("14:05 GMT - 'Dozens of wounded on the ground'") whose
    words recur, in order, in a quotation later in the text: the quoted speaker's claim, told there
    with its source (SCHEMA: a headline repeating the body's figure from the same source is that claim)."""
    text = doc.text
    if text.find("\n", sentence.start, sentence.end) >= 0 or (sentence.end < len(text) and text[sentence.end] not in "\r\n"):
        return False  # (a line of its own)
    m = _QUOTED_LINE.match(text, sentence.start, sentence.end)
    if m is None:
        return False
    want = _WORDS.findall(m.group(1).lower())
    for q in re.finditer(r"[\"“]([^\"“”]{8,400})[\"”]", text[sentence.end :]):
        have = iter(_WORDS.findall(q.group(1).lower()))
        if len(want) >= 3 and all(x in have for x in want):  # every word, in order (an iterator is consumed)
            return True
    return False


_LIST_OPENER = re.compile(r"(?:They|These|Those) (?:are|were) (?:an? |one )?(?:\d|[a-z]+[ ,])")


def _listed_tally(doc: Document, sentence: Sentence, claims: list[Claim]) -> list[Claim]:
    """The claims of a sentence opening with a list of the people counted by the previous
    sentence's toll ("They are ...", SentenceRules.listed_tally), then the sentence's own."""
    prior = doc.claims[-1]
    before = [s for s in doc.sentences if s.end <= sentence.start and s.lang == sentence.lang]
    if prior.lang != "en" or prior.vague or prior.min is None or prior.min != prior.max or prior.scope != "incident" \
            or not before or not prior.evidence or prior.evidence[0].start < before[-1].start:
        return claims
    listed = SentenceRules(doc, sentence, lexicon()).listed_tally(prior.outcome, prior.min)
    if not listed:
        return claims
    end = listed[-1].evidence[0].end
    return listed + [c for c in claims if not c.evidence or c.evidence[0].start >= end]


def _find_claims(doc: Document, sentence: Sentence) -> list[Claim]:
    lex = lexicon()
    text, trigger = doc.text, lex.trigger
    low = folded(text)
    start, end = sentence.start, sentence.end
    if not (trigger.found_in_place(low, start, end)  # (search_folded, without its tests)
            if low is not None and trigger.bounded and not trigger.literals
            else trigger.search_folded(text, low, start, end)):
        if text[end - 1 : end] == "?" or not _asks_how_many(text):
            return []  # (no "how many" in the report: no pending question)
        question = pending_question(doc, sentence, lex)
        if question is None or not _has_number(doc.text, sentence):
            return []
        return SentenceRules(doc, sentence, lex).answers(question) if question else []
    claims = SentenceRules(doc, sentence, lex).run()
    if not claims and text[end - 1 : end] != "?" and _has_number(text, sentence):
        question = pending_question(doc, sentence, lex)
        if question:
            return SentenceRules(doc, sentence, lex).answers(question)
    return claims


_NUMBER_WORDS = ("one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|"
                 "seventy|eighty|ninety|hundred|thousand|dozen")
_NUMBER_HINT = re.compile(r"\d|\b(?:" + _NUMBER_WORDS + ")", re.IGNORECASE)
_NUMBER_WORD = re.compile(r"\b(?:" + factored(_NUMBER_WORDS) + ")")  # lower case, for lower-cased ASCII text


def _has_number(text: str, sentence: Sentence) -> bool:
    if _DIGIT.search(text, sentence.start, sentence.end) is not None:
        return True  # the pattern's first branch, alone (much faster than the whole)
    low = folded(text)
    if low is not None and text[sentence.start : sentence.end].isascii():
        # the number words on lower-cased ASCII: what IGNORECASE finds, without its cost
        return _NUMBER_WORD.search(low, sentence.start, sentence.end) is not None
    return _NUMBER_HINT.search(text, sentence.start, sentence.end) is not None


_DIGIT = re.compile(r"\d")


_RELATIVE_OPENER = re.compile(r"(?:,\s*(?:which|who|whose)|\b(?:that|which|who) (?:had|has|have|was|were|is|are))\b[^,;]*$")


def _in_relative_clause(text: str, start: int, cue: int, lo: int) -> bool:
    """A background cue inside a relative clause that closes before the claim ('The group, which has
    held the town since 2019, said 40 were killed'; 'positions that had shelled villages the day
    before, killing seven'): it dates the clause, not the claim."""
    if "," not in text[cue:lo]:
        return False
    return _RELATIVE_OPENER.search(text, max(start, cue - 80), cue) is not None


_SPEECH_WORDS = frozenset({"said", "says", "told", "claimed", "added", "stated", "announced", "statement"})
_OF_THEM_END = frozenset({".", ",", ";", ":", "and", "in", "on", "at", "during", "while", "according", "said", ")", '"', "”"})


def _killing_of_them(w: list[str], first: int, last: int) -> bool:
    """'ambushed an army patrol, killing five of them': the verb governs 'N of them' that closes the clause."""
    b = first - 1
    while b >= 0 and w[b] in ("at", "least", "more", "than", "some", "about", "around", "nearly", "over", "up", "to"):
        b -= 1
    return b >= 0 and w[b] in ("killing", "killed", "wounding", "wounded", "injuring", "injured") \
        and (last + 3 >= len(w) or w[last + 3] in _OF_THEM_END)


_STRUCK = frozenset({"shot", "hit", "struck", "fire", "fires", "stormed", "opened", "raided", "attacked", "shelled"})


def _object_referent(w: list[str], first: int, last: int, at: int) -> bool:
    """'struck a post of regime forces, killing 11 of them': the group 'them' points back to is the
    attack's object, not a speaker nor the attacker ('troops fired on protesters, killing 12 of them')."""
    if _SPEECH_WORDS.intersection(w[first:at]):
        return False
    k = at - 1
    while k > last and w[k] in ("at", "least", "more", "than", "some", "about", "around", "nearly", "over", "up", "to"):
        k -= 1
    return not any(x in _STRUCK or x.endswith("ed") and len(x) > 4 for x in w[last + 1 : k])


# the lower-case copies (`_plain`) of the case-insensitive patterns read on folded ASCII text, compiled
# at load as the patterns themselves are (with link_blocks' own pattern for the marker)
for _pattern in (NOT_MENTIONED, _CLAIMED_ATTACK, AMONG_FORCE, JOINT_AND, AND_WOUNDED):
    _lowered(_pattern)
link_blocks("", _lowered(lexicon().link_marker) or lexicon().link_marker)

