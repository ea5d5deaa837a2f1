"""The Arabic half of the Gaza MoH bulletins: >= 90% of each published figure is extracted."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from conftest import DATA, REPO, needs_shared

BULLETINS = DATA / "tfp-palestine" / "bulletins.jsonl"


def _script():
    spec = importlib.util.spec_from_file_location("check_bulletins", REPO / "scripts" / "check_bulletins.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


@needs_shared
@pytest.mark.skipif(not BULLETINS.is_file(), reason="tfp-palestine bulletins are not in ../shared/data")
def test_arabic_half_figures(capsys: pytest.CaptureFixture[str]) -> None:
    _script().main([str(BULLETINS)])
    rows = [line.split() for line in capsys.readouterr().out.splitlines()]
    ar = {r[0]: float(r[4].rstrip("%")) for r in rows if len(r) == 5 and r[1] == "ar"}
    assert set(ar) >= {"killed", "injured", "killed_cum", "injured_cum"}
    for field in ("killed", "injured", "killed_cum", "injured_cum"):
        assert ar[field] >= 90.0, field


def test_missing_file_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _script().main([str(tmp_path / "none.jsonl")]) == 2
    assert "no such file" in capsys.readouterr().err
