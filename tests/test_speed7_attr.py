"""Speed round 7 on attribution: each shortcut gives what the plain reading it replaces gave."""

from __future__ import annotations

from pathlib import Path

from sources_phrases import examples, heldout_sentences

from marsad.api import extract_text
from marsad.memo import clear_text_caches
from marsad.record import Document, Entity, SourceLink
from marsad.sources import attribute, frames_ar, frames_en, links
from marsad.sources.frames import unquote_names
from marsad.sources.lexicon import norm_key


def test_tally_hint_same_as_its_pattern() -> None:
    """`tally_hint` says what searching `_EN_TALLY_HINT` says (any case, the letters re.I folds
    otherwise, words inside longer words)."""
    texts = heldout_sentences(False) + examples("en")
    texts += [
        "The TOLL rose to 12.",
        "Figures from the ministry",
        "the country's own count",
        "a DATA-driven report",
        "Statiſtics show",  # (ſ matches s under re.I only)
        "STATİSTICS",
        "the tollbooth and the countryside",
        "no hint here",
    ]
    hits = 0
    for s in texts:
        plain = frames_en._EN_TALLY_HINT.search(s) is not None
        assert frames_en.tally_hint(s) == plain, s
        hits += plain
    assert hits > 20, hits


def test_trigger_is_the_event_pattern_or_more() -> None:
    """The Arabic trigger pattern is the event pattern with more branches after it, so no event starts
    before the first trigger (what `_scan` reads from)."""
    pats = frames_ar._ar_patterns()
    assert pats["trigger"].pattern.startswith(pats["event"].pattern + "|")


def test_scan_after_trigger_search_same_as_plain_scan() -> None:
    """`_scan` of a text whose first trigger `trigger_search` just found gives what `_scan` gives
    without it (as read from the text's start)."""
    pats = frames_ar._ar_patterns()
    texts = [unquote_names(s) for s in heldout_sentences(True) + examples("ar")]
    texts += ["وقال مصدر طبي إن", "بحسب المرصد: قتل 5", "أما القتلى فهم", "لا شيء هنا", ": وقال"]
    found = 0
    for s in texts:
        clear_text_caches()
        plain_t, plain_e = frames_ar._scan(s, pats)
        frames_ar.trigger_search(s)
        t, e = frames_ar._scan(s, pats)
        assert [m.span() for m in t] == [m.span() for m in plain_t], s
        assert [(a, k, m.span()) for a, k, m in e] == [(a, k, m.span()) for a, k, m in plain_e], s
        found += len(e) + len(t)
    assert len(texts) > 500 and found > 500, (len(texts), found)


def _plain_entity_canonical(doc: Document) -> None:
    """`_entity_canonical` as it read before its early return."""
    by_text: dict[str, Entity] = {}
    for e in doc.entities:
        if e.type == "org":
            for m in e.mentions:
                by_text.setdefault(norm_key(doc.text[m.span.start : m.span.end]), e)
    if not by_text:
        return
    renamed: dict[int, SourceLink] = {}
    for c in doc.claims:
        for i, lk in enumerate(c.source):
            if lk.kind != "org":
                continue
            if id(lk) not in renamed:
                renamed[id(lk)] = lk
                names = lk.names()
                e = next((by_text[k] for k in map(norm_key, names[:3]) if k in by_text), None)
                if e is not None and e.canonical != lk.name:
                    keys = {norm_key(a) for a in [e.canonical, *e.aliases]}
                    if any(norm_key(n) in keys for n in names):
                        renamed[id(lk)] = lk.model_copy(
                            update={"name": e.canonical, "aliases": [n for n in names if n != e.canonical]}
                        )
            c.source[i] = renamed[id(lk)]


