"""Second readings of one English sentence's claims (called once from SentenceRules.run).

Each rule is gated on its cue words, so a sentence without them costs one set test:
  died      "a wounded man dies in hospital", "two people wounded in the shelling died overnight":
            the wounded who died are counted once, as killed (SCHEMA); "one of the two wounded
            died": the partitive figure is the claim, "the two wounded" only points back
  since     "... have been killed while trying to reach aid since May": a tally over a period,
            told across an adverbial "while V-ing" clause, is background
  victims   "the strike killed displaced civilians": a victim adjective between the verb and its
            group keeps the vague object claim
  predicate "all the dead were PKK fighters", "none of the dead were its fighters": the predicate's
            force is the group (and side) of the dead
  repeat    "Of the 12 people killed, 3 were women" after a toll of 12: the definite figure points back
  of them   "Three of them were killed instantly" opening a sentence: the partitive counts people
            named before it (no group in the sentence itself)
  headline  "Aid seekers killed near the crossing": a headline's bare plural of people, killed
  list      "among the dead are two boys, the elder aged nine, and a woman": the single after an
            apposition is the list's too
  severity  "a number of the injuries were serious": a subset by severity alone, no claim
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING, cast

from marsad.claims.quantity import quantity
from marsad.record import Claim, Document, Group, Sentence, Span

if TYPE_CHECKING:
    from marsad.lang.en.claims import SentenceRules

DEATH = frozenset(("died", "dies", "succumbed", "passed"))
_STOP = frozenset((",", ";", ":", ".", "and", "but", "while", "who", "which", "that", "said", "says", "were", "was",
                   "are", "is", "had", "have", "has", "after", "before", "when", "as", "according", '"', "(", ")", "where",
                   "whose", "whom", "then", "because", "since", "if", "-", "—", "–"))
_SINCE_WHILE = re.compile(r"\s+while\s+(?:still\s+)?[a-z]+ing\b[^,;:.]{0,100}?\bsince\s+(?:(?:early|mid|late)[- ])?"
                          r"(?:january|february|march|april|may|june|july|august|september|october|november|december|"
                          r"(?:19|20)\d\d|the start|the beginning|last)\b", re.IGNORECASE)
VICTIM_ADJ = frozenset("displaced innocent unarmed defenceless defenseless fleeing sheltering".split())
_KILL_VERBS = frozenset("killed killing kill kills".split())
_DIED_NOUNS = frozenset("people persons civilians men women children soldiers fighters patients".split())
_OUTCOME_VERBS = frozenset(("killed", "wounded", "injured"))
_FORCES = frozenset(("combatants", "soldiers"))
_THEM_SKIP = frozenset("were was had have has been later also instantly immediately outright reportedly all".split())
_SEVERE = frozenset("serious critical severe grave stable moderate".split())
_PARTITIVE = ("a number of the ", "some of the ", "many of the ", "several of the ", "most of the ")
_HEADLINE_NEXT = frozenset("in near at as after by on off outside inside during amid while across ; : , - –".split())


def amend(rules: SentenceRules, claims: list[Claim]) -> list[Claim]:
    """The sentence's claims after the second readings whose cue words it holds."""
    ws = rules.wordset
    if claims and not DEATH.isdisjoint(ws) and ("wounded" in ws or "injured" in ws):
        claims = wounded_died(rules, claims)
    if "among" in ws and "who" in ws and not DEATH.isdisjoint(ws) and ("wounded" in ws or "injured" in ws):
        claims += among_wounded_died(rules, claims)
    if claims and "since" in ws and "while" in ws:
        since_while(rules, claims)
    if "civilians" in ws and not VICTIM_ADJ.isdisjoint(ws) and not _KILL_VERBS.isdisjoint(ws):
        claims += killed_victims(rules, claims)
    if ("were" in ws or "are" in ws) and ("dead" in ws or "killed" in ws):
        claims += dead_predicate(rules, claims)
    w = rules.words
    if claims and rules.n > 4 and w[0] == "of" and w[1] == "the" and rules.doc.claims:
        claims = of_the_repeat(rules, claims)
    if "them" in ws and rules.n > 4 and w[1:3] == ["of", "them"]:
        claims += of_them_opening(rules, claims)
    if not claims and rules.n < 30 and not _OUTCOME_VERBS.isdisjoint(ws) and _headline(rules):
        claims += headline_people(rules)
    if claims and "among" in ws and "and" in ws and ("a" in ws or "an" in ws):
        claims += list_single(rules, claims)
    if claims and "the" in ws:
        definite_number(rules, claims)
    if claims and ("its" in ws or "group's" in ws or "our" in ws):
        speaker_force(rules, claims)
    if claims and "number" in ws and "of" in ws:
        number_of_group(rules, claims)
    if claims and "of" in ws and not _SEVERE.isdisjoint(ws):
        claims = severity_subset(rules, claims)
    if "hit" in ws and ("been" in ws or "were" in ws):
        claims = hit_figures(rules, claims)
    if ("rest" in ws or "remainder" in ws) and "of" in ws:
        claims += rest_of_the_dead(rules, claims)
    if claims and rules.deny_cues and ("by" in ws or "from" in ws) and "that" in ws:
        claims += reported_claims(rules, claims)
    if claims and ("claim" in ws or "which" in ws) and rules.deny_cues:
        claims += claim_denied_after(rules, claims)
    if claims and ("separately" in ws or "after" in ws and not _SOON.isdisjoint(ws)):
        earlier_event(rules, claims)
    if claims and ("worth" in ws or "mentioned" in ws or "noteworthy" in ws) \
            and _ASIDE.match(rules.doc.text, rules.sentence.start, rules.sentence.end):
        for c in claims:  # "It is worth mentioning that ..., and the army had announced the killing of two
            c.scope = "background"  # soldiers in a clash": the aside tells earlier events, every clause of it
    if claims and not HABITUAL.isdisjoint(ws) and not _PRESENT_KILL.isdisjoint(ws):
        claims = [c for c in claims if not generic_statement(rules, c)]
    return claims


