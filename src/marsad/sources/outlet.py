"""The publishing outlet: from metadata, a page header, a dateline, a byline or a
headline such as "Al-Mayadeen correspondent: ...", and any news agency credited
for the copy ("(AFP)", "-- Reuters", "Source: AA")."""

from __future__ import annotations

from functools import cache

from marsad.record import Document, SourceLink
from marsad.sources import regex as re
from marsad.sources.lexicon import lang_data, lookup_known, norm_key, strip_ar
from marsad.sources.links import resolve_name
from marsad.sources.trie import caseless

_NAV = {
    "home",
    "world",
    "news",
    "world news",
    "middle east",
    "breaking",
    "latest",
    "live",
    "search",
    "menu",
    "الرئيسية",
    "أخبار",
    "الأخبار",
    "عاجل",
    "بحث",
    "نشرة عاجلة",
    "تقارير",
    "newsroom",
    "transcripts",
}
_HOME = {"home", "الرئيسية", "الصفحة الرئيسية", "homepage"}
_GENERIC = {"agencies", "agency", "exclusive", "staff", "وكالات", "خاص", "المحرر", "editor", "desk", "wires", "press release", "news release", "بيان صحفي"}
_OUTLET_NOUNS = re.compile(r"^(?:قناة|وكالة|صحيفة|موقع|شبكة|تلفزيون|إذاعة|جريدة|مجلة)\s+")
_EN_SUFFIX = re.compile(
    r"\s+(?:Channel|Satellite Channel|TV|Television|News Channel|Online|Network|Radio|Net|"
    r"(?:News\s+)?(?:Arabic|English))$",
    re.I,
)
_AR_SUFFIX = re.compile(r"(?:\s+(?:نيوز\s+)?عربي|\s+الفضائية|\s+الإخبارية|\s*\.?\s*نت)$")
# a word that only an outlet's name carries ("BBC News Arabic", "Al Jazeera Net", "شفق نيوز")
_OUTLET_WORD = re.compile(
    r"\b(?:News|Net|TV|Times|Post|Press|Agency|Channel|Radio|Television)\b|نيوز|نت\b|قناة|وكالة|صحيفة|موقع|جريدة"
)
# "The National", "The Independent": a newspaper's "The <Name>" title alone on a line over the date line
_THE_TITLE = re.compile(r"The\s+[A-Z][a-z]{3,}")
_HEADLINE_WORD = re.compile(
    r"\b(?:killed|kills|dead|dies|died|wounded|injured|toll|strikes?|attacks?|blast|shelling|raid)\b"
    r"|(?:^|\s)(?:مقتل|قتلى|قتيل|شهداء|استشهاد|جرحى|إصابة|مصابين|حصيلة|غارة|قصف|انفجار|هجوم)(?:\s|$)",
    re.I,
)
_DATE_WORD = re.compile(
    r"\b\d{4}\b|[٠-٩]{4}|\d{1,2}[:/]\d|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\b"
    r"|(?:الاثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت|الأحد)",
    re.I,
)


def _lines(text: str, n: int) -> list[str]:
    """The first n non-blank lines, stripped (read from the text's start when that holds them)."""
    head = text[:4096]
    if len(head) < len(text):
        lines = head.splitlines()[:-1]  # the last one may go on past the cut
        out = _first_filled(lines, n)
        if len(out) >= n:
            return out
    return _first_filled(text.splitlines(), n)


def _first_filled(lines: list[str], n: int) -> list[str]:
    out = []
    for line in lines:
        if line.strip():
            out.append(line.strip())
        if len(out) >= n:
            break
    return out


