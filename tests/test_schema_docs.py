"""The JSON Schema in docs/ is the one the record models generate."""

from __future__ import annotations

import subprocess
import sys

from conftest import REPO


def test_committed_schema_is_current() -> None:
    result = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "gen_schema.py"), "--check"], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
