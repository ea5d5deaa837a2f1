"""Who says so: the publishing outlet and each claim's attribution chain.

`detect_outlet` sets `doc.outlet`. `attribute_claims` reads each sentence's
attribution frames (`marsad.sources.frames`), resolves anaphoric speakers to the
latest chain of the same language half, carries a quotation or a transcript
speaker over, prefixes a credited news agency, and sets `claim.source`
(outermost first, [] = the outlet's voice) and `claim.denies`.
"""

from __future__ import annotations

import os
import re

from marsad.record import Claim, Document, SourceLink
from marsad.sources.attribute import attribute_document
from marsad.sources.outlet import detect_outlet as _detect_outlet

__all__ = ["attribute_claims", "detect_outlet", "link_denials"]


def detect_outlet(doc: Document) -> None:
    """Set doc.outlet from metadata, byline, dateline or headline."""
    try:
        _detect_outlet(doc)
    except Exception as exc:  # never break the pipeline on odd input
        _contained(doc, f"sources: outlet detection failed: {exc!r}")


def attribute_claims(doc: Document) -> None:
    """Set each claim's source chain (outermost reporter first) and each denial's target."""
    if not doc.claims:
        return
    try:
        attribute_document(doc)
        link_denials(doc)
    except Exception as exc:  # never break the pipeline on odd input
        _contained(doc, f"sources: attribution failed: {exc!r}")


def _contained(doc: Document, warning: str) -> None:
    """Record a failure as a document warning, or re-raise it when MARSAD_STRICT is set (the tests
    set it, so that a bug cannot hide behind a warning)."""
    if os.environ.get("MARSAD_STRICT"):
        raise
    doc.warnings.append(warning)


def _compatible(a: Claim, b: Claim) -> bool:
    outcome_ok = a.outcome == b.outcome or "casualties" in (a.outcome, b.outcome)
    group_ok = (
        a.group == b.group
        or "people" in (a.group, b.group)
        or (a.group == "civilians" and b.group in ("children", "women", "men"))
    )
    return outcome_ok and group_ok


def link_denials(doc: Document) -> None:
    """Tie each deny claim to the nearest preceding assert claim it can reject (same language)."""
    for i, c in enumerate(doc.claims):
        if c.stance != "deny" or c.denies:
            continue
        denier = {n.casefold() for link in c.source[-1:] for n in link.names()}
        for prev in reversed(doc.claims[:i]):
            if prev.stance != "assert" or prev.lang != c.lang or not _compatible(prev, c):
                continue
            said_by = {n.casefold() for link in prev.source[-1:] for n in link.names()}
            if denier and said_by and denier & said_by:
                continue  # a source does not deny itself
            if prev.id:
                c.denies = prev.id
            break


def chain_names(chain: list[SourceLink]) -> list[str]:
    """Canonical names of a chain (for examples and debugging)."""
    return [re.sub(r"\s+", " ", link.name) for link in chain]
