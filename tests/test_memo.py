"""Caches of input text are bounded and can be emptied between benchmark passes."""

from marsad.memo import clear_text_caches, text_cache
from marsad.names.normalize import fold_arabic


def test_text_cache_memoises_and_clears() -> None:
    calls: list[str] = []

    @text_cache(maxsize=8)
    def upper(word: str) -> str:
        calls.append(word)
        return word.upper()

    assert upper("atmeh") == upper("atmeh") == "ATMEH"
    assert calls == ["atmeh"]
    clear_text_caches()
    upper("atmeh")
    assert calls == ["atmeh", "atmeh"]


def test_pipeline_word_caches_are_registered() -> None:
    fold_arabic("أطمة")
    assert fold_arabic.cache_info().currsize > 0
    clear_text_caches()
    assert fold_arabic.cache_info().currsize == 0
