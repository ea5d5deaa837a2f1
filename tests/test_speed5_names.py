"""Speed round 5, names: each shortcut against the plain reading it replaces."""

from __future__ import annotations

import pytest

from marsad.names import refine

_AR_TEXTS = [
    "أعلنت المنطقة العسكرية الرابعة مقتل ثلاثة، وقالت القوات المسلحة اليمنية إن لواء العمالقة تقدم.",
    "وقال مصدر في الوحدة التنفيذية لإدارة مخيمات النازحين إن هيئة الإغاثة للمساعدات وصلت، وباللجنة الوطنية لشؤون الأسرى.",
    "ولواء الفتح وكتائب القسام وسرايا القدس وفيلق الرحمن، ولواءالتوحيد بلا فراغ، والقوات المسلحة السودانية.",
    "بالمنطقة العسكرية الأولى، المنطقة العسكرية الثالثة، للقوات المسلحة الأردنية، وللقوات المسلحة المصرية.",
    "الإدارة المحلية للمنطقة الشمالية، والمديرية العامة لشؤون السجون والإصلاح، ولجنة التحقيق.",
    "الفاشر 11-3-2025 (سونا) – قالت\nكادقلي، 3 مارس (رويترز) - أفاد\n  غزة 12/3/2024 وفا - قالت",
    "no Arabic here at all, only Latin words and 3 figures.",
    "",
]

_HEADED = [
    (refine._MIL_REGION, refine._MIL_REGION_HEADS, 0),
    (refine._ARMED_FORCES, refine._ARMED_FORCES_HEADS, 3),
    (refine._LIWA, refine._LIWA_HEADS, 1),
    (refine._ADMIN_BODY, refine._ADMIN_HEADS, 3),
    (refine._ADMIN_HEAD, refine._ADMIN_HEADS, 2),
]


def _spans(matches) -> list[tuple[tuple[int, int], tuple]]:
    return [(m.span(), m.groups()) for m in matches]


@pytest.mark.parametrize("text", _AR_TEXTS)
@pytest.mark.parametrize(("pattern", "heads", "back"), _HEADED)
def test_head_matches_are_finditer(pattern, heads, back, text: str) -> None:
    assert _spans(refine._head_matches(pattern, text, heads, back)) == _spans(pattern.finditer(text))


@pytest.mark.parametrize("text", _AR_TEXTS)
def test_line_start_matches_are_finditer(text: str) -> None:
    got = refine._matches_from(refine._AR_DATELINE, text, refine._line_starts(text))
    assert _spans(got) == _spans(refine._AR_DATELINE.finditer(text))


def test_some_texts_match() -> None:
    """The table exercises matches, not only their absence."""
    for pattern, _, _ in _HEADED:
        assert any(pattern.search(t) for t in _AR_TEXTS), pattern.pattern


class _Span:
    def __init__(self, start: int, end: int) -> None:
        self.start, self.end = start, end


@pytest.mark.parametrize("spans", [[], [(0, 5)], [(3, 9), (12, 20)], [(0, 1), (39, 40)], [(5, 5)], [(10, 41)]])
def test_taken_chars_is_the_overlap_test(spans: list[tuple[int, int]]) -> None:
    hits = [_Span(s, e) for s, e in spans]
    taken = refine._taken_chars(40, hits)
    if any(not 0 <= s < e <= 40 for s, e in spans):
        assert taken is None
        return
    for s in range(40):
        for e in range(s + 1, 41):
            assert (taken.find(1, s, e) >= 0) == any(h.start < e and s < h.end for h in hits)


@pytest.mark.parametrize("word", ["مستشفى", "الإدارة", "مُحَمَّد", "القـــدس", "وزارة", "دمشق", "غزة", "آل", "ٱلله",
                                  "مؤسسة", "هيئة", "کابل", "ﷲ", "ﻻ", "حلب", "ابو", "سوريا", "", "Idlib 3"])
def test_arabic_fold_skips_words_it_would_not_change(word: str) -> None:
    import unicodedata

    from marsad.names.normalize import _AR_FOLD, fold_arabic_uncached

    s = word if unicodedata.is_normalized("NFKC", word) else unicodedata.normalize("NFKC", word)
    assert fold_arabic_uncached(word) == s.translate(_AR_FOLD)


def test_continuations_are_the_longer_prefixes() -> None:
    """`rest in _continuations()[key]` is `f"{key} {rest}" in _prefixes()`, and its keys are _extendable."""
    from marsad.names.recognize import _continuations, _extendable, _prefixes

    pref, cont = _prefixes(), _continuations()
    assert set(cont) == set(_extendable())
    for key, rests in cont.items():
        assert all(f"{key} {rest}" in pref for rest in rests)
    for p in pref:
        words = p.split(" ")
        for k in range(1, len(words)):
            assert " ".join(words[k:]) in cont[" ".join(words[:k])]


