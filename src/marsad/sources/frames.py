"""Attribution frames in one sentence: who speaks, through whom, and over which text.

A frame is a speaker chain (None when the speaker is a pronoun or missing, to be
resolved to the latest speaker) and the stretch of the sentence it governs:
content after its cue ("X said that ..."), before its speaker ("..., X said"),
or both ("according to X"). Cues are data in lang/<code>/sources.toml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from marsad.record import SourceLink, Span
from marsad.sources.lexicon import ar_alternation, en_alternation, lang_data, norm_key, strip_ar
from marsad.sources.links import LinkContext, make_link

_WEAK = ("en.name", "ar.name", "en.person.role")


@dataclass
class Frame:
    chain: list[SourceLink] | None  # None: anaphoric, resolved by the caller
    start: int  # absolute offset where the frame (speaker or cue) begins
    end: int  # absolute offset where its content may begin
    after: bool = True  # governs text after `end`
    before: bool = False  # governs text before `start`
    deny: bool = False
    pronoun: str = ""  # the anaphor seen ("he", "it", "المصادر"), "" when no subject
    extra: list[SourceLink] = field(default_factory=list)  # links relayed after an anaphoric speaker
    rule: str = ""


# ---------------------------------------------------------------- helpers

_SHORT_QUOTE = re.compile(r"[“\"«]([^“”\"«»\n]{1,40})[”\"»]")


def unquote_names(s: str) -> str:
    """Blank the quotation marks around short quoted names (same length, offsets kept)."""
    return _SHORT_QUOTE.sub(
        lambda m: " " + m.group(1) + " " if len(m.group(1).split()) <= 4 else m.group(0), s
    )


def _is_weak(link: SourceLink | None) -> bool:
    return link is None or link.rule in _WEAK


def _told_outlet(obj: str, lang: str, ctx: LinkContext) -> SourceLink | None:
    """The outlet a speaker told, or None when it is this outlet or no medium at all."""
    obj = obj.strip(" ,.،:«»“”\"'")
    if not obj:
        return None
    sp = lang_data(lang).get("speaker", {})
    if lang == "en" and obj.lower() in sp.get("self_objects", []):
        return None
    if ctx.outlet is not None:
        keys = {norm_key(n) for n in ctx.outlet.names()}
        if (
            norm_key(obj) in keys
            or norm_key(re.sub(r"^(?:قناة|وكالة|صحيفة|موقع|شبكة|تلفزيون)\s+", "", obj)) in keys
        ):
            return None
    link = make_link(obj, lang, ctx)
    if link is None:
        return None
    if link.kind in ("agency", "outlet"):
        return link
    if lang == "en":
        words = set(re.findall(r"[a-z]+", obj.lower()))
        if words & set(sp.get("media_words", [])):
            return link.model_copy(update={"kind": "outlet"})
        return None
    return link.model_copy(update={"kind": "outlet"})


# ---------------------------------------------------------------- English


@cache
def _en_patterns() -> dict[str, re.Pattern[str]]:
    d = lang_data("en")
    cues, sp = d["cues"], d["speaker"]
    all_cues = cues["say"] + cues["participle"] + cues["relay"] + cues["according"]
    return {
        "cue": re.compile(rf"(?<![\w-])(?:{en_alternation(all_cues)})(?![\w-])", re.I),
        "boundary": re.compile(
            rf"[;:“”\"\[\]—–]|\s-\s|,|(?<![\w-])(?:{en_alternation(sp['clause_words'])})(?![\w-])", re.I
        ),
        "adverb_tail": re.compile(rf"(?:^|\s)(?:{en_alternation(sp['adverbs'])})\s*$", re.I),
        "speaker_end": re.compile(
            r"[,;:.“”\"()—–]|\s(?:that|which|who|as saying|saying|as|on|in|at|last|late|early|after|before|when|while|and said)\s",
            re.I,
        ),
        "relay_split": re.compile(r",?\s*\b(citing|quoting|quoted by|cited by)\b\s*", re.I),
        "told_object": re.compile(
            r"^\s*(.+?)(?=\s+(?:that|on|in|at|late|early|last|by|over|after|earlier)\b|[,:“\"]|$)", re.I
        ),
    }


_EN_VERBISH = re.compile(
    r"\b(?:was|were|is|are|been|be|being|killed|died|wounded|injured|had|have|has|did|do|does|not|no|it's|there)\b|\d",
    re.I,
)
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
}
_EN_VERB_AFTER = {"put", "say", "said", "suggest", "suggested", "indicate", "indicated", "of", "were", "are"}
_EN_PASSIVE_AFTER = {"killed", "dead", "wounded", "injured", "missing", "hurt", "to", "by"}


def _en_subject_before(s: str, pos: int) -> tuple[str, int, bool] | None:
    """(subject text, its offset in s, preceded-by-content) for a cue at s[pos]."""
    pats = _en_patterns()
    pre = s[:pos]
    while True:
        m = pats["adverb_tail"].search(pre)
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
        if re.match(
            r"^\s*(?:which|who|whose|that|where|a|an|the|one|based|known|for|on|in|at|with)\b", appos, re.I
        ) and not re.search(r"\b(?:citing|quoting)\b", appos):
            appos = ""
    # last boundary
    bounds = list(pats["boundary"].finditer(stripped))
    last = bounds[-1] if bounds else None
    cut = last.end() if last else 0
    head = stripped[cut:]
    # "X and Y said": keep "and" between two speaker nouns ("paramedics and local activists")
    ands = list(re.finditer(r"\band\b", head))
    am = ands[-1] if ands else None
    if am is not None:
        left, right = head[: am.start()].split(), head[am.end() :].split()
        heads = set(lang_data("en")["anonymous"]["heads"])
        keep = bool(left and right) and left[-1].lower() in heads and len(left) <= 3
        keep = keep or (
            bool(left and right)
            and len(left) <= 4
            and all(w[:1].isupper() for w in left)
            and all(w[:1].isupper() or w.lower() in ("the", "of") for w in right)
        )
        if not keep:
            cut += am.end()
            head = head[am.end() :]
    lead = len(head) - len(head.lstrip())
    head_start = cut + lead
    head = head.strip()
    cm = re.match(r"^(?:\d+/\d*|\d+\)|[-•▸]+)\s*", head)
    if cm:
        head_start += cm.end()
        head = head[cm.end() :]
    if not head and not appos and re.search(r"\band\s*$", stripped):
        return "subject", cut, False
    if appos:
        if not head:
            return None
        head = f"{head}, {appos.strip()}"
    if not head or len(head.split()) > 14:
        return None
    core = head.split(",")[0]
    if _EN_VERBISH.search(core) and core.lower().split()[0] not in _EN_PRONOUNS:
        return None
    before_txt = stripped[:head_start].rstrip()
    preceded = bool(before_txt) and before_txt[-1] in ",”\"'’:—–" and bool(re.search(r"\w", before_txt))
    return head, head_start, preceded


def _en_chain(text: str, base: int, s: str, ctx: LinkContext) -> tuple[list[SourceLink] | None, str]:
    """Links named in a subject ("X citing Y", "Y, quoted by X"); (None, pronoun) for an anaphor."""
    pats = _en_patterns()
    wm = re.match(r"^(.+?)\s+who\s+(?:spoke|talked|had spoken)\s+to\s+(.+)$", text, re.I)
    if wm:
        told = _told_outlet(wm.group(2), "en", ctx) or make_link(wm.group(2), "en", ctx)
        inner, pr = _en_chain(wm.group(1), base, s, ctx)
        if inner and not pr:
            return ([told] if told else []) + inner, ""
    parts = pats["relay_split"].split(text)
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
        link = make_link(p, "en", ctx, Span(start=start, end=start + len(p)) if start >= 0 else None)
        if link is None:
            continue
        if order < 0:
            chain.insert(len(chain) - 1 if chain else 0, link)
        else:
            chain.append(link)
    return chain, pronoun  # with a pronoun, the links are relayed after its antecedent


def en_frames(s: str, offset: int, ctx: LinkContext) -> list[Frame]:
    """Frames of an English sentence `s` starting at absolute `offset`."""
    d = lang_data("en")
    cues = d["cues"]
    pats = _en_patterns()
    s = unquote_names(s)
    low_say = {c.lower() for c in cues["say"]}
    low_part = {c.lower() for c in cues["participle"]}
    low_relay = {c.lower() for c in cues["relay"]}
    low_acc = {c.lower() for c in cues["according"]}
    low_deny = {c.lower() for c in cues["deny"]}
    frames: list[Frame] = []
    consumed_to = 0
    # "X: ..." (headlines, posts, transcripts)
    hm = re.match(r"^\s*([^:\n]{2,60}?)\s*:\s+\S", s)
    if hm and not re.search(r"\d:\d", s[: hm.end()]):
        head = re.split(r"[|•▸]", hm.group(1))[-1].strip()
        hl = head.lower()
        if not pats["cue"].search(head) and hl not in (
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
        ):
            link = make_link(head, "en", ctx, Span(start=offset + hm.start(1), end=offset + hm.end(1)))
            if link is not None and (not _is_weak(link) or link.rule == "en.person.role"):
                frames.append(
                    Frame([link], offset + hm.start(1), offset + hm.end(), rule="en.headline_colon")
                )
                consumed_to = hm.end()
    # a wire headline's source after a dash: "Strike kills 20 in Gaza -health officials"
    tm = re.search(r"\s[-–—]\s?([A-Za-z][\w.' ]{2,40}?)\s*$", s)
    if tm and len(s.split()) <= 16 and not pats["cue"].search(tm.group(1)):
        link = make_link(tm.group(1), "en", ctx, Span(start=offset + tm.start(1), end=offset + tm.end(1)))
        if link is not None and not _is_weak(link) and link.kind != "place":
            frames.append(
                Frame([link], offset + tm.start(), offset + tm.end(), False, True, rule="en.headline_dash")
            )
    for m in pats["cue"].finditer(s):
        if m.start() < consumed_to:
            continue
        cue = re.sub(r"\s+", " ", m.group(0).lower())
        prev_word = (re.findall(r"[\w'’-]+", s[: m.start()])[-1:] or [""])[0].lower()
        next_word = (re.findall(r"[\w'’-]+", s[m.end() :])[:1] or [""])[0].lower()
        if cue in _EN_NOUNLIKE and (prev_word in _EN_NOUN_BEFORE or next_word in _EN_VERB_AFTER):
            continue
        if (
            cue in ("spoke", "spoken", "told", "talked")
            and prev_word in ("who", "whom")
            or (cue in ("spoke", "spoken") and next_word in ("to", "with"))
        ):
            continue
        if (
            cue in ("reported", "reports", "said", "claimed")
            and next_word in _EN_PASSIVE_AFTER
            or next_word == "by"
        ):
            continue
        if re.search(
            r"(?:\bnot|n't|\bwithout|\bdeclined to|\brefused to|\bnever)\s*$",
            s[max(0, m.start() - 14) : m.start()],
            re.I,
        ):
            continue
        deny = cue in low_deny
        if cue in low_acc:
            rest = s[m.end() :]
            em = pats["speaker_end"].search(rest)
            sp_txt = rest[: em.start()] if em else rest
            sp_txt = sp_txt.strip()
            chain: list[SourceLink] = []
            # "according to what X told Y"
            wm = re.match(r"^what\s+(.+?)\s+(?:told|said to)\s+(.+)$", sp_txt, re.I)
            if wm:
                told = _told_outlet(wm.group(2), "en", ctx)
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
                    told = _told_outlet(wm2.group(2), "en", ctx)
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
            em = pats["speaker_end"].search(rest)
            sp_txt = (rest[: em.start()] if em else rest).strip()
            prev = [
                f
                for f in frames
                if f.end <= offset + m.start() and not s[f.end - offset : m.start()].strip(" ,")
            ]
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
        if cue in low_part:
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
            chain2, pronoun = _en_chain(head, hstart, s, ctx)
            if pronoun:
                extras, chain2 = list(chain2 or []), None
            elif not chain2:
                sub = None
            elif (
                chain2 is not None
                and all(_is_weak(lk) for lk in chain2)
                and not any(w[:1].isupper() for w in head.split()[1:])
                and len(head.split()) > 3
            ):
                sub = None
        if sub is None:
            # inversion: '"...," said X' / ', says X'
            rest = s[m.end() :]
            em = pats["speaker_end"].search(rest)
            sp_txt = (rest[: em.start()] if em else rest).strip()
            pre = s[: m.start()].rstrip()
            if sp_txt and pre and pre[-1] in ",”\"'’" and cue in low_say:
                chain3, pr = _en_chain(sp_txt, m.end(), s, ctx)
                if chain3 or pr:
                    frames.append(
                        Frame(
                            None if pr else chain3,
                            offset + m.start(),
                            offset + m.end() + len(sp_txt),
                            False,
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
                told = _told_outlet(om.group(1), "en", ctx)
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
        cb = re.match(
            r"^[^.;]{0,60}?,?\s*(?:carried|reported|relayed|quoted|cited|broadcast|conveyed|transmitted|published|aired)\s+by\s+(?:the\s+)?([^,;.]{2,50}?)\s*(?:,|that\b)",
            s[end:],
        )
        if cb and chain4 is not None:
            carrier = make_link(re.sub(r"\s+(?:agency|news agency)$", "", cb.group(1)), "en", ctx)
            if carrier is not None:
                chain4 = [carrier, *chain4]
                end += cb.end()
        has_after = bool(re.search(r"\w", s[end:]))
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
    return frames


# ---------------------------------------------------------------- Arabic

_AR_LETTER = "\u0621-\u064a\u0671-\u06d3"
_AR_TIME = r"(?:أمس|اليوم|مساء|صباح|فجر|ليل|الأحد|الاثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت|حينها|آنذاك)"
_AR_TITLE_START = re.compile(
    r"^(?:ال)?(?:مدير|رئيس|قائد|مسؤول|سفير|محافظ|المتحدث|الناطق|متحدث|ناطق|وزارة|هيئة|منظمة|مكتب|مركز|مديرية|لجنة)"
)
_AR_ANON_HEADS = {"مسؤول", "مصدر", "مصادر", "عامل", "مسؤولون", "ناشط", "طبيب", "مسؤولين"}


@cache
def _ar_patterns() -> dict[str, re.Pattern[str]]:
    d = lang_data("ar")
    cues, sp = d["cues"], d["speaker"]
    verbs = cues["say"] + cues["relay"] + cues["deny"] + cues.get("learn", [])
    nb = rf"(?<![{_AR_LETTER}])"
    na = rf"(?![{_AR_LETTER}\u064b-\u0652\u0640])"
    return {
        "verb": re.compile(rf"{nb}(?:[وف])?(?P<w>{ar_alternation(verbs)})(?:ها|ه|هم|هما)?{na}"),
        "according": re.compile(rf"{nb}(?:[وف])?(?P<w>{ar_alternation(cues['according'])})(?:ـ)?"),
        "participle": re.compile(
            rf"{nb}(?:[وف])?(?P<w>{ar_alternation(cues['participle'])})[\u064b-\u0652]*{na}"
        ),
        "comp": re.compile(rf"(?:^|\s)(?:{ar_alternation(sp['complementizers'])}){na}|:"),
        "stop": re.compile(rf"(?:{ar_alternation(sp['stops'])})"),
        "told": re.compile(rf"\s(?:لـ|ل\s*[«“\"]|ل(?:{ar_alternation(sp['told_nouns'])}){na})"),
        "relay_in": re.compile(rf"{nb}(?:{ar_alternation(['نقلا عن', 'نقلاً عن'])})"),
        "particles": re.compile(rf"^(?:(?:[وف]?(?:{ar_alternation(sp['particles'])}))(?:\s+|،\s*))+"),
        "carried": re.compile(
            rf"{nb}(?:{ar_alternation(cues.get('carried', []))}){na}\s+(.{{2,60}}?)(?=\s*[،,]|\s(?:إن|أن|بأن)\s|$)"
        ),
        "amma": re.compile(rf"(?:^|\s|،)أما\s+(.{{2,80}}?)[\s،,]+ف(?P<next>[{_AR_LETTER}\u064b-\u0652]+)"),
        "spoke_to": re.compile(r"^(.+?)\s+(?:تحدثوا|تحدث|تحدثت|قالوا|قال|قالت)\s+(ل.+)$"),
    }


_AR_NEG = re.compile(r"(?:دون أن|لم|لا|لن|ولم|ولا|بدون أن)\s*$")


def _in_spans(i: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= i < b for a, b in spans)


def _is_told_word(bare: str) -> bool:
    nouns = lang_data("ar").get("speaker", {}).get("told_nouns", [])
    return any(bare.startswith("ل" + strip_ar(n)) for n in nouns)


def _ar_speaker_after(
    s: str, pos: int, quoted: list[tuple[int, int]] | None = None, protect: list[str] | None = None
) -> tuple[str, int, bool, str]:
    """(speaker text, end offset in s, delimited, told-object) after a verb at pos."""
    pats = _ar_patterns()
    quoted = quoted or []
    rest = s[pos:]
    seg_end = len(rest)
    ended_comp = False
    for cm in pats["comp"].finditer(rest):
        if _in_spans(pos + cm.start() + 1, quoted):
            continue
        seg_end, ended_comp = cm.start(), True
        break
    rm = pats["relay_in"].search(rest)
    if rm and rm.start() < seg_end:
        seg_end, ended_comp = rm.start(), True
    region = rest[:seg_end]
    skip_to = 0
    for name in protect or []:
        pm = re.match(rf"^\s*(?:مراسل|مراسلة)\s+{ar_alternation([name])}", region)
        if pm:
            skip_to = max(skip_to, pm.end())
    cut = len(region)
    n = 0
    prev = ""
    had_comma = False
    for w in re.finditer(r"\S+", region):
        n += 1
        tok = w.group(0)
        if w.start() < skip_to:
            prev = tok
            continue
        bare = strip_ar(tok).strip("،,")
        titled = n > 2 and _AR_TITLE_START.match(region.lstrip())
        if pats["stop"].fullmatch(bare) and not (
            bare in ("في", "لدى") and (strip_ar(prev) in _AR_ANON_HEADS or titled)
        ):
            cut = w.start()
            break
        if n > 1 and (tok.startswith("لـ") or bare.startswith("ل") and _is_told_word(bare)):
            # "... لـ«الميادين»، ..." / "لقناة X الصينية إن": the told outlet ends at the next comma
            pm = re.search(r"[،,.]", region[w.start() :])
            if pm:
                cut = w.start() + pm.start()
            break
        if tok.endswith(("،", ",")):
            had_comma = True
        if n >= (9 if ended_comp else 6):
            cut = w.end()
            break
        prev = tok
    if cut < len(region):
        ended_comp = False
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
            or re.match(r"^(?:وهو|وهي|وهم|الذي|التي|الذين)\s", sgs)
        ):
            break
        keep.append(sgs)
    spk = "، ".join(x.strip() for x in keep if x.strip())
    told = ""
    tm = pats["told"].search(" " + spk)
    if tm:
        told = re.sub(r"^ل(?:ـ)?\s*", "", (" " + spk)[tm.start() :].strip())
        spk = (" " + spk)[: tm.start()].strip()
    spk = re.sub(rf"^(?:{_AR_TIME}\s+)+", "", spk)
    delimited = ended_comp or (had_comma and len(segs) > 1 and len(segs[0].split()) <= 4)
    return spk.strip(' ،.,:؛!؟"«»“”'), pos + seg_end, delimited, told


def _ar_subject_before(s: str, pos: int) -> tuple[str, int] | None:
    """The noun phrase before a verb at pos (SVO: "ومراسلة الميادين تؤكد", "وكان المرصد قد وثّق")."""
    pre = s[:pos].rstrip()
    pre = re.sub(r"(?:\s|^)قد$", "", pre).rstrip()
    k = max(pre.rfind(c) for c in "،,.:؛)(")
    cand = pre[k + 1 :]
    lead = len(cand) - len(cand.lstrip())
    start = k + 1 + lead
    cand = cand.strip()
    for conj in ("فيما ", "بينما ", "في حين ", "حيث ", "أن ", "إن "):
        j = cand.rfind(conj)
        if j >= 0:
            start += j + len(conj)
            cand = cand[j + len(conj) :]
    pm = _ar_patterns()["particles"].match(cand + " ")
    if pm:
        start += min(pm.end(), len(cand))
        cand = cand[pm.end() :] if pm.end() <= len(cand) else ""
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
        if lk is not None and not _is_weak(lk):
            found.append(lk)
    specific = [lk for lk in found if not lk.rule.endswith(".known.part")]
    return (specific or found or [None])[0]


def _ar_told(told: str, ctx: LinkContext) -> SourceLink | None:
    if not told:
        return None
    selfo = {strip_ar(x) for x in lang_data("ar")["speaker"].get("self_objects", [])}
    if strip_ar("ل" + told) in selfo or strip_ar(told) in selfo:
        return None
    return _told_outlet(told, "ar", ctx)


def ar_frames(s: str, offset: int, ctx: LinkContext) -> list[Frame]:
    """Frames of an Arabic sentence `s` starting at absolute `offset`."""
    d = lang_data("ar")
    cues = d["cues"]
    pats = _ar_patterns()
    quoted = [(m.start(), m.end()) for m in _SHORT_QUOTE.finditer(s)]
    s = unquote_names(s)
    relay = {strip_ar(w) for w in cues["relay"]}
    learn = {strip_ar(w) for w in cues.get("learn", [])}
    deny = {strip_ar(w) for w in cues["deny"]}
    protect = ctx.outlet.names() if ctx.outlet else []
    frames: list[Frame] = []
    consumed_to = 0
    hm = re.match(r"^\s*([^:\n]{2,50}?)\s*:\s+\S", s)
    if hm and not re.search(r"[\d٠-٩]:", s[: hm.end()]):
        head = re.split(r"[|•▸]", hm.group(1))[-1].strip()
        vm = pats["verb"].search(head)
        if vm and vm.end() == len(head.rstrip()):  # "البنتاغون يعترف: ..."
            head = head[: vm.start()].strip()
        elif vm:
            head = ""
        if head and strip_ar(head) not in ("عاجل", "المصدر", "صورة", "مواضيع ذات صلة", "اقرأ أيضا", "تحديث"):
            link = _ar_strong(
                head, ctx, Span(start=offset + hm.start(1), end=offset + hm.start(1) + len(head))
            )
            if link is not None and link.kind != "place":
                frames.append(
                    Frame([link], offset + hm.start(1), offset + hm.end(), rule="ar.headline_colon")
                )
                consumed_to = hm.end()
    am = pats["amma"].search(s)
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
    events: list[tuple[int, str, re.Match[str]]] = []
    for kind in ("verb", "according", "participle"):
        for m in pats[kind].finditer(s):
            events.append((m.start(), kind, m))
    events.sort(key=lambda e: e[0])
    for _, kind, m in events:
        if m.start() < consumed_to or _in_spans(m.start() + 1, quoted) and kind != "according":
            continue
        if kind == "verb" and _AR_NEG.search(s[max(0, m.start() - 12) : m.start()]):
            continue
        w = strip_ar(m.group("w"))
        is_deny = w in deny
        if kind == "verb" and len(strip_ar(m.group(0))) > len(w) + (
            1 if m.group(0)[:1] in "وف" and not w.startswith(m.group(0)[:1]) else 0
        ):
            # a suffix pronoun: "نشرته الأولى" is a noun with its adjective, not a verb
            if re.match(r"\s+ال", s[m.end() :]):
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
            sp_txt = _strip_source_noun(sp_txt)
            if strip_ar(sp_txt) in [strip_ar(a) for a in d["speaker"]["anaphors"]]:
                frames.append(
                    Frame(
                        None,
                        offset + m.start(),
                        offset + sp_end,
                        True,
                        True,
                        is_deny,
                        strip_ar(sp_txt),
                        rule="ar.according.anaphor",
                    )
                )
                consumed_to = sp_end
                continue
            link = (
                make_link(sp_txt, "ar", ctx, Span(start=offset + base, end=offset + base + len(sp_txt)))
                if sp_txt
                else None
            )
            if link is None or link.kind == "place":
                continue
            told_link = _ar_told(told, ctx)
            end = sp_end
            if "نقل" in w and frames and s[frames[-1].end - offset : m.start()].strip(" ،,") == "":
                f = frames[-1]
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
        spk, sp_end, delimited, told = _ar_speaker_after(s, m.end(), quoted, protect)
        before = _ar_subject_before(s, m.start())
        blink = None
        anaphors_ar = [strip_ar(a) for a in d["speaker"]["anaphors"]]
        if before is not None and strip_ar(before[0]) in anaphors_ar and before[1] >= consumed_to:
            before_pronoun = strip_ar(before[0])
        else:
            before_pronoun = ""
        if before is not None and before[1] >= consumed_to and not before_pronoun:
            blink = _ar_strong(
                before[0], ctx, Span(start=offset + before[1], end=offset + before[1] + len(before[0]))
            )
        link = None
        pronoun = ""
        extra: list[SourceLink] = []
        if spk:
            bare = strip_ar(spk)
            if bare in [strip_ar(a) for a in d["speaker"]["anaphors"]]:
                pronoun = bare
            else:
                sm = pats["spoke_to"].match(spk)
                if sm:
                    told_to = _ar_told(re.sub(r"^ل(?:ـ)?\s*", "", sm.group(2)), ctx) or make_link(
                        re.sub(r"^ل(?:ـ)?\s*", "", sm.group(2)), "ar", ctx
                    )
                    spk = sm.group(1)
                    extra = [told_to] if told_to else []
                st = s.find(spk, m.end())
                link = make_link(spk, "ar", ctx, Span(start=offset + st, end=offset + st + len(spk)))
                if link is not None and link.kind == "place":
                    link = None
                if link is not None and _is_weak(link) and (not delimited or blink is not None):
                    link = None
        start = m.start()
        if blink is not None and link is None:
            link = blink
            start = before[1] if before else m.start()
            sp_end = m.end()
        if link is None and not pronoun and before_pronoun:
            pronoun = before_pronoun
        told_link = _ar_told(told, ctx)
        cr = pats["carried"].search(s, sp_end, min(len(s), sp_end + 80))
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


def _strip_source_noun(text: str) -> str:
    nouns = lang_data("ar")["speaker"].get("source_nouns", [])
    m = re.match(rf"^(?:{ar_alternation(nouns)})\s+(.+)$", text)
    return m.group(1) if m else text
