"""Claims -> attribution chains, sentence by sentence, with carry-over and agency copy."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from marsad.record import Claim, Document, Entity, SourceLink, assign_trusted
from marsad.sources import frames_ar, frames_en, links
from marsad.sources import regex as re
from marsad.sources.frames import TICKER_STAMP, Frame
from marsad.sources.frames_ar import _ar_patterns, ar_frames, is_object_noun, trigger_search
from marsad.sources.frames_en import cue_search, en_frames, tally_hint
from marsad.sources.lexicon import lang_data, lookup_known, norm_key, strip_ar
from marsad.sources.links import LinkContext, make_link
from marsad.sources.outlet import credited_agency

_LABEL = re.compile(r"^\s*(Q|[A-Z][A-Z.'’\- ]{1,40}(?:\s(?:Mc|Mac)?[A-Z][A-Za-z'’\-]+)?)\s*:\s")
_OPEN_Q = "“«"
_CLOSE_Q = "”»"
_QUOTE_MARK = re.compile(f'[{_OPEN_Q}{_CLOSE_Q}"]')


@dataclass
class _HalfState:
    last: list[SourceLink] | None = None
    history: list[list[SourceLink]] = field(default_factory=list)
    last_para: int = -1
    base: list[SourceLink] = field(default_factory=list)  # transcript speaker


def _same(a: SourceLink, b: SourceLink) -> bool:
    return a.name == b.name or bool({n.casefold() for n in a.names()} & {n.casefold() for n in b.names()})


def _is_outlet_itself(link: SourceLink, outlet: SourceLink) -> bool:
    """The outlet speaking as itself (not its correspondent, spokesperson or another person)."""
    if link.kind in ("correspondent", "person", "spokesperson", "anonymous"):
        return False
    if link is outlet or _same(link, outlet):
        return True
    if outlet.rule != "outlet.letterhead":
        return False
    # a statement's own body under another form: "the Ministry of X", "مركز X التابع لوزارة Y",
    # "the Y Department of the X Ministry" (a name opening with one of the letterhead's bodies)
    keys = {norm_key(n) for n in outlet.names()}
    for n in link.names():
        words = n.split()
        if norm_key(n) in keys or any(norm_key(" ".join(words[:k])) in keys for k in range(2, len(words))):
            return True
    return False


def _transcript_link(label: str, doc: Document, ctx: LinkContext) -> SourceLink | None:
    if label == "Q":
        return SourceLink(
            name="reporter",
            aliases=["Q", "journalist", "questioner", "reporter"],
            kind="anonymous",
            rule="transcript.q",
        )
    words = [w for w in re.split(r"\s+", label.strip()) if w]
    if not words:
        return None
    surname = words[-1].strip(".")
    if len(surname) < 2:
        return None
    # the fullest spelling of that surname in the text: "Gen. Kenneth F. McKenzie Jr."
    pat = re.compile(rf"((?:[A-Z][\w.]*[ \t]+){{1,3}}(?i:{re.escape(surname)})(?:[ \t]+Jr\.?)?)")
    best = ""
    for m in pat.finditer(doc.text[:5000]):
        cand = m.group(1)
        if cand.isupper():
            continue
        if len(cand) > len(best):
            best = cand
    surface = best or surname.title()
    link = make_link(surface, "en", ctx)
    if link is None:
        return None
    aliases = [*link.aliases, label, surname.title(), " ".join(w.title() for w in words)]
    # a briefer at a ministry's or command's own briefing speaks for that body
    body = lookup_known(doc.outlet.name) if doc.outlet is not None else None
    if body is not None and body.kind == "org" and doc.outlet is not None:
        aliases += doc.outlet.names()
    return link.model_copy(update={"aliases": aliases, "rule": "transcript.label"})


def _mostly_upper(label: str) -> bool:
    letters = [c for c in label if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) >= 0.7 * len(letters)


def _closing_speaker(
    doc: Document, idx: int, para_start: int, ctx: LinkContext, quotes: _Quotes, last: list[SourceLink]
) -> list[SourceLink]:
    """'"We first counted nine. That was wrong," a spokesman said.': a quotation spanning sentences
    is the speaker's named after it closes, a few sentences on in the same paragraph; closed by
    "he/she said" with no name ('"No one was hurt. We acted with care," he said.'), it is the latest
    speaker's, `last` (the paragraph before or this one; [] when there is none). `idx` is the
    sentence's place in `doc.sentences` (no scan for it)."""
    sent = doc.sentences[idx]
    if not quotes.open_at(para_start, sent.end):
        return []
    for nxt in doc.sentences[idx + 1 : idx + 4]:
        if nxt.paragraph != sent.paragraph:
            break
        ntext = doc.text[nxt.start : nxt.end]
        close = re.search(r"[”»\"]", ntext)
        if not close:
            continue
        lang = nxt.lang if nxt.lang in ("ar", "en") else "en"
        pronoun = None
        for fr in (ar_frames if lang == "ar" else en_frames)(ntext, nxt.start, ctx):
            if not fr.before or fr.start < nxt.start + close.start():
                continue
            if fr.chain:
                return list(fr.chain)
            if pronoun is None and last and fr.chain is None and fr.pronoun in ("he", "she"):
                pronoun = fr.pronoun
        return _narrow(list(last), pronoun) if pronoun else []
    return []


