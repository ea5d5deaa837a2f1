"""Arabic casualty claims: one sentence in, Claim records out (no sources).

The rules read the sentence as a row of analysed tokens (claims_lexicon.py)
and look, in order, for: counted figures (digits, number words, duals, vague
quantities) with their qualifiers and the noun they count; single persons
next to a casualty word; groups listed after "بينهم" / "معظمهم"; bare
casualty nouns ("سقوط ضحايا"); negated casualty words (zero claims); and
denials. Each figure takes its outcome from the noun it counts, else from the
casualty verb after it, else from the nearest casualty word before it.
Sentences without a casualty stem are skipped by one regular expression.
Figures in other events, earlier periods or war-wide totals get scope
"background" (also a whole paragraph opened by "وفي حادث منفصل" / "على صعيد
آخر", and a pluperfect "وكانت غارة قد ..." telling another, earlier attack); a
denial verb makes the claims it governs stance "deny". Subsets by severity
("بينهم 4 في حالة حرجة", "ما زال عدد من المصابين بحالة حرجة"), missing people
and nouns that refer back to counted victims ("ذوي الضحايا") make no claim;
"آخرون" takes the head noun of a "بينهم" list, not its members. Two outcomes
joined over one quantity ("مقتل وإصابة 30", "قتلى وجرحى", "بين قتيل وجريح")
are one claim of outcome "casualties". A body's own forces ("مقاتلينا",
"منتسبيها"), ranks and army units are soldiers of its state; fighters named
"of" an organisation the names stage found take it as their side. A
correction ("تصحح ... ما ورد ... بشأن") or a rebuttal ("ما تناقلته ... عارٍ عن
الصحة") makes the figures it names denials; figures of an attack this one
answers ("رداً على غارات أمس") or told "in" a war are background.

Modules: claims_lexicon.toml (the words, as data) and claims_lexicon.py (its
lookup, clitics stripped), claims_tokens.py (tokens with offsets),
claims_figures.py (numbers and qualifiers), numbers.py (normalisation and
number values), claims_examples.tsv (phrase -> expected claims, run by tests).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from marsad.claims.scope import beyond_incident
from marsad.claims.trie import rare_char_pattern
from marsad.lang.ar.claims_figures import (
    Figure,
    after_at_least,
    after_qualifier,
    blocked_before,
    figure_at,
    is_year,
    starts_number,
)
from marsad.lang.ar.claims_lexicon import CHAR_FREQUENCY, analyze, lexicon, stems, with_proclitics
from marsad.lang.ar.claims_tokens import (
    CLAIM_ROLES,
    CONTRAST,
    CUE_WORDS,
    FUNCTION_WORDS,
    MOURN,
    QUOTES,
    SEPARATE,
    SUBSET_FORMS,
    Tok,
    casualty_outcome,
    is_definite,
    is_plain_noun,
    may_claim_words,
    response_first_words,
    response_openers,
    token_row,
    tokens,
    war_nouns,
)
from marsad.lang.ar.numbers import _lexicon as _lexicon_data
from marsad.lang.ar.numbers import normalize, written_pattern
from marsad.memo import text_cache
from marsad.record import Claim, Document, Sentence, Span

# Cheap gate on the sentence as written: casualty stems and denial verbs (normalised spellings).
_TRIGGER_STEMS = (
    "قتل", "قتيل", "قتلي", "شهيد", "شهدا", "شهاد", "استشهد", "وفاه", "وفات", "وفي", "توفي", "جثث", "جثه", "جثت",
    "جثام", "جثمان", "مصرع", "حتف", "جرح", "جريح", "جراح", "اصاب", "اصيب", "مصاب", "يصب", "تصب", "ضحي", "ضحايا",
    "خسائر", "حصيل", "بحياه", "قضوا", "قضي", "نفي", "نفت", "ينفي", "تنفي", "نفوا", "ماتوا", "موتي", "العلاج",
    "نعي", "نعت", "نعوا", "ينع", "تنع", "فارق", "ارتق", "هلاك", "هلك", "صيب", "ارواح", "نحب", "سقط", "حيات",
    "افراد عائلت", "افراد اسرت", "قضت علي", "قضينا علي", "قضاء علي", "اجساد",
)
_TRIGGER = written_pattern(_TRIGGER_STEMS)  # (the plain reading of the gate, on the text as written)
# The same stems found in the normalised sentence, each from its rarest letter (see rare_char_pattern):
# `re` skips in C the letters no stem is read from. On the sentence alone (a slice), no look-behind
# reads before it: a match is a stem inside the sentence, as _TRIGGER's is in the text as written.
_TRIGGER_NORMAL = re.compile(rare_char_pattern(_TRIGGER_STEMS, CHAR_FREQUENCY))


def _triggered(doc: Document, sentence: Sentence) -> bool:
    """Does the sentence name a casualty stem or a denial verb (in any spelling)?"""
    return _TRIGGER_NORMAL.search(normalize(doc.text[sentence.start : sentence.end])) is not None


_HYPOTHETICAL = {"اذا", "لو", "حال", "احتمال", "مزاعم", "حول", "بشان", "حيال", "ستحقق", "تحقق", "التحقيق", "ستراجع",
                 "تراجع", "ستنظر"}


@dataclass
class Found:
    """A claim found in a token row, before it becomes a Claim record."""

    outcome: str
    group: str
    side: str | None
    min: int | None
    max: int | None
    approx: bool
    vague: bool
    first: int  # token span
    last: int
    rule: str
    stance: str = "assert"
    background: bool = False


# --------------------------------------------------------------- tokens


# -------------------------------------------------------------- numbers


# -------------------------------------------------------------- helpers


def _side_in_sentence(toks: list[Tok], head: int, group: str) -> str | None:
    """The side a force word refers back to ("عناصره" after "تنظيم القاعدة"): the nearest
    side of the right kind (state for soldiers, non-state for combatants) in the sentence."""
    state = lexicon().state_sides
    best, best_d = None, 10**6
    for k, t in enumerate(toks):
        side = t.phrase[1] if t.phrase and t.phrase[0] == "side" else t.w.side
        if side is None or (side in state) != (group == "soldiers"):
            continue
        if k > 0 and "facility" in toks[k - 1].w.roles:
            continue  # "المستشفى السعودي": the facility's name, not a force
        d = abs(k - head) + (0 if k < head else 3)
        if d < best_d:
            best, best_d = side, d
    return best


def _token_side(t: Tok) -> str | None:
    return t.phrase[1] if t.phrase and t.phrase[0] == "side" else t.w.side


def _side_near(toks: list[Tok], a: int, b: int) -> str | None:
    for k in range(max(a, 0), min(b, len(toks))):
        t = toks[k]
        if t.phrase and t.phrase[0] == "side":
            return t.phrase[1]
        if t.w.side:
            return t.w.side
    return None


def _own_forces(toks: list[Tok], head: int) -> tuple[str, str | None]:
    """"مقاتلينا", "منتسبينا", "قواتنا": the speaker's own forces. An armed group named in the
    sentence makes them its fighters; otherwise they are soldiers of the state named (or of the
    state found later from the document)."""
    state = lexicon().state_sides
    best, best_d = None, 10**6
    for k, t in enumerate(toks):
        side = _token_side(t)
        if side is None or k == head or _attacker_at(toks, k):
            continue
        d = abs(k - head) + (0 if k < head else 3)
        if d < best_d:
            best, best_d = side, d
    if best is not None and best not in state:
        return "combatants", best
    return "soldiers", best


_AGENT = {"بنيران", "نيران", "برصاص", "رصاص", "بيد", "يد", "قبل", "بقصف", "قصف", "بغاره", "بغارات", "بهجوم",
          "بكمين", "ضد", "مع", "علي"}
# Words that name the attacker after them ("بهجوم لداعش", "اعتداء من قبل عصابات داعش", "بهجوم شنه مسلحو ..."):
# a side named there is who attacked, not whose forces the casualties are.
_ATTACKER_CUES = frozenset({"بنيران", "نيران", "برصاص", "بيد", "يد", "قبل", "بقصف", "قصف", "بهجوم", "هجوم",
                            "بكمين", "كمين", "شنه", "شنها", "شنته", "نفذه", "نفذها", "بغاره", "غاره", "بغارات",
                            "غارات", "بهجمات", "هجمات", "بتفجير", "باعتداء", "اعتداء"})
_TARGET_CUES = frozenset({"علي", "ضد", "استهدف", "استهدفت", "طال", "طالت"})  # "هجوم على موقع للجيش": the target


def _attacker_at(toks: list[Tok], k: int) -> bool:
    """Is the side at token k the attacker's, named after an attacker cue a few words before it?"""
    for j in range(k - 1, max(k - 6, -1), -1):
        if toks[j].punct or toks[j].norm in _TARGET_CUES:
            return False
        if toks[j].norm in _ATTACKER_CUES:
            return True
    return False


def _victim_side_near(toks: list[Tok], a: int, b: int) -> str | None:
    """_side_near up to an attacker cue: "مقتل ثلاثة جنود بهجوم لداعش" names no side of the soldiers
    ("بهجوم على موقع للجيش العراقي" names the target's)."""
    for k in range(max(a, 0), min(b, len(toks))):
        if toks[k].norm in _ATTACKER_CUES and not (k + 1 < len(toks) and toks[k + 1].norm in _TARGET_CUES):
            return None
        side = _token_side(toks[k])
        if side:
            return side
    return None


def _state_force_before(toks: list[Tok], head: int) -> bool:
    """Is the nearest force named before `head` a state force ("الشرطة", "الجيش")?"""
    state = lexicon().state_sides
    for k in range(head - 1, max(head - 8, -1), -1):
        t = toks[k]
        if "family" in t.w.roles:
            return False  # "عائلة ... عشرة من أفرادها": members of a family
        if "state_force" in t.w.roles or (t.phrase and t.phrase[1] == "state_force"):
            return True
        side = _token_side(t)
        if side is not None:
            return side in state
    return False


def _named_armed_group(toks: list[Tok], head: int, reach: int) -> str | None:
    """The non-state force named first after a member word ("عناصر من "الجيش الوطني السوري""),
    even when its name holds a state-force word; None when a state force comes first."""
    state = lexicon().state_sides
    for k in range(head + 1, min(head + reach, len(toks))):
        t = toks[k]
        if t.norm in _AGENT:
            return None  # "بنيران ...": the force is the killer
        side = _token_side(t)
        if side is not None:
            return None if side in state or not (t.phrase and t.phrase[0] == "side") else side
        if "state_force" in t.w.roles or (t.phrase and t.phrase[1] == "state_force"):
            return None
    return None


@lru_cache(maxsize=1)
def _foreign_hired() -> tuple[frozenset[str], frozenset[str]]:
    data = _lexicon_data()["group_context"]
    return (frozenset(normalize(w) for w in data["hired_fighters"]),
            frozenset(normalize(w) for w in data["foreign_adjectives"]))


def _foreign_mercenaries(toks: list[Tok], head: int) -> bool:
    """"المرتزقة الأجانب": foreign hired fighters, an armed group's men rather than a state's soldiers."""
    hired, foreign = _foreign_hired()
    return head + 1 < len(toks) and toks[head].w.stem in hired and toks[head + 1].norm in foreign


def _soldier_noun(t: Tok) -> bool:
    """"جنود", "ضباط": a noun that names soldiers itself ("جنود الحراسة" are soldiers on guard duty),
    unlike a member word ("عناصر الحماية": bodyguards)."""
    return t.w.group == "soldiers" and "member" not in t.w.roles


def _fix_group(group: str, side: str | None, toks: list[Tok], head: int) -> tuple[str, str | None]:
    lex = lexicon()
    if group == "soldiers" and _foreign_mercenaries(toks, head):
        return "combatants", side if side not in lex.state_sides else None
    if toks[head].w.suffix == "نا" and "own_force" in toks[head].w.roles:
        return _own_forces(toks, head)
    reach = 6 if head + 1 < len(toks) and "unit" in toks[head + 1].w.roles else 4  # "قائد كتيبة مدفعية في الجيش"
    member = group == "people" and "member" in toks[head].w.roles
    named = _named_armed_group(toks, head, reach) if group == "combatants" or member else None
    if named is not None:
        return "combatants", named  # "مقاتلين من "الجيش الوطني السوري"": an armed group's own "army"
    if (group == "combatants" or member) and any(
        ("state_force" in toks[k].w.roles or (toks[k].phrase and toks[k].phrase[1] == "state_force")
         or (toks[k].w.group == "soldiers" and toks[k].w.group_form == "sg" and is_definite(toks[k]))  # "قائد اللواء العميد"
         or (member and _token_side(toks[k]) in lex.state_sides))
        and toks[k - 1].norm not in _AGENT  # not "مرتزقاً ... بنيران الجيش": the army is the killer
        for k in range(head + 1, min(head + reach, len(toks)))
    ):
        group = "soldiers"  # "عناصر من الشرطة": members of a state force
        if side is None or side not in lex.state_sides:
            side = _state_side_near(toks, head + 1, head + 7)
    if side is None and group in ("combatants", "soldiers") and toks[head].w.suffix:
        side = _side_in_sentence(toks[:head], head, group)  # "عناصره": the force named before
    if side is None and group == "combatants" and toks[head].w.suffix in ("هم", "هن"):
        ante = _antecedent_group(toks, head)  # "مخزن تابع لمرتزقة العدوان ... مصرع عدد من عناصرهم"
        if ante is not None and ante[0] == "soldiers":
            group, side = ante
    if member and group == "people" and toks[head].w.suffix and toks[head].w.stem.startswith("منتسب"):
        state = _side_in_sentence(toks[:head], head, "soldiers")  # "منتسبيها" after "هيئة الحشد الشعبي"
        if state is not None:
            return "soldiers", state
    if member and not toks[head].w.suffix and toks[head].w.stem.startswith("منتسب") and is_definite(toks[head]) and any(
            toks[k].w.group == "soldiers" or "state_force" in toks[k].w.roles for k in range(head)):
        return "soldiers", _side_in_sentence(toks[:head], head, "soldiers")  # "جثتي جنديين و3 جرحى من المنتسبين"
    if "member" in toks[head].w.roles and toks[head].w.suffix and toks[head].w.suffix != "نا" and _state_force_before(toks, head):
        return "soldiers", _side_in_sentence(toks[:head], head, "soldiers")  # "أعلنت الشرطة مقتل أحد أفرادها"
    nxt = toks[head + 1] if head + 1 < len(toks) else None
    if nxt is not None and nxt.norm in ("في", "من", "فى") and head + 2 < len(toks):
        nxt = toks[head + 2]  # "عنصر في الدفاع المدني": a rescuer, not a fighter
    if nxt is not None and ("people_after" in nxt.w.roles or (nxt.phrase and nxt.phrase[1] == "people_after")) \
            and not _soldier_noun(toks[head]):
        return "people", None
    if group == "combatants" and side in lex.state_sides:
        return "soldiers", side
    if group == "soldiers" and side is not None and side not in lex.state_sides:
        return "combatants", side
    if group not in ("combatants", "soldiers"):
        return group, None
    return group, side


# ---------------------------------------------------------------- rules


def _head(toks: list[Tok], k: int) -> tuple[str, int] | None:
    """What token k tells about the counted noun: (kind, index) with kind in
    cas / group / others / side / block / bare / unknown."""
    if k >= len(toks):
        return "bare", k
    t = toks[k]
    w = t.w
    if t.norm in ("%", "٪"):
        return "block", k
    if t.punct:
        return "bare", k
    if t.phrase and t.phrase[0] == "group":
        return "group", k
    if t.phrase and t.phrase[0] == "cas" and w.outcome:
        return "cas", k
    if "others" in w.roles:
        return "others", k
    if w.outcome and w.cas_form in ("pl", "sg", "du") and not w.suffix:
        if w.conj and (w.cas_form in ("sg", "du") or is_definite(t)):
            return "bare", k  # "مقتل 5 وإصابة 10", "إلى 34 والإصابات إلى 120", "مقتل 3 وجريحين": the next outcome
        return "cas", k
    if w.group and w.conj and is_definite(t) and not t.phrase:
        return "bare", k  # "إلى 12 والحوثيون ينفون": a new subject, not the counted noun
    if w.group:
        return "group", k
    if ("block" in w.roles or "month" in w.roles) and not (_has_preposition(t) and "attack" in w.roles):
        return "block", k
    if w.side and not t.phrase:
        return "side", k
    if "transparent" in w.roles or w.outcome or w.roles & {"among", "neg"} or t.phrase:
        return "bare", k
    if t.digit:
        return "bare", k
    return "unknown", k


def _parent_outcome(toks: list[Tok], first: int, prev: list[Found]) -> str | None:
    """The outcome of the claim a "بينهم" / "معظمهم" list hangs from, when first is in one."""
    if not prev:
        return None
    parent = prev[-1]
    if parent.last >= first:
        return None
    for k in range(parent.last + 1, first):
        t = toks[k]
        if t.w.roles & {"among", "majority"} or (t.phrase and t.phrase[0] == "role" and t.phrase[1] == "among"):
            if all(not casualty_outcome(toks[j]) for j in range(parent.last + 1, first)):
                return parent.outcome
    return None


def _earlier_toll(toks: list[Tok], first: int, prev: list[Found]) -> bool:
    """A bare figure after «بعد أن كانت» right after a toll ("rose to 19 after it had been 17"): the
    toll's earlier figure."""
    return bool(prev) and first >= 3 and toks[first - 1].norm in ("كانت", "كان") \
        and toks[first - 2].norm in ("ان", "أن") and toks[first - 3].norm == "بعد" \
        and 0 <= first - 3 - prev[-1].last <= 1 and not prev[-1].vague


def _outcome_for(toks: list[Tok], first: int, last: int, prev: list[Found]) -> str | None:
    still = _still_treated(toks, last + 1)
    if still is not None:
        return still  # "بحارين آخرين لا يزالان يتلقيان العلاج": still being treated, wounded
    parent = _parent_outcome(toks, first, prev)
    if parent:
        return parent
    n = len(toks)
    if first > 0 and toks[first - 1].norm == "من" and last + 2 < n and toks[last + 1].norm == "الي" \
            and starts_number(toks, last + 2):
        for k in range(last + 3, min(last + 6, n)):  # "من 12 إلى 17 قتيلاً": the earlier figure of the same toll
            o = casualty_outcome(toks[k])
            if o or toks[k].punct:
                if o:
                    return o
                break
    if _earlier_toll(toks, first, prev):
        return prev[-1].outcome  # "صعدت إلى 23 شهيدا وكانت قبلها 21": the earlier figure of the same toll
    # a count word inside the figure's span ("تجاوز عدد الجرحى 25"): its noun's outcome
    for k in range(first, last):
        if toks[k].w.stem in ("عدد", "حصيله", "تعداد") and casualty_outcome(toks[k + 1]):
            return casualty_outcome(toks[k + 1])
    # a casualty verb right before the figure ("توفي شخصان", "قضى ١٢٥ مدنياً")
    for k in (first - 1, first - 2):
        if k >= 0 and toks[k].w.cas_form == "verb" and toks[k].w.outcome and toks[k].w.stem not in ("سقوط", "وقوع"):
            if k == first - 1 or toks[k + 1].w.roles & {"transparent"}:
                return toks[k].w.outcome
    if first > 0 and toks[first - 1].w.stem in _BODIES and not toks[first - 1].w.definite:
        return "killed"  # "وجثث 9 أشخاص": the bodies of a counted group, whatever verb follows
    # a casualty verb or adjective right after the noun ("أطفال قتلوا", "طفلة مصابة")
    for k in range(last + 1, min(last + 4, len(toks))):
        t = toks[k]
        if (t.punct and t.norm not in ("،", ",")) or t.norm in CONTRAST:
            break  # "بلغت حصيلة الشهداء ثلاثة، فيما أصيب ...": the next clause has its own figure
        if k == last + 1 and (t.norm.startswith("حيات") or _family_loss(toks, first + 1)) and first > 0 \
                and toks[first - 1].w.stem.startswith("فقد"):
            return "killed"  # "فقد 5 أشخاص حياتهم", "فقد خمسة من أفراد عائلته"
        if t.w.conj and t.w.outcome:
            break  # "وأصيب": the next clause
        o = casualty_outcome(t, strong=False)
        if o and (t.w.cas_form == "verb" or t.phrase or t.w.cas_form == "sg"):
            return o
        if o and k == last + 1 and t.w.cas_form == "pl" and _has_preposition(t):
            return o  # "تعرض 5 مدنيين لإصابات": the wounds the figure suffered
        if t.norm.lstrip("و").startswith("سقط") and k + 1 < len(toks) and toks[k + 1].w.cas_form in ("pl", "sg"):
            o = casualty_outcome(toks[k + 1])
            if o:
                return o  # "سقطوا مصابين", "سقط قتيلاً"
        if t.norm.lstrip("و") in ("سقطوا", "سقطا", "سقطتا", "سقطن") and not t.w.conj and (
            k + 1 >= len(toks) or toks[k + 1].punct or toks[k + 1].norm in _PREPOSITIONS | {"خلال", "شهداء"}
        ):
            return "killed"  # "ثلاثة من عناصره سقطوا خلال القصف": persons who fell, died
        if t.digit or t.w.num is not None:
            break
    # the nearest casualty word before, unless "عدد" names another count in between
    for k in range(first - 1, -1, -1):
        o = casualty_outcome(toks[k])
        for j in (k - 1, k - 2):
            ph = toks[j].phrase if j >= 0 else None
            if ph and ph[0] == "cas" and j + ph[2] > k:
                o = ph[1]  # "راح ضحيتها": inside a casualty phrase, the phrase's outcome
                break
        if o:
            if toks[k].w.conj and k > 0 and toks[k - 1].w.cas_form == "verb" and casualty_outcome(toks[k - 1]) not in (None, o):
                return "casualties"  # "مقتل وإصابة 35 مدنياً": killed and wounded together
            if o == "casualties" and k > 0 and toks[k - 1].norm.startswith(_IDENTITY):
                return "killed"  # "تم التعرف على هويات الضحايا، ومن بينهم ...": the identified victims are the dead
            if o == "casualties" and k > 0 and toks[k - 1].w.stem in _BODIES and not toks[k - 1].w.definite:
                return "killed"  # "تسلّم جثث الضحايا الخمسة": the bodies of the victims are the dead
            return o
        if toks[k].w.stem == "عدد" and k + 1 < first and not toks[k + 1].w.outcome:
            if prev and prev[-1].first > k and prev[-1].last < first:
                return prev[-1].outcome  # "عدد الذين قضوا ...، وهم: 6 مدنيين، و4 جنود": items of the counted toll
            return None
        if toks[k].norm in CONTRAST:
            break
    if prev:
        return prev[-1].outcome
    # the first casualty word after, within a few words ("بأن تسعة أشخاص، بينهم امرأتان، قُتلوا")
    for k in range(last + 1, min(last + 12, len(toks))):
        if toks[k].norm in CONTRAST or toks[k].norm in _RESULT:
            break  # "أطلقوا النار على عدد من المواطنين مما أدى إلى سقوط 4 قتلى": the result has its own figure
        o = casualty_outcome(toks[k])
        if o and toks[k].w.conj and toks[k].w.cas_form == "verb" and starts_number(toks, k + 1):
            break  # "أطلقت امرأتان النار ... وقتل ثمانية أشخاص": the verb has its own figure
        if o and (toks[k].w.cas_form == "du" or toks[k - 1].digit or toks[k - 1].w.num is not None):
            break  # "كان مئات النازحين يتسوقون ... انتشلت جثتين": a counted noun of its own
        if o and not _governed_noun(toks, k):
            return o
    return None


_IDENTITY = ("هويات", "هويه", "هوية")  # "هويات الضحايا": the identities of the victims (of the dead)
_STILL_STARTS = ("يزال", "تزال", "زال", "مازال", "لايزال", "مايزال", "مازالو")


def _still_treated(toks: list[Tok], k: int) -> str | None:
    """The outcome of "(آخرين) لا يزالون / ما زالوا <casualty phrase>" starting at token k."""
    n = len(toks)
    if k < n and "others" in toks[k].w.roles:
        k += 1
    if k < n and toks[k].norm in ("لا", "ما", "ولا", "وما"):
        k += 1
    if k + 1 < n and toks[k].norm.startswith(_STILL_STARTS):
        return casualty_outcome(toks[k + 1], strong=False)
    return None


_BODIES = {"جثث", "جثامين", "اجساد"}  # (normalised stems) "bodies of": the figure after them counts the dead
_RESULT = {"مما", "ليسفر", "لتسفر", "فاسفر", "فاسفرت", "ليودي", "لتودي", "ادي", "ادت", "اسفر", "اسفرت"}
_PREPOSITIONS = {"علي", "عن", "الي", "من", "في", "بعد", "قبل", "اثر", "جراء", "بسبب"}


def _governed_noun(toks: list[Tok], k: int) -> bool:
    """A verbal noun after a preposition ("احتجاجا على مقتل", "بمقتل"): not the verb of a figure."""
    t = toks[k]
    if t.norm.startswith(("ب", "ل")) and t.w.stem and not t.norm.startswith(t.w.stem):
        return True
    return t.w.stem.startswith("م") or (k > 0 and toks[k - 1].norm in _PREPOSITIONS)


def _group_of_cas_head(toks: list[Tok], h: int) -> tuple[str, str | None]:
    """Group and side for a casualty-noun head: from the adjective after it."""
    nxt = h + 1
    if nxt < len(toks) and not toks[nxt].punct:
        w = toks[nxt].w
        if w.group and w.conj and is_definite(toks[nxt]) and not is_definite(toks[h]) and not toks[nxt].phrase:
            return "people", None  # "إلى 8 قتلى والمتمردون ينفون": a new subject, no adjective
        if w.group and w.group_form in ("pl", "sg"):
            side = _side_near(toks, nxt + 1, nxt + 4) if w.group in ("combatants", "soldiers") else None
            return _fix_group(w.group, side, toks, nxt)
        side = toks[nxt].phrase[1] if toks[nxt].phrase and toks[nxt].phrase[0] == "side" else w.side
        if side and is_definite(toks[nxt]) == is_definite(toks[h]):
            return "soldiers", side  # "ضحايا أميركيين" (an adjective agrees), not "ضحايا الاحتلال"
    return _group_of_partitive(toks, nxt) or ("people", None)


def _group_of_partitive(toks: list[Tok], k: int) -> tuple[str, str | None] | None:
    """"قتلى من المدنيين", "قتلى وجرحى في صفوف الحوثيين", "4 قتلى من الجيش": the group named
    by a partitive after the casualty noun (and a noun coordinated with it)."""
    if k < len(toks) and toks[k].w.conj and toks[k].w.outcome and toks[k].w.cas_form in ("pl", "sg"):
        k += 1  # "القتلى والجرحى من ..."
    if k + 1 >= len(toks):
        return None
    if toks[k].norm in ("من", "بين") and toks[k + 1].norm != "صفوف":
        j = k + 1
    elif toks[k].norm in ("في", "بين", "من") and toks[k + 1].norm == "صفوف" and k + 2 < len(toks):
        j = k + 2
    else:
        return None
    t = toks[j]
    lex = lexicon()
    if t.phrase and t.phrase[0] == "group":
        return _fix_group(t.phrase[1].split(":")[0], _side_near(toks, j + 1, j + 5), toks, j)
    if t.w.group and t.w.group_form == "pl" and (is_definite(t) or t.w.suffix or (j + 1 < len(toks) and (is_definite(toks[j + 1]) or _token_side(toks[j + 1])))):
        return _fix_group(t.w.group, _side_near(toks, j, j + 4), toks, j)  # "من المدنيين", "من عناصر الحزب"
    side = _token_side(t)
    if side:
        return ("soldiers" if side in lex.state_sides else "combatants"), side
    if "state_force" in t.w.roles or (t.phrase and t.phrase[0] == "role" and t.phrase[1] == "state_force"):
        return "soldiers", _state_side_near(toks, j + 1, j + 4)
    return None


def _state_side_near(toks: list[Tok], a: int, b: int) -> str | None:
    state = lexicon().state_sides
    for k in range(max(a, 0), min(b, len(toks))):
        side = _token_side(toks[k])
        if side in state:
            return side
    return None


