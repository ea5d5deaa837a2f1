"""Arabic attribution frames: VSO/SVO reporting verbs, complementisers, relays, بحسب, أما ... فـ."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from marsad.memo import remember_start, text_cache
from marsad.record import SourceLink, Span
from marsad.sources import regex as re
from marsad.sources.frames import (
    SHORT_QUOTE,
    TICKER_STAMP,
    Frame,
    is_weak,
    speaker_span,
    told_outlet,
    unquote_names,
)
from marsad.sources.lexicon import _AR_CLASSES, ar_alternation, ar_class, lang_data, norm_key, strip_ar
from marsad.sources.links import (
    LinkContext,
    _ar_bare_words,
    ar_words_may_be_known,
    is_place_phrase,
    make_link,
    resolve_name,
)

_AR_LETTER = "\u0621-\u064a\u0671-\u06d3"
_AR_TIME = r"(?:أمس|اليوم|مساء|صباح|فجر|ليل|الأحد|الاثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت|حينها|آنذاك)"
_AR_TITLE_START = re.compile(
    r"^(?:ال)?(?:مدير|رئيس|قائد|مسؤول|سفير|محافظ|المتحدث|الناطق|متحدث|ناطق|وزارة|هيئة|منظمة|مكتب|مركز|مديرية|لجنة)"
)
_AR_ANON_HEADS = {
    "مسؤول",
    "مصدر",
    "مصادر",
    "عامل",
    "مسؤولون",
    "ناشط",
    "طبيب",
    "مسؤولين",
    "ضابط",
    "مسعف",
    "ممرض",
    "ممرضة",
    "عضو",
    "أعضاء",
    # plurals: "مسعفون في مستشفى X لوكالة Y" (the place, then the medium told)
    "مسعفون",
    "مسعفين",
    "أطباء",
    "ناشطون",
    "ناشطين",
    "سكان",
    "شهود",
    # duals: "عن مصدرين في الشرطة" (two sources in the police)
    "مصدرين",
    "مصدران",
    "مسؤولان",
    "ضابطين",
    "ضابطان",
}


@cache
def _ar_patterns() -> dict[str, re.Pattern[str]]:
    d = lang_data("ar")
    cues, sp = d["cues"], d["speaker"]
    verbs = [*cues["say"], *cues["relay"], *cues["deny"], *cues.get("learn", []), *cues.get("stance", [])]
    verbs += cues.get("raise", []) + cues.get("went_so_far", [])
    nb = rf"(?<![{_AR_LETTER}])"
    na = rf"(?![{_AR_LETTER}\u064b-\u0652\u0640])"
    verb, according = ar_alternation(verbs), ar_alternation(cues["according"])
    if cues.get("say_marked"):  # "وبيّن": a verb only as written with its vowel marks (bare, "between")
        verb += "|" + "|".join(re.escape(w) for w in cues["say_marked"])
    participle, tally = ar_alternation(cues["participle"]), ar_alternation(cues.get("tally_nouns", []))
    comp = ar_alternation(sp["complementizers"])
    # a verb, an according preposition, a participle or a tally (the trigger's first branch)
    event = (
        rf"{nb}(?:[وف])?(?:(?:{verb})(?:ها|ه|هم|هما)?{na}|(?:{according})"
        rf"|(?:{participle})[\u064b-\u0652]*{na}|(?:{tally})\s+\S)"
    )
    return {
        "verb": re.compile(rf"{nb}(?:[وف])?(?P<w>{verb})(?:ها|ه|هم|هما)?{na}"),
        # a cue ends its word ("وفقد" is no "وفق") unless it ends in the clitic ل or runs on into "ما"
        "according": re.compile(rf"{nb}(?:[وف])?(?P<w>{according})(?:ـ)?(?:(?<=ل)|(?<=ـ)|(?=ما{na})|{na})"),
        "participle": re.compile(rf"{nb}(?:[وف])?(?P<w>{participle})[\u064b-\u0652]*{na}"),
        # anything that can open a frame: a verb, a preposition, a participle, a tally, أما, a colon
        "trigger": re.compile(rf"{event}|أما\s|:"),
        # where a verb, an according preposition, a participle or a tally may match (see `_scan`)
        "event": re.compile(event),
        "comp": re.compile(rf"(?:^|\s)(?:{comp}){na}|:"),
        # the same matches, read as the one at the text's start, then those opening on white space or
        # a colon (a pattern that opens with a character class: `re` skips to those characters)
        "comp_start": re.compile(rf"(?:{comp}){na}"),
        "comp_after": re.compile(rf"[\s:](?:(?<=:)|(?<=\s)(?:{comp}){na})"),
        "stop": re.compile(rf"(?:{ar_alternation(sp['stops'])})"),
        "told": re.compile(rf"\s(?:لـ|ل\s*[«“\"]|ل(?:{ar_alternation(sp['told_nouns'])}){na})"),
        "relay_in": re.compile(rf"{nb}(?:{ar_alternation(['نقلا عن', 'نقلاً عن'])})"),
        "particles": re.compile(rf"^(?:(?:[وف]?(?:{ar_alternation(sp['particles'])}))(?:\s+|،\s*))+"),
        "carried": re.compile(
            rf"{nb}(?:{ar_alternation(cues.get('carried', []))}){na}\s+(.{{2,60}}?)(?=\s*[،,]|\s(?:إن|أن|بأن)\s|\s(?:{ar_alternation(sp['stops'])}){na}|$)"
        ),
        "tally": re.compile(rf"{nb}(?:[وف]?(?:{tally}))\s+(?P<src>\S+(?:\s+\S+){{0,3}})"),
        "amma": re.compile(rf"(?:^|\s|،)أما\s+(.{{2,80}}?)[\s،,]+ف(?P<next>[{_AR_LETTER}\u064b-\u0652]+)"),
        "spoke_to": re.compile(r"^(.+?)\s+(?:تحدثوا|تحدث|تحدثت|قالوا|قال|قالت)\s+(ل.+)$"),
    }


# "طلب عدم ذكر اسمه": a verbal noun after عدم/دون is no reporting verb
_AR_NEG = re.compile(r"(?:دون أن|لم|لا|لن|ولم|ولا|بدون أن|عدم|دون)\s*$")


def _in_spans(i: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= i < b for a, b in spans)


_AR_TOLD_ASIDE = re.compile(
    r"،\s*(?:في|ضمن|خلال)\s+(?:تصريح|تصريحات|حديث|مقابلة|لقاء|اتصال)(?:\s+(?:خاص|خاصة|صحفي|صحفية|هاتفي|مقتضب|مقتضبة))?"
    r"\s+((?:لـ?|مع\s)\s*\S[^،]{1,60}?)\s*(?=،|$)"
)
# "... الخطيب في تصريح لـ«الأناضول» إن": the speech event closes the speaker before the complementiser
_AR_TOLD_TAIL_EVENT = re.compile(
    r"\s(?:في|خلال)\s+(?:تصريح|تصريحات|حديث|مقابلة|لقاء|اتصال)(?:\s+(?:خاص|خاصة|صحفي|صحفية|هاتفي|مقتضب|مقتضبة))?"
    r"\s+((?:لـ?|مع\s)\s*\S+(?:\s+[^\s،]+){0,3}?)\s*$"
)  # ("في اتصال هاتفي مع «الجزيرة نت»": the medium spoken with)
_AR_SPEECH_EVENT = re.compile(
    r"\s*(?:للصحفيين|للصحافيين|للصحافة|للإعلام|لوسائل\s+الإعلام|"
    r"(?:في|خلال)\s+(?:اتصال|مؤتمر|حديث|تصريح|تصريحات|مقابلة|بيان|كلمة|منشور|تغريدة|لقاء))"
)
_AR_TIME_LEAD = re.compile(rf"^(?:{_AR_TIME}\s+)+")
_AR_IN_ADVERB = re.compile(
    r"\s*(?:البداية|البدء|وقت\s+(?:سابق|لاحق|متأخر|مبكر)|حينه|المقابل|الأثناء|النهاية|ختام|مستهل|السياق)(?![\u0621-\u064a])"
)
_AR_LOCATIVE_GAP = re.compile(r"(?:في|من|داخل)\s+\S+(?:\s+\S+){0,2}")
_AR_DESC_ASIDE = re.compile(r"،\s*(?:وهو|وهي|وهم|وهما)\s[^،]{2,60}?(?=،)")
_AR_NAMED_ASIDE = re.compile(r"،\s*و?(?:يدعى|يُدعى|تدعى|تُدعى)\s+([^،]{2,40}?)\s*،?\s*$")


def _is_told_word(bare: str) -> bool:
    if bare.startswith("لل"):  # "للوكالة"، "للأناضول": ل + ال
        return bare.startswith(_told_prefixes_ll()) or _is_medium("ال" + bare[2:])
    return bare.startswith(_told_prefixes()) or _is_medium(bare[1:])


@cache
def _told_prefixes() -> tuple[str, ...]:
    """ل before each noun of a medium told ("لقناة"), without diacritics."""
    return tuple("ل" + strip_ar(n) for n in lang_data("ar").get("speaker", {}).get("told_nouns", []))


@cache
def _told_prefixes_ll() -> tuple[str, ...]:
    """لل (ل + ال) before each noun of a medium told ("للوكالة")."""
    return tuple("ل" + p for p in _told_prefixes())


def _told_first(spk: str, told: str) -> tuple[str, str]:
    """ "وقال للأناضول مصدر عسكري إن"، "وقال لـ«X» مدير المستشفى إن": (speaker, told medium) when the
    told medium comes right after the verb, before the speaker."""
    if spk and spk.startswith("ل") and not told:
        first, _, rest = spk.partition(" ")
        bare = strip_ar(first)
        if rest.strip() and _is_told_word(bare):
            return rest.strip(" ،"), ("ال" + first[2:] if first.startswith("لل") else first[1:])
        return spk, told
    if not spk and told and len(told.split()) >= 3:
        words = told.split()
        for k in range(min(3, len(words) - 1), 0, -1):
            if _is_medium(strip_ar(" ".join(words[:k]))):
                return " ".join(words[k:]).strip(" ،"), " ".join(words[:k])
    return spk, told


_OWN_ARM = re.compile(r"التابع(?:ة)?\s+(?:له|لها|لهم)(?:\s|[،,.]|$)")
_WHAT_CLAIMED = re.compile(
    r"(?:^|\s)ما\s+(?:روج|نشر|تداول|أورد|اورد|بث|زعم|ادع|أشاع|اشاع|تناقل)(?:ته|تها|ها|ه|وه|وها|تاه)\s+"
    r"([^،,.:]{2,40}?)\s+(?:عن|حول|بشأن|بخصوص)\s"
)
_GAVE_TOLL = re.compile(r"\s+(?:[^\s،,.]+\s+){0,5}?(?:ال)?حصيل")
_BRACKET_CREDIT = re.compile(r"[-–—]\s*\([^()]{2,25}\)\s*$")
_VIA_OWN_ARM = re.compile(r"\s*عبر\s+([^،,.]{2,40}?)\s+التابع(?:ة)?\s+(?:له|لها|لهم)(?=\s|[،,.]|$)")


def _tells_this_outlet(spk: str, protect: list[str]) -> int:
    """Where "لـ<this outlet>" ends a speaker phrase ("مصادر محلية للمرصد السوري"), else 0."""
    words = spk.split()
    keys = {norm_key(p) for p in protect}
    for k in range(1, len(words)):
        w = words[k]
        if not w.startswith("ل"):
            continue
        rest = " ".join(words[k:])
        bare = "ال" + rest[2:] if rest.startswith("لل") else re.sub(r"^لـ?\s*", "", rest)
        if norm_key(bare) in keys:
            return len(" ".join(words[:k])) + 1
    return 0


def _head_without_this_outlet(head: str, protect: list[str]) -> str:
    """ "مصدر أمني للجزيرة نت: ..." in the outlet's own live page: the speaker before "لـ<this outlet>"."""
    if not head or not protect or " ل" not in head:
        return head
    k = _tells_this_outlet(head, protect)
    return head[: k - 1].strip(" ،") if k > 1 else head


