"""JSON lines feeds: one report per line, `text` or `html`, optional url/outlet/published/id.

Common field names of other feeds and scrapes are accepted too (`content` or
`body` for `text`, `source` or `site` for `outlet`, `date` for `published`,
`author` for the byline). A `title` that the text does not start with is put
first, as its own paragraph, so it is read as the headline. A line that is not a
JSON object, or has no text, is an error named `path:line`; the other lines are
still read. The document id is the `id` field, else `<file stem>-<line number>`.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from marsad.read.errors import ReadError
from marsad.read.html import NoText, read_html
from marsad.record import Document, Metadata

MAX_LINE_BYTES = 20 * 1024 * 1024
FIELDS = {  # record field: feed keys, first found wins
    "text": ("text", "content", "body", "article", "full_text"),
    "html": ("html", "raw_html"),
    "id": ("id", "doc_id", "guid"),
    "url": ("url", "link"),
    "outlet": ("outlet", "source", "site", "sitename", "publisher"),
    "published": ("published", "date", "date_published", "published_at", "pubDate"),
    "title": ("title", "headline"),
    "byline": ("byline", "author"),
}


def _field(item: dict, name: str) -> str | None:
    for key in FIELDS[name]:
        value = item.get(key)
        if isinstance(value, (str, int, float)) and not isinstance(value, bool) and str(value).strip():
            return str(value)
    return None


def _squash(text: str) -> str:
    return " ".join(text.split()).casefold()


def _published(value: object) -> tuple[str | None, str | None]:
    """(ISO date, warning) from a feed's `published` value."""
    if value in (None, ""):
        return None, None
    text = str(value).strip()
    try:
        from dateutil import parser

        return parser.isoparse(text).date().isoformat(), None
    except (ValueError, OverflowError, ImportError):
        pass
    try:
        from dateutil import parser

        return parser.parse(text, fuzzy=False).date().isoformat(), None
    except (ValueError, OverflowError, ImportError):
        return None, f"`published` is not a date I can read: {text[:40]!r}"


def read_jsonl_lines(lines: Iterator[bytes], path: str, stem: str) -> Iterator[Document | ReadError]:
    """Documents (or errors naming path:line) from the lines of a feed."""
    for lineno, raw in enumerate(lines, start=1):
        where = f"{path}:{lineno}"
        if not raw.strip():
            continue
        if len(raw) > MAX_LINE_BYTES:
            yield ReadError(where, f"line too long ({len(raw) // 1_000_000} MB; limit {MAX_LINE_BYTES // 1_000_000} MB)")
            continue
        try:
            item = json.loads(raw.decode("utf-8-sig" if lineno == 1 else "utf-8"))
        except UnicodeDecodeError as exc:
            yield ReadError(where, f"not UTF-8 (byte {exc.start}); JSON lines must be UTF-8")
            continue
        except json.JSONDecodeError as exc:
            yield ReadError(where, f"not valid JSON: {exc.msg} (column {exc.colno})")
            continue
        if not isinstance(item, dict):
            yield ReadError(where, f"expected a JSON object, found {type(item).__name__}")
            continue
        text, html = _field(item, "text"), _field(item, "html")
        if text is None and html is None:
            yield ReadError(where, "no `text` or `html` field with content")
            continue
        published, warning = _published(_field(item, "published"))
        meta = Metadata(
            path=where,
            format="jsonl",
            encoding="utf-8",
            url=_field(item, "url"),
            outlet=_field(item, "outlet"),
            published=published,
            title=_field(item, "title"),
            byline=_field(item, "byline"),
        )
        doc_id = _field(item, "id") or f"{stem}-{lineno}"
        warnings = [warning] if warning else []
        if text is not None:
            title = meta.title
            if title and not _squash(text).startswith(_squash(title)):
                text = f"{title}\n\n{text}"
            yield Document(id=doc_id, text=text, meta=meta, warnings=warnings)
            continue
        try:
            page = read_html(html, base=meta)
        except NoText as exc:
            yield ReadError(where, str(exc))
            continue
        yield Document(id=doc_id, text=page.text, meta=page.meta, warnings=warnings + page.warnings)


def read_jsonl_file(path: Path, shown: str) -> Iterator[Document | ReadError]:
    with path.open("rb") as handle:
        yield from read_jsonl_lines(iter(handle), shown, path.stem)
