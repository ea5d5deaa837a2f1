"""Documents filled from the annotated corpus (gold claims, entities, outlet, date).

A development harness: the dossier can be measured on gold inputs while the extraction
stages are being built (scripts/check_dossier.py --gold).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from marsad.evaluation.gold import DEV_CORPUS, gold_claims, load_gold
from marsad.names import resolve
from marsad.record import Document, Entity, Mention, SourceLink, Span


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def gold_entities(gold: dict[str, Any], doc: Document) -> list[Entity]:
    """Gold entities with ids from their canonical names, located, and placed when the gazetteer knows them."""
    out = []
    for g in gold.get("entities", []):
        info = resolve(g["canonical"], "en") if g.get("type") == "place" else None
        mentions = [Mention(span=Span(start=m.start(), end=m.end()), rule="gold") for m in re.finditer(re.escape(g["text"]), doc.text)]
        out.append(
            Entity(
                id=f"{g['type']}:{_slug(g['canonical'])}",
                text=g["text"],
                lang=g["lang"] if g["lang"] in ("ar", "en") else "other",
                type=g["type"],
                canonical=g["canonical"],
                din=g.get("din"),
                aliases=list(g.get("aliases") or []),
                mentions=mentions,
                lat=info.lat if info else None,
                lon=info.lon if info else None,
                admin1=info.admin1 if info else None,
                country=info.country if info else None,
                rule="gold",
            )
        )
    return out


def gold_document(gold: dict[str, Any], doc: Document) -> Document:
    """The Document with gold claims, entities, outlet, language and publication date."""
    doc = doc.model_copy(deep=True)
    doc.lang = gold.get("lang", doc.lang)
    doc.claims = gold_claims(gold, doc)
    doc.entities = gold_entities(gold, doc)
    outlet = gold.get("outlet") or []
    if outlet:
        doc.outlet = SourceLink(name=outlet[0], aliases=list(outlet[1:]), kind="outlet", rule="gold")
        doc.meta.outlet = outlet[0]
    return doc


def gold_documents(corpus: Path = DEV_CORPUS) -> list[tuple[dict[str, Any], Document]]:
    return [(g, gold_document(g, d)) for g, d in load_gold(corpus).values()]