def _is_medium(word: str) -> bool:
    """A known outlet or agency named by one word ("سانا" in "قال X لسانا")."""
    if len(word) < 3:
        return False
    r = resolve_name(word, "ar")
    return r is not None and r[2] in ("outlet", "agency")


# a medium in guillemets closing a speaker phrase, not after an outlet noun ("قناة «X»" is the channel itself)


def _name_after_title(prev: list[str]) -> bool:
    """A title or honorific among the words just before (the name it opens may be unfinished)."""
    titles = _ar_titles()
    honorific = _ar_bare_words("titles", "honorific")
    return any(strip_ar(x) in titles or strip_ar(x) in honorific for x in prev)


def _title_name_runs_on(prev: list[str], tok: str) -> bool:
    """ "مدير مكتب الصحة في مديرية X الدكتور نبيل صالح Y": a name of up to three words after its title runs on
    past the speaker's word limit (`prev`: the three words before `tok`; a comma ends the name)."""
    if not _name_after_title(prev[-3:]) or any(x.endswith(("،", ",")) for x in prev[1:]):
        return False
    at = max(i for i, x in enumerate(prev) if _name_after_title([x]))
    return at < len(prev) - 1 and not tok.startswith(("ل", "ب", "و")) and not _name_after_title(prev[at + 1 :])


def _ar_bare_told(spk: str) -> tuple[str, str]:
    """(speaker, told medium) for an unnamed source followed by a bare medium: "أفاد به مسؤول محلي «X»"."""
    words = spk.strip(" .،,").split()
    if len(words) < 3 or strip_ar(words[0]) not in _AR_ANON_HEADS:
        return spk, ""
    for k in (1, 2, 3):
        if len(words) - k < 2:
            break
        tail = " ".join(words[-k:])
        if _is_medium(strip_ar(tail)):
            return " ".join(words[:-k]), tail
    return spk, ""


_AR_AFFILIATION = {"التابع", "التابعة", "الموالي", "الموالية", "المقرب", "المقربة", "التابعين", "الموالين"}

_AR_ANONYMITY = re.compile(
    r"،?\s*(?:[وف]?(?:طلب|طلبت|طلبوا|فضل|فضلت|فضلوا|رفض|رفضت|رفضوا|اشترط|اشترطت|مفضلا|مفضلة|طالبا))\s+"
    r"(?:عدم\s+)?(?:الكشف|ذكر|نشر|كشف)(?:\s.*)?$"
)


@cache
def _object_sets() -> tuple[frozenset[str], frozenset[str]]:
    sp = lang_data("ar").get("speaker", {})
    return (
        frozenset(strip_ar(w) for w in sp.get("objects", [])),
        frozenset(strip_ar(w) for w in sp.get("kin_heads", [])),
    )


def is_object_noun(word: str, prev: str) -> bool:
    """A casualty noun that is a verb's object, not part of a speaker ("الجرحى" but not "أقارب الضحايا")."""
    objects, kin = _object_sets()
    return strip_ar(word).strip("،,") in objects and strip_ar(prev).removeprefix("و") not in kin


@cache
def _ar_titles() -> frozenset[str]:
    return frozenset(strip_ar(t) for t in lang_data("ar").get("titles", {}).get("person", []))


def _ends_known_name(text: str) -> bool:
    """Does a known body's name end here ("الوكالة الوطنية للإعلام": its last word is no stop)?"""
    words = text.split()
    for k in range(2, min(5, len(words)) + 1):
        if not ar_words_may_be_known(words[-k:]):
            continue
        r = resolve_name(" ".join(words[-k:]), "ar")
        if r is not None and r[2] != "place":
            return True
    return False


@cache
def _stop_keys() -> frozenset[str]:
    """The speaker stops as `pats["stop"]` matches them in text without marks: by spelling class
    (a stop written with a mark needs that mark, so it matches no such text)."""
    marks = re.compile(r"[\u064b-\u0652\u0670\u0640]")
    return frozenset(
        "".join(ar_class(c) for c in w) for w in lang_data("ar")["speaker"]["stops"] if not marks.search(w)
    )


def _known_runs_on(before: str, after: str) -> bool:
    """ "بعثة الأمم المتحدة في ليبيا": does a known name run on over في (the place is part of it)?"""
    from marsad.sources.lexicon import lookup_known
    bw, aw = before.split()[-4:], after.split()[:2]
    if not bw or not aw:
        return False
    for i in range(len(bw)):
        for j in (1, 2):
            if j <= len(aw):
                r = resolve_name(" ".join([*bw[i:], "في", *aw[:j]]), "ar")
                if r is not None and r[2] not in ("place", "person"):
                    return True
                if lookup_known(" ".join([*bw[i:], "في", *aw[:j]]).strip("،,")):
                    return True  # "هيئة الإغاثة في السودان، في منشور،": a known source's name (before a comma)
    return False


