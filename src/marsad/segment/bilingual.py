"""Bilingual reports: split a translation-plus-original into its language halves, and align them.

A document is bilingual when its paragraphs form two contiguous runs in
different scripts, each a substantial share of the letters. The halves'
paragraphs are aligned monotonically by dynamic programming: each 1-1 pair is
scored by its length ratio (normalised by the two halves' overall ratio, so
Arabic being shorter than English costs nothing), anchors both sides share
(figures, with Eastern digits normalised; month names; years), the pair's
relative position, and its roles (a caption only pairs with a caption). A
paragraph may be skipped, so one with no counterpart stays unaligned.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

from marsad.record import AlignedPair, Document, Half, Paragraph, trusted
from marsad.segment.data import words
from marsad.segment.script import letter_counts, strip_arabic_marks, western_digits

MIN_SHARE = 0.2  # each half holds at least this share of the document's letters
MIN_LETTERS = 120  # ... and at least this many letters
MIN_PURITY = 0.9  # share of letters in the expected script, both halves together
MAX_CELLS = 1_000_000  # alignment is skipped (with a warning) above this many paragraph pairs
MATCH_THRESHOLD = 0.2  # a pair must score above this to be worth aligning

_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")


def detect_halves(doc: Document, weights: list[tuple[int, int]] | None = None) -> list[Half]:
    """Two halves when the document is a translation and its original, else one.

    `weights`: (Arabic letters, Latin letters) per paragraph, when the caller has counted them."""
    paras = doc.paragraphs
    if weights is None:
        weights = [letter_counts(doc.text[p.start : p.end])[:2] for p in paras]
    total_ar = sum(w[0] for w in weights)
    total_la = sum(w[1] for w in weights)
    total = total_ar + total_la
    best: tuple[float, int, str] | None = None
    if total and len(paras) >= 2:
        pre_ar = pre_la = 0
        for k in range(1, len(paras)):
            pre_ar += weights[k - 1][0]
            pre_la += weights[k - 1][1]
            if paras[k].lang not in ("ar", "en") or paras[k].lang == paras[k - 1].lang:
                continue
            first = "en" if pre_la > pre_ar else "ar"
            if paras[k].lang == first:
                continue
            if first == "en":
                purity = (pre_la + (total_ar - pre_ar)) / total
                shares = (pre_ar + pre_la, total - pre_ar - pre_la)
            else:
                purity = (pre_ar + (total_la - pre_la)) / total
                shares = (pre_ar + pre_la, total - pre_ar - pre_la)
            if purity < MIN_PURITY or min(shares) < max(MIN_SHARE * total, MIN_LETTERS):
                continue
            if best is None or purity > best[0]:
                best = (purity, k, first)
    if best is None:
        lang = "ar" if total_ar >= total_la and total_ar else ("en" if total_la else "other")
        return [_half(lang, paras)]
    _, k, first = best
    second = "ar" if first == "en" else "en"
    return [_half(first, paras[:k]), _half(second, paras[k:])]


def one_script_half(doc: Document) -> list[Half]:
    """`detect_halves` for a document without Latin letters, or without Arabic and other letters
    (plain ASCII): one half, of the language of a paragraph that has one (Arabic, or English: a
    two-script split needs letters of both scripts, `MIN_LETTERS` each)."""
    langs = {p.lang for p in doc.paragraphs}
    lang = "ar" if "ar" in langs else "en" if "en" in langs else "other"
    return [_half(lang, doc.paragraphs)]


def _half(lang: str, paras: list[Paragraph]) -> Half:
    start, end = (paras[0].start, paras[-1].end) if paras else (0, 0)
    return trusted(Half, {"lang": lang, "start": start, "end": end, "paragraphs": [p.id for p in paras]})


@lru_cache(maxsize=1)
def _month_numbers() -> dict[str, int]:
    table: dict[str, int] = {}
    for lang in ("en", "ar"):
        for i, name in enumerate(words(lang, "roles", "months")):
            table[strip_arabic_marks(name).lower()] = i % 12 + 1
    for i, name in enumerate(words("en", "roles", "months")):
        table[name[:3].lower()] = i + 1
    return table


@lru_cache(maxsize=1)
def _month_pattern() -> re.Pattern[str]:
    names = sorted(_month_numbers(), key=len, reverse=True)
    return re.compile(r"(?<![^\W\d_])(?:ال)?(" + "|".join(re.escape(n) for n in names) + r")(?![^\W\d_])")


def anchors(text: str) -> set[str]:
    """Language-neutral anchors of a paragraph: its figures and month names."""
    norm = western_digits(strip_arabic_marks(text)).lower()
    found = {n.replace(",", "") for n in _NUMBER.findall(norm)}
    found |= {f"month:{_month_numbers()[m.group(1)]}" for m in _month_pattern().finditer(norm)}
    return found


def shape(text: str) -> tuple[bool, bool]:
    """Punctuation both languages keep in translation: (has a quotation, has brackets)."""
    return any(q in text for q in "\"“”«»"), "(" in text


def _size(text: str) -> int:
    ar, la, _ = letter_counts(text)
    return ar + la + sum(ch.isdigit() for ch in text)


LENGTH_VARIANCE = 20.0  # Gale-Church style: variance of the length difference grows with length
SHAPE_WEIGHT = 0.1  # per punctuation feature (quotation, brackets) both paragraphs share or both lack, minus per mismatch
POSITION_WEIGHT = 0.5  # cost of straying from the diagonal, per unit of relative position


def _length_score(la: int, lb: int, ratio: float) -> float:
    expected = ratio * la
    z = (lb - expected) / math.sqrt(LENGTH_VARIANCE * (expected + lb) / 2 + 1)
    return math.exp(-0.5 * z * z)


def _pair_score(
    la: int, lb: int, ratio: float, aa: set[str], ab: set[str], ra: str, rb: str, pos_gap: float, same_shape: int = 0
) -> float:
    if (ra == "caption") != (rb == "caption"):
        return -1.0
    length = _length_score(la, lb, ratio)
    if aa and ab:
        anchor = 2.0 * len(aa & ab) / len(aa | ab) - 0.5
    elif aa or ab:
        anchor = -0.15
    else:
        anchor = 0.0
    role = 0.0 if ra == rb or {ra, rb} <= {"body", "lead"} else -0.25
    return length + anchor + role + SHAPE_WEIGHT * same_shape - POSITION_WEIGHT * pos_gap


def align_halves(doc: Document, first: Half, second: Half) -> list[AlignedPair]:
    """Monotone 1-1 alignment (with skips) of the first half's paragraphs to the second's."""
    pa = [doc.paragraphs[i] for i in first.paragraphs]
    pb = [doc.paragraphs[i] for i in second.paragraphs]
    n, m = len(pa), len(pb)
    if not n or not m:
        return []
    if n * m > MAX_CELLS:
        doc.warnings.append(f"bilingual halves too long to align ({n} x {m} paragraphs); alignment skipped")
        return []
    ta = [doc.text[p.start : p.end] for p in pa]
    tb = [doc.text[p.start : p.end] for p in pb]
    la, lb = [_size(t) for t in ta], [_size(t) for t in tb]
    aa, ab = [anchors(t) for t in ta], [anchors(t) for t in tb]
    sa, sb = [shape(t) for t in ta], [shape(t) for t in tb]
    ratio = (sum(lb) + 1) / (sum(la) + 1)
    pairs = _align(pa, pb, la, lb, aa, ab, sa, sb, ratio)
    if len(pairs) >= 3:  # re-estimate the length ratio from the pairs found, and align again
        logs = sorted(math.log((lb[j] + 1) / (la[i] + 1)) for i, j, _ in pairs)
        ratio = math.exp(logs[len(logs) // 2])
        pairs = _align(pa, pb, la, lb, aa, ab, sa, sb, ratio)
    return [AlignedPair(source=pa[i].id, target=pb[j].id, score=round(min(1.0, max(0.0, s)), 3)) for i, j, s in pairs]


def _align(
    pa: list[Paragraph],
    pb: list[Paragraph],
    la: list[int],
    lb: list[int],
    aa: list[set[str]],
    ab: list[set[str]],
    sa: list[tuple[bool, bool]],
    sb: list[tuple[bool, bool]],
    ratio: float,
) -> list[tuple[int, int, float]]:
    """Best monotone 1-1 pairs (index in a, index in b, score) by dynamic programming."""
    n, m = len(pa), len(pb)
    # best[i][j]: best total over the first i and j paragraphs; move: 0 match, 1 skip a, 2 skip b
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    move = [[0] * (m + 1) for _ in range(n + 1)]
    score = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(n + 1):
        for j in range(m + 1):
            if i == 0 and j == 0:
                continue
            options: list[tuple[float, int]] = []
            if i and j:
                gap = abs((i - 0.5) / n - (j - 0.5) / m)
                same = sum(1 if x == y else -1 for x, y in zip(sa[i - 1], sb[j - 1], strict=True))
                s = _pair_score(la[i - 1], lb[j - 1], ratio, aa[i - 1], ab[j - 1], pa[i - 1].role, pb[j - 1].role, gap, same)
                score[i][j] = s
                options.append((best[i - 1][j - 1] + s - MATCH_THRESHOLD, 0))
            if i:
                options.append((best[i - 1][j], 1))
            if j:
                options.append((best[i][j - 1], 2))
            best[i][j], move[i][j] = max(options, key=lambda o: o[0])
    pairs: list[tuple[int, int, float]] = []
    i, j = n, m
    while i or j:
        mv = move[i][j]
        if mv == 0:
            pairs.append((i - 1, j - 1, score[i][j]))
            i, j = i - 1, j - 1
        elif mv == 1:
            i -= 1
        else:
            j -= 1
    pairs.reverse()
    return pairs
