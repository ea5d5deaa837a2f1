"""Second speed round on Arabic claims: each shortcut agrees with the plain reading it replaces.

normalize() replaces characters on long text instead of one translate(), written_pattern()
spells out its first letters, _form() returns one shared record for words nothing reads (and
skips analyze() when no_entry() says so), a span whose forms hold no word a claim needs gets no
token row, and the rules start from the row's index of tokens instead of every token.
"""

from __future__ import annotations

from pathlib import Path

from marsad.lang.ar import claims_tokens
from marsad.lang.ar.claims import _may_claim
from marsad.lang.ar.claims_lexicon import _EMPTY, analyze, lexicon, no_entry
from marsad.lang.ar.claims_tokens import (
    CUE_WORDS,
    SEPARATE,
    SUBSET_FORMS,
    _full_form,
    may_claim_words,
    response_first_words,
    token_row,
    tokens,
    war_nouns,
)
from marsad.lang.ar.numbers import _TABLE, normalize
from marsad.memo import clear_text_caches
from marsad.record import Document

EXAMPLES = Path(__file__).resolve().parents[1] / "src" / "marsad" / "lang" / "ar" / "claims_examples.tsv"


def _texts() -> list[str]:
    lines = EXAMPLES.read_text(encoding="utf-8").splitlines()
    texts = [line.split("\t")[0] for line in lines if line and not line.startswith("#")]
    extra = ["قضى 23 مدنياً في غارتين منفصلتين", "حرباً استمرت عشرين عاماً قُتل فيها 2400", "رداً على غارات أمس"]
    return texts + extra + ["\u200fقُتِلَ ٣ أشخاصٍ في إنفجار، وأُصيبَ ۱۲ آخرون بجروحٍ خطيرةٍ جداً جداً جداً.", "ـ" * 60]


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


def test_no_entry_means_the_empty_word() -> None:
    words = {tok.norm for text in _texts() for tok in tokens(Document(id="d", text=text), 0, len(text))}
    words |= {w + end for w in list(lexicon().words)[:400] for end in ("", "ا", "ي", "ين", "يه", "يهم", "ها")}
    clear_text_caches()
    for word in sorted(w for w in words if w[0].isalpha()):
        if no_entry(word):
            assert analyze(word) is _EMPTY, word


def test_row_index_holds_every_token_a_rule_starts_at() -> None:
    clear_text_caches()
    for text in _texts():
        row = token_row(Document(id="d", text=text), 0, len(text))
        index = set(row.index)
        for i, t in enumerate(row.toks):
            if (t.w.stem or t.phrase is not None or t.digit or t.norm in SUBSET_FORMS or t.norm in CUE_WORDS
                    or t.norm.lstrip("و") in war_nouns() or t.norm.startswith(SEPARATE)
                    or t.norm in response_first_words()):
                assert i in index, (text, t.norm)


def test_a_rows_first_word_reads_no_word_before_it() -> None:
    text = "الاثنين قال الأمر"  # a flagged first word, a definite last word "يصب" would lose
    assert [t.w.stem for t in tokens(Document(id="d", text=text), 0, len(text))] == ["اثنين", "قال", "الامر"]
    text = "لم يصب الأمر"
    assert [t.w.stem for t in tokens(Document(id="d", text=text), 0, len(text))] == ["لم", "", "الامر"]
