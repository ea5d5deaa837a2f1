"""Roles: headline, lead, body, caption or furniture, for each paragraph.

Cue-driven first (cue words are data in lang/<code>/segment.toml): photo
captions ("Pic:", "صورة:", "(Reuters photo)"), menus (a line of short items
between | or •), tickers and widgets ("BREAKING", "عاجل", "Share"), bylines,
source lines, datelines, "Read more" / "اقرأ أيضاً" and the links listed under
them, copyright lines. Then, within each language half, the paragraphs before
the first full paragraph form the preamble: its first line of headline length is
the headline and the lines above it are furniture (masthead, section label);
the first paragraph of some length after it is the lead (a standfirst, or the
first paragraph of the story); everything else is body.
"""

from __future__ import annotations

import re
from functools import lru_cache

from marsad.record import Document, Paragraph
from marsad.segment.data import words
from marsad.segment.script import strip_arabic_marks, western_digits

_WORD = re.compile(r"[^\W_]+(?:[-'’‘.][^\W_]+)*", re.UNICODE)
_BULLET = re.compile(r"^(?:[•·▪►◀▶▸▹◆◇■□●○➤→*\-–—]|\d{1,2}[.)](?=\s))\s*")
_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}\b(?:\s*(?:am|pm|a\.m\.|p\.m\.))?", re.I)
_YEAR = re.compile(r"\b(?:1[89]|20)\d{2}\b")
_NUMERIC_DATE = re.compile(r"\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b")
_DATE_PUNCT = re.compile(r"[|–—\-/,:()·•]")
_ENDS_SENTENCE = re.compile(r"[.!?؟]$")
_BRACKET_END = re.compile(r"[(\[]([^()\[\]]{1,60})[)\]]\s*\.?$")


def _norm(text: str) -> str:
    return " ".join(western_digits(strip_arabic_marks(text)).lower().split())


@lru_cache(maxsize=1)
def _cues() -> dict[str, list[str]]:
    keys = (
        "caption_starts", "caption_ends", "furniture_lines", "furniture_starts", "byline_starts", "notice_starts",
        "link_list_headers", "dateline_words", "months", "weekdays",
    )
    cues = {k: [_norm(w) for lang in ("en", "ar") for w in words(lang, "roles", k)] for k in keys}
    # short forms of English months and weekdays ("Feb", "Thu") make datelines too
    cues["months"] += [m[:3] for m in words("en", "roles", "months")] + ["sept"]
    cues["weekdays"] += [d[:3] for d in words("en", "roles", "weekdays")]
    return cues


@lru_cache(maxsize=1)
def _date_names() -> re.Pattern[str]:
    cues = _cues()
    names = sorted(set(cues["months"] + cues["weekdays"]), key=len, reverse=True)
    alt = "|".join(re.escape(n) for n in names)
    return re.compile(rf"(?<![^\W\d_])(?:ال)?(?:{alt})(?![^\W\d_])\.?")


def word_count(text: str, limit: int | None = None) -> int:
    """Words in `text`; with `limit`, counting stops past it (a cheap "longer than" test)."""
    if limit is None:
        return len(_WORD.findall(text))
    n = 0
    for _ in _WORD.finditer(text):
        n += 1
        if n > limit:
            break
    return n


MAX_CUE_CHARS = 600  # longer paragraphs are running text: only a caption prefix is looked for


def is_caption(text: str) -> bool:
    norm = _norm(text[:MAX_CUE_CHARS])
    for cue in _cues()["caption_starts"] + ["image"]:
        if norm.startswith((f"[{cue}]", f"({cue})")):
            return True
        if norm.startswith(cue) and norm[len(cue) : len(cue) + 2].lstrip()[:1] in (":", "-", "|", "–"):
            return True
    m = _BRACKET_END.search(norm) if len(text) <= MAX_CUE_CHARS else None
    if m and word_count(norm, 40) <= 40:
        inner = m.group(1)
        return any(re.search(rf"(?<!\w){re.escape(c)}(?!\w)", inner) for c in _cues()["caption_ends"])
    return False


def _is_menu(norm: str) -> bool:
    """A line of short items between | or • (a menu, a breadcrumb, "World | Iraq")."""
    parts = [p.strip() for p in re.split(r"[|•·>]", norm) if p.strip()]
    if len(parts) < 2 or _ENDS_SENTENCE.search(norm):
        return False
    n_words = sum(word_count(p) for p in parts)
    return n_words <= 4 * len(parts) if len(parts) >= 3 else n_words <= 6


def _is_masthead(text: str) -> bool:
    """A short all-capitals Latin line: "U.S. DEPARTMENT OF DEFENSE", "MIDDLE EAST"."""
    if len(text) > 80 or word_count(text, 6) > 6:
        return False
    letters = [ch for ch in text if ch.isalpha()]
    latin = [ch for ch in letters if ch.isascii()]
    return len(latin) >= 0.8 * len(letters) > 0 and all(ch.isupper() for ch in latin)