class _Quotes:
    """Is a quotation open at a point of a paragraph (more opening than closing marks before it, or an
    odd number of straight ones)? Counted on from the last point asked in the same paragraph."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.para = -1
        self.pos = -1
        self.counts = (0, 0, 0)  # opening, closing and straight quotation marks in text[para:pos]

    def open_at(self, para_start: int, pos: int) -> bool:
        """Is a quotation open at `pos`, counting from `para_start`?"""
        text = self.text
        if para_start != self.para or pos < self.pos:
            self.para, self.pos, self.counts = para_start, para_start, (0, 0, 0)
        start = self.pos
        if pos > start and _QUOTE_MARK.search(text, start, pos) is None:
            self.pos = pos  # (no mark in between: the counts stand)
        elif pos > start:
            o, c, d = self.counts
            o += sum(text.count(ch, start, pos) for ch in _OPEN_Q)
            c += sum(text.count(ch, start, pos) for ch in _CLOSE_Q)
            d += text.count('"', start, pos)
            self.pos, self.counts = pos, (o, c, d)
        o, c, d = self.counts
        return o > c or d % 2 == 1


_MEDIUM_NOUNS = frozenset({"news", "agency", "channel", "television", "tv", "website", "network", "newspaper", "daily", "radio"})


def _sentence_subject(s: str, lang: str, ctx: LinkContext) -> SourceLink | None:
    """The named subject a sentence opens with, for a later "it"/"saying" in the same sentence."""
    if lang == "ar":
        return _ar_sentence_subject(s, ctx)
    words: list[str] = []
    lead = re.match(
        r"^(?:(?:As for|Meanwhile|Separately|However|Later|Earlier)\s*,?|(?:On (?:the other side|his part|her part|its part|the other hand)|In an? [\w ]{1,50}|For (?:its|his|her|their) part|At the same time),)\s*",
        s,
    )
    if lead:
        s = s[lead.end() :]
    for m in re.finditer(r"\S+", s):
        w = m.group(0)
        bare = w.strip(",;:()")
        if (
            bare[:1].isupper()
            or bare.lower() in ("of", "for", "the", "and")
            or bare.startswith(("al-", "el-"))
            # "The state-run X news agency": a hyphenated modifier before the name, a medium noun after it
            or ("-" in bare and bare.islower() and len(words) <= 1 and bare.isascii())
            or (bare.lower() in _MEDIUM_NOUNS and words and words[-1][:1].isupper())
        ):
            words.append(bare)
            if w.startswith("(") and bare.isupper():
                words[-1] = f"({bare})"  # "the X Forces (ABC),": the abbreviation it goes by (round 16)
            if w.endswith((",", ";", ":")):
                break
        else:
            break
    while words and words[-1].lower() in ("of", "for", "the", "and"):
        words.pop()
    words = [w for w in words if not ("-" in w and w.islower())]  # "state-run" describes, it does not name
    if not words or (len(words) == 1 and words[0].lower() in ("the", "a")):
        return None
    link = make_link(" ".join(words), "en", ctx)
    if _topic_body(lead, words, link):
        return link  # "As for the X Forces, it said": the topic the sentence opens with is its subject (round 16)
    if link is None or link.rule in ("en.name", "en.person.role"):
        return None
    return link


def _topic_body(lead: re.Match[str] | None, words: list[str], link: SourceLink | None) -> bool:
    """ "As for <Capitalised Name>, it ...": a named body set up as the topic, even one no lexicon knows."""
    return (
        lead is not None
        and lead.group(0).startswith("As for")
        and link is not None
        and link.rule == "en.name"
        and link.kind == "org"
        and sum(1 for w in words if w[:1].isupper()) >= 2
    )


_ORG_ANAPHORS = {
    "التقرير",
    "البيان",
    "المنظمة",
    "الهيئة",
    "الوزارة",
    "الوكالة",
    "الشبكة",
    "it",
    "the report",
    "the statement",
    "the organisation",
    "the organization",
    "the group",
    "the agency",
    "the monitor",
    "the ministry",
    "the command",
}
_PERSON_ANAPHORS = {
    "المتحدث",
    "المسؤول",
    "المتحدثة",
    "he",
    "she",
    "the spokesman",
    "the spokeswoman",
    "the official",
    "the president",
    "the general",
    "the minister",
}


_HEAD_WORDS = {
    "المصدر": "source",
    "المصادر": "sources",
    "المسؤول": "official",
    "المسؤولون": "officials",
    "الوزارة": "ministry",
    "المنظمة": "organisation",
    "الهيئة": "authority",
}


def _by_head(history: list[list[SourceLink]], pronoun: str) -> list[SourceLink] | None:
    """For "the source"/"المصدر": the latest chain whose original source is a source of that number."""
    head = _HEAD_WORDS.get(pronoun) or (pronoun.split()[-1] if pronoun.startswith("the ") else "")
    if head not in ("source", "sources", "official", "officials"):
        return None
    for chain in reversed(history):
        if chain and chain[-1].kind == "anonymous" and chain[-1].name.split()[-1].lower() == head:
            return list(chain)
    return None


_NOUN_STEMS = {
    "الوزارة": ("وزار", "ministry"),
    "the ministry": ("وزار", "ministry", "department of"),
    "المنظمة": ("منظم", "organi"),
    "the organisation": ("منظم", "organi"),
    "the organization": ("منظم", "organi"),
    "the monitor": ("مرصد", "monitor", "observatory"),
    "the command": ("قياد", "command"),
    "الهيئة": ("هيئ", "commission", "authority"),
    "المركز": ("مركز", "center", "centre"),
    "the center": ("مركز", "center", "centre"),
    "the centre": ("مركز", "center", "centre"),
}


def _by_noun(history: list[list[SourceLink]], pronoun: str, text: str = "") -> list[SourceLink] | None:
    """For "الوزارة"/"the ministry": the latest chain up to a link whose names hold that noun (or, given
    the text, whose phrase there does: "the X Center of the Ministry of Y ... the Center")."""
    stems = _NOUN_STEMS[pronoun]
    for chain in reversed(history):
        for i in range(len(chain) - 1, -1, -1):
            if any(st in n.casefold() for n in chain[i].names() for st in stems):
                return list(chain[: i + 1])
            sp = chain[i].span
            if text and sp is not None and any(st in text[sp.start : sp.end].casefold() for st in stems):
                return list(chain[: i + 1])
    if "organi" in stems or "منظم" in stems:
        # "The Red Crescent said ... The organisation added": the latest non-governmental body named
        for chain in reversed(history[-3:]):
            if chain and chain[-1].kind == "org" and not re.search(r"ministry|army|وزار|جيش", chain[-1].name, re.I):
                return list(chain)
    return None


def _unresolved(pronoun: str, outlet: SourceLink | None) -> list[SourceLink]:
    """ "The ministry said" with nothing to point back to: the outlet when it is that body, else the description."""
    noun = re.sub(r"^(?:the\s+|ال)", "", pronoun)
    if outlet is not None:
        for name in outlet.names():
            words = [re.sub(r"^ال", "", w).casefold() for w in name.split()]
            if noun.casefold() in words:
                return []
    label = _HEAD_WORDS.get(pronoun) or noun
    return [SourceLink(name=label, aliases=[pronoun], kind="anonymous", rule="anaphor.unresolved")]


_OUTLET_ANAPHORS = {
    "الوكالة",
    "القناة",
    "الصحيفة",
    "الشبكة",
    "الموقع",
    "the agency",
    "the channel",
    "the newspaper",
    "the network",
    "the paper",
    "the outlet",
}


_ARM_SUBJECTS = {"subject", "it", "they", "the group", "the organisation", "the organization", "the movement", "the militia"}
_EN_OWN_ARM = re.compile(r"\b(?:through|via)\s+its\s+(?:own\s+)?[\"“']?([A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,2})[\"”']?")
_AR_OWN_ARM = re.compile(r"عبر\s+([^،,.]{2,40}?)\s+التابع(?:ة)?\s+(?:له|لها|لهم)(?=\s|[،,.]|$)")


_NO_COMMENT = re.compile(
    r"\bno\s+(?:immediate\s+|official\s+)?(?:comment|response|reaction)\s+from\s+(?:the\s+)?([^,;.]+?)"
    r"(?=\s+(?:on|to|about|regarding|over|as\s+of|until|by)\b|[,;.]|$)"
    r"|(?:لم\s+يصدر|ولم\s+يصدر|لا)\s+(?:أي\s+)?(?:تعليق|رد)\s+(?:فوري\s+|رسمي\s+)?(?:من|عن)\s+([^،,.؛]+?)"
    r"(?=\s+(?:على|حول|بشأن|حتى|إلى)\s|[،,.؛]|$)",
    re.I,
)


def _no_comment_body(text: str, ctx: LinkContext) -> list[SourceLink] | None:
    """"No comment from X ..., but it had denied": the party named as not commenting is the later "it"."""
    m = _NO_COMMENT.search(text) if "comment" in text or "تعليق" in text or "رد" in text else None
    if m is None:
        return None
    lang = "en" if m.group(1) else "ar"
    link = make_link((m.group(1) or m.group(2)).strip(), lang, ctx)
    if link is None or link.kind in ("place", "person", "anonymous") or link.rule in ("en.name", "ar.name"):
        return None
    return [link]


_GROUP_ANAPHORS = {"the group", "the movement", "the militia", "the faction"}


def _group_named_before(
    doc: Document, start: int, lo: int, ctx: LinkContext, stems: tuple[str, ...] = ()
) -> list[SourceLink] | None:
    """"... factions, chief among them X. But the group denied": the latest organisation named in
    the text from `lo` up to `start` (a person or unnamed source spoke last: "the group" is not them)."""
    best: tuple[int, str, str] | None = None
    for e in doc.entities:
        if e.type != "org":
            continue
        for mn in e.mentions:
            if lo <= mn.span.start and mn.span.end <= start and (best is None or mn.span.start > best[0]):
                if stems and not any(st in mn.span.of(doc.text).casefold() for st in stems):
                    continue  # "الهيئة": only a body whose name holds that noun
                best = (mn.span.start, mn.span.of(doc.text), e.lang)
    if best is None:
        return None
    link = make_link(best[1], best[2], ctx)
    return [link] if link is not None and link.kind == "org" else None


def _own_arm(stext: str, ctx: LinkContext) -> list[SourceLink] | None:
    """A body's own media arm named in the sentence ("through its X agency", "عبر وكالة X التابعة له"):
    the arm, one link for the body (SCHEMA), when it is a known agency or outlet."""
    m = _AR_OWN_ARM.search(stext) or _EN_OWN_ARM.search(stext)
    if m is None:
        return None
    arm = make_link(m.group(1).strip(" «»\"“”'"), "ar" if "عبر" in m.group(0) else "en", ctx.probe())
    if arm is None or arm.kind not in ("agency", "outlet") or arm.rule in ("en.name", "ar.name"):
        return None
    return [arm]


_AR_NAMED_GROUP = re.compile(r"تنظيم\s+[«\"“]?([\u0621-\u064a]+(?:\s+[\u0621-\u064a]+){0,2})")


def _named_group_before(before: str, ctx: LinkContext) -> list[SourceLink] | None:
    """"وتبنى التنظيم الهجوم، زاعماً ...": the latest known group the text named as "تنظيم X" before."""
    for m in reversed(list(_AR_NAMED_GROUP.finditer(before[-3000:]))):
        words = m.group(1).split()
        for n in range(len(words), 0, -1):
            lk = make_link("تنظيم " + " ".join(words[:n]), "ar", ctx.probe())
            if lk is not None and lk.kind == "org" and lookup_known(lk.name) is not None:
                return [lk]
    return None


def _narrow(chain: list[SourceLink], pronoun: str) -> list[SourceLink]:
    """The part of the latest chain an anaphor points to ("it" -> up to its last body)."""
    if pronoun in _OUTLET_ANAPHORS:
        # "ونقلت الوكالة عن ...": the agency or outlet of that chain, else the one publishing the copy
        at = [i for i, lk in enumerate(chain) if lk.kind in ("agency", "outlet")]
        return chain[: at[-1] + 1] if at else []
    if len(chain) < 2:
        return chain
    kinds = (
        ("org", "agency", "outlet")
        if pronoun in _ORG_ANAPHORS
        else ("person", "spokesperson")
        if pronoun in _PERSON_ANAPHORS
        else ()
    )
    if not kinds:
        return chain
    for i in range(len(chain) - 1, -1, -1):
        if chain[i].kind in kinds:
            return chain[: i + 1]
    return chain


_AR_SUBJECT_END = {
    "إن",
    "أن",
    "بأن",
    "ان",
    "إنه",
    "أنه",
    "إنها",
    "أنها",
    "عن",
    "إلى",
    "الى",
    "على",
    "بعد",
    "قبل",
}


@cache
def _ar_stops() -> frozenset[str]:
    return frozenset(strip_ar(w) for w in lang_data("ar").get("speaker", {}).get("stops", []))


def _ar_sentence_subject(s: str, ctx: LinkContext) -> SourceLink | None:
    """Arabic: the subject after the sentence's first verb (VSO), skipping a leading connective."""
    head = s.split("،", 1)
    if len(head) == 2 and len(head[0].split()) <= 4:
        s = head[1]
    words = s.split()[1:9]
    part = _ar_patterns()["participle"]
    for i, w in enumerate(words):  # the subject ends at a complementiser, a comma or a participle
        if i and (part.fullmatch(w.strip("،,")) or is_object_noun(w, words[i - 1])):
            words = words[:i]  # a participle or an object noun ("الجرحى") ends the subject
            break
        if w in _AR_SUBJECT_END or w.endswith("،"):
            words = words[: i + 1] if w.endswith("،") else words[:i]
            break
    best = None
    stops = _ar_stops()
    for n in range(len(words), 0, -1):
        if n > 1 and strip_ar(words[n - 1]) in stops:
            continue  # a phrase ending in a preposition or a time word names no one
        cand = " ".join(words[:n]).strip("،, ")
        probe = ctx.probe()  # trial phrases must not be remembered
        lk = make_link(cand, "ar", probe)
        arabic_label = lk is not None and lk.kind == "anonymous" and re.search(r"[\u0600-\u06ff]", lk.name)
        if (
            lk is not None
            and lk.rule not in ("ar.name", "ar.known.part")
            and lk.kind != "place"
            and not arabic_label
        ):
            best = lk
            break
    if best is not None:
        ctx.remember(best)
    return best


