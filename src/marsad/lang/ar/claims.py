"""Arabic casualty claims: one sentence in, Claim records out (no sources).

The rules read the sentence as a row of analysed tokens (claims_lexicon.py)
and look, in order, for: counted figures (digits, number words, duals, vague
quantities) with their qualifiers and the noun they count; single persons
next to a casualty word; groups listed after "بينهم" / "معظمهم"; bare
casualty nouns ("سقوط ضحايا"); negated casualty words (zero claims); and
denials. Each figure takes its outcome from the noun it counts, else from the
casualty verb after it, else from the nearest casualty word before it.
Sentences without a casualty stem are skipped by one regular expression.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from marsad.lang.ar.claims_lexicon import Word, analyze, lexicon, stems
from marsad.lang.ar.numbers import combine, digits_value, normalize, normalize_with_offsets
from marsad.record import Claim, Document, Sentence, Span

# Cheap gate on the normalised sentence: casualty stems and denial verbs.
_TRIGGER = re.compile(
    r"قتل|قتيل|قتلي|شهيد|شهدا|شهاد|استشهد|وفا[هت]|وفي|توفي|جثث|جث[هت]|جثام|جثمان|مصرع|حتف|جرح|جريح|جراح|اصاب|اصيب|مصاب"
    r"|يصب|تصب|ضحي|ضحايا|خسائر|حصيل|بحياه|قضوا|قضي|نفي|نفت|ينفي|تنفي|نفوا|ماتوا|موتي"
)
_TOKEN = re.compile(
    r"\d{1,3}(?:[,،.]\d{3})+(?![\d])|\d+(?:[.٫]\d+)?|[\u0621-\u064A\u0671-\u06FF]+|[A-Za-z]+|\S"
)
_CLAUSE_PUNCT = {"،", ",", "؛", ";", ".", ":", "(", ")", "[", "]", "!", "؟", "?", "-", "–", "—"}
_CONTRAST = {"فيما", "بينما", "وفيما", "وبينما", "اما", "واما", "لكن", "ولكن", "غير"}
_QUOTES = {"«", "»", '"', "“", "”", "'"}
_MIN_PUNCT = {"،", ",", "؛", ";", ".", "(", ")", "!", "؟", "?", ":"}


@dataclass
class Tok:
    norm: str
    start: int  # offsets into Document.text
    end: int
    w: Word
    value: int | None = None  # digits value
    digit: bool = False
    punct: bool = False
    clause: int = 0
    phrase: tuple[str, str, int] | None = None  # (kind, value, length) of a phrase starting here


@dataclass
class Quantity:
    start: int  # token index of the first token (qualifier included)
    end: int  # token index after the last number token
    min: int | None
    max: int | None
    approx: bool = False
    vague: bool = False
    number_start: int = 0


@dataclass
class Found:
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
    extra_outcomes: list[str] = field(default_factory=list)


# --------------------------------------------------------------- tokens


def _tokens(doc: Document, start: int, end: int) -> list[Tok]:
    norm, offs = normalize_with_offsets(doc.text[start:end], start)
    toks: list[Tok] = []
    for m in _TOKEN.finditer(norm):
        s = m.group()
        tok = Tok(norm=s, start=offs[m.start()], end=offs[m.end() - 1] + 1, w=analyze(s) if s[0].isalpha() else Word())
        if s[0].isdigit():
            tok.digit = True
            tok.value = digits_value(s)
        elif not s[0].isalpha():
            tok.punct = True
        toks.append(tok)
    clause = 0
    for tok in toks:
        if tok.punct and tok.norm in _CLAUSE_PUNCT or tok.norm in _CONTRAST:
            clause += 1
        tok.clause = clause
    _mark_phrases(toks)
    return toks


def _mark_phrases(toks: list[Tok]) -> None:
    table = lexicon().phrases
    i = 0
    while i < len(toks):
        tok = toks[i]
        if tok.punct:
            i += 1
            continue
        best = None
        for first in stems(tok.norm):
            for words, kind, value in table.get(first, ()):
                n = len(words)
                if best is not None and n <= best[2]:
                    continue
                if i + n > len(toks):
                    continue
                if all(toks[i + k].norm == words[k] or words[k] in stems(toks[i + k].norm) for k in range(1, n)):
                    best = (kind, value, n)
        if best is not None:
            tok.phrase = best
        i += 1


# -------------------------------------------------------------- numbers


def _is_unit(w: Word) -> bool:
    return w.num is not None and 1 <= w.num <= 9


def _number_at(toks: list[Tok], i: int) -> tuple[int | None, int, bool] | None:
    """(value, end index, vague) of a figure starting at token i, or None."""
    tok = toks[i]
    if tok.digit:
        if tok.value is None:
            return None
        j = i + 1
        value = tok.value
        if j < len(toks) and (toks[j].w.mult or toks[j].w.num in (1000, 1000000)) and not toks[j].w.conj:
            value *= toks[j].w.mult or toks[j].w.num or 1
            j += 1
        return value, j, False
    w = tok.w
    if tok.phrase and tok.phrase[0] == "vague":
        return None, i + tok.phrase[2], True
    if w.num is None and w.mult is None:
        if w.vague:
            j = i + 1
            # "عشرات الآلاف", "العشرات من"
            if j < len(toks) and toks[j].w.mult and not toks[j].w.conj:
                j += 1
            return None, j, True
        return None
    if w.stem == "احد" and not (i + 1 < len(toks) and toks[i + 1].w.num == 10):
        return None  # أحد: "one of" / Sunday unless أحد عشر
    if w.definite and w.num == 2 and not (i > 0 and (toks[i - 1].w.group or toks[i - 1].w.outcome)):
        return None  # الاثنين: Monday
    if w.mult is not None:
        return None, i + 1, True  # "آلاف" alone
    parts: list[tuple[int, bool]] = []
    j = i
    prev_unit = False
    while j < len(toks):
        t = toks[j]
        tw = t.w
        if j > i and not (tw.conj or tw.mult or (tw.num == 10 and prev_unit) or (tw.num in (100, 1000, 1000000) and parts)):
            break
        if tw.mult is not None and parts:
            parts.append((tw.mult, True))
            prev_unit = False
            j += 1
            continue
        if tw.num is None or (j > i and tw.stem == "احد"):
            break
        if j > i and tw.num == 10 and prev_unit and not tw.conj:
            parts[-1] = (parts[-1][0] + 10, False)  # ثلاثة عشر
            prev_unit = False
            j += 1
            continue
        if j > i and tw.num in (100, 1000, 1000000) and not tw.conj:
            parts.append((tw.num, True))  # ثلاث مئة، عشرة آلاف written with ألف
            prev_unit = False
            j += 1
            continue
        if j > i and parts and not _joins(parts[-1][0], tw.num):
            break  # "بين أربعين وخمسين": two figures, not one
        parts.append((tw.num, False))
        prev_unit = _is_unit(tw) or tw.num in (1, 2)
        j += 1
    if not parts:
        return None
    return combine(parts), j, False


def _joins(prev: int, nxt: int) -> bool:
    """May `nxt` follow `prev` with و inside one compound cardinal?
    Units come before tens ("خمسة وعشرين"); hundreds and thousands before smaller parts."""
    if prev >= 100:
        magnitude = 10 ** (len(str(prev)) - 1)
        return nxt < magnitude or (prev % 1000 == 0 and nxt < 1000)
    if 1 <= prev <= 9:
        return 20 <= nxt <= 90 and nxt % 10 == 0
    return False


def _qualifier_before(toks: list[Tok], i: int) -> tuple[str, int] | None:
    """A qualifier phrase that ends right before token i: (name, start index)."""
    for back in range(1, 7):
        k = i - back
        if k < 0:
            break
        ph = toks[k].phrase
        if ph and ph[0] == "qual" and k + ph[2] == i:
            return ph[1], k
    # "الـ" between a qualifier and the figure
    if i >= 1 and toks[i - 1].norm == "ال":
        return _qualifier_before(toks, i - 1)
    return None


def _quantity(toks: list[Tok], i: int) -> Quantity | None:
    got = _number_at(toks, i)
    if got is None:
        return None
    value, j, vague = got
    q = Quantity(start=i, end=j, min=value, max=value, vague=vague, number_start=i)
    if vague:
        q.min = q.max = None
    qual = _qualifier_before(toks, i)
    if qual is None and i >= 3 and toks[i - 1].w.outcome and toks[i - 2].w.stem in ("عدد", "حصيله", "تعداد"):
        qual = _qualifier_before(toks, i - 2)  # "تجاوز عدد القتلى الخمسين"
    if qual and not vague:
        name, k = qual
        if name == "between":
            # "بين 10 و15": the second figure
            if j < len(toks) and toks[j].w.conj or (j < len(toks) and toks[j].norm == "و"):
                jj = j + 1 if toks[j].norm == "و" else j
                second = _second_number(toks, jj)
                if second is not None and value is not None and second[0] is not None and second[0] > value:
                    q.max, q.end = second[0], second[1]
                    q.start = k
                    return q
            return q
        q.start = k
        if name == "at_least":
            q.max = None
        elif name == "more_than":
            q.min, q.max = (value or 0) + 1, None
        elif name == "up_to":
            q.min = None
        elif name == "less_than":
            q.min, q.max = None, (value or 1) - 1
        elif name == "about":
            q.approx = True
    elif qual and vague:
        q.start = qual[1]
    return q


def _second_number(toks: list[Tok], j: int) -> tuple[int | None, int] | None:
    tok = toks[j]
    if tok.digit and tok.value is not None:
        return tok.value, j + 1
    if tok.w.num is not None:
        # the و of "و15" / "وخمسين" is part of this token
        got = _number_at(toks, j)
        if got:
            return got[0], got[1]
    return None


def _after_qualifier(toks: list[Tok], q: Quantity, k: int) -> int:
    """Apply "على الأقل" / "تقريبا" right after token k-1; return the new end."""
    if k < len(toks):
        ph = toks[k].phrase
        if ph and ph[0] == "qual" and ph[1] in ("after_at_least", "after_about") and not q.vague:
            if ph[1] == "after_at_least":
                q.max = None
            else:
                q.approx = True
            return k + ph[2]
    return k


# -------------------------------------------------------------- helpers


def _is_cas(tok: Tok, strong: bool = True) -> str | None:
    """Outcome of a casualty word or phrase at tok (weak context words excluded when strong)."""
    if tok.phrase and tok.phrase[0] == "cas":
        return tok.phrase[1]
    w = tok.w
    if w.outcome and not (strong and w.weak):
        return w.outcome
    return None


def _blocked_before(toks: list[Tok], i: int) -> bool:
    if i == 0:
        return False
    prev = toks[i - 1]
    if "block_before" in prev.w.roles:
        return True
    if prev.norm == ":" and i >= 2 and toks[i - 2].digit:
        return True  # 08:17
    if prev.norm == "ال" and i >= 2 and "block_before" in toks[i - 2].w.roles:
        return True
    return False


def _is_year(tok: Tok) -> bool:
    return tok.digit and tok.value is not None and 1900 <= tok.value <= 2100 and "," not in tok.norm


def _side_in_sentence(toks: list[Tok], head: int, group: str) -> str | None:
    """The side a force word refers back to ("عناصره" after "تنظيم القاعدة"): the nearest
    side of the right kind (state for soldiers, non-state for combatants) in the sentence."""
    state = lexicon().state_sides
    best, best_d = None, 10**6
    for k, t in enumerate(toks):
        side = t.phrase[1] if t.phrase and t.phrase[0] == "side" else t.w.side
        if side is None or (side in state) != (group == "soldiers"):
            continue
        d = abs(k - head) + (0 if k < head else 3)
        if d < best_d:
            best, best_d = side, d
    return best


def _side_near(toks: list[Tok], a: int, b: int) -> str | None:
    for k in range(max(a, 0), min(b, len(toks))):
        t = toks[k]
        if t.phrase and t.phrase[0] == "side":
            return t.phrase[1]
        if t.w.side:
            return t.w.side
    return None


def _fix_group(group: str, side: str | None, toks: list[Tok], head: int) -> tuple[str, str | None]:
    lex = lexicon()
    if side is None and group in ("combatants", "soldiers"):
        side = _side_in_sentence(toks, head, group)
    nxt = toks[head + 1] if head + 1 < len(toks) else None
    if nxt is not None and ("people_after" in nxt.w.roles or (nxt.phrase and nxt.phrase[1] == "people_after")):
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
        return "cas", k
    if w.group:
        return "group", k
    if "block" in w.roles or "month" in w.roles:
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
            if all(not _is_cas(toks[j]) for j in range(parent.last + 1, first)):
                return parent.outcome
    return None


def _outcome_for(toks: list[Tok], first: int, last: int, prev: list[Found]) -> str | None:
    parent = _parent_outcome(toks, first, prev)
    if parent:
        return parent
    # a casualty verb right before the figure ("توفي شخصان", "قضى ١٢٥ مدنياً")
    for k in (first - 1, first - 2):
        if k >= 0 and toks[k].w.cas_form == "verb" and toks[k].w.outcome and toks[k].w.stem not in ("سقوط", "وقوع"):
            if k == first - 1 or toks[k + 1].w.roles & {"transparent"}:
                return toks[k].w.outcome
    # a casualty verb or adjective right after the noun ("أطفال قتلوا", "طفلة مصابة")
    for k in range(last + 1, min(last + 4, len(toks))):
        t = toks[k]
        if t.punct and t.norm not in ("،", ","):
            break
        if t.w.conj and t.w.outcome:
            break  # "وأصيب": the next clause
        o = _is_cas(t, strong=False)
        if o and (t.w.cas_form == "verb" or t.phrase or t.w.cas_form == "sg"):
            return o
        if t.digit or t.w.num is not None:
            break
    # the nearest casualty word before
    for k in range(first - 1, -1, -1):
        o = _is_cas(toks[k])
        if o:
            return o
    if prev:
        return prev[-1].outcome
    for k in range(last + 1, len(toks)):
        o = _is_cas(toks[k])
        if o:
            return o
    return None


def _group_of_cas_head(toks: list[Tok], h: int) -> tuple[str, str | None]:
    """Group and side for a casualty-noun head: from the adjective after it."""
    nxt = h + 1
    if nxt < len(toks) and not toks[nxt].punct:
        w = toks[nxt].w
        if w.group and w.group_form in ("pl", "sg"):
            side = _side_near(toks, nxt + 1, nxt + 4) if w.group in ("combatants", "soldiers") else None
            return _fix_group(w.group, side, toks, nxt)
        side = toks[nxt].phrase[1] if toks[nxt].phrase and toks[nxt].phrase[0] == "side" else w.side
        if side:
            return "soldiers", side
    return "people", None


def _among_list(toks: list[Tok], k: int, used: set[int], found: list[Found], majority: bool) -> None:
    """Bare group nouns listed after "بينهم" / "معظمهم": vague (plural) or 1 (singular)."""
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
        if w.group is None or t.digit or w.num is not None:
            break
        if w.group_form == "pl" or (w.group_form == "sg" and w.suffix and w.group == "children"):
            group, side = _fix_group(w.group, _side_near(toks, k + 1, k + 4), toks, k)
            if group != "people" or not majority:
                found.append(_mk(toks, found, k, k, group, side, None, None, False, True, "ar.list.vague"))
        elif w.group_form in ("sg", "du") and not majority:
            n = 2 if w.group_form == "du" else 1
            group, side = _fix_group(w.group, _side_near(toks, k + 1, k + 4), toks, k)
            found.append(_mk(toks, found, k, k, group, side, n, n, False, False, "ar.list.count"))
        used.add(k)
        k += 1


def _mk(toks: list[Tok], prev: list[Found], first: int, last: int, group: str, side: str | None,
        mn: int | None, mx: int | None, approx: bool, vague: bool, rule: str, outcome: str | None = None) -> Found:
    return Found(
        outcome=outcome or _outcome_for(toks, first, last, prev) or "casualties",
        group=group, side=side, min=mn, max=mx, approx=approx, vague=vague, first=first, last=last, rule=rule,
    )


def _numbers(toks: list[Tok], used: set[int], found: list[Found]) -> None:
    i = 0
    n = len(toks)
    while i < n:
        if i in used:
            i += 1
            continue
        t = toks[i]
        w = t.w
        # duals of casualty and group nouns count two
        if t.norm in ("بعض", "معظم", "اغلب", "غالبيه") and i + 1 < n and toks[i + 1].w.outcome and toks[i + 1].w.definite:
            used.update((i, i + 1))  # "بعض الجرحى في حالة حرجة": a subset, not a figure
            i += 2
            continue
        if not t.digit and w.cas_form == "du" and w.outcome:
            group, side = _group_of_cas_head(toks, i)
            found.append(Found(outcome=w.outcome, group=group, side=side, min=2, max=2, approx=False,
                               vague=False, first=i, last=i, rule="ar.dual.casualty"))
            used.add(i)
            i += 1
            continue
        if not t.digit and w.group_form == "du" and w.group:
            side = _side_near(toks, i + 1, i + 4)
            group, side = _fix_group(w.group, side, toks, i)
            outcome = _outcome_for(toks, i, i, found)
            used.add(i)
            if outcome:
                found.append(Found(outcome=outcome, group=group, side=side, min=2, max=2, approx=False,
                                   vague=False, first=i, last=i, rule="ar.dual.group"))
                _coordinated_singles(toks, i + 1, outcome, used, found)
            i += 1
            continue
        if t.phrase and t.phrase[0] == "qual" and not _starts_number(toks, i + t.phrase[2]):
            i += 1
            continue
        if not (t.digit or w.num is not None or w.mult is not None or w.vague or (t.phrase and t.phrase[0] == "vague")):
            i += 1
            continue
        if t.digit and _blocked_before(toks, i):
            i += 1
            continue
        q = _quantity(toks, i)
        if q is None:
            i += 1
            continue
        for k in range(q.start, q.end):
            used.add(k)
        _place(toks, q, used, found)
        i = max(q.end, i + 1)


def _nisba_plural(tok: Tok) -> bool:
    """A plural of relation ("عراقيون", "فلسطينيين") that may stand for people."""
    n = tok.w.stem or tok.norm
    return not tok.w.definite and len(n) >= 6 and (n.endswith("يون") or n.endswith("يين"))


def _starts_number(toks: list[Tok], k: int) -> bool:
    if k < len(toks) and toks[k].norm == "ال":
        k += 1
    return k < len(toks) and (toks[k].digit or toks[k].w.num is not None)


def _place(toks: list[Tok], q: Quantity, used: set[int], found: list[Found]) -> None:
    """Decide what a quantity counts, and add its claim(s)."""
    k = q.end
    if k < len(toks) and toks[k].norm == ":" and k + 1 < len(toks) and toks[k + 1].digit:
        return  # a time
    if q.number_start > 0 and toks[q.number_start - 1].norm == ":" and q.number_start >= 2 and toks[q.number_start - 2].digit:
        return
    while k < len(toks) and toks[k].norm in _QUOTES:
        k += 1
    via_min = False
    if k < len(toks) and toks[k].norm in ("من", "منهم", "منهن", "منها"):
        via_min = True
        if toks[k].norm != "من":
            head = ("people_of", k)
        else:
            k += 1
            if k < len(toks) and toks[k].norm == "ال":
                k += 1
            head = _head(toks, k)
            if head[0] in ("unknown", "side") and (toks[k].w.definite or toks[k].norm.startswith("ال")):
                head = ("people_of", k)
    else:
        head = _head(toks, k)
    kind, h = head
    number_tok = toks[q.number_start]
    if kind == "unknown" and _nisba_plural(toks[h]):
        kind = "side"  # "خمسة عراقيون": a plural of relation counts people
    if kind == "block":
        return
    if kind in ("bare", "unknown") and _is_year(number_tok) and q.start == q.number_start:
        return  # a year
    if kind in ("bare", "unknown") and not number_tok.digit and number_tok.w.num == 1 and q.end == q.number_start + 1:
        return  # "عائلة واحدة": one of something else
    if q.number_start > 0 and not number_tok.digit and (
        number_tok.w.definite or (number_tok.w.num in (1, 2) and q.end == q.number_start + 1)
    ):
        # "القتلى التسعة", "ركابهما العشرة", "طفلاً واحداً": the number follows the noun it counts
        for back in (1, 2):
            if q.number_start - back < 0:
                break
            prev = _head(toks, q.number_start - back)
            if prev[0] in ("cas", "group"):
                kind, h = prev
                q.start = min(q.start, h)
                break
            if prev[0] != "unknown" or back == 1 and not number_tok.w.definite:
                break
    if kind == "unknown":
        # "مقتل 13 أمس": a figure right after a casualty word counts people
        if q.start > 0 and _is_cas(toks[q.start - 1]) and not via_min:
            kind, h = "bare", k
        else:
            return
    side: str | None = None
    outcome: str | None = None
    last = q.end - 1
    extra: list[str] = []
    if kind == "cas":
        outcome = toks[h].phrase[1] if toks[h].phrase and toks[h].phrase[0] == "cas" else toks[h].w.outcome
        group, side = _group_of_cas_head(toks, h)
        last = h + (toks[h].phrase[2] - 1 if toks[h].phrase and toks[h].phrase[0] == "cas" else 0)
        if group != "people" and last + 1 < len(toks):
            last += 1
        # "عشرات القتلى والجرحى", "قتيل أو جريح"
        nx = last + 1
        if nx + 1 < len(toks) and toks[nx].norm == "او":
            nx += 1
        if nx < len(toks) and toks[nx].w.cas_form in ("pl", "sg") and toks[nx].w.outcome and toks[nx].w.outcome != outcome:
            if toks[nx].w.conj or toks[nx - 1].norm == "او":
                extra.append(toks[nx].w.outcome)
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
        side = _side_near(toks, h, h + 5) if group in ("combatants", "soldiers") else None
        group, side = _fix_group(group, side, toks, last)
        if h + 1 < len(toks) and toks[h + 1].w.group == "civilians" and group == "people":
            group, last = "civilians", h + 1  # "قروياً مدنياً"
    elif kind == "others":
        group = found[-1].group if found else "people"
        side = found[-1].side if found else None
        last = h
    elif kind in ("side", "people_of"):
        group, last = "people", h
    else:
        group = "people"
    last = max(last, q.end - 1)
    used.update(range(q.start, last + 1))
    end = _after_qualifier(toks, q, last + 1)
    if end > last + 1:
        used.update(range(last + 1, end))
        last = end - 1
    if outcome is None:
        outcome = _outcome_for(toks, q.start, last, found)
        if outcome is None:
            return
    rule = f"ar.count.{kind}"
    found.append(Found(outcome=outcome, group=group, side=side, min=q.min, max=q.max, approx=q.approx,
                       vague=q.vague, first=q.start, last=last, rule=rule))
    for o in extra:
        found.append(Found(outcome=o, group=group, side=side, min=q.min, max=q.max, approx=q.approx,
                           vague=q.vague, first=q.start, last=last, rule=rule + ".coordinated"))
    _coordinated_singles(toks, last + 1, outcome, used, found)


def _coordinated_singles(toks: list[Tok], k: int, outcome: str, used: set[int], found: list[Found]) -> None:
    """A singular group noun coordinated after a count ("ثلاث نساء وطفلة") is one more person."""
    while k < len(toks) and toks[k].w.conj and toks[k].w.group_form == "sg" and toks[k].w.group and k not in used:
        g, s = _fix_group(toks[k].w.group, None, toks, k)
        found.append(Found(outcome=outcome, group=g, side=s, min=1, max=1, approx=False, vague=False,
                           first=k, last=k, rule="ar.count.coordinated_single"))
        used.add(k)
        k += 1


def _singles(toks: list[Tok], used: set[int], found: list[Found]) -> None:
    """One person next to a casualty word: "طفلة مصابة", "شاب أصيب", "مقتل طفل", "سقوط قتيل"."""
    for i, t in enumerate(toks):
        if i in used:
            continue
        w = t.w
        if w.group and w.group_form == "sg" and not w.definite:
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            one = nxt is not None and nxt.w.num == 1
            after = toks[i + 2] if one and i + 2 < len(toks) else nxt
            o_after = _is_cas(after, strong=False) if after is not None else None
            o_before = None
            b = i - 1
            if b > 0 and toks[b].norm in ("فيه", "فيها", "خلاله", "خلالها", "جراءه", "بها", "به"):
                b -= 1
            if b >= 0 and (toks[b].w.cas_form == "verb" or _is_cas(toks[b])) and not toks[b].w.weak:
                o_before = _is_cas(toks[b])
            if after is not None and o_after and after.w.cas_form in ("verb", "sg") and not after.w.weak:
                outcome = o_after
            elif o_before and not w.suffix:
                outcome = o_before
            elif one:
                outcome = _outcome_for(toks, i, i + 1, found)
            else:
                continue
            if outcome is None:
                continue
            last = i + 1 if one else i
            group, side = _fix_group(w.group, _side_near(toks, i + 1, i + 4), toks, i)
            q_end = _after_qualifier_plain(toks, last + 1)
            mx = None if q_end > last + 1 else 1
            found.append(Found(outcome=outcome, group=group, side=side, min=1, max=mx, approx=False, vague=False,
                               first=i, last=max(last, q_end - 1), rule="ar.single"))
            used.update(range(i, max(last, q_end - 1) + 1))
        elif w.cas_form == "sg" and w.outcome and not w.definite and i > 0 and toks[i - 1].w.weak and not w.suffix:
            if any("neg" in toks[k].w.roles for k in range(max(0, i - 3), i)):
                continue
            group, side = _group_of_cas_head(toks, i)
            found.append(Found(outcome=w.outcome, group=group, side=side, min=1, max=1, approx=False, vague=False,
                               first=i - 1, last=i, rule="ar.single.casualty"))
            used.add(i)


def _after_qualifier_plain(toks: list[Tok], k: int) -> int:
    if k < len(toks):
        ph = toks[k].phrase
        if ph and ph[0] == "qual" and ph[1] == "after_at_least":
            return k + ph[2]
    return k


def _zeros(toks: list[Tok], used: set[int], found: list[Found]) -> None:
    """Negated casualty words: "لم يسقط أي قتيل", "عدم سقوط ضحايا أميركيين" -> 0."""
    i = 0
    while i < len(toks):
        t = toks[i]
        if "neg" not in t.w.roles:
            i += 1
            continue
        k = i + 1
        gap = 0
        hit = None
        while k < len(toks) and gap <= 4:
            tk = toks[k]
            o = _is_cas(tk, strong=False)
            if o and (not tk.w.weak or tk.phrase) and k not in used:
                hit = k
                break
            if tk.w.roles & {"neg_gap", "neg"} or tk.w.group or tk.w.side or (tk.phrase and tk.phrase[0] == "side"):
                k += 1
                gap += 1
                continue
            break
        if hit is None:
            i += 1
            continue
        outcomes = [_is_cas(toks[hit], strong=False) or "casualties"]
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
        for k in list(range(last + 1, hi)) + list(range(i - 1, lo - 1, -1)) + list(range(i, hit)):
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


def _vague_nouns(toks: list[Tok], used: set[int], found: list[Found]) -> None:
    """Indefinite plural casualty nouns without a figure: "سقوط ضحايا مدنيين", "وجود جرحى"."""
    for i, t in enumerate(toks):
        if i in used:
            continue
        w = t.w
        if w.cas_form == "pl" and w.outcome and not w.definite and not w.suffix:
            if i > 0 and (toks[i - 1].w.stem in ("عدد", "حصيله", "اعداد", "تعداد") or toks[i - 1].norm in ("عدد", "حصيله")):
                continue
            if i + 1 < len(toks) and (i + 1 in used or _starts_number(toks, i + 1)):
                continue  # "جثث 38 شخصاً": the noun names the outcome of a figure
            group, side = _group_of_cas_head(toks, i)
            last = i + (1 if group != "people" else 0)
            found.append(Found(outcome=w.outcome, group=group, side=side, min=None, max=None, approx=False,
                               vague=True, first=i, last=last, rule="ar.vague.noun"))
            used.update(range(i, last + 1))


def _lists(toks: list[Tok], used: set[int], found: list[Found]) -> None:
    for i, t in enumerate(toks):
        roles = t.w.roles
        if t.phrase and t.phrase[0] == "role" and t.phrase[1] == "among":
            _among_list(toks, i + t.phrase[2], used, found, majority=False)
        elif "among" in roles and t.norm != "بين":
            _among_list(toks, i + 1, used, found, majority=False)
        elif "majority" in roles:
            _among_list(toks, i + 1, used, found, majority=True)


def _clause_groups(toks: list[Tok], used: set[int], found: list[Found]) -> None:
    """"القتلى كانوا من المدنيين": a plural group word in a clause with a casualty word
    and no figure gives a vague claim of that group."""
    for i, t in enumerate(toks):
        w = t.w
        if i in used or w.group not in ("civilians", "children", "women") or w.group_form != "pl" or w.suffix:
            continue
        clause = t.clause
        if any(f.first <= i <= f.last for f in found):
            continue
        if any(toks[f.first].clause == clause and not f.vague for f in found):
            continue
        cas = [k for k, tk in enumerate(toks) if tk.clause == clause and _is_cas(tk, strong=True) and k != i]
        if not cas:
            continue
        outcome = _is_cas(toks[min(cas, key=lambda k: abs(k - i))]) or "casualties"
        if any(f.group == w.group and f.vague and toks[f.first].clause == clause for f in found):
            continue
        found.append(Found(outcome=outcome, group=w.group, side=None, min=None, max=None, approx=False,
                           vague=True, first=i, last=i, rule="ar.vague.clause_group"))
        used.add(i)


def _denials(toks: list[Tok], found: list[Found], context_has_casualty: bool) -> None:
    """A denial verb turns the claims after it into denials, or makes a vague one."""
    for i, t in enumerate(toks):
        is_deny = "deny" in t.w.roles or (t.phrase is not None and t.phrase[0] == "role" and t.phrase[1] == "deny")
        if not is_deny:
            continue
        after = [f for f in found if f.first > i]
        if after:
            for f in after:
                f.stance = "deny"
            continue
        for k in range(i + 1, min(i + 5, len(toks))):
            tk = toks[k]
            if tk.punct:
                break
            if ("deny_obj" in tk.w.roles or (tk.phrase and tk.phrase[1] == "deny_obj")) and context_has_casualty:
                found.append(Found(outcome="casualties", group="civilians", side=None, min=None, max=None,
                                   approx=False, vague=True, first=i, last=k, rule="ar.deny.matter",
                                   stance="deny"))
                break


_PERIODS = {"ايام", "اسابيع", "اشهر", "شهور", "ساعات", "سنوات", "اعوام", "يوما", "شهرا", "عاما", "اسبوع", "شهر"}


def _background_cue(toks: list[Tok], i: int) -> bool:
    """A cue that the figures of its clause are about another time or a total."""
    t = toks[i]
    if t.phrase and t.phrase[0] == "background":
        return True
    n = t.norm
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if n in ("منذ", "ومنذ") and nxt is not None:
        return nxt.digit or nxt.norm == "ال" or nxt.w.num is not None or nxt.w.stem in ("عام", "سنه", "مطلع", "بدء", "بدايه")
    if n in ("بعد", "قبل", "وبعد", "وقبل") and nxt is not None:
        k = i + 1
        if toks[k].digit or toks[k].w.num is not None:
            k += 1
        if k < len(toks) and toks[k].w.stem in _PERIODS and k + 1 < len(toks) and toks[k + 1].norm == "من":
            return True
    if n in ("خلال", "وخلال") and nxt is not None:
        return nxt.w.stem in ("عام", "سنوات", "اعوام", "سنه", "السنوات") and (nxt.w.definite is False or nxt.norm == "العام")
    return False


def _backgrounds(toks: list[Tok], found: list[Found]) -> None:
    """Mark figures about totals or other times: a marker phrase reaches the end of the
    sentence (up to a contrast word), a time cue only its clause; lists follow their head."""
    for i, t in enumerate(toks):
        if not _background_cue(toks, i):
            continue
        clause = t.clause
        start = i
        while start > 0 and toks[start - 1].clause == clause:
            start -= 1
        stop = i
        whole = bool(t.phrase and t.phrase[0] == "background")
        while stop < len(toks) and (toks[stop].clause == clause or whole) and toks[stop].norm not in _CONTRAST:
            stop += 1
        for f in found:
            if start <= f.first < stop:
                f.background = True
    found.sort(key=lambda f: f.first)
    for a, b in zip(found, found[1:]):
        if a.background and not b.background and _parent_outcome(toks, b.first, [a]) is not None:
            b.background = True


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


def find_claims(doc: Document, sentence: Sentence) -> list[Claim]:
    """The casualty claims one Arabic sentence puts forward (no sources)."""
    raw = doc.text[sentence.start : sentence.end]
    if not _TRIGGER.search(normalize(raw)):
        return []
    end = _extent(doc, sentence)
    toks = _tokens(doc, sentence.start, end)
    return [_claim(doc, toks, f, sentence.lang) for f in extract(toks, doc, sentence)]


def extract(toks: list[Tok], doc: Document | None = None, sentence: Sentence | None = None) -> list[Found]:
    used: set[int] = set()
    found: list[Found] = []
    _zeros(toks, used, found)
    _numbers(toks, used, found)
    _singles(toks, used, found)
    _lists(toks, used, found)
    _vague_nouns(toks, used, found)
    _clause_groups(toks, used, found)
    has_cas = any(_is_cas(t, strong=False) for t in toks)
    if not has_cas and doc is not None and sentence is not None and sentence.id > 0:
        prev = doc.sentences[sentence.id - 1]
        has_cas = bool(_TRIGGER.search(normalize(doc.text[prev.start : prev.end])))
    _denials(toks, found, has_cas)
    _backgrounds(toks, found)
    found.sort(key=lambda f: f.first)
    return found


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
        scope="background" if f.background else "incident",
        evidence=[Span(start=toks[f.first].start, end=toks[f.last].end)],
        rule=f.rule,
    )


def claims_in_text(text: str) -> list[Claim]:
    """Claims of a short Arabic text read as one sentence (for examples and tests)."""
    doc = Document(id="phrase", text=text)
    sentence = Sentence(id=0, start=0, end=len(text), lang="ar", paragraph=0)
    doc.sentences.append(sentence)
    return find_claims(doc, sentence)
