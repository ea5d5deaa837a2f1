"""Speed round 5 on attribution: each shortcut gives what the plain reading it replaces gave."""

from __future__ import annotations

from pathlib import Path

from sources_phrases import examples, gazetteer_names, heldout_sentences

from marsad.sources import attribute, frames_ar, frames_en, lexicon, links, outlet
from marsad.sources.frames import unquote_names
from marsad.sources.trie import caseless


def test_ar_scan_same_as_each_kinds_finditer() -> None:
    """`frames_ar._scan` finds the tally, verb, according and participle matches each kind's own
    `finditer` finds, in the order `ar_frames` read them in (by start, then kind)."""
    pats = frames_ar._ar_patterns()
    texts = [unquote_names(s) for s in heldout_sentences(True) + examples("ar")]
    texts += ["وقال مصدر طبي إن", "وبحسب المرصد، قتل 5", "وأفادت حصيلة أولية لوزارة الصحة بمقتل 3", "مؤكداً أن"]
    found = 0
    for s in texts:
        tallies, events = frames_ar._scan(s, pats)
        plain = sorted(
            ((m.start(), kind, m) for kind in ("verb", "according", "participle") for m in pats[kind].finditer(s)),
            key=lambda e: e[0],
        )
        assert [(a, k, m.span(), m.group("w")) for a, k, m in events] == [
            (a, k, m.span(), m.group("w")) for a, k, m in plain
        ], s
        assert [m.span() for m in tallies] == [m.span() for m in pats["tally"].finditer(s)], s
        found += len(events) + len(tallies)
    assert len(texts) > 500 and found > 500, (len(texts), found)


def test_head_patterns_need_a_colon_and_amma() -> None:
    """The sentence-head and أما patterns find nothing in text without a colon or the word أما."""
    pats = frames_ar._ar_patterns()
    for s in heldout_sentences(True) + heldout_sentences(False):
        if ":" not in s:
            assert frames_ar._AR_HEAD_COLON.match(s) is None and frames_en._EN_HEAD_COLON.match(s) is None
        if "أما" not in s:
            assert pats["amma"].search(unquote_names(s)) is None


def _phrases(arabic: bool, limit: int = 600) -> list[str]:
    """Every run of one to eight words of some held-out sentences (speaker phrases and the like)."""
    out = []
    for s in heldout_sentences(arabic)[:limit]:
        words = s.split()
        out += [" ".join(words[i : i + n]) for n in range(1, 9) for i in range(0, len(words) - n + 1)]
    return out


def test_en_link_gates_same_as_patterns() -> None:
    """Where a gate of `en_link` says a pattern cannot match, it does not (the correspondent
    nouns, the titles before a name, a capitalised last word)."""
    et = links._en_titles()
    phrases = _phrases(False) + [
        "Al Jazeera's correspondent in Gaza",
        "a REPORTER for AFP",
        "the Health Director in Homs Dr. Walid Smith",
        "army spokesman Brig. Gen. Yahya Rasool",
        "the Idlib Media Center",
        "Syrian Institute for Justice",
    ]
    hits = [0, 0, 0]
    for t in phrases:
        low = caseless(t)
        m = et.correspondent.match(t)
        assert m is None or low is None or any(w in low for w in et.correspondent_words), t
        hits[0] += m is not None
        m = links._EN_ROLE_TITLED_NAME.match(t)
        assert m is None or links._EN_ROLE_TITLE_WORD.search(t), t
        hits[1] += m is not None
        m = links._EN_CAPITALISED_TAIL.search(t)
        assert m is None or links._EN_CAPITALISED_LAST.search(t), t
        hits[2] += m is not None
    assert hits[0] > 10 and hits[1] >= 2 and hits[2] > 100, hits


def test_first_lines_read_once() -> None:
    """`detect_outlet` reads a text's first eight non-blank lines once: their first n are what
    `_lines(text, n)` gives (long heads, blank runs, a line cut at the head's end)."""
    root = Path(__file__).parent
    texts = [p.read_text(encoding="utf-8") for p in sorted(root.glob("heldout*/*.txt"))]
    texts += [
        "x" * 5000 + "\nsecond\n\nthird",
        "a\n" + "y" * 4090 + "\nb\n\n\nc\nd\ne\nf\ng\nh\ni",
        "\n\n  \nonly line",
        "",
    ]
    for text in texts:
        first = outlet._lines(text, 8)
        for n in range(1, 9):
            assert first[:n] == outlet._lines(text, n), (text[:80], n)
    assert outlet._key_letters(("staff", "correspondent", "reporter")) == ("t", "c", "r")


def test_load_builds_the_fuzzy_key_lists() -> None:
    """`links.load` builds the fuzzy look-up's key lists, so no text pays for them."""
    from marsad.names.resolve import _fuzzy_keys

    links.load("ar")
    assert _fuzzy_keys.cache_info().currsize == 1