def _among_list(toks: list[Tok], k: int, used: set[int], found: list[Found], majority: bool) -> None:
    """Bare group nouns listed after "بينهم" / "معظمهم": vague (plural) or 1 (singular)."""
    among_word = k > 0 and "بين" in toks[k - 1].norm
    if k < len(toks) and toks[k].norm == "من":
        k += 1
    while k < len(toks):
        t = toks[k]
        if k in used:
            k += 1
            continue
        if t.punct and t.norm in ("،", ","):
            k += 1
            continue
        if t.norm in ("و", "من") or (t.w.stem in ("كبار", "صغار") and t.w.group is None):
            k += 1
            continue
        w = t.w
        if w.group is not None and k > 0 and k - 1 in used and toks[k - 1].w.group is not None \
                and not toks[k - 1].punct and not t.norm.startswith("و"):
            used.add(k)  # "ثلاثة من عناصر قوات الشرطة": the genitive of a counted noun, not a new item
            k += 1
            continue
        if w.group is None and k > 0 and toks[k - 1].w.group_form == "pl" and t.norm.endswith(("ون", "ين")) \
                and not (t.w.outcome or t.w.roles or t.w.side or t.punct):
            k += 1  # "باعة متجولون ونساء": an adjective of the item before
            continue
        if w.group is None or t.digit or w.num is not None or "condition" in w.roles:
            break  # "حالة بعضهم خطرة": the condition, not a group
        if w.group == "people" and w.group_form == "pl" and not majority and t.norm.removeprefix("و") in _subset_words()[1]:
            used.add(k)  # "بينهم باعة ونساء": a subset by trade is no claim (SCHEMA), the list goes on
            k += 1
            continue
        if w.group_form == "pl":
            group, side = _fix_group(w.group, _side_near(toks, k + 1, k + 4), toks, k)
            if group != "people" or not majority:
                found.append(_mk(toks, found, k, k, group, side, None, None, False, True, "ar.list.vague"))
        elif w.group_form == "sg" and w.group == "people" and among_word and not majority and is_definite(t) \
                and _name_after(toks, k + 1):
            group, side = _fix_group(w.group, None, toks, k)  # "ومن بينهم المعلم فلان": one named person
            found.append(_mk(toks, found, k, k + 1, group, side, 1, 1, False, False, "ar.list.named"))
        elif w.group_form in ("sg", "du") and not majority and (
            w.group in ("children", "women", "men", "civilians")
            or (w.group in ("soldiers", "combatants") and among_word and not is_definite(t))
        ):  # "بينهم ضابط برتبة ملازم": one of that group; not "بينهم العميد فلان", a known person
            n = 2 if w.group_form == "du" else 1
            group, side = _fix_group(w.group, _victim_side_near(toks, k + 1, k + 4), toks, k)
            found.append(_mk(toks, found, k, k, group, side, n, n, False, False, "ar.list.count"))
        used.add(k)
        k += 1


def _name_after(toks: list[Tok], k: int) -> bool:
    """A personal name at token k: a word the lexicon does not know, with no article, then another."""
    return k + 1 < len(toks) and all(is_plain_noun(toks[j]) for j in (k, k + 1)) and not is_definite(toks[k])


def _mk(toks: list[Tok], prev: list[Found], first: int, last: int, group: str, side: str | None,
        mn: int | None, mx: int | None, approx: bool, vague: bool, rule: str, outcome: str | None = None) -> Found:
    return Found(
        outcome=outcome or _outcome_for(toks, first, last, prev) or "casualties",
        group=group, side=side, min=mn, max=mx, approx=approx, vague=vague, first=first, last=last, rule=rule,
    )


_SUBSET_FORMS = SUBSET_FORMS  # "بعض الجرحى في حالة حرجة"


def _numbers(toks: list[Tok], used: set[int], found: list[Found], index: list[int]) -> None:
    blocked: set[int] = set()
    i = 0
    n = len(toks)
    for at in index:  # the row's index holds every token the test below lets through
        if at < i:
            continue  # inside a figure read already
        i = at
        if i in used:
            i += 1
            continue
        t = toks[i]
        w = t.w
        if not t.digit and t.phrase is None and (
            not w.stem or w.num is None and w.mult is None and not w.vague and w.cas_form != "du" and w.group_form != "du"
        ) and t.norm not in _SUBSET_FORMS:
            i += 1  # no number, dual or quantity word, in no phrase: no figure
            continue
        # duals of casualty and group nouns count two
        if (
            t.norm in _SUBSET_FORMS
            and i + 1 < n
            and toks[i + 1].w.outcome
            and toks[i + 1].w.definite
            and (any(toks[k].norm.startswith(("حال", "وضع")) for k in range(i + 2, min(i + 5, n)))
                 or i > 0 and "severity" in toks[i - 1].w.roles  # "بسبب خطورة بعض الإصابات"
                 # "بعض الجثث تفحمت": some of the dead already counted (no casualty word governs it)
                 or toks[i + 1].w.cas_form == "pl" and not (i > 0 and casualty_outcome(toks[i - 1], strong=False)))
        ):
            used.update((i, i + 1))  # "بعض الجرحى في حالة حرجة": a subset, not a figure
            i += 2
            continue
        if t.norm in ("جثتي", "وجثتي", "جثماني") and i + 2 < n and not toks[i + 1].w.conj and toks[i + 2].w.conj \
                and all(toks[k].w.group and toks[k].w.group_form == "sg" and not toks[k].digit for k in (i + 1, i + 2)):
            for k in (i + 1, i + 2):  # "جثتي رجل وطفل": the bodies of two people, each of its own group
                g, side = _fix_group(str(toks[k].w.group), None, toks, k)
                found.append(Found(outcome="killed", group=g, side=side, min=1, max=1, approx=False, vague=False,
                                   first=i if k == i + 1 else k, last=k, rule="ar.single.bodies"))
            used.update(range(i, i + 3))
            i += 3
            continue
        if t.norm in ("جثتي", "وجثتي") and i + 1 < n and toks[i + 1].w.group:
            i += 1  # "جثتي رجلين": the group noun after it carries the count
            continue
        if not t.digit and w.cas_form == "du" and w.outcome and w.definite and i + 1 < n \
                and toks[i + 1].w.group and toks[i + 1].w.group_form == "du":
            i += 1  # "أن يكون الشهيدان عنصرين في ...": the dual predicate after the definite pair is the claim
            continue
        if not t.digit and w.cas_form == "du" and w.outcome and not w.definite and i >= 2 \
                and toks[i - 2].norm in _DUAL_RELATIVES:
            used.add(i)  # "اللذين سقطا شهيدين": the state of the pair named before, not a new figure
            i += 1
            continue
        if not t.digit and w.group_form == "du" and w.group and is_definite(t) and i + 1 < n \
                and toks[i + 1].w.cas_form == "du" and toks[i + 1].w.outcome and toks[i + 1].w.definite \
                and not (i > 0 and casualty_outcome(toks[i - 1])):
            used.update((i, i + 1))  # "ونُقل الشرطيان المصابان إلى المستشفى": the wounded pair named before
            i += 2
            continue
        if not t.digit and w.cas_form == "du" and w.outcome and not w.definite and _severity_subset(toks, i, i + 1):
            used.add(i)  # "بينها إصابتان في حالة خطيرة": a subset by severity, no new figure
            i += 1
            continue
        if not t.digit and w.cas_form == "du" and w.outcome:
            group, side = _group_of_cas_head(toks, i)
            end = after_at_least(toks, i + 1)
            at_least = end > i + 1
            if end == i + 1 and i + 1 < n and toks[i + 1].w.num == 2 and not toks[i + 1].w.conj:
                end = i + 2  # "قتيلين اثنين", "مصابَين اثنين": exactly two
            found.append(Found(outcome=w.outcome, group=group, side=side, min=2, max=None if at_least else 2,
                               approx=False, vague=False, first=i, last=end - 1, rule="ar.dual.casualty"))
            used.update(range(i, end))
            i = end
            continue
        if not t.digit and w.group_form == "du" and w.group and (_fate_of(toks, i) or _missing_after(toks, i + 1)):
            used.add(i)  # "لا يزال مصير شخصين مجهولاً": missing, no casualty
            i += 1
            continue
        if not t.digit and w.group_form == "du" and w.group:
            side = _side_near(toks, i + 1, i + 4)
            group, side = _fix_group(w.group, side, toks, i)
            outcome = _outcome_for(toks, i, i, found)
            if outcome is None:  # "استهدفت عنصرين من ... ، وأسفرت عن مقتلهما": the pair's fate told by a dual pronoun
                fate = next((k for k in range(i + 1, min(n, i + 16)) if toks[k].w.suffix == "هما"
                             and toks[k].w.outcome and toks[k].w.cas_form != "du"), None)
                if fate is not None:
                    outcome = toks[fate].w.outcome
                    if group in ("combatants", "soldiers") and side is None:
                        side = _side_near(toks, i + 1, fate)  # "من "قوة ..." التابعة لحزب الله"
                        if side is not None and side in lexicon().state_sides:
                            group = "soldiers"
                        elif side is not None:
                            group = "combatants"
            used.add(i)
            last = i
            if i + 1 < n and not toks[i + 1].w.conj and (toks[i + 1].w.num == 2 or toks[i + 1].w.group_form == "du"):
                last = i + 1  # "طفلين اثنين", "طفلان شقيقان": the same two
                used.add(last)
            end = after_at_least(toks, last + 1)  # "مدنيان اثنان على الأقل": two or more
            if outcome:
                found.append(Found(outcome=outcome, group=group, side=side, min=2, max=2 if end == last + 1 else None,
                                   approx=False, vague=False, first=i, last=end - 1, rule="ar.dual.group"))
                _coordinated_singles(toks, i + 1, outcome, used, found)
            i += 1
            continue
        if t.phrase and t.phrase[0] == "qual" and not starts_number(toks, i + t.phrase[2]):
            i += 1
            continue
        if not t.digit and w.num is not None and blocked_before(toks, i):
            i += 1
            continue
        if not t.digit and ((w.num or 0) >= 1000 or w.mult) and i > 0 and toks[i - 1].digit:
            i += 1  # "7.4 مليون": the scale of a decimal figure
            continue
        if not (t.digit or w.num is not None or w.mult is not None or w.vague or (t.phrase and t.phrase[0] == "vague")):
            i += 1
            continue
        if (t.digit or w.num is not None) and (blocked_before(toks, i) or (i >= 2 and toks[i - 1].norm == "و" and (i - 2) in blocked)):
            blocked.add(i)
            i += 1
            continue
        q = figure_at(toks, i)
        if q is None:
            i += 1
            continue
        for k in range(q.start, q.end):
            used.add(k)
        if _cases_only(toks, q, found):
            i = max(q.end, i + 1)
            continue
        _place(toks, q, used, found)
        i = max(q.end, i + 1)


_DESCRIBED = frozenset({"وصفت", "وصف", "توصف", "يوصف", "صنفت"})
_CASES = frozenset({"حالات", "حاله", "الحالات"})


def _cases_only(toks: list[Tok], q: Figure, found: list[Found]) -> bool:
    """"أربع حالات حرجة منهم" after a count of the wounded, "بعض الحالات": cases described only by
    their condition, or some of the cases, are no figure of their own (SCHEMA: subsets by severity)."""
    if q.end >= len(toks) or toks[q.end].norm not in _CASES:
        return False
    if q.vague:
        return toks[q.end].norm == "الحالات"
    if not (q.end + 1 < len(toks) and "severity" in toks[q.end + 1].w.roles):
        return False
    return any(f.outcome == "injured" for f in found) or any(
        toks[k].norm in ("منهم", "منها", "منهن") for k in range(q.end + 2, min(q.end + 4, len(toks))))


def _severity_at(toks: list[Tok], k: int) -> bool:
    """A patient's condition at token k: "في حالة حرجة", "حالتهم خطرة", "في العناية المركزة"."""
    if k < len(toks) and toks[k].norm in _DESCRIBED:
        k += 1  # "اثنان وُصفت جروحهما بالخطيرة": described as
    if k < len(toks) and toks[k].norm in ("في", "ب", "وفي"):
        k += 1
    if k >= len(toks):
        return False
    if "severity" in toks[k].w.roles:
        return True
    if "condition" not in toks[k].w.roles and not (toks[k].w.outcome and toks[k].w.suffix):
        return False  # "حالتهم خطرة", "إصاباتهم بالغة"
    return any("severity" in toks[j].w.roles for j in range(k + 1, min(k + 4, len(toks))))


def _severity_subset(toks: list[Tok], start: int, k: int, partitive: bool = False) -> bool:
    """A figure after "بينهم" / "منهم" (or "N منهم") whose noun is only a condition."""
    if not _severity_at(toks, k):
        return False
    if partitive:
        return True
    return any(_is_among(toks[j]) or "majority" in toks[j].w.roles for j in range(max(0, start - 2), start))


_GATHERINGS = frozenset({"تجمع", "تجمعات", "حشود", "حشد", "مواقع", "موقع", "تحصينات", "ثكنه", "رتل", "ارتال", "مقر", "مقرات"})


def _gathering_target(toks: list[Tok], before: int) -> tuple[str, str | None] | None:
    """A vague toll with no noun after a strike on a gathering of a force named before it in the
    sentence ("ضربة على تجمع للمرتزقة ... ومصرع وإصابة العشرات"): the dozens are that force."""
    for k in range(before - 1, 0, -1):
        t, prev = toks[k], toks[k - 1]
        if t.w.group in ("combatants", "soldiers") and t.w.group_form == "pl" and (
            prev.w.stem in _GATHERINGS or prev.norm.lstrip("و") in _GATHERINGS
            or (prev.norm == "من" and k > 1 and toks[k - 2].norm.lstrip("و") in _GATHERINGS)
        ):
            return _fix_group(t.w.group, _side_near(toks, k + 1, k + 4), toks, k)
    return None


def _antecedent_group(toks: list[Tok], before: int) -> tuple[str, str | None] | None:
    """The force "منهم" refers back to: the nearest definite plural force noun or named armed force
    earlier in the sentence ("تجمعات للمرتزقة ... العشرات منهم", "مواقع لتنظيم داعش وقتلت 31 منهم")."""
    state = lexicon().state_sides
    for k in range(before - 1, -1, -1):
        t = toks[k]
        if k + 1 < len(toks) and toks[k + 1].norm in ("الذين", "اللذين"):
            continue  # "عناصر الاحتلال الذين اعتدوا ... وأصابوا العديد منهم": the attackers, not the victims
        if t.w.group in ("combatants", "soldiers") and t.w.group_form == "pl" and (
                is_definite(t) or t.w.suffix or k + 1 < before and is_definite(toks[k + 1]) and not toks[k + 1].w.group
                and not (k + 2 < len(toks) and toks[k + 2].norm in ("الذين", "اللذين"))):  # "لمرتزقة العدوان"
            side = _side_near(toks, k, k + 4) if not t.w.suffix else None
            return _fix_group(t.w.group, side, toks, k)  # "يسيطر عليهما مقاتلوها ... إصابة أربعة منهم"
        side = _token_side(t)
        if side is not None:
            return ("soldiers" if side in state else "combatants"), side
    return None


def _group_after_partitive(toks: list[Tok], k: int) -> tuple[str, str | None, int] | None:
    """The group a "N منهم" figure names right after it: "أطفال", "من النساء"."""
    if k < len(toks) and toks[k].norm == "من":
        k += 1
    if k >= len(toks):
        return None
    t = toks[k]
    if t.w.group and t.w.group != "people" and t.w.group_form == "pl" and not t.w.suffix:
        group, side = _fix_group(t.w.group, _side_near(toks, k, k + 4), toks, k)
        return group, side, k
    return None


def _lost_lives(toks: list[Tok], k: int) -> bool:
    """"فقد 5 أشخاص حياتهم": "their lives" right after the counted noun (the loss is death);
    "فقد خمسة من أفراد عائلته": a loss of family members is a death in the family."""
    return any(toks[j].norm.startswith("حيات") for j in range(k, min(k + 2, len(toks)))) or _family_loss(toks, k)


def _their_bodies(toks: list[Tok], k: int) -> bool:
    """"تحييد أربعة مسلحين وانتشال جثثهم": their bodies, named right after the counted noun, say
    the neutralised (or otherwise blocked) were killed."""
    for j in range(k, min(k + 5, len(toks))):
        t = toks[j]
        if t.punct:
            return False
        if t.w.stem in _BODIES and t.w.suffix in ("هم", "هما", "هن"):
            return True
    return False


_FAMILY = ("عائلت", "اسرت", "عايلت")


def _family_loss(toks: list[Tok], k: int) -> bool:
    """"(فقد خمسة) من أفراد عائلته / أسرته": members of the speaker's family right after the figure."""
    if k < len(toks) and toks[k].norm == "من":
        k += 1
    return k + 1 < len(toks) and toks[k].norm.lstrip("و").startswith("افراد") and toks[k + 1].norm.startswith(_FAMILY)


_ACCORDING = {"بحسب", "حسب", "وبحسب", "وحسب", "وفق", "وفقا", "عن", "لسان", "قال", "وقال", "قالت", "وقالت", "افاد",
              "وافاد", "اكد", "واكد", "ذكر", "وذكر", "اوضح", "واوضح", "روي", "يروي"}


def _suffering_force(toks: list[Tok], start: int) -> tuple[str, str | None] | None:
    """"قواتنا تكبدت ثلاثة شهداء", "تكبد الجيش 5 قتلى": the force that suffered the losses, as
    subject of "تكبد" right before or after the verb."""
    for v in (start - 1, start - 2):
        if v < 0 or not toks[v].norm.lstrip("و").startswith(("تكبد", "يتكبد", "تتكبد")):
            continue
        for k in (v - 1, v + 1):
            if 0 <= k < start and k != v:
                t = toks[k]
                side = _token_side(t)
                if t.w.group in ("combatants", "soldiers"):
                    return _fix_group(t.w.group, side or _side_near(toks, k + 1, k + 4), toks, k)
                if side is not None:
                    return ("soldiers" if side in lexicon().state_sides else "combatants"), side
                if "state_force" in t.w.roles or (t.phrase and t.phrase[1] == "state_force"):
                    return "soldiers", _side_near(toks, k, k + 4)
    return None


def _severity_later(toks: list[Tok], h: int) -> bool:
    """A severity word a few words after "N منهم", in its clause, before any other figure or
    casualty verb ("خمسة منهم بأنها خطيرة", "ثلاثة منهم وصفت حالتهم بالحرجة")."""
    if toks[h].norm not in ("منهم", "منهن"):
        return False
    for k in range(h + 1, min(h + 6, len(toks))):
        t = toks[k]
        if t.clause != toks[h].clause or t.digit or t.w.num is not None or t.w.cas_form == "verb":
            return False
        if "severity" in t.w.roles:
            return True
    return False


def _among_severity(toks: list[Tok], q: Figure, h: int) -> bool:
    """A figure right after "بينهم / منها" (of the wounded, or of no noun) described a few words
    later by its condition only: a subset by severity, no claim of its own."""
    if q.start == 0 or not _is_among(toks[q.start - 1]):
        return False
    if toks[h].w.outcome not in (None, "injured"):
        return False
    for k in range(h + 1, min(h + 6, len(toks))):
        t = toks[k]
        if t.clause != toks[h].clause or t.digit or t.w.num is not None or t.w.group or casualty_outcome(t):
            return False
        if "severity" in t.w.roles:
            return True
    return False


_STILL = {"يزال", "تزال", "زال", "زالوا", "يزالون", "لايزال", "مازال", "بقي", "يبقي"}


def _severity_of_pool(toks: list[Tok], q: Figure, h: int) -> bool:
    """A figure taken from the definite pool of the wounded ("عدد من الجرحى", "3 من الجرحى")
    and described by its condition: a subset by severity of victims counted elsewhere, unless
    a casualty verb before it gives the subset a new outcome ("توفي 3 من الجرحى")."""
    t = toks[h]
    if not is_definite(t) or t.w.outcome != "injured" or t.w.cas_form != "pl":
        return False
    if q.start > 0 and casualty_outcome(toks[q.start - 1]) not in (None, "injured"):
        return False
    if any(toks[k].norm in _STILL for k in range(max(0, q.start - 3), q.start)):
        return True  # "لا يزال عدد من الجرحى يتلقون العلاج": those still in hospital, counted already
    if h + 1 < len(toks) and toks[h + 1].norm in _subset_words()[0]:
        return True  # "وأن عددا من الجرحى حُوّلوا لمستشفى ميداني": a subset by care of the wounded counted
    clause = t.clause
    for k in range(h + 1, min(h + 9, len(toks))):
        tk = toks[k]
        if tk.clause != clause and not (tk.punct and tk.norm in ("،", ",")):
            break
        if casualty_outcome(tk) == "killed" or tk.digit:
            return False
        if "severity" in tk.w.roles or ("condition" in tk.w.roles and _severity_at(toks, k)):
            return True
    return False


def _count_of_non_casualties(toks: list[Tok], start: int) -> bool:
    """"عدد المعتقلين ... إلى N": the count word before the figure counts no casualties."""
    clause = toks[start].clause if start < len(toks) else 0
    for j in range(start - 1, max(start - 8, 0) - 1, -1):
        t = toks[j]
        if t.clause != clause or t.digit or casualty_outcome(t):
            return False
        if t.w.stem in ("عدد", "تعداد") and j + 1 < start:
            nxt = toks[j + 1]
            return bool(nxt.w.roles & {"block", "missing"}) and not nxt.w.outcome
    return False


def _group_of_count_word(toks: list[Tok], start: int) -> str | None:
    """"عدد الضحايا المدنيين بما بين 74 و203", "ارتفع عدد القتلى المدنيين إلى 20": the group
    named with the count word before the figure, in the same clause."""
    clause = toks[start].clause
    bare_toll = False
    for j in range(start - 1, max(start - 20, 0) - 1, -1):
        t = toks[j]
        if t.clause != clause or t.digit:
            break
        if t.w.stem in ("عدد", "حصيله", "تعداد") and j + 2 < start and toks[j + 1].w.outcome:
            g = toks[j + 2].w.group
            return g if g in ("civilians", "children", "women", "men") else None
        if t.w.stem == "حصيله":
            bare_toll = True
    if not bare_toll:
        return None
    # "بعدما كانت الحصيلة الأولية تسعين شهيداً": an earlier value of the toll named before in the sentence
    for j in range(start - 1, 0, -1):
        if toks[j].w.stem == "حصيله" and j + 2 < start and toks[j + 1].w.outcome:
            g = toks[j + 2].w.group
            return g if g in ("civilians", "children", "women", "men") else None
    return None


def _group_after_count_word(toks: list[Tok], k: int) -> str | None:
    """"ارتفع إلى 56 على الأقل عدد المدنيين": the group named after the figure."""
    for j in range(k, min(k + 4, len(toks))):
        if toks[j].w.stem in ("عدد", "تعداد", "حصيله") and j + 1 < len(toks):
            g = toks[j + 1].w.group
            return g if g in ("civilians", "children", "women", "men", "people") else None
    return None


def _plural_verb_after(toks: list[Tok], h: int) -> bool:
    """A plural casualty verb within three words after the noun at h ("قتلوا", "أصيبوا")."""
    for k in range(h + 1, min(h + 4, len(toks))):
        t = toks[k]
        if t.punct:
            return False
        if t.w.cas_form == "verb" and t.w.outcome and t.norm.endswith(("وا", "ون", "ا")) and not t.w.conj:
            return True  # "قتلوا", "اثنان من ... قتلا" (a dual)
    return False


def _partitive_head(toks: list[Tok], k: int) -> tuple[str, int] | None:
    """What "N من ال..." counts when the lexicon has no group for the noun: a force ("من الجيش",
    "من الحوثيين", "من المقاومة"), people (a plural of persons, "من العاملين"), or nothing."""
    t = toks[k]
    nationality = t.w.side is not None and not t.phrase and t.norm.endswith(("يين", "يون", "ين", "ون"))
    if (_token_side(t) and not nationality) or "state_force" in t.w.roles or (t.phrase and t.phrase[1] == "state_force"):
        return "force_of", k  # "من الجيش", "من الحشد الشعبي"; not "من الإيرانيين" (people)
    if t.norm.endswith(("مقاومه",)):
        return "force_of", k
    if t.norm.endswith(("ين", "ون")) or t.phrase:
        return "people_of", k
    return None


def _nisba_plural(tok: Tok) -> bool:
    """A plural of relation ("عراقيون", "فلسطينيين") that may stand for people."""
    n = tok.w.stem or tok.norm
    return not tok.w.definite and len(n) >= 6 and (n.endswith("يون") or n.endswith("يين"))


def _conj_single_casualty(t: Tok) -> bool:
    """'وجريح', 'وقتيلة': an indefinite singular casualty noun joined by و (a number after it agrees with it)."""
    return t.w.conj and t.w.cas_form == "sg" and t.w.outcome is not None and not t.w.suffix and not t.w.definite