@cache
def _topic_words() -> frozenset[str]:
    return frozenset(strip_ar(h) for h in lang_data("ar")["speaker"].get("topic_heads", []))


def _topic_head(head: str) -> bool:
    """Does a headline prefix open with an event noun ("مجزرة"، "الهجوم على")? Then it names no speaker."""
    first = strip_ar(head.split(maxsplit=1)[0]) if head.strip() else ""
    return first in _topic_words() or (first.startswith("ال") and first[2:] in _topic_words())


@cache
def _body_heads() -> frozenset[str]:
    return frozenset(strip_ar(h) for h in lang_data("ar")["speaker"].get("body_heads", []))


def _body_head_next(region: str, at: int) -> bool:
    """ "المستشار في قوات X فلان": does a body's head noun follow (a role in a body, not "في بيان")?"""
    nxt = region[at:].split(maxsplit=1)
    return bool(nxt) and strip_ar(nxt[0]).strip("،,") in _body_heads()


def _is_stop(bare: str) -> bool:
    """`pats["stop"].fullmatch(bare)` for a word without marks (see `strip_ar`), by a set look-up."""
    return bare.translate(_AR_CLASS_TABLE) in _stop_keys()


_AR_CLASS_TABLE = str.maketrans(_AR_CLASSES)


def _comp_finditer(text: str, pats: dict[str, re.Pattern[str]]) -> Iterator[re.Match[str]]:
    """What `pats["comp"].finditer(text)` finds: a complementiser at the start, then the matches that
    open on white space or a colon (the pattern's `^` holds at the start only)."""
    first = pats["comp_start"].match(text)
    if first is not None:
        yield first
    yield from pats["comp_after"].finditer(text, first.end() if first is not None else 0)


_REPORT_NOUNS = frozenset({"أنباء", "الأنباء", "أنباءً", "ادعاءات", "الادعاءات", "مزاعم", "المزاعم"})
_LIST_NOUNS = frozenset({"أسماء", "قائمة", "قوائم", "صور"})


def _casualty_next(region: str, at: int) -> bool:
    """Is the word after `at` a casualty noun ("أسماء القتلى"، "قائمة الضحايا")?"""
    nxt = region[at:].split(maxsplit=1)
    return bool(nxt) and strip_ar(nxt[0]).strip("،,") in _object_sets()[0]


def _ar_speaker_after(
    s: str, pos: int, quoted: list[tuple[int, int]] | None = None, protect: list[str] | None = None
) -> tuple[str, int, bool, str]:
    """(speaker text, end offset in s, delimited, told-object) after a verb at pos."""
    pats = _ar_patterns()
    quoted = quoted or []
    rest = s[pos:]
    seg_end = len(rest)
    ended_comp = False
    for cm in _comp_finditer(rest, pats):
        if _in_spans(pos + cm.start() + 1, quoted):
            continue
        if "صادر" in rest[max(0, cm.start() - 8) : cm.start()] and re.search(
            r"(?:^|\s)(?:ال)?صادر(?:ة)?\s*$", rest[: cm.start() + 1]
        ):
            continue  # "بيان صادر عن الجيش": the statement's author follows عن
        seg_end, ended_comp = cm.start(), True
        break
    rm = pats["relay_in"].search(rest)
    if rm and rm.start() < seg_end:
        seg_end, ended_comp = rm.start(), True
    region = rest[:seg_end]
    # asides between the speaker and its verb's complement, blanked in place (offsets kept):
    # "، في تصريح لقناة X،" names the medium told; "، وهو من سكان الحي،" describes the speaker
    told_aside = ""
    am = _AR_TOLD_ASIDE.search(region) if "،" in region else None
    if am is None and ("في" in region or "خلال" in region):  # (what the tail pattern needs)
        am = _AR_TOLD_TAIL_EVENT.search(region)
    if am:
        told_aside = am.group(1).strip()
        region = region[: am.start()] + " " * (am.end() - am.start()) + region[am.end() :]
    for dm in _AR_DESC_ASIDE.finditer(region):
        region = region[: dm.start()] + " " * (dm.end() - dm.start()) + region[dm.end() :]
    nm = _AR_NAMED_ASIDE.search(region) if "دعى" in region and ended_comp else None
    if nm:  # "قال أحد الباعة، ويدعى X Y، إن": the name the aside gives is the speaker
        region = " " * nm.start(1) + nm.group(1) + " " * (len(region) - nm.end(1))
    skip_to = 0
    for name in (protect or []) if region.lstrip().startswith("مراسل") else ():  # (what the pattern opens with)
        pm = re.match(rf"^\s*(?:مراسل|مراسلة)\s+{ar_alternation([name])}", region)
        if pm:
            skip_to = max(skip_to, pm.end())
    cut = len(region)
    n = 0
    prev = ""
    had_comma = False
    title_start = _AR_TITLE_START.match(region.lstrip())
    first_word = region.split(maxsplit=1)[0] if region.strip() else ""
    role_first = strip_ar(first_word).removeprefix("و") in _ar_titles()
    appos_at = 0
    named_at = 0  # "وزير الصحة في إقليم X سالم Y": the word where the role's person begins
    role_word = role_first or strip_ar(first_word) in _ar_titles()  # (وزير: its و is no conjunction)
    heads_before = False  # an anonymous head among the words before this one (read up to the 4th)
    for w in _NON_SPACE.finditer(region):
        n += 1
        tok = w.group(0)
        if n > 1 and tok == "الركن" and strip_ar(prev) in _ar_titles():
            n -= 1  # "العميد الركن X": the staff rank's second word counts with its title
            prev = tok
            continue
        anon_head_seen = n <= 4 and heads_before
        if n < 4 and not heads_before:
            heads_before = strip_ar(tok) in _AR_ANON_HEADS
        if w.start() < skip_to:
            prev = tok
            continue
        bare = strip_ar(tok).strip("،,")
        titled = n > 2 and title_start
        if n > 1 and pats["participle"].fullmatch(tok.strip("،,")):
            cut = w.start()  # "أدان X الهجوم، مؤكداً": a participle continues the verb, never a name
            break
        if n > 1 and is_object_noun(bare, prev):
            cut = w.start()  # "تفقد الوزير الجرحى": the object is no part of the speaker
            break
        if n > 1 and bare in _REPORT_NOUNS and not strip_ar(prev).endswith(("وكالة", "وكالات")):
            cut = w.start()  # "نفى فلان أنباء عن ...": the reports denied are the object (round 16)
            break
        if n > 1 and bare in _LIST_NOUNS and _casualty_next(region, w.end()):
            cut = w.start()  # "نشرت عائلات الضحايا أسماء القتلى": the list published is the object (round 16)
            break
        if bare == "في" and n > 1 and _AR_IN_ADVERB.match(region, w.end()):
            cut = w.start()  # "أعلنت مديرية الصحة في البداية ...": an adverb of time, no part of the name
            break
        if (
            _is_stop(bare)
            and not (bare in ("في", "لدى") and (strip_ar(prev) in _AR_ANON_HEADS or titled or anon_head_seen))
            and not (bare == "في" and n == 2 and role_first and _body_head_next(region, w.end()))
            and not (bare == "في" and n >= 2 and _known_runs_on(region[: w.start()], region[w.end() :]))
            and not (bare == "في" and role_word and 2 <= n <= 4 and (named_at := _given_name_ahead(region, w.end(), n)))
            and not _ends_known_name(region[: w.end()])
            and not (bare in ("علي", "على") and strip_ar(prev).removeprefix("و") in _ar_titles())
            and not (tok.strip("،,") == "علي" and _is_given_name(prev))
        ):  # "المقدم علي X"، "أحمد علي X": after a title or a given name, علي is the name Ali
            cut = w.start()
            break
        if n > 2 and bare.startswith("ل") and strip_ar(prev) in _AR_AFFILIATION:
            prev = tok  # "تنظيم X التابع لـ«Y»": an affiliation, not a told medium
            continue
        if n > 1 and (tok.startswith("لـ") or bare.startswith("ل") and _is_told_word(bare)):
            # "... لـ«الميادين»، ..." / "لقناة X الصينية إن": the told outlet ends at the next comma
            pm = re.search(r"[،,.]", region[w.start() :])
            if pm:
                cut = w.start() + pm.start()
            break
        if tok.endswith(("،", ",")):
            had_comma = True
        if prev.endswith("،") and role_first and _opens_name(tok):
            appos_at = n  # "نفى المستشار X لقوات Y، عمر Z، ...": the role's name between commas
        if n >= (9 if ended_comp else 6) and not (
            n < 8 and not ended_comp and _name_after_title(region[: w.start()].split()[-1:])
        ) and not (appos_at and n < appos_at + 4 and not prev.endswith("،")) and not (named_at and n < named_at + 3) \
                and not (n < 12 and _title_name_runs_on(region[: w.start()].split()[-3:], tok)):
            # "... الدكتور وليد X" without a complementiser: the name runs on after its title
            cut = w.end()
            break
        prev = tok
    if cut < len(region):
        # "قال X، الدكتور Y، لمراسل Z، إن": only the told medium's comma before the complementiser
        ended_comp = ended_comp and region[cut:].strip(" ،,") == ""
        seg_end = cut
    region = region[:cut]
    segs = region.split("،")
    keep = [segs[0]]
    for sg in segs[1:]:
        sgs = sg.strip()
        if not sgs:
            continue
        if (
            pats["stop"].match(strip_ar(sgs))
            or len(sgs.split()) > 4
            or not ended_comp
            and not (appos_at and 2 <= len(sgs.split()) <= 4 and _opens_name(sgs.split()[0]))
            or re.match(r"^(?:وهو|وهي|وهم|الذي|التي|الذين)\s", sgs)
        ):
            break
        keep.append(sgs)
    spk = "، ".join(x.strip() for x in keep if x.strip())
    told = ""
    tm = next(
        (
            m
            for m in pats["told"].finditer(" " + spk)
            if not (" " + spk)[: m.start()].split() or strip_ar((" " + spk)[: m.start()].split()[-1]) not in _AR_AFFILIATION
        ),
        None,
    )  # "تنظيم X التابع لـ«Y»": an affiliation, not a told medium
    last = spk.split()[-1] if len(spk.split()) > 1 else ""
    pair = " ".join(spk.split()[-2:]) if len(spk.split()) > 2 else ""
    if not tm and last.startswith("ل") and _is_medium(strip_ar(last)[1:]):
        told, spk = last[1:], spk[: spk.rfind(last)].strip()  # "قال X لسانا": X told that medium
    elif not tm and pair.startswith("ل") and _is_medium(strip_ar(pair)[1:]):
        told, spk = pair[1:], spk[: spk.rfind(pair)].strip()  # "قال X لفرانس برس": a medium of two words
    elif not tm and protect and " ل" in " " + spk and _tells_this_outlet(spk, protect):
        # "أفادت مصادر محلية للمرصد السوري بأن": sources telling this outlet (its own sources)
        at = _tells_this_outlet(spk, protect)
        rest = spk[at:].strip()
        told = "ال" + rest[2:] if rest.startswith("لل") else re.sub(r"^لـ?\s*", "", rest)
        spk = spk[:at].strip()
    elif tm:
        told = re.sub(r"^ل(?:ـ)?\s*", "", (" " + spk)[tm.start() :].strip())
        spk = (" " + spk)[: tm.start()].strip()
        spk = re.sub(r"\s+(?:تحدثوا|تحدث|تحدثت|قالوا|قال|قالت|صرح|صرحوا)$", "", spk)
    if not told and "،" in spk:
        # "رئيس البلدية، أحمد X، للوكالة الوطنية إن": a comma part opened by a told medium
        parts = [p.strip() for p in spk.split("،")]
        for i, part in enumerate(parts[1:], 1):
            fw = part.split()[0] if part.split() else ""
            if fw.startswith("ل") and _is_told_word(strip_ar(fw)):
                told = "ال" + part[2:] if part.startswith("لل") else re.sub(r"^لـ?\s*", "", part)
                spk = "، ".join(parts[:i])
                break
    if not told:
        spk, told = _ar_bare_told(spk)
    if not told and len(spk.split()) >= 2 and strip_ar(spk.split()[-1]) in _AR_TOLD_BODIES:
        lw = spk.split()[-1]  # "وقال أحد الناجين للمنظمة إن": told the body the report is about (round 17)
        told, spk = "ال" + lw[2:], spk[: spk.rfind(lw)].strip()
    if not told and told_aside:
        told = re.sub(r"^(?:ل(?:ـ)?|مع\s)\s*", "", told_aside)
    spk = _AR_TIME_LEAD.sub("", spk)
    delimited = ended_comp or (had_comma and len(segs) > 1 and len(segs[0].split()) <= 4)
    sw = spk.split()
    if not delimited and len(sw) >= 2 and not sw[0].startswith("ال") and cut < len(rest) and _AR_SPEECH_EVENT.match(rest, cut):
        delimited = True  # "قال أحمد X للصحفيين"، "في مؤتمر صحفي": the speech event closes a name (not "القيادة")
    spk = _AR_ANONYMITY.sub("", spk)  # "مصدر أمني، طلب عدم الكشف عن اسمه،": no part of the name
    if "عام" in spk or "سن" in spk:
        spk = _AR_AGE_ASIDE.sub(" ", spk)  # "أم خالد X (35 عاماً)"، "X، 40 عاماً،": the age is no part of the name
    return spk.strip(' ،.,:؛!؟"«»“”'), pos + seg_end, delimited, told


