"""Arabic claim rules: the sentence as a row of analysed tokens.

`tokens` normalises a span of the document (offsets kept on the original
text), splits it into words, figures and punctuation, analyses each word with
the lexicon (claims_lexicon.py), numbers the clauses and marks the lexicon's
multi-word phrases. The predicates below are shared by the rules.

Each distinct word form is read once (`_form`; most share one plain record), a
span's forms first tell whether it holds any word a claim needs
(`may_claim_words`: no row is built when not), and `token_row` gives the row with
an index of the tokens a rule may start at, so rules need not visit the others.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache
from itertools import accumulate

from marsad.lang.ar.claims_lexicon import (
    _EMPTY,
    Word,
    analyze,
    lexicon,
    no_entry,
    phrase_starts,
    stems,
    with_proclitics,
)
from marsad.lang.ar.numbers import _lexicon, digits_value, normalize, source_offsets
from marsad.memo import text_cache
from marsad.record import Document

# Figures with their thousands separators, decimals, Arabic words, Latin words, single marks.
TOKEN_RE = re.compile(
    r"\d{1,3}(?:[,،.]\d{3})+(?![\d])|\d+(?:[.٫]\d+)?|[\u0621-\u064A\u0671-\u06FF]+|[A-Za-z]+|\S"
)
_MARKS = re.compile("[\u064B-\u0652\u0670\u0640]")
# TOKEN_RE's tokens for split() (which keeps them, between the spaces), written for `re`'s speed:
# a token's first character is read by one class (`re` skips the spaces in C), then a look-behind
# at it picks TOKEN_RE's branch, in TOKEN_RE's order (a figure, a word; any other mark alone), and
# optional or repeated parts that are mostly absent are branches (no repeat of a group tried).
_TOKEN_SPLIT = re.compile(
    r"(\S(?:(?<=\d)(?:\d{0,2}[,،.]\d{3}(?:[,،.]\d{3})*(?!\d)|\d*(?:[.٫]\d+|))"
    r"|(?<=[\u0621-\u064A\u0671-\u06FF])[\u0621-\u064A\u0671-\u06FF]*|(?<=[A-Za-z])[A-Za-z]*|))"
)
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


@dataclass(slots=True)
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
    """Tokens of doc.text[start:end], with clause numbers and phrase marks (shared: do not change them)."""
    return _row(doc.text, start, end).toks


# What one normalised token form needs checked beyond its lexicon entry (bit flags).
_CLAUSE = 1  # opens a new clause
_PLURAL = 2  # a plural group or casualty noun: may be a voweled dual
_DUAL_H = 4  # a dual read with the suffix ه: may be a ta marbuta
_YUSAB = 8  # "يصب" / "تصب": hurt only after "لم"
_NEG = 16  # "لم", "لما": keeps "يصب"
_RISE_VERB = 32  # "يرتقي": no martyr before "إلى مستوى"
_RISE_TO = 64  # "الي", "لمستوي", "لطموح..."
_SPLIT = 128  # read again by _mark_split_verbs
_PHRASE = 256  # a lexicon phrase may start here
_CLAIM = 512  # may be a word every claim needs one of (see may_claim_words)
_CLAIM_PHRASE = 1024  # may start a phrase a claim needs, when the next word fits its second word
_INDEX = 2048  # a token some rule starts at: known word, phrase start, figure, cue (see token_row)
_READ_AGAIN = _PLURAL | _DUAL_H | _YUSAB  # _special_word reads these
_WORDLESS = Word()
_YUSAB_STEMS = ("يصب", "تصب")
_NEG_BEFORE_YUSAB = ("لم", "ولم", "فلم", "لما")
# Words a claim needs one of, besides casualty words and phrases (claims._may_claim reads them too).
MOURN = frozenset({"نعي", "نعت", "نعوا", "ينعي", "تنعي", "ونعت", "ونعي"})  # mourning verbs
CLAIM_ROLES = frozenset({"among", "majority", "deny"})  # "بينهم" / "معظمهم" list heads, denials
# Words the lexicon need not know that rules start at: subsets ("بعض الجرحى") and time cues.
SUBSET_FORMS = with_proclitics(("بعض", "معظم", "اغلب", "غالبيه"))
CUE_WORDS = frozenset({"منذ", "ومنذ", "بعد", "قبل", "وبعد", "وقبل", "خلال", "وخلال"})
SEPARATE = ("منفصل", "متفرق", "متفرقه", "متفرقين", "متعدده")  # "في غارتين منفصلتين"


_READ_STARTS = ("حيات", "عائلت", "اسرت", "لطموح", *SEPARATE)  # beginnings _full_form reads


@cache
def war_nouns() -> frozenset[str]:
    """Wars and campaigns: "حرباً ... قُتل فيها" tells a war's total."""
    return frozenset(normalize(w) for w in _lexicon()["not_claims"]["war_nouns"])


