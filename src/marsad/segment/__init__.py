"""Paragraphs, sentences, language, roles and bilingual alignment.

`segment(doc)` is the pipeline's first stage. It fills, in order:
paragraphs (paragraphs.split_paragraphs) with their language by dominant script
(script.script_lang), the language halves (bilingual.detect_halves), each
paragraph's role per half (roles.assign_roles), sentences (sentences.split_sentences)
and, for a bilingual report, the paragraph alignment of its halves
(bilingual.align_halves).
"""

from __future__ import annotations

import re

from marsad.record import Document, Paragraph, Sentence, assign_trusted, trusted
from marsad.segment.bilingual import align_halves, detect_halves, one_script_half
from marsad.segment.paragraphs import split_paragraphs
from marsad.segment.roles import assign_roles
from marsad.segment.script import (
    ARABIC_LETTER,
    count_letters,
    lang_by_counts,
    only_arabic_letters,
    script_lang,
)
from marsad.segment.sentences import paragraph_sentences

__all__ = ["segment", "script_lang"]

_ASCII_LETTER = re.compile("[A-Za-z]")


def segment(doc: Document) -> None:
    """Fill doc.paragraphs, doc.sentences, doc.halves, doc.alignment and doc.lang."""
    if doc.paragraphs:
        return
    text = doc.text
    spans = split_paragraphs(text)
    langs, weights = _paragraph_langs(text, spans)
    paragraphs = doc.paragraphs
    paragraphs += [
        trusted(Paragraph, {"id": pid, "start": ps, "end": pe, "lang": lang, "role": "body", "half": None})
        for pid, ((ps, pe), lang) in enumerate(zip(spans, langs, strict=True))
    ]
    doc.halves = one_script_half(doc) if weights is None else detect_halves(doc, weights)
    for hid, half in enumerate(doc.halves):
        for pid in half.paragraphs:
            assign_trusted(paragraphs[pid], "half", hid)
    assign_roles(doc, [[doc.paragraphs[i] for i in h.paragraphs] for h in doc.halves])
    sentences = doc.sentences
    for p, in_paragraph in zip(paragraphs, paragraph_sentences(text, [(p.start, p.end) for p in paragraphs]), strict=True):
        lang, pid = p.lang, p.id
        sentences += [
            trusted(Sentence, {"id": sid, "start": ss, "end": se, "lang": lang, "paragraph": pid})
            for sid, (ss, se) in enumerate(in_paragraph, len(sentences))
        ]
    if len(doc.halves) == 2:
        doc.lang = f"{doc.halves[0].lang}+{doc.halves[1].lang}"
        doc.alignment = align_halves(doc, doc.halves[0], doc.halves[1])
    else:
        doc.lang = doc.halves[0].lang if doc.halves else "other"


def _paragraph_langs(text: str, spans: list[tuple[int, int]]) -> tuple[list[str], list[tuple[int, int]] | None]:
    """Each paragraph's `script_lang`, and its (Arabic letters, Latin letters), which a report
    without Latin letters does without: its paragraphs are Arabic, or have no letters. So does a
    plain ASCII report: its paragraphs are English (Latin letters only), or have no letters."""
    if only_arabic_letters(text):
        return ["ar" if ARABIC_LETTER.search(text, ps, pe) else "other" for ps, pe in spans], None
    if text.isascii():
        return ["en" if _ASCII_LETTER.search(text, ps, pe) else "other" for ps, pe in spans], None
    counts = [count_letters(text[ps:pe]) for ps, pe in spans]
    return [lang_by_counts(*c) for c in counts], [(ar, la) for ar, la, _ in counts]