_AR_AGE_ASIDE = re.compile(
    r"\s*[(،,]\s*(?:العمر\s+)?[\d\u0660-\u0669]{1,3}\s*(?:عاماً|عامًا|عاما|عام|سنوات|سنة|سنه)\s*[)،,]?"
)


def _ar_subject_before(s: str, pos: int) -> tuple[str, int] | None:
    """The noun phrase before a verb at pos (SVO: "ومراسلة الميادين تؤكد", "وكان المرصد قد وثّق")."""
    pre = s[:pos].rstrip()
    if pre.endswith("قد") and (len(pre) == 2 or pre[-3].isspace()):  # "وكان المرصد قد وثّق"
        pre = pre[:-3].rstrip()
    k = max(pre.rfind(c) for c in "،,.:؛)(")
    cand = pre[k + 1 :]
    lead = len(cand) - len(cand.lstrip())
    start = k + 1 + lead
    cand = cand.strip()
    for conj in ("فيما ", "بينما ", "في حين ", "حيث ", "أن ", "إن ", "لكن "):
        j = cand.rfind(conj)
        if j >= 0:
            start += j + len(conj)
            cand = cand[j + len(conj) :]
    pm = _ar_patterns()["particles"].match(cand + " ")
    if pm:
        start += min(pm.end(), len(cand))
        cand = cand[pm.end() :] if pm.end() <= len(cand) else ""
    rv = cand.split(" ", 1)
    if len(rv) == 2 and strip_ar(rv[0]).lstrip("و") in _ar_bare_words("speaker", "renew_verbs"):
        # "جدد الحوثيون نفيهم": the verb that renews the denial is no part of its subject
        start += len(rv[0]) + 1
        cand = rv[1].strip()
    if not cand or len(cand.split()) > 8:
        return None
    return cand, start


def _ar_strong(text: str, ctx: LinkContext, span: Span | None) -> SourceLink | None:
    """A non-weak link for `text`, trying it without a leading و as well (the more specific wins)."""
    found: list[SourceLink] = []
    for t in (text, text[1:] if text.startswith("و") and len(text) > 2 else ""):
        if not t:
            continue
        lk = make_link(t, "ar", ctx, span)
        if lk is not None and not is_weak(lk):
            found.append(lk)
    specific = [lk for lk in found if not lk.rule.endswith(".known.part")]
    return (specific or found or [None])[0]


_AR_TOLD_TAIL = re.compile(
    rf"(?:\s+(?:يوم|مساء|صباح|ظهر|فجر|ليلة|خلال|في|عبر|على)?\s*{_AR_TIME}(?:\s+\S+)?|\s+(?:الإعلامية|الاعلامية|الإخبارية|الاخبارية|الفضائية|التلفزيونية|الإذاعية))+$"
)


def _is_given_name(word: str) -> bool:
    """Is `word` a personal given name of the names lexicon ("أحمد"، "محمد")?"""
    from marsad.names.normalize import fold_arabic
    from marsad.names.patterns import ar_patterns

    given = ar_patterns().given
    return bool(word) and not word.startswith("ال") and (word in given or fold_arabic(word) in given)