_CARRY = 6

# a live-blog time stamp or entry line: "10:40 GMT", "2 hours ago", "Updated 14:05", "١٠:٤٠ بتوقيت غزة"
_STAMP = re.compile(
    r"^\s*(?:(?:updated|posted|last updated|منذ|آخر تحديث)\s*:?\s*)?"
    r"(?:[0-9٠-٩]{1,2}[:.][0-9٠-٩]{2}\s*(?:[ap]\.?m\.?|GMT|UTC|ET|EST|BST|CET|local time|بتوقيت\s+\S+|[صم])?"
    r"|\d+\s+(?:min(?:ute)?s?|hours?|hrs?)\s+ago|(?:دقيقة|دقائق|ساعة|ساعات))\s*(?:[-–—|:]\s*.{0,80})?$",
    re.I,
)


def _entry_break(doc: Document, para) -> bool:  # type: ignore[no-untyped-def]
    """Does this paragraph open a new entry or section (a time stamp, a sub-heading inside the body)?"""
    t = doc.text[para.start : para.end].strip()
    if not t or len(t) > 120:
        return False
    if _STAMP.match(t):
        return True
    # a short heading line without closing punctuation, after the story began
    return (
        para.role in ("body", "furniture")
        and para.id > 2
        and len(t.split()) <= 10
        and t[-1] not in ".!?؟:،,\"”»'’)…"
        and t[:1] not in "\"“«'-•▸*"
        and not re.search(r"\d", t)
    )