_ASIDE = re.compile(r"\W*(?:it is|it's|it was)\s+(?:worth\s+(?:mentioning|noting)|mentioned|noteworthy)\s+that\b",
                    re.IGNORECASE)
HABITUAL = frozenset("often routinely regularly frequently usually typically indiscriminately habitually".split())
_PRESENT_KILL = frozenset("kill kills maim maims".split())


_SCARE_QUOTED = re.compile(r"(?<=['‘])[a-zA-Z][a-zA-Z-]*'(?![a-zA-Z])")


def scare_quoted(text: str, start: int, end: int, words: list[str], starts: list[int], ends: list[int]) -> None:
    """"Drone strike 'kills' four", "'neutralises' 4 terrorists": a word in single scare quotes is the
    word itself (the tokenizer keeps the closing quote as a plural possessive's apostrophe)."""
    for m in _SCARE_QUOTED.finditer(text, start, end):
        i = bisect_left(starts, m.start())
        if i < len(words) and starts[i] == m.start() and ends[i] == m.end():
            words[i], ends[i] = words[i][:-1], ends[i] - 1


def generic_statement(rules: SentenceRules, claim: Claim) -> bool:
    """'Barrel bombs kill civilians indiscriminately', 'such strikes often kill civilians': a vague claim
    told by a present-tense verb with a habitual adverb in a body sentence is what such weapons do, no
    incident's casualties (a headline's present tense tells an event: 'Strikes kill dozens in Idlib')."""
    if not claim.vague or not claim.evidence or _headline(rules):
        return False
    w = rules.words
    s, e = _token(rules, claim.evidence[0].start, False), _token(rules, claim.evidence[0].end, True)
    verbs = [k for k in range(max(0, s - 1), min(rules.n, e + 1)) if w[k] in _PRESENT_KILL]
    return bool(verbs) and any(x in HABITUAL for x in w[max(0, verbs[0] - 3) : min(rules.n, e + 6)])


def _token(rules: SentenceRules, offset: int, ends: bool) -> int:
    arr = rules.ends if ends else rules.starts
    return bisect_left(arr, offset)


def wounded_died(rules: SentenceRules, claims: list[Claim]) -> list[Claim]:
    """'Wounded man dies in hospital', 'two people wounded in the blast died overnight': killed;
    'one of the two wounded died': killed one (the wounded are a reference, no claim)."""
    w, n = rules.words, rules.n
    out: list[Claim] = []
    for c in claims:
        if c.outcome != "injured" or c.vague or not c.evidence or c.stance != "assert":
            out.append(c)
            continue
        s, e = _token(rules, c.evidence[0].start, False), _token(rules, c.evidence[0].end, True)
        if s < e < n and w[e - 1] in ("wounded", "injured") and w[e] in _DIED_NOUNS:
            e -= 1  # "two injured people died in intensive care": the noun after the participle
        if e >= n or w[e] not in ("wounded", "injured") and (w[s] not in ("wounded", "injured")
                                                          or rules.number_at(s + 1) is not None):
            out.append(c)
            continue
        k, steps = e + 1, 0
        while k < n and steps < 16 and w[k] not in DEATH and w[k] not in _STOP:
            k, steps = k + 1, steps + 1
        if k >= n or w[k] not in DEATH or w[k] == "passed" and w[k + 1 : k + 2] != ["away"]:
            out.append(c)
            continue
        end = k + 1 if w[k] == "passed" else k
        if s >= 3 and w[s - 2 : s] == ["of", "the"] and (num := rules.number_at(s - 3)) is not None \
                and num[1] == s - 3 and c.min is not None and num[0] < c.min:
            c.outcome, c.min, c.max, c.approx = "killed", num[0], num[0], False  # "one of the two wounded died"
            c.evidence = [Span(start=rules.starts[s - 3], end=rules.ends[end])]
            c.rule = "en.amend.of-wounded-died"
        elif steps <= 1 or w[e + 1] in ("in", "at", "on", "during", "by", "from", "near", "overnight", "later"):
            c.outcome = "killed"  # counted once, as killed (SCHEMA)
            c.evidence = [Span(start=c.evidence[0].start, end=rules.ends[end])]
            c.rule = "en.amend.wounded-died"
        out.append(c)
    return _raised_toll(rules, out)


