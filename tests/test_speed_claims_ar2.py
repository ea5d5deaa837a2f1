"""Second speed round on Arabic claims: each shortcut agrees with the plain reading it replaces.

normalize() replaces characters on long text instead of one translate(), written_pattern()
spells out its first letters, _form() returns one shared record for words nothing reads, and a
span whose forms hold no word a claim needs gets no token row.
"""

from __future__ import annotations

from pathlib import Path

from marsad.lang.ar import claims_tokens
from marsad.lang.ar.claims import _may_claim
from marsad.lang.ar.claims_tokens import _full_form, may_claim_words, tokens
from marsad.lang.ar.numbers import _TABLE, normalize
from marsad.memo import clear_text_caches
from marsad.record import Document

EXAMPLES = Path(__file__).resolve().parents[1] / "src" / "marsad" / "lang" / "ar" / "claims_examples.tsv"


def _texts() -> list[str]:
    lines = EXAMPLES.read_text(encoding="utf-8").splitlines()
    texts = [line.split("\t")[0] for line in lines if line and not line.startswith("#")]
    return texts + ["\u200fقُتِلَ ٣ أشخاصٍ في إنفجار، وأُصيبَ ۱۲ آخرون بجروحٍ خطيرةٍ جداً جداً جداً.", "ـ" * 60]


def test_normalize_is_translate() -> None:
    for text in _texts():
        for piece in (text, text * 3, text[:10]):
            assert normalize(piece) == piece.translate(_TABLE), piece


def test_plain_form_is_the_full_form() -> None:
    clear_text_caches()
    for text in _texts():
        for tok in tokens(Document(id="d", text=text), 0, len(text)):
            fast = claims_tokens._form(tok.norm)
            if fast is claims_tokens._PLAIN:
                full = _full_form(tok.norm, fast.w, False, False)
                assert (full.flags, full.value, full.phrases) == (0, None, None), tok.norm


def test_rows_without_claim_words_make_no_claim() -> None:
    clear_text_caches()
    for text in _texts():
        doc = Document(id="d", text=text)
        for start in (0, len(text) // 2):
            if not may_claim_words(doc, start, len(text)):
                assert not _may_claim(tokens(doc, start, len(text))), text[start:]
