"""Speed round 4 on attribution: the gates and shortcuts give what the plain paths gave."""

from __future__ import annotations

import random

from sources_phrases import examples, gazetteer_names

from marsad.sources import links


def _runs(text: str) -> list[str]:
    """Every run of up to 8 words, as `find_known_inside` and `resolve_name` strip it."""
    words = text.replace("،", " ").split()[:14]
    out = []
    for n in range(min(len(words), 8), 0, -1):
        for i in range(len(words) - n + 1):
            cand = " ".join(words[i : i + n]).strip(links._QUOTES + " ,.،()").strip(links._QUOTES + " ,.")
            if cand:
                out.append(cand)
    return out


def test_texts_without_a_known_key_are_found_by_no_look_up() -> None:
    """What the exact key tests added to `_may_be_known_en/ar` rule out, the plain look-up finds nothing for."""
    from marsad.names.normalize import ar_tokens, fold_arabic

    for lang in ("en", "ar"):
        found = ruled_out = 0
        for text in examples(lang) + gazetteer_names(lang, 400):
            for cand in _runs(text):
                known = links._resolve_uncached(cand, lang, False) is not None
                found += known
                if lang == "en":
                    applies = cand.isascii()
                    out = applies and not links._en_keys_known(cand)
                else:
                    applies = not links._ASCII_LETTER.search(cand) and bool(links._AR_LETTER.search(cand))
                    toks = ar_tokens(cand) if applies else []
                    out = (
                        bool(toks)
                        and not links._ar_keys_known(toks, fold_arabic(cand.split()[0]))
                        and links.lookup_known(cand) is None
                    )
                if out:
                    ruled_out += 1
                    assert not known, (lang, cand)
        assert found > 100 and ruled_out > 1000, (lang, found, ruled_out)


def _en_prefixes() -> list[str]:
    """Beginnings of English example sentences, and odd endings (other letters, case, white space)."""
    rng = random.Random(5)
    out = []
    for text in examples("en"):
        cuts = sorted({rng.randint(0, len(text)) for _ in range(6)} | {len(text)})
        out += [text[:c] for c in cuts]
    adverbs = ["also", "ALSO", "on Sunday", "in a  statement", "last\tnight", "onCe again", "now ", "İs", "wıll"]
    out += [f"Officials {a}" for a in adverbs] + [f"X {a}\n" for a in adverbs] + ["", " ", "also", "said.also"]
    return out


def test_adverb_tail_same_as_its_pattern() -> None:
    """`_adverb_tail`, which reads the last word first, finds what the pattern finds anywhere."""
    from marsad.sources import frames_en

    pat = frames_en._en_patterns()["adverb_tail"]
    found = 0
    for pre in _en_prefixes():
        got, want = frames_en._adverb_tail(pre), pat.search(pre)
        assert (got.span() if got else None) == (want.span() if want else None), pre
        found += want is not None
    assert found > 10


def test_unquote_names_same_as_its_pattern() -> None:
    from marsad.sources import frames

    samples = _en_prefixes() + examples("ar") + ['a "b" c', "«الصحة» و“X”", "”x“", "no marks"]
    for s in samples:
        want = frames.SHORT_QUOTE.sub(lambda m: " " + m.group(1) + " " if len(m.group(1).split()) <= 4 else m.group(0), s)
        assert frames.unquote_names(s) == want, s


def _en_phrases() -> list[str]:
    """English speaker phrases and sentences, with odd spellings of the words the gates look for."""
    rng = random.Random(6)
    words = [
        "via", "through", "by", "and", "who", "WHO", "citing", "CİTİNG", "Quoted By", "cited  by", "named",
        "known as", "Ahmed's", "Ahmed’s", "(SANA)", "/", "-", " – ", "here", "there", "1)", "•", "3/", "٣)",
        "as well", "Meanwhile,", "In addition ,", "on his part", "late on Sunday", "last night", "TODAY",
    ]
    leads = ["Meanwhile, the ministry", "AT THE SAME TIME officials", "the toll announced by the ministry",
             "Figures released BY Gaza officials", "on its part, the army", "İn turn, X"]
    out = _en_prefixes() + leads
    for text in list(out):
        ws = text.split()
        for _ in range(2):
            k = rng.randint(0, len(ws))
            out.append(" ".join([*ws[:k], rng.choice(words), *ws[k:]]))
    return out


