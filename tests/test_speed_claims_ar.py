"""The Arabic claim rules' shortcuts give what the plain readings give.

The gate searches the written text instead of the normalised one, analyze() skips words no
lexicon stem fits, stems() tests are set lookups of proclitic forms, and token rows are
cached per span: each must agree with the slow reading it replaces.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from marsad.lang.ar import claims_lexicon
from marsad.lang.ar.claims import _TRIGGER, _TRIGGER_STEMS
from marsad.lang.ar.claims_lexicon import analyze, lexicon, stems, with_proclitics
from marsad.lang.ar.claims_tokens import TOKEN_RE, tokens
from marsad.lang.ar.numbers import normalize, normalize_with_offsets, source_offsets, written_pattern
from marsad.memo import clear_text_caches
from marsad.record import Document

EXAMPLES = Path(__file__).resolve().parents[1] / "src" / "marsad" / "lang" / "ar" / "claims_examples.tsv"

WRITTEN = [
    "قُتِلَ ثلاثةُ أشخاصٍ",
    "استُشهِدَ شابٌّ",
    "أُصيبَ عشرةٌ",
    "إصابة جنديين",
    "الوفـــاة",
    "جثّة",
    "وفاة",
    "قال الوزير إن الاجتماع ناجح",
    "وفي سياق آخر",
    "ضحيّة",
    "نعى الحزب",
    "ق\u200cتل",
    "ارتـقى",
]


def _example_texts() -> list[str]:
    lines = EXAMPLES.read_text(encoding="utf-8").splitlines()
    return [line.split("\t")[0] for line in lines if line and not line.startswith("#")]


def _texts() -> list[str]:
    return WRITTEN + _example_texts()


def test_written_gate_agrees_with_the_normalised_search() -> None:
    plain = re.compile("|".join(_TRIGGER_STEMS))
    for text in _texts():
        assert (_TRIGGER.search(text) is not None) == (plain.search(normalize(text)) is not None), text


@pytest.mark.parametrize("text", ["قتل", "قَتَل", "أُصيب", "إصابة", "جثـة"])
def test_written_pattern_finds_spellings(text: str) -> None:
    assert written_pattern(["قتل", "اصيب", "اصابه", "جثه"]).search(text)


def test_source_offsets_agree_with_normalize_with_offsets() -> None:
    for text in _texts():
        assert source_offsets(text, 7) == normalize_with_offsets(text, 7)[1]


def _words() -> list[str]:
    return sorted({w for text in _texts() for w in TOKEN_RE.findall(normalize(text)) if w[0].isalpha()})


def test_proclitic_forms_are_the_stems_tests() -> None:
    targets = ["بعض", "اكد", "قال", "اعلان", "الي"]
    forms = with_proclitics(targets)
    for word in _words() + ["وبالاعلان", "للاعلان", "فاكد", "كبعض", "والبعض"]:
        assert (word in forms) == bool(stems(word) & set(targets)), word


def test_analyze_filter_drops_no_entry(monkeypatch: pytest.MonkeyPatch) -> None:
    words = _words()
    lex_words = list(lexicon().words)[:300]
    words += [p + w + s for w in lex_words for p in ("", "و", "بال") for s in ("", "ها", "هم")]
    clear_text_caches()
    fast = [analyze(w) for w in words]
    monkeypatch.setattr(claims_lexicon, "_stem_cores", lambda: re.compile(".*"))
    clear_text_caches()
    slow = [analyze(w) for w in words]
    clear_text_caches()
    assert fast == slow


def test_token_rows_are_shared_per_span() -> None:
    doc = Document(id="d", text="قتل ثلاثة أشخاص. وأصيب عشرة آخرون.")
    assert tokens(doc, 0, 16) is tokens(doc, 0, 16)
    assert [t.norm for t in tokens(doc, 17, len(doc.text))] == ["واصيب", "عشره", "اخرون", "."]
