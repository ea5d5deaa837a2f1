"""Paragraphs, sentences, language, roles and bilingual alignment."""

from __future__ import annotations

from marsad.record import Document


def segment(doc: Document) -> None:
    """Fill doc.paragraphs, doc.sentences, doc.halves, doc.alignment and doc.lang."""
    # Placeholder until the segmentation stage lands: one paragraph, one sentence.
    from marsad.record import Half, Paragraph, Sentence

    if doc.paragraphs:
        return
    doc.paragraphs = [Paragraph(id=0, start=0, end=len(doc.text), lang="other", half=0)]
    doc.sentences = [Sentence(id=0, start=0, end=len(doc.text), lang="other", paragraph=0)]
    doc.halves = [Half(lang="other", start=0, end=len(doc.text), paragraphs=[0])]