def test_entity_canonical_same_as_plain(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """`_entity_canonical` (which returns early when no claim has an organisation's link) renames
    what it renamed before, on reports with and without such links."""
    root = Path(__file__).parent
    texts = [p.read_text(encoding="utf-8") for p in sorted(root.glob("heldout*/*.txt"))][:80]
    renamed = skipped = 0
    docs = []
    with monkeypatch.context() as mp:  # (the reports as the stage leaves them before its last step)
        mp.setattr(attribute, "_entity_canonical", lambda doc: None)
        docs = [extract_text(text, doc_id=f"t{i}") for i, text in enumerate(texts)]
    for doc in docs:
        text = doc.text
        before = [[lk.model_copy() for lk in c.source] for c in doc.claims]
        for c in doc.claims:  # (each link once more as the stage left it, then renamed by each reading)
            c.source = [lk.model_copy() for lk in c.source]
        plain = doc.model_copy(deep=True)
        _plain_entity_canonical(plain)
        attribute._entity_canonical(doc)
        assert [c.source for c in doc.claims] == [c.source for c in plain.claims], text[:80]
        renamed += [c.source for c in plain.claims] != before
        skipped += not any(lk.kind == "org" for c in doc.claims for lk in c.source)
    assert skipped > 5 and renamed > 0, (skipped, renamed)


class _Frames(list):  # type: ignore[type-arg]
    """Frames that count as some even when there are none (what the loop read before its early skip)."""

    def __bool__(self) -> bool:
        return True


def test_sentence_without_frames_or_claims_skipped_as_before(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A sentence whose frame readers find nothing and that holds no claim is skipped after them:
    every report is attributed as when the rest of the loop read such sentences too."""
    root = Path(__file__).parent
    texts = [p.read_text(encoding="utf-8") for p in sorted(root.glob("heldout*/*.txt"))][:120]

    def sources(docs: list[Document]) -> list[list[list[SourceLink]]]:
        return [[c.source for c in d.claims] for d in docs]

    fast = [extract_text(text, doc_id=f"t{i}") for i, text in enumerate(texts)]
    with monkeypatch.context() as mp:
        for name in ("en_frames", "ar_frames"):
            reader = getattr(attribute, name)
            mp.setattr(attribute, name, lambda *a, _r=reader: _Frames(_r(*a)))
        plain = [extract_text(text, doc_id=f"t{i}") for i, text in enumerate(texts)]
    assert sources(fast) == sources(plain)
    assert sum(bool(c.source) for d in fast for c in d.claims) > 50


def _plain_ar_runs(flags: list, longest: int, shortest: int) -> list[tuple[int, int]]:  # type: ignore[type-arg]
    """`_ar_runs_worth_looking_up` as it read before (one run at a time)."""
    size = len(flags)
    unsafe, arabic, not_inner = [size] * (size + 1), [size] * (size + 1), [size] * (size + 1)
    unpaired, unjoined = [size] * (size + 1), [size] * (size + 1)
    pairs = links.key_pairs() if size > 2 else frozenset()
    for k in range(size - 1, -1, -1):
        f = flags[k]
        unsafe[k] = k if not f[0] else unsafe[k + 1]
        arabic[k] = k if f[1] else arabic[k + 1]
        not_inner[k] = k if not f[2] else not_inner[k + 1]
        unpaired[k] = k if not f[9] else unpaired[k + 1]
        joined = k + 1 >= size or (f[8], flags[k + 1][7]) in pairs
        unjoined[k] = k if not joined else unjoined[k + 1]
    out = []
    for n in range(longest, shortest - 1, -1):
        for i in range(0, size - n + 1):
            j = i + n
            if n == 1:
                f = flags[i]
                if not f[0] or not f[1] or f[5] or f[3]:
                    out.append((i, j))
            elif (
                unsafe[i] < j
                or arabic[i] >= j
                or flags[j - 1][6]
                or (flags[i][4] and not_inner[i + 1] >= j and unpaired[i + 1] >= j and unjoined[i + 1] >= j - 1)
            ):
                out.append((i, j))
    return out


def test_ar_runs_same_as_plain() -> None:
    """`_ar_runs_worth_looking_up` lists the runs, in the order, that reading them one by one did
    (phrases of held-out sentences, every longest and shortest length)."""
    found = 0
    for s in heldout_sentences(True)[:300]:
        words = s.split()[:10]
        flags = [links._ar_word_flags(w) for w in words]
        for longest in range(len(flags), 0, -1):
            for shortest in range(1, longest + 1):
                runs = links._ar_runs_worth_looking_up(flags, longest, shortest)
                assert runs == _plain_ar_runs(flags, longest, shortest), (s, longest, shortest)
                found += len(runs)
    assert found > 1000, found


def test_comp_finditer_same_as_comp_pattern() -> None:
    """`_comp_finditer` finds the spans `_ar_patterns()["comp"].finditer` finds (at the start, after
    white space, at colons), on held-out sentences and the text after each of their words."""
    pats = frames_ar._ar_patterns()
    texts = []
    for s in heldout_sentences(True)[:400] + examples("ar"):
        texts += [s[i:] for i in [0, *(k + 1 for k, c in enumerate(s) if c == " ")][:12]]
    texts += ["أن القصف", ": أن", "إن: إن", " أن", "وأكد أن 5 قتلوا:", "قال:أن", ""]
    found = 0
    for t in texts:
        plain = [m.span() for m in pats["comp"].finditer(t)]
        assert [m.span() for m in frames_ar._comp_finditer(t, pats)] == plain, t
        found += len(plain)
    assert found > 1000, found