def _place(toks: list[Tok], q: Figure, used: set[int], found: list[Found]) -> None:
    """Decide what a quantity counts, and add its claim(s)."""
    k = q.end
    if k < len(toks) and toks[k].norm == ":" and k + 1 < len(toks) and toks[k + 1].digit:
        return  # a time
    if q.number_start > 0 and toks[q.number_start - 1].norm == ":" and q.number_start >= 2 and toks[q.number_start - 2].digit:
        return
    while k < len(toks) and toks[k].norm in QUOTES:
        k += 1
    via_min = False
    if q.vague and q.start >= 2 and any("severity" in toks[j].w.roles for j in range(q.start - 2, q.start)) \
            and k < len(toks) and toks[k].w.outcome and toks[k].w.definite and toks[q.start - 1].w.outcome:
        return  # "لخطورة إصابات عدد من الجرحى": a subset of the wounded by severity
    late = after_at_least(toks, k) if not q.vague and q.min is not None else k
    nxt = late + 2 if late + 2 < len(toks) and toks[late + 1].norm == "ال" else late + 1
    if late > k and nxt < len(toks) and toks[late].norm == "من" and toks[nxt].w.outcome:
        q.max, q.end, k = None, late, late  # "ستة على الأقل من القتلى": at least six of them
        used.update(range(q.start, late))
    if k < len(toks) and toks[k].norm in ("من", "منهم", "منهن", "منها"):
        via_min = True
        if toks[k].norm != "من":
            head = ("people_of", k)
        else:
            k += 1
            if k < len(toks) and toks[k].norm == "ال":
                k += 1
            head = _head(toks, k)
            side_phrase = toks[k].phrase is not None and toks[k].phrase[0] == "side" if k < len(toks) else False
            definite = k < len(toks) and (toks[k].w.definite or toks[k].norm.startswith("ال"))
            if head[0] == "side" or side_phrase or (head[0] == "unknown" and definite):
                head = _partitive_head(toks, k)
                if head is None:
                    return  # "اثنين من المجمعات": a count of things
    else:
        head = _head(toks, k)
    kind, h = head
    number_tok = toks[q.number_start]
    if kind in ("cas", "group") and number_tok.w.definite and number_tok.w.num is not None and not toks[h].w.definite:
        kind = "bare"  # "بئر السبع وفاة": a definite number does not count the indefinite noun after it
    if kind == "unknown" and _nisba_plural(toks[h]):
        kind = "side"  # "خمسة عراقيون": a plural of relation counts people
    if kind == "block":
        return
    if number_tok.w.stem in ("احد", "احدي") and q.number_start > 0 and toks[q.number_start - 1].norm in _ACCORDING:
        return  # "بحسب أحد الصحافيين": the source, not a casualty
    if (number_tok.w.stem in ("احد", "احدي") and kind == "group" and q.number_start > 0
            and toks[q.number_start - 1].norm in ("هو", "وهو", "هي", "وهي", "كونه", "بصفته", "باعتباره")):
        return  # "وهو أحد أبناء القرية": who the speaker is, not a count
    if kind in ("bare", "unknown", "group") and _severity_subset(toks, q.start, h if kind == "group" else q.end):
        return  # "بينهم 4 في حالة حرجة", "منهم 3 حالات خطرة": a subset by severity
    if kind in ("bare", "cas") and _among_severity(toks, q, h if kind == "cas" else q.end - 1):
        used.update(range(q.start, (h if kind == "cas" else q.end - 1) + 1))
        return  # "بينها ثلاث إصابات وصفت بالخطيرة", "بينهم خمسة وصفت حالتهم بالحرجة": a subset by severity
    if kind == "cas" and _severity_of_pool(toks, q, h):
        return  # "ما زال عدد من المصابين بحالة حرجة", "نقل 3 من الجرحى لخطورة حالتهم"
    if kind == "people_of" and _status_subset(toks, q, h, found):
        used.update(range(q.start, min(h + 3, len(toks))))
        return  # "اثنان منهم طالبان", "نُقل اثنان منهم إلى مستشفى آخر": a subset by trade or care
    if kind == "people_of" and (_severity_subset(toks, q.start, h + 1, partitive=True) or _severity_later(toks, h)):
        return  # "ثلاثة منهم إصاباتهم بالغة", "وصفت إصابات خمسة منهم بأنها خطيرة"
    if _fate_of(toks, q.start):
        return  # "لا يزال مصير 5 أشخاص مجهولاً"
    if _count_of_non_casualties(toks, q.start):
        return  # "ارتفع عدد المعتقلين إلى ثلاثة": a count of detainees
    if kind != "cas" and q.start > 0 and "block_verb" in toks[q.start - 1].w.roles and not _lost_lives(toks, q.end) \
            and not _their_bodies(toks, q.end):
        return  # "اعتقلت القوات 20 شخصاً" / "إخراج عشرة أشخاص": not casualties
    if kind != "cas" and q.start > 1 and toks[q.start - 1].norm in ("علي", "ب") and "block_verb" in toks[q.start - 2].w.roles:
        return  # "إلقاء القبض على اثنين آخرين", "الإفراج عن": not casualties
    if kind != "cas" and q.start > 1 and toks[q.start - 1].norm in ('"', "»", "”", "'") \
            and "block_verb" in toks[q.start - 2].w.roles:
        return  # 'أسفرت عن "تحييد" أربعة': a blocking verb in quotation marks
    if kind in ("bare", "unknown") and is_year(number_tok) and q.start == q.number_start:
        return  # a year
    if (kind == "bare" and q.start == q.number_start and q.start > 0 and is_plain_noun(toks[q.start - 1])
            and _between_outcomes(toks, q.end) is None and not _earlier_toll(toks, q.start, found)):
        return  # "فورمولا 1", "اللواء 45": a label
    if q.number_start > 0 and not number_tok.digit and (
        number_tok.w.definite or (number_tok.w.num in (1, 2) and q.end == q.number_start + 1)
    ):
        # "القتلى التسعة", "ركابهما العشرة", "طفلاً واحداً": the number follows the noun it counts
        for back in (1, 2):
            if q.number_start - back < 0:
                break
            prev = _head(toks, q.number_start - back)
            if back == 1 and prev[0] == "bare" and number_tok.w.num == 1 and _conj_single_casualty(toks[prev[1]]):
                prev = ("cas", prev[1])  # "جثتين وجريح واحد": "one" agrees with the noun before it
            if prev[0] in ("cas", "group") and (number_tok.w.definite or not toks[prev[1]].w.definite):
                if number_tok.w.definite and prev[1] > 0 and toks[prev[1] - 1].norm in ("بين", "وبين"):
                    used.update(range(prev[1], q.end))
                    return  # "بين القتلى التسعة امرأتان": the nine are a set already counted
                kind, h = prev
                q.start = min(q.start, h)
                if back == 1 and toks[h].w.suffix and not toks[h].w.conj and h > 0 and _head(toks, h - 1)[0] in ("cas", "group"):
                    kind, h = _head(toks, h - 1)  # "أطفال شقيقه الأربعة": the possessed noun counts
                    q.start = h
                break
            adjective = prev[0] == "side" or _nisba_plural(toks[prev[1]]) or toks[prev[1]].w.side is not None
            if not (prev[0] == "unknown" or adjective) or back == 1 and not (number_tok.w.definite or adjective):
                break
    if kind in ("bare", "unknown") and number_tok.w.definite and q.start == q.number_start:
        return  # "بئر السبع": a definite number alone names, it does not count
    if kind in ("bare", "unknown") and not number_tok.digit and number_tok.w.num == 1 and q.end == q.number_start + 1:
        return  # "عائلة واحدة": one of something else
    if kind == "unknown":
        # "مقتل 13 أمس": a figure right after a casualty word counts people
        if q.start > 0 and casualty_outcome(toks[q.start - 1]) and not via_min:
            kind, h = "bare", k
        elif _plural_verb_after(toks, h):
            kind = "side"  # "126 متطرفاً فرنسياً قتلوا": the plural verb says the noun counts people
        else:
            return
    side: str | None = None
    outcome: str | None = None
    last = q.end - 1
    extra: list[str] = []
    if kind == "cas":
        outcome = toks[h].phrase[1] if toks[h].phrase and toks[h].phrase[0] == "cas" else toks[h].w.outcome
        verb = casualty_outcome(toks[q.start - 1]) if q.start > 0 and toks[q.start - 1].w.cas_form == "verb" else None
        if via_min and verb and verb != outcome:
            outcome = verb  # "توفي ثلاثة من الجرحى": the partitive names the pool, the verb the outcome
        if outcome == "casualties" and h > 0 and toks[h - 1].w.stem in _BODIES and not toks[h - 1].w.definite:
            outcome = "killed"  # "تسلّم جثث الضحايا الخمسة": the bodies of the victims are the dead
        group, side = _group_of_cas_head(toks, h)
        last = h + (toks[h].phrase[2] - 1 if toks[h].phrase and toks[h].phrase[0] == "cas" else 0)
        if group != "people" and last + 1 < len(toks):
            last += 1
        # "عشرات القتلى والجرحى", "قتيل أو جريح"
        nx = last + 1
        if nx + 1 < len(toks) and toks[nx].norm == "او":
            nx += 1
        if (
            nx < len(toks)
            and (toks[nx].w.cas_form == toks[h].w.cas_form
                 or (toks[nx].w.cas_form in ("sg", "pl") and toks[nx].norm.endswith("ا") and toks[h].norm.endswith("ا")))
            and toks[nx].w.outcome not in (None, outcome)
            and not starts_number(toks, nx + 1)
            and not (nx + 1 < len(toks) and "others" in toks[nx + 1].w.roles)  # "3 قتلى وجرحى آخرون"
        ):
            if q.vague and toks[nx].w.conj and toks[nx - 1].norm != "او":
                extra.append(toks[nx].w.outcome)  # "عشرات القتلى والجرحى": dozens of each, two vague claims
                used.add(nx)
                last = nx
            elif toks[nx].w.conj or toks[nx - 1].norm == "او":
                outcome = "casualties"  # "30 قتيلاً وجريحاً", "قتيل أو جريح": one figure over both outcomes
                used.add(nx)
                last = nx
    elif kind == "group":
        ph = toks[h].phrase
        if ph and ph[0] == "group":
            group = ph[1].split(":")[0]
            last = h + ph[2] - 1
        else:
            group = toks[h].w.group or "people"
            last = h
        side = _victim_side_near(toks, h, h + 9) if group in ("combatants", "soldiers") and not toks[h].w.suffix else None
        group, side = _fix_group(group, side, toks, last)  # "عناصرها": the side is named before, not after
        if h + 1 < len(toks) and toks[h + 1].w.group == "civilians" and group == "people":
            group, last = "civilians", h + 1  # "قروياً مدنياً"
    elif kind == "others":
        head_claim = _head_claim(toks, found, q.start)
        group = head_claim.group if head_claim else "people"
        side = head_claim.side if head_claim else None
        last = h
    elif kind == "force_of":
        ph = _group_of_partitive(toks, h - 1) if h > 0 and toks[h - 1].norm == "من" else None
        group, side = ph if ph else ("combatants", None)
        last = h
    elif kind == "people_of" and toks[h].norm in ("منهم", "منهن") and _group_after_partitive(toks, h + 1):
        group, side, last = _group_after_partitive(toks, h + 1)  # "خمسة منهم أطفال", "ثلاثة منهم من النساء"
    elif kind == "people_of" and toks[h].norm in ("منهم", "منهن") and not any(
            g.first < q.start for g in found) and _antecedent_group(toks, q.start):
        group, side = _antecedent_group(toks, q.start)  # "تجمعات للمرتزقة ... مصرع العشرات منهم"
        last = h
    elif kind == "people_of" and toks[h].norm in ("منهم", "منهن") and found and found[-1].last < q.start:
        group, side, last = found[-1].group, found[-1].side, h  # "39 طفلاً، 36 منهم": of the children
    elif kind in ("side", "people_of"):
        group, last = "people", h
    else:
        group = "people"
        group = _group_after_count_word(toks, q.end) or group
    last = max(last, q.end - 1)
    used.update(range(q.start, last + 1))
    end = after_qualifier(toks, q, last + 1)
    if end == last + 1 and last + 2 < len(toks) and q.min is not None and _counted_noun(toks[last + 1]):
        late = after_qualifier(toks, q, last + 2)  # "قتل 22 فلسطينيا على الأقل": the counted noun, then the qualifier
        end = late if late > last + 2 else end
    if end > last + 1:
        used.update(range(last + 1, end))
        last = end - 1
    split = _between_outcomes(toks, last + 1)
    if split is not None and kind in ("bare", "cas", "group"):
        outcome, last = "casualties", split  # "نحو 40 بين قتيل وجريح": dead and wounded together
        used.update(range(q.start, last + 1))
    if kind != "cas" and _missing_after(toks, last + 1):
        return  # "عدد من السكان في عداد المفقودين": missing people are no casualties
    if outcome is None:
        joint = _joint_outcomes(toks, q.start, last)
        if joint and q.vague:
            outcome = joint[0]  # "استشهاد وإصابة العشرات": a vague count of each outcome, two vague claims
            extra.append(joint[1])
        elif joint:
            outcome = "casualties"  # "مقتل وإصابة 40 شخصاً": one figure over both outcomes
        else:
            outcome = _outcome_for(toks, q.start, last, found)
        if outcome is None:
            return
    if group == "people" and kind in ("cas", "bare") and found:
        # "مقتل 10 مدنيين وإصابة 50": a group word governs the coordinated outcome
        prev = found[-1]
        if prev.group in ("civilians", "soldiers", "combatants") and prev.outcome != outcome and prev.last < q.start:
            if any(toks[k].w.conj or toks[k].norm in ("اضافه", "اضافة")
                   for k in range(max(prev.last + 1, q.start - 4), q.start + 1)):  # (not "وذلك بعد أن كانت الحصيلة ...")
                group, side = prev.group, prev.side
    if group == "people" and kind == "bare" and q.vague:
        group, side = _gathering_target(toks, q.start) or (group, side)  # "على تجمع للمرتزقة ... مصرع العشرات"
    if group == "people" and kind in ("cas", "bare"):
        group = _group_of_count_word(toks, q.start) or group
    if group == "people" and kind in ("cas", "bare", "side") and q.start > 0:
        group, side = _suffering_force(toks, q.start) or (group, side)  # "قواتنا تكبدت ثلاثة شهداء"
    nx = last + 1
    if nx < len(toks) and toks[nx].w.cas_form == "pl" and _has_preposition(toks[nx]) and casualty_outcome(toks[nx]) == outcome:
        used.add(nx)  # "لإصابات" after "5 مدنيين": part of this claim, no vague one
    if kind == "cas" and group == "people" and is_definite(toks[h]):
        j = last + 1
        while j < len(toks) and toks[j].norm in QUOTES:
            j += 1
        pred = _predicate_group(toks, j) if j > last + 1 or j < len(toks) and not toks[j].punct else None
        if pred is not None and pred[0] in ("civilians", "children", "women", "men"):
            group, side = pred[0], pred[1]  # "الشهداء الثلاثة مدنيون": the predicate is the figure's group
    elif kind == "cas" and group == "civilians" and is_definite(toks[h]) and last + 1 < len(toks) \
            and is_definite(toks[last]) and toks[last].w.group == "civilians":
        pred = _predicate_group(toks, last + 1)
        if pred is not None and pred[0] in ("children", "women", "men"):
            group, side = pred[0], pred[1]  # "اثنان من القتلى المدنيين طفلان": the civilians' own group
            used.add(pred[2])
    rule = f"ar.count.{kind}"
    found.append(Found(outcome=outcome, group=group, side=side, min=q.min, max=q.max, approx=q.approx,
                       vague=q.vague, first=q.start, last=last, rule=rule))
    for o in extra:
        found.append(Found(outcome=o, group=group, side=side, min=q.min, max=q.max, approx=q.approx,
                           vague=q.vague, first=q.start, last=last, rule=rule + ".coordinated"))
    head_tok = toks[h] if kind in ("cas", "group") and h < len(toks) else None
    if head_tok is not None and (head_tok.w.group_form in ("pl", "du") or head_tok.w.cas_form in ("pl", "du")):
        _coordinated_singles(toks, last + 1, outcome, used, found)  # not after "ثمانية آلاف رجل وصبي"


def _between_outcomes(toks: list[Tok], k: int) -> int | None:
    """"بين قتيل وجريح" right after a figure: the index of its last word, else None."""
    if k + 3 < len(toks) and toks[k].norm == "ما" and toks[k + 1].norm == "بين":
        k += 1  # "ما بين شهيد وجريح"
    if k + 2 < len(toks) and toks[k].norm == "بين":
        a, b = casualty_outcome(toks[k + 1]), casualty_outcome(toks[k + 2])
        if a and b and a != b and toks[k + 2].w.conj:
            return k + 2
    return None


@lru_cache(maxsize=1)
def _subset_words() -> tuple[frozenset[str], frozenset[str]]:
    data = _lexicon_data()["subsets"]
    return (frozenset(normalize(w) for w in data["care_verbs"]), frozenset(normalize(w) for w in data["status_nouns"]))


def _status_subset(toks: list[Tok], q: Figure, h: int, found: list[Found]) -> bool:
    """"نُقل اثنان منهم إلى مستشفى آخر", "اثنان منهم طالبان": a subset of the figure just before
    by care or by trade (no group word): no claim of its own."""
    if toks[h].norm in ("منهم", "منهن") and q.start > 1 and toks[q.start - 1].norm.removeprefix("و") in \
            _subset_words()[0] and any(toks[k].w.outcome for k in range(q.start - 1)):
        return True  # "طمأن على المصابين ... وتم نقل سبعة منهم": a subset by care of the wounded named before
    if toks[h].norm not in ("منهم", "منهن") or not found or found[-1].vague or found[-1].last >= q.start:
        return False
    care, status = _subset_words()
    if q.start > 0 and toks[q.start - 1].norm.removeprefix("و") in care:
        return True
    k = h + 1
    while k < len(toks) and toks[k].norm in QUOTES:
        k += 1
    return k < len(toks) and (toks[k].norm in status or toks[k].norm in care)  # "ثلاثة منهم نُقلوا / أُحصوا"


def _fate_of(toks: list[Tok], k: int) -> bool:
    """"مصير شخصين", "مصير 5 أشخاص": the fate (unknown) of people, not a casualty count."""
    return k > 0 and toks[k - 1].norm in ("مصير", "ومصير", "بمصير")


def _counted_noun(t: Tok) -> bool:
    """A plain word in the accusative or plural that counts a figure ("فلسطينيا", "لبنانيين")."""
    return not t.digit and not t.w.outcome and t.norm.endswith(("ا", "ين", "ات")) and len(t.norm) > 3


def _missing_after(toks: list[Tok], k: int) -> bool:
    """A missing / trapped word after a figure's noun in its clause, before any casualty word."""
    if k >= len(toks):
        return False
    clause = toks[k - 1].clause if k > 0 else 0
    for j in range(k, min(k + 7, len(toks))):
        t = toks[j]
        if t.clause != clause or casualty_outcome(t) or t.norm in CONTRAST:
            return False
        if t.digit or t.w.num is not None or t.w.vague or (j > k and t.norm.startswith("و")):
            return False  # another figure or a coordinated clause
        if "missing" in t.w.roles:
            return True
    return False


def _joint_outcomes(toks: list[Tok], first: int, last: int) -> tuple[str, str] | None:
    """Two outcomes joined by و around a figure: "مقتل وإصابة N", "N قتلوا وأصيبوا"."""
    k = first - 1
    if k >= 1 and toks[k].w.conj and toks[k].w.cas_form in ("verb", "sg") and toks[k - 1].w.cas_form in ("verb", "sg") and not (
        toks[k - 1].w.suffix
        or k >= 2 and (toks[k - 2].digit or toks[k - 2].w.num is not None or toks[k - 2].w.vague or toks[k - 2].w.group)
    ) and not toks[k - 1].norm.endswith(("وا", "ون")) and not (
        toks[k - 1].norm.endswith("ا") and len(toks[k - 1].norm) > 3 and toks[k - 1].w.cas_form == "verb"
    ):  # "N قتلوا وأصيب 15", "جنديين قتلا وأصيب أربعة": a new clause
        o2, o1 = casualty_outcome(toks[k]), casualty_outcome(toks[k - 1])
        if o1 and o2 and o1 != o2 and "casualties" not in (o1, o2):
            return o1, o2
    if (k >= 2 and toks[k].w.conj and toks[k].w.cas_form == "verb" and toks[k - 2].w.cas_form == "verb"
            and not toks[k - 2].w.weak and not toks[k].w.weak
            and is_definite(toks[k - 1]) and not (toks[k - 1].w.group or toks[k - 1].w.outcome or toks[k - 1].punct)):
        o2, o1 = casualty_outcome(toks[k]), casualty_outcome(toks[k - 2])
        if o1 == "killed" and o2 == "injured":
            return o1, o2  # "قتلت الميليشيا وجرحت 30 مدنياً": two verbs over one figure, their subject between
    k = last + 1
    if (k + 1 < len(toks) and toks[k].w.cas_form == "verb" and toks[k + 1].w.conj and toks[k + 1].w.cas_form == "verb"
            and toks[k + 1].norm.endswith("ا") and not starts_number(toks, k + 2)
            and not (k + 2 < len(toks) and toks[k + 2].w.vague)):
        o1, o2 = casualty_outcome(toks[k]), casualty_outcome(toks[k + 1])
        if o1 and o2 and o1 != o2 and "casualties" not in (o1, o2):
            return o1, o2
    return None


_OTHERS_ROLES = frozenset({"others", "ordinal"})


def _others(toks: list[Tok], used: set[int], found: list[Found], known: list[int]) -> None:
    """"آخرون" / "وأصيب آخر" take the group of the claim they follow, once every counted or
    single claim is known: "قتل جندي وأصيب آخران" -> injured soldiers 2."""
    found.sort(key=lambda f: f.first)
    for f in found:
        if f.rule.startswith("ar.count.others"):
            head_claim = _head_claim(toks, [g for g in found if g is not f], f.first)
            if head_claim is not None:
                f.group, f.side = head_claim.group, head_claim.side
                if _mixed_singles(head_claim, found):
                    f.group, f.side = "people", None  # "قتل رجل وطفل وأصيب خمسة آخرون": no one noun
            named = _membership_after(toks, f.last + 1)
            if named is not None:
                f.group, f.side = named  # "الثلاثة الآخرين يرجح أنهم من عناصر التنظيم": not the head's group
            pred = _predicate_group(toks, f.last + 1) if named is None else None
            if pred is not None:  # "والاثنان الآخران مدنيان": the predicate is this count's group, no claim
                f.group, f.side, j = pred
                used.add(j)
                found[:] = [g for g in found if g is f or not g.first <= j <= g.last]
    for i in known:  # the words the lexicon knows or phrases start at
        t = toks[i]
        if i in used or i == 0 or _OTHERS_ROLES.isdisjoint(t.w.roles) or not _others_alone(toks, i):
            continue
        head_claim = _head_claim(toks, found, i)
        outcome = casualty_outcome(toks[i - 1])
        if not outcome or (head_claim is None and "ordinal" not in t.w.roles):
            continue
        n = 1 if "ordinal" in t.w.roles else {"اخر": 1, "اخرين": None, "اخرون": None}.get(t.w.stem, 2)
        group, side = (head_claim.group, head_claim.side) if head_claim else ("people", None)  # "وأصيب رابع"
        found.append(Found(outcome=outcome, group=group, side=side, min=n, max=n,
                           approx=False, vague=n is None, first=i - 1, last=i, rule="ar.others.alone"))
        used.add(i)
    found.sort(key=lambda f: f.first)


def _mixed_singles(head: Found, found: list[Found]) -> bool:
    """Whether the single person `head` is listed with another of a different group ("رجل وطفل"):
    "آخرون" after such a list has no one noun to take a group from."""
    if head.min != 1 or head.max != 1:
        return False
    return any(g is not head and g.min == g.max == 1 and g.group != head.group
               and (0 < head.first - g.last <= 2 or 0 < g.first - head.last <= 2) for g in found)


def _membership_after(toks: list[Tok], k: int) -> tuple[str, str | None] | None:
    """A group the words after a count assign it, plainly or hedged: "(يرجح / يعتقد) أنهم من
    عناصر X" -> X's combatants."""
    for j in range(k, min(k + 4, len(toks))):
        if toks[j].norm in ("انهم", "بانهم", "انهن", "بانهن"):
            named = _group_of_partitive(toks, j + 1)
            m = j + 2
            if named is None and m < len(toks) and toks[j + 1].norm == "من" and toks[m].w.group_form == "pl":
                named = _fix_group(toks[m].w.group, _side_near(toks, m, m + 5), toks, m)  # "من عناصر تنظيم داعش"
            return named
    return None


_COPULA = frozenset({"هم", "فهم", "هما", "فهما", "هن", "كانوا", "كانا", "كن"})


def _predicate_group(toks: list[Tok], k: int) -> tuple[str, str | None, int] | None:
    """A group noun as the predicate right after a count ("والثلاثة الآخرون نساء", "والاثنان
    الآخران هما من المدنيين"): the count's own group. Not an adjective or a coordinated noun."""
    j = k
    if j < len(toks) and toks[j].norm in _COPULA:
        j += 1
    partitive = j < len(toks) and toks[j].norm == "من"
    if partitive:
        j += 1
    if j >= len(toks) or j == k and toks[j].w.conj:
        return None
    t = toks[j]
    if t.w.group in (None, "people") or t.w.group_form not in ("pl", "du") or t.digit or t.w.num is not None:
        return None
    if not partitive and is_definite(t):
        return None
    if j + 1 < len(toks) and casualty_outcome(toks[j + 1]):
        return None  # "الآخرين جنود قتلوا": not a plain predicate
    group, side = _fix_group(t.w.group, _side_near(toks, j + 1, j + 5), toks, j)
    return group, side, j


_BELONG = frozenset({"ينتمون", "ينتميان", "ينتمي", "تنتمي", "ينتمين", "تنتميان", "ينتسبون", "ينتسبان", "ينتسب"})
_OTHERS_WORDS = frozenset({"اخرين", "اخرون", "اخران", "اخرين،", "الاخرين"})
_STATE_FORCES = frozenset({"الجيش", "الشرطه", "للجيش", "للشرطه", "الحشد", "الامن"})
_ARMED_UNITS = frozenset({"كتيبه", "كتائب", "سرايا", "الكتيبه"})


def _belonged_force(toks: list[Tok], k: int) -> tuple[str, str | None] | None:
    """The force a count of the dead "belongs to" (ينتمون إلى ...): a state force noun within reach
    makes soldiers, a unit of a named armed group combatants."""
    for m in range(k, min(k + 6, len(toks))):
        t = toks[m]
        if t.punct and t.norm not in ('"', "«", "»"):
            break
        group = t.w.group if t.w.group in ("soldiers", "combatants") else \
            "soldiers" if t.norm in _STATE_FORCES else "combatants" if t.norm in _ARMED_UNITS else None
        if group is not None:
            return _fix_group(group, _side_near(toks, m, m + 4), toks, m)
    return None


def _partitive_predicates(toks: list[Tok], used: set[int], found: list[Found]) -> None:
    """"أربعة من قتلى القصف هم من المدنيين": a copula after a partitive count of the dead or
    wounded names the count's group (not a "هم" list of its own)."""
    for f in found:
        if f.group != "people" or f.vague or not f.rule.startswith("ar.count.cas"):
            continue
        for j in range(f.last + 1, min(f.last + 16, len(toks))):
            if toks[j].punct or toks[j].digit or toks[j].w.num is not None or casualty_outcome(toks[j]):
                break  # "ستة من قتلى الغارات التي استهدفت الميناء فجراً هم من عناصر الجماعة"
            if toks[j].norm in _BELONG and j + 1 < len(toks) and toks[j + 1].norm in ("الي", "لـ", "ل"):
                force = _belonged_force(toks, j + 2)  # "ثلاثة من القتلى ينتمون إلى اللواء المدرع بالجيش"
                if force is not None:
                    f.group, f.side = force
                    used.add(j)
                    for g in found:  # "... مضيفاً أن جريحين آخرين": the others are of the same force
                        if g.first > f.last and g.group == "people" and g.last + 1 < len(toks) \
                                and toks[g.last + 1].norm in _OTHERS_WORDS:
                            g.group, g.side = force
                break
            if toks[j].norm not in ("هم", "هن", "هما"):
                continue
            pred = _predicate_group(toks, j)
            if pred is not None:
                f.group, f.side, m = pred
                used.update((j, m))
            break


def _nisba_dual(t: Tok) -> bool:
    """"فلبينيان", "سوريان": a nominative dual of a relation adjective the lexicon does not know."""
    n = t.norm
    return not t.w.stem and not t.punct and not is_definite(t) and len(n) >= 6 and n.endswith("يان")


def _nationality_breakdown(toks: list[Tok], used: set[int], found: list[Found]) -> None:
    """"القتلى الثلاثة هم فلبينيان وبحار هندي": the dead counted before a copula, told as a dual
    of a nationality (two people) and the single persons joined to it."""
    for f in list(found):
        j = f.last + 1
        if f.vague or not f.min or f.min < 2 or j + 1 >= len(toks) or toks[j].norm not in ("هم", "وهم"):
            continue
        if j + 1 in used or not _nisba_dual(toks[j + 1]):
            continue
        found.append(Found(outcome=f.outcome, group="people", side=None, min=2, max=2, approx=False, vague=False,
                           first=j + 1, last=j + 1, rule="ar.list.nationality"))
        used.add(j + 1)
        _coordinated_singles(toks, j + 2, f.outcome, used, found)


def _others_alone(toks: list[Tok], i: int) -> bool:
    """"وأصيب آخر", "وأصيب آخران": "another" / "two others" as the subject of a casualty verb."""
    t = toks[i]
    if "ordinal" in t.w.roles:
        if is_definite(t) or (i + 1 < len(toks) and (toks[i + 1].w.group or toks[i + 1].w.num is not None)):
            return False  # "قتل الثاني", "أصيب ثالث جندي": not "another" alone
    elif t.w.stem not in ("اخر", "اخران", "اخرتان", "اخريان", "اخرين", "اخرون"):
        return False
    prev = toks[i - 1]
    forms = ("verb", "sg") if t.w.stem in ("اخرين", "اخرون") or prev.w.conj else ("verb",)  # "ومقتل شخص وإصابة آخر"
    return prev.w.cas_form in forms and casualty_outcome(prev) is not None and not prev.w.suffix


def _is_among(tok: Tok) -> bool:
    return bool(tok.w.roles & {"among"}) or bool(tok.phrase and tok.phrase[0] == "role" and tok.phrase[1] == "among")