@cache
def response_openers() -> tuple[tuple[str, ...], ...]:
    """"رداً على", "انتقاماً ل": the words that name an attack this one answers."""
    return tuple(tuple(normalize(o).split()) for o in _lexicon()["not_claims"]["response_openers"])


@cache
def response_first_words() -> frozenset[str]:
    firsts = {words[0] for words in response_openers()}
    return frozenset(firsts | {"و" + w for w in firsts} | {"ف" + w for w in firsts})


@dataclass(slots=True)
class _Form:
    """What tokens() needs of one normalised token form, computed once per form."""

    w: Word
    flags: int
    value: int | None
    digit: bool
    punct: bool
    phrases: dict | None  # the lexicon phrases that may start here, as a trie (see _phrase_trie)
    claim_next: frozenset[str] = frozenset()  # with _CLAIM_PHRASE: the second words of those phrases


_PLAIN = _Form(_EMPTY, 0, None, False, False, None)  # a word the lexicon and every check pass by


@cache
def _flagged_words() -> frozenset[str]:
    """Forms _form flags whatever the lexicon says of them (spelled out; the prefix tests aside)."""
    verbs = _split_verbs()[0]
    listed = CONTRAST | MOURN | set(_NEG_BEFORE_YUSAB) | {"الي", "لمستوي"} | verbs | CUE_WORDS
    listed |= response_first_words()
    return frozenset(listed | {c + v for c in ("و", "ف") for v in verbs}) | phrase_starts() | SUBSET_FORMS


@text_cache(65_536)
def _form(s: str) -> _Form:
    """The lexicon entry of a normalised token form and what else tokens() must check on it."""
    if s[0].isalpha():
        w = _EMPTY if no_entry(s) else analyze(s)
        if (w is _EMPTY and s not in _flagged_words() and "سقط" not in s
                and not s.startswith(_READ_STARTS) and s.lstrip("و") not in _RISE
                and s.lstrip("و") not in war_nouns()):
            return _PLAIN  # most words: nothing to read
        return _full_form(s, w, False, False)
    digit = s[0].isdigit()
    return _full_form(s, _WORDLESS, digit, not digit)


def _full_form(s: str, w: Word, digit: bool, punct: bool) -> _Form:
    flags = 0
    if punct and s in CLAUSE_PUNCT or s in CONTRAST:
        flags |= _CLAUSE
    if w.stem:  # a word the lexicon knows
        if w.group_form == "pl" or w.cas_form == "pl":
            flags |= _PLURAL
        elif w.group_form == "du" and w.suffix == "ه":
            flags |= _DUAL_H
        if w.stem in _YUSAB_STEMS:
            flags |= _YUSAB
        if w.outcome or (w.side and w.stem == "القاعده"):
            flags |= _SPLIT
    if s in _NEG_BEFORE_YUSAB:
        flags |= _NEG
    if s.lstrip("و") in _RISE:
        flags |= _RISE_VERB
    if s in ("الي", "لمستوي") or s.startswith("لطموح"):
        flags |= _RISE_TO
    verbs = _split_verbs()[0]
    if s in verbs or s[:1] in ("و", "ف") and s[1:] in verbs:
        flags |= _SPLIT | _CLAIM  # "فارق ... الحياة" may become a casualty verb
    if (w.outcome or w.stem == "خسائر" or s in MOURN or not CLAIM_ROLES.isdisjoint(w.roles)
            or s.startswith(("حيات", "عائلت", "اسرت")) or "سقط" in s):
        flags |= _CLAIM  # ("فقد خمسة من أفراد عائلته": a death in the family)
    phrases = None
    if not punct and s in phrase_starts():
        table = lexicon().phrases
        listed = [p for first in stems(s) for p in table.get(first, ())]
        phrases = _phrase_trie(listed)
        if phrases:
            flags |= _PHRASE
        needed = [words for words, kind, value in listed if kind == "cas" or kind == "role" and value in CLAIM_ROLES]
        if any(len(words) < 2 for words in needed):
            flags |= _CLAIM
        elif needed:
            flags |= _CLAIM_PHRASE
            claim_next = frozenset(words[1] for words in needed)
            return _Form(w, flags | _INDEX, digits_value(s) if digit else None, digit, punct, phrases, claim_next)
    if (w.stem or digit or flags & (_PHRASE | _CLAIM) or s in SUBSET_FORMS or s in CUE_WORDS
            or s.lstrip("و") in war_nouns() or s.startswith(SEPARATE) or s in response_first_words()):
        flags |= _INDEX
    return _Form(w, flags, digits_value(s) if digit else None, digit, punct, phrases)