_OWN_FINDINGS = re.compile(
    r"^(?:the\s+)?(?:initial|preliminary|first|early|unverified|unconfirmed)\s+(?:reports?|findings|information)$"
    r"|^(?:ال)?(?:تقارير|معلومات|معطيات|أنباء|انباء)\s+(?:ال)?(?:[أا]ولي[ةه]|غير\s+مؤكد[ةه])$",
    re.I,
)


def _own_findings(link: SourceLink) -> bool:
    """Unsourced "initial reports"/"التقارير الأولية" inside a speaker's words: the speaker's own findings."""
    return link.kind in ("anonymous", "person", "org") and any(_OWN_FINDINGS.match(n.strip()) for n in link.names())


_EN_DASH = re.compile(r"\s[-–—]")


def _may_open_frame(stext: str, lang: str) -> bool:
    """Does the sentence hold anything that can open a frame (a cue, a colon, a dash; أما in Arabic)?"""
    if lang == "ar":
        return trigger_search(stext) is not None
    return (
        ":" in stext
        or (_has_dash(stext) and _EN_DASH.search(stext) is not None)
        or cue_search(stext) is not None
        or tally_hint(stext)  # "X's toll stood at ...": a tally named by its owner
    )


def _has_dash(text: str) -> bool:
    """Does `text` hold a hyphen or a dash (what a dash pattern needs)?"""
    return "-" in text or "–" in text or "—" in text


def _claim_pos(claim: Claim) -> tuple[int, int] | None:
    if not claim.evidence:
        return None
    return claim.evidence[0].start, claim.evidence[0].end


def _choose(frames: list[Frame], p: int, e: int) -> Frame | None:
    inside = [f for f in frames if f.start >= p and f.end <= e + 1 and f.chain]
    if inside:
        return inside[0]
    # frames before the claim; a claim whose evidence starts on a frame's cue ("counted 49 dead") is in it
    after = [f for f in frames if f.after and (f.end <= p + 1 or f.start < p < f.end <= e)]
    before = [f for f in frames if f.before and f.start >= p]
    a = max(after, key=lambda f: (f.end if f.end <= p + 1 else p, f.start)) if after else None
    b = min(before, key=lambda f: f.start) if before else None
    if a and b:
        return a if (p - a.end) <= (b.start - e) else b
    if a or b:
        return a or b
    # a frame whose cue falls inside the evidence (the evidence holds the speaker)
    cover = [f for f in frames if f.start < e and f.end > p]
    return cover[0] if cover else None


_NAME_FILLERS = {"the", "of", "a", "an", "for", "in", "and", "في", "و", "ل", "من"}


def _name_words(name: str) -> frozenset[str]:
    """Content words of a name, loosely normalised ("Gaza's Ministry of Health" -> gaza, ministry, health)."""
    name = re.sub(r"(?:'s|’s)\b", "", name)
    out = set()
    for w in re.findall(r"[\w\u0600-\u06ff]+", name):
        k = norm_key(w)
        if k.startswith("ال") and len(k) > 4:
            k = k[2:]
        if k and k not in _NAME_FILLERS:
            out.add(k)
    return frozenset(out)


