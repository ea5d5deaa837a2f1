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
from functools import cache, lru_cache
from typing import NamedTuple

from marsad.record import Document, Paragraph, assign_trusted
from marsad.segment.data import words
from marsad.segment.script import ARABIC_MARK_LETTERS, strip_arabic_marks, western_digits

_WORD = re.compile(r"[^\W_]+(?:[-'’‘.][^\W_]+)*", re.UNICODE)
_BULLET = re.compile(r"^(?:[•·▪►◀▶▸▹◆◇■□●○➤→*\-–—]|\d{1,2}[.)](?=\s))\s*")
_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}\b(?:\s*(?:am|pm|a\.m\.|p\.m\.))?", re.I)
_YEAR = re.compile(r"\b(?:1[89]|20)\d{2}\b")
_NUMERIC_DATE = re.compile(r"\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b")
_DIGIT = re.compile(r"\d")
_DATE_PUNCT = re.compile(r"[|–—\-/,:()·•]")
_BRACKET_END = re.compile(r"[(\[]([^()\[\]]{1,60})[)\]]\s*\.?$")
_STOPS = ".!?؟"  # a paragraph ending in one of these (before closing quotes) ends a sentence
_QUOTE_TAIL = "\"'”’»)] "
_BARE_STRIP = " :.|-–—!»«\""
# At least 41 space-separated tokens, each a word character that _norm keeps after any opening
# punctuation: the normalised text then has at least 41 words, more than any cue but a caption
# prefix allows.
_RUNNING_TEXT = re.compile(rf"(?>\s*+[^\s\w]*+[^\W_{ARABIC_MARK_LETTERS}]\S*+){{41}}")


def _norm(text: str) -> str:
    """Lowercase, Western digits, no Arabic marks or bidi controls, single spaces."""
    low = text.lower() if text.isascii() else western_digits(strip_arabic_marks(text)).lower()
    if low.isprintable() and "  " not in low and low[:1] != " " and low[-1:] != " ":
        return low  # already single-spaced: every whitespace character but the space is unprintable
    return " ".join(low.split())


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


def _alternation(names: list[str]) -> str:
    return "|".join(re.escape(n) for n in sorted(set(names), key=len, reverse=True))


class _CueTests(NamedTuple):
    """The cue lists as sets, tuples (for one `startswith` call) and patterns."""

    caption_bracketed: tuple[str, ...]  # "[photo]", "(photo)"
    caption_start: re.Pattern[str]  # "photo:", "photo -"
    caption_head: int  # characters of the normalised text the caption cues look at
    caption_first: frozenset[str]  # the characters a caption cue starts with
    caption_end: re.Pattern[str]  # "photo" inside a final bracket
    furniture_lines: frozenset[str]
    starts: tuple[tuple[tuple[str, ...], int], ...]  # (cue starts, most words) for bylines, source lines, notices
    any_start: tuple[str, ...]  # all those cue starts
    link_list_headers: tuple[str, ...]
    dateline_words: frozenset[str]


@cache
def _cue_tests() -> _CueTests:
    cues = _cues()
    caption = cues["caption_starts"] + ["image"]
    return _CueTests(
        caption_bracketed=tuple(f"{o}{c}{e}" for c in caption for o, e in ("[]", "()")),
        caption_start=re.compile(rf"(?:{_alternation(caption)})(?: ?[:\-|–])"),
        caption_head=max(map(len, caption)) + 3,
        caption_first=frozenset("[(" + "".join(c[:1] for c in caption)),
        caption_end=re.compile(rf"(?<!\w)(?:{_alternation(cues['caption_ends'])})(?!\w)"),
        furniture_lines=frozenset(cues["furniture_lines"]),
        starts=tuple(
            (tuple(cues[key]), limit) for key, limit in (("byline_starts", 8), ("furniture_starts", 15), ("notice_starts", 40))
        ),
        any_start=tuple(cues["byline_starts"] + cues["furniture_starts"] + cues["notice_starts"]),
        link_list_headers=tuple(cues["link_list_headers"]),
        dateline_words=frozenset(cues["dateline_words"]),
    )


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


@cache
def _words_pattern(n: int, ascii_only: bool) -> re.Pattern[str]:
    # word_count's words one after another, each taken whole (atomic), with what separates them;
    # for ASCII text, the ASCII classes (the same characters, tested much faster)
    return re.compile(rf"(?:[\W_]*+(?>{_WORD.pattern})){{{n}}}", re.ASCII if ascii_only else 0)


def has_words(text: str, n: int) -> bool:
    """Has `text` at least `n` words (as `word_count` counts them)? One regex match, stopping at the n-th."""
    return _words_pattern(n, text.isascii()).match(text) is not None


def _ends_with_stop(text: str) -> bool:
    """`re.search("[.!?؟]$", text)`: the last character (before a final newline) is a stop."""
    if text.endswith("\n"):
        text = text[:-1]
    return text[-1:] != "" and text[-1:] in _STOPS