def _head_claim(toks: list[Tok], found: list[Found], before: int) -> Found | None:
    """The claim "آخرون" / "آخرين" at `before` refers to: the last one that is not a member of a
    "بينهم" list ("11 مدنياً، بينهم امرأتان، وجُرح 14 آخرون": the civilians, not the children)."""
    subset: list[bool] = []
    cands = [f for f in found if f.last < before]
    for n, f in enumerate(cands):
        lo = max(0, f.first - 3)
        sub = any(_is_among(toks[k]) for k in range(lo, f.first))
        if not sub and n > 0 and subset[-1] and (toks[f.first].w.conj or toks[f.first - 1].norm == "و"):
            gap = range(cands[n - 1].last + 1, f.first)
            sub = not any(casualty_outcome(toks[k]) or toks[k].norm in CONTRAST for k in gap)
        subset.append(sub)
    for f, sub in zip(reversed(cands), reversed(subset), strict=True):
        if not sub:
            return f
    return cands[-1] if cands else None


def _coordinated_singles(toks: list[Tok], k: int, outcome: str, used: set[int], found: list[Found]) -> None:
    """A singular group noun coordinated after a count ("ثلاث نساء وطفلة") is one more person,
    also past the count's condition or ages ("شابين في حالة خطرة وطفلة", "طفلين تتراوح
    أعمارهما بين 3 و9 أعوام، وامرأة مسنة")."""
    while k < len(toks):
        k = _past_description(toks, k)
        if k >= len(toks):
            break
        plus = _in_addition(toks, k)
        j = k
        while plus is None and j < min(k + 8, len(toks) - 1) and j not in used and not toks[j].digit \
                and toks[j].norm not in ("،", ",", ".") and not casualty_outcome(toks[j], strong=False):
            j += 1  # "ثلاثة من عناصر وحدات الفصيل (...) إضافة إلى ...": past the force's name
            plus = _in_addition(toks, j)
        civ = plus is not None and _civilian_apposition(toks, plus)
        if (plus is not None and toks[plus].w.group_form == "sg" and toks[plus].w.group and not toks[plus].w.definite
                and (civ or not (plus + 1 < len(toks) and is_definite(toks[plus + 1])))):  # not "قائد الطائرة": the pilot
            k = plus  # "..., إضافة إلى مقاتل في صفوف قسد": one more person
        elif not (toks[k].w.conj and toks[k].w.group_form == "sg" and toks[k].w.group):
            if k > 0 and k - 1 in used and toks[k].w.group and not toks[k].w.conj and toks[k - 1].w.conj:
                k += 1  # "وامرأة مسنة ورجل": an adjective of the person just counted
                continue
            break
        if k in used:
            break
        side = _side_near(toks, k + 1, k + 6) if plus is not None and toks[k].w.group in ("combatants", "soldiers") else None
        g, s = _fix_group(toks[k].w.group, side, toks, k)
        if plus is not None and civ:
            g, s = "civilians", None  # "سائق السيارة وهو مدني": a civilian, said in apposition
        found.append(Found(outcome=outcome, group=g, side=s, min=1, max=1, approx=False, vague=False,
                           first=k, last=k, rule="ar.count.coordinated_single"))
        used.add(k)
        k += 1


def _past_description(toks: list[Tok], k: int) -> int:
    """The token after a condition ("في حالة خطرة") or an age range ("تتراوح أعمارهم بين 7 و15
    سنة،") that starts at token k, else k."""
    n = len(toks)
    if k + 2 < n and toks[k].norm == "في" and "condition" in toks[k + 1].w.roles:
        j = k + 2
        while j < n and j < k + 5 and "severity" in toks[j].w.roles:
            j += 1
        return j if j > k + 2 else k
    if k + 2 < n and toks[k].norm in ("تتراوح", "يتراوح") and toks[k + 1].norm.startswith("اعمار"):
        j = k + 2
        while j < n and j < k + 9 and (toks[j].digit or toks[j].w.num is not None or "block" in toks[j].w.roles
                                       or toks[j].norm in ("بين", "و", "الي", "من", "ما")):
            j += 1
        if j < n and toks[j].norm in ("،", ","):
            j += 1
        return j
    return k


_IN_ADDITION = (("اضافه", "الي"), ("بالاضافه", "الي"), ("وبالاضافه", "الي"), ("فضلا", "عن"), ("علاوه", "علي"))


def _civilian_apposition(toks: list[Tok], k: int) -> bool:
    """The person at token k (with its genitive) is called a civilian: "سائق العجلة وهو مدني"."""
    j = k + 2 if k + 1 < len(toks) and is_definite(toks[k + 1]) else k + 1
    return j + 1 < len(toks) and toks[j].norm in ("وهو", "وهي") and toks[j + 1].w.group == "civilians"


def _in_addition(toks: list[Tok], k: int) -> int | None:
    """Index of the word after "إضافة إلى" / "فضلاً عن" (a comma before it allowed), else None."""
    if k < len(toks) and toks[k].norm in ("،", ","):
        k += 1
    for a, b in _IN_ADDITION:
        if k + 2 < len(toks) and toks[k].norm == a and toks[k + 1].norm == b:
            return k + 2
    return None


def _relative(toks: list[Tok], i: int) -> Found | None:
    """"مقتله مع زوجته", "قُتل هو وزوجته": a relative killed with him is one person."""
    w = toks[i].w
    if not (w.group in ("women", "children", "men") and w.group_form == "sg" and i >= 2):
        return None
    b = i - 1 if (w.conj or toks[i - 1].norm == "مع") else None
    if b is not None and toks[b].norm == "مع":
        b -= 1
    if b is not None and toks[b].norm in ("هو", "هي"):
        b -= 1
    if b is None or b < 0:
        return None
    o = casualty_outcome(toks[b])
    if not o:
        return None
    return Found(outcome=o, group=w.group, side=None, min=1, max=1, approx=False, vague=False,
                 first=b, last=i, rule="ar.single.relative")


def _side_reach(toks: list[Tok], i: int) -> int:
    """How far after a person noun its force may be named: further through "من" ("مسلح ثانٍ من
    عصابات داعش", "عنصر من مقاتلي الحركة")."""
    return i + 6 if any(toks[k].norm == "من" for k in range(i + 1, min(i + 3, len(toks)))) else i + 4


_BOMBER = frozenset({"انتحاري", "انتحاريه"})
_ORDINALS = frozenset({"والثاني", "والثالث", "والرابع", "والخامس", "والسادس", "والسابع", "والثامن", "والتاسع",
                       "والعاشر", "والاخير"})


def _past_force(toks: list[Tok], k: int) -> int | None:
    """The token after a force named at k ("الحشد الشعبي", "الجيش العراقي") when it is a casualty
    verb, else None."""
    j = k
    while j < len(toks) and j < k + 3 and (toks[j].w.side or "state_force" in toks[j].w.roles or toks[j].phrase
                                           and toks[j].phrase[0] == "side" or is_definite(toks[j]) and not toks[j].w.outcome):
        j += 1
    if j == k or j >= len(toks) or toks[j].w.cas_form != "verb" and not (toks[j].phrase and toks[j].phrase[0] == "cas"):
        return None
    return j if casualty_outcome(toks[j], strong=False) else None
_CIVILIAN_ADJ = frozenset({"مدني", "مدنيه", "مدنيا"})


_AGE_UNITS = frozenset({"عاما", "عام", "اعوام", "سنوات", "سنه", "سنين", "عاماً", "شهرا", "اشهر", "شهور"})


def _past_age(toks: list[Tok], k: int) -> int | None:
    """Token after "من العمر 7 أعوام" starting at k ("البالغ من العمر ..."), or None."""
    if k + 3 >= len(toks) or toks[k].norm != "من" or toks[k + 1].norm != "العمر" \
            or not (toks[k + 2].digit or toks[k + 2].w.num is not None):
        return None
    j = k + 3 + (toks[k + 3].norm in _AGE_UNITS)
    return j if j < len(toks) else None


def _past_age_in(toks: list[Tok], k: int) -> int | None:
    """Token after "في العشرين من عمره" / "في العقد الرابع من العمر" starting at k (the "في"), or None."""
    for m in range(k + 2, min(k + 5, len(toks) - 2)):
        if toks[m].norm == "من":
            j = m + 1
            return j + 1 if toks[j].norm.removeprefix("ال").startswith("عمر") else None
    return None


_AMONG_COPULA = frozenset({"وجود", "بوجود", "كان", "وكان", "كانت", "وكانت", "يكون", "تكون", "ليس", "يوجد"})


def _among_dead_after(toks: list[Tok], i: int) -> int | None:
    """The plural casualty word of "(وجود / كان) X بين القتلى" within a few words after token i, or None."""
    if i == 0 or toks[i - 1].norm not in _AMONG_COPULA:
        return None
    for k in range(i + 1, min(i + 6, len(toks) - 1)):
        t = toks[k]
        if t.punct or t.w.outcome or t.w.conj or t.digit or t.w.num is not None:
            return None
        if t.norm in ("بين", "وبين"):
            nxt = toks[k + 1]
            ok = nxt.w.cas_form == "pl" and nxt.w.outcome and is_definite(nxt)
            return k + 1 if ok else None
    return None


def _singles(toks: list[Tok], used: set[int], found: list[Found], known: list[int]) -> None:
    """One person next to a casualty word: "طفلة مصابة", "شاب أصيب", "مقتل طفل", "سقوط قتيل"."""
    for i in known:  # the words the lexicon knows or phrases start at
        t = toks[i]
        if i in used:
            continue
        w = t.w
        if not (w.group or w.outcome):
            continue  # no person and no casualty word
        rel = _relative(toks, i)
        if rel is not None:
            found.append(rel)
            used.add(i)
            continue
        if w.stem in _BOMBER:
            continue  # "فجّر انتحاري نفسه", "قتل انتحاري 32 شخصاً": a suicide bomber's own death is no claim
        if w.group and w.group_form == "sg" and w.definite and i > 0 and not w.conj:
            # "استشهاد الطفل", "مقتل الجندي": one named or known person
            o = casualty_outcome(toks[i - 1])
            among = o is not None and i > 1 and toks[i - 2].norm in ("بين", "وبين") and is_definite(toks[i - 1]) \
                and toks[i - 1].w.cas_form == "pl"  # "ومن بين الشهداء الطفل فلان"
            if o and (among or toks[i - 1].w.cas_form == "verb" and not toks[i - 1].w.suffix
                      and not is_definite(toks[i - 1])):
                group, side = _fix_group(w.group, _side_near(toks, i + 1, i + 4), toks, i)
                found.append(Found(outcome=o, group=group, side=side, min=1, max=1, approx=False, vague=False,
                                   first=i - 1, last=i, rule="ar.single.definite"))
                used.add(i)
            continue
        if w.group and w.group_form == "sg" and not w.definite:
            # "قتل المسلحون ضابطا": a verb, its definite subject (a group), then the indefinite object
            verb_subject = i > 1 and is_definite(toks[i - 1]) and toks[i - 1].w.group is not None \
                and toks[i - 1].w.group_form == "pl" and toks[i - 2].w.cas_form == "verb" \
                and not toks[i - 2].w.weak and not toks[i - 2].norm.startswith("ي")
            if i > 0 and is_plain_noun(toks[i - 1]) and toks[i - 1].norm not in CONTRAST \
                    and toks[i - 1].norm not in _ORDINALS and not verb_subject \
                    and _among_dead_after(toks, i) is None:  # "والسادس مقاتل ..." is a subject
                continue  # "كلب عسكري": an adjective of something else
            if t.norm == "ام" and (i + 1 >= len(toks) or toks[i + 1].punct or toks[i + 1].norm in ("لا", "لم", "ان", "انه")):
                continue  # "أم لا": "or not", no mother
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            one = nxt is not None and nxt.w.num == 1
            after = toks[i + 2] if one and i + 2 < len(toks) else nxt
            o_after = casualty_outcome(after, strong=False) if after is not None else None
            if o_after is None and nxt is not None and nxt.norm in ("في", "من") and (j := _past_force(toks, i + 2)):
                after = toks[j]  # "عنصر بالحشد الشعبي توفي متأثراً": the force, then the verb
                o_after = casualty_outcome(after, strong=False)
            if o_after is None and nxt is not None and w.group != "combatants" and _complement_then_verb(toks, i):
                after = toks[i + 2]  # "راعي أغنام أصيب", "سائق شاحنة استشهد": the trade's complement, then the verb
                o_after = casualty_outcome(after, strong=False)
            if o_after is None and nxt is not None and nxt.norm in ("البالغ", "البالغه") \
                    and (j := _past_age(toks, i + 2)) is not None:
                after = toks[j]  # "طفلها البالغ من العمر 7 أعوام أصيب": the age, then the verb
                o_after = casualty_outcome(after, strong=False)
            if o_after is None and nxt is not None and nxt.norm == "في" and (j := _past_age_in(toks, i + 1)) is not None:
                after = toks[j]  # "رجل في الستين من عمره قتل": an age in decades, then the verb
                o_after = casualty_outcome(after, strong=False)
            if o_after and after is nxt and after.w.conj and _is_among(toks[i - 1]) and found:
                continue  # "مقتل ثلاثة بينهم طفل وإصابة عشرة": a member of the list, then a new clause
            o_before = None
            b = i - 1
            if b > 0 and toks[b].norm in ("فيه", "فيها", "خلاله", "خلالها", "جراءه", "بها", "به"):
                b -= 1
            elif b > 1 and is_definite(toks[b]) and not toks[b].w.group and toks[b - 1].norm in _PREPOSITIONS:
                b -= 2  # "استشهد في القصف رضيع": a fronted prepositional phrase
            elif verb_subject:
                b -= 1  # "قتل المسلحون ضابطا": the verb before the subject
            if b >= 0 and (toks[b].w.cas_form == "verb" or casualty_outcome(toks[b])) and not toks[b].w.weak and not toks[b].norm.startswith("ي"):
                o_before = casualty_outcome(toks[b])
            if after is not None and o_after and after.w.cas_form in ("verb", "sg") and not after.w.weak and not (
                after.w.conj and (o_before or w.conj and i - 1 in used)  # "قتل رجل وطفل وأصيب خمسة": a new clause
            ):
                outcome = o_after
            elif o_before:
                outcome = o_before
            elif (j := _among_dead_after(toks, i)) is not None:
                outcome = toks[j].w.outcome  # "وجود جندي بين القتلى", "كان طفل من بين الجرحى": one among them
            elif one:
                outcome = _outcome_for(toks, i, i + 1, found)
            elif i > 1 and toks[i - 1].norm == ":" and (toks[i - 2].digit or toks[i - 2].w.num is not None):
                outcome = _outcome_for(toks, i, i, found)  # "الحصيلة أصبحت أربعة: نقيب وثلاثة جنود"
            else:
                outcome = _dual_verb_after_pair(toks, i) or _pronoun_verbal_noun_after(toks, i)
                if outcome is None:
                    continue
            if outcome is None:
                continue
            last = i + 1 if one else i
            group, side = _fix_group(w.group, _side_near(toks, i + 1, _side_reach(toks, i)), toks, i)
            if group == "people" and any(toks[m].norm in _CIVILIAN_ADJ for m in range(i + 1, min(i + 3, len(toks)))):
                group = "civilians"  # "مقتل مزارع مدني", "راعي ماشية مدني": a civilian trade
            n = 1
            if not one and t.phrase is not None and t.phrase[0] == "group" and t.phrase[1].startswith("soldiers"):
                # "رجل أمن", "رجلا أمن": a force's member (or two) named by a phrase on "man"
                group, n, last = "soldiers", 2 if t.phrase[1].endswith(":du") else 1, i + t.phrase[2] - 1
            q_end = after_at_least(toks, last + 1)
            mx = None if q_end > last + 1 else n
            found.append(Found(outcome=outcome, group=group, side=side, min=n, max=mx, approx=False, vague=False,
                               first=i, last=max(last, q_end - 1), rule="ar.single"))
            used.update(range(i, max(last, q_end - 1) + 1))
        elif w.cas_form == "sg" and w.outcome and not w.definite and i > 0 and toks[i - 1].w.weak and not w.suffix:
            if any("neg" in toks[k].w.roles for k in range(max(0, i - 3), i)):
                continue
            group, side = _group_of_cas_head(toks, i)
            found.append(Found(outcome=w.outcome, group=group, side=side, min=1, max=1, approx=False, vague=False,
                               first=i - 1, last=i, rule="ar.single.casualty"))
            used.add(i)


def _complement_then_verb(toks: list[Tok], i: int) -> bool:
    """A single person's noun, a word the lexicon does not know (its complement or adjective), then
    a casualty verb that cannot be active ("أصيب", "استشهد"; not "قتل", which may have an object)."""
    if i + 2 >= len(toks) or not is_plain_noun(toks[i + 1]):
        return False
    verb = toks[i + 2]
    o = casualty_outcome(verb)
    passive = i + 3 >= len(toks) or toks[i + 3].punct or toks[i + 3].norm in ("في", "خلال", "جراء", "بسبب", "اثر")
    return o is not None and verb.w.cas_form == "verb" and not verb.w.conj and (
        o == "injured" or not verb.norm.startswith("قتل") or passive)  # "ابن عمه قتل في الغارة": no object, passive


def _dual_verb_after_pair(toks: list[Tok], i: int) -> str | None:
    """"شاب وامرأة كانا يمران بالمكان أصيبا": two single persons joined by و, then, later in the
    clause, a dual casualty verb whose subject they are."""
    j = i + 1
    if j < len(toks) and toks[j].w.group and not toks[j].w.conj:
        j += 1  # "شاب عشريني وامرأة"
    if not (j < len(toks) and toks[j].w.conj and toks[j].w.group_form == "sg" and toks[j].w.group):
        return None
    for k in range(j + 1, min(j + 14, len(toks))):
        t = toks[k]
        if t.punct or t.norm in CONTRAST or t.digit or t.w.num is not None:
            return None
        o = casualty_outcome(t)
        if o:
            bare = t.norm[1:] if t.w.conj else t.norm
            return o if t.w.cas_form == "verb" and bare.endswith("ا") and not bare.startswith(("ي", "ت")) else None
    return None


_PASSIVE_AUX = {"تم", "تمت", "جري", "جرت", "وتم", "وتمت"}


def _pronoun_verbal_noun_after(toks: list[Tok], i: int) -> str | None:
    """"مهاجم ثان تمت ملاحقته وقتله": one person, then a passive "تم / جرى" whose casualty verbal
    noun carries his pronoun (ـه / ـها), in the same clause."""
    aux = False
    for k in range(i + 1, min(i + 10, len(toks))):
        t = toks[k]
        if t.punct or t.norm in CONTRAST or t.digit or (k > i + 1 and t.w.group and toks[k - 1].norm != "من"):
            return None  # (not "من عصابات داعش": the group he belongs to)
        if t.norm in _PASSIVE_AUX:
            aux = True
            continue
        o = casualty_outcome(t)
        if o:
            return o if aux and t.w.suffix in ("ه", "ها") and t.w.cas_form == "verb" else None
    return None


def _later_singles(toks: list[Tok], used: set[int], found: list[Found]) -> None:
    """"بين الشهداء مسنّ في الثمانين من عمره ورضيع": a singular group noun joined by و after a
    single person's description (in the same clause, no other casualty word between) is one more."""
    for f in [f for f in found if f.rule.startswith("ar.single") and f.min == 1]:
        k = f.last + 1
        while k < len(toks) and k - f.last <= 7:
            t = toks[k]
            if t.punct or t.norm in CONTRAST or casualty_outcome(t, strong=False):
                break
            if any(g.first <= k <= g.last for g in found):
                break
            w = t.w
            if w.conj and w.group and w.group_form in ("sg", "du") and not w.definite:
                n = 2 if w.group_form == "du" else 1
                g, side = _fix_group(w.group, None, toks, k)
                found.append(Found(outcome=f.outcome, group=g, side=side, min=n, max=n, approx=False, vague=False,
                                   first=k, last=k, rule="ar.single.coordinated"))
                used.add(k)
                break
            if w.group and not w.conj and k == f.last + 1:
                k += 1  # "امرأة مسنة": an adjective of the same person
                continue
            if t.norm in ("مع", "برفقه") and k + 1 < len(toks) and toks[k + 1].w.group \
                    and toks[k + 1].w.group_form in ("sg", "du") and not is_definite(toks[k + 1]) and k + 1 not in used:
                n = 2 if toks[k + 1].w.group_form == "du" else 1  # "قتل مزارع مع امرأة": one more
                g, side = _fix_group(toks[k + 1].w.group, None, toks, k + 1)
                found.append(Found(outcome=f.outcome, group=g, side=side, min=n, max=n, approx=False, vague=False,
                                   first=k + 1, last=k + 1, rule="ar.single.coordinated"))
                used.add(k + 1)
                break
            if w.group or w.side or t.norm.startswith("و"):
                break  # another noun phrase or clause
            k += 1


_MOURN = MOURN
_MARTYR_TITLES = {"الشهيد", "الشهيده", "الشهيدين"}


def _obituaries(toks: list[Tok], used: set[int], found: list[Found], index: list[int]) -> None:
    """"نعت حركة الجهاد المجاهد فلان الذي ارتقى شهيداً", "نعى الحزب الشهيد القائد فلان": a body
    mourning one named member (a definite singular title, no figure) tells one of its own killed."""
    for i in index:  # a mourning verb is a claim word: in the index
        if toks[i].norm not in _MOURN:
            continue
        for k in range(i + 1, min(i + 10, len(toks))):
            tk = toks[k]
            if tk.norm in QUOTES:
                continue  # "نعت "المقاومة الإسلامية" المجاهد فلان": a quoted name of the body
            if k in used or tk.punct or tk.digit or tk.w.num is not None or tk.w.vague:
                break
            if any(f.first <= k <= f.last for f in found):
                break
            if tk.norm in _MARTYR_TITLES:
                nxt = toks[k + 1] if k + 1 < len(toks) else None
                side = _side_near(toks, i + 1, k)
                if nxt is not None and not nxt.w.group and nxt.norm not in _MARTYR_TITLES and side is not None \
                        and side not in lexicon().state_sides:
                    # "نعى حزب الله الشهيد علي حسن": an armed group mourning a named martyr, its member
                    found.append(Found(outcome="killed", group="combatants", side=side, min=1, max=1, approx=False,
                                       vague=False, first=i, last=k, rule="ar.single.obituary"))
                    used.add(k)
                    break
                continue
            w = tk.w
            if w.group and w.group_form == "sg" and is_definite(tk) and not w.suffix:
                group = w.group
                side = _side_near(toks, i + 1, k)
                if group == "people" and side is not None:
                    group = "combatants"  # "نعت الحركة الرفيق فلان"
                group, side = _fix_group(group, side, toks, k)
                found.append(Found(outcome="killed", group=group, side=side, min=1, max=1, approx=False,
                                   vague=False, first=i, last=k, rule="ar.single.obituary"))
                used.add(k)
                break


_TO_BE = frozenset({"يكن", "تكن", "يكونوا", "يكونا", "تكونا"})


def _zeros(toks: list[Tok], used: set[int], found: list[Found], known: list[int]) -> None:
    """Negated casualty words: "لم يسقط أي قتيل", "عدم سقوط ضحايا أميركيين" -> 0."""
    i = 0
    for at in known:  # a negation is a known word
        if at < i:
            continue  # inside a claim read already
        i = at
        t = toks[i]
        if "neg" not in t.w.roles or (i > 0 and toks[i - 1].norm in ("من", "ومن", "فمن", "ممن", "لمن")):
            i += 1  # "ومن لم يُقتل منهم": whoever was not killed, no figure
            continue
        k = i + 1
        gap = 0
        hit = None
        subject = False
        while k < len(toks) and gap <= 4:
            tk = toks[k]
            o = casualty_outcome(tk, strong=False)
            if o and (not tk.w.weak or tk.phrase) and k not in used:
                hit = k
                break
            named = tk.w.group or tk.w.side or (tk.phrase and tk.phrase[0] in ("side", "group")) or any(
                "state_force" in toks[m].w.roles for m in (k, k + 1) if m < len(toks))  # "قوى الأمن"
            if tk.w.group and tk.w.group_form == "sg" and k == i + 3 and toks[k - 1].norm in ("اي", "أي") \
                    and toks[k - 2].norm in ("يسقط", "تسقط"):
                hit = k  # "لم يسقط أي مدني": no one of the group fell, a zero of casualties
                break
            if tk.w.roles & {"neg_gap", "neg"} or named:
                k += 1
                gap += 0 if named and k - i <= 8 else 1  # "أي عنصر من قوى الأمن"
                continue
            if tk.norm in ("بين", "ضمن") and k + 1 < len(toks) and casualty_outcome(toks[k + 1], strong=False):
                k += 1  # "عدم وجود أي جندي بين القتلى"
                continue
            if tk.norm in _TO_BE and k == i + 1:
                k += 1  # "أن أياً من أفرادها لم يكن ضمن القتلى"
                continue
            if (not subject and is_definite(tk) and not (tk.punct or tk.digit or tk.w.outcome or tk.w.num is not None)
                    and k > i + 1 and "neg_gap" in toks[k - 1].w.roles):
                subject = True  # "لم يسفر الهجوم عن إصابات": the verb's subject
                k += 1
                gap += 1
                continue
            break
        if hit is None:
            i += 1
            continue
        outcomes = [casualty_outcome(toks[hit], strong=False) or "casualties"]
        last = hit + (toks[hit].phrase[2] - 1 if toks[hit].phrase and toks[hit].phrase[0] == "cas" else 0)
        nx = last + 1
        if nx + 1 < len(toks) and toks[nx].norm == "او":
            nx += 1
        if nx < len(toks) and toks[nx].w.outcome and toks[nx].w.cas_form != "verb" and toks[nx].w.outcome not in outcomes:
            outcomes.append(toks[nx].w.outcome)
            last = nx
        # the group: a group word in the clause (before or after), else from an adjective
        group, side = "people", None
        clause = toks[hit].clause
        lo = i
        while lo > 0 and toks[lo - 1].clause == clause and i - lo < 8:
            lo -= 1
        hi = last + 1
        while hi < len(toks) and toks[hi].clause == clause and hi - last < 8:
            hi += 1
        for k in ([hit] if toks[hit].w.group and not toks[hit].w.outcome else []) \
                + list(range(last + 1, hi)) + list(range(i - 1, lo - 1, -1)) + list(range(i, hit)):
            w = toks[k].w
            if w.group and w.group_form in ("pl", "sg", "du") and not toks[k].digit:
                group = w.group
                side = _side_near(toks, lo, hi)
                group, side = _fix_group(group, side, toks, k)
                break
            if toks[k].phrase and toks[k].phrase[0] == "group":
                group = toks[k].phrase[1].split(":")[0]
                side = _side_near(toks, lo, hi)
                group, side = _fix_group(group, side, toks, k)
                break
        else:
            g2, s2 = _group_of_cas_head(toks, last)
            if g2 != "people":
                group, side = g2, s2
        if group in ("combatants", "soldiers") and side is None:
            side = _side_near(toks, lo, hi)
        for o in outcomes:
            found.append(Found(outcome=o, group=group, side=side, min=0, max=0, approx=False, vague=False,
                               first=i, last=last, rule="ar.zero.negated"))
        used.update(range(i, last + 1))
        i = last + 1


