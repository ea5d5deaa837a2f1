"""Document-level refinements of the recognised names (run by recognize.recognize).

- Span variants: a name is also given without a generic head or a place qualifier
  (مخيم X -> X, X camp -> X, Islamic State group -> Islamic State, Gaza's Ministry of
  Health -> Ministry of Health, Civil Defence in Gaza -> Civil Defence) and with the heads
  and tails that belong to it (وادي X, X في غزة, وزارة الخارجية والمغتربين, المسيرة نت).
- A later "rank + surname" (العميد الحميري) is the person named in full before.
- A town that shares its name with an outlet (الميادين, al-Mayadeen) is the town after a
  place word or preposition or beside other places.
- Bilingual reports: an Arabic body put into English word by word takes the English half's
  wording when both name the same place and the same field; a Latin name takes the DIN of
  the Arabic name it is linked to.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from marsad.names.canonical import DIN_MARKS, canonical_from_arabic
from marsad.names.gazetteer import gazetteer, surface_din
from marsad.names.normalize import fold_arabic, fold_latin, name_key
from marsad.names.patterns import ar_patterns
from marsad.names.resolve import lookup

if TYPE_CHECKING:
    from marsad.names.recognize import Hit

_AR_HEADS_DROP = ("مخيم ", "محافظة ", "محافظه ", "قضاء ", "ناحية ", "ناحيه ")
_EN_TAIL_DROP = re.compile(r"^(.+?)\s+(?:(?:refugee|Refugee)\s+)?(?:camp|Camp|group|Group)$")
_POSSESSIVE_HEAD = re.compile(r"^([A-Z][\w-]+)['’]s\s+(.+)$")
_EN_IN_PLACE = re.compile(r"^(.+?)\s+in\s+([A-Z][\w-]+(?:\s[A-Z][\w-]+)?)$")
_OUTLET_SUFFIX = re.compile(r"^[ \t]+(نت|نيوز|Net|net|News|أونلاين|اونلاين)\b")
_AR_WADI = re.compile(r"(?:^|\s)[وب]?(وادي|وادى)\s+$")
_AR_QUARTER = re.compile(r"(?:^|\s)[وب]?(حارة|حاره|حي)\s+$")  # حارة X: the quarter is named with its head
_AR_LANDMARK_ADJ = re.compile(r"^((?:مستشفى|مستشفي|مشفى|مشفي) \S+) (?:العام|الحكومي|المركزي)$"
                              r"|^(?:(سوق \S+) الشعبي)$")  # سوق X الشعبي: "X market"
_EN_QUARTER = re.compile(r"^\s+(?:neighbourhood|neighborhood|quarter)\b")
_EN_LANDMARK = re.compile(r"^ (hospital|market|mosque)\b")  # Kadhimiya hospital: a landmark named by its place
# what the patterns above (and _EN_TAIL_DROP, _AR_LANDMARK_ADJ) need at least: a cheap test before each
_EN_LANDMARK_WORDS = (" hospital", " market", " mosque")
_EN_TAIL_WORDS = ("camp", "Camp", "group", "Group", "\n")  # ($ also matches before a final line break)
_AR_LANDMARK_HEADS = ("مستشفى ", "مستشفي ", "مشفى ", "مشفي ", "سوق ")
_POSSESSOR_BEFORE = re.compile(r"([A-Z][\w-]+)['’]s\s$")
_AND_ART_AFTER = re.compile(r" (وال([\u0621-\u064A]+))")
_CHANNEL_BEFORE = re.compile(r"(?:قناة|قناه|لقناة|شاشة|channel|Channel|TV|told|broadcaster|مراسل|مراسلة)\W*$")
_POSSESSIVE_S = re.compile(r"['’]s\b")
_VOWEL_RUNS = re.compile("[aiuāīū]+")
_LATIN_VOWEL_RUNS = re.compile("[aeiou]+")
_RANKS = {"العميد", "اللواء", "العقيد", "المقدم", "الرائد", "النقيب", "الملازم", "الفريق", "الجنرال", "الدكتور",
          "المهندس", "الشيخ", "السيد", "القيادي", "المتحدث", "الناطق", "الوزير", "المحافظ"}
_AR_SURNAME = re.compile(r"\s*(ال[\u0621-\u064A]{3,})")
_TRAIL_PREPS = re.compile(r"\s+(?:في|من|على|إلى|عن|مع|in|at|of|on)$")


def _span_taken(hits: list[Hit], s: int, e: int) -> bool:
    return any(h.start == s and h.end == e for h in hits)


def add_variants(text: str, hits: list[Hit]) -> list[Hit]:
    """Extra hits for the same name with or without a generic head or qualifier (before DIN/canonical)."""
    out = list(hits)
    places = [h for h in hits if h.type == "place"]

    def add(h: Hit, s: int, e: int, **kw) -> None:
        if s < e and not _span_taken(out, s, e):
            out.append(replace(h, start=s, end=e, text=text[s:e], extra={**h.extra, "variant": True}, **kw))

    for h in hits:
        t = h.text
        if h.lang == "ar":
            if h.type == "place" and t.startswith(_AR_HEADS_DROP):
                for head in _AR_HEADS_DROP:
                    if t.startswith(head) and len(t) > len(head) + 1 \
                            and not _other_place(t[len(head):], h):  # مخيم جنين: the camp, not the town
                        add(h, h.start + len(head), h.end, rule=h.rule, ntok=max(1, h.ntok - 1))
            if h.type == "outlet" and h.rec is not None and t.startswith(("قناة ", "قناه ")) and len(t) > 6:
                add(h, h.start + 5, h.end, rule=h.rule, ntok=max(1, h.ntok - 1))  # قناة المسيرة: also المسيرة
            m = _OUTLET_SUFFIX.match(text[h.end : h.end + 12]) if h.type == "outlet" and h.rec is not None else None
            if m and not t.endswith(m.group(1)):
                e = h.end + m.end()  # المسيرة نت: the outlet's site, not a new name
                out[:] = [x for x in out if not (x.start == h.start and x.end == e and x.rec is None)]
                if not _span_taken(out, h.start, e):
                    out.append(replace(h, end=e, text=text[h.start : e], extra={**h.extra, "site": True}))
            if h.type == "org" and h.rec is not None and t.startswith("جهاز ") and h.ntok >= 3 \
                    and t[5:] in h.rec.ar:
                add(h, h.start + 5, h.end, ntok=h.ntok - 1)  # جهاز الأمن العام: also الأمن العام, its usual name
            if h.type == "org" and h.rec is not None and " ب" in t:
                _construct_parts(h, t, out)  # وزارة الدفاع بحكومة X: the ministry and the government
            # X في <place>: the body of that place (وزارة الصحة في غزة), and the body alone
            if h.type == "org" and " في " in t:
                add(h, h.start, h.start + t.index(" في "))
            if h.type == "org" and h.rec is not None and " في ال" in t:
                _construct_parts(h, t, out, " في ")  # وزارة الصحة في الحكومة المؤقتة: the government too
            if h.type == "org":
                after = text[h.end : h.end + 4]
                if after == " في ":
                    for p in places:
                        if p.start == h.end + 4 and p.lang == "ar":
                            add(h, h.start, p.end)
            if h.type == "org" and h.rec is not None and text[h.end : h.end + 8] in (" بولاية ", " بولايه "):
                for p in places:  # وزارة الصحة بولاية كسلا: the state's ministry (Kassala State Ministry of Health)
                    if p.start == h.end + 8 and p.lang == "ar" and p.rec is not None and p.rec.type == "place" \
                            and not _span_taken(out, h.start, p.end):
                        out.append(replace(h, end=p.end, text=text[h.start : p.end], rec=None, ntok=h.ntok + 2,
                                           rule="names.ar.state_body", extra={
                                               "canonical": f"{p.rec.canonical} State {h.rec.canonical}"}))
            if h.type == "org" and (h.rec is not None or h.rule == "names.ar.org_head") \
                    and text.startswith(_AR_REGION_AFTER, h.end):
                _region_body(text, h, places, out)
            if h.type == "org" and (h.rec is not None or h.rule == "names.ar.org_head") \
                    and text.startswith(_AR_REGION_BACK, h.end) and t.startswith(_AR_OFFICE_HEADS):
                _region_back(text, h, places)
            if h.type == "place" and text.find("واد", max(0, h.start - 8), h.start) >= 0 \
                    and _AR_WADI.search(text[max(0, h.start - 8) : h.start]) and not t.startswith(("وادي", "وادى")):
                s = text.rfind("واد", max(0, h.start - 8), h.start)
                if s >= 0:
                    add(h, s, h.end)
            am = _AR_LANDMARK_ADJ.match(t) if h.type == "place" and t.startswith(_AR_LANDMARK_HEADS) else None
            if am:  # مستشفى X العام: wires also write "X Hospital"
                add(h, h.start, h.start + am.end(am.lastindex), rule=h.rule, ntok=max(1, h.ntok - 1))
            w0 = max(0, h.start - 7)
            qm = _AR_QUARTER.search(text[w0 : h.start]) if h.type == "place" and text.find("ح", w0, h.start) >= 0 \
                else None
            if qm:
                s = w0 + qm.start(1)  # the head, after any clitic
                canon = h.rec.canonical if h.rec is not None else canonical_from_arabic(t)
                if s < h.start and not _span_taken(out, s, h.end):
                    out.append(replace(h, start=s, end=h.end, text=text[s : h.end], rec=None, key="",
                                       extra={**h.extra, "variant": True, "canonical": canon}))
        else:
            lm = _EN_LANDMARK.match(text[h.end : h.end + 10]) if h.type == "place" and h.rec is not None \
                and text.startswith(_EN_LANDMARK_WORDS, h.end) else None
            if lm and not _span_taken(out, h.start, h.end + lm.end()):
                e = h.end + lm.end()  # the listed place + a lower-case landmark noun: the landmark too
                out.append(replace(h, end=e, text=text[h.start : e], rec=None, key="", ntok=h.ntok + 1,
                                   extra={**h.extra, "variant": True,
                                          "canonical": f"{h.rec.canonical} {lm.group(1)}"}))
            if h.type == "org" and h.rec is not None and text[max(0, h.start - 7) : h.start] == " State ":
                for p in places:  # the Kassala State Ministry of Health: the state's body, as بولاية in Arabic
                    if p.end == h.start - 7 and p.lang == "en" and p.rec is not None and p.rec.type == "place" \
                            and not _span_taken(out, p.start, h.end):
                        out.append(replace(h, start=p.start, text=text[p.start : h.end], rec=None, key="",
                                           ntok=h.ntok + 2, rule="names.en.state_body", extra={
                                               "canonical": f"{p.rec.canonical} State {h.rec.canonical}"}))
            if h.type == "org" and h.rec is not None and text[max(0, h.start - 6) : h.start] == "State ":
                _en_state_body(text, h, places, out)
            qm = _EN_QUARTER.match(text[h.end : h.end + 16]) if h.type == "place" and (
                text.find("quarter", h.end, h.end + 16) >= 0 or text.find("neighbo", h.end, h.end + 16) >= 0) else None
            if qm and not _span_taken(out, h.start, h.end + qm.end()):
                e = h.end + qm.end()  # the Sabra neighbourhood: the quarter is named with its head
                out.append(replace(h, end=e, text=text[h.start : e], rec=None, key="",
                                   extra={**h.extra, "variant": True, "canonical": text[h.start : e]}))
            m = _EN_TAIL_DROP.match(t) if h.type in ("place", "org") and t.endswith(_EN_TAIL_WORDS) else None
            if m and not _other_place(m.group(1), h):
                add(h, h.start, h.start + len(m.group(1)))
            possessive = "s" in t and ("'" in t or "’" in t)  # (what _POSSESSIVE_HEAD needs)
            m = _POSSESSIVE_HEAD.match(t) if possessive and h.type in ("org", "outlet") else None
            if m:
                add(h, h.end - len(m.group(2)), h.end)
            m = _POSSESSIVE_HEAD.match(t) if possessive and h.type == "place" and h.rec is None else None
            if m:  # Nabatieh's al-Bayyad neighborhood: the quarter is also named on its own
                add(h, h.end - len(m.group(2)), h.end)
            before = text[max(0, h.start - 16) : h.start]
            nm = _WORD_BEFORE.search(before) if h.type == "org" and h.rec is not None else None
            if nm and nm.group(1) in _nationalities() and not t.startswith(nm.group(1)):
                s = h.start - len(before) + nm.start(1)  # the Lebanese Foreign Ministry: the country's body
                if not _span_taken(out, s, h.end):
                    out.append(replace(h, start=s, text=text[s : h.end], rec=None, key="",
                                       extra={**h.extra, "variant": True, "canonical": text[s : h.end]}))
            m = _EN_IN_PLACE.match(t) if h.type == "org" and "in" in t else None
            if m:
                add(h, h.start, h.start + len(m.group(1)))
            if h.type == "org":
                after = text[h.end : h.end + 4]
                if after == " in ":
                    for p in places:
                        if p.start == h.end + 4 and p.lang == "en":
                            add(h, h.start, p.end)
                before = text[max(0, h.start - 30) : h.start]
                pm = _POSSESSOR_BEFORE.search(before)
                if pm and h.rec is not None and h.rec.by_country:
                    _possessor_country(pm.group(1), h)
                if pm:
                    add(h, h.start - len(before) + pm.start(), h.end)
    return out


_WORD_BEFORE = re.compile(r"\b([A-Z][a-z]+) $")


def _possessor_country(name: str, h: Hit) -> None:
    """A generic body after a country's possessive ("Iraq's Health Ministry") is that country's body, whatever
    country the report is about."""
    recs, _ = lookup(name)
    if recs and recs[0].type == "place" and recs[0].canonical == recs[0].country \
            and recs[0].country in h.rec.by_country:
        rec = gazetteer().records.get(h.rec.by_country[recs[0].country])
        if rec is not None:
            h.rec = rec


def _en_state_body(text: str, h: Hit, places: list[Hit], out: list[Hit]) -> None:
    """The Gezira State Ministry of Health where the place is listed with its "State": the state's body."""
    for p in places:
        if p.end == h.start - 1 and p.lang == "en" and p.rec is not None and p.rec.type == "place" \
                and p.text.endswith(" State") and not _span_taken(out, p.start, h.end):
            out.append(replace(h, start=p.start, text=text[p.start : h.end], rec=None, key="", ntok=h.ntok + 2,
                               rule="names.en.state_body", extra={
                                   "canonical": f"{p.rec.canonical} State {h.rec.canonical}"}))
            return


