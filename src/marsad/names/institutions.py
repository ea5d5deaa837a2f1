"""English names of Arabic institution names: a head noun + a complement put into English word by word.

مديرية صحة إدلب -> Idlib Health Directorate; شرطة بغداد -> Baghdad Police; وزارة الصحة العامة والسكان ->
Ministry of Public Health and Population; مكتب حقوق الإنسان بصعدة -> Saada Human Rights Office.
The head nouns and words are data (lang/ar/names.toml: institution_heads, institution_words); a place
in the complement takes its gazetteer name. A complement with a word nobody listed gives None, so the
caller falls back to transliteration.
"""

from __future__ import annotations

from marsad.memo import text_cache
from marsad.names.normalize import fold_arabic
from marsad.names.patterns import ar_patterns
from marsad.names.resolve import lookup


def _bare(word: str) -> str:
    f = fold_arabic(word)
    return f[2:] if f.startswith("ال") and len(f) > 3 else f


def _place(word: str) -> str | None:
    recs, _ = lookup(word)
    rec = recs[0] if recs else None
    return rec.canonical if rec is not None and rec.type == "place" else None


def _word(word: str) -> tuple[str, str] | None:
    """(kind, English) of one complement word: noun, adj, nat(ionality), place; None when unknown."""
    arp = ar_patterns()
    b = _bare(word)
    e = arp.inst_words.get(b)
    if e is None:
        p = _place(word)
        return ("place", p) if p else None
    if e.startswith("+"):
        return "adj", e[1:]
    if e.startswith("^"):
        return "nat", e[1:]
    return "noun", e


_HEAD_ADJ = {"عامه": "General", "عام": "General", "تنفيذيه": "Executive", "عليا": "Higher", "وطنيه": "National",
             "مركزيه": "Central", "دوليه": "International", "مستقله": "Independent", "فرعيه": "Sub-"}


def _definite_body(words: list[str]) -> str | None:
    """المديرية العامة للدفاع المدني -> General Directorate of Civil Defence: a definite head, its
    adjectives, then ل/لل + a complement of institution words."""
    arp = ar_patterns()
    head = fold_arabic(words[0])[2:]
    template = arp.inst_heads.get(head)
    if template is None or not template.startswith("{} "):
        return None
    adjs: list[str] = []
    k = 1
    while k < len(words) and fold_arabic(words[k]).startswith("ال"):
        a = _HEAD_ADJ.get(fold_arabic(words[k])[2:])
        if a is None:
            return None
        adjs.append(a)
        k += 1
    if k >= len(words) or not fold_arabic(words[k]).startswith("ل"):
        return None
    first = fold_arabic(words[k])
    rest = ["ال" + first[2:] if first.startswith("لل") else first[1:], *words[k + 1 :]]
    groups: list[list[str]] = []
    kinds: list[str] = []  # the kind of each group's noun
    for w in rest:
        got = _word(w)
        if got is None:
            return None
        kind, eng = got
        if kind == "adj" and groups:
            groups[-1].insert(0, eng)
        elif kind in ("noun", "place"):
            groups.append([eng])
            kinds.append(kind)
        else:
            return None
    if not groups:
        return None
    if len(groups) > 1 and kinds[-1] == "place" and len(groups[-1]) == 1:  # لصحة السليمانية: of Health in X
        name = " ".join([*adjs, template[3:], "of", _compound(groups[:-1]), "in", groups[-1][0]])
        return " ".join(name.replace("Sub- ", "Sub-").split())
    name = " ".join([*adjs, template[3:], "of", _compound(groups)]).replace("Sub- ", "Sub-")
    return " ".join(name.split())


@text_cache(20_000)
def translate_institution(arabic: str) -> str | None:
    """English name of an Arabic institution name, or None when a word of it is not known."""
    words = arabic.split()
    arp = ar_patterns()
    if len(words) < 2:
        return None
    if fold_arabic(words[0]).startswith("ال"):
        return _definite_body(words)
    template = arp.inst_heads.get(fold_arabic(words[0]))
    if template is None:
        return None
    groups: list[list[str]] = []  # each: adjectives..., noun (English order)
    joined: list[str] = []  # groups joined by "and", in Arabic order
    nationality: list[str] = []
    located: str | None = None
    skip_to = 0
    place_at: set[int] = set()  # word positions of places in the complement
    for i, w in enumerate(words[1:], 1):
        if i < skip_to:
            continue
        multi = next((k for k in (3, 2) if i + k <= len(words) and _word(w) is None
                      and _place(" ".join(words[i : i + k]))), 0)
        if multi:  # بلدية بنت جبيل: a place of several words
            groups.append([_place(" ".join(words[i : i + multi])) or ""])
            skip_to = i + multi
            place_at.add(i + multi - 1)
            continue
        f = fold_arabic(w)
        if f.startswith("وال") and len(f) > 4 and groups:
            got = _word(w[1:])
            if got is None or got[0] != "noun":
                return None
            joined.append(_compound(groups))
            groups = [[got[1]]]
            continue
        if f[:1] in "ب" and i == len(words) - 1 and len(f) > 3 and _place(w[1:]):
            located = _place(w[1:])
            continue
        got = _word(w)
        if got is None:
            return None
        kind, eng = got
        if kind == "adj":
            if not groups:
                return None
            if i - 1 in place_at:  # مستشفى جنين الحكومي: the adjective qualifies the head (Jenin Government Hospital)
                groups[-1].append(eng)
            else:
                groups[-1].insert(0, eng)
        elif kind == "nat":
            nationality.append(eng)
        elif kind == "place" and groups and groups[-1] == ["Governorate"]:
            groups[-1] = [eng]  # شرطة محافظة كركوك: Kirkuk Police, as wires name it
            place_at.add(i)
        else:
            groups.append([eng])
            if kind == "place":
                place_at.add(i)
    if groups:
        joined.append(_compound(groups))
    if not joined:
        return None
    complement = " and ".join(joined)
    name = template.replace("{}", complement)
    if located:
        name = f"{name} in {located}" if template.startswith(("Ministry", "Mission")) else f"{located} {name}"
    if nationality:
        name = f"{' '.join(nationality)} {name}"
    return " ".join(name.split())


def _compound(groups: list[list[str]]) -> str:
    """An Arabic construct chain (عمليات طوارئ الصحة) in English order (Health Emergency Operations)."""
    return " ".join(" ".join(g) for g in reversed(groups))