def _vague_nouns(toks: list[Tok], used: set[int], found: list[Found], known: list[int]) -> None:
    """Indefinite plural casualty nouns without a figure: "سقوط ضحايا مدنيين", "وجود جرحى"."""
    for i in known:  # the words the lexicon knows or phrases start at
        t = toks[i]
        if i in used:
            continue
        w = t.w
        if w.cas_form == "pl" and w.outcome and w.definite and i >= 2 and toks[i - 1].norm == "عدد" \
                and toks[i - 2].norm in ("ارتفاع", "وارتفاع") and (i + 1 == len(toks) or toks[i + 1].punct) \
                and (i == 2 or toks[i - 3].punct):  # a headline's own words, not "ما يرجح ارتفاع عدد القتلى"
            found.append(Found(outcome=w.outcome, group="people", side=None, min=None, max=None, approx=False,
                               vague=True, first=i - 2, last=i, rule="ar.vague.rising"))  # "ارتفاع عدد الضحايا" (no figure)
            used.update(range(i - 2, i + 1))
            continue
        if w.cas_form == "pl" and w.outcome and not w.definite and not w.suffix:
            if w.outcome == "killed" and _straight_to_burial(toks, i):
                found.append(Found(outcome="killed", group="people", side=None, min=None, max=None, approx=False,
                                   vague=True, first=max(0, i - 2), last=i + 1, rule="ar.vague.buried_directly"))
                used.update((i, i + 1))
                continue
            if i > 0 and (toks[i - 1].w.stem in ("عدد", "حصيله", "اعداد", "تعداد") or toks[i - 1].norm in ("عدد", "حصيله")):
                continue
            if i > 0 and toks[i - 1].w.roles & {"toll", "reference"}:
                continue  # "ارتفاع ضحايا المجزرة إلى 23", "ذوي ضحايا", "تشييع شهداء": counted elsewhere
            if i > 0 and "unit" in toks[i - 1].w.roles:
                continue  # "لواء شهداء بدر", "كتيبة شهداء أبو سليم": a unit's name, no casualties
            if i + 1 < len(toks) and (i + 1 in used or starts_number(toks, i + 1)):
                continue  # "جثث 38 شخصاً": the noun names the outcome of a figure
            if i + 2 < len(toks) and toks[i + 1].norm in QUOTES and (i + 2 in used or starts_number(toks, i + 2)):
                continue  # "جثث "ست نساء على الأقل"": the same, the figure quoted
            if i + 1 < len(toks) and (ph := toks[i + 1].phrase) and ph[0] == "qual" \
                    and (j := i + 1 + ph[2]) < len(toks) and (j in used or starts_number(toks, j)):
                continue  # "أشلاء ما لا يقل عن أربعة عمال": the same, past the "at least"
            if i + 1 < len(toks) and (
                is_definite(toks[i + 1]) or toks[i + 1].norm in ("اخري", "اخر", "جديده", "جدد")
            ):
                continue  # "جثامين الشهداء", "جثث أخرى", "جثث جديدة": figures told elsewhere
            if i + 1 < len(toks) and toks[i + 1].norm in _OTHERS_WORDS and toks[i - 1].norm.lstrip("و") in _subset_words()[0] \
                    and any(f.outcome == w.outcome and not f.vague and f.last < i for f in found):
                continue  # "استقبل 16 مصاباً ... فيما نُقل مصابون آخرون": the rest of the counted wounded, taken elsewhere
            if _hypothetical(toks, i):
                continue  # "ما إذا كانت تسببت بسقوط ضحايا": not a claim
            if any("neg" in toks[k].w.roles and not _role_at(toks[k], "deny")
                   for k in range(max(0, i - 5), i) if toks[k].clause == t.clause):
                continue  # "لم ترد أنباء عن سقوط ضحايا", "دون معلومات عن إصابات": nothing asserted
                # ("لا علم له بوقوع إصابات" is a denial: the vague claim, denied below)
            if _bodies_raise_toll(toks, i):
                continue  # "قبل أن ترتفع الحصيلة بعد انتشال جثث": the recovered bodies are in the toll
            if i > 0 and toks[i - 1].norm in ("سقطوا", "سقطا", "سقطن", "وسقطوا"):
                continue  # "25 مسلحاً سقطوا قتلى": the subject is the figure
            outcome = w.outcome
            also = None
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            if (nxt is not None and i + 1 not in used and nxt.w.conj and nxt.w.cas_form == "pl"
                    and nxt.w.outcome not in (None, w.outcome) and not nxt.w.definite and not nxt.w.suffix):
                if {outcome, nxt.w.outcome} == {"killed", "injured"}:
                    also = nxt.w.outcome  # "قتلى وجرحى": dead and wounded, a vague number of each (two claims)
                else:
                    outcome = "casualties"  # "ضحايا وجرحى": the wording does not say which
                used.add(i + 1)
                i_last = i + 1
            else:
                i_last = i
            group, side = _group_of_cas_head(toks, i_last)
            coordinated = i_last + 1 < len(toks) and toks[i_last + 1].w.conj and toks[i_last + 1].w.outcome
            last = i_last + (1 if group != "people" and not coordinated else 0)
            found.append(Found(outcome=outcome, group=group, side=side, min=None, max=None, approx=False,
                               vague=True, first=i, last=last, rule="ar.vague.noun"))
            if also:
                found.append(Found(outcome=also, group=group, side=side, min=None, max=None, approx=False,
                                   vague=True, first=i, last=last, rule="ar.vague.noun.coordinated"))
            used.update(range(i, last + 1))


_BURIAL = frozenset({"مباشره", "المقابر", "المقبره", "مقبره", "لدفنها", "لدفنهم", "للدفن", "دفنها", "دفنت"})


def _straight_to_burial(toks: list[Tok], i: int) -> bool:
    """"استقبل المستشفى 12 جثة، فيما دفن الأهالي جثثاً أخرى مباشرة": other bodies that never
    reached the count (taken straight to burial) are more dead, a vague claim of their own."""
    if i + 1 >= len(toks) or toks[i + 1].norm not in ("اخري", "اخر") or toks[i].w.stem not in _BODIES:
        return False
    return any(toks[k].norm in _BURIAL or toks[k].norm[1:] in _BURIAL for k in range(i + 2, min(i + 6, len(toks))))


def _bodies_raise_toll(toks: list[Tok], i: int) -> bool:
    """Bodies with no figure recovered "after" which a toll rose: counted in that toll, no claim."""
    if toks[i].w.stem not in _BODIES or i < 2 or toks[i - 2].norm not in ("بعد", "اثر", "عقب"):
        return False
    if not toks[i - 1].norm.lstrip("وب").startswith(("انتشال", "سحب", "استخراج")):
        return False
    return any("toll" in toks[k].w.roles for k in range(max(0, i - 8), i - 2))


_HUMAN_LOSS = ("بشريه", "بالارواح", "الارواح", "ارواح", "البشريه")


def _human_losses(toks: list[Tok], used: set[int], found: list[Found], known: list[int]) -> None:
    """"كبدت القوات المهاجمين خسائر بشرية كبيرة", "خسائر فادحة في الأرواح": human losses with no
    figure are a vague casualties claim (the group: a force word right before "خسائر")."""
    for i in known:  # the words the lexicon knows or phrases start at
        t = toks[i]
        if i in used or t.w.stem != "خسائر" or is_definite(t) or t.w.suffix:
            continue
        if any(f.first <= i <= f.last for f in found) or _hypothetical(toks, i):
            continue
        if any("neg" in toks[k].w.roles for k in range(max(0, i - 5), i) if toks[k].clause == t.clause):
            continue
        end = next((k for k in range(i + 1, min(i + 4, len(toks))) if toks[k].norm in _HUMAN_LOSS), None)
        if end is None:
            continue
        group, side = "people", None
        if i > 0 and toks[i - 1].w.group in ("combatants", "soldiers") and toks[i - 1].w.group_form == "pl":
            group, side = _fix_group(toks[i - 1].w.group, _side_near(toks, i - 1, i), toks, i - 1)
        found.append(Found(outcome="casualties", group=group, side=side, min=None, max=None, approx=False,
                           vague=True, first=i, last=end, rule="ar.vague.losses"))
        used.update(range(i, end + 1))


def _whole_families(toks: list[Tok], used: set[int], found: list[Found], known: list[int]) -> None:
    """"مقتل عائلة بأكملها", "استشهاد أسرة كاملة": a whole family killed, with no figure, is a
    vague claim of people (with a figure, "عائلة من خمسة أفراد", the figure is the claim)."""
    for i in known:  # the words the lexicon knows or phrases start at
        t = toks[i]
        if "family" not in t.w.roles or i == 0 or i in used or is_definite(t) or i + 1 >= len(toks):
            continue
        if "whole" not in toks[i + 1].w.roles and toks[i + 1].norm not in ("بأكملها", "بكاملها", "برمتها"):
            continue
        prev = toks[i - 1]
        o = casualty_outcome(prev)
        if not o or prev.w.cas_form != "verb" or prev.w.suffix:
            continue
        if any(starts_number(toks, k) for k in range(i + 2, min(i + 5, len(toks)))):
            continue
        found.append(Found(outcome=o, group="people", side=None, min=None, max=None, approx=False, vague=True,
                           first=i - 1, last=i + 1, rule="ar.vague.family"))
        used.update((i, i + 1))


def _hypothetical(toks: list[Tok], i: int) -> bool:
    """Casualties only asked about or to be investigated ("ستحقق في التقارير عن سقوط قتلى")."""
    return any(toks[k].norm in _HYPOTHETICAL for k in range(max(0, i - 8), i) if toks[k].clause == toks[i].clause)


def _lists(toks: list[Tok], used: set[int], found: list[Found], known: list[int]) -> None:
    for i in known:  # the words the lexicon knows or phrases start at
        t = toks[i]
        roles = t.w.roles
        if t.phrase and t.phrase[0] == "role" and t.phrase[1] == "among":
            _among_list(toks, i + t.phrase[2], used, found, majority=False)
        elif "among" in roles and t.norm != "بين":
            _among_list(toks, i + 1, used, found, majority=False)
        elif "majority" in roles:
            if t.norm.lstrip("و") in _ALL_OF_THEM and _all_of_them(toks, i, used, found):
                continue
            _among_list(toks, i + 1, used, found, majority=True)


_ALL_OF_THEM = frozenset({"جميعهم", "كلهم", "جميعهن", "كلهن", "جميعا"})


def _all_of_them(toks: list[Tok], i: int, used: set[int], found: list[Found]) -> bool:
    """"٤ شهداء و١١ جريحاً كلهم من المدنيين": the group of every figure of people before it
    in the sentence, no claim of its own. False when no single group noun follows."""
    k = i + 1
    if k < len(toks) and toks[k].norm == "من":
        k += 1
    if k >= len(toks) or toks[k].w.group in (None, "people") or toks[k].w.num is not None or toks[k].digit:
        return False
    nxt = k + 1
    if nxt < len(toks) and (toks[nxt].norm == "و" or toks[nxt].w.conj) and toks[nxt].w.group is not None:
        return False  # "كلهم من النساء والأطفال": two groups, a list
    targets = [f for f in found if f.last < i and f.group == "people" and not f.vague and i - f.last <= 12]
    if not targets:
        return False
    group, side = _fix_group(toks[k].w.group, _side_near(toks, k + 1, k + 4), toks, k)
    for f in targets:
        f.group, f.side = group, side
    used.add(k)
    return True


_WITH = {"مع", "معه", "معها", "معهم", "معو"}


def _verb_groups(toks: list[Tok], used: set[int], found: list[Found], known: list[int]) -> None:
    """"قُتل معه أطفال ونساء", "مقتل أفراد من عائلته": a casualty word right before an
    indefinite plural group noun (and the nouns coordinated with it) gives vague claims."""
    for i in known:  # the words the lexicon knows or phrases start at
        t = toks[i]
        if t.phrase is None and not t.w.outcome:
            continue
        outcome = casualty_outcome(t)
        bare = t.norm[1:] if t.w.conj else t.norm
        if not outcome or t.w.cas_form != "verb" or is_definite(t) or (
            bare.startswith(("ي", "ت")) and (bare.endswith(("ون", "ان")) or not t.w.conj)
        ):
            continue  # not the habitual "يقتلون"; a headline's "... ويصيب مواطنين" is one event
        k = i + 1
        if k < len(toks) and toks[k].norm in _WITH:
            k += 1
        while k < len(toks) and k not in used:
            w = toks[k].w
            if not (w.group and w.group_form == "pl" and not w.suffix and (not is_definite(toks[k]) or (
                    k == i + 1 and not t.w.conj and _list_after(toks, k)))):
                break  # (a definite group with a list after it: "قتل المدنيين، ومنهم أطفال")
            if toks[k].norm.endswith("ا") and not toks[k].norm.endswith("اء"):
                break  # "قتلت مسلحاً": an accusative singular, one person or a figure's noun
            if k > i + 2 and not w.conj:
                break
            j = k + 1
            while j < len(toks) and is_plain_noun(toks[j]) and j - k <= 2:
                j += 1  # "مسلحون مجهولون"
            if toks[k].norm.endswith("ون") and starts_number(toks, j):
                break  # "قتل مسلحون مجهولون ثلاثة رعاة": the killers, subject of an active verb
            if t.norm in _MOURN and starts_number(toks, j):
                break  # "ونعت قوات الحماية ثلاثة من مقاتليها": the mourning force, subject of the verb
            ph = toks[k].phrase
            group = ph[1].split(":")[0] if ph and ph[0] == "group" else w.group
            group, side = _fix_group(group, _side_near(toks, k + 1, k + 4), toks, k)
            found.append(Found(outcome=outcome, group=group, side=side, min=None, max=None, approx=False,
                               vague=True, first=i, last=k, rule="ar.vague.verb_group"))
            used.add(k)
            k += 1


def _list_after(toks: list[Tok], k: int) -> bool:
    """Does a "بينهم" / "ومنهم" list follow the group noun at k (past an adjective and a comma)?"""
    for j in range(k + 1, min(k + 4, len(toks))):
        t = toks[j]
        if "among" in t.w.roles:
            return True
        if not (t.norm in ("،", ",") or is_plain_noun(t) or is_definite(t) and not t.w.group and not t.w.outcome):
            return False
    return False


def _clause_groups(toks: list[Tok], used: set[int], found: list[Found], known: list[int]) -> None:
    """"القتلى كانوا من المدنيين": a plural group word in a clause with a casualty word
    and no figure gives a vague claim of that group."""
    for i in known:  # the words the lexicon knows or phrases start at
        t = toks[i]
        w = t.w
        if i in used or w.group not in ("civilians", "children", "women") or w.group_form != "pl" or w.suffix:
            continue
        clause = t.clause
        if any(f.first <= i <= f.last for f in found):
            continue
        if any(toks[f.first].clause == clause and not f.vague for f in found):
            continue
        cas = [
            k
            for k, tk in enumerate(toks)
            if tk.clause == clause and k != i and casualty_outcome(tk, strong=True)
            and (tk.w.cas_form == "pl" and not tk.w.suffix or (tk.w.cas_form == "verb" and tk.norm.endswith("وا")))
        ]  # (not "ضعفهن ورقة أجسادهن": a possessed noun names the group's own bodies, not its dead)
        if not cas or _hypothetical(toks, i):
            continue
        outcome = casualty_outcome(toks[min(cas, key=lambda k: abs(k - i))]) or "casualties"
        if any(f.group == w.group and f.vague and toks[f.first].clause == clause for f in found):
            continue
        found.append(Found(outcome=outcome, group=w.group, side=None, min=None, max=None, approx=False,
                           vague=True, first=i, last=i, rule="ar.vague.clause_group"))
        used.add(i)


_OWN_ASSERTION = {"مؤكده", "مؤكدا", "مؤكدين", "مؤكدون", "مشدده", "مشددا"}
_ASSERT_VERBS = {"اكد", "اكدت", "اكدوا", "قال", "قالت", "افاد", "افادت", "اعلن", "اعلنت", "وثق", "ذكر", "ذكرت"}


def _role_at(t: Tok, role: str) -> bool:
    return role in t.w.roles or (t.phrase is not None and t.phrase[0] == "role" and t.phrase[1] == role)


_CORRECTED = {".", "والصحيح", "الصحيح", "مؤكده", "مؤكدا", "موضحه", "موضحا", "مشيره", "مشيرا", "واكدت", "واوضحت"}
_RETRACTED = {"ورد", "جاء", "نشر", "اعلن", "اعلنته", "نشرته", "اوردته", "ذكر", "ذكرته"}
_ASSERT_FORMS = with_proclitics(_ASSERT_VERBS)  # the tokens whose stems() hold one
_SPEAKS_OF = frozenset({"تتحدث", "يتحدث", "تتحدثان", "يتحدثون", "تحدثت", "تحدث"})  # "speaks of": another account
_RETRACTED_FORMS = with_proclitics(_RETRACTED)


def _rebuttals(toks: list[Tok], found: list[Found], known: list[int]) -> None:
    """"ما تناقلته الصفحات عن سقوط ثلاثين ضحية ... عار عن الصحة": a rebuttal predicate after a
    report turns the figures of that report into denials; "تصحح القيادة ما ورد في بيانها بشأن
    إصابة أربعة جنود": a correction retracts the figures it names."""
    for i in known:  # the words the lexicon knows or phrases start at
        t = toks[i]
        if not t.w.roles and t.phrase is None:
            continue
        if _role_at(t, "rebut"):
            head = next((k for k in range(i - 1, -1, -1) if _role_at(toks[k], "rumour")), None)
            if head is None or (head > 0 and toks[head - 1].norm in _ASSERT_FORMS):
                continue  # "أكدت التقارير مقتل ...": the reports are the source, not what is rebutted
            for f in found:
                if head < f.first < i:
                    f.stance = "deny"
        elif _role_at(t, "correct"):
            if _corrected_count(toks, i, found):
                continue
            relative = _corrected_relative(toks, i)
            if not relative and not any(toks[k].norm == "ما" and k + 1 < len(toks) and toks[k + 1].norm in _RETRACTED_FORMS
                                        for k in range(i + 1, min(i + 5, len(toks)))):
                continue  # "صححت الوزارة الحصيلة إلى 12": a new figure, asserted
            stop = i + 1
            while stop < len(toks) and stop - i <= 20 and toks[stop].norm not in CONTRAST | _CORRECTED:
                if relative and toks[stop].norm in _NEW_FIGURE_CUES:
                    break  # "صححت العدد الذي أعلنته (15) إلى 12": the new figure, asserted
                if toks[stop].norm in _ASSERT_FORMS:
                    break  # "مؤكدة أن عدد المصابين ثلاثة": the corrected figure, asserted
                stop += 1
            for f in found:
                if i < f.first < stop:
                    f.stance = "deny"


_COUNT_NOUNS = frozenset({"العدد", "الحصيله", "الرقم", "عددهم", "حصيلتها"})
_ANNOUNCED_IT = ("اعلن", "نشر", "ذكر", "اورد", "اذاع", "بث", "قدر", "سجل")  # + ـه / ـته / ـها / ـتها


_NEW_FIGURE_CUES = frozenset({"الي", "لتصبح", "ليصبح", "لتصل", "ليصل", "لتبلغ", "ليبلغ", "لتستقر", "ليستقر"})


def _corrected_relative(toks: list[Tok], i: int) -> bool:
    """"صحح المكتب عدد الجرحى الذي أعلنه سابقاً": the correction verb at i names its own earlier
    figure by a relative clause of announcing (its figures are retracted)."""
    for k in range(i + 1, min(i + 6, len(toks) - 1)):
        if toks[k].norm in ("الذي", "التي") and toks[k + 1].norm.startswith(_ANNOUNCED_IT) and len(toks[k + 1].norm) <= 7:
            return True
    return False


def _corrected_count(toks: list[Tok], i: int, found: list[Found]) -> bool:
    """"أعلنت أن بين القتلى أربع نساء، ثم صححت العدد إلى ثلاث": the figure before the correction
    verb at i is retracted (deny) and the one after "العدد إلى" is asserted, of the same outcome
    and group unless it names its own group ("إلى طفلين")."""
    k = i + 1
    if k + 2 >= len(toks) or toks[k].norm not in _COUNT_NOUNS or toks[k + 1].norm != "الي":
        return False
    earlier = [f for f in found if f.last < i and not f.vague and not f.background]
    if not earlier:
        return False
    old = earlier[-1]
    k += 2
    t = toks[k]
    if not t.digit and t.w.group and t.w.group_form == "du":
        group, side = _fix_group(t.w.group, None, toks, k)
        low = high = 2
        last = k
    else:
        q = figure_at(toks, k)
        if q is None or q.min is None:
            return False
        low, high, last = q.min, q.max, q.end - 1
        nxt = toks[q.end] if q.end < len(toks) else None
        group, side = old.group, old.side
        if nxt is not None and nxt.w.group and not nxt.w.outcome:
            group, side = _fix_group(nxt.w.group, None, toks, q.end)
            last = q.end
    old.stance = "deny"
    found.append(Found(outcome=old.outcome, group=group, side=side, min=low, max=high, approx=False, vague=False,
                       first=i, last=last, rule="ar.deny.corrected_to"))
    return True


def _denials(toks: list[Tok], found: list[Found], context_has_casualty: bool, known: list[int]) -> None:
    """A denial verb turns the claims after it into denials, or makes a vague one."""
    _rebuttals(toks, found, known)
    _set_right(toks, found)
    _not_that_figure(toks, found)
    for i in known:  # the words the lexicon knows or phrases start at
        t = toks[i]
        is_deny = "deny" in t.w.roles or (t.phrase is not None and t.phrase[0] == "role" and t.phrase[1] == "deny")
        if not is_deny:
            continue
        stop = i + 1
        own = False
        reach = _denied_report_reach(toks, i)
        while stop < len(toks) and stop - i <= reach and toks[stop].norm not in CONTRAST and toks[stop].norm != ".":
            if toks[stop].norm in _ASSERT_FORMS:
                break  # "نفت الوزارة الخبر، وأكدت مصادر ...": another source asserts
            if toks[stop].norm in _SPEAKS_OF and toks[stop - 1].norm not in ("ما", "التي", "الذي", "عما", "مما"):
                break  # "الجيش ينفي القصف و"الميليشيا" تتحدث عن 40 قتيلا": the other party's account
            if toks[stop].norm in _OWN_ASSERTION and stop > i + 1 and toks[stop - 1].punct:
                own = any(f.first > stop for f in found)
                break  # "نفته مصادر في الحزب، مؤكدة أن أياً من عناصره لم يُقتل": the denier's own figure, asserted
            stop += 1
        after = [f for f in found if i < f.first < stop]
        if own and not after:
            any_of = _denied_any(toks, i, stop)
            if any_of is not None:
                found.append(any_of)  # "نفى المكتب وجود أي مسلحين بين الضحايا، مؤكداً أن ...": denied, then its own account
            continue
        if after:
            for f in after:
                f.stance = "deny"
            continue
        any_of = _denied_any(toks, i, stop)
        if any_of is not None:
            found.append(any_of)  # "نفى الحزب سقوط أي من مقاتليه": a vague claim, denied
            continue
        before = [f for f in found if f.last < i and f.stance == "assert" and not f.background]
        objects = [i] if t.norm in _DENY_WITH_OBJECT else []
        objects += [k for k in range(i + 1, min(i + 5, len(toks)))
                    if "deny_obj" in toks[k].w.roles or (toks[k].phrase and toks[k].phrase[1] == "deny_obj")]
        objects = [k for k in objects if not any(toks[j].punct for j in range(i + 1, k))]
        if not objects:
            continue
        if len(before) == 1:
            # "تحدثت مصادر عن مقتل 3 جنود، إلا أن الجيش نفى ذلك", "وهو ما نفاه الجيش": that figure, denied
            f = before[0]
            found.append(Found(outcome=f.outcome, group=f.group, side=f.side, min=f.min, max=f.max, approx=f.approx,
                               vague=f.vague, first=i, last=objects[0], rule="ar.deny.that", stance="deny"))
        elif context_has_casualty:
            found.append(Found(outcome="casualties", group="civilians", side=None, min=None, max=None,
                               approx=False, vague=True, first=i, last=objects[0], rule="ar.deny.matter",
                               stance="deny"))


_RIGHT = frozenset({"والصحيح", "الصحيح", "والصواب", "الصواب"})


def _set_right(toks: list[Tok], found: list[Found]) -> None:
    """"ورد في البيان السابق أن بين القتلى أربعة أطفال، والصحيح ثلاثة": the figure before "والصحيح"
    (back to the "ورد" that reports it, else the nearest one) is retracted; the one after it stands."""
    if not found:
        return
    right = next((k for k, t in enumerate(toks) if t.norm in _RIGHT and k > 0 and toks[k - 1].punct), None)
    if right is None or not any(right < f.first <= right + 3 for f in found):
        return  # the right figure follows at once ("والصحيح ثلاثة", "والصحيح أنهم ثلاثة")
    before = [f for f in found if f.last < right and not f.background]
    start = next((k for k in range(right - 1, -1, -1) if toks[k].norm in _RETRACTED_FORMS), None)
    for f in (before if start is not None else before[-1:]):
        if start is None or f.first > start:
            f.stance = "deny"


def _not_that_figure(toks: list[Tok], found: list[Found]) -> None:
    """"بلغ عدد القتلى سبعة وليس تسعة كما ورد سابقاً": the figure after "وليس" is a retracted
    figure of the claim before it (deny)."""
    if not found:
        return
    for k in range(1, len(toks) - 1):
        if toks[k].norm not in ("وليس", "لا") or (toks[k].norm == "لا" and not toks[k - 1].punct):
            continue
        before = [f for f in found if f.last == k - 1 and not f.vague and f.stance == "assert"]
        q = figure_at(toks, k + 1) if before else None
        if q is None or q.min is None or q.start != k + 1:
            continue
        old = before[-1]
        found.append(Found(outcome=old.outcome, group=old.group, side=old.side, min=q.min, max=q.max, approx=q.approx,
                           vague=False, first=k, last=q.end - 1, rule="ar.deny.not_that", stance="deny"))


def _denied_report_reach(toks: list[Tok], i: int) -> int:
    """How far the denial verb at i reaches: to the sentence's end (40 words) when it denies a
    report named right after it ("نفى المصدر صحة ما تروجه وسائل إعلام عن ... وسقوط قتلى"), else 15."""
    for k in range(i + 1, min(i + 12, len(toks))):
        if toks[k].norm in CONTRAST or toks[k].norm == ".":
            break
        if _role_at(toks[k], "rumour"):
            return 40
    return 15


def _fabricated(toks: list[Tok], used: set[int], found: list[Found], known: list[int]) -> None:
    """"واشنطن تختلق الضحايا": a verb of fabrication rejects the casualties named right after it (the
    claims there, or a vague claim of the casualty noun)."""
    for i in known:  # the words the lexicon knows or phrases start at
        if "fabricate" not in toks[i].w.roles:
            continue
        after = [f for f in found if i < f.first <= i + 3]
        for f in after:
            f.stance = "deny"
        j = i + 1
        if after or j >= len(toks) or j in used:
            continue
        w = toks[j].w
        if not w.outcome or w.cas_form not in ("pl", "sg") or w.suffix:
            continue
        group, side = _group_of_cas_head(toks, j)
        found.append(Found(outcome=w.outcome, group=group, side=side, min=None, max=None, approx=False,
                           vague=True, first=i, last=j, rule="ar.deny.fabricated", stance="deny"))
        used.add(j)


def _denied_any(toks: list[Tok], i: int, stop: int) -> Found | None:
    """"سقوط أي من عناصره", "وجود أي مسلحين بين الضحايا" after the denial verb at i: a vague
    claim of that group, stance deny (as "denied any civilian casualties")."""
    for k in range(i + 1, min(stop, i + 9)):
        if toks[k].norm not in ("اي", "ايه", "احد"):
            continue
        m = k + 2 if k + 2 < stop and toks[k + 1].norm == "من" else k + 1
        if m >= stop or toks[m].w.group not in ("combatants", "soldiers", "civilians") or toks[m].digit:
            return None
        outcome = None
        for j in list(range(k - 1, i, -1)) + list(range(m + 1, min(stop, m + 4))):
            o = casualty_outcome(toks[j], strong=False)
            if o:
                outcome = "killed" if j < k and toks[j].norm in ("سقوط", "سقط", "يسقط") else o
                break
        if outcome is None:
            return None
        group, side = _fix_group(str(toks[m].w.group), _side_near(toks, i, m), toks, m)
        if side is None and group == "combatants":
            side = next((sd for b in range(i - 1, -1, -1) if (sd := _side_near(toks, b, b + 1))), None)  # "مسلحين من حماس"
        return Found(outcome=outcome, group=group, side=side, min=None, max=None, approx=False, vague=True,
                     first=k - 1, last=m, rule="ar.deny.any", stance="deny")
    return None


# Denial verbs that carry their object ("وهو ما نفاه الجيش": denied it).
_DENY_WITH_OBJECT = {"نفاه", "نفته", "نفوه", "ينفيه", "تنفيه", "نفاها", "نفتها", "كذبه", "كذبته", "ونفاه", "ونفته"}


_PERIODS = {"ايام", "اسابيع", "اشهر", "شهور", "ساعات", "سنوات", "اعوام", "يوما", "شهرا", "عاما", "اسبوع", "شهر",
            "يومين", "ساعتين", "اسبوعين", "شهرين", "عامين", "سنتين"}