_RAISED = re.compile(r"\b(?:rais|bring|brought|push|took|tak)\w*\s+(?:the\s+)?(?:number|toll|total|tally|count)\b")


def _raised_toll(rules: SentenceRules, claims: list[Claim]) -> list[Claim]:
    """'... before two injured people died, which raised the number to 11': the bare figure of the
    toll after the wounded who died counts the dead, not the wounded."""
    text = rules.doc.text
    died = [c.evidence[0].end for c in claims if c.rule == "en.amend.wounded-died" and c.evidence]
    if not died:
        return claims
    for c in claims:
        if c.outcome != "injured" or c.vague or not c.evidence or c.evidence[0].start < died[0]:
            continue
        e = c.evidence[0]
        if text[e.start : e.end].isdigit() and _RAISED.search(text[died[0] : e.start].lower()):
            c.outcome = "killed"
    return claims


def among_wounded_died(rules: SentenceRules, claims: list[Claim]) -> list[Claim]:
    """'after a young man, aged 20, who was among the wounded died of his burns': the one (or the N)
    the relative clause names among the wounded died: killed, counted once (SCHEMA)."""
    w, n = rules.words, rules.n
    out: list[Claim] = []
    for i in range(3, n - 3):
        if w[i] != "among" or w[i + 1] not in ("the", "those") or w[i + 2] not in ("wounded", "injured") \
                or w[i - 1] not in ("was", "were") or w[i - 2] != "who":
            continue
        k = i + 3 + (w[i + 3] in ("later", "subsequently", "eventually", "then"))
        if k >= n or w[k] not in DEATH or w[k] == "passed" and w[k + 1 : k + 2] != ["away"]:
            continue
        head = i - 3
        if w[head] == ",":  # "a young man, nineteen years old, who ...": skip the apposition
            head = next((j - 1 for j in range(head - 1, max(0, head - 9), -1) if w[j] == ","), -1)
        found = None
        for size in (2, 1):
            g = rules.group_at(head - size + 1) if head - size + 1 >= 1 else None
            if g is not None and g[0] == size:
                found = (head - size + 1, g[1])
                break
        if found is None:
            continue
        first, group = found
        if w[first - 1] in ("a", "an") and w[head] in rules.lex.singular:
            first, qty = first - 1, quantity("exact", 1)
        else:
            num = next(((j, v) for j in (first - 1, first - 2) if j >= 0 and (v := rules.number_at(j)) and v[1] == first - 1),
                       None)
            if num is None or num[1][0] < 1:
                continue
            first, qty = num[0], quantity("exact", num[1][0])
        lo, hi = rules.starts[first], rules.ends[k]
        if any(c.evidence and c.evidence[0].start < hi and lo < c.evidence[0].end for c in claims):
            continue
        out.append(rules.claim("killed", group, None, qty, first, k + (w[k] == "passed"), "en.amend.among-wounded-died"))
    return out


def since_while(rules: SentenceRules, claims: list[Claim]) -> None:
    """'more than 400 have been killed while trying to reach food sites since late May': a tally
    over a period (the cue sits past an adverbial clause, beyond the engine's reach)."""
    text, end = rules.doc.text, rules.sentence.end
    for c in claims:
        if c.scope == "incident" and c.evidence:
            if _SINCE_WHILE.match(text, c.evidence[0].end, end):
                c.scope = "background"


