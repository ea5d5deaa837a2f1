"""English claims on the annotated dev corpus (../shared): figure-level F1 of the claims stage.

Runs segmentation, find_claims and merge_repeats only (no attribution, so repeats by
different sources merge too: a lower bound of the full pipeline's score).
"""

from __future__ import annotations

import importlib.util

import pytest
from conftest import SHARED, needs_shared

from marsad.claims import find_claims, merge_repeats
from marsad.render.eval_line import claim_for_eval
from marsad.segment import segment


def _scorer():
    spec = importlib.util.spec_from_file_location("shared_score", SHARED / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@needs_shared
@pytest.mark.parametrize(("level", "floor"), [("numbers", 0.86), ("figure", 0.84)])
def test_english_claims_on_dev_corpus(level: str, floor: float) -> None:
    from marsad.evaluation.gold import load_gold

    score = _scorer()
    tp = n_pred = n_gold = 0
    for gold, doc in load_gold().values():
        segment(doc)
        find_claims(doc)
        merge_repeats(doc)
        pred = [claim_for_eval(doc, c) for c in doc.claims if c.lang == "en" and c.scope == "incident"]
        want = [c for c in gold["claims"] if c["lang"] == "en"]
        tp += score.match_count(pred, want, score.LEVELS[level])
        n_pred, n_gold = n_pred + len(pred), n_gold + len(want)
    assert n_gold > 100
    f1 = score.prf(tp, n_pred, n_gold)[2]
    assert f1 >= floor, f"{level} F1 {f1:.3f} < {floor}"
