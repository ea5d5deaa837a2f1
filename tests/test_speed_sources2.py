"""Second speed round on attribution: fast tests agree with the plain ones they stand for."""

from __future__ import annotations

from importlib import resources

from marsad.sources import links


def _ar_phrases() -> list[str]:
    raw = resources.files("marsad.lang.ar").joinpath("sources_examples.tsv").read_text(encoding="utf-8")
    texts = [line.split("\t")[0] for line in raw.splitlines() if line and not line.startswith("#")]
    extra = [
        "قال: «الهلال الأحمر» (السوري) إن 3 قتلوا",
        "وزارة الصحة، في غزة: المرصد السوري لحقوق الإنسان",
        "مَصادرُ طِبّيّة ـ محلية “وكالة الأنباء” سانا. Reuters agency",
        "« الدفاع المدني » ، ٣ قتلى - 12:40",
    ]
    return texts + extra


def test_ar_run_flags_never_rule_out_a_known_run() -> None:
    """A run `_ar_runs_worth_looking_up` leaves out is one `_may_be_known_ar` says False of."""
    checked = 0
    for text in _ar_phrases():
        words = text.replace("،", " ").split()[:14]
        flags = [links._ar_word_flags(w) for w in words]
        kept = links._ar_runs_worth_looking_up(flags, min(len(words), 8), 1)
        every = [(i, i + n) for n in range(min(len(words), 8), 0, -1) for i in range(len(words) - n + 1)]
        assert kept == [r for r in every if r in set(kept)]  # the same order
        for i, j in set(every) - set(kept):
            cand = " ".join(words[i:j]).strip(links._QUOTES + " ,.،()").strip(links._QUOTES + " ,.")
            assert cand and not links._may_be_known_ar(cand), cand
            checked += 1
    assert checked > 100


def test_find_known_inside_same_as_every_run_looked_up() -> None:
    """The first run `find_known_inside` finds is the first known body of a look-up of every run."""
    for text in _ar_phrases():
        words = text.replace("،", " ").split()[:14]
        want = None
        for n in range(min(len(words), 8), 0, -1):
            for i in range(len(words) - n + 1):
                cand = " ".join(words[i : i + n]).strip(links._QUOTES + " ,.،()")
                r = links._resolve_cached(cand.strip(links._QUOTES + " ,."), "ar", False) if cand else None
                if r and r[2] not in ("place", "person"):
                    want = (i, i + n, (r[0], list(r[1]), r[2]))
                    break
            if want:
                break
        assert links.find_known_inside(words, "ar") == want, text


def _plain_ar_clean(text: str) -> str:
    import re

    t = re.sub(f"[{re.escape(links._QUOTES)}]", "", text)
    t = re.sub(r"[()]", " ", t)
    return re.sub(r"\s+", " ", t).strip(" ،,.:؛")


def test_ar_clean_same_as_its_regex_form() -> None:
    samples = _ar_phrases() + ["  «X»\u00a0(Y)\t، .", "\u2003a\u3000b ", "()", "'\"", "، x ، "]
    for text in samples:
        assert links._ar_clean(text) == _plain_ar_clean(text), text


def test_gated_patterns_same_as_ungated() -> None:
    """A pattern tried only where the words it needs occur matches what it matched everywhere."""
    pats = links._ar_link_patterns()
    samples = _ar_phrases() + [
        "قائد شرطة كابول المعروف باسم رشيد",
        "مدير المستشفى الدكتور أحمد محمد",
        "حصيلة أولية أعلنتها مصادر أمنية",
        "المسؤول د. خالد",
    ]
    for t in samples:
        inner, inner_plain = links._ar_inner_title(t), links._AR_INNER_TITLE.match(t)
        assert (inner.span() if inner else None) == (inner_plain.span() if inner_plain else None)
        gated = pats["known_as"].search(t) if pats["known_as_word"].search(t) else None
        plain = pats["known_as"].search(t)
        assert (gated.span() if gated else None) == (plain.span() if plain else None)
        rel = links._AR_REL.match(t) if links._AR_REL_VERB.search(t) else None
        assert (rel.span() if rel else None) == (
            m.span() if (m := links._AR_REL.match(t)) else None
        )


def test_anonymous_heads_by_first_word_same_as_all() -> None:
    """The heads `_ar_heads_opening` gives, in order, are all the heads whose pattern matches."""
    from marsad.sources.lexicon import strip_ar

    pats = links._ar_head_patterns()
    extra = ["المصادر الطبية", "الناشطون", "مصادر محلية", "ال", "ا", "مصدر،", "مسؤولة رفيعة", "اطباء"]
    extra += [v for h, _, _, _ in pats for v in (h, f"ال{h}", f"{h} محلي", h.replace("أ", "ا"), h.replace("ة", "ه"))]
    for t in [*_ar_phrases(), *extra]:
        bare = strip_ar(t)
        want = [h for h in pats if h[1].match(bare)]
        got = [h for h in links._ar_heads_opening(bare) if h[1].match(bare)]
        assert got == want, bare


def test_stop_set_same_as_stop_pattern() -> None:
    """`_is_stop` of a word without marks is what the stop pattern's fullmatch says."""
    from marsad.sources.frames_ar import _ar_patterns, _is_stop
    from marsad.sources.lexicon import lang_data, strip_ar

    stops = lang_data("ar")["speaker"]["stops"]
    assert not any(" " in w for w in stops)
    words = {strip_ar(w) for text in _ar_phrases() for w in text.split()}
    words |= {strip_ar(w) for w in stops} | {"إلى", "الى", "علي", "فى", "اثر", "أثر", "لاحقا", "ايضا", "امس"}
    pat = _ar_patterns()["stop"]
    for w in words:
        assert _is_stop(w) == bool(pat.fullmatch(w)), w


def test_ends_with_ma_same_as_its_pattern() -> None:
    import re

    from marsad.sources.frames_ar import _ends_with_ma

    pat = re.compile(r"(?:^|\s)ما\s*$")
    for s in ["ما", " ما ", "نافياً ما", "نافياً ما\n", "كما", "ما\u00a0", "x\tما  ", "ماما", "", "مانع ما وصفه"]:
        for pos in range(len(s) + 1):
            assert _ends_with_ma(s, pos) == bool(pat.search(s[:pos])), (s, pos)


def test_words_ruled_out_resolve_to_nothing() -> None:
    for text in _ar_phrases():
        words = text.split()[:12]
        for i in range(len(words)):
            for j in range(i + 1, min(len(words), i + 6) + 1):
                if not links.ar_words_may_be_known(words[i:j]):
                    assert links.resolve_name(" ".join(words[i:j]), "ar") is None, words[i:j]


def test_cues_after_a_search_same_as_a_full_scan() -> None:
    from marsad.sources.frames_en import _first_cue, cue_finditer, cue_search

    texts = [
        "Officials said 12 people were killed, the ministry told reporters, according to AFP.",
        "No cue here at all.",
        "İstanbul police SAID that 3 died; Reuters reported",
        "He said: \u201cwe counted\u201d and she added that they had told him.",
    ]
    for t in texts:
        _first_cue().clear()
        full = [(m.span(), m.group(0)) for m in cue_finditer(t)]
        cue_search(t)
        assert [(m.span(), m.group(0)) for m in cue_finditer(t)] == full, t
