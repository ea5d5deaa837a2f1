"""Speed round 5 on attribution: each shortcut gives what the plain reading it replaces gave."""

from __future__ import annotations

import random
from importlib import resources

from marsad.names.gazetteer import gazetteer
from marsad.sources import links


def _examples(lang: str) -> list[str]:
    raw = resources.files(f"marsad.lang.{lang}").joinpath("sources_examples.tsv").read_text(encoding="utf-8")
    return [line.split("\t")[0] for line in raw.splitlines() if line and not line.startswith("#")]


def _names(lang: str, count: int) -> list[str]:
    """Names the gazetteer knows, in the language's script, with words around some of them."""
    rng = random.Random(4)
    arabic = lang == "ar"
    names = sorted(
        {n for rec in gazetteer().records.values() for n in rec.all_names() if bool(links._AR_LETTER.search(n)) == arabic}
    )
    picked = rng.sample(names, min(count, len(names)))
    around = ["قال", "و", "مصادر", "في"] if arabic else ["said", "the", "officials", "of"]
    return picked + [f"{rng.choice(around)} {n} {rng.choice(around)}" for n in picked[: count // 2]]


def test_ar_phrases_surely_weak_link_weakly() -> None:
    """What `ar_link_surely_weak` says True of links to nothing or by the weakest rules, with and
    without earlier links to recall."""
    ctx_seen = links.LinkContext()
    for text in ("وزارة الصحة", "المرصد السوري لحقوق الإنسان", "أحمد محمد", "الناطق باسم الجيش خالد يوسف"):
        lk = links.make_link(text, "ar", ctx_seen)
        assert lk is not None
    phrases = [
        "حركة الشباب المرتبطة بتنظيم القاعدة في الصومال والقرن الأفريقي كله",
        "جماعة أنصار الله الموالية لإيران وحلفائها في المنطقة",
    ]
    for text in _examples("ar") + _names("ar", 300):
        words = text.replace("،", " ، ").split()
        phrases += [" ".join(words[i : i + n]) for n in range(1, 9) for i in range(0, max(1, len(words) - n + 1), 2)]
    weak = 0
    for ctx in (links.LinkContext(), ctx_seen):
        for phrase in phrases:
            if links.ar_link_surely_weak(phrase, ctx):
                weak += 1
                lk = links.ar_link(phrase, ctx.probe())
                assert lk is None or lk.rule in ("ar.name", "ar.known.part"), (phrase, lk)
    assert weak > 1000, weak