def _given_name_ahead(region: str, at: int, n: int) -> int:
    """ "وزير الصحة في إقليم الشرق سالم Y": the word count where a given name (with a word after it)
    follows a role's place within 4 words, else 0."""
    words = region[at:].split()[:6]
    for i, w in enumerate(words[1:5], 1):
        if i + 1 < len(words) and _is_given_name(w.strip("،,")):
            return n + i + 1
        if w.endswith(("،", ",")) or _is_stop(strip_ar(w)):
            return 0
    return 0


def _opens_name(word: str) -> bool:
    """A given name or an honorific ("الدكتور") that opens a person's name."""
    honorific = _ar_bare_words("titles", "honorific")
    return strip_ar(word) in honorific or _is_given_name(word)


_AR_LOCAL_MEDIA = re.compile(r"\s*،?\s*لوسائل\s+(?:إعلام\s+محلية|الإعلام\s+المحلية)(?=[\s،,.]|$)")


def _ar_local_media(s: str, at: int) -> SourceLink | None:
    """ "قال مسؤول في المستشفى لوسائل إعلام محلية": the local media told are a link (as "told local media")."""
    m = _AR_LOCAL_MEDIA.match(s, at)
    if m is None:
        return None
    return SourceLink(name="local media", aliases=[m.group(0).strip(" ،")[1:]], kind="outlet", rule="ar.local_media")


_AR_TOLD_BODIES = frozenset({"للمنظمة", "للهيئة", "للوزارة", "للمفوضية", "للبعثة", "للشبكة"})


def _told_body(noun: str, ctx: LinkContext) -> SourceLink | None:
    """ "للمنظمة": the latest body met whose name holds that noun ("منظمة العفو الدولية"), else None."""
    for link in reversed(ctx.seen):
        if link.kind == "org" and not is_weak(link) and any(noun in strip_ar(n) for n in link.names()):
            return link
    return None


def _ar_told(told: str, ctx: LinkContext) -> SourceLink | None:
    """The outlet a speaker told ("لشبكة X الإعلامية يوم الاثنين" -> X), None for this outlet."""
    told = _AR_TOLD_TAIL.sub("", told.strip(" ،,.")).strip()  # no date or media adjective in a name
    if not told:
        return None
    if strip_ar(told).startswith("ال") and "لل" + strip_ar(told)[2:] in _AR_TOLD_BODIES:
        return _told_body(strip_ar(told)[2:], ctx)  # "للمنظمة": the body the report is about (round 17)
    selfo = _ar_bare_words("speaker", "self_objects")
    if strip_ar("ل" + told) in selfo or strip_ar(told) in selfo:
        return None
    return told_outlet(told, "ar", ctx)


@cache
def _cue_sets() -> tuple[frozenset[str], ...]:
    """Bare forms of the relay, learn, deny, stance, raise and went-so-far verbs, built once."""
    cues = lang_data("ar")["cues"]
    return tuple(
        frozenset(strip_ar(w) for w in cues.get(k, []))
        for k in ("relay", "learn", "deny", "stance", "raise", "went_so_far")
    )


@cache
def _anaphors() -> frozenset[str]:
    return frozenset(strip_ar(a) for a in lang_data("ar")["speaker"]["anaphors"])


_SPOKES_OF_IT = re.compile(r"(?:ال)?(?:متحدث|ناطق)[ةه]?(?:\s+(?:الرسمي|الرسميه|العسكري))?\s+باسم(?:ها|ه|هم|هما)")
_AR_NOTED = re.compile(r"[وف]?يذكر\s+(?:أن|ان|بأن)\s")
_SAME = re.compile(r"^(ال\S+)(?:\s+ال\S+)?\s+(?:ذاتها|ذاته|ذاتهم|نفسها|نفسه|نفسهم|أنفسهم)$")


def _anaphor(sp_txt: str) -> str:
    """ "المصادر"، "المصادر الطبية ذاتها" (the same medical sources): the anaphor's head word, else ""."""
    bare = strip_ar(sp_txt)
    if bare in _anaphors():
        return bare
    if "باسم" in bare and _SPOKES_OF_IT.fullmatch(bare):
        return "هي"  # "المتحدث باسمها" (its spokesman): the body named before
    sm = _SAME.match(bare) if "ذات" in bare or "نفس" in bare else None
    return sm.group(1) if sm and sm.group(1) in _anaphors() else ""


def _svo_link(before: tuple[str, int] | None, offset: int, ctx: LinkContext) -> SourceLink | None:
    if before is None:
        return None
    return _ar_strong(before[0], ctx, speaker_span(offset + before[1], offset + before[1] + len(before[0])))


_AR_BI = re.compile(r"\s*بـ?")
_AR_TELL = {"أبلغ", "أبلغت", "أبلغوا", "أخبر", "أخبرت", "ابلغ", "ابلغت", "اخبر", "اخبرت"}  # verbs whose object is the one told (bare)
# a carrying verb's object then "إلى": "نُقل معظمهم إلى"، "نقلت بعض المصابين إلى"، "نقلهم إلى"
_AR_CARRIED_TO = re.compile(r"(?:ه|ها|هم|هن)?\s+(?:\S+\s+){0,2}?(?:إلى|الى)\s(?!جانب)")
_AR_SPACE_AL = re.compile(r"\s+ال")
_NON_SPACE = re.compile(r"\S+")


def _ends_with_ma(s: str, pos: int) -> bool:
    """Does s[:pos] end with the word ما (then white space only)? (`(?:^|\\s)ما\\s*$`)"""
    pre = s[:pos].rstrip()
    return pre.endswith("ما") and (len(pre) == 2 or pre[-3].isspace())


# "المصدر: ..."، "١٠:٤٠ | X: ...": a speaker heading the sentence before a colon
_AR_HEAD_COLON = re.compile(r"^\s*(?:" + TICKER_STAMP + r")?([^:\n]{2,50}?)\s*:\s+\S")


_SCANNED = ("tally", "verb", "according", "participle")


def trigger_search(s: str) -> re.Match[str] | None:
    """The first match in `s` of what can open a frame (`_ar_patterns()["trigger"]`), or None."""
    # (recent texts only: a sentence's frames are read right after its test)
    return remember_start(_first_trigger(), s, _ar_patterns()["trigger"].search(s))


@text_cache(1)
def _first_trigger() -> dict[str, int]:
    """Where the texts `trigger_search` read lately have their first trigger (-1: none); a text cache.

    The trigger pattern is the event pattern or more (`أما`, a colon), so no event starts before it."""
    return {}


def _scan(s: str, pats: dict[str, re.Pattern[str]]) -> tuple[list[re.Match[str]], list[tuple[int, str, re.Match[str]]]]:
    """The tally matches of `s`, and its verb, according and participle matches as (start, kind,
    match) by start (verbs first at one start, then according, then participles): what each kind's
    `finditer` finds, read in one pass. `pats["event"]` matches wherever one of the kinds does, so
    it visits every start any kind matches at, in order; there each kind is matched unless its
    previous match still covers the start (`finditer`'s matches do not overlap)."""
    tallies: list[re.Match[str]] = []
    events: list[tuple[int, str, re.Match[str]]] = []
    free = dict.fromkeys(_SCANNED, 0)  # where each kind's next match may start
    search = pats["event"].search
    first = _first_trigger().get(s, 0)  # (no event before the text's first trigger, none without one)
    m = search(s, first) if first >= 0 else None
    while m is not None:
        at = m.start()
        for kind in _SCANNED:
            if at >= free[kind]:
                km = pats[kind].match(s, at)
                if km is not None:
                    free[kind] = km.end()
                    if kind == "tally":
                        tallies.append(km)
                    else:
                        events.append((at, kind, km))
        m = search(s, at + 1)
    return tallies, events


def _hasab_name(s: str, km: re.Match[str]) -> bool:
    """Is this حسب the first word of a name ("حسب الرسول"، "حسب الله")?"""
    return km.group("w") == "حسب" and s.startswith(("الرسول", "الله"), km.end() + 1)