def _describes(head: SourceLink, body: SourceLink) -> bool:
    """Is the headline's `head` a shorter wording of the body's `body` ("Monitor" / "a war monitor")?"""
    if head.kind != body.kind and "anonymous" in (head.kind, body.kind) and head.kind != "anonymous":
        return False
    body_sets = [_name_words(n) for n in body.names()]
    for n in head.names():
        words = _name_words(n)
        if words and any(all(({w} | _KIND_WORDS.get(w, set())) & b for w in words) for b in body_sets):
            return True
    return False


# a headline's generic word and the words of the names it describes ("Monitor" -> the Observatory)
_KIND_WORDS: dict[str, set[str]] = {
    "monitor": {"observatory", "watchdog", "مرصد"},
    "war": {"observatory"},
    "rescuers": {"civil", "helmets", "rescue", "دفاع"},
    "medics": {"crescent", "paramedics", "medical", "hospital", "doctors", "هلال"},
    "army": {"military", "forces", "defense", "defence", "جيش"},
    "military": {"army", "forces", "defense", "defence", "جيش"},
    "مرصد": {"observatory", "monitor"},
}


def _stamped_heading(doc: Document, c: Claim) -> bool:
    """Is the claim in a live-page entry heading that opens with a time stamp ("12:15 GMT - ...")?"""
    sent = doc.sentence_at(c.evidence[0].start) if c.evidence else None
    return sent is not None and _STAMP.match(doc.text, sent.start) is not None


_STAMP = re.compile(TICKER_STAMP)


def _quoted_heading_speaker(doc: Document, roles: dict[int, str]) -> None:
    """A live entry's quoted heading ("14:05 GMT - 'We saw dozens of wounded'") is the words of the entry's
    speaker: an unsourced figure there takes the chain of the same figure in the entry's first paragraph."""
    for c in doc.claims:
        if c.source or not c.evidence or c.sentence is None or roles.get(c.sentence) not in ("furniture", "headline"):
            continue
        sent = doc.sentence_at(c.evidence[0].start)
        sm = _STAMP.match(doc.text, sent.start) if sent is not None else None
        if sm is None or doc.text[sm.end() : sm.end() + 1] not in tuple("'\"“‘«"):
            continue
        for b in doc.claims:
            bs = doc.sentence_at(b.evidence[0].start) if b.evidence else None
            if (
                b.source
                and bs is not None
                and bs.paragraph == sent.paragraph + 1
                and (b.outcome, b.min, b.max) == (c.outcome, c.min, c.max)
            ):
                assign_trusted(c, "source", [lk.model_copy() for lk in b.source])
                break


def _headline_links_to_body(doc: Document, roles: dict[int, str]) -> None:
    """A headline or caption source worded differently from the body's is the body's link.

    "Health ministry: 22 killed" over "Gaza's Ministry of Health said 22 ..." (or "Monitor says"
    over "a war monitor said") names one source: give them one link, so the same figure merges."""

    def role_of(c: Claim) -> str | None:
        sid = c.sentence
        if sid is None and c.evidence:  # a claim not yet placed in a sentence: its evidence's sentence
            sent = doc.sentence_at(c.evidence[0].start)
            sid = sent.id if sent is not None else None
        return roles.get(sid if sid is not None else -1)

    tops = [c for c in doc.claims if c.source and role_of(c) in ("headline", "caption")]
    # a live page's stamped entry heading ("12:15 GMT - Monitor says toll now nine") heads its entry like a headline
    tops += [c for c in doc.claims if c.source and role_of(c) == "furniture" and _stamped_heading(doc, c)]
    if not tops:
        return
    body = [c for c in doc.claims if c.source and role_of(c) not in ("headline", "caption", None)]
    for c in tops:
        lang = c.lang
        same_lang = [b for b in body if b.lang == lang and b is not c]
        for i, link in enumerate(c.source):
            if any(
                link.name.casefold() == b.source[min(i, len(b.source) - 1)].name.casefold() for b in same_lang
            ):
                continue
            cands = [(b, bl) for b in same_lang for bl in b.source if _describes(link, bl)]
            if not cands:
                continue
            same_fig = [
                x
                for x in cands
                if (x[0].outcome, x[0].group, x[0].min, x[0].max) == (c.outcome, c.group, c.min, c.max)
            ]
            target = (same_fig or cands)[0][1]
            c.source[i] = target.model_copy(update={"span": link.span})
            if same_fig and i == 0 and len(c.source) == 1:
                # the body's figure from the same source: the same claim, relayed as the body relays it
                outer = same_fig[0][0].source
                j = next(k for k, bl in enumerate(outer) if bl is target)
                c.source[:0] = [bl.model_copy() for bl in outer[:j]]
                c.source[j] = target.model_copy()  # (the body's words: the same link)
                break


@cache
def _load(lang: str) -> None:
    """Load a language's attribution data and patterns on its first text (a one-time cost)."""
    if lang == "ar":
        frames_ar.load()
        _ar_stops()
    else:
        frames_en.load()
    links.load(lang)


