"""English attribution frames: subjects and reporting verbs, inversions, relays, participles."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from marsad.memo import remember_start, text_cache
from marsad.record import SourceLink, Span
from marsad.sources import regex as re
from marsad.sources.frames import TICKER_STAMP, Frame, is_weak, speaker_span, told_outlet, unquote_names
from marsad.sources.lexicon import en_alternation, lang_data
from marsad.sources.links import LinkContext, is_place_phrase, make_link
from marsad.sources.trie import caseless, ci_finditer, ci_search, en_trie


@cache
def _en_patterns() -> dict[str, re.Pattern[str]]:
    d = lang_data("en")
    cues, sp = d["cues"], d["speaker"]
    all_cues = cues["say"] + cues["participle"] + cues["relay"] + cues["according"]
    return {
        # "New RSF massacre in Nyala: 12 killed": an event noun makes a headline prefix its topic, not a speaker
        "topic": re.compile(rf"(?<![\w-])(?:{en_alternation(sp.get('topic_nouns', ['massacre']))})(?![\w-])", re.I),
        "cue": re.compile(rf"(?<![\w-])(?:{en_alternation(all_cues)})(?![\w-])", re.I),
        # the same cues for lower-cased text (see `cue_finditer`)
        "cue_lower": re.compile(rf"(?<![\w-])(?:{en_trie(all_cues)})(?![\w-])"),
        "boundary": re.compile(
            rf"[;:“”\"\[\]—–]|\s-\s|,|(?<![\w-])(?:{en_alternation(sp['clause_words'])})(?![\w-])", re.I
        ),
        "boundary_lower": re.compile(
            rf"[;:“”\"\[\]—–]|\s-\s|,|(?<![\w-])(?:{en_trie(sp['clause_words'])})(?![\w-])"
        ),
        "adverb_tail": re.compile(rf"(?:^|\s)(?:{en_alternation(sp['adverbs'])})\s*$", re.I),
        # the last words of a text, as many as the longest adverb has, read backwards (see `_adverb_tail`)
        "last_words": re.compile(rf"\s*(?:\S+\s+){{0,{max(len(a.split()) for a in sp['adverbs']) - 1}}}\S+"),
        "speaker_end": re.compile(
            r"[,;:.“”\"()—–]|\s(?:that|which|who|as saying|saying|as|on|in|at|last|late|early|after|before|when|while|and said)\s",
            re.I,
        ),
        "relay_split": re.compile(r",?\s*\b(citing|quoting|quoted by|cited by)\b\s*", re.I),
        "told_object": re.compile(
            r"^\s*(.+?)(?=\s+(?:that|on|in|at|late|early|last|by|over|after|earlier)\b|[,:“\"]|$)", re.I
        ),
    }


def cue_finditer(s: str) -> Iterator[re.Match[str]]:
    """The reporting cues of `s` (groups lower-cased, offsets those of `s`).

    A text whose first cue `cue_search` just found is scanned from there on (no cue before it)."""
    pats = _en_patterns()
    first = _first_cue().get(s)
    if first is None:
        return ci_finditer(pats["cue_lower"], pats["cue"], s)
    if first < 0:
        return iter(())
    low = caseless(s)
    return pats["cue_lower"].finditer(low, first) if low is not None else pats["cue"].finditer(s, first)


def cue_search(s: str) -> re.Match[str] | None:
    """The first reporting cue of `s`, or None."""
    pats = _en_patterns()
    # (recent texts only: a sentence's frames are read right after its test)
    return remember_start(_first_cue(), s, ci_search(pats["cue_lower"], pats["cue"], s))


@text_cache(1)
def _first_cue() -> dict[str, int]:
    """Where the texts `cue_search` read lately have their first cue (-1: none); a text cache."""
    return {}


_EN_TOLD_ASIDE = re.compile(
    r"^\s*,?\s*in\s+(?:an?\s+)?(?:(?:brief|short|televised|written|exclusive|separate)\s+)?"
    r"(?:statement|interview|remarks?|comments?|briefing)\s+(?:carried\s+by|to|with|on)\s+(.{2,80}?)\s*(?=,|\sthat\b)",
    re.I,
)
_EN_REL_TAIL = re.compile(
    r"(?<=[a-z])\s+(?:that|who|which)\s+(?:run|runs|control|controls|govern|governs|administer|administers|oversee|"
    r"oversees|manage|manages|rule|rules|operate|operates|hold|holds|monitor|monitors|track|tracks|lead|leads|head|heads)"
    r"\s+(?:the|a|an|this|its|their|much|most|large|parts)\b[^,;:“”\"]{1,40}$"
)
_EN_POSSESSOR = re.compile(
    r"^(?:the\s+)?(?:(?:group|movement|army|militia|rebels|government)(?:'s|’s)\s+)?", re.I
)

_EN_VERB_WORDS = (
    "was were is are been be being killed died wounded injured had have has did do does not no it's there".split()
)
# "A trader who lost two sons in the strike said": a person's defining relative clause, not the speaker's name
# (round 15) more defining relative clauses of a witness: "who was sheltering at the school", "who helped
# carry the wounded", "who had fled the town"
_EN_WHO_TAIL_MORE = re.compile(
    r"(?<=[a-z])\s+who\s+(?:was|were|is|are|has|had|helped|escaped|sheltered|stayed|returned|rushed|arrived|"
    r"carried|hid|waited|came|went|tried|teaches|taught|drives|drove|volunteers|volunteered|treated|fled)"
    r"\b[^,;:“”\"]{1,60}$"
)
_EN_WHO_TAIL = re.compile(
    r"(?<=[a-z])\s+who\s+(?:lost|survived|saw|witnessed|buried|fled|lives|lived|works|worked|runs|ran|owns|owned|sells|sold)"
    r"\b[^,;:“”\"]{1,60}$"
)
_EN_VERBISH = re.compile(rf"\b(?:{'|'.join(re.escape(w) for w in _EN_VERB_WORDS)})\b|\d", re.I)
# the same words as a trie, for lower-cased text (see `trie.ci_search`)
_EN_VERBISH_LOWER = re.compile(rf"\b(?:{en_trie(_EN_VERB_WORDS)})\b|\d")
_EN_PRONOUNS = {"he", "she", "it", "they", "we", "i"}
_EN_NOUNLIKE = {
    "reports",
    "report",
    "claims",
    "claim",
    "count",
    "counts",
    "states",
    "notes",
    "records",
    "documents",
    "estimates",
    "say",
}
_EN_NOUN_BEFORE = {
    "the",
    "some",
    "press",
    "media",
    "news",
    "these",
    "those",
    "initial",
    "preliminary",
    "first",
    "unverified",
    "several",
    "multiple",
    "further",
    "latest",
    "unconfirmed",
    "early",
    "conflicting",
    "such",
    "local",
    "official",
    "his",
    "her",
    "its",
    "their",
    "our",
    "a",
    "an",
    "no",
    "other",
    "final",
    "death",
    "body",
    "casualty",
    # a noun after an emotion's preposition ("appalled by reports that", "amid claims")
    "by",
    "amid",
}
_EN_VERB_AFTER = {
    "put", "say", "said", "suggest", "suggested", "indicate", "indicated", "of", "were", "are", "speak", "spoke",
    "mention", "mentioned", "point", "pointed", "showed", "show",
}  # fmt: skip
# "is (also) reporting": a participle after an auxiliary is the sentence's verb
_PROGRESSIVE = re.compile(r"\b(?:is|are|was|were|been)\s+(?:(?:also|now|still|\w+ly)\s+)?$", re.I)
# "claimed the lives of" / "claimed 12 lives": a toll, not a claim
_CLAIMED_LIVES = re.compile(r"\s+(?:the\s+|their\s+|at\s+least\s+)?(?:(?!that\b)[\w,\-]+\s+)?lives?\b", re.I)
_EN_PASSIVE_AFTER = {"killed", "dead", "wounded", "injured", "missing", "hurt", "to", "by"}


# "X, granted anonymity since ..., said": the appositive says nothing of who X is
_ANON_APPOS = re.compile(
    r",\s*(?:(?:speaking|talking)\s+(?:on\s+(?:the\s+)?condition\s+of\s+anonymity|anonymously)"
    r"|who\s+(?:asked|requested|declined|spoke|refused)\s+(?:not\s+)?(?:to\s+)?(?:be\s+)?"
    r"(?:named|identified|on\s+condition))[^,;:“”\"]*"
    r"(?:,\s*[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,2})?,\s*$",  # "..., who asked to be identified as Samir, told"
    re.I,
)


_WORD = re.compile(r"[\w'’-]+")
_ALL_CAPS = re.compile(r"\b[A-Z]{2,}\b")
_AGE_ADJ = re.compile(r"\b\d{1,3}-year-old\b")
_BRACKET_CREDIT = re.compile(r"[-–—]\s*\([^()]{2,25}\)\s*$")
_PARTICIPLE_OBJECT = re.compile(r"^[a-z]{3,}ing\s+(?:the|a|an|its|his|her|their|this|that|these|those)\s")
_ANY_WORD_CHAR = re.compile(r"\w")
# (the subject before a cue, see `_en_subject_before`)
_NAMED_APPOS = re.compile(r"^\s*the\s+[A-Z]")
_INDEFINITE_TAIL = re.compile(r"(?:^|[,;:“\"]\s*)(?:an?|one)\s[^,]*$", re.I)
_POSSESSIVE_DESC = re.compile(r"(?:'s|’s)\s+(?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*$")
_APPOS_OPENER = re.compile(
    r"^\s*(?:which|who|whose|that|where|a|an|the|one|based|known|for|on|in|at|with)\b", re.I
)
_CITING_WORD = re.compile(r"\b(?:citing|quoting)\b")
_AND_WORD = re.compile(r"\band\b")
_AND_END = re.compile(r"\band\s*$")
_LIST_MARK = re.compile(r"^(?:\d+/\d*|\d+\)|[-•▸]+)\s*")
_THERE_TAIL = re.compile(r"(?<=\w)\s+(?:there|here)$")
_WHO_END = re.compile(r"\s(?:who|which)$")
_WHO_SPOKE_TO = re.compile(r"^(.+?)\s+who\s+(?:spoke|talked|had spoken)\s+to\s+(.+)$", re.I)
# cues that a "who"/"whom" before turns into a relative clause ("residents who spoke to")
_EN_WHO_CUES = ("spoke", "spoken", "told", "talked")


# ", rejects civilian death claims": what the verb rejects, no speaker after it
_EN_REJECTED_TAIL = re.compile(r"\b(?:claims?|reports?|allegations?|accusations?|rumou?rs?|figures?)$", re.I)
_EN_COORD_SUBJECT = re.compile(
    r"^((?:[Tt]he\s+)?(?:[A-Z][\w'’\-]*\s+){1,3}(?:army|military|forces|ministry|government|police|militia|group|"
    r"movement|Army|Military|Forces|Ministry|Government|Police))\s+[a-z]+s\b"
)
_EN_FIGURE_NOUNS = frozenset(
    {"casualties", "toll", "tolls", "figures", "figure", "numbers", "number", "deaths", "tally", "count"}
)


def _word_before(s: str, pos: int) -> str:
    """The last word of the 60 characters before `pos`, lower-cased ("" without one)."""
    return (_WORD.findall(s[max(0, pos - 60) : pos])[-1:] or [""])[0].lower()
# a period after a title or an initial does not end a speaker ("said Dr. Karim Jassim", "Gen. F. Smith")
_ABBREV = re.compile(
    r"(?:^|\s)(?:Dr|Mr|Mrs|Ms|Prof|Gen|Lt|Col|Maj|Capt|Cpt|Sgt|Brig|Adm|Cmdr|Rev|Sen|Rep|Gov|St|Jr|Sr|[A-Z])$"
)


_BODY_HEAD = re.compile(
    r"\b(?:office|ministry|directorate|department|authority|authorities|council|command|army|police|"
    r"military|monitor|observatory|hospital|centre|center|agency|committee|commission|service|services|"
    r"defen[cs]e|crescent|cross|coalition|government|municipality|governorate|forces|group|network|cell|"
    r"sources?|officials?|medics|rescuers|activists|witnesses|residents)$",
    re.I,
)


_PLACE_PP = re.compile(
    r"\s(?:in|at)\s+(?:the\s+)?(?P<n>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,1})(?=\s*(?:[,.;]|$))"
    r"|\son\s+the\s+(?P<g>ground|scene|spot|front\s?lines?)(?=\s*(?:[,.;]|$))"  # "partners on the ground"
)
_NOT_PLACE = re.compile(
    r"^(?:\w+day|morning|afternoon|evening|night|week|weekend|month|year|statement|briefing|interview|"
    r"report|post|tweet|message|recent\s+\w+|past\s+\w+|[\w-]+\s+(?:statement|briefing|interview|report|post))$",
    re.I,
)


def _speaker_end(rest: str, keep_place: bool = False) -> re.Match[str] | None:
    """Where a speaker phrase after a cue ends (None: at the end of the sentence).

    With `keep_place`, a closing locative modifier stays with the speaker ("citing relief teams
    in the field", "citing doctors at the hospital"), but not a time or a medium ("in a statement")."""
    for m in _en_patterns()["speaker_end"].finditer(rest):
        if m.group(0) == "." and _ABBREV.search(rest[: m.start()]):
            continue
        if keep_place and m.group(0).strip() in ("in", "at", "on"):
            pm = _PLACE_PP.match(rest, m.start())
            before = rest[: m.start()].split()
            common = (
                bool(before) and before[-1].islower()
            )  # "relief teams in the field", not "Dr. X at the hospital"
            if pm and common and not _NOT_PLACE.match(pm.group("n") or pm.group("g")):
                return _speaker_end(rest[: m.start()] + " " * (pm.end() - m.start()) + rest[pm.end() :])
        return m
    return None


# "a statement posted on its Telegram channel": a document the sentence's speaker put out (no author named)
_OWN_DOCUMENT = re.compile(
    r"^\s*(?:a|the|an)\s+(?:\w+\s+)?(?:statement|post|update|bulletin|message|notice)\s+"
    r"(?:posted|published|issued|released|shared|put out)\s+(?:on|to|via|through|in)\s+(its|his|her|their)\s+[^,;.]*",
    re.I,
)


_SPEAKER_APPOS = re.compile(r"^\s*,\s*(?:\d{1,3}\s*,\s*)?(?:a|an|who|whose)\s[^.;:“”\"]*[.!]?\s*$", re.I)


_BY_AGENT = re.compile(
    r"^\s+by\s+(?:the\s+)?(.+?)(?=\s+(?:who|which|that|on|in|at|as|after|before|late|early|last)\b|[,;:.“\"]|$)",
    re.I,
)


def _adverb_tail(pre: str) -> re.Match[str] | None:
    """The adverb ending `pre` ("X also said", "X on Sunday said"), searched among its last words only.

    An adverb is whole words at the end, so a match starts at most one character before the
    last words that the longest adverb could cover."""
    words = pre.rsplit(None, 1)
    last = words[-1] if words else ""
    if last.isascii() and last.lower() not in _adverb_last_words():
        return None  # (the last word ends no adverb; only ASCII words: re.I folds a few others)
    if last in ("IS", "HAS", "WAS"):
        return None  # "IS said": the Islamic State, not the auxiliary "is"
    pats = _en_patterns()
    lm = pats["last_words"].match(pre[::-1])
    start = max(0, len(pre) - lm.end() - 1) if lm else 0
    return pats["adverb_tail"].search(pre, start)


@cache
def _adverb_last_words() -> frozenset[str]:
    """The last word of every adverb `_adverb_tail` drops, lower-cased."""
    return frozenset(a.split()[-1].lower() for a in lang_data("en")["speaker"]["adverbs"])


# the one-character boundaries (no clause word and no " - " holds one of them)
_ONE_CHAR_BOUNDARY = re.compile(r"[;:“”\"\[\]—–,]")


def _last_boundary_end(text: str) -> int:
    """Where the last boundary of `text` ends (0 without one). A one-character boundary is part
    of no longer match, so the scan for matches can start at the last one."""
    low = caseless(text)
    pat, target = (_en_patterns()["boundary_lower"], low) if low is not None else (_en_patterns()["boundary"], text)
    one = _ONE_CHAR_BOUNDARY.search(text[::-1])
    last = None
    for last in pat.finditer(target, len(text) - one.end() if one else 0):  # noqa: B007 (the last one)
        pass
    return last.end() if last is not None else 0


_EN_POSSESSIVE_ROLE = re.compile(
    r"^(?:the\s+)?[A-Z][\w\-]+['’]s\s+(?:[a-z][\w\-]*\s+){0,3}"
    r"(?:minister|spokesman|spokeswoman|spokesperson|governor|ambassador|envoy|director|chief|commander|president|mayor)$"
)


def _en_subject_before(s: str, pos: int) -> tuple[str, int, bool] | None:
    """(subject text, its offset in s, preceded-by-content) for a cue at s[pos]."""
    pre = s[:pos]
    if pre.rstrip().endswith(","):  # (the aside ends in a comma right before the cue)
        pre = _ANON_APPOS.sub(lambda m: " " * len(m.group(0)), pre)
    if '"' in pre[-30:] or "“" in pre[-30:]:
        # 'It "categorically denies"': a quotation opening on the verb (or its adverb) is no part of the subject
        pre = re.sub(r'(?<=\s)[“"](?=[a-z]*\s*$)', " ", pre)
    while True:
        m = _adverb_tail(pre)
        if not m or m.start() == 0 and not pre[: m.start()].strip():
            if m and m.start() == 0:
                pre = ""
            break
        pre = pre[: m.start()]
    stripped = pre.rstrip()
    appos = ""
    if stripped.endswith(","):
        inner = stripped[:-1]
        k = inner.rfind(",")
        if k < 0:
            return None
        appos = inner[k + 1 :]
        stripped = inner[:k]
        named_appos = bool(_NAMED_APPOS.match(appos)) and bool(
            _INDEFINITE_TAIL.search(stripped) or _POSSESSIVE_DESC.search(stripped)
        )  # "an activist group, the X", "Hamas's armed wing, the X": the name after the description
        if (
            _APPOS_OPENER.match(appos)
            and not _CITING_WORD.search(appos)
            and not named_appos  # "an activist group, the Sudan Doctors Network, said": keep the name
        ):
            appos = ""
        if re.fullmatch(r"\s*\d{1,3}\s*", appos):
            appos = ""  # "Hassan X, 52, said": an age is no appositive
    # "Hassan X, 52, who lives nearby, said": an age between commas ends the name
    age = re.search(r"(?<=[A-Za-z.’'])\s*,\s*\d{1,3}$", stripped) if "," in stripped else None
    if age:
        stripped = stripped[: age.start()]
    if stripped.endswith(")"):  # "Umm Ali X (35 years old) told": the age in brackets is no part of the name
        pa = re.search(r"\s*\(\s*(?:aged\s+)?\d{1,3}(?:\s*(?:-?years?(?:-|\s+)old|years?|yrs?))?\s*\)$", stripped)
        stripped = stripped[: pa.start()] if pa else stripped
    # last boundary
    # "..., the local council that governs the district said": a defining relative clause
    rel = "that" in stripped or "who" in stripped or "which" in stripped
    rm = (_EN_REL_TAIL.search(stripped) or _EN_WHO_TAIL.search(stripped)) if rel else None
    if rm is None and rel and " who " in stripped:
        rm = _EN_WHO_TAIL_MORE.search(stripped)  # "A teacher who was sheltering at the school said"
    if rm:
        stripped = stripped[: rm.start()]
    cut = _last_boundary_end(stripped)
    head = stripped[cut:]
    # "X and Y said": keep "and" between two speaker nouns ("paramedics and local activists")
    ands = list(_AND_WORD.finditer(head)) if "and" in head else []
    am = ands[-1] if ands else None
    if am is not None:
        left, right = head[: am.start()].split(), head[am.end() :].split()
        heads, nat = _anonymous_sets()
        keep = bool(left and right) and left[-1].lower() in heads and len(left) <= 3
        # "security and medical sources": two modifiers sharing one anonymous head
        keep = keep or (
            bool(left and right)
            and len(left) <= 2
            and all(w.islower() or w[:1].isupper() and w.lower() in nat for w in left)
            and right[-1].lower() in heads
            and len(right) <= 3
        )
        # "Britain and France", "the Ministry of Labour and Social Affairs": one proper name
        keep = keep or (
            bool(left and right)
            and len(left) <= 6
            and any(w[:1].isupper() for w in left[:2])
            and all(w[:1].isupper() or w.lower() in ("the", "of", "for") for w in left)
            and all(w.lstrip("(")[:1].isupper() or w.lower() in ("the", "of") for w in right)
        )  # ("the Office for Refugees and Displaced Persons (ORDP)": the abbreviation too)
        if not keep:
            cut += am.end()
            head = head[am.end() :]
    lead = len(head) - len(head.lstrip())
    head_start = cut + lead
    head = head.strip()
    cm = _LIST_MARK.match(head) if head[:1].isdecimal() or head[:1] in "-•▸" else None
    if cm:
        head_start += cm.end()
        head = head[cm.end() :]
    if not head and not appos and _AND_END.search(stripped):
        return "subject", cut, False
    if appos:
        if not head:
            return None
        head = f"{head}, {appos.strip()}"
    if not head or len(head.split()) > 14:
        return None
    if head.endswith("here"):  # (also "there")
        head = _THERE_TAIL.sub("", head)  # "doctors there said"
    core = head.split(",")[0]
    # ("IS said": an all-capitals name is no verb "is")
    verb_core = _ALL_CAPS.sub(" ", core) if "IS" in core or "HAS" in core or "DO" in core else core
    if "-year-old" in verb_core:
        verb_core = _AGE_ADJ.sub(" ", verb_core)  # "A 42-year-old teacher said": an age is no figure
    if ci_search(_EN_VERBISH_LOWER, _EN_VERBISH, verb_core) and core.lower().split()[0] not in _EN_PRONOUNS:
        return None
    if _PARTICIPLE_OBJECT.match(core):
        return None  # "..., describing the army's account as a pretext": a participle and its object, not a speaker
    before_txt = stripped[:head_start].rstrip()
    if before_txt.endswith(",") and _WHO_END.search(head):
        return None  # "X, a trader who said he ..., told Y": a relative clause inside an appositive
    preceded = bool(before_txt) and before_txt[-1] in ",”\"'’:—–" and bool(_ANY_WORD_CHAR.search(before_txt))
    return head, head_start, preceded


def _en_chain(text: str, base: int, s: str, ctx: LinkContext) -> tuple[list[SourceLink] | None, str]:
    """Links named in a subject ("X citing Y", "Y, quoted by X"); (None, pronoun) for an anaphor."""
    pats = _en_patterns()
    low = caseless(text)  # (None: letters re.I folds otherwise; every pattern is then tried)
    wm = _WHO_SPOKE_TO.match(text) if low is None or "who" in low else None
    if wm:
        told = told_outlet(wm.group(2), "en", ctx) or make_link(wm.group(2), "en", ctx)
        inner, pr = _en_chain(wm.group(1), base, s, ctx)
        if inner and not pr:
            return ([told] if told else []) + inner, ""
    if low is None or "cit" in low or "quot" in low:  # (citing, quoting, quoted by, cited by)
        parts = pats["relay_split"].split(text)
    else:
        parts = [text]
    chain: list[SourceLink] = []
    order = 1
    pronoun = ""
    for i, part in enumerate(parts):
        if i % 2 == 1:
            order = -1 if "by" in part.lower() else 1
            continue
        p = part.strip(" ,")
        if not p:
            continue
        low = p.lower()
        if "statement" in low or "report" in low:
            # "the ministry's statement said": its author speaks ("the ministry", then an anaphor)
            owner = re.sub(r"(?:'s|’s)\s+(?:latest\s+|new\s+|own\s+|written\s+)?(?:statement|report)$", "", p)
            if owner != p:
                p, low = owner, owner.lower()
        if "spokes" in low or "representative" in low:
            # "the group's spokesman", "a spokesman for the group", "its spokesman": the body named before
            sm = _SPOKES_OF_ANAPHOR.fullmatch(low)
            if sm:
                low = sm.group(1) or sm.group(2) or {"its": "it", "their": "they"}[sm.group(3)]
                p = low
        if low.startswith("the same "):  # "the same medical sources": the same sources
            low = re.sub(r"^the same [a-z\-]+ (sources?|officials?)$", r"the same \1", low)
        anaphors = lang_data("en")["speaker"]["anaphors"]
        if low in anaphors or low.split()[0] in _EN_PRONOUNS and len(low.split()) == 1:
            if not chain:
                pronoun = low
                recalled = (
                    ctx.recall(re.sub(r"^the\s+", "", p, flags=re.I)) if low.startswith("the ") else None
                )
                if recalled is not None:
                    chain.append(recalled)
                    pronoun = ""
                continue
        start = s.find(p, base)
        link = make_link(p, "en", ctx, speaker_span(start, start + len(p)) if start >= 0 else None)
        if link is None:
            continue
        if order < 0:
            chain.insert(len(chain) - 1 if chain else 0, link)
        else:
            chain.append(link)
    return chain, pronoun  # with a pronoun, the links are relayed after its antecedent


@cache
def _anonymous_sets() -> tuple[frozenset[str], frozenset[str]]:
    """The anonymous source heads and nationality words (as written), built once."""
    anon = lang_data("en")["anonymous"]
    return frozenset(anon["heads"]), frozenset(anon["nationality"])


@cache
def _cue_sets() -> tuple[frozenset[str], ...]:
    """The lower-cased cue lists (say, participle, relay, according, deny), built once."""
    cues = lang_data("en")["cues"]
    return tuple(
        frozenset(c.lower() for c in cues[k]) for k in ("say", "participle", "relay", "according", "deny")
    )


# a wire headline's source after a dash: "Strike kills 20 in Gaza -health officials"
_EN_DASH_SOURCE = re.compile(r"(?:\s[-–—]\s?|:\s(?=(?:\S+\s?){1,3}$))([A-Za-z][\w.' ]{2,40}?)\s*$")
_HAS_DASH = re.compile(r"\s[-–—]|:\s(?:\S+\s?){1,3}$")  # (what the source pattern opens with: a dash after white space)
# a cue just after a negation: "did not say", "declined to confirm"
_EN_NEGATED = re.compile(r"(?:\bnot|n't|\bwithout|\bdeclined to|\brefused to|\bnever)\s*$", re.I)
_EN_NEGATION_ENDS = ("not", "n't", "without", "declined to", "refused to", "never")


def _negated(before: str) -> bool:
    """`_EN_NEGATED.search(before)`, tried only when `before` ends with a negation (then white space)."""
    low = caseless(before.rstrip())
    if low is not None and not low.endswith(_EN_NEGATION_ENDS):
        return False
    return _EN_NEGATED.search(before) is not None
# "..., carried by the X agency, that": the medium that relays a speaker
# a subject relayed by a medium: "A Defence Ministry statement carried by the TASS agency"
_EN_SUBJ_CARRIED = re.compile(
    r"^(.+?\s(?:statement|report|communiqu[eé]|announcement|post|message|bulletin))\s+"
    r"(?:carried|relayed|published|broadcast|aired|quoted|cited)\s+by\s+(?:the\s+)?(.{2,40})$",
    re.I,
)
_EN_ASIDE_CARRIED = re.compile(
    r"^\s*,\s*in\s+(?:a|an|its|his|her|their)\s+(?:\w+\s+)?(?:statement|report|communiqu[eé]|post|message)\s+"
    r"(?:carried|relayed|published|broadcast|aired)\s+by\s+(?:the\s+)?(?:(?:state|official|state-run)\s+)?"
    r"(?:news\s+agency\s+|agency\s+)?(.{2,40}?)(?:\s+news\s+agency|\s+agency)?\s*,\s*(?:also\s+)?$",
    re.I,
)
_EN_CARRIED_BY = re.compile(
    r"^[^.;]{0,60}?,?\s*(?:carried|reported|relayed|quoted|cited|broadcast|conveyed|transmitted|published|aired)"
    r"\s+by\s+(?:the\s+)?([^,;.]{2,50}?)\s*(?:,|that\b)"
)


_ANAPHOR_BODY = r"the\s+(?:group|ministry|organisation|organization|movement|militia|army|agency|command|network)"
_SPOKES_ROLE = r"(?:spokes(?:man|woman|person)|representative)"
_SPOKES_OF_ANAPHOR = re.compile(
    rf"({_ANAPHOR_BODY})(?:'s|’s)\s+{_SPOKES_ROLE}"
    rf"|(?:an?|the)\s+{_SPOKES_ROLE}\s+(?:for|of)\s+({_ANAPHOR_BODY})"
    rf"|(its|their)\s+{_SPOKES_ROLE}"
)
_WHICH_CITED = re.compile(r"\w*\s*,\s*(?:which|who)\s+(?:cited|quoted)\s+([^,;.]{2,60})")
_EN_TALLY_NOUNS = ("toll", "tally", "figures", "count", "data", "statistics")
_EN_TALLY_WORDS = rf"\b(?:{'|'.join(_EN_TALLY_NOUNS)})\b"
_EN_TALLY_HINT = re.compile(_EN_TALLY_WORDS, re.I)
_EN_TALLY_HINT_LOWER = re.compile(_EN_TALLY_WORDS)  # (the same, for lower-cased text: see `trie.ci_search`)


def tally_hint(s: str) -> bool:
    """`_EN_TALLY_HINT.search(s) is not None`, the pattern tried only where one of its words is
    (`caseless` text; other text is searched with the pattern itself)."""
    low = caseless(s)
    if low is None:
        return _EN_TALLY_HINT.search(s) is not None
    return any(map(low.__contains__, _EN_TALLY_NOUNS)) and _EN_TALLY_HINT_LOWER.search(low) is not None
_EN_TALLY_OWNER = re.compile(
    r"\b(?i:figures|data|statistics|numbers|records|tally|count|toll),?\s+(?:from|by|of|released\s+by|compiled\s+by|"
    r"issued\s+by|given\s+by|provided\s+by|published\s+by)\s+(?:the\s+)?(?P<a>[A-Z][^,;.\d]{2,60}?)"
    r"(?=\s+(?:showed|shows|show|indicated|indicate|stood|put|was|were|is|are|on|in)\b|[,;.]|$)"
    r"|(?:(?<=\s)the\s+|^)(?P<b>[A-Z][\w .\-]{2,50}?)(?:'s|’s)\s+(?:latest\s+|new\s+|updated\s+|own\s+|official\s+)?"
    r"(?:death\s+)?(?:toll|tally|count|figures|data|statistics)\b"
)


def load() -> None:
    """Load the English cue lists and patterns (a one-time cost, before the first text)."""
    _en_patterns()
    _cue_sets()
    _adverb_last_words()
    _anonymous_sets()


# "X: ..." (headlines, posts, transcripts), after a ticker's time stamp
_EN_HEAD_COLON = re.compile(r"^\s*(?:" + TICKER_STAMP + r")?([^:\n]{2,60}?)\s*:\s+\S")


def _after_comma(s: str, pos: int) -> bool:
    """Whether the text before `pos` ends with a comma (no quotation mark: not a quote's speaker)."""
    return s[:pos].rstrip().endswith(",")


def en_frames(s: str, offset: int, ctx: LinkContext) -> list[Frame]:
    """Frames of an English sentence `s` starting at absolute `offset`."""
    d = lang_data("en")
    pats = _en_patterns()
    s = unquote_names(s)
    low_say, low_part, low_relay, low_acc, low_deny = _cue_sets()
    frames: list[Frame] = []
    consumed_to = 0
    fronted_cite: tuple[SourceLink | None, int] = (None, 0)
    # "X: ..." (headlines, posts, transcripts)
    hm = _EN_HEAD_COLON.match(s) if ":" in s else None
    if hm and not re.search(r"\d:\d", s[hm.start(1) : hm.end()]):
        head = re.split(r"[|•▸]", hm.group(1))[-1].strip()
        hl = head.lower()
        if (
            not cue_search(head)
            and not is_place_phrase(head, "en")
            and not _BRACKET_CREDIT.search(head)  # "JENIN (West Bank) - (AFP):" credits the copy
            and not _en_patterns()["topic"].search(head)
            and hl
            not in (
                "breaking",
                "update",
                "watch",
                "pic",
                "photo",
                "source",
                "related",
                "read more",
                "exclusive",
                "video",
                "updated",
                "editor's note",
                "note",
                "analysis",
                "opinion",
                "live",
                "thread",
                "context",
                "for context",
            )
        ):
            link = make_link(head, "en", ctx, Span(start=offset + hm.start(1), end=offset + hm.end(1)))
            if link is not None and (
                not is_weak(link) or link.rule == "en.person.role" or _BODY_HEAD.search(head)
            ):  # "City media office: 9 killed": a body named by its head noun speaks too
                frames.append(
                    Frame([link], offset + hm.start(1), offset + hm.end(), rule="en.headline_colon")
                )
                consumed_to = hm.end()
    # a wire headline's source after a dash: "Strike kills 20 in Gaza -health officials"
    # (a dash after white space opens it: without one, no word count)
    dashed = ":" in s or "-" in s or "–" in s or "—" in s  # (what the dash patterns need)
    tm = _EN_DASH_SOURCE.search(s) if dashed and len(s.split()) <= 16 and _HAS_DASH.search(s) else None
    if tm and not cue_search(tm.group(1)):
        # (a trailing "...: monitor" is not remembered: the body's fuller description names the source)
        lctx = ctx.probe() if tm.group(0).startswith(":") else ctx
        link = make_link(tm.group(1), "en", lctx, Span(start=offset + tm.start(1), end=offset + tm.end(1)))
        if link is not None and not is_weak(link) and link.kind != "place":
            frames.append(
                Frame([link], offset + tm.start(), offset + tm.end(), False, True, rule="en.headline_dash")
            )
    for m in cue_finditer(s):
        if m.start() < consumed_to:
            continue
        cue = m.group(0).lower()
        if not cue.isalpha():  # (a cue of several words: white space runs as one space)
            cue = " ".join(cue.split())
        nm = _WORD.search(s, m.end(), m.end() + 60)  # (the first word of the next 60 characters)
        next_word = nm.group(0).lower() if nm else ""
        # (the word before is read only by the tests of noun-like cues and of "who spoke/told")
        prev_word = _word_before(s, m.start()) if cue in _EN_NOUNLIKE or cue in _EN_WHO_CUES else ""
        if cue in _EN_NOUNLIKE and (prev_word in _EN_NOUN_BEFORE or next_word in _EN_VERB_AFTER):
            continue
        if cue in ("claimed", "claims", "claim") and _CLAIMED_LIVES.match(s, m.end()):
            continue  # "the attack claimed the lives of eight": a toll, no speaker
        if (
            cue in _EN_WHO_CUES
            and prev_word in ("who", "whom")
            or (cue in ("spoke", "spoken") and next_word in ("to", "with"))
        ):
            continue
        if (
            cue in ("reported", "reports", "said", "claimed")
            and next_word in _EN_PASSIVE_AFTER
            or next_word == "by"
        ):
            bm = _BY_AGENT.match(s[m.end() :]) if next_word == "by" and cue in low_say else None
            if bm and frames and _word_before(s, m.start()) in _EN_FIGURE_NOUNS:
                bm = None  # "X said ... the casualties reported by Y are ...": Y names the figures X speaks of
            if bm:  # "the toll was confirmed by a hospital official": the agent speaks for the sentence
                link = make_link(bm.group(1), "en", ctx)
                if link is not None and not is_weak(link):
                    end = m.end() + bm.end(1)
                    frames.append(
                        Frame(
                            [link],
                            offset + m.start(),
                            offset + end,
                            True,
                            True,
                            cue in low_deny,
                            rule="en.by",
                        )
                    )
                    consumed_to = end
            continue
        if _negated(s[max(0, m.start() - 14) : m.start()]):
            continue
        deny = cue in low_deny
        if cue in low_acc:
            rest = s[m.end() :]
            em = _speaker_end(rest, keep_place=True)
            sp_txt = rest[: em.start()] if em else rest
            sp_txt = sp_txt.strip()
            chain: list[SourceLink] = []
            pm = re.match(r"^(its|his|her|their)\s+\w+", sp_txt, re.I)
            if pm:
                # "according to its initial findings": the sentence's own speaker
                pr = {"its": "it", "his": "he", "her": "she", "their": "they"}[pm.group(1).lower()]
                end = m.end() + len(sp_txt)
                frames.append(
                    Frame(
                        None, offset + m.start(), offset + end, True, True, deny, pr, rule="en.according.own"
                    )
                )
                consumed_to = m.end() + len(sp_txt)
                continue
            om = _OWN_DOCUMENT.match(rest)
            if om:
                # "according to a statement posted on its Telegram channel": the sentence's own speaker
                pr = {"its": "it", "his": "he", "her": "she", "their": "they"}[om.group(1).lower()]
                frames.append(
                    Frame(
                        None, offset + m.start(), offset + m.end() + om.end(), True, True, deny, pr,
                        rule="en.according.own",
                    )
                )
                consumed_to = m.end() + om.end()
                continue
            # "according to what X told Y"
            wm = re.match(r"^what\s+(.+?)\s+(?:told|said to)\s+(.+)$", sp_txt, re.I)
            if wm:
                told = told_outlet(wm.group(2), "en", ctx)
                lk = make_link(wm.group(1), "en", ctx)
                chain = ([told] if told else []) + ([lk] if lk else [])
            else:
                # "according to what relatives told Agence France-Presse" with an end before "told"
                full = rest.strip()
                wm2 = re.match(r"^what\s+(.+?)\s+(?:told|said to)\s+(.+?)(?:[,.;]|$)", full, re.I)
                wm3 = re.match(
                    r"^what\s+(.+?)\s+(?:reported|said|announced|stated|wrote|posted)(?:\s+(?:citing|quoting)\s+(.+?))?(?:[,.;]|$)",
                    full,
                    re.I,
                )
                if wm2:
                    told = told_outlet(wm2.group(2), "en", ctx)
                    lk = make_link(wm2.group(1), "en", ctx)
                    chain = ([told] if told else []) + ([lk] if lk else [])
                    sp_txt = full[: wm2.end()]
                elif wm3:
                    lk = make_link(wm3.group(1), "en", ctx)
                    lk2 = make_link(wm3.group(2), "en", ctx) if wm3.group(2) else None
                    chain = [x for x in (lk, lk2) if x is not None]
                    sp_txt = full[: wm3.end()]
                else:
                    for f in d["speaker"]["according_fillers"]:
                        if sp_txt.lower().startswith(f + " "):
                            sp_txt = sp_txt[len(f) + 1 :]
                    c2, pr = _en_chain(sp_txt, m.end(), s, ctx)
                    chain = c2 or []
                    if pr:
                        frames.append(
                            Frame(
                                None,
                                offset + m.start(),
                                offset + m.end() + len(sp_txt),
                                True,
                                True,
                                deny,
                                pr,
                                list(chain),
                                rule="en.according",
                            )
                        )
                        consumed_to = m.end() + len(sp_txt)
                        continue
            if chain:
                frames.append(
                    Frame(
                        chain,
                        offset + m.start(),
                        offset + m.end() + len(sp_txt),
                        True,
                        True,
                        deny,
                        rule=f"en.{cue.replace(' ', '_')}",
                    )
                )
            consumed_to = m.end() + len(sp_txt)
            continue
        if cue in ("citing", "quoting"):
            rest = s[m.end() :]
            em = _speaker_end(rest, keep_place=True)
            sp_txt = (rest[: em.start()] if em else rest).strip()
            prev = [
                f
                for f in frames
                if f.end <= offset + m.start() and not s[f.end - offset : m.start()].strip(" ,")
            ]
            after_sp = s[m.end() + len(sp_txt) :]
            if not prev and s[: m.start()].rstrip().endswith(",") and not cue_search(after_sp):
                # "X said ..., citing Y": the sentence's speaker cites Y for what it said
                prev = [
                    f for f in frames if f.after and f.end <= offset + m.start() and f.rule != "en.according"
                ]
            if not prev and not _ANY_WORD_CHAR.search(s, 0, m.start()) and sp_txt:
                # "Citing two security sources, Reuters reported ...": the next speaker cites them
                fronted_cite = (make_link(sp_txt, "en", ctx), m.end() + len(sp_txt))
                consumed_to = m.end() + len(sp_txt)
                continue
            link = make_link(sp_txt, "en", ctx) if sp_txt and prev else None
            if link is not None and prev:
                f = prev[-1]
                if f.chain is None:
                    f.extra.append(link)
                else:
                    f.chain.append(link)
                f.end = max(f.end, offset + m.end() + len(sp_txt))
                consumed_to = m.end() + len(sp_txt)
            continue
        if cue in low_part and next_word != "from" and _PROGRESSIVE.search(s, max(0, m.start() - 30), m.start()):
            pass  # "X, citing Y, is also reporting ...": a verb in the progressive, read like "X reports"
        elif cue in low_part:
            if not _ANY_WORD_CHAR.search(s, 0, m.start()):
                continue  # "Reporting from Rafah, X says ...": an opening participle belongs to the main verb
            # "..., saying/adding that": the sentence's own frame continues
            if cue == "saying" and frames and frames[-1].end >= offset + m.start() - 12:
                frames[-1].end = max(frames[-1].end, offset + m.end())
                continue
            frames.append(
                Frame(
                    None,
                    offset + m.start(),
                    offset + m.end(),
                    True,
                    False,
                    deny,
                    "subject",
                    rule=f"en.participle.{cue}",
                )
            )
            continue
        sub = _en_subject_before(s, m.start())
        if sub is not None and sub[1] < consumed_to:
            sub = None
        extras: list[SourceLink] = []
        chain2: list[SourceLink] | None = None
        pronoun = ""
        if sub is not None and sub[0] == "subject":
            chain2, pronoun = None, "subject"
        elif sub is not None:
            head, hstart, preceded = sub
            sc = _EN_SUBJ_CARRIED.match(head) if " by " in head else None
            chain2, pronoun = _en_chain(sc.group(1) if sc else head, hstart, s, ctx)
            if not chain2 and not pronoun and not sc:
                from marsad.sources.frames import state_speaker  # (round 15: "Ankara insists": the state)

                chain2 = [lk for lk in (state_speaker(head),) if lk is not None]
            gap = s[hstart + len(head) : m.start()] if chain2 and not sc and not pronoun else ""
            ac = _EN_ASIDE_CARRIED.match(gap) if " by " in gap else None
            if ac:
                # "The ministry, in a statement carried by state news agency SPA, said": relayed by SPA
                own = re.match(r"(?:its|their|his|her)\s", ac.group(1), re.I)  # "carried by its Amaq agency"
                carrier = make_link(ac.group(1), "en", ctx) if not own else None  # (its own media arm: one link)
                if carrier is not None and carrier.kind not in ("place", "person", "anonymous"):
                    chain2 = [carrier, *(chain2 or [])]
            if sc and chain2 and not pronoun:
                # "A ministry statement carried by TASS said": the medium relays the statement's author
                carrier = make_link(re.sub(r"\s+(?:news\s+)?agency$", "", sc.group(2), flags=re.I), "en", ctx)
                if carrier is not None and carrier.kind != "place":
                    chain2 = [carrier, *chain2]
            if pronoun:
                extras, chain2 = list(chain2 or []), None
            elif not chain2:
                sub = None
            elif (
                chain2 is not None
                and all(is_weak(lk) for lk in chain2)
                and not any(w[:1].isupper() for w in head.split()[1:])
                and len(head.split()) > 3
                and not preceded  # '"...," the head of the agency told reporters': a quote's speaker
                and not _EN_POSSESSIVE_ROLE.match(head)  # "Yemen's government information minister" (round 16)
            ):
                sub = None
        if sub is None:
            # inversion: '"...," said X' / ', says X'
            rest = s[m.end() :]
            em = _speaker_end(rest, keep_place=True)
            sp_txt = (rest[: em.start()] if em else rest).strip()
            pre = s[: m.start()].rstrip()
            cm = _EN_COORD_SUBJECT.match(s) if sp_txt and pre.endswith(",") and deny and _EN_REJECTED_TAIL.search(sp_txt) else None
            clink = make_link(cm.group(1), "en", ctx) if cm is not None else None
            if clink is not None and clink.kind in ("org", "agency"):
                # "Army kills four fighters, rejects civilian death claims": the sentence's subject rejects them
                frames.append(Frame([clink], offset + m.start(), offset + m.end(), True, False, True, rule="en.coordinated_deny"))
            if sp_txt and pre and pre[-1] in ",”\"'’" and cue in low_say and not _EN_REJECTED_TAIL.search(sp_txt):
                chain3, pr = _en_chain(sp_txt, m.end(), s, ctx)
                if chain3 or pr:
                    # '"...," said X, a vendor whose cousin was killed': the appositive is X's account too
                    appos = bool(_SPEAKER_APPOS.match(rest[rest.find(sp_txt) + len(sp_txt) :]))
                    frames.append(
                        Frame(
                            None if pr else chain3,
                            offset + m.start(),
                            offset + m.end() + len(sp_txt),
                            appos,
                            True,
                            deny,
                            pr,
                            list(chain3 or []) if pr else [],
                            rule=f"en.inverted.{cue}",
                        )
                    )
                    consumed_to = m.end() + len(sp_txt)
            continue
        head, hstart, preceded = sub
        end = m.end()
        chain4 = chain2
        if cue in ("told", "tells", "tell"):
            om = pats["told_object"].match(s[m.end() :])
            if om:
                told = told_outlet(om.group(1), "en", ctx)
                end = m.end() + om.end()
                if told is not None:
                    chain4 = [told] + (chain4 or [])
                    if chain2 is None:
                        chain4 = None
                        frames.append(
                            Frame(
                                None,
                                offset + hstart,
                                offset + end,
                                True,
                                preceded,
                                deny,
                                pronoun,
                                [told, *extras],
                                rule="en.told",
                            )
                        )
                        consumed_to = end
                        continue
        elif am := _EN_TOLD_ASIDE.match(s[m.end() :]):
            # "X denied, in remarks to the movement's own TV station, that ...": the medium relays X
            medium = _EN_POSSESSOR.sub("", am.group(1))
            told = told_outlet(medium, "en", ctx)
            if told is not None and told.name == medium:  # not known as written: "al-Masīra channel"
                bare = re.sub(
                    r"\s+(?:channel|television|newspaper|website|radio|broadcaster|daily)$", "", medium
                )
                told = told.model_copy(update={"name": bare, "aliases": [medium, *told.aliases]})
            if told is not None and chain2 is not None:
                chain4 = [told, *chain2]
                end = m.end() + am.end()
        elif cue in low_relay:
            rest = s[m.end() :]
            om = re.match(
                r"^\s*(?:the\s+)?(?:so[\s-]called\s+)?([^.;:]{2,120}?),?\s+(?=as saying\b)", rest
            ) or re.match(
                r"^\s*(?:the\s+)?(?:so[\s-]called\s+)?(.+?)(?=\s+(?:as saying|saying|as|that|on|in)\b|[,:]|$)",
                rest,
            )
            if om:
                lk = make_link(om.group(1), "en", ctx)
                end = m.end() + om.end()
                if lk is not None:
                    if chain4 is None:
                        frames.append(
                            Frame(
                                None,
                                offset + hstart,
                                offset + end,
                                True,
                                preceded,
                                deny,
                                pronoun,
                                [*extras, lk],
                                rule="en.relay",
                            )
                        )
                        consumed_to = end
                        continue
                    chain4 = [*chain4, lk]
        cb = _EN_CARRIED_BY.match(s[end:]) if s.find("by", end) >= 0 else None
        if cb and re.match(r"(?:its|their)\s", cb.group(1), re.I):
            cb = None  # "in a communique its news agency published": the body's own media arm, one link (SCHEMA)
        if cb and chain4 is not None:
            carrier = make_link(re.sub(r"\s+(?:agency|news agency)$", "", cb.group(1)), "en", ctx)
            if carrier is not None:
                chain4 = [carrier, *chain4]
                end += cb.end()
        has_after = bool(_ANY_WORD_CHAR.search(s, end))
        if deny and preceded and _after_comma(s, hstart):
            preceded = False  # "Strike kills 11, rebels deny (it)": the clause before is what they deny, not theirs
        if not preceded and " who " in s[hstart : m.start()]:
            hstart = m.start()  # "A trader who lost two sons said": the relative clause is the outlet's, not the speaker's
        frames.append(
            Frame(
                chain4,
                offset + hstart,
                offset + end,
                has_after,
                preceded,
                deny,
                pronoun,
                extras,
                rule=f"en.{cue.replace(' ', '_')}",
            )
        )
        consumed_to = end
    if fronted_cite[0] is not None:
        nxt = next((f for f in frames if f.chain and f.start >= offset + fronted_cite[1]), None)
        if nxt is not None and nxt.chain is not None:
            nxt.chain.append(fronted_cite[0])
    for f in frames if "which cited" in s or "who cited" in s or "which quoted" in s else ():
        # "According to X, which cited Y, ...": X relays Y
        wm = _WHICH_CITED.match(s, f.end - offset) if f.chain and f.rule.startswith("en.according") else None
        lk = make_link(wm.group(1), "en", ctx) if wm else None
        if lk is not None and f.chain is not None:
            f.chain.append(lk)
    if not frames and tally_hint(s):
        # "Figures from X showed ...", "X's toll stood at ...", "The toll, given by X, ...": X's own tally
        tm = _EN_TALLY_OWNER.search(s)
        owner = (tm.group("a") or tm.group("b") or "").strip() if tm else ""
        link = make_link(owner, "en", ctx) if owner else None
        if tm and link is not None and not is_weak(link) and link.kind != "place":
            frames.append(Frame([link], offset + tm.start(), offset + tm.end(), True, True, rule="en.tally"))
    return frames
