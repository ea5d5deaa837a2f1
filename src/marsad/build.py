"""Which build of marsad is running: pure Python, or with modules compiled by mypyc (see setup.py)."""

from __future__ import annotations

from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path


def compiled_modules() -> list[str]:
    """The marsad modules installed as compiled extensions ("marsad.claims", ...); empty for the
    pure-Python build (an editable install, `PYTHONPATH=src`)."""
    root = Path(__file__).resolve().parent
    found = []
    for path in root.rglob("*"):
        suffix = next((s for s in EXTENSION_SUFFIXES if path.name.endswith(s)), None)
        if suffix is None:
            continue
        parts = path.relative_to(root).parts[:-1] + (path.name[: -len(suffix)],)
        found.append(".".join(("marsad", *(p for p in parts if p != "__init__"))))
    return sorted(found)


def build_kind() -> str:
    """'compiled (mypyc: N modules)' or 'pure Python'."""
    compiled = compiled_modules()
    return f"compiled (mypyc: {len(compiled)} modules)" if compiled else "pure Python"
