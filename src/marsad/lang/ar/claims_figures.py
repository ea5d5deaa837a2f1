"""Arabic claim rules: figures in a token row.

A figure is digits or cardinal words (compounds joined by و, teens, hundreds,
thousands), or a vague quantity ("عشرات", "عدد من"), with the qualifiers
around it ("ما لا يقل عن", "أكثر من", "نحو", "بين ... و...", "على الأقل")
mapped to a range by the engine's `marsad.claims.quantity`. Dates, times,
ordinals and labels are not figures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from marsad.claims.quantity import Quantity, quantity
from marsad.lang.ar.claims_lexicon import Word
from marsad.lang.ar.claims_tokens import Tok, is_definite, tokens
from marsad.lang.ar.numbers import combine
from marsad.record import Document


@dataclass
class Figure:
    """A figure found in a token row, as a range (see marsad.claims.quantity)."""

    start: int  # token index of the first token (qualifier included)
    end: int  # token index after the last number token
    min: int | None
    max: int | None
    approx: bool = False
    vague: bool = False
    number_start: int = 0


def _is_unit(w: Word) -> bool:
    return w.num is not None and 1 <= w.num <= 9


def number_at(toks: list[Tok], i: int) -> tuple[int | None, int, bool] | None:
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
        j = i + tok.phrase[2]
        if j < len(toks) and (toks[j].w.vague or toks[j].w.mult) and not toks[j].w.conj:
            j += 1  # "عدة مئات", "بضع عشرات": one vague quantity
        return None, j, True
    if w.num is None and w.mult is None:
        if w.vague:
            j = i + 1
            # "عشرات الآلاف", "بضع عشرات", "العشرات من"
            if j < len(toks) and (toks[j].w.mult or toks[j].w.vague) and not toks[j].w.conj:
                j += 1
            return None, j, True
        return None
    if w.stem in ("احد", "احدي") and not (i + 1 < len(toks) and toks[i + 1].w.num == 10):
        nxt = toks[i + 1].w if i + 1 < len(toks) else None
        if nxt is not None and not w.conj and (nxt.group or nxt.outcome) and nxt.cas_form != "verb" and (
            nxt.suffix or nxt.definite or (nxt.group and i + 2 < len(toks) and is_definite(toks[i + 2]))  # "أحد منتسبي الشرطة"
        ):
            return 1, i + 1, False  # "أحد عناصره", "إحدى النساء": one of a group
        return None  # أحد: "one of" / Sunday unless أحد عشر
    if w.definite and w.num == 2 and not (i > 0 and (toks[i - 1].w.group or toks[i - 1].w.outcome)) and not (
        i + 1 < len(toks) and "others" in toks[i + 1].w.roles  # "الاثنين الآخرين": the two others
    ):
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


_BEFORE = {"at_least", "more_than", "up_to", "less_than", "about", "between"}


def _qualifier_before(toks: list[Tok], i: int) -> tuple[str, int] | None:
    """A qualifier phrase that ends right before token i: (name, start index)."""
    for back in range(1, 7):
        k = i - back
        if k < 0:
            break
        ph = toks[k].phrase
        if ph and ph[0] == "qual" and k + ph[2] == i and ph[1] in _BEFORE:
            return ph[1], k
    # "الـ" between a qualifier and the figure
    if i >= 1 and toks[i - 1].norm == "ال":
        return _qualifier_before(toks, i - 1)
    return None


_NEGATIONS = frozenset({"لا", "لم", "لن", "ولا", "ولم"})
_SUPERLATIVES = frozenset({"اكبر", "اعلي", "اقل", "ادني", "باكبر", "باعلي"})


def figure_at(toks: list[Tok], i: int) -> Figure | None:
    """The figure starting at token i with the qualifier before it, or None."""
    got = number_at(toks, i)
    if got is None:
        return None
    value, j, vague = got
    if vague and i > 0 and toks[i].norm in ("عده", "عديده") and "block" in toks[i - 1].w.roles:
        return None  # "مرات عدة", "أيام عدة": several of the things named before
    if vague and i > 0 and toks[i - 1].norm.lstrip("و") in _SUPERLATIVES:
        return None  # "أكبر عدد من النازحين": a superlative of a statistic, no quantity
    q = Figure(start=i, end=j, min=value, max=value, vague=vague, number_start=i)
    if vague:
        q.min = q.max = None
    qual = _qualifier_before(toks, i)
    if qual is None and i >= 3 and toks[i - 1].w.outcome and toks[i - 2].w.stem in ("عدد", "حصيله", "تعداد"):
        qual = _qualifier_before(toks, i - 2)  # "تجاوز عدد القتلى الخمسين"
    if qual is None or qual[0] == "between":
        second = _range_end(toks, i, j, value) if not vague and value is not None else None
        if second is not None:
            q.max, q.end = second  # "11 إلى 15 شخصاً", "ما بين 10 إلى 15": a range
            if qual is not None:
                q.start = qual[1]
            return q
    if qual is None:
        return q
    name, k = qual
    if vague or value is None:
        q.start = k
        return q
    if name == "more_than" and k > 0 and toks[k - 1].norm in _NEGATIONS:
        name = "up_to"  # "لا يتجاوز تسعة", "لم تزد على عشرة": at most the figure
    upper = None
    if name == "between":
        # "بين 10 و15": the second figure; without one, "بين" is not a range
        if j < len(toks) and (toks[j].w.conj or toks[j].norm == "و"):
            second = _second_number(toks, j + 1 if toks[j].norm == "و" else j)
            if second is not None and second[0] is not None and second[0] > value:
                upper, q.end = second
        if upper is None:
            return q
    _apply(q, quantity(name, value, upper))
    q.start = k
    return q


def _range_end(toks: list[Tok], i: int, j: int, value: int) -> tuple[int, int] | None:
    """"N إلى M" with no "من" before N (that is a toll rising from N to M): (M, end index)."""
    if j + 1 >= len(toks) or toks[j].norm not in ("الي", "حتي") or (i > 0 and toks[i - 1].norm in ("من", "ومن")):
        return None
    if any("toll" in toks[k].w.roles for k in range(max(0, i - 6), i)):
        return None  # "ارتفع عدد القتلى 9 إلى 17": a toll update, two figures
    second = _second_number(toks, j + 1)
    if second is None or second[0] is None or second[0] <= value:
        return None
    return second[0], second[1]


def _apply(q: Figure, qty: Quantity) -> None:
    q.min, q.max, q.approx = qty.min, qty.max, qty.approx


def _second_number(toks: list[Tok], j: int) -> tuple[int | None, int] | None:
    tok = toks[j]
    if tok.digit and tok.value is not None:
        return tok.value, j + 1
    if tok.w.num is not None:
        # the و of "و15" / "وخمسين" is part of this token
        got = number_at(toks, j)
        if got:
            return got[0], got[1]
    return None


def after_qualifier(toks: list[Tok], q: Figure, k: int) -> int:
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


def after_at_least(toks: list[Tok], k: int) -> int:
    if k < len(toks):
        ph = toks[k].phrase
        if ph and ph[0] == "qual" and ph[1] == "after_at_least":
            return k + ph[2]
    return k


_ORDINAL = re.compile(r"^(?:ال)?(?:حادي|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع)ه?$")


def blocked_before(toks: list[Tok], i: int) -> bool:
    """Is the figure at token i a date, time, ordinal, label, rank or share, by its neighbours?"""
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt is not None and nxt.norm in ("/", "-") and nxt.start == toks[i].end:
        return True  # "20/10/1436", "1-0"
    if nxt is not None and nxt.norm == "في" and i + 2 < len(toks) and toks[i + 2].w.num == 100:
        return True  # "31 في المائة": a share
    if i == 0:
        return False
    prev = toks[i - 1]
    if prev.norm in ("/", "-", "+") and i >= 2 and prev.start == toks[i - 2].end:
        return True  # "أوميجا-3", "10/2015": part of a name or a date
    if prev.norm == "في" and toks[i].w.num == 100:
        return True  # "في المائة"
    if _ORDINAL.match(prev.norm) and not (toks[i].w.conj and not toks[i].digit and (toks[i].w.num or 10) < 10):
        return True  # "الثامنة عشرة", "الحادية والعشرين": an ordinal (not "الثالثة واثنين من مرافقيه")
    if "block_before" in prev.w.roles and not (toks[i].w.conj and not toks[i].digit):
        return True  # not "قائد اللواء واثنين من مرافقيه": و starts a new noun phrase
    if prev.norm == ":" and i >= 2 and toks[i - 2].digit:
        return True  # 08:17
    if prev.norm == "ال" and i >= 2 and "block_before" in toks[i - 2].w.roles:
        return True
    if prev.norm in ("(", "[") and i >= 2 and "block_before" in toks[i - 2].w.roles:
        return True  # "البيان رقم (4)": a label in brackets
    if toks[i].w.num == 1 and not toks[i].digit and "family" in prev.w.roles:
        return True  # "ثلاثة أشقاء من عائلة واحدة": "one" describes the family
    return False


def is_year(tok: Tok) -> bool:
    return tok.digit and tok.value is not None and 1900 <= tok.value <= 2100 and "," not in tok.norm


def starts_number(toks: list[Tok], k: int) -> bool:
    if k < len(toks) and toks[k].norm == "ال":
        k += 1
    return k < len(toks) and (toks[k].digit or toks[k].w.num is not None)


def read_number(text: str) -> int | None:
    """The value of the Arabic figure that starts `text` ("خمسة وعشرين" -> 25), or None."""
    doc = Document(id="number", text=text)
    toks = tokens(doc, 0, len(text))
    if not toks:
        return None
    got = number_at(toks, 0)
    return None if got is None or got[2] else got[0]