def _short_period(t: Tok) -> bool:
    """Hours or minutes: "بعد ساعات من الغارة" is later in the same attack; "بعد ثمانية أيام من
    الهجوم" is another day's news about it."""
    return t.norm.startswith(("ساع", "دقائق", "دقيق"))


_SINCE_ACTS = frozenset({"اعلان", "توقيع", "سريان", "دخول", "اعلانها", "انتهاء", "انهيار", "تطبيق", "هدنه", "الهدنه",
                         "اتفاق", "الاتفاق", "تهدئه", "التهدئه"})
_SINCE_ACT_FORMS = with_proclitics(_SINCE_ACTS)
# The words a background cue starts with (besides marker phrases and month names).
_CUE_WORDS = CUE_WORDS


def _activity_before(toks: list[Tok], i: int) -> bool:
    """"يبيع الخضار منذ ثلاثين عاماً": a duration of a present-tense activity, not another time."""
    for k in range(i - 1, max(-1, i - 5), -1):
        t = toks[k]
        if t.clause != toks[i].clause or t.digit or casualty_outcome(t, strong=False) or t.w.num is not None:
            return False
        if (t.norm.startswith(("ي", "ت")) and len(t.norm) >= 4 and not t.w.stem and not t.w.side
                and t.norm not in FUNCTION_WORDS):
            return True
    return False


def _background_cue(toks: list[Tok], i: int) -> bool:
    """A cue that the figures of its clause are about another time or a total."""
    t = toks[i]
    if t.phrase and t.phrase[0] == "background":
        return True
    n = t.norm
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if n in ("منذ", "ومنذ") and nxt is not None and not is_definite(nxt) and (
        "attack" in nxt.w.roles or nxt.norm in _event_noun_forms()
    ):
        return True  # "الأكبر منذ مجزرة الحولة التي راح ضحيتها 108": another, earlier event
    if n in ("منذ", "ومنذ") and nxt is not None:
        if nxt.w.stem in ("عام", "سنه", "مطلع", "بدء", "بدايه") or nxt.norm in _SINCE_ACT_FORMS:
            return True  # "منذ إعلان الهدنة", "منذ توقيع الاتفاق": a period since another event
        if nxt.digit or nxt.w.num is not None:
            return not _activity_before(toks, i)
        return nxt.norm == "ال"
    if n in ("بعد", "قبل", "وبعد", "وقبل") and nxt is not None:
        k = i + 1
        if toks[k].digit or toks[k].w.num is not None:
            k += 1
        if k < len(toks) and (toks[k].w.stem in _PERIODS or toks[k].norm in _PERIODS | {"يوم"}):
            period = toks[k]
            k += 1
            if k < len(toks) and toks[k].w.num is not None:
                k += 1
            if k < len(toks) and n in ("بعد", "وبعد") and _short_period(period) and toks[k].norm == "من" \
                    and k + 1 < len(toks) \
                    and is_definite(toks[k + 1]) and ("attack" in toks[k + 1].w.roles
                                                      or toks[k + 1].norm in _event_noun_forms()):
                return False  # "انتشلت جثتين بعد ساعات من الغارة": later in this same attack
            if k < len(toks) and (toks[k].norm == "من" or n in ("قبل", "وقبل")):
                return True
    if "month" in t.w.roles and nxt is not None and nxt.norm in ("الماضي", "الفائت", "المنصرم"):
        return True  # "أيلول الفائت": an earlier month
    if n in ("خلال", "وخلال") and nxt is not None:
        return nxt.w.stem in ("عام", "سنوات", "اعوام", "سنه", "السنوات") and (nxt.w.definite is False or nxt.norm == "العام")
    return False


def _backgrounds(toks: list[Tok], found: list[Found], index: list[int]) -> None:
    """Mark figures about totals or other times: a marker phrase reaches the end of the
    sentence (up to a contrast word), a time cue only its clause; lists follow their head."""
    for i in index:  # cue words, phrase starts and months are in the row's index
        t = toks[i]
        if t.norm not in _CUE_WORDS and t.phrase is None and "month" not in t.w.roles:
            continue
        if not _background_cue(toks, i):
            continue
        clause = t.clause
        start = i
        while start > 0 and toks[start - 1].clause == clause:
            start -= 1
        if not (t.phrase and t.phrase[0] == "background") and t.norm not in ("منذ", "ومنذ"):
            start = i  # a time cue reaches forward only
        stop = i
        while stop < len(toks) and toks[stop].norm not in CONTRAST:
            stop += 1
        for f in found:
            if start <= f.first < stop:
                f.background = True
    openers = _response_first_words()
    wars = _war_nouns()
    for i in index:  # war nouns, "منفصلة" and response openers are in the row's index
        if not found:
            break
        t = toks[i]
        if t.norm.lstrip("و") in wars:
            for k in range(i + 1, min(i + 7, len(toks))):
                if toks[k].norm in ("فيها", "خلالها") and toks[k].clause == t.clause:
                    for f in found:
                        if i < f.first and toks[f.first].clause == t.clause:
                            f.background = True  # "حرباً استمرت عشرين عاماً قُتل فيها أكثر من 2400"
                    break
        if t.norm.startswith(_SEPARATE) and _separate_attacks(toks, i):
            for f in found:
                if toks[f.first].clause == t.clause:
                    f.background = True  # "قضى 23 مدنياً في غارتين منفصلتين": a total over several attacks
        if t.norm in openers and _responds_to_attack(toks, i):
            stop = i + 1
            while stop < len(toks) and toks[stop].clause == t.clause and toks[stop].norm not in CONTRAST:
                stop += 1
            for f in found:
                if i < f.first < stop:
                    f.background = True
    found.sort(key=lambda f: f.first)
    for a, b in zip(found, found[1:], strict=False):
        if a.background and not b.background and a.last < b.first:
            between = range(a.last + 1, b.first)
            if not any(casualty_outcome(toks[k]) or toks[k].norm in CONTRAST for k in between):
                b.background = True  # "ارتفع إلى 104، بينهم 29 طفلاً و16 مواطنة"


_response_openers = response_openers
_SEPARATE = SEPARATE


def _separate_attacks(toks: list[Tok], i: int) -> bool:
    """"في غارتين منفصلتين", "في هجمات متفرقة": plural or dual attacks said to be separate."""
    if i == 0 or not toks[i].norm.startswith(_SEPARATE):
        return False
    prev = toks[i - 1]
    form = prev.norm[1:] if prev.norm.startswith(("ب", "و", "ف")) else prev.norm
    return "attack" in prev.w.roles or "attack" in analyze(form).roles


_war_nouns = war_nouns
_response_first_words = response_first_words


def _responds_to_attack(toks: list[Tok], i: int) -> bool:
    """"رداً على غارات أمس", "انتقاماً لمجزرة": an attack this one answers, named at token i."""
    first = stems(toks[i].norm)
    for words in _response_openers():
        clitic = words[-1] == "ل"  # "انتقاماً لمجزرة": ل is written on the next word
        head = words[:-1] if clitic else words
        n = len(head)
        if i + n >= len(toks) or head[0] not in first and toks[i].norm != head[0]:
            continue
        if not all(head[k] in stems(toks[i + k].norm) or toks[i + k].norm == head[k] for k in range(1, n)):
            continue
        for k in range(i + n, min(i + n + 2, len(toks))):
            form = toks[k].norm
            if clitic and k == i + n:
                if not form.startswith("ل"):
                    break
                form = form[1:]
            if "attack" in analyze(form).roles or stems(form) & _event_nouns():
                return True
    return False


_PLUPERFECT = {"وكان", "وكانت", "كان", "كانت", "وكانوا", "كانوا"}


def _has_preposition(t: Tok) -> bool:
    """"بغارة", "لقصف": the word carries ب / ل / ك (it names a cause, not the event itself)."""
    n = t.norm[1:] if t.norm.startswith(("و", "ف")) and not t.w.stem.startswith(t.norm[0]) else t.norm
    return n[:1] in ("ب", "ل", "ك") and not t.w.stem.startswith(n[:1])


def _indefinite_attack(toks: list[Tok], k: int) -> bool:
    t = toks[k]
    roles = t.w.roles
    if not roles and t.norm.endswith("ا") and len(t.norm) > 3:
        roles = analyze(t.norm[:-1]).roles  # accusative "قصفاً", "هجوماً"
    if "attack" not in roles or is_definite(t) or t.w.suffix or _has_preposition(t):
        return False
    if k > 0 and toks[k - 1].norm in _PREPOSITIONS:
        return False  # "قضوا في غارات": the cause of a toll, not a new event
    return not (k + 1 < len(toks) and is_definite(toks[k + 1]))  # not "غارة الاحتلال"


_WEEKDAYS = {"الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت"}


def _plural_attack(t: Tok) -> bool:
    """An indefinite plural attack noun ("غارات", "هجمات")."""
    return "attack" in t.w.roles and not is_definite(t) and not t.w.suffix and t.norm.endswith(("ات", "تين"))


def _pluperfect_other_event(toks: list[Tok]) -> bool:
    """"وكانت مسيّرة قد استهدفت صباحاً ...", "وكان المرصد قد رصد أمس غارات ...": a pluperfect
    sentence that tells an earlier, other attack (an indefinite attack noun as its subject or
    object, or an earlier-time word with a verb that is not one of reporting). A pluperfect
    reporting verb alone ("وكانت الوزارة قد أعلنت") reports an earlier toll of this event."""
    i0 = next((k for k, t in enumerate(toks) if not t.punct), None)
    if i0 is None or toks[i0].norm not in _PLUPERFECT:
        return False
    q = next((k for k in range(i0 + 1, min(i0 + 13, len(toks))) if toks[k].norm == "قد"), None)
    if q is None or q + 1 >= len(toks):
        return False
    if any(_indefinite_attack(toks, k) for k in range(i0 + 1, q)):
        return True  # "وكان انفجار عبوة قد أسفر"
    verb = toks[q + 1]
    if "reporting" in verb.w.roles:
        k = q + 2
        while k < len(toks) and ("earlier" in toks[k].w.roles or toks[k].w.stem in ("يوم", "اليوم")
                                 or toks[k].norm in _WEEKDAYS):
            k += 1
        if k < len(toks) and k > q + 2 and _indefinite_attack(toks, k):
            return True  # "قد رصد أمس غارات"
        # "وكان المرصد قد نشر أمس أن 21 مدنياً قضوا في غارات ...": yesterday's report on other raids
        return k > q + 2 and any(
            toks[j].norm in _PREPOSITIONS and _plural_attack(toks[j + 1]) for j in range(k, min(k + 12, len(toks) - 1))
        )
    for k in range(q + 2, min(q + 14, len(toks))):
        if casualty_outcome(toks[k]):
            break
        if _indefinite_attack(toks, k) or "earlier" in toks[k].w.roles:
            return True  # "قد شنت ... غارة على سيارة", "قد استهدفت صباحاً"
    return False


@lru_cache(maxsize=2)
def _openers(name: str = "other_event_openers") -> tuple[str, ...]:
    return tuple(normalize(o) for o in _lexicon_data()["not_claims"][name])


@lru_cache(maxsize=1)
def _aside_openers() -> tuple[str, ...]:
    return tuple(normalize(o) for o in _lexicon_data()["not_claims"]["aside_openers"])


@lru_cache(maxsize=1)
def _event_noun_forms() -> frozenset[str]:
    """The tokens whose stems() hold an event or attack noun."""
    return with_proclitics(_event_nouns())


@lru_cache(maxsize=1)
def _event_nouns() -> frozenset[str]:
    data = _lexicon_data()["not_claims"]
    return frozenset(normalize(w) for w in data["event_nouns"] + data["attack_nouns"])


def _opens_other_event(doc: Document, sentence: Sentence) -> bool:
    """Does the sentence start on another event ("في حادث منفصل", "على صعيد آخر", or "وفي سياق
    متصل" with no known event named: "الغارة", "المجزرة" keep it on this one)?"""
    head = normalize(doc.text[sentence.start : sentence.start + 40]).lstrip(" \t\n-–—•")
    if head.startswith("و"):
        head = head[1:]
    if head.startswith(_openers()):
        return True
    if head.startswith(_aside_openers()):
        row = tokens(doc, sentence.start, sentence.end)
        return any(_indefinite_attack(row, k) or _aside_cause(row, k)
                   for k in range(len(row)))  # "من جهة أخرى، شن ... ثلاث غارات"
    if not head.startswith(_openers("related_openers")):
        return False
    events = _event_nouns()
    for t in tokens(doc, sentence.start, sentence.end):
        if is_definite(t) and not t.w.suffix and (stems(t.norm) & events):
            return False  # "وفي سياق متصل، ارتفع عدد شهداء المجزرة": this same event
    return True


def _aside_cause(toks: list[Tok], k: int) -> bool:
    """After "من جهة أخرى": an indefinite attack named as a cause ("استشهد مواطن بقصف مدفعي على
    قرية ..."): a new attack, not the report's ("بالقصف" stays on it)."""
    t = toks[k]
    if k > 0 and toks[k - 1].norm in ("في", "وفي") and "attack" in t.w.roles and not t.w.suffix:
        pass  # "استشهد شابان في قصف مدفعي على ..."
    elif not t.norm.startswith("ب") or t.w.suffix or "attack" not in analyze(t.norm[1:]).roles:
        return False
    return not (is_definite(t) or k + 1 < len(toks) and is_definite(toks[k + 1]))


_SIMILAR = ("مماثل", "مشابه", "شبيه")


def _similar_event(doc: Document, sentence: Sentence, toks: list[Tok], found: list[Found]) -> None:
    """"قصف مماثل ... أسفر عن استشهاد طفلين", "قُتل شخصان في هجوم مماثل": the figures of the
    clause that names a similar attack or incident tell that other, earlier event."""
    text = doc.text[sentence.start : sentence.end]
    if "مماث" not in text and "مشاب" not in text and "شبيه" not in text:
        return
    for k, t in enumerate(toks):
        if k == 0 or not t.norm.startswith(_SIMILAR):
            continue
        noun = next((j for j in (k - 1, k - 2) if j >= 0 and toks[j].clause == t.clause and _event_word(toks[j])), None)
        if noun is None:
            continue  # "بأعداد مماثلة": no event
        cause = toks[noun].norm[:1] == "ب" or noun > 0 and toks[noun - 1].norm in ("في", "وفي")
        for f in found:
            if toks[f.first].clause == t.clause and (f.first > k or cause):
                f.background = True  # after the similar event, or its figures "in" it


def _event_word(t: Tok) -> bool:
    """An attack or incident noun, bare or after ب / و / ل ("بهجوم", "وقصف")."""
    form = t.norm
    if "attack" in t.w.roles or stems(form) & _event_nouns():
        return True
    return form[:1] in ("ب", "و", "ل") and ("attack" in analyze(form[1:]).roles or bool(stems(form[1:]) & _event_nouns()))


def _yesterday_attack(doc: Document, sentence: Sentence, toks: list[Tok]) -> bool:
    """A strike of its own ("في قصف استهدف منزلاً ... مساء أمس") dated yesterday, in a report
    whose lead dates its incident today: another event."""
    norms = [t.norm for t in toks]
    if "امس" not in norms or "اليوم" in norms or "الاول" in norms or "اول" in norms:
        return False
    if not any("attack" in t.w.roles and not is_definite(t) for t in toks):
        return False
    lead = next((s for s in doc.sentences if s.lang == sentence.lang), None)
    if lead is None or lead.start >= sentence.start:
        return False
    words = normalize(doc.text[lead.start : lead.end]).split()
    return "اليوم" in words and "امس" not in words


def _other_event(doc: Document, sentence: Sentence, toks: list[Tok]) -> bool:
    """The sentence, or an earlier one of its paragraph, opens on another event: all its
    figures are background."""
    if _opens_other_event(doc, sentence) or _pluperfect_other_event(toks) or _yesterday_attack(doc, sentence, toks):
        return True
    k = sentence.id - 1
    while 0 <= k < len(doc.sentences) and sentence.id - k <= 12:
        prev = doc.sentences[k]
        if prev.paragraph != sentence.paragraph or prev.lang != sentence.lang:
            break
        if _opens_other_event(doc, prev):
            return True
        head = normalize(doc.text[prev.start : prev.start + 12]).lstrip(" \t\n-–—•,،")
        if head.startswith(tuple(_PLUPERFECT)) and _pluperfect_other_event(tokens(doc, prev.start, prev.end)):
            return True
        k -= 1
    return False


# ------------------------------------------------------------------ entry


def _extent(doc: Document, sentence: Sentence) -> int:
    """End of the sentence, extended over a following line that is only a figure
    ("العدد التراكمي للإصابات:" then "174,360" on its own line)."""
    end = sentence.end
    if doc.text[sentence.start : end].rstrip().endswith(":"):
        rest = doc.text[end : end + 40]
        m = re.match(r"\s*([\d٠-٩۰-۹][\d٠-٩۰-۹,،٬.]*)\s*(?:\n|$)", rest)
        if m:
            return end + m.end(1)
    return end


@lru_cache(maxsize=1)
def _not_conflict() -> tuple[re.Pattern[str], frozenset[str], frozenset[str], frozenset[str]]:
    """The [not_conflict] lexicon: a pattern of non-conflict phrases (at a word start, after an
    optional proclitic) that an attack word in the same sentence does not override, and the
    intent, attempt and condolence word forms."""
    data = _lexicon_data()["not_conflict"]
    alts = "|".join(sorted((re.escape(normalize(p)) for p in data["phrases"]), key=len, reverse=True))
    attacks = "|".join(sorted((re.escape(normalize(p)) for p in data["attack_words"]), key=len, reverse=True))
    attack = rf"(?<!\S)[وفبلك]?(?:ال)?(?:{attacks})(?!\S*\s+(?:ال)?(?:الكترون|سيبران))"
    pattern = re.compile(rf"^(?!.*{attack}).*?(?<!\S)[وفبلك]?(?:{alts})(?![\u0621-\u064a])", re.S)

    def forms(key: str) -> frozenset[str]:
        return frozenset(normalize(w) for w in data[key])

    return pattern, forms("intent_words"), forms("attempt_words"), forms("condolence_words")


@lru_cache(maxsize=1)
def _not_counts() -> tuple[frozenset[str], ...]:
    """The [not_conflict] "one of", superlative, accusation, agent and period word forms."""
    data = _lexicon_data()["not_conflict"]
    keys = ("one_of", "superlatives", "accusations", "agent_words", "period_words")
    return tuple(frozenset(normalize(w) for w in data[key]) for key in keys)


def _by_hand_of(toks: list[Tok], f: Found, agent: frozenset[str]) -> bool:
    """"على يد أحد القادة", "بأيدي مسلحين": the figure names the perpetrators."""
    k = f.first - 1
    if k < 0:
        return False
    n = toks[k].norm
    return n in agent and k > 0 and toks[k - 1].norm in ("علي", "وعلي") or n[:1] == "ب" and n[1:] in agent


def _long_period_after(toks: list[Tok], f: Found, period: frozenset[str]) -> bool:
    """"خلّف أكثر من ثلاثة آلاف قتيل في عشرة أعوام": a period of months or years right after the
    figure, in its clause, makes it a total over that period."""
    clause = toks[f.last].clause
    for k in range(f.last + 1, min(f.last + 5, len(toks) - 1)):
        t = toks[k]
        if t.clause != clause:
            return False
        if t.norm in ("في", "خلال", "وخلال") and (toks[k + 1].digit or toks[k + 1].w.num is not None):
            j = k + 2
            while j < len(toks) and toks[j].w.num is not None and toks[j].norm not in period:
                j += 1  # "ثلاثة وعشرين عاما"
            return j < len(toks) and toks[j].norm in period
    return False


_YEAR = re.compile(r"(?<![\d.,])(1[0-9]{3}|20[0-9]{2})(?!\d|[.,]\d)")
_HIJRI = ("هـ", "ه")
_YEAR_WORDS = frozenset({"عام", "العام", "عامي", "سنه", "السنه"})  # "عام 2013": a year, not a count
def _latest_year(doc: Document) -> int:
    """The latest Gregorian year the document names (0 if none): the report's own time."""
    return _latest_year_in(doc.text)


@text_cache(64)
def _latest_year_in(text: str) -> int:
    years = [int(m.group(1)) for m in _YEAR.finditer(text) if not text[m.end() : m.end() + 3].strip().startswith(_HIJRI)]
    return max(years, default=0)


def _is_year(t: Tok) -> bool:
    """A four-digit token that can be a Gregorian or Hijri year (1000-2099)."""
    return bool(t.digit and t.value is not None and 1000 <= t.value < 2100 and len(t.norm) == 4)


def _past_year_before(doc: Document, toks: list[Tok], k: int) -> bool:
    """A year earlier than the report's latest one named before token k in the sentence
    ("في تفجير عام 2010 قُتل فيه سائق"): the figure is about another, earlier event."""
    latest = 0
    for j in range(k):
        t = toks[j]
        if _is_year(t) and j > 0 and (
            toks[j - 1].norm.lstrip("وفل") in _YEAR_WORDS or "month" in toks[j - 1].w.roles
        ):
            nxt = toks[j + 1].norm if j + 1 < len(toks) else ""
            if nxt.startswith(_HIJRI):
                continue  # "1436 هـ": the Hijri date of today's report
            latest = latest or _latest_year(doc)
            if t.value < latest:
                return True
    return False


def _head_side(toks: list[Tok], f: Found, before: list[Found]) -> str | None:
    """"ثلاثة جنود أتراك بينهم اثنان من الشرطة العسكرية": a force's members in a list under a
    head figure of the same group take the head's side."""
    for h in reversed(before):
        if h.group == f.group and h.side is not None and h.last < f.first and any(
            _is_among(toks[k]) for k in range(h.last + 1, f.first)
        ):
            return h.side
    return None


def _intended(toks: list[Tok], first: int, clause: int, intent: frozenset[str]) -> bool:
    """A figure an intent, plan or permission governs ("خططوا لاغتيال ضابط", "بجواز قتل"): an intent
    word at most four words before it in its clause, with no "after" word or verification hedge
    ("لا يمكن التحقق من مقتل 20" still reports the 20) between."""
    for k in range(first - 1, max(-1, first - 5), -1):
        t = toks[k]
        if t.clause != clause or t.norm.lstrip("و") in _AFTER_WORDS:
            return False
        if t.norm in intent or t.norm[:1] in "وف" and t.norm[1:] in intent:
            return not (k > 0 and toks[k - 1].norm in ("لا", "ولا") or any(
                toks[j].norm.lstrip("وال").startswith(("تحقق", "تاكد", "تاكيد")) for j in range(k + 1, first)))
    return False


_AFTER_WORDS = frozenset({"بعد", "اثر", "عقب", "جراء"})


def _conflict_only(doc: Document, sentence: Sentence, toks: list[Tok], found: list[Found]) -> list[Found]:
    """Drop what real newspaper text calls casualties outside armed conflict: a sentence naming
    fraud, traffic, weather, disease, scripture or a natural death; a figure after an intent,
    plan or exhortation in its clause ("خططوا ... بهدف قطع رأس ضابط"), an attempt right before it
    ("محاولة قتل"), a "وفاة" condoled; and mark figures after an earlier year background."""
    pattern, intent, attempt, condolence = _not_conflict()
    if pattern.search(normalize(doc.text[sentence.start : sentence.end])):
        return []
    one_of, superlative, accusation, agent, period = _not_counts()
    kept = []
    for f in found:
        if _by_hand_of(toks, f, agent):
            continue
        if f.min == 1 and any((toks[k].norm in one_of or toks[k].norm.removeprefix("و") in one_of)
                              and toks[k + 1].norm == "من"
                              and toks[k + 2].norm.lstrip("و") in superlative
                              and (k + 3 >= len(toks) or not toks[k + 3].w.group and not toks[k + 3].w.outcome)
                              for k in range(f.first, min(f.last + 1, len(toks) - 2))):
            continue  # "ضحايا واحدة من أعنف الهجمات": "one of the deadliest" (attacks) counts no one
        if f.rule == "ar.deny.matter" and f.vague and any(
            toks[k].norm.lstrip("و") in accusation for k in range(f.first)
        ):
            continue  # "يتهمونها بدعم التنظيم وهي تنفي ذلك": the accusation is denied, not a toll
        clause = toks[f.first].clause
        before = [toks[k] for k in range(max(0, f.first - 8), f.first) if toks[k].clause == clause]
        if _intended(toks, f.first, clause, intent):
            continue
        if any(t.norm in ("قد", "وقد") and u.norm.startswith("ي") for t, u in zip(before, before[1:], strict=False)):
            continue  # "قد يؤدي إلى سقوط ضحايا": what may happen
        if f.first > 0 and toks[f.first - 1].norm.lstrip("وف") in attempt:
            continue
        if any(toks[k].norm.startswith(("وفاه", "بوفاه")) for k in range(max(0, f.first - 2), f.last + 1)) and any(
            toks[k].norm.lstrip("وف") in condolence for k in range(f.first)
        ):
            continue
        if not f.background and _past_year_before(doc, toks, f.first):
            f.background = True
        if f.group in ("soldiers", "combatants") and f.side is None:
            f.side = _head_side(toks, f, kept)
        if not f.background and not f.vague and _long_period_after(toks, f, period):
            f.background = True
        if not f.background and ((f.min or 0) >= 1_000_000 or f.vague and any(
            toks[k].norm.lstrip("وال").startswith(("مليون", "ملايين")) for k in range(f.first, f.last + 1)
        )):
            f.background = True  # millions are a war's or an era's toll, never one attack's
        kept.append(f)
    return kept


_STAMP = re.compile(r"\s*[0-9٠-٩]{1,2}:[0-9٠-٩]{2}\s*")
_BACKGROUND_HEADINGS = frozenset({"خلفيه", "خلفيات", "خلفيه الحدث", "خلفيه تاريخيه", "للتذكير", "سياق"})


def _under_background_heading(doc: Document, sentence: Sentence) -> bool:
    """A paragraph under a "خلفية" (background) heading tells the conflict's history: no toll of this incident."""
    for k in range(sentence.paragraph - 1, max(sentence.paragraph - 3, -1), -1):
        p = doc.paragraphs[k]
        if p.end - p.start > 20:
            continue
        words = normalize(doc.text[p.start : p.end]).strip(" \t\n:：-–—")
        if words in _BACKGROUND_HEADINGS:
            return True
        if p.role == "furniture" or _STAMP.fullmatch(doc.text[p.start : p.end]):
            return False
    return False


_STAMP_LINE = re.compile(r"(?m)^[ \t]*[0-9٠-٩]{1,2}:[0-9٠-٩]{2}(?:[ \t]*$|[ \t]+[|\-–—(]?[ \t]*[^\W\d])")


@text_cache(64)
def _stamp_lines(text: str) -> int:
    """How many lines of a text are only a clock time (the entry stamps of a live page)."""
    return len(_STAMP_LINE.findall(text))


def _live_entry_elsewhere(doc: Document, sentence: Sentence) -> bool:
    """On a live page (entries under clock stamps), an entry paragraph that names places, none of
    them the page's main place (the most named), its region or country or a place named with it,
    is news from elsewhere ("13:30 مقتل 5 في قصف على مخيم للنازحين قرب مدينة أخرى")."""
    if _stamp_lines(doc.text) < 3:
        return False
    places = [e for e in doc.entities if e.type == "place" and e.lang == sentence.lang and e.mentions]
    if not places:
        return False
    para = doc.paragraphs[sentence.paragraph]
    here = {e.canonical for e in places if any(para.start <= m.span.start < para.end for m in e.mentions)}
    if not here:
        return False
    main = max(places, key=lambda e: len(e.mentions))
    if main.canonical in here:
        return False
    if not _live_entry_attacks().search(normalize(doc.text[para.start : para.end])):
        return False  # a source's place ("مصدر في مستشفى ...") with no attack told
    incident = {main.canonical, main.admin1, main.country}
    incident |= {e.canonical for e in places if main.admin1 and e.admin1 == main.admin1}
    with_main = {doc.paragraphs[k].id for k in range(len(doc.paragraphs))
                 if any(doc.paragraphs[k].start <= m.span.start < doc.paragraphs[k].end for m in main.mentions)}
    for e in places:
        if any(p.start <= m.span.start < p.end for m in e.mentions for p in doc.paragraphs if p.id in with_main):
            incident.add(e.canonical)
    return not (here & incident)


