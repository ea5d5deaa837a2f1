"""Shared test fixtures. Tests that need ../shared skip with a reason where it is absent."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# stages that turn a failure into a document warning re-raise it under test
os.environ.setdefault("MARSAD_STRICT", "1")

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
DEV_CORPUS = SHARED / "corpus" / "dev"
DATA = SHARED / "data"

needs_shared = pytest.mark.skipif(
    not DEV_CORPUS.is_dir(), reason="../shared (annotated corpus and datasets) is not beside this clone"
)