@pytest.mark.parametrize("key", ["حلب", "aleppo", "idlib", "الصحه", "ministry of health", "nowhere at all", ""])
def test_records_of_is_lookup_key(key: str) -> None:
    from marsad.names.gazetteer import gazetteer
    from marsad.names.recognize import _records_of

    assert list(_records_of(key)) == gazetteer().lookup_key(key)


_EN_TEXTS = [
    "AMMAN, Jordan (Reuters) - Air strikes hit Aleppo and Idlib on Monday, the Syrian Observatory said.",
    "ISIS fighters and IS militants fled to Raqqa; AP and AFP reported the attack near Bab al-Hawa crossing.",
    "Liwa al-Quds fighters entered Hama while Ibrahim Khalil, a resident of Khalil Darwish street, watched.",
    "THE SHELLING OF GHOUTA CONTINUED AS DAMASCUS DENIED ANY ROLE IN THE STRIKES ON DOUMA AND HARASTA",
    "In the village of Tal Rifaat and the town of Kafr Nabl, near Maarat al-Numan, people said the army came.",
    "Daesh and the Nusra Front, U.S. and U.N. officials, and the Russian Defence Ministry in Moscow said so.",
    "Mohammed Ali al-Houthi said the Saudi-led coalition hit Saada, Hodeidah and Sanaa, the Yemeni capital.",
]


@pytest.mark.parametrize("text", _EN_TEXTS)
def test_accept_latin_word_is_accept_plain(text: str) -> None:
    from marsad.names.gazetteer import gazetteer
    from marsad.names.patterns import ar_patterns, en_patterns
    from marsad.names.recognize import _W_GZ, _accept_latin_word, _accept_plain, _records_of, token_table

    arp, enp, index = ar_patterns(), en_patterns(), gazetteer().index
    toks = token_table(text, 0, len(text))
    compared = 0
    for i in toks.flagged(_W_GZ):
        for key, _, _ in toks.infos[i][6]:
            if key in index and not toks.infos[i][1]:
                recs = _records_of(key)
                want = _accept_plain(recs, toks.words[i], toks, i, i, text, "", arp, enp)
                assert _accept_latin_word(recs, toks, i, text, arp, enp) is want, toks.words[i]
                compared += 1
    assert compared


def _english_pattern_hits(text: str) -> list[tuple]:
    from marsad.names.recognize import _english_patterns, _gazetteer_hits, token_table

    toks = token_table(text, 0, len(text))
    ghits, covered = _gazetteer_hits(text, toks, "en")
    place_toks = {x for g in ghits if g.type == "place" for x in range(g.extra["i"], g.extra["j"] + 1)}
    return [(h.start, h.end, h.type, h.rule, h.western) for h in _english_patterns(text, toks, covered, "en", place_toks)]


@pytest.mark.parametrize("text", [
    *_EN_TEXTS,
    "Spokesman Col. John Dorrian said the Imam Ali and al-Kindi hospitals in Aleppo were hit near Marea.",
    "A resident of the area, Najibullah, said Zemari Ahmadi, an aid worker, was killed in Kabul on Sunday.",
    "Human Rights Watch researcher Sarah Jones of Arab News visited the village of Kafr Zita and the Nour mosque.",
    "The man known as Abu Mohammed al-Julani, ‘Umar ibn al-Ḫaṭṭāb and Ḥay’at Taḥrīr al-Šām were named.",
])
def test_lone_name_shortcut_changes_no_english_hit(text: str, monkeypatch) -> None:
    import marsad.names.recognize as recognize

    fast = _english_pattern_hits(text)
    monkeypatch.setattr(recognize, "_lone_name_passes", lambda *args: False)
    assert fast == _english_pattern_hits(text)


@pytest.mark.parametrize("text", [
    *_AR_TEXTS,
    "قصفت الطائرات مدينة حلب وبلدة خان شيخون وقرية كفرنبل في ريف إدلب، وقالت مصادر في دمشق إن الحكومة نفت.",
    "وصل الدكتور خليل إلى الخليل وفاطمة إلى غزة، وبحسب الميادين فإن مدينة الميادين تعرضت لقصف، ولحلب أيضاً.",
    "أفادت وكالة سانا بأن الجيش دخل المنطقة، والحكومة والثورة والدولة في بيان، ومراسل الجزيرة في الرقة ودير الزور.",
])
def test_accept_arabic_word_is_accept_plain(text: str) -> None:
    from marsad.names.patterns import ar_patterns, en_patterns
    from marsad.names.recognize import (
        _W_GZ,
        _accept_arabic_word,
        _accept_plain,
        _drop_letters,
        _records_of,
        token_table,
    )

    arp, enp = ar_patterns(), en_patterns()
    toks = token_table(text, 0, len(text))
    for i in toks.flagged(_W_GZ):
        t = toks[i]
        for key, skip, clitic in toks.infos[i][6] if t.ar else ():
            recs = _records_of(key)
            start = t.start + _drop_letters(t.text, skip)
            surface = text[start : t.end]
            if clitic.endswith("ل") and t.fold[len(clitic) :].startswith("ل"):
                surface = "ال" + surface[1:]
            want = _accept_plain(recs, surface, toks, i, i, text, clitic, arp, enp)
            assert _accept_arabic_word(recs, surface, toks, i, text, clitic, arp, enp) is want, t.text