def attribute_document(doc: Document) -> None:
    for lang in {s.lang for s in doc.sentences}:
        _load(lang if lang == "ar" else "en")
    ctx = LinkContext(outlet=doc.outlet, text=doc.text)
    quotes = _Quotes(doc.text)
    subjects: dict[str, SourceLink | None] = {}

    def subject_of(stext: str, lang: str) -> SourceLink | None:  # once per sentence
        if stext not in subjects:
            subjects[stext] = _sentence_subject(stext, lang, ctx)
        return subjects[stext]

    by_sentence: dict[int, list[Claim]] = {}
    for c in doc.claims:
        pos = _claim_pos(c)
        sid = c.sentence
        if sid is None and pos is not None:
            s = doc.sentence_at(pos[0])
            sid = s.id if s else None
        if sid is not None:
            by_sentence.setdefault(sid, []).append(c)
    halves = doc.halves or []
    agencies: dict[int, tuple[SourceLink, int] | None] = {}
    for hi, h in enumerate(halves):
        agencies[hi] = credited_agency(doc, h.start, h.end)
    if not halves:
        agencies[0] = credited_agency(doc, 0, len(doc.text))
    states: dict[int, _HalfState] = {}
    labels: dict[str, SourceLink | None] = {}
    found = [_LABEL.match(doc.text[p.start : p.end]) for p in doc.paragraphs]
    found_labels = [m.group(1).strip() for m in found if m]
    transcript = "Q" in found_labels and len(found_labels) >= 2
    last_para = -1
    roles: dict[int, str] = {}

    # each sentence's half (its paragraph's; 0 without one), read once per paragraph
    para_halves = [p.half or 0 for p in doc.paragraphs]
    n_paras = len(para_halves)
    sent_halves = [para_halves[sent.paragraph] if sent.paragraph < n_paras else 0 for sent in doc.sentences]
    # sentences after a half's last claim change nothing: stop there
    last_claim: dict[int, int] = {}
    for sent, h in zip(doc.sentences, sent_halves, strict=True):
        if sent.id in by_sentence:
            last_claim[h] = sent.id
    # a speaker is carried over a few sentences, not across a whole report: sentences more than
    # _CARRY sentences before the next claim of their half are not read
    next_claim: dict[int, int] = {}
    upcoming: dict[int, int] = {}
    for sent, h in zip(reversed(doc.sentences), reversed(sent_halves), strict=True):
        if sent.id in by_sentence:
            upcoming[h] = sent.id
        next_claim[sent.id] = upcoming.get(h, -1)
    for sent_idx, (sent, half) in enumerate(zip(doc.sentences, sent_halves, strict=True)):
        para = doc.paragraphs[sent.paragraph] if sent.paragraph < len(doc.paragraphs) else None
        if para is not None and sent.paragraph != last_para and half in states and _entry_break(doc, para):
            states[half].last = None  # a live-blog entry or a sub-heading: no speaker carries over
            states[half].history = []
        if sent.id > last_claim.get(half, -1) and not transcript:
            continue
        if not transcript and next_claim.get(sent.id, -1) - sent.id > _CARRY:
            continue
        st = states.get(half)
        if st is None:
            st = states[half] = _HalfState()
        role = para.role if para is not None else "body"
        stext = doc.text[sent.start : sent.end]
        # transcript labels ("GEN. McKENZIE:", "Q:") set the speaker until the next label
        if para is not None and sent.paragraph != last_para:
            lm = found[sent.paragraph]  # (the paragraph's label, matched above)
            if transcript and lm and _mostly_upper(lm.group(1)):
                lab = lm.group(1).strip()
                if lab not in labels:
                    labels[lab] = _transcript_link(lab, doc, ctx)
                if labels[lab] is not None:
                    st.base = [labels[lab]]  # type: ignore[list-item]
                    st.last = None
        last_para = sent.paragraph
        lang = sent.lang if sent.lang in ("ar", "en") else "en"
        has_claims = sent.id in by_sentence
        if not _may_open_frame(stext, lang) or (
            not has_claims and role in ("headline", "caption", "furniture")
        ):
            frames: list[Frame] = []  # no cue to read, or nothing to attribute or carry over
        elif st.base and _LABEL.match(stext):
            lab_end = _LABEL.match(stext).end()  # type: ignore[union-attr]
            frames = (ar_frames if lang == "ar" else en_frames)(stext[lab_end:], sent.start + lab_end, ctx)
        else:
            frames = (ar_frames if lang == "ar" else en_frames)(stext, sent.start, ctx)
        if not frames and not has_claims:
            roles[sent.id] = role
            continue  # (no frame to resolve or remember, no claim to attribute)
        # a sentence opening a quotation right after a quoted speaker: sources inside it are theirs
        quoted_by: list[SourceLink] = []
        quote_end = sent.start
        if (
            stext[:1] in '"“«'
            and st.last
            and st.last_para == sent.paragraph
            and role not in ("headline", "caption")
        ):
            close = re.search(r"[”»\"]", stext[1:])
            quoted_by = list(st.last)
            quote_end = sent.start + 1 + (close.start() if close else len(stext))
        # resolve anaphoric frames; nest a frame that opens its predecessor's content
        resolved: list[Frame] = []
        for f in frames:
            if f.chain is None and f.pronoun == "continued":
                # a continuation right after a speaker's sentence is theirs; otherwise the outlet's
                near = st.last and st.last_para >= sent.paragraph - 1 and role not in ("headline", "caption")
                f.chain = list(st.last or []) if near else []
            if f.chain is None:
                prev = next((g for g in reversed(resolved) if g.chain and g.end <= f.start), None)
                if prev is not None and prev.rule == "ar.what_claimed":
                    # "وتنفي X ما تداولته Y عن ...، كما تؤكد أن": what Y put about never makes Y the next subject
                    prev = next(
                        (g for g in reversed(resolved) if g.chain is not None and g.end <= f.start and g.rule != "ar.what_claimed"),
                        None,
                    )
                chain: list[SourceLink] | None = None
                if f.pronoun in ("we", "i", "نحن"):
                    chain = list(st.base) if st.base else None
                    later = [g for g in frames if g.before and g.chain and g.start >= f.end]
                    if chain is None and later:
                        chain = list(later[0].chain or [])  # '"We counted 16," X said': we = X
                if chain is None and prev is not None:
                    chain = list(prev.chain or [])
                if chain is None and f.pronoun in ("it", "they", "") and f.deny:
                    chain = _no_comment_body(doc.text[sent.start : f.start], ctx)  # (a denial after "no comment")
                if chain is None and lang == "ar" and not f.pronoun and f.start - sent.start > 12:
                    # "طالب الائتلاف ... بعد غارات قال إنها ...": the verb's subject is the sentence's
                    subj = subject_of(stext, lang)
                    if subj is not None:
                        chain = [subj]
                if chain is None and f.pronoun in ("it", "they", "he", "she", "subject"):
                    subj = subject_of(stext, lang)
                    if subj is not None:
                        chain = [subj]
                if (
                    chain is None
                    and not st.last
                    and f.pronoun in ("he", "she", "it", "they")
                    and sent_idx > 0
                    and doc.sentences[sent_idx - 1].paragraph == sent.paragraph
                ):
                    # "Ms Y rang us again. She now tells us ...": the subject of the sentence before, when
                    # no speaker carries over (a new live-blog entry)
                    ps = doc.sentences[sent_idx - 1]
                    subj = subject_of(doc.text[ps.start : ps.end], lang)
                    if subj is not None:
                        chain = [subj]
                if chain is None and f.pronoun in _ARM_SUBJECTS and ("عبر" in stext or " its " in stext):
                    chain = _own_arm(stext, ctx)  # "the group claimed it through its X agency": X speaks for it
                if chain is None and lang == "ar" and f.pronoun == "subject" and "التنظيم" in stext[: f.start - sent.start]:
                    chain = _named_group_before(doc.text[: sent.start], ctx)  # "التنظيم": the group named earlier
                if (
                    chain is None
                    and f.pronoun in _GROUP_ANAPHORS
                    and not any(lk.kind in ("org", "agency", "outlet") for lk in st.last or [])
                ):
                    lo = doc.paragraphs[sent.paragraph].start if sent.paragraph < len(doc.paragraphs) else sent.start
                    chain = _group_named_before(doc, f.start, lo, ctx)
                if chain is None and role not in ("headline", "caption", "furniture"):
                    chain = _by_head(st.history, f.pronoun)
                if (
                    chain is None
                    and role not in ("headline", "caption", "furniture")
                    and f.pronoun in _NOUN_STEMS
                ):
                    # "الوزارة"/"the ministry": the latest ministry named, never another kind of body
                    chain = _by_noun(st.history, f.pronoun, doc.text)
                    if chain is None:  # "وعلى رأسها هيئة X. غير أن الهيئة نفت": a body the paragraph named
                        lo = doc.paragraphs[sent.paragraph].start if sent.paragraph < len(doc.paragraphs) else sent.start
                        chain = _group_named_before(doc, f.start, lo, ctx, _NOUN_STEMS[f.pronoun])
                    chain = chain or _unresolved(f.pronoun, doc.outlet)
                if chain is None and role not in ("headline", "caption", "furniture"):
                    chain = (
                        _narrow(list(st.last), f.pronoun) if st.last else (list(st.base) if st.base else None)
                    )
                if chain is None and f.pronoun.startswith(("the ", "ال")):
                    chain = _unresolved(f.pronoun, doc.outlet)
                if chain is None:
                    chain = []
                f.chain = chain + [lk for lk in f.extra if not any(_same(lk, x) for x in chain)]
            elif f.chain:
                if quoted_by and f.start < quote_end and not any(_same(f.chain[0], x) for x in quoted_by):
                    f.chain = list(quoted_by) + f.chain  # a source quoted inside a speaker's quotation
                # the latest frame before it whose content it may be in
                outer = next((g for g in reversed(resolved) if g.chain and g.after and g.end <= f.start), None)
                if outer is not None and len(f.chain) == 1 and _own_findings(f.chain[0]):
                    f.chain = list(outer.chain or [])  # "X said initial reports show ...": X's own findings
                elif outer is None and len(f.chain) == 1 and _own_findings(f.chain[0]) and not st.base:
                    f.chain = []  # "Preliminary reports speak of ...": unsourced, in the outlet's own voice
                elif outer is not None:
                    gap = doc.text[outer.end : f.start].strip(" ,،")
                    if gap.lower() in ("", "that", "إن", "أن", "بأن") and not any(
                        _same(f.chain[0], x) for x in outer.chain or []
                    ):
                        f.chain = list(outer.chain or []) + f.chain
                if st.base and f.chain and not _same(f.chain[0], st.base[0]):
                    f.chain = list(st.base) + f.chain
            if doc.outlet is not None and f.chain and _is_outlet_itself(f.chain[0], doc.outlet):
                f.chain = f.chain[1:]
            resolved.append(f)
        frames = resolved
        default: list[SourceLink] = []
        if st.base:
            default = list(st.base)
        elif (
            role not in ("headline", "caption", "furniture")
            and st.last
            and para is not None
            and (
                quotes.open_at(para.start, sent.start)
                # a bare quotation right after a quoted speaker in the same paragraph goes on quoting them
                or (not frames and stext[:1] in '"“«' and st.last_para == sent.paragraph)
            )
        ):
            default = list(st.last)
        for c in by_sentence.get(sent.id, []):
            pos = _claim_pos(c)
            f = _choose(frames, *pos) if pos else None
            if f is not None and f.rule == "ar.what_claimed" and c.stance == "deny":
                # "نفى X ما روجته Y عن ...": the denial is X's, what Y put about is Y's
                f = _choose([g for g in frames if g is not f], *pos) if pos else None
            chain = list(f.chain or []) if f is not None else list(default)
            if f is None and not default and para is not None and role not in ("headline", "caption"):
                recent = st.last if st.last and st.last_para >= sent.paragraph - 1 else []
                later = _closing_speaker(doc, sent_idx, para.start, ctx, quotes, recent)
                if later:
                    chain = list(st.base) + later if st.base and not _same(later[0], st.base[0]) else later
                    if doc.outlet is not None and chain and _is_outlet_itself(chain[0], doc.outlet):
                        chain = chain[1:]
            credit = agencies.get(half)
            if credit is not None and sent.start >= credit[1] and not (chain and _same(chain[0], credit[0])):
                chain = [credit[0], *chain]
            assign_trusted(c, "source", chain)  # (c.source = chain: a list of links)
        roles[sent.id] = role
        with_chain = [f for f in frames if f.chain]
        if with_chain and "aware of" in stext:  # "we are aware of reports that ...": no speaker to carry on (round 16)
            with_chain = [f for f in with_chain if not doc.text.startswith("aware of", f.start)]
        if with_chain and role not in ("headline", "caption", "furniture"):
            st.last = list(with_chain[-1].chain or [])
            st.last_para = sent.paragraph
            st.history.extend(list(f.chain or []) for f in with_chain)
    _headline_links_to_body(doc, roles)
    _heading_lines_to_body(doc)  # (round 15)
    _described_person_is_anonymous(doc)  # (round 15)
    _lede_official_named_next(doc)  # (round 17)
    _quoted_heading_speaker(doc, roles)
    _entity_canonical(doc)