@lru_cache(maxsize=1)
def _live_entry_attacks() -> re.Pattern[str]:
    """The attack words of a live page's entry ([not_claims] live_entry_attacks), on normalized text."""
    words = "|".join(re.escape(normalize(w)) for w in _lexicon_data()["not_claims"]["live_entry_attacks"])
    return re.compile(rf"(?:^|\s)[وفب]?(?:ال)?(?:{words})(?!\w)")

_RETURN_FIRE = frozenset({"ردت", "رد", "ردوا", "وردت", "ورد", "وردوا", "فردت"})


def _return_fire(toks: list[Tok], found: list[Found]) -> None:
    """"ردّت القوات على مصادر النيران وكبّدت المهاجمين خسائر": the fire returned is another action;
    what it inflicted is no toll of the incident."""
    for k in range(len(toks) - 3):
        if toks[k].norm not in _RETURN_FIRE:
            continue
        j = k + 1 if toks[k + 1].norm == "علي" else k + 2  # "وردت القوات على مصادر النيران"
        if j + 1 < len(toks) and toks[j].norm == "علي" and toks[j + 1].norm in ("مصادر", "مصدر"):
            for f in found:
                if f.first > k and f.vague:
                    f.background = True  # (not "ردت على مصادر النيران وقتلت اثنين من المهاجمين": the clash itself)
            return


def _breaking_headline(doc: Document, sentence: Sentence) -> bool:
    """"عاجل | مقتل ... في ..." in a report with no other headline: the breaking item's own
    headline, in the outlet's voice (a ticker above a headline stays furniture)."""
    head = doc.text[sentence.start : sentence.start + 12].lstrip()
    if not head.startswith(("عاجل |", "عاجل|", "عاجل:")):
        return False
    return not any(p.role == "headline" for p in doc.paragraphs)


def find_claims(doc: Document, sentence: Sentence) -> list[Claim]:
    """The casualty claims one Arabic sentence puts forward (no sources)."""
    if not _triggered(doc, sentence):
        return []
    if 0 <= sentence.paragraph < len(doc.paragraphs) and doc.paragraphs[sentence.paragraph].role == "furniture" \
            and not _breaking_headline(doc, sentence):
        return []  # menus, tickers, "most read" lists: other stories
    end = _extent(doc, sentence)
    if not may_claim_words(doc, sentence.start, end):
        return []  # no word a claim needs: the row is not built
    row = token_row(doc, sentence.start, end)
    toks = row.toks
    if not _may_claim(toks, row.index):
        return []
    found = extract(toks, doc, sentence, row.index)
    if len(found) > 1:
        found = _pool_and_rest(toks, found)
    if not found and _is_caption(doc, sentence):
        found = _recovered_bodies(toks)
    if found:
        found = _conflict_only(doc, sentence, toks, found)
    if found:
        found = _general_news(doc, sentence, toks, found)
    if found and _other_event(doc, sentence, toks):
        for f in found:
            f.background = True
    if found and (_under_background_heading(doc, sentence) or _live_entry_elsewhere(doc, sentence)):
        for f in found:
            f.background = True
    if found and "النيران" in doc.text[sentence.start : sentence.end] and any(f.vague for f in found):
        _return_fire(toks, found)
    if found:
        _similar_event(doc, sentence, toks, found)
    _breakdown_group(toks, found)
    if found and doc.claims:
        found = [f for f in found if not _cared_for_subset(doc, sentence, toks, f)]
    if found and doc.paragraphs and doc.paragraphs[sentence.paragraph].role == "lead":
        _headline_restated(doc, sentence, toks, found)
    if found:
        found = _refers_back(doc, sentence, toks, found)
    for f in found:
        if f.group == "people" and any(
            toks[k].w.stem.startswith("منتسب") and toks[k].w.suffix for k in range(f.first, f.last + 1)
        ):
            state = _named_body_side(doc, sentence, toks, f.first) or _side_before(doc, sentence, "soldiers")
            if state is not None:  # "وتؤكد الهيئة أن خمسة من منتسبيها"
                f.group, f.side = "soldiers", state
        if f.group == "people" and _among_state_force(toks, f.last + 1):
            f.group = "soldiers"  # "سبعة بين شهيد وجريح من أبنائنا بالقوات المسلحة"
        if f.group == "soldiers" and f.side is None:
            f.side = _possessor_state(toks, f) or _side_before(doc, sentence, f.group) or _place_side(doc, sentence)
        elif f.group == "combatants" and f.side is None:
            # else the armed group named before them in the sentence ("استهدفت مسلحين من حماس وقُتل ثمانية مسلحين")
            f.side = _org_side(doc, toks, f) or _named_target_side(toks, f, found)
            if f.side is None and _group_anaphor(toks, f):
                f.side = _side_before(doc, sentence, "combatants")  # "عناصر الجماعة": the group named before
            if f.side is None:
                f.side = _nonstate_before(toks, f, found)
            if f.side is None and not f.vague and f.min and f.rule != "ar.count.others" and not _own_body(toks, f):
                # "تلاها إطلاق نار من عناصر داعش ... وتمكنت من قتل إرهابيين اثنين": the armed group
                # the sentence before named as the attacker (not one already counted among the casualties)
                side = _side_before(doc, sentence, "combatants", backs=(1,))
                if side is not None and not any(c.side == side for c in doc.claims):
                    f.side = side
    return [_claim(doc, toks, f, sentence.lang) for f in found]


_CLAIM_ROLES = CLAIM_ROLES
_CREDITS = ("بحسب", "حسب", "وفق", "نقلا", "مصادر", "مصدر", "افاد", "قال", "اعلن", "ذكر", "اكد")


def _headline_restated(doc: Document, sentence: Sentence, toks: list[Tok], found: list[Found]) -> None:
    """"سبعة شهداء في قصف ..." over a lead that opens on the event in the outlet's own voice
    ("استشهد سبعة مدنيين ..."): the headline's people are the lead's group (one claim, SCHEMA)."""
    if not toks or not casualty_outcome(toks[0]):
        return
    words = normalize(doc.text[sentence.start : sentence.end]).split()
    if any(w.lstrip("و").startswith(_CREDITS) for w in words):
        return  # a source is named: the headline is the outlet's own claim
    for f in found:
        if f.vague or f.group == "people" or f.background or f.stance != "assert":
            continue
        for c in doc.claims:
            if c.lang == sentence.lang and c.group == "people" and not c.vague and c.outcome == f.outcome \
                    and c.min == f.min and c.max == f.max and c.stance == "assert" and c.sentence is not None \
                    and doc.paragraphs[doc.sentences[c.sentence].paragraph].role == "headline":
                c.group = f.group


_REFERRED = frozenset({"احيل", "احيلوا", "احيلا", "احيلت", "احاله"})  # referred (the rescuers who "carried" N wounded give a count)


def _cared_for_subset(doc: Document, sentence: Sentence, toks: list[Tok], f: Found) -> bool:
    """"وأُحيل ٨ مصابين إلى مستشفى آخر" after the report counted more wounded: those referred or
    moved for care are a subset of the wounded counted before, no claim of their own."""
    if f.outcome != "injured" or f.vague or f.min is None or f.first == 0 or f.stance != "assert":
        return False
    if toks[f.first - 1].norm.removeprefix("و").removeprefix("ف") not in _REFERRED:
        return False
    return any(c.lang == sentence.lang and c.outcome == "injured" and not c.vague and c.min is not None
               and c.min > f.min and c.stance == "assert" for c in doc.claims)


def _pool_and_rest(toks: list[Tok], found: list[Found]) -> list[Found]:
    """"كانت الحافلة تقل ستة ركاب، قُتل أربعة منهم، ونُقل الاثنان الآخران إلى المستشفى": the
    people present (a count with no casualty word before it, whose first casualty word after it
    tells the fate of "N منهم") and the rest taken for care are no claims; the subset is."""
    care = _subset_words()[0]
    drop: set[int] = set()
    for n, f in enumerate(found):
        if f.rule.startswith("ar.count.others") and f.first > 0 \
                and toks[f.first - 1].norm.removeprefix("و") in care:
            drop.add(n)  # "ونُقل الآخرون إلى المستشفى": their care, not their fate
            continue
        if f.vague or not f.min or f.rule.startswith("ar.count.others"):
            continue
        sub = next((g for g in found if g.first > f.last and g.rule == "ar.count.people_of" and g.min and g.min < f.min
                    and any(toks[k].norm in ("منهم", "منهن") for k in range(g.first, g.last + 1))), None)
        if sub is None:
            continue
        clause = toks[f.first].clause
        if any(casualty_outcome(toks[k]) for k in range(f.first) if toks[k].clause == clause):
            continue  # "قُتل خمسة أشخاص، ثلاثة منهم أطفال": the count is a claim
        if any(casualty_outcome(toks[k]) for k in range(f.first, sub.first - 1)):
            continue  # "خمسة أشخاص قتلوا ..., ثلاثة منهم ...": its own casualty word
        drop.add(n)
    return [f for n, f in enumerate(found) if n not in drop] if drop else found


def _refers_back(doc: Document, sentence: Sentence, toks: list[Tok], found: list[Found]) -> list[Found]:
    """Figures that refer back to the forces counted earlier in the report: a toll that rose "after
    the death of one of the wounded" («ارتفعت إلى أربعة بعد وفاة أحد الجرحى») takes the group of the
    wounded counted before (that one death is a claim of its own, of the same group); "the members"
    with no force of their own («جثامين ثلاثة من المنتسبين») are the force's counted before, and a
    figure joined right after them by «و» («وجريحين اثنين») shares their group."""
    before = [(c.outcome, c.group, c.side) for c in doc.claims if c.lang == sentence.lang
              and c.scope == "incident" and not c.vague and c.group in ("soldiers", "combatants")]
    inside: set[int] = set()
    inside_group: dict[int, tuple[str, str | None]] = {}
    for f in found:
        earlier = before + [(g.outcome, g.group, g.side) for g in found if g.last < f.first and not g.vague
                            and not g.background and g.group in ("soldiers", "combatants")]
        k = f.last + 1
        if f.outcome == "killed" and f.group == "people" and not f.vague and k + 3 < len(toks) \
                and toks[k].norm == "بعد" and toks[k + 1].norm in ("وفاه", "وفاة") and toks[k + 2].norm == "احد" \
                and toks[k + 3].w.definite and toks[k + 3].w.outcome == "injured" and not toks[k + 3].w.suffix:
            wounded = [c for c in earlier if c[0] == "injured"]
            if wounded:
                f.group, f.side = wounded[-1][1], wounded[-1][2]
            inside.update((k + 1, k + 2))
            inside_group.update({k + 1: (f.group, f.side), k + 2: (f.group, f.side)})
        elif f.group == "people" and not f.vague and any(
                toks[x].w.stem == "منتسبين" and toks[x].w.definite and not toks[x].w.suffix
                for x in range(f.first, min(len(toks), f.last + 3))) and any(c[1] == "soldiers" for c in earlier):
            f.group, f.side = "soldiers", next(c[2] for c in reversed(earlier) if c[1] == "soldiers")
    for g in found:  # that one death is a claim too (SCHEMA: each figure stated), of the wounded's group
        if g.first in inside and g.min == 1 and g.outcome == "killed" and g.group == "people":
            g.group, g.side = inside_group.get(g.first, (g.group, g.side))
    for a, b in zip(found, found[1:], strict=False):
        if b.group == "people" and a.group in ("soldiers", "combatants") and a.last < b.first <= a.last + 3 \
                and b.outcome != a.outcome and not b.vague and toks[b.first].w.conj and all(
                    not toks[x].punct and toks[x].w.outcome is None for x in range(a.last + 1, b.first)):
            b.group, b.side = a.group, a.side  # "ثلاثة من المنتسبين وجريحين اثنين"
    return found


def _breakdown_group(toks: list[Tok], found: list[Found]) -> None:
    """"الحصيلة ارتفعت إلى خمسة: نقيب وأربعة جنود": a toll of people broken down after a colon into
    items that add up to it takes the group they all share."""
    for f in found:
        if f.group != "people" or f.vague or f.min is None or f.last + 1 >= len(toks) or toks[f.last + 1].norm != ":":
            continue
        items = [g for g in found if g.first > f.last + 1 and not g.vague and g.min is not None
                 and all(not toks[k].punct or toks[k].norm in ("،", ",") for k in range(f.last + 2, g.first))]
        groups = {g.group for g in items}
        if len(items) >= 2 and len(groups) == 1 and sum(g.min or 0 for g in items) == f.min:
            f.group = items[0].group


def _among_state_force(toks: list[Tok], k: int) -> bool:
    """"(شهداء وجرحى) من أبنائنا / من أبناء شعبنا في الجيش / الشرطة": people placed in a state force."""
    n = len(toks)
    if k < n and toks[k].w.conj and toks[k].w.outcome:
        k += 1  # "شهداء وجرحى"
    if k + 2 >= n or toks[k].norm != "من" or not toks[k + 1].norm.startswith(("ابناء", "ابنائ")):
        return False
    j = k + 2
    if toks[j].norm != "في" or j + 1 >= n:
        return False
    t = toks[j + 1]
    return "state_force" in t.w.roles or (t.phrase is not None and t.phrase[0] == "role" and t.phrase[1] == "state_force")


def _may_claim(toks: list[Tok], index: list[int] | None = None) -> bool:
    """Is there a word every claim needs one of: a casualty word or phrase, a "بينهم" /
    "معظمهم" list head, a denial, "حياتهم" / "سقطوا" / "خسائر" (read by the outcome rules) or a
    mourning verb? A row with none gives no claim, so the rules need not read it. (`index`:
    the row's index, which holds every such word.)"""
    for i in range(len(toks)) if index is None else index:
        t = toks[i]
        w = t.w
        if w.outcome or w.stem == "خسائر" or t.norm in _MOURN or not _CLAIM_ROLES.isdisjoint(w.roles):
            return True
        if t.phrase is not None and (t.phrase[0] == "cas" or t.phrase[0] == "role" and t.phrase[1] in _CLAIM_ROLES):
            return True
        if t.norm.startswith("حيات") or "سقط" in t.norm or t.norm.startswith(_FAMILY) and i > 0 \
                and toks[i - 1].norm.startswith("افراد"):
            return True
    return False


def _named_target_side(toks: list[Tok], f: Found, found: list[Found]) -> str | None:
    """"استهدفت مسلحين من حماس ... وقُتل ثمانية مسلحين": fighters with no side take the armed group
    named before them in the sentence, unless that group is the side of another figure there
    ("25 حوثياً و10 من رجال المقاومة": the resistance are not Houthis)."""
    state = lexicon().state_sides
    side = None
    for k in range(f.first - 1, 0, -1):
        found_side = _token_side(toks[k])
        if found_side is None or found_side in state:
            continue
        j = k - 2 if toks[k - 1].norm == "من" and k >= 2 else k - 1
        if toks[j].w.group == "combatants":  # "مسلحين من حماس", "عناصر حزب الله": fighters of that group
            side = found_side
            break
    if side is None or any(g is not f and g.side == side for g in found):
        return None
    return side


def _own_body(toks: list[Tok], f: Found) -> bool:
    """Fighters named with a body of their own ("عنصرين من لجان الدفاع الوطني", "أحد رجال المقاومة",
    "7 من المقاومة الشعبية", "مقاتلا من الطرفين"): no side from an earlier sentence."""
    n = len(toks)
    if f.last + 2 < n and toks[f.last + 1].norm == "من" and _token_side(toks[f.last + 2]) is None:
        return True
    if any(t.phrase is not None and t.phrase[0] == "group" and t.phrase[2] > 1 for t in toks[f.first : f.last + 1]):
        return True
    return any((toks[k].norm == "من" or "member" in toks[k].w.roles or toks[k].w.group) and is_definite(toks[k + 1])
               and not toks[k + 1].w.group and _token_side(toks[k + 1]) is None
               and not _foreign_mercenaries(toks, k)  # "المرتزقة الأجانب": an adjective, not a body
               for k in range(f.first, min(f.last + 2, n - 1)))


def _nonstate_before(toks: list[Tok], f: Found, found: list[Found]) -> str | None:
    """"طالت مخزناً لحزب الله وأسفرت عن القضاء على ثلاثة عناصر": fighters with no side take the
    nearest armed group named before them in the sentence, unless that group is the side of
    another figure in their clause ("25 حوثياً و10 من رجال المقاومة")."""
    n = len(toks)
    if f.last + 2 < n and toks[f.last + 1].norm == "من" and _token_side(toks[f.last + 2]) is None:
        return None  # "عنصرين من لجان الدفاع الوطني": their own group, named (if not known) after them
    if any(t.phrase is not None and t.phrase[0] == "group" and t.phrase[2] > 1 for t in toks[f.first : f.last + 1]):
        return None  # "أحد رجال المقاومة": the group phrase names their own body
    for k in range(f.first, min(f.last + 2, n - 1)):
        nxt = toks[k + 1]
        if (toks[k].norm == "من" or "member" in toks[k].w.roles) and is_definite(nxt) and not nxt.w.group \
                and _token_side(nxt) is None:
            return None  # "7 من المقاومة الشعبية", "ثلاثة من أفراد المقاومة": a body of their own
    side = _side_in_sentence(toks[: f.first], f.first, "combatants")
    clause = toks[f.first].clause
    if side is None or any(g is not f and g.first != f.first and g.side == side and toks[g.first].clause == clause
                           for g in found):
        return None
    return side


_NOT_FORCES = re.compile(
    r"ministry|observatory|directorate|office|health|civil|red |crescent|commission|council|committee|"
    r"network|agency|news|media|tv|channel|radio|hospital|university|syndicate|union|court|municipality|"
    r"government|department|center|centre|mission|nations|watch|amnesty|unicef|organization|organisation",
    re.IGNORECASE,
)


def _org_side(doc: Document, toks: list[Tok], f: Found) -> str | None:
    """The armed group fighters belong to, from an organisation the names stage found: named
    right after them ("ستة عناصر من لواء ..."), or, for "عناصرها" / a mourned member, the
    organisation named before them in the sentence ("نعت حركة ... المجاهد فلان")."""
    after_end = toks[f.last].end
    lo = toks[0].start if toks else 0
    before_ok = f.rule == "ar.single.obituary" or any(toks[k].w.suffix for k in range(f.first, f.last + 1))
    best, best_d = None, 10**9
    for e in doc.entities:
        if e.type != "org" or e.lang != "ar" or not e.canonical or _NOT_FORCES.search(e.canonical):
            continue
        for m in e.mentions:
            start = m.span.start
            if after_end <= start <= after_end + 12:
                gap = doc.text[after_end:start].strip()
                if gap in ("", "من", "في صفوف", "بين صفوف", "التابعين ل", "التابعين لـ") or gap.startswith("من"):
                    d = start - after_end
                    if d < best_d:
                        best, best_d = e.canonical, d
            elif before_ok and lo <= start and m.span.end <= toks[f.last].start:
                d = toks[f.last].start - start + 100
                if d < best_d:
                    best, best_d = e.canonical, d
    return best


_RECOVER = ("انتشل", "ينتشل", "تنتشل", "انتشال", "نقل", "ينقل", "تنقل", "يحمل", "تحمل", "يشيع", "تشييع",
            "يشيعون", "ينتشلون", "يحملون", "ينقلون", "يواري", "يوارون", "دفن", "يدفن", "يدفنون")


def _is_caption(doc: Document, sentence: Sentence) -> bool:
    if not 0 <= sentence.paragraph < len(doc.paragraphs):
        return doc.text[sentence.start : sentence.start + 6].lstrip().startswith("صورة")
    return doc.paragraphs[sentence.paragraph].role in ("caption", "headline")


def _recovered_bodies(toks: list[Tok]) -> list[Found]:
    """A caption or headline with bodies and no figure ("صورة: عناصر الإنقاذ ينتشلون جثامين
    الضحايا"): a vague killed claim in the outlet's voice."""
    for k, t in enumerate(toks):
        if t.w.outcome == "killed" and t.w.cas_form == "pl" and t.w.stem.startswith("جث") and k > 0:
            prev = toks[k - 1].norm.lstrip("و")
            if prev.startswith(_RECOVER):
                return [Found(outcome="killed", group="people", side=None, min=None, max=None, approx=False,
                              vague=True, first=k - 1, last=min(k + 1, len(toks) - 1), rule="ar.vague.bodies")]
    return []


def _named_body_side(doc: Document, sentence: Sentence, toks: list[Tok], before: int) -> str | None:
    """"وتؤكد الهيئة ... منتسبيها" after "هيئة الحشد الشعبي": the state side of the body a definite
    head noun ("الهيئة", "الوزارة") refers back to, found where the body is named in full."""
    state = lexicon().state_sides
    nouns = {t.norm[2:] for t in toks[:before] if t.norm.startswith("ال") and len(t.norm) > 4 and not t.w.outcome}
    nouns |= {n[:-1] + "ه" for n in nouns if n.endswith("ة")}
    for k in range(sentence.id, max(sentence.id - 6, -1), -1):
        if k >= len(doc.sentences) or doc.sentences[k].lang != sentence.lang:
            continue
        s = doc.sentences[k]
        row = tokens(doc, s.start, s.end)
        for j, t in enumerate(row):
            if t.norm in nouns and j + 1 < len(row):
                side = _side_near(row, j + 1, j + 4)
                if side in state:
                    return side
    return None


_THIRD_PERSON = frozenset({"ه", "ها", "هم", "هما"})


def _possessor_state(toks: list[Tok], f: Found) -> str | None:
    """"أعلنت السعودية مقتل جنديين من قواتها": soldiers "of its forces" are the state named before
    them as the sentence's subject (not an attacker named there), wherever the places point."""
    k = f.last + 1
    if not (k + 1 < len(toks) and toks[k].norm == "من" and "own_force" in toks[k + 1].w.roles
            and toks[k + 1].w.suffix in _THIRD_PERSON):
        return None
    state = lexicon().state_sides
    for j in range(f.first - 1, -1, -1):
        side = _token_side(toks[j])
        if side is not None and not _attacker_at(toks, j):
            return side if side in state else None
    return None


def _place_side(doc: Document, sentence: Sentence) -> str | None:
    """The state whose forces police or soldiers named with no nationality are: the country of
    the nearest place named in this sentence or before it ("شرطة بغداد" -> Iraq)."""
    places = lexicon().places
    for k in range(sentence.id, max(sentence.id - 30, -1), -1):
        if k >= len(doc.sentences) or doc.sentences[k].lang != sentence.lang:
            continue
        s = doc.sentences[k]
        for t in tokens(doc, s.start, s.end):
            if t.phrase and t.phrase[0] == "place":
                return t.phrase[1]
            for form in stems(t.norm):
                if form in places:
                    return places[form]
    return None


def _side_before(doc: Document, sentence: Sentence, group: str, backs: tuple[int, ...] = (1, 2)) -> str | None:
    """The side a force word refers back to across sentences ("بين جنودهم" after "القوات الأمريكية"):
    the last side of the right kind in the two sentences before (`backs`), in the same language."""
    for back in backs:
        k = sentence.id - back
        if k < 0 or k >= len(doc.sentences) or doc.sentences[k].lang != sentence.lang:
            break
        prev = doc.sentences[k]
        prev_toks = tokens(doc, prev.start, prev.end)
        side = _side_in_sentence(prev_toks, len(prev_toks), group)
        if side is not None:
            return side
    return None


def _shared_partitive(toks: list[Tok], found: list[Found]) -> None:
    """"سقوط 7 قتلى و12 جريحاً في صفوف المدنيين": a group named after two coordinated
    casualty counts belongs to both."""
    found.sort(key=lambda f: f.first)
    for a, b in zip(found, found[1:], strict=False):
        if not (a.rule == b.rule == "ar.count.cas" and a.group == "people" and b.group != "people"):
            continue
        gap = [toks[k] for k in range(a.last + 1, b.first)]
        tail = range(b.first, min(b.last + 3, len(toks)))
        if not any(toks[k].norm in ("من", "صفوف", "بين") for k in tail):
            continue  # "12 جريحاً مدنياً": an adjective of the second count only
        if all(t.norm == "و" for t in gap) and (gap or toks[b.first].w.conj) and a.outcome != b.outcome:
            a.group, a.side = b.group, b.side


_ANAPHORS = frozenset({"الجماعه", "الحركه", "التنظيم", "الميليشيا", "المليشيا", "الفصيل"})


def _group_anaphor(toks: list[Tok], f: Found) -> bool:
    """Fighters "of the group" ("عناصر الجماعة", "من مقاتلي الحركة"): a definite anaphor for an
    armed group named in an earlier sentence, right after the claim's noun."""
    return any(toks[k].norm in _ANAPHORS for k in range(f.last + 1, min(f.last + 2, len(toks))))


_JOINED = ("انضم", "التحق")


def _joined_forces(toks: list[Tok], found: list[Found]) -> None:
    """"ثلاثة مقاتلين سابقين في الفصائل المسلحة التحقوا بالأمن العام": fighters who joined a state force
    are its soldiers (the side comes later, from the report's places)."""
    for f in found:
        if f.group != "combatants" or f.vague:
            continue
        for j in range(f.last + 1, min(f.last + 9, len(toks))):
            if toks[j].punct or casualty_outcome(toks[j]):
                break
            if toks[j].norm.lstrip("و").startswith(_JOINED):
                if any("state_force" in toks[m].w.roles for m in range(j + 1, min(j + 5, len(toks)))):
                    f.group, f.side = "soldiers", None
                break


_HE_IS = frozenset({"وهو", "وهي", "هو", "هي"})


_RANKS = frozenset({"صفوفهم", "صفوفه", "صفوفها", "صفوف", "صفوفنا"})


def _in_ranks(toks: list[Tok], found: list[Found]) -> None:
    """"العشرات من القتلى في صفوفهم", "لا إصابات في صفوف القوات": people placed in a force's ranks
    are that force's (the force after "صفوف", or the last one named before)."""
    for f in found:
        if f.group != "people" or f.last + 2 >= len(toks) or toks[f.last + 1].norm not in ("في", "بين") \
                or toks[f.last + 2].norm not in _RANKS:
            continue
        r = f.last + 2
        cands = range(r + 1, min(r + 4, len(toks))) if toks[r].norm == "صفوف" else range(f.first - 1, -1, -1)
        for m in cands:
            t = toks[m]
            group = t.w.group if t.w.group in ("soldiers", "combatants") else \
                "soldiers" if t.norm in _STATE_FORCES or t.norm in ("القوات", "جيش") else None
            if group is None:
                continue
            f.group, f.side = _fix_group(group, _side_near(toks, m, m + 4), toks, m)
            break


def _mourned_member(toks: list[Tok], found: list[Found]) -> None:
    """"نعت هيئة الحشد الشعبي أحد مقاتليها / أحد مقاتلي اللواء": one fighter a body mourns is of
    that body's side (a state-affiliated body's: soldiers)."""
    for f in found:
        if f.group != "combatants" or f.side is not None or f.min != 1 or f.max != 1:
            continue
        m = next((b for b in range(f.first - 1, max(-1, f.first - 7), -1) if toks[b].norm in _MOURN), None)
        if m is None:
            continue
        side = _side_near(toks, m + 1, f.first)
        if side is not None:
            f.group, f.side = ("soldiers" if side in lexicon().state_sides else "combatants"), side


def _apposition_groups(toks: list[Tok], used: set[int], found: list[Found]) -> None:
    """"أحد المصابين، وهو مسن", "إحدى الضحايا وهي طفلة": one person of people whose
    apposition names a group takes that group."""
    for f in found:
        if f.group != "people" or f.min != 1 or f.max != 1 or f.vague:
            continue
        k = f.last + 1
        if k < len(toks) and toks[k].norm in ("،", ","):
            k += 1
        if k + 1 >= len(toks) or toks[k].norm not in _HE_IS:
            continue
        t = toks[k + 1]
        if t.w.group in (None, "people") or t.w.group_form != "sg" or t.digit or k + 1 in used:
            continue
        f.group, f.side = _fix_group(t.w.group, _side_near(toks, k + 2, k + 6), toks, k + 1)
        used.add(k + 1)