MAX_CUE_CHARS = 600  # longer paragraphs are running text: only a caption prefix is looked for
_HEAD_CHARS = 80  # a long paragraph's caption prefix is normalised from this many characters


def _caption_norm(text: str) -> str:
    """`_norm(text[:MAX_CUE_CHARS])`, or for a long text a prefix of it long enough for the caption cues."""
    if len(text) > _HEAD_CHARS and "Σ" not in text[:_HEAD_CHARS]:  # no final-sigma lowercasing at the cut
        head = _norm(text[:_HEAD_CHARS])
        if len(head) >= _cue_tests().caption_head:
            return head
    return _norm(text[:MAX_CUE_CHARS])


def is_caption(text: str) -> bool:
    if len(text) <= MAX_CUE_CHARS:
        return _is_caption(_norm(text), True)
    return _has_caption_prefix(text)


def _has_caption_prefix(text: str) -> bool:
    """Does `text` start with a caption cue ("Photo:", "[صورة]")? Its first character mostly tells
    it cannot: a letter is, lowercased, the first character of its `_norm`."""
    first = text[:1]
    if first.isalpha() and first not in ARABIC_MARK_LETTERS and first.lower()[0] not in _cue_tests().caption_first:
        return False  # a letter _norm keeps, and only lowercases
    return _is_caption(_caption_norm(text), False)


def _is_running_text(text: str) -> bool:
    """Too many words for any cue but a caption prefix, and no menu separators (| • · > /): not furniture,
    not a related-links header, not a caption by its end (see _RUNNING_TEXT)."""
    if _RUNNING_TEXT.match(text) is None:
        return False
    return "|" not in text and "•" not in text and "·" not in text and ">" not in text and "/" not in text


def _is_caption(norm: str, whole: bool) -> bool:
    """`norm` is `_norm(text)` (`whole`), or at least its first `caption_head` characters, and
    then only the caption prefix is looked for."""
    tests = _cue_tests()
    if norm.startswith(tests.caption_bracketed) or tests.caption_start.match(norm):
        return True
    if not whole or (")" not in norm and "]" not in norm):
        return False
    m = _BRACKET_END.search(norm)
    return m is not None and not has_words(norm, 41) and tests.caption_end.search(m.group(1)) is not None


def _is_menu(norm: str) -> bool:
    """A line of short items between | or • (a menu, a breadcrumb, "World | Iraq")."""
    if "|" not in norm and "•" not in norm and "·" not in norm and ">" not in norm:
        return False
    parts = [p.strip() for p in re.split(r"[|•·>]", norm) if p.strip()]
    if len(parts) < 2 or _ends_with_stop(norm):
        return False
    n_words = sum(word_count(p) for p in parts)
    return n_words <= 4 * len(parts) if len(parts) >= 3 else n_words <= 6


def _is_masthead(text: str) -> bool:
    """A short all-capitals Latin line: "U.S. DEPARTMENT OF DEFENSE", "MIDDLE EAST"."""
    if len(text) > 80 or has_words(text, 7):
        return False
    letters = [ch for ch in text if ch.isalpha()]
    latin = [ch for ch in letters if ch.isascii()]
    return len(latin) >= 0.8 * len(letters) > 0 and all(ch.isupper() for ch in latin)


def is_dateline(text: str) -> bool:
    """A short line that is mostly a date and time, maybe with a place, outlet or byline."""
    return len(text) <= MAX_CUE_CHARS and _is_dateline(_norm(text))


def _is_dateline(norm: str) -> bool:
    if has_words(norm, 21) or (_DIGIT.search(norm) is None and _date_names().search(norm) is None):
        return False  # long, or neither a figure nor a month or weekday name
    rest, n_dates = _date_names().subn(" ", norm)
    rest, n_times = _TIME.subn(" ", rest)
    rest, n_years = _YEAR.subn(" ", rest)
    rest, n_numeric = _NUMERIC_DATE.subn(" ", rest)
    if not (n_dates or n_times or n_numeric or (n_years and len(norm) < 12)):
        return False
    if n_dates:  # day numbers next to a month name
        rest = re.sub(r"(?<!\d)\d{1,2}(?!\d)", " ", rest)
    dateline_words = _cue_tests().dateline_words
    remaining = [w for w in _WORD.findall(rest) if w not in dateline_words]
    if any(ch.isdigit() for w in remaining for ch in w):
        return False  # a figure: a headline, not a dateline
    structured = bool(_DATE_PUNCT.search(norm)) or n_times > 0
    if structured:
        return len(remaining) <= 5
    return not remaining  # a bare date ("3 February"), not "Black Thursday"


def is_furniture(text: str) -> bool:
    return len(text) <= MAX_CUE_CHARS and _is_furniture(text, _norm(text))


