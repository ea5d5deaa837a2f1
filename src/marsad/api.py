"""The public API: read inputs into Documents, then run the pipeline on them."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from marsad.pipeline import run_pipeline
from marsad.read import ReadError, read_inputs
from marsad.record import Document, Metadata


def read(paths: str | Path | Iterable[str | Path], *, errors: list[ReadError] | None = None) -> list[Document]:
    """Read files, folders, JSON lines or `-` (stdin) into Documents (not yet extracted).

    Inputs that cannot be read are skipped; pass a list as `errors` to collect them.
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    docs: list[Document] = []
    for item in read_inputs([str(p) for p in paths]):
        if isinstance(item, ReadError):
            if errors is not None:
                errors.append(item)
        else:
            docs.append(item)
    return docs


def extract(doc: Document) -> Document:
    """Run every stage (segments, names, claims, sources) on a Document, in place."""
    return run_pipeline(doc)


def extract_text(text: str, doc_id: str = "text", **meta: str) -> Document:
    """Extract from a string: a convenience for notebooks and tests."""
    return run_pipeline(Document(id=doc_id, text=text, meta=Metadata(format="text", **meta)))