def _entity_canonical(doc: Document) -> None:
    """A speaker the names stage named by the report's context keeps that name: "وزارة الصحة الفلسطينية"
    in West Bank copy is the Palestinian Ministry of Health (its other name stays an alias)."""
    if not any(lk.kind == "org" for c in doc.claims for lk in c.source):
        return  # (only organisations' links are renamed)
    by_text: dict[str, Entity] = {}
    for e in doc.entities:
        if e.type == "org":
            for m in e.mentions:
                by_text.setdefault(norm_key(doc.text[m.span.start : m.span.end]), e)
    if not by_text:
        return
    renamed: dict[int, SourceLink] = {}
    for c in doc.claims:
        for i, lk in enumerate(c.source):
            if lk.kind != "org":
                continue
            if id(lk) not in renamed:
                renamed[id(lk)] = lk
                names = lk.names()
                # the entity of the mention the link was read from (its name or its surface, the first aliases)
                e = next((by_text[k] for k in map(norm_key, names[:3]) if k in by_text), None)
                if e is not None and e.canonical != lk.name:
                    keys = {norm_key(a) for a in [e.canonical, *e.aliases]}
                    if any(norm_key(n) in keys for n in names):  # (the same body)
                        renamed[id(lk)] = lk.model_copy(
                            update={"name": e.canonical, "aliases": [n for n in names if n != e.canonical]}
                        )
            c.source[i] = renamed[id(lk)]


