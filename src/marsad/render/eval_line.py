"""The line `../shared/eval/score.py` reads: {"doc", "claims", "entities"}."""

from __future__ import annotations

from typing import Any

from marsad.record import Claim, Document, Entity


def claim_for_eval(doc: Document, claim: Claim) -> dict[str, Any]:
    return {
        "kind": claim.kind,
        "lang": claim.lang,
        "outcome": claim.outcome,
        "group": claim.group,
        "side": claim.side,
        "min": claim.min,
        "max": claim.max,
        "approx": claim.approx,
        "vague": claim.vague,
        "stance": claim.stance,
        "scope": claim.scope,
        "source": [link.names() for link in claim.source],
        "evidence": doc.span_text(claim.evidence[0]) if claim.evidence else None,
        "rule": claim.rule,
    }


def entity_for_eval(entity: Entity) -> dict[str, Any]:
    return {
        "text": entity.text,
        "lang": entity.lang,
        "type": entity.type,
        "canonical": entity.canonical,
        "din": entity.din,
        "aliases": entity.aliases,
    }


def eval_line(doc: Document) -> dict[str, Any]:
    return {
        "doc": doc.id,
        "claims": [claim_for_eval(doc, c) for c in doc.claims],
        "entities": [entity_for_eval(e) for e in doc.entities],
    }
