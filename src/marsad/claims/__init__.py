"""Casualty claims: the language-neutral engine over per-language rules in marsad.lang.

Each language folder provides `marsad.lang.<code>.claims.find_claims(doc, sentence)`
returning Claim records (no sources yet) for one sentence: lang, outcome, group,
side, min/max/approx/vague, stance, scope, evidence spans and the rule. The engine
calls it for every sentence, drops within-sentence duplicates, numbers the claims,
and after attribution merges repeats (`merge_repeats`).

Shared helpers a language module may use (none is required):

- `marsad.claims.quantity`: `quantity(kind, n, upper=None) -> Quantity(min, max,
  approx, vague)`, the one mapping of qualifier kinds ("exact", "at_least",
  "more_than", "up_to", "less_than", "about", "between", "vague", "zero") to the
  SCHEMA's ranges ("more than 13" -> 14..None, "up to 13" -> None..13, ...).
- `marsad.claims.text`: `Token`, `tokenize(text, start, end)` (word/number/punct
  tokens with absolute offsets), `parse_digits("2,800")`, `span_of(tokens, i, j)`.
- `marsad.claims.scope`: `is_background(text, cue_pattern)` for cumulative or
  other-event figures ("since October", "the war has killed"); cues are data.
- `marsad.claims.merge`: `figure_key`, `dedupe`, `merge_repeats`.

A language module may also define `retracts(doc, sentence) -> bool`: when it is true
for a sentence ("That number, we now think, is wrong"), the engine marks the
figures of the sentence with figures just before it as denied.

Sentences split inside an abbreviation ("the U.S. | raid") or at a label's colon
("Number of injuries:" | "174,231") are rejoined here before the rules see them, so a
figure is never cut in two.
"""

from __future__ import annotations

import importlib
import re
from functools import cache
from types import ModuleType

from marsad.claims.merge import dedupe
from marsad.claims.merge import merge_repeats as merge_repeats
from marsad.record import Document, Sentence, assign_trusted

# A sentence that ends in one of these was most likely cut at an abbreviation's dot.
_ABBREV_END = re.compile(
    r"(?:\b(?:[A-Za-z]\.){2,}|\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sgt|Capt|Maj|Cpl|Adm|Brig|St|Jr|Sr|Gov|Sen|Rep|Prof|Fla|Calif|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.)$"
)


def _may_end_abbreviation(text: str, end: int) -> bool:
    """A cheap test that _ABBREV_END may match text just before `end` (False: it cannot): the
    dot ends the text (or its last line), after 'U.S'-like letters or a word of at most five
    letters ('Gen', 'Calif')."""
    e = end - 1 if text[end - 1 : end] == "\n" else end
    if e < 7:
        return True
    return text[e - 1] == "." and (text[e - 3] == "." or not text[e - 7 : e - 1].isalpha())


@cache
def language_rules(lang: str) -> ModuleType | None:
    """The claim rules module of a language, or None when marsad has none."""
    try:
        return importlib.import_module(f"marsad.lang.{lang}.claims")
    except ModuleNotFoundError:
        return None


def joined_sentences(doc: Document) -> list[Sentence]:
    """doc.sentences, with a sentence cut after an abbreviation joined to the next one."""
    out: list[Sentence] = []
    text = doc.text
    prev = None
    for sentence in doc.sentences:
        if prev is None:
            out.append(sentence)
            prev = sentence
            continue
        end = prev.end
        last = text[end - 1 : end]
        first = text[sentence.start : sentence.start + 1]
        e = end - 1 if last == "\n" else end  # _may_end_abbreviation(text, end), inline:
        if (
            (e < 7 or text[e - 1] == "." and (text[e - 3] == "." or not text[e - 7 : e - 1].isalpha()))
            and prev.paragraph == sentence.paragraph
            and prev.lang == sentence.lang
            and _ABBREV_END.search(text, max(prev.start, end - 12), end)
            or (  # a label and its value on two lines: "Number of injuries:\n174,231"
                (last == ":" and first.isdigit() or first == ":")
                and text.count("\n", end, sentence.start) <= 1
                and (prev.lang == sentence.lang or "other" in (prev.lang, sentence.lang))
            )
        ):
            lang = prev.lang if prev.lang != "other" else sentence.lang
            out[-1] = prev = prev.model_copy(update={"end": sentence.end, "lang": lang})
            continue
        out.append(sentence)
        prev = sentence
    return out


RETRACTION_REACH = 2  # a retraction takes back figures at most this many sentences before it


def find_claims(doc: Document) -> None:
    """Fill doc.claims (without sources) from each sentence."""
    claims = doc.claims  # (the list itself: rules read it as doc.claims)
    rules_of: dict[str, ModuleType | None] = {}  # language_rules, per language met
    for sentence in joined_sentences(doc):
        lang, sid = sentence.lang, sentence.id
        rules = rules_of.get(lang, _UNSET)
        if rules is _UNSET:
            rules = rules_of[lang] = language_rules(lang)
        if rules is None:
            continue
        if claims and (claims[-1].sentence or 0) >= sid - RETRACTION_REACH:  # a cheap gate first
            retracts = getattr(rules, "retracts", None)
            if retracts is not None and retracts(doc, sentence):  # only right after figures
                retract_previous(doc, sentence)
        found = rules.find_claims(doc, sentence)
        if not found:
            continue
        for claim in dedupe(found) if len(found) > 1 else found:
            assign_trusted(claim, "id", f"c{len(claims)}")  # (claim.id = ..., typed values)
            assign_trusted(claim, "sentence", sid)
            claims.append(claim)


_UNSET: ModuleType = ModuleType("unset")  # rules_of: a language not looked up yet


def retract_previous(doc: Document, sentence: Sentence) -> None:
    """Mark the figures of the last sentence with figures (just before `sentence`, same
    language) as denied: 'That number, we now think, is wrong' (SCHEMA: a
    retracted figure is a claim with stance deny)."""
    last = next((c.sentence for c in reversed(doc.claims)
                 if c.lang == sentence.lang and not c.vague and c.sentence is not None), None)
    if last is None or last > sentence.id or sentence.id - last > RETRACTION_REACH:
        return
    for claim in doc.claims:
        if claim.sentence == last and not claim.vague and claim.lang == sentence.lang:
            claim.stance = "deny"