def _name_candidate(seg: str) -> str | None:
    seg = re.sub(r"@\w+", "", seg)
    seg = re.sub(r"[✔✓🔴•▸]", "", seg).strip(" -–—|·:")
    if not seg or len(seg.split()) > 6 or _DATE_WORD.search(seg):
        return None
    if re.search(r"\b(?:correspondent|reporter|staff)\b|مراسل|موفد", seg, re.I):
        return None
    low = seg.lower()
    if low in _NAV or strip_ar(seg) in _NAV or low in _GENERIC or strip_ar(seg) in _GENERIC:
        return None
    if not re.search(r"[A-Za-z\u0621-\u064a]", seg):
        return None
    if _HEADLINE_WORD.search(seg):
        return None  # "Two killed in shelling": a headline, not a name
    return seg


def outlet_link(name: str, extra: list[str] | None = None) -> SourceLink:
    """A link for an outlet named `name` (canonical when known)."""
    variants = [name, _OUTLET_NOUNS.sub("", name), _EN_SUFFIX.sub("", name), _AR_SUFFIX.sub("", name)]
    # "وكالة الأنباء العراقية (واع)", "وكالة أنباء هاوار Anha": the name, then its abbreviation
    paren = re.match(r"^(.{3,}?)\s*\(([^()]{2,30})\)$", name)
    if paren:
        variants += [paren.group(1), paren.group(2)]
    mixed = re.match(r"^([\u0600-\u06ff][\u0600-\u06ff ]+?)\s+([A-Za-z][\w .\-]{1,30})$", name)
    if mixed:
        variants += [mixed.group(1), mixed.group(2)]
    r = None
    for v in variants:
        r = resolve_name(v, "ar" if re.search(r"[\u0600-\u06ff]", v) else "en")
        if r:
            break
    aliases = [*variants, *(extra or [])]
    if r:
        return SourceLink(
            name=r[0], aliases=_uniq([*aliases, *r[1]], r[0]), kind="outlet", rule="outlet.known"
        )
    title = name.title() if name.isupper() and len(name.split()) > 1 else name
    return SourceLink(name=title, aliases=_uniq(aliases, title), kind="outlet", rule="outlet.header")


def _uniq(names: list[str], first: str) -> list[str]:
    seen, out = {norm_key(first)}, []
    for n in names:
        k = norm_key(n)
        if n and k and k not in seen:
            seen.add(k)
            out.append(n)
    return out


