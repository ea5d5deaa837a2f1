"""The stages, in order. Each takes the Document and adds to it."""

from __future__ import annotations

from marsad.claims import find_claims, merge_repeats
from marsad.names import recognize_names
from marsad.record import Document
from marsad.segment import segment
from marsad.sources import attribute_claims, detect_outlet

STAGES = (segment, recognize_names, detect_outlet, find_claims, attribute_claims, merge_repeats)


def run_pipeline(doc: Document) -> Document:
    for stage in STAGES:
        stage(doc)
    return doc