_AR_REGION_AFTER = (" بولاية ", " بولايه ", " بمحافظة ", " بمحافظه ")


def _region_body(text: str, h: Hit, places: list[Hit], out: list[Hit]) -> None:
    """A listed body + ب + state or governorate (the place named with its head, or a governorate after it):
    the region's body, as wires name it (Gezira State Ministry of Health, Latakia Internal Security Command)."""
    state = text[h.end + 2 : h.end + 3] == "و"
    if h.rec is not None:
        body = h.rec.canonical
    else:  # a body named by its head (مكتب الصحة العامة والسكان): its English name, as recognize gives it
        from marsad.names.canonical import canonical_with_head
        from marsad.names.institutions import translate_institution
        body = translate_institution(h.text) or canonical_with_head(h.text) or ""
    if not body:
        return
    for p in places:
        if p.lang != "ar" or p.rec is None or p.rec.type != "place" or _span_taken(out, h.start, p.end):
            continue
        if p.start == h.end + 2 or (not state and p.start == h.end + 9):
            canon = f"{p.rec.canonical} State {body}" if state else f"{p.rec.canonical} {body}"
            out.append(replace(h, end=p.end, text=text[h.start : p.end], rec=None, ntok=h.ntok + 2,
                               rule="names.ar.state_body", extra={"canonical": canon}))
            return


