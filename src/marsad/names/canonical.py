"""Canonical English (wire) spellings of Arabic names, and DIN of Latin spellings.

Order: the gazetteer; then the lexicon's wire spelling of each word; then a
simplified romanisation of the DIN form (no diacritics, ḫ -> kh, š -> sh,
ǧ -> j, the article always al-, ‘Abd al-X -> Abdul X).
"""

from __future__ import annotations

import re
import unicodedata

from marsad.names.din import romanize_din
from marsad.names.lexicon import ar_word_key, lexicon
from marsad.names.normalize import fold_latin, is_arabic

_SIMPLE = str.maketrans({"ḫ": "kh", "Ḫ": "Kh", "ġ": "gh", "Ġ": "Gh", "š": "sh", "Š": "Sh", "ǧ": "j", "Ǧ": "J",
                         "ṯ": "th", "Ṯ": "Th", "ḏ": "dh", "Ḏ": "Dh", "‘": "", "’": "", "ʿ": "", "ʾ": "", "ž": "zh",
                         "č": "ch"})
_ART = re.compile(r"\b(?:a[tṯdḏrzsšṣḍṭẓln]|al)-", re.IGNORECASE)
DIN_MARKS = re.compile(r"[āīūḥṭṣḍẓḫġšǧṯḏĀĪŪḤṬṢḌẒḪĠŠǦṮḎ‘’ʿʾ]")


def simplify_din(din: str) -> str:
    """DIN -> plain wire-style spelling: Abū Bakr al-Baġdādī -> Abu Bakr al-Baghdadi."""
    s = _ART.sub(lambda m: "al-" if m.group(0)[0].islower() else "Al-", din)
    s = s.translate(_SIMPLE)
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    s = re.sub(r"\bli-l-", "lil-", s)
    s = re.sub(r"\bAbd al-(\w)", lambda m: "Abdul " + m.group(1).upper(), s)
    s = re.sub(r"iyya\b", "iya", s)
    return s


def _word_wire(word: str, din_word: str) -> str:
    lex = lexicon().by_arabic
    k = ar_word_key(word)
    article = ""
    if k.startswith("ال") and len(k) > 3:
        article, k = "al-", k[2:]
    w = lex.get(k)
    if w and w.kind in ("given", "nisba") or (w and article):
        return article + w.wire if w.kind != "given" or not article else article + w.wire
    return simplify_din(din_word)


def canonical_from_arabic(arabic: str) -> str:
    """Wire spelling of an Arabic name not in the gazetteer."""
    words = arabic.split()
    din = romanize_din(arabic)
    din_words = din[0].split() if din else words
    if len(din_words) != len(words):
        return simplify_din(din[0]) if din else arabic
    out = []
    i = 0
    while i < len(words):
        k = ar_word_key(words[i])
        if k == "عبد" and i + 1 < len(words):
            nxt = _word_wire(words[i + 1], din_words[i + 1])
            out.append("Abdul " + re.sub(r"^al-", "", nxt)[:1].upper() + re.sub(r"^al-", "", nxt)[1:])
            i += 2
            continue
        if k in ("بن", "ابن"):
            out.append("bin")
            i += 1
            continue
        out.append(_word_wire(words[i], din_words[i]))
        i += 1
    s = " ".join(out)
    return s[:1].upper() + s[1:] if s else s


def canonical_name(text: str) -> str:
    """The English spelling wires use for a name in either script."""
    from marsad.names.resolve import resolve

    info = resolve(text, fuzzy=False)
    if info:
        return info.canonical
    if is_arabic(text):
        return canonical_from_arabic(text)
    if DIN_MARKS.search(text):
        return din_to_wire(text)
    return text


def din_to_wire(din: str) -> str:
    """Wire spelling of a DIN-romanised name, word by word from the lexicon where known."""
    lex = lexicon().by_latin
    out = []
    for tok in din.split():
        m = re.match(r"^((?:a[tṯdḏrzsšṣḍṭẓln]|al|wa|li|bi)-)?(.*)$", tok)
        prefix, stem = (m.group(1) or ""), m.group(2)
        w = lex.get(fold_latin(stem))
        if w:
            art = "al-" if prefix and prefix not in ("wa-", "li-", "bi-") else simplify_din(prefix)
            out.append(art + w.wire)
        else:
            out.append(simplify_din(tok))
    return re.sub(r"\bAbd al-(\w)", lambda m: "Abdul " + m.group(1).upper(), " ".join(out))


def latin_to_din(latin: str) -> str | None:
    """DIN of a Latin spelling of an Arabic name when every word is in the lexicon; else None."""
    if DIN_MARKS.search(latin):
        return latin.replace("'", "’")
    lex = lexicon().by_latin
    out = []
    toks = latin.replace("Abdul ", "Abd al-").replace("Abdel ", "Abd al-").split()
    for tok in toks:
        m = re.match(r"^((?:al|el|an|ad|as|ash|ar|az|at)-)?(.+)$", tok, re.IGNORECASE)
        prefix, stem = m.group(1), m.group(2)
        if stem.lower() in ("bin", "ibn"):
            out.append("ibn")
            continue
        w = lex.get(fold_latin(stem))
        if not w:
            return None
        d = w.din
        if prefix:
            ar = w.arabic
            sun = ar[:1] in "تثدذرزسشصضطظلن"
            d = ("a" + d[0].lower() + "-" + d) if sun and d[0] not in "‘’" else "al-" + d
        out.append(d)
    return " ".join(out) if out else None