def _header_names(block: str, lines: list[str] | None = None) -> list[str]:
    """Outlet names a page header shows in its first lines (`lines`: the block's first six
    non-blank lines, when read already)."""
    names: list[str] = []
    lines = _lines(block, 6) if lines is None else lines
    if len(lines) < 3:  # a header needs a report under it
        return names
    first = lines[0]
    # "Home | Local news | City": a breadcrumb trail (sections and places), not a masthead
    crumb = re.split(r"\s[|»›>/]\s|\|", first, maxsplit=1)[0].strip(" -–—|·:")
    if len(re.split(r"\s[|»›>/]\s|\|", first)) > 1 and (crumb.lower() in _HOME or strip_ar(crumb) in _HOME):
        first = ""
    if first and len(first.split()) <= 10 and not first.rstrip().endswith((".", "؟", "?")) and ":" not in first:
        segs = [c for c in map(_name_candidate, re.split(r"\s[|·–—]\s|\s-\s|\|", first)) if c]
        # "Save the Children / Rädda Barnen": one body's names in two languages
        if not segs and " / " in first:
            segs = [c for c in map(_name_candidate, _slash_names(first)) if c]
        # "غزة/ الأناضول", "Kirkuk / Shafaq News": a place and the outlet on the masthead line
        segs = [_drop_place_part(c) if "/" in c else c for c in segs]
        segs = [c for c in segs if len(c.split()) <= 5]
        if crumb.lower() in _GENERIC:  # "Press release | Country": a document type over its place, no masthead
            segs = [c for c in segs if not _is_place(c)]
        # "<full name> - <abbreviation>": the first segment, unless only a later one is known
        known = [c for c in segs if _known_outlet(c)]
        if segs:
            names.append(known[0] if known and not _known_outlet(segs[0]) else segs[0])
            names += [c for c in segs if c != names[0]]
    # "Al-Duha – Monday 30 August 2021", "Manārat aš-Šamāl – Exclusive  21 July", "X - Agencies | date"
    for i, line in enumerate(lines[1:5], 1):
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        dated_next = len(nxt.split()) <= 8 and bool(_DATE_WORD.search(nxt))
        # a masthead line over a date line: "BBC News Arabic" / "2 May 2023"
        if (
            dated_next
            and len(line.split()) <= 5
            and not _DATE_WORD.search(line)
            and not re.search(r"\s[–—\-|]\s", line)
        ):
            c = _name_candidate(line)
            if c and not _is_place(c) and (_OUTLET_WORD.search(c) or _known_outlet(c) or _THE_TITLE.fullmatch(c)):
                if not names or norm_key(c) != norm_key(names[0]):
                    names.append(c)
                continue
        # "Rudaw English | 02-06-2026": a known masthead and the date on one line under the headline
        pm = re.match(r"^([^\d|:–—()]{2,40}?)\s*\|\s*(.{4,30})$", line) if "|" in line else None
        pc = re.sub(r"\s+staff$", "", pm.group(1).strip(), flags=re.I) if pm else ""  # "X staff | date"
        if pm and _DATE_WORD.search(pm.group(2)) and (_known_outlet(pc) or _known_body_page(pc)):
            c = pc
            if not names or norm_key(c) != norm_key(names[0]):
                names.append(c)
            continue
        m = re.match(r"^([^\d|:–—()]{2,40}?)\s[–—\-]\s(.+)$", line) if len(line.split()) <= 14 else None
        if not m:
            continue
        left, right = m.group(1), re.split(r"\s{2,}|\s\|\s|:", m.group(2))[0].strip()
        left = _drop_place_part(left)
        if (
            dated_next
            or _DATE_WORD.search(m.group(2))
            or right.split()[0].lower().strip(":|") in _GENERIC
            or strip_ar(right.split()[0]).strip(":|") in _GENERIC
        ):
            c = _name_candidate(left)
            if c and _is_place(c):
                c = _name_candidate(right)
            if c and (not names or norm_key(c) != norm_key(names[0])):
                names.append(c)
    return names


def _slash_names(seg: str) -> list[str]:
    """ "X / Y" where both parts are known names of a body or outlet: [X, Y]; else [seg]."""
    parts = [p.strip() for p in seg.split(" / ")]
    return parts if len(parts) == 2 and all(_known_outlet_or_body(p) and not _is_place(p) for p in parts) else [seg]


@cache
def _letterhead_patterns() -> tuple[re.Pattern, re.Pattern]:
    """A letterhead's state line and body line, from both languages' `[letterhead]` data."""
    state, body = [], []
    for lang in ("en", "ar"):
        data = lang_data(lang).get("letterhead", {})
        state += data.get("state", [])
        body += data.get("body", [])
    alt = lambda ws: "|".join(re.escape(w) for w in sorted(ws, key=len, reverse=True))  # noqa: E731
    return (
        re.compile(rf"^(?:the\s+)?(?:{alt(state)})(?:\s|$)", re.I),
        # the body's head noun in the line ("Ministry of X", "مركز X", "X Operations Center", "General Department of X")
        re.compile(rf"(?:^|\s)(?:{alt(body)})(?:\s|$)", re.I),
    )


def _letterhead_names(block: str) -> list[str]:
    """ "Kingdom of Jordan / Ministry of Interior / Crisis Management Centre": an official
    statement's letterhead; the issuing bodies under the state line are the outlet."""
    lines = _lines(block, 5)
    if len(lines) < 3 or len(lines[0].split()) > 6 or _DATE_WORD.search(lines[0]):
        return []
    state, body = _letterhead_patterns()
    first = 1
    if not state.match(lines[0]):
        # no state line: two body lines stacked ("وزارة الصحة العامة / مركز عمليات الطوارئ") open a statement too
        if not (body.search(lines[0]) and body.search(lines[1]) and len(lines[1].split()) <= 8):
            return []
        if _DATE_WORD.search(lines[1]) or _HEADLINE_WORD.search(lines[0]) or _HEADLINE_WORD.search(lines[1]):
            return []
        first = 0
    bodies = []
    for line in lines[first:4]:
        if len(line.split()) > 8 or _DATE_WORD.search(line) or not body.search(line):
            break
        bodies.append(line.strip(" .:"))
    return bodies