def _is_furniture(text: str, norm: str) -> bool:
    tests = _cue_tests()
    bullet = _BULLET.match(norm)
    bare = (norm[bullet.end() :] if bullet else norm).strip(_BARE_STRIP)
    if bare in tests.furniture_lines or _is_menu(norm) or _is_masthead(text):
        return True
    if "|" in bare or "•" in bare or "·" in bare or "/" in bare:
        parts = [p.strip(" :.") for p in re.split(r"[|•·/]", bare) if p.strip(" :.")]
        if len(parts) >= 2 and all(p in tests.furniture_lines for p in parts):
            return True  # "Share | Tweet | Email"
    if bare.startswith(tests.any_start) or norm.startswith(tests.any_start):
        for starts, limit in tests.starts:
            if (bare.startswith(starts) or norm.startswith(starts)) and not has_words(norm, limit + 1):
                return True
    return _is_dateline(norm)


def _is_related_header(norm: str) -> bool:
    """`norm` is the paragraph's `_norm`."""
    bullet = _BULLET.match(norm)
    return (norm[bullet.end() :] if bullet else norm).strip(" :.|-–—").startswith(_cue_tests().link_list_headers)


HEADLINE_WORDS = (5, 40)  # a headline has this many words (shorter lines may be mastheads)
LEAD_MIN_WORDS = 12  # the lead is the first paragraph this long after the headline


def _is_full(text: str, lang: str) -> bool:
    """A paragraph of running text rather than a title or label."""
    return has_words(text, 45) or (_ended(text) and has_words(text, 15 if lang == "ar" else 20))


def _ended(text: str) -> bool:
    return _ends_with_stop(text.rstrip(_QUOTE_TAIL))


def _headline_sized(text: str) -> bool:
    return has_words(text, HEADLINE_WORDS[0]) and not has_words(text, HEADLINE_WORDS[1] + 1)


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
    sized = [(i, p) for i, p in preamble if _headline_sized(text[p.start : p.end])]
    unended = [(i, p) for i, p in sized if not _ended(text[p.start : p.end])]
    if unended:
        return unended[0]
    first_sentence = next((i for i, p in preamble if _ended(text[p.start : p.end])), None)
    if first_sentence is not None:
        short = [
            (i, p)
            for i, p in preamble
            if i < first_sentence and has_words(text[p.start : p.end], 1) and not has_words(text[p.start : p.end], HEADLINE_WORDS[1] + 1)
        ]
        if short:
            return short[-1]
    return sized[0] if sized else None


def _heading(
    text: str, group: list[Paragraph], free: list[tuple[int, Paragraph]], title: str | None
) -> tuple[int, Paragraph] | None:
    """The headline (index in group, paragraph) among the group's paragraphs without a cued role (`free`)."""
    if len(free) < 2:
        return None  # a headline heads something: a lone paragraph is the story itself
    first_full = next((i for i, p in free if _is_full(text[p.start : p.end], p.lang)), len(group))
    preamble = [(i, p) for i, p in free if i < first_full]
    head = _headline(text, preamble, title)
    return None if head is not None and head[1].id == free[-1][1].id else head


def _cue_roles(text: str, group: list[Paragraph]) -> dict[int, str]:
    """Roles given by cues (caption, furniture), by paragraph id. Each paragraph is normalised
    once; a long one, or running text, only as far as the caption cues look."""
    cued: dict[int, str] = {}
    in_links = False
    for p in group:
        t = text[p.start : p.end]
        running = len(t) <= MAX_CUE_CHARS and _is_running_text(t)  # so it has more than 6 words, too
        norm = _norm(t) if len(t) <= MAX_CUE_CHARS and not running else None
        if _is_caption(norm, True) if norm is not None else _has_caption_prefix(t):
            cued[p.id] = "caption"
            in_links = False
        elif in_links and _BULLET.match(t):
            cued[p.id] = "furniture"
        elif (norm is not None and _is_furniture(t, norm)) or (
            not running and not has_words(t, 7) and _is_related_header(norm if norm is not None else _norm(t))
        ):
            cued[p.id] = "furniture"
            in_links = _is_related_header(norm if norm is not None else _norm(t))
        else:
            in_links = False
    return cued


def assign_roles(doc: Document, groups: list[list[Paragraph]]) -> None:
    """Set `role` on every paragraph; `groups` are the language halves (each has its own headline and lead)."""
    text = doc.text
    for group in groups:
        cued = _cue_roles(text, group)
        free = [(i, p) for i, p in enumerate(group) if p.id not in cued]
        head = _heading(text, group, free, doc.meta.title)
        head_at = head[0] if head else -1
        lead = next((p.id for i, p in free if i > head_at and has_words(text[p.start : p.end], LEAD_MIN_WORDS)), None)
        for i, p in enumerate(group):
            if p.id in cued:
                role = cued[p.id]
            elif head is not None and p.id == head[1].id:
                role = "headline"
            elif i < head_at:
                role = "furniture"  # masthead, section label above the headline
            elif p.id == lead:
                role = "lead"
            else:
                role = "body"
            assign_trusted(p, "role", role)
