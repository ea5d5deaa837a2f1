"""DIN 31635 romanisation of Arabic names, with ranked candidates.

Each word: clitics (wa-, bi-, li-) and the article (al-, assimilated before sun
letters: ad-Dīn, aš-Šām) are split off; the stem is vocalised from the lexicon
(lang/ar/names_lexicon.tsv), from derivations of lexicon words (nisba -ī,
-iyya, plurals -ūn/-īn), or by a fallback that reads the consonant skeleton
with default short vowels (syllables CaC, CāCiC, CīC / CayC by position).
Tā' marbūṭa is -a, and -at in construct (before a following word).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from marsad.memo import text_cache
from marsad.names.lexicon import ar_word_key, lexicon
from marsad.names.resolve import lookup

_CONS = {
    "ء": "’", "ب": "b", "ت": "t", "ث": "ṯ", "ج": "ǧ", "ح": "ḥ", "خ": "ḫ", "د": "d", "ذ": "ḏ",
    "ر": "r", "ز": "z", "س": "s", "ش": "š", "ص": "ṣ", "ض": "ḍ", "ط": "ṭ", "ظ": "ẓ", "ع": "‘",
    "غ": "ġ", "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "ؤ": "’",
    "ئ": "’", "گ": "g", "پ": "p", "چ": "č", "ڤ": "v", "ک": "k", "ژ": "ž",
}
SUN = set("تثدذرزسشصضطظلن")
_HARAKAT = {"\u064E": "a", "\u0650": "i", "\u064F": "u"}
_SUKUN, _SHADDA = "\u0652", "\u0651"
_STRIP = re.compile("[\u064B-\u064D\u0640\u0670]")  # tanwin, tatweel, dagger alif
_PARTICLES = {"في": "fī", "من": "min", "على": "‘alā", "عن": "‘an", "إلى": "ilā", "و": "wa-"}
_SMALL = {"ibn", "bin", "bint", "fī", "min", "‘alā", "‘an", "ilā"}


_WORD_GAPS = re.compile(r"[\s\u200c\u200f\u200e]+")


def cap(s: str) -> str:
    """Capitalise the first letter, skipping ayn and hamza marks."""
    for i, c in enumerate(s):
        if c.isalpha():
            return s[:i] + c.upper() + s[i + 1 :]
    return s


def _units(stem: str) -> list[tuple[str, str]]:
    """Letters -> units: ('C', consonant) | ('V', long vowel) | ('v', short vowel) | ('T', tā' marbūṭa)."""
    out: list[tuple[str, str]] = []
    s = unicodedata.normalize("NFC", _STRIP.sub("", stem))
    for i, ch in enumerate(s):
        if ch in _HARAKAT:
            out.append(("v", _HARAKAT[ch]))
        elif ch == _SUKUN:
            out.append(("0", ""))
        elif ch == _SHADDA:
            if out and out[-1][0] == "C":
                out.append(out[-1])
        elif ch in "أإآا" and i == 0:
            out.append(("I", {"إ": "i", "آ": "ā"}.get(ch, "a")))
        elif ch in "اى":
            out.append(("V", "ā"))
        elif ch in "أإآ":
            out.append(("C", "’"))
            if ch == "آ":
                out.append(("V", "ā"))
        elif ch == "ة":
            out.append(("T", "a"))
        elif ch in "وي":
            out.append(("W", ch))
        elif ch in _CONS:
            out.append(("C", _CONS[ch]))
    return out


def _resolve_glides(units: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Decide for each و / ي whether it is a consonant, a long vowel or a diphthong."""
    out: list[tuple[str, str]] = []
    n = len(units)
    for i, (k, v) in enumerate(units):
        if k != "W":
            out.append((k, v))
            continue
        cons, long_, diph = ("w", "ū", "aw") if v == "و" else ("y", "ī", "ay")
        prev = out[-1] if out else None
        nxt = units[i + 1] if i + 1 < n else None
        nxt2 = units[i + 2] if i + 2 < n else None
        if prev is not None and prev[0] == "I" and prev[1] in ("i", "u") and len(out) == 1 and nxt \
                and nxt[0] == "C" and (v == "ي") == (prev[1] == "i"):
            out[-1] = ("I", long_)  # إي -> ī, أو -> ū at the start of a word
        elif prev is None or prev[0] in ("V", "I", "v") or (nxt and nxt[0] in ("V", "v")):
            out.append(("C", cons))
        elif nxt is None:
            out.append(("V", long_))
        elif nxt[0] == "T" and v == "و" and len(out) >= 2 and out[-1][0] == "C" and out[-2][0] in ("C", "I"):
            out.append(("C", cons))  # C C وة: CaCwa (Qahwa, Marwa, Šabwa), not CaCūwwa
        elif nxt[0] == "T":  # -iyya / -ūwa; a short stem with a long vowel: -iya (Rābiya, Nāḥiya)
            out.append(("v", "i") if v == "ي" else ("V", long_))
            out.append(("C", cons))
            if not (v == "ي" and len(out) <= 5 and any(u[0] == "V" for u in out[:-2])):
                out.append(("C", cons))
        elif nxt[0] == "C" and nxt[1] == "’" and v == "ي":  # hay’a
            out.append(("D", diph))
        elif len(out) == 1 and nxt[0] == "C" and nxt2 is not None and nxt2[0] in ("C", "W"):
            out.append(("D", diph))
        else:
            out.append(("V", long_))
    return out


def _vocalise(units: list[tuple[str, str]], alt: bool = False,
              glides: list[tuple[str, str]] | None = None) -> str:
    """Insert default short vowels into a consonant skeleton (glides: _resolve_glides(units), when known)."""
    has_harakat = any(k in ("v", "0") for k, _ in units)
    units = _resolve_glides(units) if glides is None else glides
    s = []
    n = len(units)
    onset = True  # the next consonant opens a syllable
    for i, (k, v) in enumerate(units):
        nxt = units[i + 1] if i + 1 < n else None
        if k == "C":
            s.append(v)
            if has_harakat:
                continue
            if nxt is None:
                continue
            if nxt[0] in ("C", "D"):
                rest_cons = all(u[0] == "C" for u in units[i + 1 :])
                after_long = i >= 1 and units[i - 1][0] == "V"
                if onset or (rest_cons and len(units) - i - 1 == 1 and not alt) or (after_long and not alt):
                    vowel = "i" if (i >= 1 and units[i - 1][0] == "V" and units[i - 1][1] == "ā") else "a"
                    if nxt[0] == "D":
                        continue
                    s.append(vowel)
                    onset = False
                else:
                    onset = True
            else:
                onset = False
        elif k in ("V", "I", "v", "D", "T"):
            if k == "D" and s and s[-1] in "aiu":
                s.append(v[1:])
            else:
                s.append(v)
            onset = k != "D" and nxt is not None and nxt[0] == "C" and not (
                i + 2 < n and units[i + 2][0] == "C")
            if k in ("V", "I", "v"):
                onset = True if nxt and nxt[0] == "C" and (i + 2 >= n or units[i + 2][0] != "C") else onset
                if nxt and nxt[0] == "C" and i + 2 < n and units[i + 2][0] == "C":
                    onset = False
        elif k == "0":
            pass
    out = "".join(s)
    return out


_DIMINUTIVE = re.compile(r"^([^اىيةء])([^اىيةء])ي([^اويىةء])([ةهاى]?)$")


def _diminutive(stem: str) -> str | None:
    """The CuCayC(a) reading of a stem written C C ي C (Suhayla, Ḥumayd, Ǧufayna), an alternative to CaCīC."""
    m = _DIMINUTIVE.match(_STRIP.sub("", stem))
    if not m or any(c not in _CONS and c != "و" for c in m.group(1, 2, 3)):
        return None
    end = {"ة": "a", "ه": "a", "ا": "ā", "ى": "ā", "": ""}[m.group(4)]
    c1, c2, c3 = (_CONS.get(c, "w") for c in m.group(1, 2, 3))
    return f"{c1}u{c2}ay{c3}{end}"  # و is a consonant here: Šuwayḥa


def _fallback(stem: str) -> list[str]:
    units = _units(stem)
    if not units:
        return [stem]
    glides = _resolve_glides(units)  # one reading of the glides for both vocalisations
    a = _vocalise(units, glides=glides)
    b = _vocalise(units, alt=True, glides=glides)
    c = _diminutive(stem)
    if c and _STRIP.sub("", stem)[1:2] == "و":
        return list(dict.fromkeys([c, a, b]))  # C و ي C: Kuwayt, Nuwayra, Šuwayḥa (not Kūyat)
    g = _intensive(stem, a)
    return list(dict.fromkeys([a, b] + ([c] if c else []) + ([g] if g else [])))


_CACAC_READING = re.compile(r"^(.)a(.)ā(.)(a?)$")


def _intensive(stem: str, reading: str) -> str | None:
    """The CaCCāC(a) reading of a stem written C C ا C (Ḥaddād, Naǧǧār, Ḫayyāṭ), an alternative to CaCāC
    the English spelling of the name (Haddad, Attar) can pick; not for a glide (al-Bayyad: al-Bayāḍ)."""
    bare = _STRIP.sub("", stem)
    m = _CACAC_READING.match(reading)
    if len(bare) not in (4, 5) or bare[2:3] != "ا" or not m or m.group(2) in "‘’yw":  # Bayyad: a glide
        return None
    return f"{m.group(1)}a{m.group(2)}{m.group(2)}ā{m.group(3)}{m.group(4)}"


@text_cache(4096)
def stem_din(stem: str) -> tuple[str, ...]:
    """DIN candidates of one word without clitics or article, best first (lower case unless a name)."""
    lex = lexicon().by_arabic
    key = ar_word_key(stem)
    w = lex.get(key)
    if w:
        return (w.din,)
    # derivations of lexicon words and gazetteer places
    for suffix, add in (("ية", "iyya"), ("يه", "iyya"), ("يون", "iyyūn"), ("يين", "iyyīn"), ("ي", "ī"),
                        ("ون", "ūn"), ("ين", "īn"), ("ات", "āt")):
        if key.endswith(suffix) and len(key) >= len(suffix) + 3:
            base = key[: -len(suffix)]
            bw = (lex.get(base) or lex.get(base + "ي")) if suffix != "ي" else lex.get(base)
            if bw and suffix in ("ية", "يه", "يون", "يين") and bw.din.endswith("ī"):
                return (bw.din[:-1] + add,)
            if bw and suffix in ("ي", "ون", "ين", "ات"):
                d = bw.din[:-1] if bw.din.endswith("a") and suffix == "ات" else bw.din
                if base not in lex and d.endswith("ī"):
                    d = d[:-1]  # صابرين from the nisba صابري: Ṣābir + īn, not Ṣābirī + īn
                return (d + add,)
            pd = _place_din(base)
            if pd and suffix == "ي":
                return (pd + "ī",)
    pd = _place_din(key)
    if pd:
        return (pd,)
    return tuple(_fallback(stem))


@lru_cache(maxsize=1)
def _place_dins() -> dict[str, str]:
    """Arabic place names (without article) -> DIN stem, from the gazetteer's hand-entered rows."""
    from marsad.names.gazetteer import gazetteer

    out: dict[str, str] = {}
    for rec in gazetteer().records.values():
        if rec.type != "place":
            continue
        for ar, d in rec.ar.items():
            if d and " " not in ar.strip() and isinstance(d, str):
                k = ar_word_key(ar)
                d2 = d
                if k.startswith("ال") and "-" in d:
                    k, d2 = k[2:], d.split("-", 1)[1]
                out.setdefault(k, d2)
    return out


def _place_din(key: str) -> str | None:
    return _place_dins().get(key)


def _split(word: str) -> tuple[str, bool, str]:
    """(clitic DIN prefix, has article, stem)."""
    k = ar_word_key(word)
    clitic = ""
    stem = word
    # لل = li + article
    if k.startswith("لل") and len(k) > 3 and ar_word_key(k[1:]) not in lexicon().by_arabic:
        return "li-", True, _drop_letters(word, 2)
    if k.startswith("وال") and len(k) > 4:
        return "wa-", True, _drop_letters(word, 3)
    if k.startswith("بال") and len(k) > 4:
        return "bi-", True, _drop_letters(word, 3)
    if word[:1] in "إأآ":  # a hamza on the alif is no article: إلياس is Ilyās, not al- + ياس
        return clitic, False, stem
    if k.startswith("ال") and len(k) > 3:
        return clitic, True, _drop_letters(word, 2)
    if k.startswith("عبدال") and len(k) > 5:
        return "", False, word
    return clitic, False, stem


@lru_cache(maxsize=1)
def _place_nouns() -> frozenset[str]:
    """Folded place nouns (ولاية، محافظة، مدينة) from lang/ar/names.toml: ب + one of them is bi- + the noun."""
    from marsad.names.patterns import ar_patterns

    return ar_patterns().place_cues


def _drop_letters(word: str, n: int) -> str:
    """Drop the first `n` base letters of `word` (with their diacritics)."""
    seen = 0
    for i, c in enumerate(word):
        if not unicodedata.combining(c) and c != "\u0640":
            if seen == n:
                return word[i:]
            seen += 1
    return ""


def _article(stem: str, stem_rom: str) -> str:
    first = ar_word_key(stem)[:1]
    if first in SUN:
        return "a" + stem_rom[0].lower() + "-" if stem_rom[0] not in "‘’" else "al-"
    return "al-"


def _place_din(word: str) -> str | None:
    """DIN of a one-word gazetteer place (for a place after the clitic ب inside a name)."""
    recs, _ = lookup(word)
    rec = recs[0] if recs else None
    if rec is None or rec.type != "place":
        return None
    d = rec.ar.get(word) or rec.din
    return d if isinstance(d, str) and d else None


@text_cache(50_000)
def _plain_ha(stem: str) -> bool:
    """A name the lexicon writes with a final hā' (حمه, Ḥama), not a tā' marbūṭa: no construct -t."""
    w = lexicon().by_arabic.get(ar_word_key(stem))
    return w is not None and w.arabic.endswith("ه") and stem.rstrip("\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652").endswith("ه")


def _word_candidates(word: str, construct: bool) -> tuple[str, ...]:
    """DIN readings of one word of a name (in construct or not), best first."""
    return tuple(_word_readings(word, construct))


def _word_readings(word: str, construct: bool) -> list[str]:
    k = ar_word_key(word)
    if k in ("الله", "لله"):
        return ["Allāh"]
    if k in _PARTICLES:
        return [_PARTICLES[k]]
    if k.startswith("عبدال") and len(k) > 5:
        rest = _word_candidates(word[3:], construct)
        return ["‘Abd " + r for r in rest]
    if k in ("بن", "ابن"):
        return ["ibn"]
    if k[:1] == "ب" and len(k) > 3 and not k.startswith("بال"):
        place = _place_din(word[1:])
        if place:
            return ["bi-" + place]  # مكتب حقوق الإنسان بصعدة -> ... bi-Ṣa‘da
    clitic, definite, stem = _split(word)
    if k.startswith("ل") and not definite and len(k) > 3 and ar_word_key(k[1:]) in lexicon().by_arabic:
        clitic, stem = "li-", _drop_letters(word, 1)
    if k.startswith("و") and not definite and len(k) > 3 and ar_word_key(k[1:]) in lexicon().by_arabic:
        clitic, stem = "wa-", _drop_letters(word, 1)
    if k[:1] == "ب" and not definite and not clitic and len(k) > 4 and k[1:] in _place_nouns():
        clitic, stem = "bi-", _drop_letters(word, 1)  # بولاية X -> bi-Wilāyat X
    bare = "".join(c for c in word if not unicodedata.combining(c) and c != "\u0640")
    if not definite and not clitic and len(bare) > 3 and bare[0] in _HAMZA_CLITICS and bare[1] in "أإ":
        clitic, stem = _HAMZA_CLITICS[bare[0]], _drop_letters(word, 1)  # لإدارة -> li-Idāra: no stem starts so
    outs = []
    for rom in stem_din(stem):
        r = rom
        if construct and not definite and ar_word_key(stem).endswith("ه") and r.endswith("a") and not _plain_ha(stem):
            r = r + "t"
        r = cap(r)
        if definite and _HAS_ARTICLE.match(r):
            r = cap(r[r.index("-") + 1 :])  # the stem's reading came with its article (al-Lāḏiqiyya)
        if definite:
            art = _article(stem, r)
            if art != "al-":
                r = art + r
            else:
                r = "al-" + r
            if clitic == "li-":
                r = "li-" + r[r.index("-") - 1 :] if art != "al-" else "li-l-" + r[3:]
            elif clitic:
                r = clitic + r[r.index("-") - 1 :] if art != "al-" else clitic + "l-" + r[3:]
        elif clitic:
            r = clitic + r
        outs.append(r)
    return outs


_HAMZA_CLITICS = {"ل": "li-", "ب": "bi-", "و": "wa-"}
_IBN_HEADS = frozenset({"مستشفي", "مشفي", "مسجد", "جامع", "مدرسه", "جامعه", "شارع", "حي", "مخيم", "مركز", "مجمع",
                        "ساحه", "قاعه", "كليه", "معهد", "ثانويه", "مدينه", "دوار", "مطار", "ميناء"})
_CACAC = re.compile(r"^([^aāiīuū\s’‘]{1,2}|[‘’]?[A-ZĀĪŪḤṬṢḌẒḪĠŠǦṮḎ‘’][^aāiīuū\s]?)a([^aāiīuū\s]{1,2})a([^aāiīuū\s]{1,2})$")
_CACC = re.compile(r"^[^aāiīuū\s]{1,2}a[^aāiīuū\s]{1,2}[^aāiīuū\s]{1,2}$")
_HAS_ARTICLE = re.compile(r"^[Aa](?:l|[tṯdḏrzsšṣḍṭẓn])-")
_JOINED_HEADS = ("كفر", "دير")  # place-name heads often written joined to the name (كفرتخاريم)


def split_compounds(arabic: str) -> str:
    """Words written joined that are two in DIN and English: كفرتخاريم -> كفر تخاريم, عبدالرحمن -> عبد الرحمن."""
    out = []
    for w in arabic.split():
        k = ar_word_key(w)
        if k.startswith("عبدال") and len(k) > 6 and w.startswith("عبد"):
            out.extend((w[:3], w[3:]))
            continue
        if k.startswith("ابو") and len(k) >= 6 and k not in lexicon().by_arabic:
            out.extend((w[:3], w[3:]))  # أبوبكر، أبوظبي: a kunya written joined
            continue
        head = next((h for h in _JOINED_HEADS if k.startswith(h) and len(k) >= len(h) + 3), None)
        if head and k not in lexicon().by_arabic and w.startswith(head):
            out.extend((w[: len(head)], w[len(head) :]))
            continue
        out.append(w)
    return " ".join(out)


def romanize_din(arabic: str, limit: int = 4) -> list[str]:
    """DIN 31635 romanisations of an Arabic name, best first."""
    return list(_romanize_din(arabic, limit))


@text_cache(50_000)
def _romanize_din(arabic: str, limit: int) -> tuple[str, ...]:
    arabic = split_compounds(arabic)
    words = [w for w in _WORD_GAPS.split(arabic.strip()) if w]
    if not words:
        return ()
    per_word = []
    for i, w in enumerate(words):
        if w in ("–", "-", "—"):
            per_word.append([w])
            continue
        nxt = words[i + 1] if i + 1 < len(words) else None
        nk = ar_word_key(nxt) if nxt else ""
        raw_next = _STRIP.sub("", nxt or "").rstrip("\u064E\u064F\u0650\u0651\u0652")
        adjective = nk.startswith("ال") and raw_next.endswith("ي") and len(nk) > 4  # masculine nisba: no construct
        lw = lexicon().by_arabic.get(ar_word_key(w))
        given = lw is not None and lw.kind == "given"  # a personal name is never in construct
        construct = (nxt is not None and nxt not in ("–", "-", "—") and nk not in _PARTICLES and not adjective
                     and not given and nk not in ("بن", "ابن", "بنت"))
        cands = _word_candidates(w, construct) or [w]
        if nk == "الله" and not ar_word_key(w).startswith("عبد") and (lw is None or lw.kind != "word"):
            # X + Allāh (Ḥamd Allāh, Naṣr Allāh, Fatḥ Allāh): the first part is a CaCC noun, unless the
            # lexicon vocalises the word (Ḥasab Allāh)
            cands = [_CACAC.sub(r"\1a\2\3", c) for c in cands]
            cands = list(dict.fromkeys(sorted(cands, key=lambda c: not _CACC.match(c))))
        per_word.append(cands)
    for i, w in enumerate(words):  # ابن opening a name (ابن سينا، مستشفى ابن سينا) is capitalised: Ibn Sīnā
        if per_word[i][0] == "ibn" and ar_word_key(w) == "ابن" and (i == 0 or ar_word_key(words[i - 1]) in _IBN_HEADS):
            per_word[i] = ["Ibn"]
    # the best reading, then each word's alternatives one at a time: the first `limit` distinct ones
    out = dict.fromkeys([" ".join(c[0] for c in per_word)])
    for i, cands in enumerate(per_word):
        for alt in cands[1:]:
            if len(out) >= limit:
                return tuple(out)[:limit]  # (the readings after these are not returned)
            out.setdefault(" ".join(alt if j == i else c[0] for j, c in enumerate(per_word)))
    return tuple(out)[:limit]