_AR_REGION_BACK = (" بالمحافظة", " بالمحافظه", " في المحافظة", " في المحافظه", " بالولاية", " بالولايه")
_AR_REGION_HEADS = ("محافظة ", "محافظه ", "ولاية ", "ولايه ")
_AR_OFFICE_HEADS = ("مكتب ", "وزارة ", "وزاره ", "مديرية ", "مديريه ", "إدارة ", "ادارة ", "هيئة ", "هيئه ", "دائرة ",
                    "قيادة ", "شرطة ", "فرع ", "لجنة ", "جهاز ", "مجلس ")  # an office, not a party or a people


def _region_back(text: str, h: Hit, places: list[Hit]) -> None:
    """A body + «بالمحافظة» (in the governorate) is the body of the governorate or state named last before it
    with its head (مكتب الصحة بالمحافظة after «محافظة لحج»: Lahj Public Health Office)."""
    best: Hit | None = None
    for p in places:
        if p.lang != "ar" or p.rec is None or p.rec.type != "place" or p.start >= h.start:
            continue
        if (p.text.startswith(_AR_REGION_HEADS) or text[max(0, p.start - 7) : p.start].endswith(_AR_REGION_HEADS)) \
                and (best is None or p.start > best.start):
            best = p
    if best is None or "canonical" in h.extra:
        return
    if h.rec is not None:
        body = h.rec.canonical
    else:
        from marsad.names.canonical import canonical_with_head
        from marsad.names.institutions import translate_institution
        body = translate_institution(h.text) or canonical_with_head(h.text) or ""
    if body:
        state = text[h.end + 1 : h.end + 8].lstrip("ب").startswith(("الولاي",))
        h.extra = {**h.extra, "canonical": f"{best.rec.canonical} State {body}" if state else f"{best.rec.canonical} {body}"}


@lru_cache(maxsize=1)
def _nationalities() -> frozenset[str]:
    """English nationality adjectives (Lebanese, Libyan), from the Arabic institution words' ^ entries."""
    return frozenset(v[1:] for v in ar_patterns().inst_words.values() if v.startswith("^"))


def _construct_parts(h: Hit, t: str, out: list[Hit], sep: str = " ب") -> None:
    """A listed body named with the body it belongs to (وزارة الدفاع بحكومة الوحدة الوطنية): each part
    that is itself a listed body is named too."""
    i = t.index(sep)
    for s, part in ((h.start, t[:i]), (h.start + i + len(sep), t[i + len(sep) :])):
        recs, _ = lookup(part)
        if recs and recs[0].type == "org" and not _span_taken(out, s, s + len(part)):
            out.append(replace(h, start=s, end=s + len(part), text=part, rec=recs[0], key=name_key(part),
                               ntok=len(part.split()), extra={**h.extra, "variant": True}))