def test_dash_patterns_need_a_dash() -> None:
    """The dash patterns of `_may_open_frame` and `en_frames` find nothing in text without a
    hyphen, a dash (or, for the headline source, a colon)."""
    texts = heldout_sentences(False) + ["Strike kills 20 in Gaza -health officials", "Toll rises: monitor", "No dash here"]
    hits = 0
    for s in texts:
        if not attribute._has_dash(s):
            assert attribute._EN_DASH.search(s) is None, s
            if ":" not in s:
                assert frames_en._HAS_DASH.search(s) is None, s
        hits += attribute._EN_DASH.search(s) is not None
    assert hits > 5, hits


def test_ar_resolve_body_same_as_both_look_ups() -> None:
    """`_ar_resolve_body` finds what looking a phrase up, then without its outlet noun, finds."""
    phrases = _phrases(True, 300) + gazetteer_names("ar", 200) + ["وكالة الأنباء السعودية", "قناة الجزيرة", "صحيفة"]
    found = 0
    for t in phrases:
        plain = links.resolve_name(t, "ar") or links.resolve_name(links._ar_strip_outlet_noun(t), "ar")
        assert links._ar_resolve_body(t) == plain, t
        found += plain is not None
    assert found > 50, found


def test_en_descriptor_needs_a_hyphen() -> None:
    """The descriptor pattern ("the Britain-based monitor") matches no phrase without a hyphen."""
    phrases = _phrases(False, 300) + ["the Britain-based war monitor", "a UK-based monitoring group", "the state-run agency"]
    hits = 0
    for t in phrases:
        m = links._EN_DESCRIPTOR.match(t)
        assert m is None or "-" in t, t
        hits += m is not None
    assert hits >= 3, hits


def test_negation_test_same_as_pattern() -> None:
    """`frames_en._negated` says what the negation pattern says of the text before a cue."""
    texts = [s[max(0, i - 14) : i] for s in heldout_sentences(False)[:800] for i in range(0, len(s), 7)]
    texts += ["he did not ", "they didn't", "declined to ", "REFUSED TO", "Never  ", "cannot", "knot", "without\n"]
    hits = 0
    for t in texts:
        want = frames_en._EN_NEGATED.search(t) is not None
        assert frames_en._negated(t) == want, t
        hits += want
    assert hits > 10, hits


def _plain_norm_key(name: str) -> str:
    """`lexicon.norm_key` as it read before its article tests (every rule applied by its pattern)."""
    if name.isascii():
        s = name.casefold()
    elif lexicon._BY_CHARACTER.fullmatch(name):
        s = name.translate(lexicon._FOLD_EACH)
    else:
        s = lexicon._fold(name)
    s = lexicon._LEAD_ARTICLE.sub("", s)
    s = lexicon._LEAD_AL.sub("", s)
    return lexicon._PUNCT.sub("", s)


def test_norm_key_same_as_plain_rules() -> None:
    """`norm_key` tests for a leading article before removing it: the same keys."""
    names = _phrases(True, 150) + _phrases(False, 150) + gazetteer_names("ar", 300) + gazetteer_names("en", 300)
    names += ["the Observatory", "al-Jazeera", "El Pais", "theatre", "الالتزام", "ال", "Al  Arabiya", "ألمانيا"]
    for n in names:
        assert lexicon.norm_key(n) == _plain_norm_key(n), n


def test_sentence_halves_by_paragraph() -> None:
    """Each sentence's half read from its paragraph's list is what the per-sentence reading gave."""
    from marsad.record import Document, Metadata
    from marsad.segment import segment

    root = Path(__file__).parent
    checked = 0
    for path in sorted(root.glob("heldout*/*bilingual*.txt"))[:6]:
        doc = Document(id=path.stem, text=path.read_text(encoding="utf-8"), meta=Metadata(format="text"))
        segment(doc)
        para_halves = [p.half or 0 for p in doc.paragraphs]
        for sent in doc.sentences:
            para = doc.paragraphs[sent.paragraph] if sent.paragraph < len(doc.paragraphs) else None
            plain = (para.half if para is not None and para.half is not None else 0) or 0
            assert (para_halves[sent.paragraph] if sent.paragraph < len(para_halves) else 0) == plain
            checked += plain > 0
    assert checked > 10, checked


def test_one_space_same_as_pattern() -> None:
    """`links._one_space` gives what the white-space pattern gives (tabs, new lines, no-break and
    wide spaces, double spaces, none)."""
    texts = _phrases(False, 200) + _phrases(True, 100)
    texts += ["a  b", "a\tb", "a\nb", "a\u00a0b", "a\u3000b", "\u2009x", "x ", " x", "", "a\u200bb", "a\x0bb"]
    for t in texts:
        assert links._one_space(t) == links._WHITE_RUN.sub(" ", t), repr(t)
