"""marsad (مرصد): casualty claims, their sources and names, from Arabic and English news.

The Python API; the `marsad` CLI is a thin shell over it::

    import marsad
    docs = marsad.read("report.txt")          # -> list[Document]
    doc = marsad.extract(docs[0])             # segments, entities, claims, sources
    doc = marsad.extract_text("...", doc_id="x")
"""

from marsad.api import extract, extract_text, read
from marsad.record import Claim, Document, Entity, SourceLink, Span

__all__ = ["read", "extract", "extract_text", "Document", "Claim", "Entity", "SourceLink", "Span"]
__version__ = "0.1.0"