def is_dateline(text: str) -> bool:
    """A short line that is mostly a date and time, maybe with a place, outlet or byline."""
    if len(text) > MAX_CUE_CHARS:
        return False
    norm = _norm(text)
    if word_count(norm, 20) > 20:
        return False
    rest, n_dates = _date_names().subn(" ", norm)
    rest, n_times = _TIME.subn(" ", rest)
    rest, n_years = _YEAR.subn(" ", rest)
    rest, n_numeric = _NUMERIC_DATE.subn(" ", rest)
    if not (n_dates or n_times or n_numeric or (n_years and len(norm) < 12)):
        return False
    if n_dates:  # day numbers next to a month name
        rest = re.sub(r"(?<!\d)\d{1,2}(?!\d)", " ", rest)
    remaining = [w for w in _WORD.findall(rest) if w not in _cues()["dateline_words"]]
    if any(ch.isdigit() for w in remaining for ch in w):
        return False  # a figure: a headline, not a dateline
    structured = bool(_DATE_PUNCT.search(norm)) or n_times > 0
    if structured:
        return len(remaining) <= 5
    return not remaining  # a bare date ("3 February"), not "Black Thursday"


def is_furniture(text: str) -> bool:
    if len(text) > MAX_CUE_CHARS:
        return False
    norm = _norm(text)
    bare = _BULLET.sub("", norm).strip(" :.|-–—!»«\"")
    cues = _cues()
    if bare in cues["furniture_lines"] or _is_menu(norm) or _is_masthead(text):
        return True
    parts = [p.strip(" :.") for p in re.split(r"[|•·/]", bare) if p.strip(" :.")]
    if len(parts) >= 2 and all(p in cues["furniture_lines"] for p in parts):
        return True  # "Share | Tweet | Email"
    n_words = word_count(norm)
    for key, limit in (("byline_starts", 8), ("furniture_starts", 15), ("notice_starts", 40)):
        if n_words <= limit and any(bare.startswith(cue) or norm.startswith(cue) for cue in cues[key]):
            return True
    return is_dateline(text)


def _is_related_header(text: str) -> bool:
    norm = _BULLET.sub("", _norm(text)).strip(" :.|-–—")
    return any(norm.startswith(c) for c in _cues()["link_list_headers"])


HEADLINE_WORDS = (5, 40)  # a headline has this many words (shorter lines may be mastheads)
LEAD_MIN_WORDS = 12  # the lead is the first paragraph this long after the headline


def _is_full(text: str, lang: str) -> bool:
    """A paragraph of running text rather than a title or label."""
    n = word_count(text, 45)
    if n >= 45:
        return True
    ended = _ENDS_SENTENCE.search(text.rstrip("\"'”’»)] "))
    return n >= (15 if lang == "ar" else 20) and ended is not None


def _ended(text: str) -> bool:
    return _ENDS_SENTENCE.search(text.rstrip("\"'”’»)] ")) is not None


def _squash(text: str) -> str:
    return " ".join(text.split()).casefold()


def _headline(text: str, preamble: list[tuple[int, Paragraph]], title: str | None) -> tuple[int, Paragraph] | None:
    """The headline among the lines before the story: the page title, else the first
    headline-length line without a final stop, else the last short line before the
    first sentence, else the first headline-length line."""
    if title:
        squashed = _squash(title)
        for i, p in preamble:
            line = _squash(text[p.start : p.end])
            if line and (line in squashed or squashed in line) and min(len(line), len(squashed)) >= 0.6 * max(len(line), len(squashed)):
                return i, p
    sized = [(i, p) for i, p in preamble if HEADLINE_WORDS[0] <= word_count(text[p.start : p.end], HEADLINE_WORDS[1]) <= HEADLINE_WORDS[1]]
    unended = [(i, p) for i, p in sized if not _ended(text[p.start : p.end])]
    if unended:
        return unended[0]
    first_sentence = next((i for i, p in preamble if _ended(text[p.start : p.end])), None)
    if first_sentence is not None:
        short = [(i, p) for i, p in preamble if i < first_sentence and 0 < word_count(text[p.start : p.end], HEADLINE_WORDS[1]) <= HEADLINE_WORDS[1]]
        if short:
            return short[-1]
    return sized[0] if sized else None


def assign_roles(doc: Document, groups: list[list[Paragraph]]) -> None:
    """Set `role` on every paragraph; `groups` are the language halves (each has its own headline and lead)."""
    text = doc.text
    for group in groups:
        cued: dict[int, str] = {}
        in_links = False
        for p in group:
            t = text[p.start : p.end]
            if is_caption(t):
                cued[p.id] = "caption"
                in_links = False
            elif in_links and _BULLET.match(t):
                cued[p.id] = "furniture"
            elif is_furniture(t) or (_is_related_header(t) and word_count(t, 6) <= 6):
                cued[p.id] = "furniture"
                in_links = _is_related_header(t)
            else:
                in_links = False
        first_full = next(
            (i for i, p in enumerate(group) if p.id not in cued and _is_full(text[p.start : p.end], p.lang)), len(group)
        )
        free = [(i, p) for i, p in enumerate(group) if p.id not in cued]
        preamble = [(i, p) for i, p in free if i < first_full]
        head = _headline(text, preamble, doc.meta.title)
        if head is not None and head[1].id == free[-1][1].id:
            head = None  # a headline heads something: a lone paragraph is the story itself
        head_at = head[0] if head else -1
        lead = next((p.id for i, p in free if i > head_at and word_count(text[p.start : p.end], LEAD_MIN_WORDS) >= LEAD_MIN_WORDS), None)
        for i, p in enumerate(group):
            if p.id in cued:
                p.role = cued[p.id]  # type: ignore[assignment]
            elif head is not None and p.id == head[1].id:
                p.role = "headline"
            elif i < head_at:
                p.role = "furniture"  # masthead, section label above the headline
            elif p.id == lead:
                p.role = "lead"
            else:
                p.role = "body"