def _known_outlet_or_body(text: str) -> bool:
    """Does the header's name resolve to a known outlet or body (not a state line such as "Republic of X")?"""
    return resolve_name(text, "ar" if re.search(r"[\u0600-\u06ff]", text) else "en") is not None


def _known_body_page(text: str) -> bool:
    """`text` is the full name of a known body (a monitor's or a ministry's own page: "X | 14 June 2025")."""
    k = lookup_known(text)
    return k is not None and k.kind not in {"place", "person"}


def _known_outlet(text: str) -> bool:
    """`text` names a known outlet or agency (after dropping "Net", "News Arabic", "نت")."""
    for v in (text, _EN_SUFFIX.sub("", text), _AR_SUFFIX.sub("", text)):
        r = resolve_name(v, "ar" if re.search(r"[\u0600-\u06ff]", v) else "en")
        if r and r[2] in {"outlet", "agency"}:
            return True
        k = lookup_known(v)
        if k and k.kind in {"outlet", "agency"}:
            return True
    return False


def _drop_place_part(text: str) -> str:
    """ "Shafaq News / Kirkuk" -> "Shafaq News": a masthead's place after a slash."""
    parts = [p.strip() for p in re.split(r"\s*/\s*", text) if p.strip()]
    if len(parts) < 2:
        return text
    kept = [p for p in parts if not _is_place(p)]
    return kept[0] if len(kept) == 1 else text


def _is_place(text: str) -> bool:
    from marsad.names import resolve

    info = resolve(text, "ar" if re.search(r"[\u0600-\u06ff]", text) else "en")
    return info is not None and getattr(info, "type", "") == "place"


# "BEIRUT (Reuters) -"; AFP adds the territory in brackets: "Nablus (Palestinian Territories) (AFP) -"
_ABBREV_DATELINE = re.compile(
    r"^[A-Z][A-Za-z0-9 .,/'\-]{1,60}?(?:\s\([A-Z][A-Za-z .,'\-]{1,40}\))?\s\(([A-Za-z][\w .\-]{1,25})\)\s+[-–—]", re.M
)
_CORRESPONDENT_HEAD = re.compile(r"^(?:The\s+)?(.{2,40}?)(?:'s|’s)?\s+correspondent\s*:", re.M | re.I)
_AR_CORRESPONDENT_HEAD = re.compile(r"^(?:مراسل|مراسلة)\s+(.{2,30}?)\s*:", re.M)
_BYLINE = re.compile(r"^By\s+(.{2,40}?)\s+(?:staff|correspondents?|reporters?)\s*$", re.M | re.I)
# "The New Arab Staff & Agencies", "Middle East Eye staff and agencies": the outlet's own byline
_STAFF_BYLINE = re.compile(r"^(?:By\s+)?(.{2,40}?)\s+staff\s*(?:&|and)\s*agencies\s*$", re.M | re.I)
# "Shafaq News/ The toll ...", "شفق نيوز/ ارتفعت ...": the outlet's slash dateline opening the copy
_SLASH_DATELINE = re.compile(r"^([^\n/\d]{2,30}?)\s?/\s+\S", re.M)
# "Al Jazeera's correspondent X, reporting from Y, says": a live page's own correspondent
_OWN_REPORTER = re.compile(
    r"\b([A-Z][\w\- ]{1,30}?)(?:'s|’s)\s+(?:(?:correspondent|reporter)\s+)?[A-Z][\w\- ]{2,40}?,\s+reporting\s+from\b"
)


