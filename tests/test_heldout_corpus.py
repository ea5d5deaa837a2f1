"""The held-out corpora (tests/heldout to tests/heldout11) stay well-formed: each
validates with the shared scorer, every evidence string and entity text occurs in its report,
and claims follow SCHEMA.md's value rules. No score threshold: these corpora measure
generalisation, they are not a gate."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import SHARED, needs_shared

TESTS = Path(__file__).resolve().parent
CORPORA = sorted(p for p in TESTS.glob("heldout*") if p.is_dir())
SCORER = SHARED / "eval" / "score.py"
DOCS = [(c, p.name[: -len(".gold.json")]) for c in CORPORA for p in sorted(c.glob("*.gold.json"))]
GROUPS = {"people", "civilians", "children", "women", "men", "combatants", "soldiers"}


def _gold(corpus: Path, stem: str) -> dict:
    return json.loads((corpus / f"{stem}.gold.json").read_text(encoding="utf-8"))


def _text(corpus: Path, stem: str) -> str:
    return (corpus / f"{stem}.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("corpus", CORPORA, ids=lambda c: c.name)
def test_corpus_is_large_enough(corpus: Path) -> None:
    stems = [s for c, s in DOCS if c == corpus]
    assert len(stems) >= 12
    assert sum(len(_gold(corpus, s)["claims"]) for s in stems) >= 80


@needs_shared
@pytest.mark.parametrize("corpus", CORPORA, ids=lambda c: c.name)
def test_scorer_validates_corpus(corpus: Path) -> None:
    if not SCORER.is_file():
        pytest.skip("../shared/eval/score.py is absent")
    run = subprocess.run([sys.executable, str(SCORER), "validate", str(corpus)],
                         capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "0 with errors" in run.stdout


@pytest.mark.parametrize(("corpus", "stem"), DOCS, ids=[f"{c.name}/{s}" for c, s in DOCS])
def test_evidence_and_entities_occur_in_text(corpus: Path, stem: str) -> None:
    gold, text = _gold(corpus, stem), _text(corpus, stem)
    assert gold["doc"] == stem
    missing = [c["evidence"] for c in gold["claims"] if c["evidence"] not in text]
    missing += [e["text"] for e in gold["entities"] if e["text"] not in text]
    assert not missing


@pytest.mark.parametrize(("corpus", "stem"), DOCS, ids=[f"{c.name}/{s}" for c, s in DOCS])
def test_claims_follow_schema_value_rules(corpus: Path, stem: str) -> None:
    gold = _gold(corpus, stem)
    langs = set(gold["lang"].split("+"))
    incidents = json.loads((corpus / "incidents.json").read_text(encoding="utf-8"))
    assert gold["incident"] in incidents
    for c in gold["claims"]:
        assert c["lang"] in langs
        assert c["group"] in GROUPS
        assert (c["side"] is not None) <= (c["group"] in {"combatants", "soldiers"})
        assert c["vague"] == (c["min"] is None and c["max"] is None)
        assert all(isinstance(link, list) and link and all(isinstance(n, str) for n in link) for link in c["source"])