def killed_victims(rules: SentenceRules, claims: list[Claim]) -> list[Claim]:
    """'the strike killed displaced civilians', 'Strike Killed Innocent Civilians': a vague
    civilians claim when no claim holds the group already."""
    w, out = rules.words, []
    for i in range(2, rules.n):
        if w[i] != "civilians" or w[i - 1] not in VICTIM_ADJ or w[i - 2] not in _KILL_VERBS:
            continue
        lo, hi = rules.starts[i - 2], rules.ends[i]
        if any(c.evidence and c.evidence[0].start < hi and lo < c.evidence[0].end for c in claims):
            continue
        if i > 2 and w[i - 3] in ("no", "any", "not", "whether", "if"):
            continue
        out.append(rules.claim("killed", "civilians", None, quantity("vague"), i - 2, i, "en.amend.killed-victims"))
    return out


def dead_predicate(rules: SentenceRules, claims: list[Claim]) -> list[Claim]:
    """'all the dead were PKK fighters': a vague claim of that force; 'none of the dead were its
    fighters': the zero counts the speaker's force."""
    w, n, out = rules.words, rules.n, []
    for i in rules.marked:  # ("dead" and "killed" are marked words: outcome phrases start with them)
        if not 1 <= i < n - 3 or w[i] not in ("dead", "killed") or w[i - 1] not in ("the", "those") \
                or w[i + 1] not in ("were", "are"):
            continue
        k, pron = i + 2, False
        while k < n and w[k] in ("all", "mostly", "only"):
            k += 1
        if k < n and w[k] in ("its", "their", "our"):
            k, pron = k + 1, True
        side = rules.side_at(k) if k < n else None
        if side is not None:
            k += side[0]
        g = rules.group_at(k) if k < n else None
        if g is None or g[1] not in _FORCES or side is None and not pron:
            continue
        group, name = g[1], side[1][0] if side is not None else None
        if side is not None and side[1][1]:
            group = "soldiers" if side[1][1] == "state" else "combatants"
        if name is None and group == "combatants":
            name = rules.nonstate_before(i)
        zero = next((c for c in claims if c.min == 0 and c.max == 0 and c.group == "people" and c.evidence
                     and c.evidence[0].end == rules.ends[i]), None)
        if zero is not None:
            zero.group, zero.side = group, name or zero.side  # type: ignore[assignment]  # "none of the dead were its fighters"
            continue
        lo, hi = rules.starts[i], rules.ends[k + g[0] - 1]
        if any(c.evidence and c.evidence[0].start < hi and lo < c.evidence[0].end for c in claims):
            continue
        start = i - 1 - (w[i - 2] == "all") if i > 1 else i - 1
        out.append(rules.claim("killed", group, name, quantity("vague"), start, k + g[0] - 1, "en.amend.dead-predicate"))
    return out


def of_the_repeat(rules: SentenceRules, claims: list[Claim]) -> list[Claim]:
    """'Of the 12 people killed, 3 were women': the 12 is the toll told before, not a claim again."""
    first = rules.starts[2]
    before = [(p.outcome, p.min) for p in rules.doc.claims if p.lang == "en" and not p.vague and p.scope == "incident"]
    return [c for c in claims if not (c.evidence and c.evidence[0].start == first and not c.vague
                                      and (c.outcome, c.min) in before)]


def of_them_opening(rules: SentenceRules, claims: list[Claim]) -> list[Claim]:
    """'Three of them were killed instantly' opening a sentence: killed people (the people 'them'
    points back to are named in the sentence before)."""
    w, n = rules.words, rules.n
    num = rules.number_at(0)
    if num is None or num[1] != 0 or num[0] < 1:
        return []
    k = 3
    while k < n and w[k] in _THEM_SKIP:
        k += 1
    if k >= n or w[k] not in ("killed", "died", "dead"):
        return []
    if any(c.evidence and c.evidence[0].start < rules.ends[k] for c in claims):
        return []
    sid = rules.sentence.id
    if any(p.sentence == sid - 1 and p.outcome == "killed" for p in rules.doc.claims[-6:]):
        return []  # "eight were killed on Wednesday. Five of them died in air strikes": a subset of those
    return [rules.claim("killed", "people", None, quantity("exact", num[0]), 0, k, "en.amend.of-them")]


def _headline(rules: SentenceRules) -> bool:
    """A line of its own with no closing full stop."""
    text, s, e = rules.doc.text, rules.sentence.start, rules.sentence.end
    return text[e - 1 : e] not in (".", "?", "!", '"', "”") and text[e : e + 1] in ("\n", "") \
        and (s == 0 or text[s - 1] == "\n" or text.rfind("\n", 0, s) >= text.rfind(".", 0, s))