@cache
def _key_letters(words: tuple[str, ...]) -> tuple[str, ...]:
    """Per word, a letter of it that only itself in either case matches (not i, k, s: ı, K, ſ do too)."""
    return tuple(next(c for c in w if c not in "iks") for w in words)


def _may_hold(text: str, *words: str) -> bool:
    """Can a caseless pattern that needs one of these lower-case words match in `text`?"""
    if not any(c in text or c.upper() in text for c in _key_letters(words)):
        return False
    low = caseless(text)
    return low is None or any(w in low for w in words)


# "الخرطوم (رويترز) -", "أم درمان 20-2-2026 (سونا) -": a place, maybe a date, then the agency
_TOLD_OUTLET = re.compile(r"\btold\s+((?:the\s+)?[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,2})")
_OUTLET_HEADLINE = re.compile(r"^([^:\d\n|]{2,30}?)\s*:\s+\S")
_AR_AGENCY_DATELINE = re.compile(
    r"^[\u0621-\u064a][\u0621-\u064a\d\u0660-\u0669 /.\-]{1,40}?(?:\s*\([\u0621-\u064a][\u0621-\u064a ]{1,30}\))?"
    r"\s*\(([\u0621-\u064a][\u0621-\u064a ]{1,25})\)\s*[-–—]",
    re.M,
)  # (AFP adds the territory: "نابلس (الأراضي الفلسطينية) (أ ف ب) -")


_AR_OWN_DATELINE = re.compile(
    r"^[ \t]*([\u0621-\u064a][\u0621-\u064a ]{1,25}?)[ \t]*[-–—ـ/][ \t]*[«\"]?([\u0621-\u064a][\u0621-\u064a ]{1,25}?)[»\"]?[ \t]*(?::|$)",
    re.M,
)


_AR_DATED_DATELINE = re.compile(
    r"^[ \t]*[\u0621-\u064a][\u0621-\u064a ]{1,25}?[ \t]+[\d\u0660-\u0669]{1,4}[-/.][\d\u0660-\u0669]{1,2}[-/.]"
    r"[\d\u0660-\u0669]{2,4}[ \t]+[«\"]?([\u0621-\u064a][\u0621-\u064a ]{1,20}?)[»\"]?[ \t]*[-–—ـ]",
    re.M,
)


_PRESS_RELEASE = re.compile(r"^(?:press|news|media)\s+release\b|^بيان\s+صحفي", re.I)
_RELEASE_FOOTER = re.compile(
    r"^(?:Notes?\s+to\s+editors\s*:?\s*|About\s+)(?:the\s+)?([A-Z][\w\-’']+(?:\s+[A-Z][\w\-’']+){0,4})", re.M
)


def _ar_agency_dateline(text: str) -> str | None:
    """ "الخرطوم (رويترز) -": the known agency an Arabic dateline credits, else None."""
    head = text[:3000]
    m = _AR_AGENCY_DATELINE.search(head) if "(" in head else None
    if m is None:
        return None
    c = m.group(1).strip()
    k = lookup_known(c)
    if k is not None and k.kind == "agency":
        return c
    # a news agency the names lexicon knows ("سونا"): an agency, or an outlet named "... Agency"
    r = resolve_name(c, "ar")
    if r and (r[2] == "agency" or r[2] == "outlet" and any(re.search(r"\bAgency\b|وكالة", n) for n in [r[0], *r[1]])):
        return c
    return None


def _abbrev_dateline(text: str) -> str | None:
    head = text[:3000]
    m = _ABBREV_DATELINE.search(head) if "(" in head else None
    return m.group(1).strip() if m else None


