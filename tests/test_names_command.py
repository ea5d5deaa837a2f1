"""`marsad romanize` and the dev-corpus entity targets."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner
from conftest import DEV_CORPUS, REPO, needs_shared

from marsad.names.command import romanize_command

CASES = [
    ("حراس الدين", "Ḥurrās ad-Dīn", "Hurras al-Din", "org"),
    ("الميادين", "al-Mayādīn", "Al Mayadeen", "outlet"),
    ("أبو يزن المنبجي", "Abū Yazan al-Manbiǧī", "Abu Yazan al-Manbiji", None),
    ("Daesh", "Dā‘iš", "Islamic State", "org"),
    ("Islamic State", None, "Islamic State", "org"),
    ("منبج", "Manbiǧ", "Manbij", "place"),
]


@pytest.mark.parametrize(("text", "din", "canonical", "type_"), CASES)
def test_romanize_json(text: str, din: str | None, canonical: str, type_: str | None) -> None:
    res = CliRunner().invoke(romanize_command, [text, "--json"])
    assert res.exit_code == 0, res.output
    out = json.loads(res.output)
    assert out["din"] == din
    assert out["canonical"] == canonical
    assert out.get("type") == type_


def test_romanize_text_output() -> None:
    res = CliRunner().invoke(romanize_command, ["أطمة"])
    assert res.exit_code == 0
    assert "Aṭma" in res.output and "Atmeh" in res.output and "place" in res.output


def test_romanize_empty_is_a_usage_error() -> None:
    res = CliRunner().invoke(romanize_command, ["  "])
    assert res.exit_code == 2
    assert "empty" in res.output


@needs_shared
def test_dev_entity_targets(tmp_path) -> None:
    out = tmp_path / "names.jsonl"
    files = sorted(str(p) for p in DEV_CORPUS.glob("*.txt"))
    with open(out, "w", encoding="utf-8") as f:
        subprocess.run([sys.executable, "-m", "marsad", "extract", "--format", "eval", *files], stdout=f,
                       check=True, cwd=REPO)
    score = REPO.parent / "shared" / "eval" / "score.py"
    res = subprocess.run([sys.executable, str(score), "score", str(DEV_CORPUS), str(out), "--json",
                          str(tmp_path / "s.json")], capture_output=True, text=True, check=True)
    ent = json.loads((tmp_path / "s.json").read_text())["entities"]
    assert ent["found"] / ent["gold"] >= 0.90, res.stdout
    assert ent["canonical"] / ent["gold"] >= 0.90, res.stdout
    assert ent["din"] / ent["din_gold"] >= 0.85, res.stdout