def ar_frames(s: str, offset: int, ctx: LinkContext) -> list[Frame]:
    """Frames of an Arabic sentence `s` starting at absolute `offset`."""
    pats = _ar_patterns()
    quoted = [(m.start(), m.end()) for m in SHORT_QUOTE.finditer(s)]
    s = unquote_names(s)
    relay, learn, deny, stance, raise_, went = _cue_sets()
    protect = ctx.outlet.names() if ctx.outlet else []
    frames: list[Frame] = []
    consumed_to = 0
    hm = _AR_HEAD_COLON.match(s) if ":" in s else None  # (the pattern needs a colon)
    if hm and not re.search(r"[\d٠-٩]:", s[hm.start(1) : hm.end()]):
        head = re.split(r"[|•▸]", hm.group(1))[-1].strip()
        vm = pats["verb"].search(head)
        if vm and vm.end() == len(head.rstrip()):  # "البنتاغون يعترف: ..."
            head = head[: vm.start()].strip()
        elif vm:
            head = ""
        head = _head_without_this_outlet(head, protect)
        if (
            head
            and strip_ar(head) not in ("عاجل", "المصدر", "صورة", "مواضيع ذات صلة", "اقرأ أيضا", "تحديث")
            and not is_place_phrase(head, "ar")  # "حمص: مقتل ..."، "ريف إدلب: ...": a place prefix
            and not _topic_head(head)  # "مجزرة جديدة لقوات X في Y: ...": the event, not a speaker
            and not is_place_phrase(
                re.split(r"\s[-–—]\s?", head)[0], "ar"
            )  # "صنعاء - سبأ:": a dateline credit
            and not _BRACKET_CREDIT.search(head)  # "الخليل (جنوب الضفة) - (أ ف ب):" credits the copy
        ):
            link = _ar_strong(
                head, ctx, Span(start=offset + hm.start(1), end=offset + hm.start(1) + len(head))
            )
            if link is not None and link.kind != "place":
                frames.append(
                    Frame([link], offset + hm.start(1), offset + hm.end(), rule="ar.headline_colon")
                )
                consumed_to = hm.end()
    am = pats["amma"].search(s) if "أما" in s else None  # (the pattern needs the word)
    if am:
        topic = re.sub(r"\s+(?:الذي|التي|الذين)\s.*$", "", am.group(1).strip(" ،"))
        nxt = strip_ar(am.group("next"))
        verb_next = bool(pats["verb"].fullmatch(am.group("next")))
        link = None
        if nxt not in ("هم", "هو", "هي", "هن", "هما", "إن", "ان", "إنه", "انه"):
            link = _ar_strong(topic, ctx, None) or (make_link(topic, "ar", ctx) if verb_next else None)
        if link is not None:
            frames.append(Frame([link], offset + am.start(1), offset + am.end(), rule="ar.amma"))
            consumed_to = max(consumed_to, am.end())
        elif nxt in ("هم", "هو", "هي", "هن", "هما") and am.start() < 3:
            # "أما القتلى الإيرانيون فهم ...": the enumeration the previous speaker began goes on
            frames.append(
                Frame(None, offset + am.start(1), offset + am.end(), pronoun="continued", rule="ar.amma.cont")
            )
    tallies, events = _scan(s, pats)
    for tm in tallies:
        # "وتراوحت تقديرات ناشطين ... بين 40 و50": the tally's owner speaks for the sentence
        words = tm.group("src").split()
        for i, wd in enumerate(words):  # the owner ends at a comma, a preposition or a stop word
            if wd.endswith("،") or (i > 0 and (wd.startswith("ل") or strip_ar(wd) in _stops())):
                words = words[: i + 1] if wd.endswith("،") else words[:i]
                break
        words = [wd.strip("،") for wd in words]
        for n in range(len(words), 0, -1):
            lk = make_link(" ".join(words[:n]), "ar", ctx.probe())
            if lk is not None and not is_weak(lk) and lk.kind != "place":
                ctx.remember(lk)
                end = tm.start("src") + len(" ".join(words[:n]))
                frames.append(Frame([lk], offset + tm.start(), offset + end, True, True, rule="ar.tally"))
                break
    for wm in _WHAT_CLAIMED.finditer(s) if "ما " in s else ():
        # "كذّبت الوزارة ما روجته حسابات موالية للمتمردين عن مقتل ...": what the other side put about is its claim
        # (the denial itself stays the denier's: `attribute` skips this frame for a deny claim)
        lk = make_link(wm.group(1).strip(), "ar", ctx)
        if lk is not None and not is_weak(lk) and lk.kind != "place":
            frames.append(Frame([lk], offset + wm.start(), offset + wm.end(), rule="ar.what_claimed"))
    for _, kind, m in events:
        if m.start() < consumed_to or _in_spans(m.start() + 1, quoted) and kind != "according":
            continue
        if kind == "according" and _hasab_name(s, m):
            continue  # "حسب الرسول X"، "حسب الله": a given name, not "according to" (round 16)
        if kind == "verb" and _AR_NEG.search(s[max(0, m.start() - 12) : m.start()]):
            continue
        if kind == "verb" and _ends_with_ma(s, m.start()) and _AR_BI.match(s, m.end()):
            continue  # "نافياً ما وصفه بـ«أكاذيب»": what he called X, no speaker
        w = strip_ar(m.group("w"))
        if w == "يذكر" and not s[: m.start()].strip() and _AR_NOTED.match(s, m.start()):
            continue  # "يذكر أن ..." (it is worth noting that): background in the outlet's voice
        is_deny = w in deny
        if kind == "verb" and len(strip_ar(m.group(0))) > len(w) + (
            1 if m.group(0)[:1] in "وف" and (not w.startswith(m.group(0)[:1]) or strip_ar(m.group(0))[1:] == w) else 0
        ):  # ("ووثق"، "ووصف": the conjunction before a verb that starts with و)
            # a suffix pronoun: "نشرته الأولى" is a noun with its adjective, not a verb
            if _AR_SPACE_AL.match(s, m.end()):
                continue
        if kind == "participle":
            frames.append(
                Frame(
                    None,
                    offset + m.start(),
                    offset + m.end(),
                    True,
                    False,
                    w.startswith("ناف"),
                    "subject",
                    rule="ar.participle",
                )
            )
            continue
        if kind == "according":
            rest = s[m.end() :]
            rest_l = rest.lstrip()
            base = m.end() + (len(rest) - len(rest_l))
            fm = re.match(r"^ما\s+\S+(?:\s+به)?\s+", rest_l)
            if fm:
                rest_l = rest_l[fm.end() :]
                base += fm.end()
            sp_txt, sp_end, _, told = _ar_speaker_after(s, base, quoted, protect)
            if len(sp_txt.split()) == 2 and strip_ar(sp_txt.split()[0]) in _source_nouns() \
                    and _SOURCE_ADJ.match(strip_ar(sp_txt.split()[1])):
                sp_txt = _source_noun_subject(sp_txt)  # "بحسب حصيلة رسمية": no author named
            else:
                sp_txt = _strip_source_noun(sp_txt)
            if m.group("w").endswith("ل") and _AR_TITLE_START.match("ا" + sp_txt) and not _AR_TITLE_START.match(sp_txt):
                sp_txt = "ا" + sp_txt  # "طبقا للمتحدث باسم الجيش": the cue took the ل of "للمتحدث"
            if told and strip_ar(sp_txt) in _source_nouns():
                sp_txt, told = told, ""  # "بحسب حصيلة لوكالة X": the tally is X's own
            if _anaphor(sp_txt):
                frames.append(
                    Frame(
                        None,
                        offset + m.start(),
                        offset + sp_end,
                        True,
                        True,
                        is_deny,
                        _anaphor(sp_txt),
                        rule="ar.according.anaphor",
                    )
                )
                consumed_to = sp_end
                continue
            link = (
                make_link(sp_txt, "ar", ctx, speaker_span(offset + base, offset + base + len(sp_txt)))
                if sp_txt
                else None
            )
            if link is None or link.kind == "place":
                continue
            told_link = _ar_told(told, ctx)
            end = sp_end
            prior = [
                f
                for f in frames
                if f.after and f.end <= offset + m.start() and not f.rule.startswith("ar.according")
            ]
            gap = s[frames[-1].end - offset : m.start()].strip(" ،,") if frames else "-"
            # "قال مراسل X في تعز نقلاً عن Y": a short locative between speaker and relay
            adjacent = bool(frames) and (gap == "" or bool(_AR_LOCATIVE_GAP.fullmatch(gap)))
            # "أفاد X بمقتل ...، نقلاً عن Y": the sentence's speaker relays Y
            trailing = bool(prior) and s[: m.start()].rstrip().endswith(("،", ","))
            if "نقل" in w and (adjacent or trailing):
                f = frames[-1] if adjacent else prior[-1]
                (f.extra if f.chain is None else f.chain).append(link)
                f.end = offset + end
                consumed_to = end
                continue
            chain = ([told_link] if told_link else []) + [link]
            frames.append(
                Frame(chain, offset + m.start(), offset + end, True, True, is_deny, rule="ar.according")
            )
            consumed_to = end
            continue
        if w in relay:
            nm = _NON_SPACE.search(s, m.end())
            nxt = [nm.group(0)] if nm else []
            if nxt and (is_object_noun(strip_ar(nxt[0]).strip("،,"), "") or re.match(r"[\d٠-٩]", nxt[0])):
                continue  # "فرق الإسعاف نقلت الجرحى إلى المستشفى": carrying the wounded, not relaying
            if _AR_CARRIED_TO.match(s, m.end()):
                continue  # "نُقل معظمهم إلى المستشفى"، "نقلتهم إلى": carried somewhere, no relay
        if w in relay or w in learn:
            prep = "عن" if w in relay else "من"
            rest = s[m.end() :]
            pm = re.search(rf"(?:^|\s){prep}\s", rest)
            if pm and len(rest[: pm.start()].split()) <= 8:
                subj_txt = rest[: pm.start()].strip()
                subj_txt = re.sub(rf"^(?:{_AR_TIME}\s*)+", "", subj_txt)
                subj_txt = re.sub(rf"(?:\s{_AR_TIME})+$", "", " " + subj_txt).strip()
                src_sp, src_end, _, _ = _ar_speaker_after(s, m.end() + pm.end(), quoted, protect)
                src_link = make_link(_strip_source_noun(src_sp), "ar", ctx) if src_sp else None
                subj_link = make_link(subj_txt, "ar", ctx) if subj_txt else None
                if subj_link is None:
                    sb = _ar_subject_before(s, m.start())
                    subj_link = _ar_strong(sb[0], ctx, None) if sb else None
                chain = [lk for lk in (subj_link, src_link) if lk is not None]
                if subj_link is None:
                    frames.append(
                        Frame(
                            None,
                            offset + m.start(),
                            offset + src_end,
                            True,
                            False,
                            False,
                            strip_ar(subj_txt),
                            [lk for lk in (src_link,) if lk],
                            rule="ar.relay",
                        )
                    )
                elif chain:
                    frames.append(
                        Frame(
                            chain, offset + m.start(), offset + src_end, True, False, False, rule="ar.relay"
                        )
                    )
                consumed_to = src_end
                continue
        if w in ("تابع", "تابعت") and not re.match(r"\s*(?::|(?:إن|أن|بأن|ان|قائلا|قائلة|قائلاً|قائلةً)(?:\s|$))", s[m.end() :]):
            continue  # "وتابع أن ..." / "وتابعت: ..." go on speaking; "تابعت الفرق البحث" follows something up
        if w in raise_ and not re.search(r"(?:ال)?حصيل|عدد", s[m.end() : m.end() + 60]):
            continue  # "رفع" without a toll is no report ("رفعت القوات الحصار")
        if w in raise_ and w.startswith("قدم") and not _GAVE_TOLL.match(s, m.end()):
            continue  # "قدمت الشرطة حصيلة أعلى" gives a toll; "قدمت الوزارة مساعدات" gives none
        if w in went and not re.search(
            r"[إا]لى\s+(?:الحديث|القول|التأكيد|الإشارة|الاعتقاد)", s[m.end() : m.end() + 80]
        ):
            continue  # "ذهب" is a reporting verb only in "ذهب X إلى القول/الحديث عن"
        spk, sp_end, delimited, told = _ar_speaker_after(s, m.end(), quoted, protect)
        if spk.startswith("ل") or (told and not spk):
            spk, told = _told_first(spk, told)
        if re.match(r"^[\d٠-٩]", spk):
            continue  # "نقلت 20 مصاباً إلى المستشفى": a verb whose object is a figure reports nothing
        before = _ar_subject_before(s, m.start())
        blink = None
        anaphors_ar = _anaphors()
        if before is not None and strip_ar(before[0]) in anaphors_ar and before[1] >= consumed_to:
            before_pronoun = strip_ar(before[0])
        else:
            before_pronoun = ""
        # the SVO subject before the verb is read only when the speaker after it fails
        svo = before if before is not None and before[1] >= consumed_to and not before_pronoun else None
        link = None
        pronoun = ""
        extra: list[SourceLink] = []
        if spk and svo is not None and len(spk.split()) <= 4 and (spk.startswith("ل") or w in _AR_TELL):
            # "مصدر عسكري قال للأناضول إن"، "مصدر أمني أبلغ رويترز بأن": the told medium after the verb,
            # the speaker before it
            medium = _told_medium_only(spk, ctx)
            if medium is not None:
                spk, extra = "", [lk for lk in medium if lk is not None]
        own_arm: SourceLink | None = None
        crm = pats["carried"].search(spk) if spk else None
        if crm and crm.start() > 0:
            # "وزارة الدفاع في بيان نقلته وكالة تاس": the medium relays the speaker (read on in the
            # sentence: the speaker may stop inside the medium's name)
            at = s.find(spk, m.end())
            full = pats["carried"].match(s, at + crm.start()) if at >= 0 else None
            carrier = make_link((full or crm).group(1).strip(), "ar", ctx)
            tail = s[full.end() : full.end() + 20] if full else ""
            if carrier is not None and _OWN_ARM.search((full or crm).group(0) + tail):
                # "في بيان نشرته وكالة أعماق التابعة له": its own media arm (SCHEMA: one link), which
                # names the speaker when the subject is only a description ("زعم التنظيم عبر وكالة X التابعة له")
                own_arm, carrier = carrier, None
                spk = spk[: crm.start()].strip()
            if carrier is not None and carrier.kind in ("agency", "outlet"):
                extra, spk = [carrier, *extra], spk[: crm.start()].strip()
                sp_end = max(sp_end, full.end()) if full else sp_end
        if w in raise_ and spk and strip_ar(spk.split()[0]) in _TOLL_OBJECTS:
            spk, pronoun = "", "subject"  # "ثم يعود ويرفع الحصيلة إلى ...": the toll is its object, the subject unsaid
        if spk:
            if _anaphor(spk):
                pronoun = _anaphor(spk)
            else:
                sm = pats["spoke_to"].match(spk)
                if sm:
                    told_to = _ar_told(re.sub(r"^ل(?:ـ)?\s*", "", sm.group(2)), ctx) or make_link(
                        re.sub(r"^ل(?:ـ)?\s*", "", sm.group(2)), "ar", ctx
                    )
                    spk = sm.group(1)
                    extra = [told_to] if told_to else []
                if w in stance or w in raise_:
                    spk = _stance_subject(spk, ctx)
                if is_deny and " " in spk:
                    spk = _deny_subject(spk)
                if spk and strip_ar(spk.split()[0]) in _source_nouns():
                    spk = _source_noun_subject(spk)
                st = s.find(spk, m.end()) if spk else -1
                link = make_link(spk, "ar", ctx, speaker_span(offset + st, offset + st + len(spk))) if spk else None
                if link is not None and link.kind == "place":
                    link = None
                if (
                    link is not None
                    and link.kind in ("agency", "outlet")
                    and "التابع" in s[m.end() : sp_end + 20]
                    and _OWN_ARM.search(s, m.end(), min(len(s), sp_end + 20))
                ):
                    # "في بيان نشرته وكالة أعماق التابعة له": the subject's own media arm, one link (SCHEMA)
                    link, pronoun = None, "subject"
                if link is not None and is_weak(link):
                    blink = _svo_link(svo, offset, ctx)
                    if not delimited or blink is not None:
                        link = None
        start = m.start()
        if link is None and blink is None:
            blink = _svo_link(svo, offset, ctx)
        if blink is not None and link is None:
            link = blink
            start = before[1] if before else m.start()
            sp_end = m.end()
        if link is None and own_arm is not None and not pronoun and not before_pronoun:
            link = own_arm  # "زعم التنظيم في بيان نشرته وكالة X التابعة له"
        if link is None and not pronoun and before_pronoun:
            pronoun = before_pronoun
        told_link = _ar_told(told, ctx)
        if told_link is None and not told and "لوسائل" in s[sp_end : sp_end + 12]:
            told_link = _ar_local_media(s, sp_end)  # "قال X لوسائل إعلام محلية": [local media, X] (round 16)
        cr = pats["carried"].search(s, sp_end, min(len(s), sp_end + 80))
        if cr and _OWN_ARM.search(s, cr.start(), min(len(s), cr.end() + 20)):
            cr = None  # the speaker's own media arm
        via = _VIA_OWN_ARM.match(s, sp_end) if link is None and not pronoun and "عبر" in s[sp_end : sp_end + 8] else None
        if via is not None:
            # "زعم التنظيم عبر وكالة «X» التابعة له أنه ...": a described body speaking through its own arm X
            arm = make_link(via.group(1).strip(" «»\"“”"), "ar", ctx)
            if arm is not None and arm.kind in ("agency", "outlet", "org") and not is_weak(arm):
                link, sp_end = arm, via.end()
        if cr:
            carrier = make_link(cr.group(1).strip(), "ar", ctx)
            if carrier is not None and carrier.kind in ("agency", "outlet", "correspondent"):
                extra = [carrier, *extra]
                sp_end = cr.end()
        if link is None:
            frames.append(
                Frame(
                    None,
                    offset + start,
                    offset + sp_end,
                    True,
                    False,
                    is_deny,
                    pronoun,
                    ([told_link] if told_link else []),
                    rule="ar.anaphor",
                )
            )
        else:
            chain = [*extra, *([told_link] if told_link else []), link]
            frames.append(
                Frame(chain, offset + start, offset + sp_end, True, False, is_deny, rule=f"ar.verb.{w}")
            )
        consumed_to = sp_end
    return frames