def _body_statement_headline(text: str, starts: list[int]) -> str | None:
    """ "المرصد السوري لحقوق الإنسان: ارتفاع الحصيلة ..." / "SOHR: Death toll rises ..." over a lede that names no
    speaker, in every half: a known body's own statement, signed in its headline (a news report under such a
    headline says who said so in its lede: "..., the ministry said")."""
    from marsad.sources.frames_ar import _ar_patterns
    from marsad.sources.frames_en import cue_search

    found = None
    for st in starts:
        lines = _first_filled(text[st : st + 1500].splitlines(), 4)
        hm = _OUTLET_HEADLINE.match(lines[0]) if lines and ":" in lines[0] else None
        if hm is None:
            return None
        name = hm.group(1).strip()
        ar = re.search(r"[\u0600-\u06ff]", name) is not None
        r = resolve_name(name, "ar" if ar else "en")
        if r is None or r[2] != "org" or _is_place(name):
            return None
        lede = next((ln for ln in lines[1:] if len(ln.split()) > 12), None)
        if lede is None:
            return None
        cue = _ar_patterns()["event"].search(lede) if ar else cue_search(lede)
        if cue is not None:
            return None
        found = found or name
    return found


def detect_outlet(doc: Document) -> None:
    """Set doc.outlet from metadata, a header line, a correspondent headline, a dateline or a byline."""
    if doc.outlet is not None:
        return
    text = doc.text
    if doc.meta.outlet:
        doc.outlet = outlet_link(doc.meta.outlet)
        return
    # the first lines, read once: the first n of them are `_lines(text, n)` for any n up to 8
    # (a line of the text's head is one of the whole text, and both are read from the start)
    lines8 = _lines(text, 8)
    names = _header_names(text, lines8[:6])
    # the other half of a bilingual report has its own header
    for h in doc.halves[1:] if doc.halves else []:
        names += _header_names(text[h.start : h.end])
    # an official statement under its letterhead: the issuing bodies publish it
    lh = _letterhead_names(text)
    for h in doc.halves[1:] if doc.halves else []:
        lh += _letterhead_names(text[h.start : h.end])
    if lh and names and _known_outlet_or_body(names[0]):
        names += [b for b in lh if b not in names]  # "وزارة الصحة الفلسطينية – غزة" read by the header: its name first
    elif lh:
        names = lh
    head_text = "\n".join(lines8)
    cm = _CORRESPONDENT_HEAD.search(head_text) if _may_hold(head_text, "correspondent") else None
    if cm:
        names.append(cm.group(1).strip())
    am = _AR_CORRESPONDENT_HEAD.search(head_text) if "مراسل" in head_text else None
    if am:
        names.append(am.group(1).strip())
    abbr = _abbrev_dateline(text)
    header = "\n".join(lines8[:3])
    known = lookup_known(abbr) if abbr else None
    if (
        abbr
        and known is not None
        and known.kind == "agency"
        and not re.search(rf"{re.escape(abbr)}\s*\|", header)
    ):
        # "BEIRUT (Reuters) -": agency copy, not the outlet, unless nothing else names the outlet
        wire, abbr = abbr, None
    else:
        wire = None
    if abbr and _is_place(abbr):
        abbr = None  # "June 3, 2025 (KADUGLI) -": the place in brackets, no outlet
    if abbr:
        full = None
        for line in lines8[:4]:
            if abbr in line and "|" in line:
                parts = [p.strip() for p in line.split("|")]
                longer = [p for p in parts if p != abbr and len(p) > len(abbr)]
                if longer:
                    full = longer[0]
        if full:
            names.append(full)
        names.append(abbr)
    top = text[:2000]
    bm = _BYLINE.search(top) if _may_hold(top, "staff", "correspondent", "reporter") else None
    if bm:
        names.append(bm.group(1).strip())
    sm = _STAFF_BYLINE.search(top) if not bm and _may_hold(top, "staff") else None
    sname = sm.group(1).strip() if sm else ""
    if sm and (_known_outlet(sname) or (len(sname.split()) <= 5 and all(w[:1].isupper() for w in sname.split()))):
        names.append(sm.group(1).strip())
    if not names and "/" in top:
        for sd in _SLASH_DATELINE.finditer(top):
            if _known_outlet(sd.group(1).strip()):
                names.append(sd.group(1).strip())
                break
    if not names and wire is None:
        # "Al Mayadeen: ..." / "الميادين: ...": a headline the outlet signs with its own name
        starts = [0, *(h.start for h in (doc.halves or [])[1:])]
        for st in starts:
            first = text[st : st + 200].lstrip().split("\n", 1)[0]
            hm = _OUTLET_HEADLINE.match(first) if ":" in first else None
            if hm and _known_outlet(hm.group(1).strip()):
                names.append(hm.group(1).strip())
                break
    if not names and wire is None and ":" in text[:300]:
        own = _body_statement_headline(text, [0, *(h.start for h in (doc.halves or [])[1:])])
        if own:
            names.append(own)  # "SOHR: toll rises to 7" over an unattributed lede: the body's own statement
    if not names and wire is None and "reporting from" in top:
        om = _OWN_REPORTER.search(top)
        if om and _known_outlet(om.group(1).strip()):
            names.append(om.group(1).strip())
    if not names and wire is None:
        wire = _ar_agency_dateline(text)
    if not names and wire is None and "\n" in text[:600]:
        # "دمشق-سانا" / "بيروت ـ «القدس العربي»: ...": the copy's own dateline names its outlet
        for dm in _AR_OWN_DATELINE.finditer(text[:1500]):
            left, right = dm.group(1).strip(), dm.group(2).strip()
            lw = left.split()
            placed = _is_place(left) or (len(lw) > 1 and lw[-1].startswith("ال") and _is_place(" ".join(lw[:-1])))
            if placed and _known_outlet(right):  # ("القدس المحتلة": a place with its adjective)
                names.append(right)
                break
            if _is_place(right) and _known_outlet(left) and not _is_place(left):
                names.append(left)  # "سكاي نيوز عربية - أبوظبي": the outlet, then where it files from
                break
    if not names and wire is None and lines8 and _PRESS_RELEASE.match(lines8[0]):
        # a press release without a masthead: the body its "Notes to editors"/"About X" footer presents
        fm = _RELEASE_FOOTER.search(text[-3000:])
        if fm and _known_outlet_or_body(fm.group(1).strip()):
            names.append(fm.group(1).strip())
    if not names and wire is None and "-" in text[:1500]:
        # "رام الله 3-5-2024 وفا- ...": a place, the date, then the outlet's own name opening the copy
        pm = _AR_DATED_DATELINE.search(text[:1500])
        if pm and _known_outlet(pm.group(1).strip()):
            names.append(pm.group(1).strip())
    if wire and not names:
        names.append(wire)  # the agency's own copy: "KASSALA, May 2 (Reuters) -" under a bare headline
    if not names and wire is None and " told " in text and len(lines8) >= 4:
        # a full report with no masthead: the one outlet (not a wire agency) its sources "told" is itself
        told = {}
        for m in _TOLD_OUTLET.finditer(text):
            k = lookup_known(m.group(1))
            r = resolve_name(m.group(1), "en")
            kind = k.kind if k else (r[2] if r else None)
            if kind == "outlet" or (kind is None and _known_outlet(m.group(1))):
                told[norm_key(m.group(1))] = m.group(1)
            elif kind == "agency":
                told = {}
                break
        if len(told) == 1:
            names.append(next(iter(told.values())))
    if doc.meta.byline and not names:
        names.append(doc.meta.byline)
    if not names:
        return
    link = outlet_link(names[0], names[1:])
    if lh:
        # each issuing body's known names (the ministry's English and Arabic forms) name the outlet too
        extra = []
        for n in lh:
            r = resolve_name(n, "ar" if re.search(r"[\u0600-\u06ff]", n) else "en")
            extra += [r[0], *r[1]] if r else []
        link = link.model_copy(update={"aliases": _uniq([*link.aliases, *extra], link.name), "rule": "outlet.letterhead"})
    doc.outlet = link