def headline_people(rules: SentenceRules) -> list[Claim]:
    """'Gaza aid seekers killed near the crossing': a headline's bare plural of people with an
    outcome participle, no figure: a vague claim of people."""
    w, n = rules.words, rules.n
    for i in range(1, n - 1):
        if w[i] not in _OUTCOME_VERBS or i + 1 < n and w[i + 1] not in _HEADLINE_NEXT:
            continue
        for size in (2, 1):
            g = rules.group_at(i - size) if i >= size else None
            if g is not None and g[0] == size and g[1] == "people" and w[i - 1] not in rules.lex.singular:
                o = rules.outcome_starting(i)
                if o is None:
                    return []
                return [rules.claim(o[1], "people", None, quantity("vague"), i - size, i, "en.amend.headline-people")]
    return []


def list_single(rules: SentenceRules, claims: list[Claim]) -> list[Claim]:
    """'Among the dead are three boys, the eldest aged 12, and a woman who ...': the single person
    after the apposition is one more of the list's outcome."""
    w, n, out = rules.words, rules.n, []
    for c in claims:
        if c.vague or not c.evidence or c.scope != "incident":
            continue
        e = _token(rules, c.evidence[0].end, True)
        if e + 1 >= n or w[e + 1] != "," or "among" not in w[max(0, e - 8) : e]:
            continue
        j = next((k for k in range(e + 2, min(n, e + 9)) if w[k] == ","), None)
        if j is None or j + 3 >= n or w[j + 1] != "and" or w[j + 2] not in ("a", "an"):
            continue
        k = j + 3
        g = rules.group_at(k)
        if g is None and k + 1 < n:
            k, g = k + 1, rules.group_at(k + 1)  # "an elderly woman"
        if g is None or w[k] not in rules.lex.singular or g[1] in ("combatants", "soldiers"):
            continue
        lo = rules.starts[j + 2]
        if any(x.evidence and x.evidence[0].start <= lo < x.evidence[0].end or x.evidence and
               x.evidence[0].start == lo for x in claims):
            continue
        out.append(rules.claim(c.outcome, g[1], None, quantity("exact", 1), j + 2, k + g[0] - 1, "en.amend.list-single"))
    return out


_DEFINITE_NEXT = frozenset("were was had have are died all".split())


_CLAIMS_BY = re.compile(r"\b(?:claims?|reports?|allegations?|accounts?|assertions?|rumou?rs?)\s+(?:[\w-]+\s+){0,2}?"
                        r"(?:by|from)\s+[^.;:\"“”]{3,90}?\s+that\s+(?:the\s+|all\s+the\s+)?$", re.IGNORECASE)


def reported_claims(rules: SentenceRules, claims: list[Claim]) -> list[Claim]:
    """'The sources dismissed claims circulated by accounts linked to the group that the dead were
    civilians': the rejected claim is denied, and it is also the claim of those who made it (asserted)."""
    text, lo = rules.doc.text, rules.sentence.start
    out: list[Claim] = []
    for c in claims:
        if c.stance != "deny" or not c.evidence:
            continue
        if _CLAIMS_BY.search(text, max(lo, c.evidence[0].start - 160), c.evidence[0].start) is None:
            continue
        copy = c.model_copy(deep=True)
        copy.stance, copy.rule = "assert", c.rule + ".reported"
        out.append(copy)
    return out


_SPLIT_WORDS = frozenset("are were is was distributed divided split shared all mostly between among from the and , of".split())


def rest_of_the_dead(rules: SentenceRules, claims: list[Claim]) -> list[Claim]:
    """'the rest of the dead are divided between members of the security services and the armed
    factions': a vague claim of each group the rest is split among (the figures came before)."""
    w, n = rules.words, rules.n
    out: list[Claim] = []
    for i in range(1, n - 5):
        if w[i] not in ("rest", "remainder") or w[i - 1] != "the" or w[i + 1] != "of" or w[i + 2] not in ("the", "those"):
            continue
        o = rules.outcome_starting(i + 3)
        if o is None or o[1] == "casualties" and w[i + 3] != "victims":
            continue
        k = i + 3 + o[0]
        if k >= n or w[k] not in ("are", "were", "is", "was"):
            continue
        seen: set[str] = set()
        while k < n and (w[k] in _SPLIT_WORDS or rules.group_at(k) is not None):
            g = rules.group_at(k)
            if g is not None and w[k] in ("members", "member", "elements") and w[k + 1 : k + 2] == ["of"]:
                k += 1  # "members of the security services": the force named after
                continue
            if g is not None:
                if g[1] not in seen:
                    seen.add(g[1])
                    out.append(rules.claim(o[1], g[1], None, quantity("vague"), i - 1, k + g[0] - 1, "en.amend.rest-of-dead",
                                           borrow=g[1] == "soldiers"))
                k += g[0]
                continue
            k += 1
    if out and any(c.evidence and out[0].evidence and c.evidence[0].start < out[-1].evidence[0].end
                   and out[0].evidence[0].start < c.evidence[0].end for c in claims):
        return []
    return out