_THE_OTHER = frozenset({"الاخر", "الاخري", "الاخره"})


def _the_other_one(toks: list[Tok], used: set[int], found: list[Found], known: list[int]) -> None:
    """"ولا يزال الجريح الآخر يتلقى العلاج": the other wounded (or dead) person, one of a pair
    named before, is a claim of one."""
    n = len(toks)
    for i in known:
        t = toks[i]
        if i in used or i + 1 >= n or t.w.cas_form != "sg" or t.w.outcome not in ("killed", "injured") \
                or not t.w.definite or toks[i + 1].norm not in _THE_OTHER or i + 1 in used:
            continue
        if any("neg" in toks[k].w.roles and toks[k + 1].norm not in _STILL
               for k in range(max(0, i - 3), i) if k + 1 < n):
            continue  # "لم يُصب الجريح الآخر"
        died = any(_death_word(toks[k]) for k in range(max(0, i - 2), min(n, i + 3)) if k not in (i, i + 1))
        found.append(Found(outcome="killed" if died else t.w.outcome, group="people", side=None, min=1, max=1,
                           approx=False, vague=False, first=i, last=i + 1, rule="ar.single.the_other"))
        used.update((i, i + 1))


def _those_who_died(toks: list[Tok], used: set[int], found: list[Found], known: list[int]) -> None:
    """"وقال إن من قُتلوا في السوق سقطوا بنيران الطرف الآخر", "جميع من استشهدوا": those who were
    killed (or wounded), with no figure, are a vague claim."""
    n = len(toks)
    for i in known:
        if toks[i].norm != "من" or i == 0 or i + 1 >= n or i + 1 in used \
                or toks[i - 1].norm not in ("ان", "وان", "كل", "جميع", "لكن"):
            continue
        verb = toks[i + 1]
        if any(i <= f.last and f.first <= i + 4 for f in found):
            continue  # "جميع من قُتلوا مدنيون": the group after it makes the claim
        if verb.w.cas_form != "verb" or verb.w.outcome not in ("killed", "injured") or not verb.norm.endswith("وا"):
            continue
        found.append(Found(outcome=verb.w.outcome, group="people", side=None, min=None, max=None, approx=False,
                           vague=True, first=i, last=i + 1, rule="ar.vague.those_who"))
        used.update((i, i + 1))


_REST = frozenset({"باقي", "وباقي", "بقيه", "وبقيه"})


def _rest_between(toks: list[Tok], used: set[int], found: list[Found]) -> None:
    """"ويتوزع باقي القتلى بين عناصر الشرطة ومسلحين من الفصائل": the rest of the dead, shared
    between forces named without a figure: a vague claim for each force's group."""
    n = len(toks)
    for i, t in enumerate(toks):
        if t.norm not in _REST or i + 3 >= n:
            continue
        cas = toks[i + 1]
        if cas.w.outcome not in ("killed", "injured", "casualties") or cas.w.cas_form != "pl" or not is_definite(cas) \
                or toks[i + 2].norm not in ("بين", "من"):
            continue
        groups: list[tuple[str, int, int]] = []
        seg = i + 3
        for k in range(i + 3, min(n, i + 14)):
            tk = toks[k]
            end = tk.punct or tk.clause != toks[i + 3].clause or k + 1 == min(n, i + 14)
            if k > seg and (end or tk.norm.startswith("و")):
                last = k if not tk.punct and not tk.norm.startswith("و") else k - 1
                span = range(seg, last + 1)
                if any(_role_at(toks[j], "state_force") or toks[j].w.group == "soldiers" for j in span):
                    groups.append(("soldiers", seg, last))
                elif any(toks[j].w.group == "combatants" for j in span):
                    groups.append(("combatants", seg, last))
                elif any(toks[j].w.group == "civilians" for j in span):
                    groups.append(("civilians", seg, last))
                seg = k
            if end:
                break
        if not groups or len({g for g, _, _ in groups}) < len(groups) or (len(groups) == 1 and toks[i + 2].norm != "من"):
            continue  # "وكان باقي القتلى من عناصر الشرطة": one force; "بين" wants two
        found[:] = [f for f in found if not (f.vague and i < f.last and f.first <= groups[-1][2])]
        for group, a, b in groups:
            found.append(Found(outcome=str(cas.w.outcome), group=group, side=None, min=None, max=None, approx=False,
                               vague=True, first=i if group == groups[0][0] else a, last=b, rule="ar.vague.rest_between"))
        used.update(range(i, groups[-1][2] + 1))


def extract(toks: list[Tok], doc: Document | None = None, sentence: Sentence | None = None,
            index: list[int] | None = None) -> list[Found]:
    """The claims of a row; `index` (see claims_tokens.Row) holds every token a rule starts at."""
    used: set[int] = set()
    found: list[Found] = []
    if index is None:
        index = list(range(len(toks)))
    known = [i for i in index if toks[i].w.stem or toks[i].phrase is not None]  # no rule below reads the rest
    _zeros(toks, used, found, known)
    _numbers(toks, used, found, index)
    _singles(toks, used, found, known)
    _later_singles(toks, used, found)
    _obituaries(toks, used, found, index)
    _others(toks, used, found, known)
    _partitive_predicates(toks, used, found)
    if found:
        _nationality_breakdown(toks, used, found)
    _lists(toks, used, found, known)
    _vague_nouns(toks, used, found, known)
    _whole_families(toks, used, found, known)
    _human_losses(toks, used, found, known)
    _verb_groups(toks, used, found, known)
    _clause_groups(toks, used, found, known)
    _apposition_groups(toks, used, found)
    _the_other_one(toks, used, found, known)
    _those_who_died(toks, used, found, known)
    if (doc is None or sentence is None or "بقي" in doc.text[sentence.start : sentence.end]
            or "باقي" in doc.text[sentence.start : sentence.end]) and any(t.norm in _REST for t in toks):
        _rest_between(toks, used, found)
    _joined_forces(toks, found)
    if found and any(toks[i].norm in _MOURN for i in index):
        _mourned_member(toks, found)
    if found and any(t.norm in _RANKS for t in toks):
        _in_ranks(toks, found)
    _died_of_wounds(toks, used, found, known)
    found[:] = [f for f in found if not _scene_crowd(toks, f)]
    if len(found) > 1 and any(t.norm == "(" for t in toks):
        found[:] = [f for f in found if not _restated_in_words(toks, f, found)]
    if found and any(t.norm in _FUNERAL for t in toks):
        found[:] = [f for f in found if not _at_funeral(toks, f)]
    _no_comment(toks, found, known)
    if found:
        _unmentioned(toks, found)
    has_cas = any(toks[i].w.outcome or toks[i].phrase is not None and toks[i].phrase[0] == "cas" for i in known)
    if not has_cas and doc is not None and sentence is not None and sentence.id > 0:
        prev = doc.sentences[sentence.id - 1]
        has_cas = _triggered(doc, prev)
    _shared_partitive(toks, found)
    _fabricated(toks, used, found, known)
    _denials(toks, found, has_cas, known)
    _backgrounds(toks, found, index)
    found.sort(key=lambda f: f.first)
    return found


def _restated_in_words(toks: list[Tok], f: Found, found: list[Found]) -> bool:
    """"عدد القتلى: 9 (تسعة)": a figure spelled out in brackets right after the same figure in
    digits (or the reverse) restates it: no second claim."""
    k = f.first - 1
    if k < 1 or toks[k].norm != "(":
        return False
    return any(g is not f and g.min == f.min and g.max == f.max and g.first < k and k - 2 <= g.last < k
               for g in found)


_DUAL_RELATIVES = frozenset({"اللذين", "اللذان", "اللتين", "اللتان"})
_DEATH_STEMS = ("وفاه", "توفي", "توفو", "توفيت", "فارق", "يتوفي", "تتوفي", "يتوفو")


def _death_word(t: Tok) -> bool:
    """"وفاة", "توفي", "توفوا", "متأثراً بجراحه": a word or phrase that tells a death."""
    norm = t.norm
    return casualty_outcome(t, strong=False) == "killed" and (
        t.phrase is not None or norm.startswith(_DEATH_STEMS) or norm[:1] in ("و", "ب") and norm[1:].startswith(_DEATH_STEMS))


def _died_of_wounds(toks: list[Tok], used: set[int], found: list[Found], known: list[int]) -> None:
    """The wounded who later died count once, as killed (SCHEMA): "وفاة أربعة من المصابين
    متأثرين بجراحهم", "أحد الجرحى توفي متأثراً بإصابته" (a count of the wounded with a death word
    right before it or after it), and "إثر وفاة الجريح فلان" (one named wounded person)."""
    n = len(toks)
    for f in found:
        if f.outcome != "injured" or f.vague or f.min is None:
            continue
        partitive = f.rule == "ar.dual.casualty" or any(  # "وفاة جريحين": two of the wounded
            toks[k].w.outcome == "injured" and is_definite(toks[k]) and k > 0
            and (toks[k - 1].norm == "من" or toks[k - 1].w.num is not None)
            for k in range(f.first, f.last + 1)
        )
        if not partitive:
            k = f.last + 1  # "ثلاثة من بين المصابين توفوا": the count, then the wounded it is taken from
            k += k < n and toks[k].norm == "من"
            k += k > f.last + 1 and k < n and toks[k].norm == "بين"
            if k > f.last + 1 and k < n and toks[k].w.outcome == "injured" and is_definite(toks[k]) \
                    and any(_death_word(toks[j]) for j in range(k + 1, min(k + 3, n))):
                f.outcome = "killed"
            continue
        before = f.first > 0 and _death_word(toks[f.first - 1])
        after = next((k for k in range(f.last + 1, min(f.last + 4, n))
                      if toks[k].punct or toks[k].w.conj or _death_word(toks[k])), None)
        if before or after is not None and _death_word(toks[after]) and not toks[after].w.conj:
            f.outcome = "killed"
    for k in known:  # casualty words are known words
        t = toks[k]
        if k == 0 or k in used or t.w.outcome != "injured" or t.w.cas_form != "sg" or not is_definite(t) \
                or not _death_word(toks[k - 1]) or any(f.first <= k <= f.last for f in found):
            continue
        found.append(Found(outcome="killed", group="people", side=None, min=1, max=1, approx=False, vague=False,
                           first=k - 1, last=k, rule="ar.single.died_of_wounds"))
        used.add(k)


_REFUSE = {"عن", "رفض", "رفضت", "ورفض", "ورفضت", "يرفض", "ترفض", "رفضوا"}
_NO_COMMENT = {"يعلق", "تعلق", "يعلقوا", "يتطرق", "تتطرق", "يشر", "تشر", "يتحدث", "تتحدث"}


def _no_comment(toks: list[Tok], found: list[Found], known: list[int]) -> None:
    """"ولم يعلق الجيش على سقوط ضحايا مدنيين", "رفض التعليق على عدد القتلى": figures a source is
    said not to address are no claims (unlike "رفض التعليق على الهجوم الذي أدى إلى مقتل 15")."""
    n = len(toks)
    for i in known:  # "لم" and "على" are known words
        t = toks[i]
        o = None
        if t.norm == "علي" and i >= 2 and toks[i - 1].norm == "التعليق" \
                and any(toks[j].norm in _REFUSE for j in range(max(0, i - 5), i - 1)):
            o = i + 1  # "رفض / امتنع عن التعليق على ..."
        elif "neg" in t.w.roles and i + 1 < n and toks[i + 1].norm in _NO_COMMENT:
            o = next((j + 1 for j in range(i + 2, min(i + 5, n)) if toks[j].norm in ("علي", "الي", "عن")), None)
        elif t.norm in ("دون", "بدون") and i + 2 < n and toks[i + 1].norm == "ان" and toks[i + 2].norm in _NO_MENTION:
            # "من دون أن تشير إلى وقوع ضحايا": what a statement leaves out is not claimed
            o = next((j + 1 for j in range(i + 3, min(i + 5, n)) if toks[j].norm in ("علي", "الي", "عن")), None)
        if o is None or o >= n or not (casualty_outcome(toks[o], strong=False) or toks[o].norm in _COMMENT_OBJECTS):
            continue
        clause = toks[o].clause
        found[:] = [f for f in found if not (o <= f.first <= o + 8 and toks[f.first].clause == clause)]


_MENTION = frozenset({"الاشاره", "ذكر", "يذكر", "تذكر", "يشر", "تشر", "يشير", "تشير", "يتطرق", "تتطرق", "التطرق",
                      "يورد", "تورد", "ايراد"})
_NEGATORS = frozenset({"لم", "ولم", "دون", "بدون", "ودون", "بلا"})


def _past_preposition(toks: list[Tok], o: int) -> int:
    """Token o, or the one after it when o is «إلى / على / عن» (what a verb of mentioning governs)."""
    return o + 1 if o < len(toks) and toks[o].norm in ("الي", "علي", "عن") else o


def _unmentioned(toks: list[Tok], found: list[Found]) -> None:
    """"دون الإشارة إلى سقوط ضحايا", "ولم يذكر البيان وقوع إصابات", "لم يأت على ذكر ضحايا": what a
    source does not mention is neither claimed nor denied (no claim, not a zero)."""
    n = len(toks)
    for k in range(1, n - 1):
        if toks[k].norm not in _MENTION or not any(toks[j].norm in _NEGATORS for j in range(max(0, k - 5), k)):
            continue
        o = _past_preposition(toks, k + 1)
        if o + 1 < n and is_definite(toks[o]) and not casualty_outcome(toks[o], strong=False) \
                and toks[o].norm not in _COMMENT_OBJECTS:
            o += 1  # the subject between: "لم يذكر البيان وقوع ..."
        o = _past_preposition(toks, o)
        if o >= n or not (casualty_outcome(toks[o], strong=False) or toks[o].norm in _COMMENT_OBJECTS):
            continue
        clause = toks[o].clause
        found[:] = [f for f in found if not (k < f.last and f.first <= o + 8 and toks[min(f.last, n - 1)].clause == clause)]


_NO_MENTION = frozenset({"تشير", "يشير", "تذكر", "يذكر", "تتطرق", "يتطرق", "تتحدث", "يتحدث", "تعلق", "يعلق"})
_COMMENT_OBJECTS = {"عدد", "اعداد", "حصيله", "الحصيله", "سقوط", "وقوع", "انباء", "الانباء", "تقارير", "التقارير",
                    "خسائر", "الخسائر"}


_WAS = {"كان", "كانت", "وكان", "وكانت"}


_FUNERAL = frozenset({"شيع", "شيعت", "وشيع", "وشيعت", "يشيع", "تشيع", "ويشيع", "وتشيع", "شيعوا", "وشيعوا"})


def _at_funeral(toks: list[Tok], f: Found) -> bool:
    """"شيّع آلاف الفلسطينيين جثامين شهداء الغارة": the mourners, and the bodies they bury with no
    figure of their own, are no casualty figure (the toll is given apart)."""
    if not f.vague:
        return False
    return any(toks[b].norm in _FUNERAL and not any(toks[j].norm == "." for j in range(b, f.first))
               for b in range(max(0, f.first - 6), f.first))


def _scene_crowd(toks: list[Tok], f: Found) -> bool:
    """"حيث كان مئات النازحين يتسوقون": a crowd doing something when the attack came, with no
    casualty word of its own in its clause, is no casualty figure."""
    n = len(toks)
    k = f.last + 1
    if f.first == 0 or toks[f.first - 1].norm not in _WAS or k >= n:
        return False
    t = toks[k]
    if not (t.norm[:1] in ("ي", "ت") and len(t.norm) >= 4 and not t.w.outcome and not t.w.group and not t.phrase):
        return False  # not a present-tense verb right after the crowd
    clause = t.clause
    return not any(casualty_outcome(toks[j], strong=False) for j in range(k, n) if toks[j].clause == clause)


def _evidence(toks: list[Tok], f: Found) -> Span:
    """The claim's tokens, widened to the casualty word right before or after them
    ("مقتل 13 على الأقل", "42 شخصاً قُتلوا") so the span carries the outcome."""
    first, last = f.first, f.last
    if any(casualty_outcome(toks[k], strong=False) for k in range(first, last + 1)):
        return Span(start=toks[first].start, end=toks[last].end)
    for k in (first - 1, first - 2):
        if k >= 0 and casualty_outcome(toks[k]) == f.outcome:
            if k == first - 1 or not toks[k + 1].punct:
                first = k
            break
    k = last + 1
    if k < len(toks) and casualty_outcome(toks[k], strong=False) == f.outcome and toks[k].w.cas_form in ("verb", "sg"):
        last = k
    return Span(start=toks[first].start, end=toks[last].end)


def _claim(doc: Document, toks: list[Tok], f: Found, lang: str) -> Claim:
    return Claim(
        lang="ar",
        outcome=f.outcome,  # type: ignore[arg-type]
        group=f.group,  # type: ignore[arg-type]
        side=f.side if f.group in ("combatants", "soldiers") else None,
        min=f.min,
        max=f.max,
        approx=f.approx,
        vague=f.vague,
        stance=f.stance,  # type: ignore[arg-type]
        scope="background" if f.background or beyond_incident(f.min, f.max) else "incident",
        evidence=[_evidence(toks, f)],
        rule=f.rule,
    )


def claims_in_text(text: str) -> list[Claim]:
    """Claims of a short Arabic text read as one sentence (for examples and tests)."""
    doc = Document(id="phrase", text=text)
    sentence = Sentence(id=0, start=0, end=len(text), lang="ar", paragraph=0)
    doc.sentences.append(sentence)
    return find_claims(doc, sentence)




# ------------------------------------------------- general-news precision (round ar2)


@dataclass(frozen=True)
class _Ar2Cues:
    """The [not_conflict_figure] lexicon, normalised once."""

    past_be: frozenset[str]
    counterfactual_be: frozenset[str]
    future: frozenset[str]
    save: frozenset[str]
    lives: frozenset[str]
    not_people: frozenset[str]
    natural: frozenset[str]
    kin: frozenset[str]
    animal: re.Pattern[str]
    weapon: re.Pattern[str]
    year_before: frozenset[str]
    displaced: frozenset[str]
    exchange: frozenset[str]
    bodies: frozenset[str]
    span: frozenset[str]
    long_span: frozenset[str]
    agent_heads: frozenset[str]
    agent_verbs: frozenset[str]
    approx: frozenset[str]
    survivors: frozenset[str]
    rate: frozenset[str]
    held: frozenset[str]


def _phrase_pattern(words: list[str], whole: bool = True) -> re.Pattern[str]:
    """Any of the phrases at a word start (after an optional proclitic), ending a word if whole."""
    alts = "|".join(sorted((re.escape(normalize(p)) for p in words), key=len, reverse=True))
    end = r"(?![\u0621-\u064a])" if whole else ""
    return re.compile(rf"(?<!\S)[وفبلك]?(?:ال)?(?:{alts}){end}")


@lru_cache(maxsize=1)
def _ar2_cues() -> _Ar2Cues:
    """Load the [not_conflict_figure] table once."""
    data = _lexicon_data()["not_conflict_figure"]

    def forms(key: str) -> frozenset[str]:
        return frozenset(normalize(w) for w in data[key])

    return _Ar2Cues(forms("past_be"), forms("counterfactual_be"), forms("future_verbs"), forms("save_words"),
                    forms("lives_words"), forms("not_people"), forms("natural_death"), forms("kin"),
                    _phrase_pattern(data["animals"] + data["not_violence"]), _phrase_pattern(data["weapons"], whole=False),
                    forms("year_before"), forms("displaced"), forms("exchange"), forms("bodies"),
                    forms("span_words"), forms("long_spans"), forms("agent_heads"), forms("agent_verbs"),
                    forms("approximators"), forms("survivors"), forms("rate_words"), forms("held_heads"))


_CHRONOLOGY = re.compile(r"^\W*(?:1[89]|20)\d\d\s*:\s")


def _counterfactual(toks: list[Tok], f: Found, cues: _Ar2Cues) -> bool:
    """"كان ذلك سيؤدي إلى وفاة الآلاف", "لكان قتل العشرات": what would have happened, in the figure's
    clause within eight words before it."""
    clause = toks[f.first].clause
    be = False
    for k in range(max(0, f.first - 8), f.first):
        t = toks[k]
        if t.clause != clause:
            be = False
            continue
        if t.norm in cues.counterfactual_be:
            return True
        if t.norm in cues.past_be:
            be = True
        elif be and t.norm in cues.future:
            return True
    return False


def _lives_saved(toks: list[Tok], f: Found, cues: _Ar2Cues) -> bool:
    """"لإنقاذ أرواح مئات الأشخاص", "أنقذ حياة 20 راكبا": lives saved are no casualties (the
    injured rescued, "أنقذت عددا من المصابين", still are)."""
    k = f.first - 1
    return k > 0 and toks[k].norm in cues.lives and toks[k - 1].norm in cues.save or any(
        toks[j].norm in cues.lives and j > 0 and toks[j - 1].norm in cues.save for j in range(f.first, f.last + 1)
    )


def _object_not_people(toks: list[Tok], f: Found, cues: _Ar2Cues) -> bool:
    """"ضربت الموجة 14 دولة": a bare figure counting places or money."""
    nxt = f.last + 1
    return f.rule.endswith(".bare") and nxt < len(toks) and toks[nxt].norm in cues.not_people


def _private_death(toks: list[Tok], f: Found, cues: _Ar2Cues) -> bool:
    """"توفي والده بسبب المرض", "بعد وفاة والدته": a relative's natural death, one person."""
    if f.min != 1 or f.outcome != "killed":
        return False
    lo, hi = max(0, f.first - 1), min(len(toks), f.last + 2)
    return any(toks[k].norm in cues.natural for k in range(lo, hi)) and any(
        toks[k].norm in cues.kin or toks[k].norm[:1] == "و" and toks[k].norm[1:] in cues.kin for k in range(lo, hi)
    )


def _earlier_year_after(doc: Document, toks: list[Tok], f: Found, cues: _Ar2Cues) -> bool:
    """"قتل ضابط ... في 4 أكتوبر 1918", "متهم بقتل امرأة في عام 2014": a year earlier than the report's
    latest after the figure, in its clause, after "في/عام" or a month."""
    clause = toks[f.last].clause
    for j in range(f.last + 1, min(len(toks), f.last + 16)):
        t = toks[j]
        if t.clause != clause:
            return False
        if _is_year(t) and (
            toks[j - 1].norm in cues.year_before or "month" in toks[j - 1].w.roles
        ):
            return t.value < _latest_year(doc)
    return False


def _year_opener(doc: Document, toks: list[Tok], cues: _Ar2Cues) -> bool:
    """"وفي 2016، هاجم ...": a sentence opening on an earlier year than the report's latest."""
    if len(toks) < 3 or toks[0].norm not in cues.year_before:
        return False
    t = toks[1]
    return bool(_is_year(t) and toks[2].punct and t.value < _latest_year(doc))


def _general_news(doc: Document, sentence: Sentence, toks: list[Tok], found: list[Found]) -> list[Found]:
    """Drop what general news reports as deaths or injuries outside violence (round ar2): a
    counterfactual, lives saved, a bare figure of places, a relative's natural death, an animal's
    victim; mark a year-by-year list item (its whole line) or a figure dated to an earlier year background."""
    cues = _ar2_cues()
    text = doc.text[sentence.start : sentence.end]
    norm = normalize(text)
    if cues.animal.search(norm) and not cues.weapon.search(norm):
        return []
    line = doc.text.rfind("\n", 0, sentence.start) + 1  # a list item's later sentences, on its line
    chronology = _CHRONOLOGY.match(doc.text[line : line + 12]) is not None or _year_opener(doc, toks, cues)
    weapon: bool | None = None
    kept = []
    for f in found:
        if _counterfactual(toks, f, cues) or _lives_saved(toks, f, cues) or _object_not_people(toks, f, cues):
            continue
        if _displaced_others(toks, f, cues) or _exchanged_bodies(toks, f, cues):
            continue
        if _perpetrators(toks, f, cues) or _survivors(toks, f, cues) or _held_list(toks, f, cues):
            continue
        if _private_death(toks, f, cues):
            weapon = bool(cues.weapon.search(norm)) if weapon is None else weapon
            if not weapon:
                continue
        if not f.background and (chronology or _earlier_year_after(doc, toks, f, cues) or _over_decades(toks, f, cues)
                                  or _rate_after(toks, f, cues)):
            f.background = True
        kept.append(f)
    return kept


def _proclitic_in(t: Tok, words: frozenset[str]) -> bool:
    """The token's form, or its form after one proclitic, is in words."""
    return t.norm in words or t.norm[:1] in "وفبل" and t.norm[1:] in words


def _displaced_others(toks: list[Tok], f: Found, cues: _Ar2Cues) -> bool:
    """"مع اقتلاع ملايين آخرين من منازلهم": "others" displaced, not hurt."""
    return f.rule == "ar.count.others" and any(
        _proclitic_in(toks[k], cues.displaced) for k in range(max(0, f.first - 2), f.first)
    )


def _exchanged_bodies(toks: list[Tok], f: Found, cues: _Ar2Cues) -> bool:
    """"ترفض أي حديث عن تبادل أسرى أو جثث": bodies to exchange, with no figure, are no toll."""
    return f.vague and any(_proclitic_in(toks[k], cues.bodies) for k in range(f.first, f.last + 1)) and any(
        _proclitic_in(toks[k], cues.exchange) for k in range(max(0, f.first - 4), f.first)
    )


def _over_decades(toks: list[Tok], f: Found, cues: _Ar2Cues) -> bool:
    """"لقي 111 شخصا مصرعهم ... خلال العقدين الماضيين": a total over decades or years, in the figure's clause."""
    clause = toks[f.last].clause
    for k in range(f.last + 1, min(len(toks) - 1, f.last + 12)):
        if toks[k].clause != clause:
            return False
        if _proclitic_in(toks[k], cues.span):
            return any(toks[j].norm in cues.long_span for j in range(k + 1, min(len(toks), k + 3)))
    return False


def _perpetrators(toks: list[Tok], f: Found, cues: _Ar2Cues) -> bool:
    """"هجوم نفذه نحو 300 مسلح", "عملية قام بها 50 مقاتلا": the attackers counted, not casualties."""
    k = f.first - 1
    while k >= 0 and k > f.first - 5 and toks[k].norm in cues.approx:
        k -= 1
    if k < 0 or toks[k].norm not in cues.agent_verbs:
        return False
    if toks[k].norm in cues.agent_heads:
        return True
    return k > 0 and toks[k - 1].norm.lstrip("و") in cues.agent_heads  # "قام بها", "شارك فيه"


def _survivors(toks: list[Tok], f: Found, cues: _Ar2Cues) -> bool:
    """"أحد الناجين الثمانية", "الناجين الـ12", "نجا 12 راكبا": survivors counted are no casualties."""
    return any(_proclitic_in(toks[k], cues.survivors) for k in range(max(0, f.first - 2), f.last + 1))


def _rate_after(toks: list[Tok], f: Found, cues: _Ar2Cues) -> bool:
    """"تقتل الغارات نحو ألف مقاتل شهريا": a rate in the figure's clause is a statistic."""
    clause = toks[f.last].clause
    return any(toks[k].norm in cues.rate for k in range(f.last + 1, min(len(toks), f.last + 6))
               if toks[k].clause == clause)


def _held_list(toks: list[Tok], f: Found, cues: _Ar2Cues) -> bool:
    """"الموقوفين الثلاثة وبينهم عسكري سابق", "هربوا من الجيش وأغلبهم ضباط": a list under people
    arrested or deserting, with no outcome word between the head and the figure."""
    if not f.rule.startswith("ar.list"):
        return False
    for k in range(f.first - 1, max(-1, f.first - 13), -1):
        t = toks[k]
        if t.w.outcome:
            return False
        if _proclitic_in(t, cues.held):
            return True
    return False