def test_gated_english_patterns_match_nothing_where_the_gate_says_so() -> None:
    """Each pattern tried only where the text holds what it needs finds nothing elsewhere."""
    from marsad.sources import frames_en
    from marsad.sources.trie import caseless

    def has(*parts: str):  # noqa: ANN202
        return lambda t: any(p in t for p in parts)

    def has_caseless(*parts: str):  # noqa: ANN202
        return lambda t: caseless(t) is None or any(p in caseless(t) for p in parts)

    gates = [
        (links._EN_VIA_TAIL.search, has("via", "through")),
        (links._EN_DATELINE.match, has("/")),
        (links._EN_PAIR.match, has("and")),
        (links._EN_KNOWN_AS.search, has("as", "named")),
        (links._EN_REACHED_BY.search, has("by")),
        (links._EN_OUTLET_REPORTER.match, has("'", "’")),
        (links._EN_PARENTHETICAL.match, has(")")),
        (frames_en._WHO_SPOKE_TO.match, has_caseless("who")),
        (lambda t: len(frames_en._en_patterns()["relay_split"].split(t)) > 1, has_caseless("cit", "quot")),
        (frames_en._EN_DASH_SOURCE.search, lambda t: frames_en._HAS_DASH.search(t) is not None),
        (frames_en._THERE_TAIL.search, lambda t: t.endswith("here")),
        (frames_en._LIST_MARK.match, lambda t: t[:1].isdecimal() or t[:1] in "-•▸"),
        (frames_en._AND_WORD.search, has("and")),
        (links._EN_CLEAN_TAIL.search, lambda t: links._edge_word(t, -1) in links._EN_CLEAN_TAIL_WORDS),
        (links._EN_LEAD.match, lambda t: links._edge_word(t, 0) in links._EN_LEAD_WORDS),
        (links._EN_LEAD_THE.match, lambda t: links._edge_word(t, 0) in links._EN_LEAD_THE_WORDS),
        (
            links._EN_TIME_TAIL.search,
            lambda t: (w := links._edge_word(t, -1)) is None or w.endswith("day") or w in links._EN_TIME_WORDS,
        ),
        (links._EN_FIGURE_BY.match, lambda t: " by " in " ".join(t.split()).lower()),
    ]
    hits = [0] * len(gates)
    for text in _en_phrases():
        for k, (find, gate) in enumerate(gates):
            if find(text):
                hits[k] += 1
                assert gate(text), (k, text)
    assert all(hits), hits


def test_en_run_keys_same_as_name_key() -> None:
    """A run's key from its words' tokens is `name_key` of the run; a run the gate rules out is found by no look-up."""
    from marsad.names.normalize import name_key

    phrases = _en_phrases() + gazetteer_names("en", 400) + ["al-Qaeda in the Arabian Peninsula", "The the", "al el", "Reuters’s 'SANA'"]
    keys = ruled_out = 0
    for text in phrases:
        words = text.split()[:14]
        for n in range(min(len(words), 8), 0, -1):
            for i in range(len(words) - n + 1):
                cand = " ".join(words[i : i + n]).strip(links._QUOTES + " ,.،()")
                if not cand or not cand.isascii():
                    continue
                toks = [links._en_word_tokens(w) for w in words[i : i + n]]
                flat = [t for wt in toks for t in wt]
                if len(flat) > 1:
                    flat = [t for t in flat if t != "the"] or flat
                key = " ".join(t for k, t in enumerate(flat) if not (t in ("al", "el") and k + 1 < len(flat)))
                assert key == name_key(cand.strip()), cand
                keys += 1
                if not links._en_run_may_resolve(cand, toks):
                    ruled_out += 1
                    assert links._resolve_uncached(cand, "en", False) is None, cand
    assert keys > 3000 and ruled_out > 1000, (keys, ruled_out)


def test_ar_runs_ruled_out_are_found_by_no_look_up() -> None:
    """An Arabic run `_ar_run_may_resolve` rules out (by its words' tokens) the look-up finds nothing for."""
    phrases = examples("ar") + gazetteer_names("ar", 400) + ["« الجيش، «", "والمرصد «السوري»", "( الدفاع المدني )"]
    tried = ruled_out = 0
    for text in phrases:
        words = text.replace("،", " ").split()[:14]
        for n in range(min(len(words), 8), 0, -1):
            for i in range(len(words) - n + 1):
                run = words[i : i + n]
                cand = " ".join(run).strip(links._QUOTES + " ,.،()")
                if not cand:
                    continue
                tried += 1
                if not links._ar_run_may_resolve(cand, run, [links._ar_word_flags(w) for w in run]):
                    ruled_out += 1
                    assert links._resolve_uncached(cand, "ar", False) is None, cand
    assert ruled_out > 1000, (tried, ruled_out)


def test_norm_key_character_by_character_same_as_whole_text() -> None:
    """Arabic-block and ASCII text folds as its characters one by one (every pair, letters with marks)."""
    from marsad.sources import lexicon

    chars = [chr(c) for c in (*range(0x600, 0x700), *range(0x80), *range(0x2018, 0x201F))] + ["«", "»"]
    for a in chars:
        for b in chars:
            assert lexicon._fold(a + b) == (a + b).translate(lexicon._FOLD_EACH), (hex(ord(a)), hex(ord(b)))
    marks = [chr(c) for c in (*range(0x610, 0x620), *range(0x64B, 0x671), *range(0x6D6, 0x6EE), 0x640)]
    bases = [chr(c) for c in (*range(0x620, 0x64B), *range(0x671, 0x6D6))]
    rng = random.Random(7)
    for _ in range(20000):
        text = "".join(rng.choice(bases) + "".join(rng.sample(marks, rng.randint(0, 3))) for _ in range(rng.randint(1, 4)))
        assert lexicon._fold(text) == text.translate(lexicon._FOLD_EACH), [hex(ord(c)) for c in text]
    for text in examples("ar") + ["أَحمد", "مؤسسة", "آل", "ٱلله", "al-Jazeera الجزيرة"]:
        assert all(lexicon._BY_CHARACTER.fullmatch(c) for c in chars)
        assert lexicon._fold(text) == text.translate(lexicon._FOLD_EACH), text


def test_verbish_trie_same_as_alternation() -> None:
    from marsad.sources import frames_en
    from marsad.sources.trie import ci_search

    found = 0
    for text in _en_phrases() + ["Being there", "IT'S", "ıs", "İS", "beings", "nothing", "the 3rd"]:
        want = frames_en._EN_VERBISH.search(text) is not None
        assert (ci_search(frames_en._EN_VERBISH_LOWER, frames_en._EN_VERBISH, text) is not None) == want, text
        found += want
    assert found > 50
