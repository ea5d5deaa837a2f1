"""The Arabic rules never fail on odd input, stay inside their sentence, and skip what has no casualty word."""

from __future__ import annotations

import json

import pytest
from conftest import DATA, needs_shared

from marsad.lang.ar.claims import claims_in_text, find_claims
from marsad.record import Document
from marsad.segment import segment

ODD = [
    "",
    "   ",
    "،،، ... ؟؟",
    "٫٫٫ ١٢٫٥ قتيل",
    "قتيل",
    "قتلى",
    "بين و قتلى",
    "ما لا يقل عن",
    "على الأقل 5",
    "أكثر من",
    "99999999999999999999 قتيل",
    "مقتل\u200f 12\u200e شخصاً",
    "مقتل ١٢‌ شخصاً",
    "قُتِلَ ثَلاثَةَ عَشَرَ شَخْصاً",
    "ـــقتل ٣ ــأشخاص",
    "killed 3 قتلى 4 people",
    "مقتل 3:15 شخصاً",
    "١٢/١٢/٢٠٢٠ مقتل",
    "آلاف آلاف آلاف القتلى",
    "بينهم بينهم بينهم",
    "لم لا لم لا قتيل",
    "نفى نفى الأمر",
]


@pytest.mark.parametrize("text", ODD)
def test_odd_input_is_handled(text: str) -> None:
    for claim in claims_in_text(text):
        span = claim.evidence[0]
        assert 0 <= span.start < span.end <= len(text)
        assert claim.min is None or claim.max is None or claim.min <= claim.max
        assert not (claim.vague and (claim.min is not None or claim.max is not None))


@pytest.mark.parametrize(
    "text",
    [
        "وصل الوزير إلى العاصمة في زيارة تستمر 3 أيام",
        "ارتفعت أسعار النفط بنسبة 5% خلال 2019",
        "شارك 300 شخص في المؤتمر الذي عقد في 12 آذار",
    ],
)
def test_no_casualty_word_no_claim(text: str) -> None:
    assert claims_in_text(text) == []


@needs_shared
def test_real_news_runs_clean() -> None:
    path = DATA / "saudinewsnet-conflict" / "saudinewsnet_conflict_2015.jsonl"
    if not path.is_file():
        pytest.skip("saudinewsnet-conflict is not in ../shared/data")
    n_claims = 0
    with path.open(encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i >= 300:
                break
            doc = Document(id=str(i), text=json.loads(line).get("content") or "")
            segment(doc)
            for sentence in doc.sentences:
                if sentence.lang != "ar":
                    continue
                for claim in find_claims(doc, sentence):
                    n_claims += 1
                    span = claim.evidence[0]
                    assert sentence.start <= span.start < span.end <= max(sentence.end, span.end)
                    assert claim.lang == "ar" and claim.rule.startswith("ar.")
    assert n_claims > 100


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        ("قُتل ما لا يقل عن ١٣ شخصاً في الغارة", "قُتل ما لا يقل عن ١٣ شخصاً"),
        ("وأكدت المصادر أن 42 شخصاً قُتلوا", "42 شخصاً قُتلوا"),
        ("ارتفعت الحصيلة إلى ٤٩ قتيلاً", "٤٩ قتيلاً"),
        ("وأسعفت الفرق طفلةً مصابة", "طفلةً مصابة"),
        ("لم يسقط أي قتيل في صفوف القوات", "لم يسقط أي قتيل"),
    ],
)
def test_evidence_is_the_original_text(text: str, evidence: str) -> None:
    claims = claims_in_text(text)
    assert claims
    span = claims[0].evidence[0]
    assert text[span.start : span.end] == evidence
