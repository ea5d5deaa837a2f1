"""Inputs: text files, HTML pages, JSON lines, folders and stdin -> Documents.

`read_inputs(paths)` yields a Document, or a ReadError naming the path and the
reason, for each report found; one bad input never stops the others.

- `.txt` (and files with other extensions): UTF-8 with or without BOM, UTF-16/32
  with BOM, Windows-1256 (detected, with a warning); damaged UTF-8 is decoded
  with U+FFFD replacements and a warning. Offsets are into the decoded text
  (only a BOM is dropped; newlines are kept as they are).
- `.html` / `.htm`: main text and metadata (marsad.read.html).
- `.jsonl`: one report per line (marsad.read.jsonl).
- folders: read recursively, in sorted order, keeping only the extensions above.
- `-`: standard input, as HTML when it looks like HTML, else as text.
Errors: missing or unreadable path, empty file, binary file, a file over
MAX_BYTES (checked before reading), an HTML page with no text, a bad JSON line.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from marsad.read.decode import NotText, decode_bytes
from marsad.read.errors import ReadError
from marsad.read.html import NoText, looks_like_html, read_html
from marsad.read.jsonl import read_jsonl_file, read_jsonl_lines
from marsad.record import Document, Metadata

__all__ = ["MAX_BYTES", "READ_EXTENSIONS", "ReadError", "read_inputs"]

MAX_BYTES = 20 * 1024 * 1024  # a report file larger than this is refused (a .jsonl feed is read line by line)
READ_EXTENSIONS = {".txt": "txt", ".html": "html", ".htm": "html", ".jsonl": "jsonl"}


def _too_large(size: int) -> str:
    return f"file too large ({size / 1_048_576:.0f} MB; the limit for one report is {MAX_BYTES // 1_048_576} MB)"


def _from_bytes(data: bytes, doc_id: str, meta: Metadata, as_html: bool) -> Document | ReadError:
    shown = meta.path or doc_id
    try:
        decoded = decode_bytes(data)
    except NotText as exc:
        return ReadError(shown, str(exc))
    meta.encoding = decoded.encoding
    if as_html:
        meta.format = "html" if meta.format != "stdin" else "stdin"
        try:
            page = read_html(decoded.text, base=meta)
        except NoText as exc:
            return ReadError(shown, str(exc))
        return Document(id=doc_id, text=page.text, meta=page.meta, warnings=decoded.warnings + page.warnings)
    return Document(id=doc_id, text=decoded.text, meta=meta, warnings=decoded.warnings)


def _read_limited(handle: BinaryIO) -> bytes | None:
    """Up to MAX_BYTES from a stream; None when there is more."""
    data = handle.read(MAX_BYTES + 1)
    return None if len(data) > MAX_BYTES else data


def read_file(path: Path, shown: str) -> Iterator[Document | ReadError]:
    """The report(s) in one file."""
    kind = READ_EXTENSIONS.get(path.suffix.lower(), "txt")
    try:
        if kind == "jsonl":
            yield from read_jsonl_file(path, shown)
            return
        size = path.stat().st_size
        if size > MAX_BYTES:
            yield ReadError(shown, _too_large(size))
            return
        with path.open("rb") as handle:
            data = _read_limited(handle)
    except OSError as exc:
        yield ReadError(shown, f"cannot read: {exc.strerror or exc}")
        return
    if data is None:
        yield ReadError(shown, _too_large(MAX_BYTES + 1))
        return
    as_html = kind == "html" or (path.suffix.lower() not in READ_EXTENSIONS and looks_like_html(data))
    meta = Metadata(path=shown, format="html" if as_html else "txt")
    yield _from_bytes(data, path.stem, meta, as_html)


def read_stdin(stream: BinaryIO | None = None) -> Iterator[Document | ReadError]:
    """The report on standard input (HTML when it looks like HTML; JSON lines when every line is an object)."""
    stream = stream if stream is not None else sys.stdin.buffer
    data = _read_limited(stream)
    if data is None:
        yield ReadError("-", f"standard input too large (over {MAX_BYTES // 1_048_576} MB)")
        return
    head = data.lstrip()[:1]
    if head == b"{" and all(line.strip().startswith(b"{") for line in data.splitlines() if line.strip()):
        yield from read_jsonl_lines(iter(data.splitlines(keepends=True)), "-", "stdin")
        return
    yield _from_bytes(data, "stdin", Metadata(path="-", format="stdin"), looks_like_html(data))


def iter_files(folder: Path) -> list[Path]:
    """Report files under a folder, recursively and sorted, skipping hidden ones."""
    found = [
        p
        for p in folder.rglob("*")
        if p.suffix.lower() in READ_EXTENSIONS
        and not any(part.startswith(".") for part in p.relative_to(folder).parts)
        and p.is_file()
    ]
    return sorted(found)


def read_inputs(paths: list[str]) -> Iterator[Document | ReadError]:
    """Yield a Document (or a ReadError) per report found under `paths`."""
    for p in paths:
        if p == "-":
            yield from read_stdin()
            continue
        path = Path(p)
        try:
            if path.is_dir():
                files = iter_files(path)
                if not files:
                    yield ReadError(p, f"folder has no {', '.join(sorted(READ_EXTENSIONS))} files")
                for f in files:
                    yield from read_file(f, str(f))
                continue
            if not path.exists():
                yield ReadError(p, "no such file or directory")
                continue
        except OSError as exc:
            yield ReadError(p, f"cannot read: {exc.strerror or exc}")
            continue
        yield from read_file(path, p)