def _other_place(bare: str, h: Hit) -> bool:
    """The name without its head is another listed place (مخيم جنين / جنين: the camp and the town)."""
    if h.rec is None:
        return False
    recs, _ = lookup(bare)
    return bool(recs) and recs[0].type == "place" and h.rec.id not in {r.id for r in recs}


def extend_conjoined(text: str, hits: list[Hit]) -> None:
    """وزارة الخارجية والمغتربين: a gazetteer body followed by و + an institution word."""
    arp = ar_patterns()
    for h in list(hits):
        if h.lang != "ar" or h.type != "org" or h.rec is None:
            continue
        m = _AND_ART_AFTER.match(text[h.end : h.end + 30])
        if not m:
            continue
        word = fold_arabic(m.group(2))
        eng = arp.inst_words.get(word)
        if not eng or eng[:1] in "+^":
            continue
        e = h.end + m.end()
        if any(x.rec is not None and x.start <= h.end + 2 < x.end and x.end > e for x in hits):
            continue  # محور تعز والشرطة الاتحادية: the next word starts another listed body
        canon = f"{h.rec.canonical} and {eng}"
        hits.append(replace(h, end=e, text=text[h.start : e], rec=None, extra={**h.extra, "canonical": canon},
                            rule="names.ar.conjoined"))


def town_not_outlet(text: str, hits: list[Hit]) -> None:
    """الميادين / al-Mayadeen after a place word or preposition, or beside other places, is the town."""
    gz = gazetteer()
    preps = ar_patterns().place_preps | ar_patterns().place_cues
    for h in hits:
        if h.rec is None or h.rec.type != "outlet" or not h.key:
            continue
        towns = [r for r in gz.lookup_key(h.key) if r.type == "place"]
        if not towns:
            continue
        before = text[max(0, h.start - 25) : h.start]
        if _CHANNEL_BEFORE.search(before):
            continue
        words = before.split()
        word = words[-1] if words and before.endswith((" ", "\u00a0")) else ""
        clitic = before[-1:] if before[-1:] in ("و", "ب", "ف") else ""
        near_place = any(p.type == "place" and p is not h and 0 <= h.start - p.end <= 8 for p in hits)
        if fold_arabic(word) in preps or word in ("in", "near", "outside", "of") or clitic == "ب" \
                or ((clitic == "و" or word in ("and", ",")) and near_place):
            h.rec = towns[0]
            h.type = "place"


def link_rank_surnames(text: str, hits: list[Hit], make_hit) -> list[Hit]:
    """العميد الحميري after العميد عبدالله الحميري: the same person (a hit with the full name's link)."""
    full = {}
    for h in hits:
        if h.lang == "ar" and h.type == "person":
            words = h.text.split()
            if len(words) >= 2 and words[-1].startswith("ال"):
                full.setdefault(words[-1], h)
    if not full:
        return hits
    out = list(hits)
    for rank in _RANKS:
        pos = text.find(rank + " ")
        while pos >= 0:
            m = _AR_SURNAME.match(text, pos + len(rank))
            if m and m.group(1) in full:
                s, e = m.span(1)
                if not any(x.start <= s < x.end for x in out):
                    f = full[m.group(1)]
                    out.append(make_hit(s, e, text[s:e], f))
            pos = text.find(rank + " ", pos + 1)
    return out


def trim_trailing(text: str, hits: list[Hit]) -> None:
    """No name ends in a preposition (مروان الخطيب في)."""
    for h in hits:
        m = _TRAIL_PREPS.search(h.text)
        if m and len(h.text) - len(m.group(0)) > 2:
            h.end -= len(m.group(0))
            h.text = text[h.start : h.end]


def align_bilingual(hits: list[Hit]) -> None:
    """In a report with both halves: an Arabic body put into English word by word (دائرة صحة نينوى ->
    Nineveh Health Department) takes the English half's wording when that names the same place and
    field with another head (Nineveh health directorate -> Nineveh Health Directorate)."""
    en = [h for h in hits if h.lang == "en" and h.type == "org" and not DIN_MARKS.search(h.text)
          and h.rule != "names.masthead"]
    if not en:
        return
    for h in hits:
        if h.lang != "ar" or h.type != "org" or not h.canonical or h.rec is not None \
                or h.rule != "names.ar.org_head" or DIN_MARKS.search(h.canonical):
            continue
        words = [fold_latin(w) for w in h.canonical.split()]
        if len(words) < 3:
            continue
        for o in en:
            ow = [fold_latin(w) for w in o.text.split()]
            if len(ow) == len(words) and len(set(words) & set(ow)) == len(words) - 1:
                h.canonical = " ".join(w[:1].upper() + w[1:] for w in o.text.split())
                break


def share_arabic_din(hits: list[Hit]) -> None:
    """A Latin person name (not a gazetteer record, not itself DIN) linked to an Arabic one takes the
    Arabic name's DIN: the spelling loses emphatics, long vowels and gemination."""
    from marsad.names.recognize import _link_key

    ar_din: dict[str, object] = {}
    for h in hits:
        if h.lang == "ar" and h.type == "person" and h.rec is None and isinstance(h.din, str) and not h.western \
                and not h.din.startswith(("Abā ", "Abī ")):
            ar_din.setdefault(h.extra.get("link") or _link_key(h), h.din)
    for h in hits:
        if h.lang == "en" and h.type == "person" and h.rec is None and not h.western \
                and not DIN_MARKS.search(h.text):
            d = ar_din.get(h.extra.get("link") or _link_key(h))
            if d is not None and len(str(d).split()) == len(h.text.split()):
                h.din = d


_A = "\u0621-\u064A\u0671"
_ORDINALS = {"الأولى": "First", "الاولى": "First", "الثانية": "Second", "الثالثة": "Third", "الرابعة": "Fourth",
             "الخامسة": "Fifth", "السادسة": "Sixth", "السابعة": "Seventh", "الثامنة": "Eighth", "التاسعة": "Ninth",
             "العاشرة": "Tenth"}