def _told_medium_only(spk: str, ctx: LinkContext) -> list[SourceLink | None] | None:
    """ "للأناضول"، "لـ«النهار»": [the told outlet] (or [None] for this outlet) when the words after a verb
    name only a medium it was told to, else None."""
    txt = spk if not spk.startswith("ل") else "ا" + spk[1:] if spk.startswith("لل") else re.sub(r"^لـ?\s*", "", spk)
    lk = make_link(txt, "ar", ctx.probe()) if txt else None
    if lk is None or lk.kind not in ("outlet", "agency"):
        return None
    return [_ar_told(txt, ctx)]


def _stance_subject(spk: str, ctx: LinkContext) -> str:
    """After a stance verb ("أدان X الهجوم"): the longest leading run of words naming a source."""
    words = spk.replace("،", " ").split()
    objs = _ar_bare_words("cues", "stance_objects")
    for i, wd in enumerate(words[1:], 1):
        b = strip_ar(wd)
        if b in objs or (b[:1] in "بل" and b[1:] in objs):
            words = words[:i]
            break
    for n in range(min(len(words), 7), 0, -1):
        cand = " ".join(words[:n])
        probe = ctx.probe()
        lk = make_link(cand, "ar", probe)
        if lk is not None and not is_weak(lk) and lk.kind != "place":
            if lk.rule.endswith("known.part"):
                return _stance_subject_before_object(words[:n], ctx) or cand
            return cand
    return " ".join(words[:4])


