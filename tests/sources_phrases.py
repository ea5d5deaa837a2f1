"""Phrases the attribution speed tests read: the sources examples and names the gazetteer knows."""

from __future__ import annotations

import random
import re
from importlib import resources
from pathlib import Path

from marsad.names.gazetteer import gazetteer
from marsad.sources import links


def examples(lang: str) -> list[str]:
    """The phrases of the language's sources examples file."""
    raw = resources.files(f"marsad.lang.{lang}").joinpath("sources_examples.tsv").read_text(encoding="utf-8")
    return [line.split("\t")[0] for line in raw.splitlines() if line and not line.startswith("#")]


def gazetteer_names(lang: str, count: int) -> list[str]:
    """Names the gazetteer knows, in the language's script, with words around some of them."""
    rng = random.Random(4)
    arabic = lang == "ar"
    names = sorted(
        {n for rec in gazetteer().records.values() for n in rec.all_names() if bool(links._AR_LETTER.search(n)) == arabic}
    )
    picked = rng.sample(names, min(count, len(names)))
    around = ["قال", "و", "مصادر", "في"] if arabic else ["said", "the", "officials", "of"]
    return picked + [f"{rng.choice(around)} {n} {rng.choice(around)}" for n in picked[: count // 2]]


def heldout_sentences(arabic: bool) -> list[str]:
    """Sentences of the held-out corpora (lines cut at full stops), in Arabic or in English."""
    out = []
    for path in sorted(Path(__file__).parent.glob("heldout*/*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            for sent in re.split(r"(?<=[.!?؟])\s+", line):
                if len(sent) > 20 and bool(links._AR_LETTER.search(sent)) == arabic:
                    out.append(sent)
    return out
