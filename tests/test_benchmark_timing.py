"""benchmarks/throughput.py: timings take turns pass by pass and keep each job's fastest pass."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

SPEC = importlib.util.spec_from_file_location(
    "throughput", Path(__file__).resolve().parents[1] / "benchmarks" / "throughput.py"
)


@pytest.fixture(scope="module")
def throughput():
    module = importlib.util.module_from_spec(SPEC)
    sys.modules.setdefault("throughput", module)
    SPEC.loader.exec_module(module)
    return module


def test_jobs_take_turns_and_each_gets_a_fresh_setup(throughput, monkeypatch):
    calls: list[str] = []
    jobs = {
        name: (lambda name=name: calls.append(f"run {name}"), lambda name=name: calls.append(f"setup {name}"))
        for name in ("spacy", "claims", "full")
    }
    monkeypatch.setattr(throughput, "REPEATS", 2)
    best = throughput.timed(jobs)
    one_round = ["setup spacy", "run spacy", "setup claims", "run claims", "setup full", "run full"]
    assert calls == one_round * 2
    assert set(best) == {"spacy", "claims", "full"}


def test_keeps_the_fastest_pass(throughput, monkeypatch):
    clock = iter([0.0, 5.0, 10.0, 12.0, 20.0, 24.0])  # passes of 5, 2 and 4 seconds
    monkeypatch.setattr(throughput.time, "process_time", lambda: next(clock))
    monkeypatch.setattr(throughput, "REPEATS", 3)
    assert throughput.timed({"job": (lambda: None, lambda: None)}) == {"job": 2.0}