@dataclass(slots=True)
class _Words:
    """A span normalised and split: its token forms and bounds, before any token is built."""

    words: list[str]
    forms: list[_Form]
    bounds: list[int]  # each token's start, then its end, in the normalised span
    offs: list[int] | None  # source offsets of the normalised characters; None: one to one
    claim: bool  # some form may be a word every claim needs


@text_cache(1_024)
def _words(text: str, start: int, end: int) -> _Words:
    raw = text[start:end]
    norm = normalize(raw)
    offs = source_offsets(raw, start) if len(norm) != len(raw) else None
    pieces = _TOKEN_SPLIT.split(norm)  # space, token, space, token, ..., space
    words = pieces[1::2]
    forms = list(map(_form, words))
    return _Words(words, forms, list(accumulate(map(len, pieces)))[:-1], offs, _claim_word(words, forms))


def _claim_word(words: list[str], forms: list[_Form]) -> bool:
    """Does some form (or phrase start with its next word) make a word every claim needs one of?"""
    for i, f in enumerate(forms):
        flags = f.flags
        if flags & _CLAIM:
            return True
        if flags & _CLAIM_PHRASE and i + 1 < len(words) and not f.claim_next.isdisjoint(stems(words[i + 1])):
            return True  # marking the phrase takes the next word's forms (see _mark_phrases_at)
    return False


def may_claim_words(doc: Document, start: int, end: int) -> bool:
    """Could tokens(doc, start, end) hold a word every claim needs? (False: no claim there.)"""
    return _words(doc.text, start, end).claim


@dataclass(slots=True)
class Row:
    """A span's tokens, and the tokens some rule starts at (see _INDEX), in order."""

    toks: list[Tok]
    index: list[int]  # every known word, phrase start, figure, claim word and cue among them


def token_row(doc: Document, start: int, end: int) -> Row:
    """tokens(doc, start, end) with its index (shared: do not change them)."""
    return _row(doc.text, start, end)


@text_cache(1_024)  # the rules reread the rows of the sentences just before
def _row(text: str, start: int, end: int) -> Row:
    span = _words(text, start, end)
    offs = span.offs
    toks: list[Tok] = []
    append = toks.append
    marks = _MARKS.match
    clause = 0
    prev_flags = 0
    prev_yusab = False
    starts: list[int] = []  # tokens a phrase may start at
    split: list[int] = []  # tokens _mark_split_verbs reads
    index: list[int] = []
    bounds = iter(span.bounds)
    plain, nothing = _PLAIN, _EMPTY
    for s, f, a, b in zip(span.words, span.forms, bounds, bounds, strict=False):
        if offs is None:
            tok_start, tok_end = start + a, start + b
        else:
            tok_start, tok_end = offs[a], offs[b - 1] + 1
            if offs[b] != tok_end:  # deleted marks follow
                while tok_end < end and marks(text, tok_end):
                    tok_end += 1  # keep the word's trailing diacritics ("شخصاً") in its span
        if f is plain and not prev_yusab:  # most words: no flag to read
            append(Tok(s, tok_start, tok_end, nothing, None, False, False, clause))
            prev_flags = 0
            continue
        flags = f.flags
        if flags & _CLAUSE:
            clause += 1
        tok = Tok(s, tok_start, tok_end, f.w, f.value, f.digit, f.punct, clause)
        if flags & _READ_AGAIN or prev_yusab or (prev_flags & _RISE_VERB and flags & _RISE_TO):
            prev_yusab = _special_word(text, toks, tok, flags, prev_flags, prev_yusab)
        if flags & _INDEX:
            index.append(len(toks))
            if flags & _PHRASE:
                starts.append(len(toks))
            if flags & _SPLIT:
                split.append(len(toks))
        append(tok)
        prev_flags = flags
    if starts:
        _mark_phrases_at(toks, starts)
    if split:
        _mark_split_verbs(toks, split)
    return Row(toks, index)