def _deny_subject(spk: str) -> str:
    """After a denial verb ("نفى المتحدث صحة ما ..."): the subject ends before the denied thing's noun."""
    words = spk.split()
    objs = _ar_bare_words("cues", "deny_objects")
    for i, wd in enumerate(words[1:], 1):
        b = strip_ar(wd).strip("،,")
        if b not in objs:
            continue
        if b == "صحة" and (_construct_head(words[i - 1]) or i + 1 < len(words) and not _opens_denied(words[i + 1])):
            continue  # "مدير صحة إدلب"، "مديرية صحة الحسكة": health in a body's name, not "the truth of"
        return " ".join(words[:i])
    return spk


_DENIED_OPENERS = frozenset({"ما", "هذه", "هذا", "تلك", "ذلك", "كل", "أي", "اي", "وجود", "وقوع", "مقتل", "سقوط", "أنباء", "انباء", "تقارير", "روايات"})
_CONSTRUCT_HEADS = frozenset({"مدير", "مديرة", "مديرية", "دائرة", "وزير", "وزيرة", "وزارة", "مكتب", "قسم", "إدارة", "ادارة", "قطاع", "مركز", "نقابة", "لجنة", "هيئة", "مسؤول", "ناطق", "متحدث"})


def _construct_head(word: str) -> bool:
    """An indefinite head that "صحة" may follow in a name ("مديرية صحة"); a definite word never is one."""
    b = strip_ar(word).lstrip("و")
    return not b.startswith("ال") and (b in _CONSTRUCT_HEADS or b in _body_heads())


def _opens_denied(word: str) -> bool:
    """Does `word` open what "صحة" (the truth of) governs: "صحة ما"، "صحة الأنباء"، "صحة هذه"?"""
    b = strip_ar(word)
    return b in _DENIED_OPENERS or b.startswith("ال") and not _is_place_word(word)


def _is_place_word(word: str) -> bool:
    return is_place_phrase(word, "ar")


def _stance_subject_before_object(words: list[str], ctx: LinkContext) -> str | None:
    """ "اتهمت حكومة ولاية X قوات Y": a body named in full after a subject of two words or more is the
    verb's object (the accused), so the subject ends before it; None when no such split."""
    for k in range(2, len(words)):
        obj = resolve_name(" ".join(words[k:]), "ar")
        if obj is None or obj[2] in ("place", "person"):
            continue
        subj = make_link(" ".join(words[:k]), "ar", ctx.probe())
        if subj is not None and subj.kind not in ("place", "person") and not subj.rule.endswith("known.part"):
            return " ".join(words[:k])
    return None


_TOLL_OBJECTS = frozenset({"الحصيلة", "حصيلة", "الحصيله", "حصيله", "عدد"})


@cache
def _stops() -> frozenset[str]:
    return frozenset(strip_ar(w) for w in lang_data("ar")["speaker"].get("stops", []))


@cache
def _source_nouns() -> frozenset[str]:
    return frozenset(strip_ar(n) for n in lang_data("ar")["speaker"].get("source_nouns", []))


@cache
def _source_noun_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """ "حصيلة أولية X" and "حصيلة X": a source noun (with an adjective) before the body it stands for."""
    nouns = ar_alternation(lang_data("ar")["speaker"].get("source_nouns", []))
    adj = ar_alternation(["أولية", "جديدة", "رسمية", "نهائية", "حديثة", "أخيرة", "مبدئية", "محدثة"])
    return re.compile(rf"^(?:{nouns})(?:\s+(?:{adj}))?\s+(.+)$"), re.compile(rf"^(?:{nouns})\s+(.+)$")


def load() -> None:
    """Load the Arabic cue lists, word sets and patterns (a one-time cost, before the first text)."""
    _ar_patterns()
    _object_sets()
    _ar_titles()
    _told_prefixes()
    _told_prefixes_ll()
    _topic_words()
    _cue_sets()
    _anaphors()
    _stops()
    _stop_keys()
    _source_nouns()
    _source_noun_patterns()


def _strip_source_noun(text: str) -> str:
    """ "حصيلة (أولية) لوكالة X" / "بيان الوزارة" -> the body that put the figure out."""
    with_adj, bare = _source_noun_patterns()
    m = with_adj.match(text) or bare.match(text)
    if not m:
        return text
    rest = m.group(1)
    im = re.match(r"^(?:صادر|صادرة|الصادر|الصادرة)\s+(?:عن|من)\s+(.+)$", rest)
    if im:
        return im.group(1)  # "بيان صادر عن الجيش": the statement's author
    if rest.startswith("لـ"):
        return rest[2:].strip()
    if rest.startswith("لل"):  # ل + ال
        return "ا" + rest[1:]
    if re.match(r"^ل(?:وكالة|وزارة|منظمة|هيئة|مكتب|مركز|مديرية|لجنة|قناة|صحيفة|موقع|شبكة)", rest):
        return rest[1:]
    return rest


def _source_noun_subject(spk: str) -> str:
    """A source noun as a verb's subject: "أكد بيان صادر عن المقاومة" -> its author ("المقاومة");
    "أفادت حصيلة جديدة" (the noun, maybe with an adjective, and no author) -> no speaker ("");
    "حصيلة رسمية" stays, an unnamed official source."""
    words = spk.split()
    if len(words) == 2 and strip_ar(words[1]).startswith("رسمي"):
        return spk  # "حصيلة رسمية": an unnamed official source (sources.toml, anonymous heads)
    if len(words) == 1 or len(words) == 2 and _SOURCE_ADJ.match(strip_ar(words[1])):
        return ""
    if len(words) > 2 and strip_ar(words[1]) in ("صادر", "صادرة", "الصادر", "الصادرة"):
        return _strip_source_noun(spk)
    return spk


_SOURCE_ADJ = re.compile(r"^(?:ال)?(?:[اأ]ولي|جديد|رسمي|نهائي|حديث|[اأ]خير|مبدئي|محدث|مقتضب|مشترك)[هة]?$")
