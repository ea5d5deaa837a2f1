"""HTML pages -> main text and metadata, with trafilatura (lxml text as a fallback).

The main text keeps the page's headline (trafilatura includes the <h1>; the
<title> is put first when the main text does not already start with it), so the
segmenter can mark it as the headline. Paragraphs are separated by blank lines.
Metadata: title, date (-> `published`, ISO date), author (-> `byline`), URL and
site name (-> `outlet`). A page with no main text falls back to all its visible
text, with a warning; a page with no text at all is an error.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field

from marsad.record import Metadata

logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
logging.getLogger("htmldate").setLevel(logging.CRITICAL)

_HTML_START = re.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|div|p|article)\b", re.I | re.S)
_BLANKS = re.compile(r"\n\s*\n+")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")


class NoText(ValueError):
    """The page has nothing a report could be read from."""


@dataclass
class Page:
    text: str
    meta: Metadata
    warnings: list[str] = field(default_factory=list)


def looks_like_html(head: bytes | str) -> bool:
    """Does this start like an HTML document (for stdin and unknown extensions)?"""
    raw = head.encode("utf-8", "replace") if isinstance(head, str) else head
    return bool(_HTML_START.match(raw[:2048].lstrip(b"\xef\xbb\xbf")))


def _paragraphs(text: str) -> str:
    lines = [" ".join(line.split()) for line in text.splitlines()]
    return "\n\n".join(line for line in lines if line)


def _fallback_text(html: str) -> str:
    import lxml.html
    from lxml import etree

    try:
        root = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return ""
    for bad in root.xpath("//script|//style|//noscript|//template"):
        bad.drop_tree()
    body = root.find("body")
    return (body if body is not None else root).text_content()


def read_html(html: str, *, base: Metadata) -> Page:
    """Extract the main text and metadata of a page; raise NoText when it has none."""
    warnings: list[str] = []
    try:
        import trafilatura  # needs lxml_html_clean with lxml >= 5.2

        found = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=True)
    except ImportError as exc:
        found = None
        warnings.append(f"trafilatura is not usable ({exc}); used all page text")
    except Exception as exc:  # noqa: BLE001 - a broken page must not stop the run
        found = None
        warnings.append(f"HTML extraction failed ({type(exc).__name__}); used all page text")
    meta = base.model_copy()
    main = ""
    if found is not None:
        main = _paragraphs(found.text or "")
        meta.title = found.title or None
        meta.byline = found.author or None
        meta.url = meta.url or found.url or None
        meta.outlet = meta.outlet or found.sitename or None
        if found.date and _ISO_DATE.match(found.date) and not meta.published:
            meta.published = found.date[:10]
    if not main:
        main = _paragraphs(_fallback_text(html))
        if main and not warnings:
            warnings.append("no main text found in the page; used all its visible text")
    if not main:
        raise NoText("HTML page has no text")
    title = meta.title
    if title and _squash(title) not in _squash(main[: len(title) + 200]):
        main = f"{title}\n\n{main}"
    return Page(main, meta, warnings)


def _squash(text: str) -> str:
    return " ".join(text.split()).casefold()
