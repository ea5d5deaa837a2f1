"""Paragraphs, sentences, language, roles and bilingual alignment."""

from __future__ import annotations

import re

from marsad.record import Document, Half, Paragraph, Sentence

_PARA_BREAK = re.compile(r"\n[ \t\u00a0\u200f\u200e]*\n\s*")
_SENT_END = re.compile(r"(?<=[.!?؟])[\"”»’')\]]*\s+|\n+")
_ARABIC = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]")
_LATIN = re.compile(r"[A-Za-z\u00C0-\u024F\u1E00-\u1EFF]")


def script_lang(text: str) -> str:
    """'ar', 'en' or 'other' by the dominant script of letters in `text`."""
    ar = len(_ARABIC.findall(text))
    la = len(_LATIN.findall(text))
    if ar == 0 and la == 0:
        return "other"
    return "ar" if ar >= la else "en"


def _blocks(text: str, pattern: re.Pattern[str], start: int, end: int) -> list[tuple[int, int]]:
    out, pos = [], start
    for m in pattern.finditer(text, start, end):
        if text[pos : m.start()].strip():
            out.append((pos, m.start()))
        pos = m.end()
    if text[pos:end].strip():
        out.append((pos, end))
    return [_trim(text, s, e) for s, e in out]


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def segment(doc: Document) -> None:
    """Fill doc.paragraphs, doc.sentences, doc.halves, doc.alignment and doc.lang."""
    if doc.paragraphs:
        return
    text = doc.text
    for pid, (ps, pe) in enumerate(_blocks(text, _PARA_BREAK, 0, len(text))):
        lang = script_lang(text[ps:pe])
        doc.paragraphs.append(Paragraph(id=pid, start=ps, end=pe, lang=lang))
        for ss, se in _blocks(text, _SENT_END, ps, pe):
            doc.sentences.append(Sentence(id=len(doc.sentences), start=ss, end=se, lang=lang, paragraph=pid))
    langs = [p.lang for p in doc.paragraphs if p.lang != "other"]
    doc.lang = langs[0] if langs and len(set(langs)) == 1 else ("+".join(dict.fromkeys(langs)) or "other")
    doc.halves = [Half(lang=langs[0] if langs else "other", start=0, end=len(text), paragraphs=[p.id for p in doc.paragraphs])]
    for p in doc.paragraphs:
        p.half = 0
