"""The segmentation examples kept with the language data (lang/<code>/segment.examples.toml)."""

from __future__ import annotations

import tomllib
from importlib import resources

import pytest

from marsad.segment.roles import is_caption, is_furniture
from marsad.segment.sentences import split_sentences


def _examples(kind: str) -> list[tuple[str, dict]]:
    out = []
    for lang in ("en", "ar"):
        raw = resources.files("marsad.lang").joinpath(lang, "segment.examples.toml").read_text(encoding="utf-8")
        out += [(lang, case) for case in tomllib.loads(raw).get(kind, [])]
    return out


def _line_role(text: str) -> str:
    if is_caption(text):
        return "caption"
    return "furniture" if is_furniture(text) else "text"


@pytest.mark.parametrize(("lang", "case"), _examples("sentences"), ids=lambda x: x if isinstance(x, str) else x["text"][:30])
def test_sentence_examples(lang: str, case: dict) -> None:
    text = case["text"]
    assert [text[s:e] for s, e in split_sentences(text, 0, len(text))] == case["expected"]


@pytest.mark.parametrize(("lang", "case"), _examples("lines"), ids=lambda x: x if isinstance(x, str) else x["text"][:30])
def test_line_role_examples(lang: str, case: dict) -> None:
    assert _line_role(case["text"]) == case["role"]


def test_there_are_examples_in_both_languages() -> None:
    for kind in ("sentences", "lines"):
        assert {lang for lang, _ in _examples(kind)} == {"en", "ar"}
