"""Attribution on the annotated dev corpus, on gold claims (skips without ../shared)."""

from __future__ import annotations

import importlib.util

import pytest
from conftest import SHARED, needs_shared


@needs_shared
@pytest.mark.parametrize("lang", ["ar", "en"])
def test_gold_claim_chains_on_dev(lang: str) -> None:
    from marsad.evaluation.gold import gold_claims, load_gold
    from marsad.render.eval_line import claim_for_eval
    from marsad.segment import segment
    from marsad.sources import attribute_claims, detect_outlet

    spec = importlib.util.spec_from_file_location("score", SHARED / "eval" / "score.py")
    score = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(score)  # type: ignore[union-attr]
    n = origin = chain = 0
    for gold, doc in load_gold().values():
        segment(doc)
        detect_outlet(doc)
        doc.claims = gold_claims(gold, doc)
        for c in doc.claims:
            c.source = []
        attribute_claims(doc)
        for c, g in zip(doc.claims, gold["claims"], strict=True):
            if g["lang"] != lang:
                continue
            p = claim_for_eval(doc, c)
            n += 1
            origin += score.origin_agrees(p, g)
            chain += score.chain_agrees(p, g)
    assert n > 0
    assert origin / n >= 0.85, f"{lang}: original source right for {origin}/{n}"
    assert chain / n >= 0.80, f"{lang}: whole chain right for {chain}/{n}"