def _heading_lines_to_body(doc: Document) -> None:
    """A heading-like line (a one-sentence paragraph without a full stop: a standfirst, a live entry's heading)
    naming its source by a description ("..., hospital director says", "Health officials in X say ...") takes the
    chain of the same figure later in the body when that description fits the body's link (`_describes`), so
    `merge_repeats` merges them ("Dr X, director of Y hospital, told ..."; "local health officials said")."""
    heads: list[Claim] = []
    later: list[Claim] = []
    for c in doc.claims:
        if not c.source or not c.evidence:
            continue
        sent = doc.sentence_at(c.evidence[0].start)
        if sent is None:
            continue
        para = doc.paragraphs[sent.paragraph] if sent.paragraph < len(doc.paragraphs) else None
        line = doc.text[sent.start : sent.end].rstrip()
        one = para is not None and para.start == sent.start and para.end <= sent.end + 1
        if one and line[-1:] not in ".!?\"”’'؟" and len(c.source) == 1 and c.source[0].kind == "anonymous":
            heads.append(c)
        else:
            later.append(c)
    for c in heads:
        fig = (c.outcome, c.group, c.min, c.max)
        for b in later:
            if b.lang != c.lang or b.evidence[0].start < c.evidence[0].start:
                continue
            if (b.outcome, b.group, b.min, b.max) == fig and _describes(c.source[0], b.source[-1]):
                c.source[:] = [lk.model_copy(update={"span": c.source[0].span}) for lk in b.source]
                break


_APPOS_DESC = re.compile(r",\s*(?:who|an?|the)\s+([^,.;\"“”]{3,90}),")
_ANON_HEADS_EN = frozenset({"official", "officials", "source", "sources", "spokesman", "spokeswoman", "worker", "staff"})


_LONE_OFFICIAL = re.compile(r"^(?:local|provincial|district|government|regional|city)\s+official$")
_NAMED_OFFICIAL_TOLD = re.compile(
    r"([A-Z][\w'’\-]+(?:\s+(?:al-|el-)?[A-Z][\w'’\-]+){1,3}),\s+((?:the\s+)?(?:deputy\s+)?"
    r"(?:governor|mayor|district\s+chief|district\s+head|head\s+of\s+the\s+district|local\s+council\s+head)"
    r"(?:\s+of\s+[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?)?),\s+(?:told|said)\b"
)


def _lede_official_named_next(doc: Document) -> None:
    """ "..., a local official said." in a lede, then "X, deputy governor of Y, told <outlet> ..." in the
    paragraph after: the official of the lede is that named governor or mayor (wire copy names them late)."""
    if "official" not in doc.text:
        return
    for c in doc.claims:
        lk = c.source[-1] if c.source else None
        if lk is None or lk.kind != "anonymous" or c.lang != "en" or not _LONE_OFFICIAL.match(lk.name.lower()):
            continue
        sent = next((s for s in doc.sentences if s.id == c.sentence), None)
        if sent is None:
            continue
        nxt = [s for s in doc.sentences if sent.paragraph < s.paragraph <= sent.paragraph + 1]
        m = _NAMED_OFFICIAL_TOLD.search(doc.text, nxt[0].start, nxt[-1].end) if nxt else None
        if m is None:
            continue
        person = SourceLink(
            name=m.group(1), aliases=[m.group(2), *lk.names()], kind="person", person=m.group(1), rule="en.lede_official"
        )
        c.source[-1] = person


def _described_person_is_anonymous(doc: Document) -> None:
    """ "..., a camp health official said." then '"...," X, who runs the camp's health committee, told ...' with the
    same figure: the described person is the official named; one link, so `merge_repeats` merges the repeats."""
    people: dict[str, tuple[SourceLink, frozenset[str]]] = {}
    for c in doc.claims:
        lk = c.source[0] if len(c.source) == 1 else None
        if lk is None or lk.kind != "person" or lk.name in people:
            continue
        at = doc.text.find(lk.name)
        am = _APPOS_DESC.match(doc.text, at + len(lk.name), at + len(lk.name) + 120) if at >= 0 else None
        if am:
            people[lk.name] = (lk, _name_words(am.group(1)))
    if not people:
        return
    figs: dict[str, set[tuple]] = {}
    for c in doc.claims:
        if len(c.source) == 1:
            figs.setdefault(c.source[0].name, set()).add((c.outcome, c.min, c.max))
    swap: dict[str, SourceLink] = {}
    for c in doc.claims:
        lk = c.source[0] if len(c.source) == 1 else None
        if lk is None or lk.kind != "anonymous" or lk.name in swap:
            continue
        quals = _name_words(lk.name) - _ANON_HEADS_EN
        if not quals or quals == _name_words(lk.name):
            continue
        for pname, (plk, desc) in people.items():
            if quals <= desc and figs.get(lk.name, set()) & figs.get(pname, set()):
                swap[lk.name] = plk.model_copy(update={"aliases": [*plk.aliases, *lk.names()]})
                break
    for c in doc.claims:
        if len(c.source) == 1 and c.source[0].name in swap:
            c.source[0] = swap[c.source[0].name].model_copy(update={"span": c.source[0].span})
