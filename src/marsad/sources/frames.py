"""Attribution frames in one sentence: who speaks, through whom, and over which text.

A frame is a speaker chain (None when the speaker is a pronoun or missing, to be
resolved to the latest speaker) and the stretch of the sentence it governs:
content after its cue ("X said that ..."), before its speaker ("..., X said"),
or both ("according to X"). Cues are data in lang/<code>/sources.toml; the
readers are `frames_en.en_frames` and `frames_ar.ar_frames`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from marsad.record import SourceLink, Span, trusted
from marsad.sources import regex as re
from marsad.sources.lexicon import lang_data, norm_key
from marsad.sources.links import LinkContext, make_link, state_speaker  # noqa: F401 (frames_en reads it here)

_WEAK = ("en.name", "ar.name", "en.person.role")

# a live ticker's time stamp before a "source: text" line ("11:05 | X: ...", "١٠:٤٠ GMT - X: ...")
TICKER_STAMP = r"[\d٠-٩]{1,2}[:.][\d٠-٩]{2}(?:\s*(?:GMT|UTC|[AaPp]\.?[Mm]\.?))?(?:\s*[|•▸–—-]\s*|\s+)"


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


def speaker_span(start: int, end: int) -> Span:
    """A speaker's span from two offsets (ints: no validation to run)."""
    return trusted(Span, {"start": start, "end": end})


SHORT_QUOTE = re.compile(r"[“\"«]([^“”\"«»\n]{1,40})[”\"»]")


def unquote_names(s: str) -> str:
    """Blank the quotation marks around short quoted names (same length, offsets kept)."""
    if '"' not in s and "“" not in s and "«" not in s:
        return s  # (no opening mark)
    return SHORT_QUOTE.sub(
        lambda m: " " + m.group(1) + " " if len(m.group(1).split()) <= 4 else m.group(0), s
    )


def is_weak(link: SourceLink | None) -> bool:
    return link is None or link.rule in _WEAK


_MEDIUM_TAIL = re.compile(
    r"\s+(?:News\s+Agency|Agency|TV|Television|Channel|Network|Net|Online|website|Radio)$"
    r"|\s+(?:الإخبارية|الفضائية|نت)$",
    re.I,
)


def _first_of_pair(obj: str) -> str:
    """ "لـ«العربية/الحدث»", "told Al Arabiya/Al Hadath": sister channels credited together; the first
    names the medium (so this outlet's own pair is no link)."""
    first = obj.split("/", 1)[0].strip(" «»“”\"'")
    return first if first and len(first.split()) <= 3 and not re.search(r"[\d٠-٩]", first) else obj


def told_outlet(obj: str, lang: str, ctx: LinkContext) -> SourceLink | None:
    """The outlet a speaker told, or None when it is this outlet or no medium at all."""
    obj = obj.strip(" ,.،:«»“”\"'")
    if not obj:
        return None
    if "/" in obj:
        obj = _first_of_pair(obj)
    sp = lang_data(lang).get("speaker", {})
    if lang == "en" and obj.lower() in sp.get("self_objects", []):
        return None
    if ctx.outlet is not None:
        keys = {norm_key(n) for n in ctx.outlet.names()}
        if (
            norm_key(obj) in keys
            or norm_key(re.sub(r"^(?:قناة|وكالة|صحيفة|موقع|شبكة|تلفزيون)\s+", "", obj)) in keys
            # "told Shafaq News Agency" in Shafaq News: this outlet with its kind of medium after it
            or norm_key(_MEDIUM_TAIL.sub("", obj)) in keys
            or norm_key(re.sub(r"\s+Agency$", "", obj)) in keys
        ):
            return None
    link = make_link(obj, lang, ctx)
    if link is None:
        return None
    if link.kind in ("agency", "outlet", "correspondent"):
        return link
    if lang == "en":
        words = set(re.findall(r"[a-z]+", obj.lower()))
        if words & set(sp.get("media_words", [])):
            return link.model_copy(update={"kind": "outlet"})
        return None
    return link.model_copy(update={"kind": "outlet"})
