"""Arabic claim rules: the sentence as a row of analysed tokens.

`tokens` normalises a span of the document (offsets kept on the original
text), splits it into words, figures and punctuation, analyses each word with
the lexicon (claims_lexicon.py), numbers the clauses and marks the lexicon's
multi-word phrases. The predicates below are shared by the rules.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from marsad.lang.ar.claims_lexicon import Word, analyze, lexicon, stems
from marsad.lang.ar.numbers import _lexicon, digits_value, normalize, normalize_with_offsets
from marsad.record import Document

# Figures with their thousands separators, decimals, Arabic words, Latin words, single marks.
TOKEN_RE = re.compile(
    r"\d{1,3}(?:[,،.]\d{3})+(?![\d])|\d+(?:[.٫]\d+)?|[\u0621-\u064A\u0671-\u06FF]+|[A-Za-z]+|\S"
)
_MARKS = re.compile("[\u064B-\u0652\u0670\u0640]")
# Marks and words that open a new clause.
CLAUSE_PUNCT = {"،", ",", "؛", ";", ".", ":", "(", ")", "[", "]", "!", "؟", "?", "-", "–", "—"}
CONTRAST = {"فيما", "بينما", "وفيما", "وبينما", "اما", "واما", "لكن", "ولكن", "غير"}
QUOTES = {"«", "»", '"', "“", "”", "'"}
# Pronoun-carrying prepositions and particles that are no nouns.
FUNCTION_WORDS = {
    "فيه", "فيها", "به", "بها", "له", "لها", "منه", "منها", "عليه", "عليها", "خلاله", "خلالها", "معه",
    "معها", "هو", "هي", "وهو", "وهي", "ان", "انه", "انها", "الذي", "التي", "اليوم", "امس", "ايضا", "كذلك",
    # "أفاد بأن رجلاً ...": particles that open a clause, no noun an adjective could follow
    "بان", "بانه", "بانها", "وان", "وانه", "وانها", "لان", "لانه", "كما", "حيث", "وحيث", "اذ", "عندما", "بعدما",
}


@dataclass
class Tok:
    """One token: its matching form, its span in the document, and what the lexicon says."""

    norm: str
    start: int  # offsets into Document.text
    end: int
    w: Word
    value: int | None = None  # digits value
    digit: bool = False
    punct: bool = False
    clause: int = 0
    phrase: tuple[str, str, int] | None = None  # (kind, value, length) of a phrase starting here


def tokens(doc: Document, start: int, end: int) -> list[Tok]:
    """Tokens of doc.text[start:end], with clause numbers and phrase marks."""
    text = doc.text
    norm, offs = normalize_with_offsets(text[start:end], start)
    toks: list[Tok] = []
    for m in TOKEN_RE.finditer(norm):
        s = m.group()
        tok_end = offs[m.end() - 1] + 1
        while tok_end < end and _MARKS.match(text, tok_end):
            tok_end += 1  # keep the word's trailing diacritics ("شخصاً") in its span
        tok = Tok(norm=s, start=offs[m.start()], end=tok_end, w=analyze(s) if s[0].isalpha() else Word())
        if tok.w.group_form == "pl" or tok.w.cas_form == "pl":
            tok.w = _voweled_dual(text[tok.start : tok.end], tok.w)
        elif tok.w.group_form == "du" and tok.w.suffix == "ه" and _MARKS.sub("", text[tok.start : tok.end]).endswith("ة"):
            tok.w = Word()  # "شخصية" (a personality), no "شخصيه" (his two persons): ta marbuta is no suffix
        if tok.w.stem in ("يصب", "تصب") and not (toks and toks[-1].norm in ("لم", "ولم", "فلم", "لما")):
            tok.w = Word()  # "لا يصب في صالح": flows into; only "لم يُصَب" is "was not hurt"
        if (toks and toks[-1].w.stem in ("يصب", "تصب") and s.startswith("ال") and s not in ("الذي", "التي")
                and not (tok.w.group or tok.w.outcome or tok.w.side)):
            toks[-1].w = Word()  # "لم تصب الغارة المعسكر", "لم يصب الأذى المدرج": did not hit
        if toks and toks[-1].norm.lstrip("و") in _RISE and (s in ("الي", "لمستوي") or s.startswith("لطموح")):
            toks[-1].w = Word()  # "لا يرتقي إلى مستوى": does not rise to, no martyr
        if s[0].isdigit():
            tok.digit = True
            tok.value = digits_value(s)
        elif not s[0].isalpha():
            tok.punct = True
        toks.append(tok)
    clause = 0
    for tok in toks:
        if tok.punct and tok.norm in CLAUSE_PUNCT or tok.norm in CONTRAST:
            clause += 1
        tok.clause = clause
    mark_phrases(toks)
    _mark_split_verbs(toks)
    return toks


@cache
def _split_verbs() -> tuple[frozenset[str], frozenset[str]]:
    data = _lexicon()["split_phrases"]
    return frozenset(normalize(w) for w in data["life_verbs"]), frozenset(normalize(w) for w in data["life_objects"])


_RISE = frozenset({"يرتقي", "ترتقي", "ارتقي", "ارتقت", "ارتقوا", "يرتقون"})
_NOUN_FARIQ = frozenset({"بين", "كبير", "شاسع", "واضح", "بسيط", "زمني", "في", "ضئيل", "هائل", "النقاط"})
_BASE_AFTER = frozenset({"العسكريه", "الجويه", "البحريه", "الامريكيه", "الاميركيه", "الروسيه", "التركيه"})
_BASE_BEFORE = frozenset({"محيط", "داخل", "اسوار", "بوابه", "مدخل", "قرب", "بمحيط", "وداخل", "ومحيط"})
_THREAT = re.compile(r"^(?:[وف]?(?:لل|ال|بال|ل)?(?:تهديد|تهديدات|وعيد)|[وف]?(?:هدد|يهدد|تهدد|توعد|يتوعد|تتوعد))")


@cache
def _hit_words() -> frozenset[str]:
    return frozenset(normalize(w) for w in _lexicon()["split_phrases"]["hit_words"])


def _mark_split_verbs(toks: list[Tok]) -> None:
    """"فارق شاب الحياة": a verb of leaving life with its object later in the clause means "died"."""
    verbs, objects = _split_verbs()
    hits = _hit_words()
    for i, tok in enumerate(toks):
        if tok.w.side and tok.w.stem == "القاعده" and (
            (i + 1 < len(toks) and toks[i + 1].norm in _BASE_AFTER) or (i > 0 and toks[i - 1].norm in _BASE_BEFORE)
        ):
            tok.w = replace(tok.w, side=None)  # "القاعدة العسكرية", "محيط القاعدة": a military base
        if tok.w.outcome and i > 0 and tok.norm.startswith("ب") and _THREAT.match(toks[i - 1].norm):
            tok.w = replace(tok.w, outcome=None, cas_form=None)  # "التهديد بالقتل", "هددوه بالقتل": a threat
            continue
        if tok.w.outcome == "injured" and i + 1 < len(toks) and toks[i + 1].norm in hits and not any(
            toks[k].w.group or toks[k].norm in ("صفوف", "بين", "بصفوف") for k in range(i + 2, min(i + 5, len(toks)))
        ):
            tok.w = replace(tok.w, outcome=None, cas_form=None)  # "تحقيق إصابات مباشرة": hits on a target
            continue
        if tok.punct or tok.w.outcome:
            continue
        if not (tok.norm in verbs or tok.norm[:1] in ("و", "ف") and tok.norm[1:] in verbs):
            continue
        if tok.phrase and tok.phrase[0] == "cas":  # "فارق الحياة" read as a phrase: still a verb
            tok.w = replace(tok.w, outcome="killed", cas_form="verb")
            continue
        if i + 1 < len(toks) and toks[i + 1].norm in _NOUN_FARIQ:
            continue  # "فارق كبير بين الحياة في ...": the noun "difference"
        for k in range(i + 1, min(i + 7, len(toks))):
            if toks[k].clause != tok.clause:
                break
            if toks[k].norm in objects:
                tok.w = replace(tok.w, outcome="killed", cas_form="verb")
                break


_DUAL_MARK = re.compile("\u064e\u064a\u0652?\u0646[\u064b-\u0652]?$")  # -َيْن: the oblique dual


def _voweled_dual(raw: str, w: Word) -> Word:
    """"مواطنَين", "منتسبَين": a fatha before ين marks the dual the bare spelling shares with the
    plural (مواطنِين); read the word as a dual."""
    if not _DUAL_MARK.search(raw):
        return w
    if w.group_form == "pl":
        return replace(w, group_form="du")
    return replace(w, cas_form="du")


def mark_phrases(toks: list[Tok]) -> None:
    """Mark on its first token the longest lexicon phrase starting at each token."""
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


def casualty_outcome(tok: Tok, strong: bool = True) -> str | None:
    """Outcome of a casualty word or phrase at tok (weak context words excluded when strong)."""
    if tok.phrase and tok.phrase[0] == "cas":
        return tok.phrase[1]
    w = tok.w
    if w.outcome and not (strong and w.weak):
        return w.outcome
    return None


def is_definite(tok: Tok) -> bool:
    """Carries the article (known word or not): "الواجب", "والقتلى", "للشهداء"."""
    return tok.w.definite or tok.norm.startswith(("ال", "وال", "بال", "فال", "لل", "ولل"))


def is_plain_noun(tok: Tok) -> bool:
    """A content word the lexicon does not know (no role, no class), not a verb-like form."""
    w = tok.w
    if tok.punct or tok.digit or w.stem or w.roles or w.outcome or w.group or w.side or tok.norm in FUNCTION_WORDS:
        return False
    return not tok.norm.startswith(("ي", "ت", "ن")) and len(tok.norm) >= 3