# The patterns with *_HEADS open with one of those literal words, after at most a clitic and the article (the
# characters back noted by each): _head_matches tries them only where a head occurs.
_MIL_REGION_HEADS = ("المنطقة العسكرية ",)
_MIL_REGION = re.compile(rf"(?<![{_A}])المنطقة العسكرية ({'|'.join(_ORDINALS)})(?![{_A}])")
_ARMED_FORCES_HEADS = ("قوات المسلحة ",)  # after [وب]?ال or لل: up to 3 characters back
_ARMED_FORCES = re.compile(rf"(?<![{_A}])(?:[وب]?ال|لل)قوات المسلحة (ال[{_A}]+(?:ية|يه))(?![{_A}])")
_LIWA_HEADS = ("لواء", "كتائب", "سرايا", "فيلق")  # after [وب]?: up to 1 character back
_LIWA = re.compile(rf"(?<![{_A}])[وب]?(?:{'|'.join(_LIWA_HEADS)}) ((?:ال)?[{_A}]{{3,}})(?![{_A}])")
_QUOTED_ORG = re.compile(rf"(?:أعلنت|وأعلنت|قالت|وقالت|تبنت|وتبنت|أكدت|وأكدت|بيان ل|بيان|باسم|حركة|جماعة|تنظيم|فصيل)"
                         rf"\s*[«\"“]((?:ال)[{_A}]+(?: [{_A}]+){{0,3}})[»\"”]")
_ADMIN_HEADS = ("وحدة", "هيئة", "لجنة", "إدارة", "مديرية", "دائرة", "مفوضية", "مؤسسة", "خلية", "غرفة")
_ADMIN_BODY = re.compile(rf"(?<![{_A}])(?:[وب]?ال|لل)(?:{'|'.join(_ADMIN_HEADS)})"  # up to 3 characters back
                         rf"(?: ال[{_A}]+){{1,2}} (?:ل|لل)[{_A}]{{3,}}(?: (?!ال)[{_A}]{{3,}}){{0,2}}(?: ال[{_A}]{{3,}})?")
_ADMIN_HEAD = re.compile(rf"(?:ال|لل)(?:{'|'.join(_ADMIN_HEADS)}) ال[^ ]+ لل?")  # 2 characters back
_LOWER_HEAD = re.compile(r" (?:directorate|department|ministry|office|command|authority|committee|bureau)\b")
_LED = re.compile(r"\b([A-Z][A-Za-z.]+)-led\s+(coalition|alliance|forces)\b")
_LOWER_BODY = re.compile(r"\b([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)(?:['’]s)?\s+(health|interior|police|security|education|defence|"
                         r"defense|civil defence|civil defense|media|information)\s+"
                         r"(directorate|department|ministry|office|command|authority|committee|bureau)\b")
_NAT_EN = {"^Yemeni": "Yemeni", "^Syrian": "Syrian", "^Iraqi": "Iraqi", "^Lebanese": "Lebanese"}
_FUNCTION_WORDS = {"في", "من", "على", "عن", "إلى", "الى", "مع", "بعد", "قبل", "إن", "أن", "التي", "الذي", "عند", "منذ"}
_NOT_LIWA = {"مشاة", "مدرع", "مدرعات", "المشاة", "المدرع", "الحرس", "المغاوير", "جديد", "آخر", "واحد", "من", "في"}


def _head_matches(pattern: re.Pattern[str], text: str, heads: tuple[str, ...], back: int) -> Iterator[re.Match[str]]:
    """pattern.finditer(text) for a pattern each match of which starts at most `back` characters before one of
    the literal `heads`: the pattern is tried only there (str.find scans the text in C, where finditer would
    try the pattern's look-behind at every character)."""
    starts: set[int] = set()
    for head in heads:
        at = text.find(head)
        while at >= 0:
            starts.update(range(max(0, at - back), at + 1))
            at = text.find(head, at + 1)
    return _matches_from(pattern, text, sorted(starts))


def _matches_from(pattern: re.Pattern[str], text: str, starts: Iterable[int]) -> Iterator[re.Match[str]]:
    """pattern.finditer(text) when every match starts at one of `starts` (ascending): pattern.match at each
    start not inside the previous match, so matches do not overlap and come leftmost first, as finditer's."""
    end = 0
    for s in starts:
        if s >= end:
            m = pattern.match(text, s)
            if m:
                end = m.end()
                yield m


def _line_starts(text: str) -> Iterator[int]:
    """0 and every offset after a line break: where a (?m)^ pattern can match."""
    yield 0
    at = text.find("\n")
    while at >= 0:
        yield at + 1
        at = text.find("\n", at + 1)


