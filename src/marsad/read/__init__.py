"""Inputs: text files, HTML pages, JSON lines, folders and stdin -> Documents."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from marsad.record import Document, Metadata


@dataclass
class ReadError:
    """An input that could not be read, with a reason a user can act on."""

    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


def read_inputs(paths: list[str]) -> Iterator[Document | ReadError]:
    """Yield a Document (or a ReadError) per report found under `paths`."""
    for p in paths:
        if p == "-":
            yield Document(id="stdin", text=sys.stdin.read(), meta=Metadata(format="stdin"))
            continue
        path = Path(p)
        try:
            text = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            yield ReadError(p, str(exc))
            continue
        yield Document(id=path.stem, text=text, meta=Metadata(path=p, format="txt", encoding="utf-8"))