def _special_word(text: str, toks: list[Tok], tok: Tok, flags: int, prev_flags: int, prev_yusab: bool) -> bool:
    """Readings of a word that depend on its spelling or its neighbours; True when tok stays "يصب"."""
    if flags & _PLURAL:
        tok.w = _voweled_dual(text[tok.start : tok.end], tok.w)
    elif flags & _DUAL_H and _MARKS.sub("", text[tok.start : tok.end]).endswith("ة"):
        tok.w = _WORDLESS  # "شخصية" (a personality), no "شخصيه" (his two persons): ta marbuta is no suffix
    if flags & _YUSAB and not (toks and prev_flags & _NEG):
        tok.w = _WORDLESS  # "لا يصب في صالح": flows into; only "لم يُصَب" is "was not hurt"
    s = tok.norm
    if (prev_yusab and s.startswith("ال") and s not in ("الذي", "التي")
            and not (tok.w.group or tok.w.outcome or tok.w.side)):
        toks[-1].w = _WORDLESS  # "لم تصب الغارة المعسكر", "لم يصب الأذى المدرج": did not hit
    if prev_flags & _RISE_VERB and flags & _RISE_TO:
        toks[-1].w = _WORDLESS  # "لا يرتقي إلى مستوى": does not rise to, no martyr
    return tok.w.stem in _YUSAB_STEMS


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


def _mark_split_verbs(toks: list[Tok], candidates: list[int]) -> None:
    """"فارق شاب الحياة": a verb of leaving life with its object later in the clause means "died"."""
    verbs, objects = _split_verbs()
    hits = _hit_words()
    for i in candidates:  # the tokens with a side, an outcome or a verb of leaving life
        tok = toks[i]
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
    _mark_phrases_at(toks, [i for i, tok in enumerate(toks) if _form(tok.norm).flags & _PHRASE])


def _phrase_trie(phrases: list[tuple[tuple[str, ...], str, str]]) -> dict | None:
    """Phrases (first words alike) as a trie over their later words; the key None of a node holds
    the (order, kind, value, length) of the first phrase, in `phrases` order, that ends there."""
    if not phrases:
        return None
    root: dict = {}
    for order, (words, kind, value) in enumerate(phrases):
        node = root
        for word in words[1:]:
            node = node.setdefault(word, {})
        node.setdefault(None, (order, kind, value, len(words)))
    return root


def _mark_phrases_at(toks: list[Tok], starts: list[int]) -> None:
    """mark_phrases over the tokens a phrase may start at (the others start none): the longest
    phrase whose later words are forms (stems) of the next tokens, the first listed of equals."""
    n_toks = len(toks)
    for i in starts:
        root = _form(toks[i].norm).phrases
        best = root.get(None)
        stack = [(root, i + 1)]
        while stack:
            node, j = stack.pop()
            if j >= n_toks:
                continue
            for form in stems(toks[j].norm):
                child = node.get(form)
                if child is None:
                    continue
                end = child.get(None)
                if end is not None and (best is None or end[3] > best[3] or end[3] == best[3] and end[0] < best[0]):
                    best = end
                if len(child) > (end is not None):
                    stack.append((child, j + 1))
        if best is not None:
            toks[i].phrase = best[1:]


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
