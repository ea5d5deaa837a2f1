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
    """`_may_be_known_ar_run` says False only where `_may_be_known_ar` of the run says False."""
    checked = 0
    for text in _ar_phrases():
        words = text.replace("،", " ").split()[:14]
        flags = [links._ar_word_flags(w) for w in words]
        for n in range(1, min(len(words), 8) + 1):
            for i in range(len(words) - n + 1):
                cand = " ".join(words[i : i + n]).strip(links._QUOTES + " ,.،()").strip(links._QUOTES + " ,.")
                if not cand:
                    continue
                if not links._may_be_known_ar_run(flags, i, i + n):
                    assert not links._may_be_known_ar(cand), cand
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