def pattern_hits(text: str, hits: list[Hit], make) -> list[Hit]:
    """Bodies the token passes miss: المنطقة العسكرية الرابعة, القوات المسلحة اليمنية, لواء X, a quoted
    organisation after a verb of announcing, long administrative bodies (الوحدة التنفيذية لإدارة ...),
    "X-led coalition", a lower-case "Nineveh health directorate"."""
    arp = ar_patterns()
    out = list(hits)

    def free(s: int, e: int) -> bool:
        return not any(h.start == s and h.end == e for h in out)

    def add(s: int, e: int, type_: str, canonical: str | None, rule: str) -> None:
        if s < e and free(s, e):
            lang = "ar" if "\u0600" <= text[s] <= "\u06ff" else "en"
            out.append(make(s, e, text[s:e], lang, type_, rule, canonical))

    has_ar = "ال" in text
    if has_ar:
        for m in _head_matches(_MIL_REGION, text, _MIL_REGION_HEADS, 0):
            add(m.start(), m.end(), "org", f"{_ORDINALS[m.group(1)]} Military Region", "names.ar.military_region")
        for m in _head_matches(_ARMED_FORCES, text, _ARMED_FORCES_HEADS, 3):
            nat = arp.inst_words.get(fold_arabic(m.group(1))[2:], "")
            if nat.startswith("^"):
                s = m.start() + (2 if text[m.start()] in "وب" else 0) + (1 if text.startswith("لل", m.start()) else 0)
                s = text.find("القوات", m.start()) if text.find("القوات", m.start(), m.end()) >= 0 else s
                add(s, m.end(), "org", f"{nat[1:]} Armed Forces", "names.ar.armed_forces")
        for m in _head_matches(_LIWA, text, _LIWA_HEADS, 1):
            w = m.group(1)
            if w in _NOT_LIWA or fold_arabic(w) in arp.stop or w.endswith(("ة", "ًا", "اً")):
                continue
            s = m.start() + (1 if text[m.start()] in "وب" else 0)
            recs, _ = lookup(text[s : m.end()])
            canon = recs[0].canonical if recs else None
            add(s, m.end(), "org", canon, "names.ar.brigade")
        for m in _QUOTED_ORG.finditer(text) if any(q in text for q in "«\"“") else ():
            recs, _ = lookup(m.group(1))
            add(m.start(1), m.end(1), "org", recs[0].canonical if recs else None, "names.ar.quoted_org")
        for m in _head_matches(_ADMIN_BODY, text, _ADMIN_HEADS, 3) \
                if next(_head_matches(_ADMIN_HEAD, text, _ADMIN_HEADS, 2), None) else ():
            s = m.start()
            while text[s] in "وبل" and text[s : s + 2] != "ال":
                s += 1
            if text.startswith("لل", m.start()):
                s = m.start() + 1
            e = m.end()
            words = text[s:e].split()
            while words and (words[-1] in _FUNCTION_WORDS or (words[-1][:1] in "وف" and len(words) > 3)):
                e -= len(words.pop()) + 1
            if len(words) >= 3:
                add(s, e, "org", None, "names.ar.admin_body")
    for m in _LED.finditer(text) if "-led" in text else ():
        recs, _ = lookup(m.group(0))
        canon = recs[0].canonical if recs else f"{m.group(1)}-led {m.group(2)}"
        add(m.start(), m.end(), "org", canon, "names.en.led")
    for m in _LOWER_BODY.finditer(text) if _LOWER_HEAD.search(text) else ():
        s = m.start()
        for lead in ("The ", "A ", "An ", "This ", "That ", "Its "):
            if text.startswith(lead, s):
                s += len(lead)
        if s >= m.end(1):
            continue
        canon = " ".join(w[:1].upper() + w[1:] for w in _POSSESSIVE_S.sub("", text[s : m.end()]).split())
        recs, _ = lookup(text[s : m.end()])  # Turkey's defence ministry: the listed body
        if recs and recs[0].type == "org":
            canon = recs[0].canonical
        add(s, m.end(), "org", canon, "names.en.lower_body")
        if m.end(1) < m.start(2) - 1:  # Idlib's health directorate: also the body without its place
            add(m.start(2), m.end(), "org", canon, "names.en.lower_body")
    return out


_OCCUPIERS = {"التركي": "Turkish", "التركية": "Turkish", "الأمريكي": "US", "الأميركي": "US", "الأمريكية": "US",
              "الأميركية": "US", "الروسي": "Russian", "الروسية": "Russian", "الإيراني": "Iranian",
              "الإيرانية": "Iranian", "البريطاني": "British", "الفرنسي": "French"}
_ISRAEL_COUNTRIES = {"Israel", "Palestine", "Lebanon"}


def generic_occupation(text: str, hits: list[Hit], country: str | None) -> None:
    """قوات الاحتلال is the Israeli army only in Israeli, Palestinian or Lebanese copy and when no other
    nationality follows (قوات الاحتلال التركي: Turkish occupation forces)."""
    for h in hits:
        if h.rec is None or h.rec.id != "org:idf" or h.lang != "ar" or "الاحتلال" not in h.text \
                or "إسرائيل" in h.text or "الإسرائيلي" in h.text:
            continue
        nxt = text[h.end : h.end + 16].split()
        nat = _OCCUPIERS.get(nxt[0].strip("،,.")) if nxt else None
        if nat is not None:
            h.rec, h.canonical = None, f"{nat} occupation forces"
        elif country is not None and country not in _ISRAEL_COUNTRIES:
            h.rec, h.canonical = None, "occupation forces"


def _vowel_groups(din: str) -> int:
    return len(_VOWEL_RUNS.findall(din.lower()))


def vowels_from_english(hits: list[Hit]) -> None:
    """When the rules give several DIN readings of an Arabic name (Ḥarīṯa or Ḥurayṯa), the English half's
    spelling of the same name (Huraytha) picks the reading; both mentions take it."""
    if not any(h.lang == "ar" and isinstance(h.din, list) and len(h.din) >= 2 for h in hits):
        return  # no Arabic name with several readings
    from rapidfuzz import fuzz

    from marsad.names.recognize import _link_key

    latin: dict[str, list[str]] = {}
    for h in hits:
        if h.lang == "en":
            latin.setdefault(h.extra.get("link") or _link_key(h), []).append(fold_latin(h.text))
    if not latin:
        return
    chosen: dict[str, str] = {}
    for h in hits:
        if h.lang != "ar" or not isinstance(h.din, list) or len(h.din) < 2:
            continue
        key = h.extra.get("link") or _link_key(h)
        spellings = latin.get(key)
        if not spellings:
            continue
        nuclei = _vowel_groups(h.din[0])
        latin_nuclei = {len(_LATIN_VOWEL_RUNS.findall(x)) for x in spellings}  # Zakarneh: 3 vowels, Zakārna
        pool = [c for c in h.din if _vowel_groups(c) in latin_nuclei] or [c for c in h.din if _vowel_groups(c) == nuclei]
        best = max(pool, key=lambda c: max(fuzz.ratio(fold_latin(c), x) for x in spellings))
        chosen[key] = best
    if not chosen:
        return
    for h in hits:
        key = h.extra.get("link") or _link_key(h)
        if key in chosen and isinstance(h.din, list):
            h.din = chosen[key]


# ، NAME ،: a person's name set off by commas after the role that introduces it
# (المتحدث باسم المركز، X Y Z، إن ...); an optional title (د.، الدكتور) before the name is not part of it.
_AR_WORD = "[\u0621-\u064A\u0640\u064B-\u0652]+"
_APPOSITION = re.compile(
    rf"[،,]\s*(?:(?:د\.|الدكتور|المهندس|الشيخ|العميد|اللواء|العقيد|النقيب|الرائد|المقدم)\s*)?"
    rf"({_AR_WORD}(?: {_AR_WORD}){{1,3}})(?=\s*[،,])")