def definite_number(rules: SentenceRules, claims: list[Claim]) -> None:
    """'the four were killed on Saturday evening': a bare definite number points back at the people
    of that number named before ('four PKK fighters'): their group and side."""
    w, n = rules.words, rules.n
    for c in claims:
        if c.group != "people" or c.vague or c.min is None or c.min != c.max or c.min < 2 or not c.evidence:
            continue
        s = _token(rules, c.evidence[0].start, False)
        num = rules.number_at(s) if s >= 1 and w[s - 1] == "the" else None
        if num is None or num[0] != c.min or num[1] + 1 >= n or w[num[1] + 1] not in _DEFINITE_NEXT:
            continue
        prior = next((p for p in reversed(rules.doc.claims) if p.lang == "en" and p.min == c.min and p.max == c.min
                      and p.group != "people" and not p.vague), None)
        found = (prior.group, prior.side) if prior is not None else _antecedent(rules, c.min)
        if found is not None:
            c.group, c.side = found


def _antecedent(rules: SentenceRules, value: int) -> tuple[Group, str | None] | None:
    """The group (and side) of the last 'N <group noun>' before the sentence (same N)."""
    lex, text, start = rules.lex, rules.doc.text, rules.sentence.start
    word = next((k for k, v in lex.units.items() if v == value and k not in ("both", "pair", "couple")), None)
    alts = str(value) + ("|" + word if word else "")
    found = None
    for m in re.finditer(rf"\b(?:{alts})\s+((?:[\w'’-]+\s+){{0,2}}[\w'’-]+)", text[max(0, start - 1500) : start],
                         re.IGNORECASE):
        found = m
    if found is None:
        return None
    words = found.group(1).lower().replace("’", "'").split()
    side: tuple[str, str] | None = None
    for j in range(len(words)):
        sm = lex.sides.match(words, j)
        if sm is not None and side is None and isinstance(sm[1], (list, tuple)) and len(sm[1]) == 2:
            side = (str(sm[1][0]), str(sm[1][1]))
        g = lex.groups.match(words, j)
        if g is None:
            continue
        group = str(g[1])
        if group in _FORCES:
            if words[j] in lex.nonstate_nouns or side is not None and side[1] == "nonstate":
                group = "combatants"
            elif side is not None and side[1] == "state":
                group = "soldiers"
            return cast("Group", group), (side[0] or None) if side is not None else None
        return cast("Group", group), None
    return None


_DEAD_OWN = re.compile(r"\s+of\s+the\s+(?:dead|killed|victims)\s+(?:were|was)\s+(?:members|fighters)\s+of\s+"
                       r"(?:its|the\s+(?:group|movement|militia|faction)['’]s)\b", re.IGNORECASE)
_AFFILIATED = re.compile(r"([A-Z][\w'’]*(?:\s+[A-Z][\w'’]*)?)-(?:affiliated|linked|aligned|run|controlled|owned)\s")
_OWN_FORCE = re.compile(r"\s+of\s+(?:its|our|the\s+(?:group|movement|brigade|militia|force|faction)['’]s)\s+$", re.IGNORECASE)
_NAME = r"((?:[A-Z][\w'’-]*|al-[A-Z][\w'’-]*)(?:\s+(?:[A-Z][\w'’-]*|of|in|al-[A-Z][\w'’-]*)){0,4})"
_SPEAKER = (re.compile(r"\bspokes(?:person|man|woman)\s+(?:for|of)\s+(?:the\s+)?" + _NAME),
            re.compile(r"(?:^|,\s+|\bthe\s+)" + _NAME + r"\s+(?:said|says|announced|stated|claimed|reported)\b"))


def speaker_force(rules: SentenceRules, claims: list[Claim]) -> None:
    """'the SSA said three of its members had been killed', 'a spokesperson for the X brigade said two of
    the group's fighters died': the speaking force's own men (state-affiliated: soldiers of its state)."""
    text, lo = rules.doc.text, rules.sentence.start
    for c in claims:
        if c.group not in _FORCES or c.side is not None or not c.evidence:
            continue
        s = _token(rules, c.evidence[0].start, False)
        num = rules.number_at(s)
        if num is None or num[1] + 2 >= rules.n or rules.words[num[1] + 1] != "of":
            continue
        k = next((j for j in range(num[1] + 3, min(rules.n, num[1] + 6)) if rules.group_at(j) is not None), None)
        if (k is None or not _OWN_FORCE.match(text, rules.ends[num[1]], rules.starts[k])) \
                and not _DEAD_OWN.match(text, rules.ends[num[1]], rules.sentence.end):
            continue
        head = text[lo : c.evidence[0].start]
        name = next((m.group(1) for p in _SPEAKER for m in p.finditer(head)), None)
        if name is None or name.lower() in ("it", "the", "he", "she"):
            continue
        found = _force_named(rules, name)
        if found is None and (aff := _AFFILIATED.match(name)) is not None:
            found = _force_named(rules, aff.group(1))  # "the PKK-affiliated Firat agency said ... its fighters"
        if found is not None:
            c.group, c.side = found