@pytest.mark.parametrize("text", [
    *_AR_TEXTS,
    "وقال علي حسن سلامة على الهاتف إن أبو محمد الجولاني وصل إلى حلب، وعلى الطريق قتل عبد الرحمن القدسي.",
    "حتى لدى مدير الناحية محمد عبدو لوكالتنا: على الرغم من ذلك، قال الدكتور خليل إن على صالح الرحيل.",
])
def test_inert_arabic_triggers_change_no_hit(text: str, monkeypatch) -> None:
    import marsad.names.recognize as recognize

    def hits() -> list[tuple]:
        toks = recognize.token_table(text, 0, len(text))
        ghits, covered = recognize._gazetteer_hits(text, toks, "ar")
        return [(h.start, h.end, h.type, h.rule) for h in recognize._arabic_patterns(text, toks, covered, "ar")]

    assert recognize._ar_inert("على") and not recognize._ar_inert("علي")
    fast = hits()
    monkeypatch.setattr(recognize, "_ar_inert", lambda word: False)
    assert fast == hits()


@pytest.mark.parametrize("name", ["أصدر الملك يوم الخميس", "عبد الرحمن القدسي", "حميد الدين", "مستشفى الشهيد كمال عدوان",
                                  "بنت جبيل", "شويحة", "حداد", "نصر الله", "كفرتخاريم", "أبوبكر البغدادي"])
def test_romanize_din_stops_at_its_limit(name: str) -> None:
    """The first `limit` distinct readings are those of the whole list, cut (what the plain reading returns)."""
    from marsad.names.din import _romanize_din

    whole = _romanize_din(name, 1000)
    for limit in (0, 1, 2, 3, 4, 6):
        assert _romanize_din(name, limit) == whole[:limit]


_NAME_STRINGS = [
    "Yarmouk camp", "Yarmouk refugee camp", "Islamic State group", "Islamic State Group", "Ain al-Hilweh Camp\n",
    "Gaza's Ministry of Health", "Syria’s Civil Defence", "Ministry of Health in Gaza", "Civil Defence in Idlib",
    "Aleppo", "Campbell", "Grouping", "al-Bayyad", "Sabra", "مستشفى الرازي العام", "سوق الهال الشعبي",
    "مشفى المواساة الحكومي", "مخيم جنين", "وادي بردى", " hospital in", " market,", " mosque.", " hospitals",
    " neighbourhood of", " neighborhood", "  quarter", " district", "في حي ", " وادي ", "بحارة ", "وبحي ",
]


@pytest.mark.parametrize("s", _NAME_STRINGS)
def test_variant_gates_hold_where_the_patterns_match(s: str) -> None:
    """Each cheap test before a pattern of add_variants holds wherever that pattern matches."""
    R = refine
    if R._EN_TAIL_DROP.match(s):
        assert s.endswith(R._EN_TAIL_WORDS)
    if R._POSSESSIVE_HEAD.match(s):
        assert "s" in s and ("'" in s or "’" in s)
    if R._EN_IN_PLACE.match(s):
        assert "in" in s
    if R._AR_LANDMARK_ADJ.match(s):
        assert s.startswith(R._AR_LANDMARK_HEADS)
    if R._EN_LANDMARK.match(s[:10]):
        assert s.startswith(R._EN_LANDMARK_WORDS)
    if R._EN_QUARTER.match(s[:16]):
        assert "quarter" in s[:16] or "neighbo" in s[:16]
    if R._AR_WADI.search(s[-8:]):
        assert "واد" in s[-8:]
    if R._AR_QUARTER.search(s[-7:]):
        assert "ح" in s[-7:]


def test_gazetteer_keys_are_name_keys() -> None:
    """The keys computed with the index are name_key's (and unknown names get name_key)."""
    from marsad.names.gazetteer import gazetteer
    from marsad.names.normalize import name_key

    gz = gazetteer()
    records = list(gz.records.values())
    for rec in records[::7]:
        for a in rec.all_names():
            assert gz.key_of(a) == name_key(a)
    for text in ("حي الشجاعية", "Khan Sheikhoun", "no such name at all"):
        assert gz.key_of(text) == name_key(text)