_TANWIN_MARKS = re.compile("[\u064B-\u064D]")


def apposition_persons(text: str, hits: list[Hit], make) -> list[Hit]:
    """An Arabic person named between commas right after a role phrase (الناطق باسم المركز، أسامة X،):
    two to four name words opening with a known given name; hits inside the span (a town that is
    also a family name) give way to the person."""
    if "،" not in text:
        return hits
    arp = ar_patterns()
    out = hits
    for m in _APPOSITION.finditer(text):
        words = m.group(1).split()
        folds = [fold_arabic(w) for w in words]
        if folds[0] not in arp.given or any(
                (f in arp.stop and folds[i + 1 : i + 2] != ["الله"])  # حسب الله: a name word before الله
                or f in arp.roles or f in arp.org_heads or f in arp.place_cues or len(f) < 2
                for i, f in enumerate(folds)) or _TANWIN_MARKS.search(m.group(1)):
            continue
        before = re.split(r"[.!؟?\n]", text[max(0, m.start() - 80) : m.start()])[-1]  # quotes may name the body
        pre = [fold_arabic(w) for w in before.split()][-8:]
        if not any(w in arp.roles or (w[:1] in "ولب" and w[1:] in arp.roles) for w in pre):
            continue
        s, e = m.start(1), m.end(1)
        if any(h.start <= s and e <= h.end and h.type == "person" for h in out):
            continue
        out = [h for h in out if not (s <= h.start and h.end <= e)]
        out.append(make(s, e, text[s:e], "ar", "person", "names.ar.apposition", None))
    return out


_EN_NAME = r"[A-Z][a-z]+(?:[’'-][A-Za-z][a-z]+)?"
_EN_SAID_NAME = re.compile(rf"\b(?:said|says|told|added|wrote)\s+({_EN_NAME}(?:\s{_EN_NAME}){{1,2}}),\s+([^.\n]{{0,80}})")
_EN_NAME_SAID = re.compile(rf",\s+({_EN_NAME}(?:\s{_EN_NAME}){{1,2}}),\s+(?:said|says|told|added)\b")
_EN_AGED_NAME = re.compile(rf"(?:^|(?<=[.!?\"”]\s)|(?<=\n))({_EN_NAME}),\s+(?:(?:an?\s+)?\d{{1,3}}-year-old\b"
                           r"|\d{1,2},\s+(?:said|says|told|added|recalled)\b)", re.MULTILINE)  # Adam, 27, said
_EN_WORD = re.compile(r"[a-z]+")
_BARE_AGE = re.compile(r", \d{1,2}, ")


def en_apposition_persons(text: str, hits: list[Hit], make) -> list[Hit]:
    """An English person the token passes missed, named in apposition with a role or an age: "said Jane Roe,
    the group's regional director", "the director of health in X, Jane Roe, told", "Adam, a 40-year-old
    trader, said". Capitalised name words only; a name that is already a body or an outlet stays one, a place
    inside the name (a town that is also a family name) gives way to the person."""
    if "said" not in text and "told" not in text and "year-old" not in text:
        return hits
    from marsad.names.patterns import en_patterns

    enp = en_patterns()
    found: list[tuple[int, int]] = []
    for m in _EN_SAID_NAME.finditer(text):
        if any(w in enp.roles for w in _EN_WORD.findall(m.group(2).lower())):
            found.append(m.span(1))
    for m in _EN_NAME_SAID.finditer(text):
        before = re.split(r"[.!?\n]", text[max(0, m.start() - 80) : m.start()])[-1]
        if any(w in enp.roles for w in _EN_WORD.findall(before.lower())[-8:]):
            found.append(m.span(1))
    if "year-old" in text or _BARE_AGE.search(text):
        found.extend(m.span(1) for m in _EN_AGED_NAME.finditer(text))
    out = hits
    for s, e in found:
        words = text[s:e].split()
        if any(w in enp.titles or w in enp.stop or w.lower() in enp.roles for w in words):
            continue
        inside = [h for h in out if h.start < e and s < h.end]
        if any(h.type != "place" or h.start < s or h.end > e or (h.start == s and h.end == e) for h in inside):
            continue  # a body, an outlet, a known person or a place named alone: not a new person
        out = [h for h in out if h not in inside]
        out.append(make(s, e, text[s:e], "en", "person", "names.en.role_apposition", None))
    return out


@lru_cache(maxsize=1)
def _regional_spelling() -> tuple[frozenset[str], dict[str, str], re.Pattern[str] | None]:
    """lang/ar/names.toml [regional_spelling]: the countries and their spellings of given names."""
    import tomllib

    from marsad.names.patterns import LANG

    with open(LANG / "ar" / "names.toml", "rb") as f:
        table = tomllib.load(f).get("regional_spelling", {})
    words = dict(table.get("words", {}))
    pat = re.compile(r"\b(" + "|".join(map(re.escape, words)) + r")(?=\s|[a-z]|$)") if words else None
    return frozenset(table.get("countries", [])), words, pat


_ULLAH = re.compile(r"\b(?!Abd)([A-Z][a-z]+?)ullah\b")


@lru_cache(maxsize=1)
def _ullah_countries() -> frozenset[str]:
    import tomllib

    from marsad.names.patterns import LANG

    with open(LANG / "ar" / "names.toml", "rb") as f:
        return frozenset(tomllib.load(f).get("regional_spelling", {}).get("ullah_countries", []))


def regional_spelling(hits: list[Hit], country: str | None) -> None:
    """In copy from Sudan, Libya, Somalia or Egypt an Arabic-script person's English name takes the
    region's spelling (محمد: Mohamed, عبد ال: Abdel), as wires there write it; in Arab copy X الله is
    Xallah (Nasrallah), not the Afghan Xullah."""
    if country is None:
        return
    countries, words, pat = _regional_spelling()
    african = country in countries and pat is not None
    allah = country not in _ullah_countries()
    for h in hits:
        if h.type == "person" and h.lang == "ar" and h.rec is None and not h.western and h.canonical:
            if african:
                h.canonical = pat.sub(lambda m: words[m.group(1)], h.canonical)
            if allah and "ullah" in h.canonical:
                h.canonical = _ULLAH.sub(r"\1allah", h.canonical)