def _force_named(rules: SentenceRules, name: str) -> tuple[Group, str] | None:
    """(group, side) of a force's name: a known side of the lexicon (an acronym first spelled out in the
    report, 'the Stability Support Apparatus (SSA)'), else the name itself, a non-state group."""
    if name.isupper() and len(name) <= 6:
        full = re.search(r"((?:[A-Z][\w'’-]*\s+|of\s+|al-\w+\s+){1,6})\(" + re.escape(name) + r"\)", rules.doc.text)
        if full is not None:
            name = full.group(1).strip()
    words = name.lower().replace("’", "'").split()
    if words and words[0] == "the":
        words = words[1:]
    sm = rules.lex.sides.match(words, 0) if words else None
    if sm is not None and sm[0] == len(words) and isinstance(sm[1], (list, tuple)) and len(sm[1]) == 2:
        side, kind = str(sm[1][0]), str(sm[1][1])
        if not side:
            return None
        return ("soldiers" if kind == "state" else "combatants"), side
    if len(words) < 2 or sm is not None or _NOT_FORCE.search(name):  # ("Syrian Observatory ...": a side's word)
        return None
    return "combatants", re.sub(r"^(?:The|the)\s+", "", name)


_NOT_FORCE = re.compile(r"\b(?:Ministry|Agency|News|Television|TV|Radio|Council|Office|Centre|Center|Hospital|"
                        r"Committee|Organi[sz]ation|Commission|Mission|Union|Network|Observatory|Red|Crescent|Cross|"
                        r"Times|Post|Press|Guardian|Reuters|Government|Authority|Department|University)\b")


def number_of_group(rules: SentenceRules, claims: list[Claim]) -> None:
    """'bringing the number of civilians killed to 23': the group the tally names counts the figure
    read from its outcome word."""
    w = rules.words
    for c in claims:
        if c.group != "people" or c.vague or not c.evidence:
            continue
        s = _token(rules, c.evidence[0].start, False)
        if rules.outcome_starting(s) is None:
            continue
        for size in (1, 2):
            g = rules.group_at(s - size) if s - size >= 2 else None
            if g is not None and g[0] == size and w[s - size - 1] == "of" and w[s - size - 2] in _TALLY:
                if g[1] not in _FORCES:
                    c.group = cast("Group", g[1])
                break


_TALLY = frozenset("number toll count tally total".split())


def severity_subset(rules: SentenceRules, claims: list[Claim]) -> list[Claim]:
    """'a number of the injuries were described as serious': a subset by severity alone (SCHEMA)."""
    text, end = rules.doc.text, rules.sentence.end
    out = []
    for c in claims:
        if c.vague and c.evidence and text[c.evidence[0].start : c.evidence[0].end].lower().startswith(_PARTITIVE):
            after = text[c.evidence[0].end : min(end, c.evidence[0].end + 60)].lower()
            if re.match(r"\s+(?:were|are|was|is|remain|remained)\s+(?:described as\s+|said to be\s+|in\s+(?:a\s+)?)?"
                        r"(?:very\s+)?(?:serious|critical|severe|grave|stable|moderate)\b", after):
                continue
        out.append(c)
    return out



_QUALIFIERS = {("fewer", "than"): "less_than", ("less", "than"): "less_than", ("more", "than"): "more_than",
               ("at", "least"): "at_least", ("up", "to"): "up_to", ("about",): "about", ("nearly",): "about",
               ("around",): "about", ("some",): "about", ("almost",): "about", ("over",): "more_than"}


