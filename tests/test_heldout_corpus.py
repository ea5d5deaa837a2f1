"""The held-out corpus (tests/heldout) stays well-formed: it validates with the shared scorer,
every evidence string and entity text occurs in its report, and claims follow SCHEMA.md's
value rules. No score threshold: the corpus measures generalisation, it is not a gate."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import SHARED, needs_shared

HELDOUT = Path(__file__).resolve().parent / "heldout"
SCORER = SHARED / "eval" / "score.py"
STEMS = sorted(p.name[: -len(".gold.json")] for p in HELDOUT.glob("*.gold.json"))
GROUPS = {"people", "civilians", "children", "women", "men", "combatants", "soldiers"}


def _gold(stem: str) -> dict:
    return json.loads((HELDOUT / f"{stem}.gold.json").read_text(encoding="utf-8"))


def _text(stem: str) -> str:
    return (HELDOUT / f"{stem}.txt").read_text(encoding="utf-8")


def test_corpus_is_large_enough() -> None:
    assert len(STEMS) >= 14
    assert sum(len(_gold(s)["claims"]) for s in STEMS) >= 150


@needs_shared
def test_scorer_validates_corpus() -> None:
    if not SCORER.is_file():
        pytest.skip("../shared/eval/score.py is absent")
    run = subprocess.run([sys.executable, str(SCORER), "validate", str(HELDOUT)],
                         capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stdout + run.stderr
    assert f"{len(STEMS)} documents" in run.stdout
    assert "0 with errors" in run.stdout


@pytest.mark.parametrize("stem", STEMS)
def test_evidence_and_entities_occur_in_text(stem: str) -> None:
    gold, text = _gold(stem), _text(stem)
    assert gold["doc"] == stem
    missing = [c["evidence"] for c in gold["claims"] if c["evidence"] not in text]
    missing += [e["text"] for e in gold["entities"] if e["text"] not in text]
    assert not missing


@pytest.mark.parametrize("stem", STEMS)
def test_claims_follow_schema_value_rules(stem: str) -> None:
    gold = _gold(stem)
    langs = set(gold["lang"].split("+"))
    incidents = json.loads((HELDOUT / "incidents.json").read_text(encoding="utf-8"))
    assert gold["incident"] in incidents
    for c in gold["claims"]:
        assert c["lang"] in langs
        assert c["group"] in GROUPS
        assert (c["side"] is not None) <= (c["group"] in {"combatants", "soldiers"})
        assert c["vague"] == (c["min"] is None and c["max"] is None)
        assert all(isinstance(link, list) and link and all(isinstance(n, str) for n in link) for link in c["source"])