_QUOTED = re.compile(r"[\"«“]([^\"«»“”\n]{2,40})[\"»”]")


def quoted_names(text: str, hits: list[Hit], make) -> list[Hit]:
    """A name the gazetteer knows, set in quotes and missed by the token passes (تقاطع "كيلو 4")."""
    if not any(q in text for q in "\"«“"):
        return hits
    out = hits
    taken = _taken_chars(len(text), hits)
    for m in _QUOTED.finditer(text):
        s, e = m.start(1), m.end(1)
        if len(m.group(1).split()) > 5 or (taken.find(1, s, e) >= 0 if taken is not None
                                           else any(h.start < e and s < h.end for h in out)):
            continue
        recs, _ = lookup(m.group(1))
        if not recs or recs[0].ambiguous:
            continue
        lang = "ar" if "\u0600" <= text[s] <= "\u06ff" else "en"
        h = make(s, e, text[s:e], lang, recs[0].type, "names.quoted_gazetteer", None)
        h.rec, h.key = recs[0], name_key(m.group(1))
        out = [*out, h]
        if taken is not None:
            taken[s:e] = b"\x01" * (e - s)
    return out


def _taken_chars(n: int, hits: list[Hit]) -> bytearray | None:
    """1 at each character of a text of length n inside some hit, else 0: a span [s, e) overlaps a hit
    (h.start < e and s < h.end) when it holds a 1. None when a hit is empty (it overlaps yet holds no
    character) or out of the text, for the caller to test the hits one by one."""
    taken = bytearray(n)
    for h in hits:
        if not 0 <= h.start < h.end <= n:
            return None
        taken[h.start : h.end] = b"\x01" * (h.end - h.start)
    return taken


def prefer_report_country(hits: list[Hit], country: str | None) -> None:
    """A place name shared by towns of several countries (طرابلس: Lebanon and Libya) is the town of the
    report's country when the gazetteer lists one there."""
    if country is None:
        return
    gz = gazetteer()
    for h in hits:
        if h.type != "place" or h.rec is None or h.rec.country in (None, country) or not h.key \
                or "canonical" in h.extra:
            continue
        other = next((r for r in gz.lookup_key(h.key) if r.type == "place" and r.country == country), None)
        if other is not None:
            h.rec, h.canonical, h.din = other, other.canonical, surface_din(other, h.text, h.key)


def un_bodies(text: str, hits: list[Hit]) -> list[Hit]:
    """U.N. + a body named right after it (the U.N. Support Mission in Libya, UN Assistance Mission
    in Somalia) is one name: the listed body when the gazetteer knows it."""
    uns = [h for h in hits if h.lang == "en" and h.rec is not None and h.rec.id == "org:un"
           and text[h.end : h.end + 1] == " "]
    if not uns:
        return hits
    out = list(hits)
    for u in uns:
        body = max((h for h in hits if h.start == u.end + 1 and h.type == "org" and h is not u),
                   key=lambda h: h.end, default=None)
        if body is None or _span_taken(out, u.start, body.end):
            continue
        full = "UN " + text[body.start : body.end]
        recs, _ = lookup(full)
        rec = recs[0] if recs and recs[0].type == "org" else None
        out.append(replace(body, start=u.start, text=text[u.start : body.end], rec=rec,
                           key=name_key(full) if rec else "", ntok=body.ntok + 1,
                           extra={**body.extra, "variant": True, **({} if rec else {"canonical": full})}))
    return out


_LAT_ARTICLE_BEFORE = re.compile(r"\b(El|Al|Ad|Ed|Ar|Er|Ash|Az|Ez|Adh|Ath)[ -]$")


def latin_article(text: str, hits: list[Hit]) -> list[Hit]:
    """A place written with its article as a separate word (El Fasher, Al Mukalla) is named with it;
    the lone article is no name."""
    out = hits
    for h in hits:
        if h.lang != "en" or h.type not in ("place", "outlet") or h.rec is None or h.text[:1].islower():
            continue
        m = _LAT_ARTICLE_BEFORE.search(text[max(0, h.start - 5) : h.start])
        if not m:
            continue
        s = h.start - (len(m.group(0)))
        out = [x for x in out if not (x is not h and s <= x.start and x.end <= h.start)]
        h.start, h.text = s, text[s : h.end]
    return out


_AR_MONTHS = ("يناير|فبراير|مارس|أبريل|ابريل|إبريل|مايو|يونيو|يوليو|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر|نوفمبر|"
              "ديسمبر|كانون|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين")
_AR_DATELINE = re.compile(
    rf"(?m)^[ \t]*({_AR_WORD}(?: {_AR_WORD}){{0,2}})[،,]?[ \t]+"
    rf"(?:[\d٠-٩]{{1,4}}[-/.][\d٠-٩]{{1,2}}[-/.][\d٠-٩]{{1,4}}|[\d٠-٩]{{1,2}} (?:{_AR_MONTHS})\b)"
    rf"[^\n]{{0,30}}?[ \t][-–—]")


def arabic_dateline(text: str, hits: list[Hit], make) -> list[Hit]:
    """The town of an Arabic dateline (الفاشر 11-3-2025 (سونا) –، كادقلي، 3 مارس (رويترز) -)."""
    if "\n" not in text and not text[:1].strip():
        return hits
    arp = ar_patterns()
    out = hits
    for m in _matches_from(_AR_DATELINE, text, _line_starts(text)):  # (?m)^: only at line starts
        s, e = m.start(1), m.end(1)
        if any(h.start < e and s < h.end for h in out) or any(
                fold_arabic(w) in arp.stop or fold_arabic(w) in arp.roles for w in m.group(1).split()):
            continue
        recs, _ = lookup(m.group(1))
        rec = recs[0] if recs and recs[0].type == "place" else None
        if recs and rec is None:
            continue  # an outlet or a body opening the line, not a town
        h = make(s, e, text[s:e], "ar", "place", "names.ar.dateline", None)
        if rec is not None:
            h.rec, h.key = rec, name_key(m.group(1))
        out = [*out, h]
    return out