def hit_figures(rules: SentenceRules, claims: list[Claim]) -> list[Claim]:
    """'fewer than five people had been hit': people hit by fire, the wording saying neither killed
    nor wounded, are casualties ('hit by shrapnel' stays wounded)."""
    w, out = rules.words, list(claims)
    for k in range(2, rules.n):
        if w[k] != "hit" or w[k - 1] not in ("been", "were") or w[k + 1 : k + 2] == ["by"] \
                and w[k + 2 : k + 3] in (["shrapnel"], ["a"], ["bullets"]):
            continue
        if w[k + 1 : k + 2] == ["and"] and rules.outcome_starting(k + 2):
            continue  # "were hit and killed": the outcome is said
        a = k - 1 - (w[k - 1] == "been" and w[k - 2] in ("had", "have", "has"))
        g = next(((j, x) for j in (a - 1, a - 2, a - 3) if j >= 0 and (x := rules.group_at(j)) and j + x[0] == a), None)
        end = g[0] if g is not None else a
        num = next(((j, y) for j in (end - 1, end - 2) if j >= 0 and (y := rules.number_at(j)) and y[1] == end - 1), None)
        if num is None or num[1][0] < 1:
            continue
        first, kind = num[0], "exact"
        for q, name in _QUALIFIERS.items():
            if first >= len(q) and tuple(w[first - len(q) : first]) == q:
                first, kind = first - len(q), name
                break
        lo, hi = rules.starts[first], rules.ends[k]
        known = [c for c in out if c.evidence and c.evidence[0].start < hi and lo < c.evidence[0].end]
        if known:
            for c in known:
                if not c.vague:
                    c.outcome = "casualties"  # (the engine took the outcome of a farther word)
                    c.evidence = [Span(start=min(lo, c.evidence[0].start), end=hi)]
            continue
        out.append(rules.claim("casualties", g[1][1] if g is not None else "people", None,
                               quantity(kind, num[1][0]), first, k, "en.amend.hit"))
    return out


_HIT_WORDS = re.compile(r"\bhit\b")
_HIT_AUX = re.compile(r"\b(?:been|were)\b")


def hit_only(doc: Document, sentence: Sentence) -> list[Claim]:
    """The 'had been hit' figures of a sentence that has no outcome word (so no other claim)."""
    from marsad.lang.en.claims import SentenceRules  # (claims.py imports this module)
    from marsad.lang.en.claims_lexicon import lexicon

    low = doc.text[sentence.start : sentence.end].lower()
    if _HIT_WORDS.search(low) is None or _HIT_AUX.search(low) is None:
        return []  # (no word "hit", or neither "been" nor "were": the test below, before building the rules)
    rules = SentenceRules(doc, sentence, lexicon())
    if "hit" not in rules.wordset or "been" not in rules.wordset and "were" not in rules.wordset:
        return []
    return hit_figures(rules, [])


_CLAIM_DENIED = re.compile(r",\s+(?:a\s+(?:claim|figure|toll|account|version)|which)\s+(?:that\s+)?"
                           r"(?:[\w'’.-]+\s+){1,6}?(?:has\s+|have\s+|had\s+|quickly\s+|also\s+)?"
                           r"(?:denied|rejected|disputed|dismissed|refuted)\b", re.IGNORECASE)


def claim_denied_after(rules: SentenceRules, claims: list[Claim]) -> list[Claim]:
    """"Rebels said five soldiers were killed, a claim the army denied": the claims before the apposition,
    told again as denied by its own speaker (evidence: the apposition)."""
    text, sent = rules.doc.text, rules.sentence
    m = _CLAIM_DENIED.search(text, sent.start, sent.end)
    if m is None:
        return []
    out: list[Claim] = []
    for c in claims:
        if c.stance == "assert" and c.scope == "incident" and c.evidence and c.evidence[0].end <= m.start() \
                and "," not in text[c.evidence[0].end : m.start()]:
            start = m.start() + len(m.group()) - len(m.group().lstrip(", \t\n"))  # (past the comma)
            out.append(c.model_copy(update={"stance": "deny", "source": [], "rule": "en.deny.apposed",
                                            "evidence": [Span(start=start, end=m.end())]}))
    return out


_SOON = frozenset("hours minutes moments shortly soon".split())
_SAID_SEPARATELY = re.compile(r"\b(?:said|says|reported|added|announced|claimed)\s+separately\b|\bseparately\s+"
                              r"(?:said|says|reported|announced|claimed)\b", re.IGNORECASE)
_SOON_AFTER = re.compile(r"(?:^|[,;(—–]\s*)(?:just\s+|only\s+|a\s+few\s+)?(?:hours|minutes|moments|shortly|soon)\s+after\s+$",
                         re.IGNORECASE)


def earlier_event(rules: SentenceRules, claims: list[Claim]) -> None:
    """"It said separately that two of its fighters had been killed ...", "..., hours after a commander was
    shot dead": what follows tells another, earlier event (background)."""
    text, sent = rules.doc.text, rules.sentence
    sep = _SAID_SEPARATELY.search(text, sent.start, sent.end) if "separately" in rules.wordset else None
    for c in claims:
        if not c.evidence or c.scope != "incident":
            continue
        s = c.evidence[0].start
        if sep is not None and s >= sep.end() or _SOON_AFTER.search(text[max(sent.start, s - 40) : s]):
            c.scope = "background"