_AR_LETTER = re.compile(r"[\u0621-\u064a]")
_AR_DATELINE_CREDIT = re.compile(
    r"(?:^|\n)[ \t]*([\u0621-\u064a][\u0621-\u064a ]{1,25}?)[ \t]*[-–—][ \t]*([\u0621-\u064a][\u0621-\u064a ]{1,25}?)[ \t]*[:\-–—]"
)


def credited_agency(doc: Document, start: int, end: int) -> tuple[SourceLink, int] | None:
    """The news agency the copy in text[start:end] is credited to (not the outlet itself), and where
    its copy begins: at a dateline credit ("BEIRUT (Reuters) -"), else at `start`."""
    block = doc.text[start:end]
    cands: list[tuple[str, int]] = []
    # "BEIRUT (AFP) -", and "TUBAS (West Bank) - (AFP):" / "طوباس - (أ ف ب):" (the credit after the dash)
    for m in re.finditer(
        r"\(([A-Za-z][\w .\-]{1,25}|[\u0621-\u064a][\u0621-\u064a ]{1,25})\)(?=\s*[-–—])"
        r"|[-–—][ \t]*\(([A-Za-z][\w .\-]{1,25}|[\u0621-\u064a][\u0621-\u064a ]{1,25})\)[ \t]*:",
        block[:1500],
    ):
        line_start = block.rfind("\n", 0, m.start()) + 1
        cands.append((m.group(1) or m.group(2), start + line_start))
    # (each pattern below is read only where the text has its dash or its word)
    if "--" in block or "—" in block or "–" in block:
        for m in re.finditer(r"(?:^|\n)\s*(?:--|—|–)\s*([A-Z][\w .\-]{1,25})\s*$", block, re.M):
            cands.append((m.group(1), start))
    if "Source" in block or "المصدر" in block:
        for m in re.finditer(r"(?:^|\n)\s*(?:Source|المصدر)\s*:\s*([^\n\d]{2,30}?)\s*(?:\s{2,}|\n|$|\d)", block):
            cands.append((m.group(1), start))
    # an Arabic dateline credit: "صنعاء - سبأ:"، "دمشق – سانا –"
    head = block[:1500]
    dated = ("-" in head or "–" in head or "—" in head) and _AR_LETTER.search(head) is not None
    for m in _AR_DATELINE_CREDIT.finditer(head) if dated else ():
        if _is_place(m.group(1).strip()):
            cands.append((m.group(2), start + m.start() + (1 if block[m.start()] == "\n" else 0)))
    # a byline line under the headline: "AFP" alone, or "مأرب (اليمن) - أ ف ب" ending the line
    pos = 0
    for line in head.split("\n")[:12]:
        ln = line.strip()
        if 1 < len(ln) <= 60:  # (the copy begins at that line: the headline above it is the outlet's)
            cands.append((re.split(r"\s[-–—]\s*", ln)[-1] if re.search(r"\s[-–—]", ln) else ln, start + pos))
        pos += len(line) + 1
    for c, copy_start in cands:
        c = c.strip()
        k = lookup_known(c)
        r = resolve_name(c, "ar" if re.search(r"[\u0600-\u06ff]", c) else "en")
        kind = k.kind if k else None
        wire = (
            r is not None
            and r[2] == "outlet"
            and any(re.search(r"\bAgency\b|وكالة", n) for n in [r[0], *r[1]])
        )
        if kind != "agency" and not (r and r[2] == "agency") and not wire:
            continue
        if doc.outlet is not None:
            keys = {norm_key(n) for n in doc.outlet.names()}
            if norm_key(c) in keys or (r and norm_key(r[0]) in keys):
                continue
        name = r[0] if r else c
        aliases = _uniq([c, *(r[1] if r else []), *(k.names() if k else [])], name)
        return SourceLink(name=name, aliases=aliases, kind="agency", rule="agency.credit"), copy_start
    return None
