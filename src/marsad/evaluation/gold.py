"""Load annotated corpus documents (format: ../shared/corpus/SCHEMA.md) as marsad records.

Stages under development use this to run against gold inputs, e.g. attribution
on gold claim spans, or the dossier on gold claims, before upstream stages land.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from marsad.record import Claim, Document, Metadata, SourceLink, Span


def _shared() -> Path:
    """The shared corpus folder: $MARSAD_SHARED, else `shared` beside the source checkout, else beside
    the working directory (an installed, not editable, marsad run from the repository)."""
    if os.environ.get("MARSAD_SHARED"):
        return Path(os.environ["MARSAD_SHARED"])
    beside_source = Path(__file__).resolve().parents[3].parent / "shared"
    return beside_source if beside_source.is_dir() else Path.cwd().resolve().parent / "shared"


SHARED = _shared()
DEV_CORPUS = SHARED / "corpus" / "dev"


def load_gold(corpus: Path = DEV_CORPUS) -> dict[str, tuple[dict[str, Any], Document]]:
    """doc id -> (gold json, unextracted Document of its text)."""
    out = {}
    for gold_path in sorted(corpus.glob("*.gold.json")):
        stem = gold_path.name[: -len(".gold.json")]
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        txt = corpus / f"{stem}.txt"
        doc = Document(
            id=stem,
            text=txt.read_text(encoding="utf-8"),
            meta=Metadata(path=str(txt), format="txt", encoding="utf-8", published=gold.get("published")),
        )
        out[stem] = (gold, doc)
    return out


def gold_claims(gold: dict[str, Any], doc: Document) -> list[Claim]:
    """The gold claims as Claim records, evidence located in the text (first occurrence)."""
    claims = []
    for i, g in enumerate(gold.get("claims", [])):
        ev = g.get("evidence") or ""
        start = doc.text.find(ev) if ev else -1
        evidence = [Span(start=start, end=start + len(ev))] if start >= 0 else []
        source = [SourceLink(name=link[0], aliases=list(link[1:]), rule="gold") for link in g.get("source", [])]
        claims.append(
            Claim(
                id=f"gold{i}",
                lang=g["lang"],
                outcome=g["outcome"],
                group=g["group"],
                side=g.get("side"),
                min=g.get("min"),
                max=g.get("max"),
                approx=bool(g.get("approx")),
                vague=bool(g.get("vague")),
                stance=g.get("stance", "assert"),
                source=source,
                evidence=evidence,
                rule="gold",
            )
        )
    return claims


def load_incidents(corpus: Path = DEV_CORPUS) -> dict[str, Any]:
    merged: dict[str, Any] = {}
    for path in sorted(corpus.glob("incidents*.json")):
        merged.update(json.loads(path.read_text(encoding="utf-8")))
    return merged
