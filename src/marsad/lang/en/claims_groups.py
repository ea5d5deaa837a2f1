"""Whom the English claims of one sentence count: late corrections of group, side and subsets.

- a severity subset of the injured ("among them two in critical condition", "a number of the
  wounded are in serious condition") is no claim of its own (SCHEMA: subsets by severity alone);
- "N of the civilians killed were children": the predicate's group counts the N;
- a bare age as the subset of a toll ("kills four, including 15-year-old"): one child (under 18);
- pro-government / regime-allied militiamen are soldiers with the state's side (state-affiliated);
- "killing N of them / of their members" after a target the speaker labels as state forces
  ("mercenaries", "regime militias"): soldiers with the state's side.
"""

from __future__ import annotations

import re

from marsad.record import Claim, Document, Group, Sentence, Span

_SEVERITY = re.compile(r"\s*(?:(?:are|were|is|was|remain|remained|still)\s+){0,2}in\s+(?:a\s+)?(?:very\s+)?"
                       r"(?:serious|critical|grave|stable|severe|dangerous|moderate)\w*\s+condition", re.IGNORECASE)
_REMAIN = re.compile(r"\s*(?:remain|remains|remained|(?:are|were|is|was)\s+still)\s+in\b", re.IGNORECASE)
_SUBSET_BEFORE = re.compile(r"(?:among (?:them|whom)|of (?:them|whom)|including|with)[,\s]*$", re.IGNORECASE)
_OF_THE_INJURED = re.compile(r"(?:a number|some|several|many|most|\w+) of the (?:injured|wounded)$", re.IGNORECASE)
_PREDICATE = re.compile(r"\s+(?:were|are)\s+(?:all\s+)?", re.IGNORECASE)
_BARE_AGE = re.compile(r"\bincluding\s+(?:an?\s+)?(\d{1,2})-year-old\b(?!-)(\s+[a-z]+)?", re.IGNORECASE)
_NAMED_ONE = re.compile(r"\b(?:death|martyrdom|killing|murder) of the ((?:young |elderly |old )?(?:child|boy|girl|teenager|"
                        r"man|woman))\s+[A-Z][\w'-]+", re.IGNORECASE)
_ONE_GROUP = {"child": "children", "boy": "children", "girl": "children", "teenager": "children", "man": "men",
              "woman": "women"}
_PRO_STATE = re.compile(r"\b(?:pro-government|pro-regime|government-allied|regime-allied|government-backed|"
                        r"pro-state|state-backed|loyalist)\s+(?:[\w-]+\s+)?(?:militiam[ae]n|militias?|paramilitar\w+|"
                        r"fighters|gunmen)\b", re.IGNORECASE)
_OF_THEM = re.compile(r"\bof\s+(?:them|their\s+(?:members|fighters|men|elements|ranks))\b", re.IGNORECASE)
_STATE_TARGET = re.compile(r"\b(?:mercenaries|regime\s+(?:militias?|forces|troops|soldiers|army)|"
                           r"government\s+(?:forces|troops|soldiers)|apostates)\b", re.IGNORECASE)

