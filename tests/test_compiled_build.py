"""The compiled build's module list (pyproject.toml [tool.mypy] files, which setup.py compiles)."""

from __future__ import annotations

import importlib
import tomllib
from pathlib import Path

import pytest

from marsad.build import build_kind, compiled_modules

REPO = Path(__file__).resolve().parents[1]
FILES = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["mypy"]["files"]


def _module(path: str) -> str:
    return path.removeprefix("src/").removesuffix(".py").removesuffix("/__init__").replace("/", ".")


def test_the_listed_files_exist_and_are_marsad_modules() -> None:
    assert len(FILES) >= 10
    for path in FILES:
        assert (REPO / path).is_file(), path
        assert _module(path).startswith("marsad."), path


@pytest.mark.parametrize("path", FILES)
def test_a_listed_module_is_compiled_in_the_compiled_build(path: str) -> None:
    compiled = compiled_modules()
    if not compiled:
        pytest.skip("pure-Python build")
    assert _module(path) in compiled
    module = importlib.import_module(_module(path))
    assert module.__file__.endswith((".so", ".pyd")), module.__file__


def test_the_build_kind_names_the_build() -> None:
    compiled = compiled_modules()
    assert build_kind() == (f"compiled (mypyc: {len(compiled)} modules)" if compiled else "pure Python")


def test_the_claim_path_is_in_the_list() -> None:
    listed = {_module(p) for p in FILES}
    assert {"marsad.segment", "marsad.claims", "marsad.lang.en.claims"} <= listed