_AS_TARGET = re.compile(r"\b(?:of|on|at|against|targeted|targeting|struck|striking|hit|hitting|attacked|attacking|shelled|"
                        r"shelling|ambushed)\s+(?:(?:the|a|an)\s+|[\"“]\s*)*(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


def adjust(doc: Document, sentence: Sentence, claims: list[Claim]) -> list[Claim]:
    """The claims of one English sentence, with the round-14 corrections applied."""
    text = doc.text
    piece = text[sentence.start : sentence.end]
    low = piece.lower()
    if "condition" in low:
        claims = [c for c in claims if not _severity_subset(text, sentence, c)]
    if " were " in low or " are " in low:
        claims = _predicate_group(text, claims)
        if " of the " in low:
            _partitive_predicate(text, claims)
    if "year-old" in low and "including" in low:
        claims = claims + _bare_age(text, sentence, claims)
    if " of the " in low and ("death" in low or "martyrdom" in low or "killing" in low):
        claims = claims + _named_one(text, sentence, claims)
    if "pro-" in low or "-allied" in low or "-backed" in low or "loyalist" in low:
        _pro_state(doc, text, claims)
    if " of them" in low or " of their" in low:
        _of_state_target(doc, text, sentence, claims)
    if "\n" in piece and _BULLET_LINE.search(piece):
        claims = [c for c in claims if not _outcome_off_line(text, sentence, c)]
    return claims


_BULLET_LINE = re.compile(r"(?m)^[ \t]*[-•*–][ \t]")
_OUTCOME_WORD = re.compile(r"kill|dead|death|died|\bdie|dying|wound|injur|hurt|\blives\b|\bbod(?:y|ies)\b|casualt|victim|"
                           r"martyr|slain|fatal|\btolls?\b|perish|massacr|harm|deceased", re.IGNORECASE)


def _outcome_off_line(text: str, sentence: Sentence, c: Claim) -> bool:
    """A bulleted list read as one sentence ("- Researchers interviewed 14 people\n- Five children among
    the dead"): a figure on a line with no outcome word took its outcome from another item."""
    if not c.evidence:
        return False
    e = c.evidence[0]
    lo = text.rfind("\n", sentence.start, e.start) + 1 or sentence.start
    hi = text.find("\n", e.start, sentence.end)
    hi = sentence.end if hi < 0 else hi
    return e.end <= hi and _OUTCOME_WORD.search(text, lo, hi) is None


def _severity_subset(text: str, sentence: Sentence, c: Claim) -> bool:
    """'among them two in serious condition', 'a number of the injured are in critical condition'."""
    if c.outcome not in ("injured", "casualties") or c.group != "people" or not c.evidence:
        return False
    e = c.evidence[0]
    first = e.start + len(text[e.start : e.end].split(" ")[0])  # the evidence may end inside the phrase ("two in")
    if _SEVERITY.match(text, e.end, sentence.end) is None and _SEVERITY.match(text, first, sentence.end) is None:
        return False
    head = text[max(sentence.start, e.start - 24) : e.start]
    return _SUBSET_BEFORE.search(head) is not None or _OF_THE_INJURED.search(text[e.start : e.end]) is not None \
        or _REMAIN.match(text, e.end, sentence.end) is not None  # "11 people remained in critical condition"


def _predicate_group(text: str, claims: list[Claim]) -> list[Claim]:
    """'Two of the civilians killed were children': the vague predicate claim gives the figure's group."""
    drop: set[int] = set()
    for c in claims:
        if c.vague or not c.evidence or c.min is None:
            continue
        e = c.evidence[0]
        for k, v in enumerate(claims):
            if not v.vague or not v.evidence or v.outcome != c.outcome or not v.rule.endswith("predicate"):
                continue
            s = v.evidence[0].start
            if not (e.start < s <= e.end + 2) or " of the " not in text[e.start : s]:
                continue
            m = _PREDICATE.search(text, s, v.evidence[0].end)
            if m is None:
                continue
            c.group, c.side = v.group, v.side
            c.evidence = [Span(start=e.start, end=max(e.end, v.evidence[0].end))] + c.evidence[1:]
            drop.add(k)
    return [c for k, c in enumerate(claims) if k not in drop]


_PARTITIVE_OF = re.compile(r"^[\w-]+\s+of\s+(?:the|those)\s", re.IGNORECASE)
_PREDICATE_NOUN = re.compile(r"\s+(?:were|are)\s+(?:all\s+|both\s+)?(children|boys|girls|minors|women|men|civilians)\b",
                             re.IGNORECASE)
_PREDICATE_GROUP: dict[str, Group] = {"children": "children", "boys": "children", "girls": "children", "minors": "children",
                    "women": "women", "men": "men", "civilians": "civilians"}


def _partitive_predicate(text: str, claims: list[Claim]) -> None:
    """'Two of the dead civilians were children': the predicate noun counts the partitive figure."""
    for c in claims:
        if c.vague or not c.evidence or c.min is None or c.group == "soldiers" or c.group == "combatants":
            continue
        e = c.evidence[0]
        m = _PREDICATE_NOUN.match(text, e.end)
        if m is None or not _PARTITIVE_OF.match(text[e.start : e.end]):
            continue
        group = _PREDICATE_GROUP[m.group(1).lower()]
        if group != c.group and not any(o is not c and o.evidence and o.evidence[0].start >= e.end
                                        and o.evidence[0].start <= m.end() for o in claims):
            c.group = group
            c.evidence = [Span(start=e.start, end=m.end())] + c.evidence[1:]


def _bare_age(text: str, sentence: Sentence, claims: list[Claim]) -> list[Claim]:
    """'kills four, including 15-year-old': a bare age names one person of the toll (a child under 18)."""
    out: list[Claim] = []
    for m in _BARE_AGE.finditer(text, sentence.start, sentence.end):
        if any(c.evidence and c.evidence[0].start <= m.start(1) < c.evidence[0].end for c in claims):
            continue
        whole = [c for c in claims if c.evidence and c.evidence[0].end <= m.start() and not c.vague and c.min]
        if not whole:
            continue
        base = whole[-1]
        if int(m.group(1)) >= 18 and m.group(2):
            continue  # "including 30-year-old woman": the noun's group (not read here)
        group = "children" if int(m.group(1)) < 18 else "people"
        out.append(base.model_copy(update={"group": group, "side": None, "min": 1, "max": 1, "approx": False,
                                           "evidence": [Span(start=m.start(), end=m.end())],
                                           "rule": "en.single.age", "id": ""}, deep=True))
    return out


def _named_one(text: str, sentence: Sentence, claims: list[Claim]) -> list[Claim]:
    """'announced the death of the boy Sami Odeh': one named person of a group is a claim of 1."""
    out: list[Claim] = []
    for m in _NAMED_ONE.finditer(text, sentence.start, sentence.end):
        if not m.group()[m.start(1) - m.start() :][:1].islower() or any(
                c.evidence and c.evidence[0].start < m.end() and m.start() < c.evidence[0].end for c in claims):
            continue
        scope = claims[0].scope if claims else "incident"
        group = _ONE_GROUP[m.group(1).lower().split()[-1]]
        out.append(Claim(lang="en", outcome="killed", group=group, min=1, max=1, scope=scope,  # type: ignore[arg-type]
                         evidence=[Span(start=m.start(), end=m.end())], rule="en.single.named"))
    return out


def _pro_state(doc: Document, text: str, claims: list[Claim]) -> None:
    """'four pro-government militiamen': state-affiliated forces are soldiers of the state."""
    from marsad.lang.en.claims import document_country

    for c in claims:
        if c.group != "combatants" or c.side is not None or not c.evidence:
            continue
        e = c.evidence[0]
        if _PRO_STATE.search(text, max(0, e.start - 30), e.end + 30) is None:
            continue
        country = document_country(doc)
        if country:
            c.group, c.side = "soldiers", country


def _of_state_target(doc: Document, text: str, sentence: Sentence, claims: list[Claim]) -> None:
    """'struck "a gathering of mercenaries" ..., killing 12 of them': the target the speaker labels
    as state forces is the victims' side."""
    from marsad.lang.en.claims import document_country

    for c in claims:
        if c.group not in ("people", "combatants", "soldiers") or c.group == "soldiers" and c.side or not c.evidence:
            continue
        e = c.evidence[0]
        if _OF_THEM.search(text, e.start, min(sentence.end, e.end + 24)) is None:
            continue
        targets = [t for t in _STATE_TARGET.finditer(text, sentence.start, e.start)
                   if _AS_TARGET.search(text, max(sentence.start, t.start() - 40), t.start())]
        if not targets:
            continue  # (not "Government forces fired on protesters, killing 12 of them")
        country = document_country(doc)
        if country:
            c.group, c.side = "soldiers", country
