"""Bilingual reports: the split into language halves and the paragraph alignment."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from conftest import DATA, DEV_CORPUS, needs_shared

from marsad.record import Document
from marsad.segment import segment

HERE = Path(__file__).parent / "data" / "read"


def _segmented(path: Path) -> Document:
    doc = Document(id=path.stem, text=path.read_text(encoding="utf-8-sig"))
    segment(doc)
    return doc


def _para(doc: Document, pid: int) -> str:
    p = doc.paragraphs[pid]
    return doc.text[p.start : p.end]


# (file, doc.lang, {first-half paragraph text prefix: second-half prefix or None when unaligned})
EXAMPLES = [
    (
        "bilingual-market-en-ar.txt",
        "en+ar",
        {
            "Shelling of Kafr Nabil": "مقتل سبعة بقصف",
            "Sawt al-Wadi": "صوت الوادي",
            "At least 7 people": "قُتل 7 أشخاص",
            "A volunteer": "وقال متطوع",
            "The army denied": "ونفى الجيش",
            "Photo: Rescuers": None,
        },
    ),
    (
        "bilingual-camp-ar-en.txt",
        "ar+en",
        {
            "غارة جوية على مخيم": "Air strike hits",
            "المنبر": "Al-Minbar",
            "قال ناشطون": "Local activists",
            "وأضاف الناشطون": "The activists added",
            "وأفاد مدير المخيم": None,
            "اقرأ أيضاً": "Read more",
        },
    ),
    (
        "bilingual-convoy-en-ar.txt",
        "en+ar",
        {
            "Aid convoy hit": "قصف قافلة",
            "Two drivers": "قُتل سائقان",
            "The agency said": "وقالت الوكالة",
            "No party": "ولم تتبنَّ",
        },
    ),
]


@pytest.mark.parametrize(("name", "lang", "expected"), EXAMPLES)
def test_own_bilingual_examples(name: str, lang: str, expected: dict[str, str | None]) -> None:
    doc = _segmented(HERE / name)
    assert doc.lang == lang
    first, second = doc.halves
    assert (first.lang, second.lang) == tuple(lang.split("+"))
    assert all(doc.paragraphs[i].half == 0 for i in first.paragraphs)
    assert all(doc.paragraphs[i].half == 1 for i in second.paragraphs)
    aligned = {a.source: a.target for a in doc.alignment}
    got = {}
    for pid in first.paragraphs:
        target = aligned.get(pid)
        got[_para(doc, pid)] = None if target is None else _para(doc, target)
    for src_prefix, tgt_prefix in expected.items():
        [(src, tgt)] = [(s, t) for s, t in got.items() if s.startswith(src_prefix)]
        if tgt_prefix is None:
            assert tgt is None, f"{src!r} should stay unaligned, got {tgt!r}"
        else:
            assert tgt is not None and tgt.startswith(tgt_prefix), f"{src!r} -> {tgt!r}"
    assert [a.source for a in doc.alignment] == sorted(a.source for a in doc.alignment)
    assert [a.target for a in doc.alignment] == sorted(a.target for a in doc.alignment)
    assert all(0.0 <= a.score <= 1.0 for a in doc.alignment)


MONOLINGUAL = [
    # an Arabic report quoting one English sentence stays Arabic
    (
        "قالت منظمة الإغاثة إن 5 مدنيين قتلوا في القصف على البلدة مساء الأحد.\n\n"
        "وأضافت في بيان باللغة الإنكليزية:\n\n"
        "\"We call on all parties to protect civilians.\"\n\n"
        "وأشارت المنظمة إلى أن فرقها ما زالت تبحث عن مفقودين تحت الأنقاض في الحي الشرقي من البلدة.\n\n"
        "وكانت المنظمة قد حذرت الشهر الماضي من تصاعد القصف على المناطق السكنية في المحافظة.",
        "ar",
    ),
    # an English report with Arabic names and one Arabic ticker word stays English
    (
        "BREAKING\n\nعاجل\n\nThe family of Ahmad al-Hasan (أحمد الحسن) said he was killed in the strike on "
        "Tuesday, along with his two sons.\n\nNeighbours said the house was hit twice, and that rescue teams "
        "reached it an hour later.\n\nThe army has not commented on the strike.",
        "en",
    ),
]


@pytest.mark.parametrize(("text", "lang"), MONOLINGUAL)
def test_monolingual_with_other_script_is_not_split(text: str, lang: str) -> None:
    doc = Document(id="t", text=text)
    segment(doc)
    assert doc.lang == lang
    assert len(doc.halves) == 1
    assert doc.alignment == []


@needs_shared
def test_seed_report_english_then_arabic_caption_unaligned() -> None:
    doc = _segmented(DEV_CORPUS / "atmeh-almayadeen-bilingual.txt")
    assert doc.lang == "en+ar"
    en, ar = doc.halves
    assert (en.lang, ar.lang) == ("en", "ar")
    captions = [i for i in en.paragraphs if _para(doc, i).startswith("Pic:")]
    assert len(captions) == 1 and doc.paragraphs[captions[0]].role == "caption"
    aligned = {a.source: a.target for a in doc.alignment}
    assert captions[0] not in aligned
    # the two halves are parallel: the k-th English paragraph translates the k-th Arabic one
    others = [i for i in en.paragraphs if i != captions[0]]
    assert len(others) == len(ar.paragraphs)
    assert [(i, aligned.get(i)) for i in others] == list(zip(others, ar.paragraphs, strict=True))


def _dev_bilingual() -> list[Path]:
    return sorted(DEV_CORPUS.glob("*-bilingual.txt")) if DEV_CORPUS.is_dir() else []


@needs_shared
@pytest.mark.parametrize("path", _dev_bilingual(), ids=lambda p: p.stem)
def test_dev_bilingual_reports_split_and_align(path: Path) -> None:
    doc = _segmented(path)
    assert doc.lang in ("en+ar", "ar+en")
    first, second = doc.halves
    assert first.end < second.start
    # everything but captions has a counterpart; captions pair only with captions
    for a in doc.alignment:
        assert (doc.paragraphs[a.source].role == "caption") == (doc.paragraphs[a.target].role == "caption")
        assert doc.paragraphs[a.source].half == 0 and doc.paragraphs[a.target].half == 1
    assert len(doc.alignment) >= 0.9 * min(len(first.paragraphs), len(second.paragraphs))


@needs_shared
@pytest.mark.parametrize(("drop", "min_precision", "min_recall"), [(0.0, 0.98, 0.98), (0.1, 0.88, 0.9)])
def test_ntrex_alignment_benchmark(drop: float, min_precision: float, min_recall: float) -> None:
    """NTREX English/Arabic news, each document as its English sentences then its Arabic ones;
    with `drop`, that share of sentences is removed at random on each side (they have no counterpart)."""
    root = DATA / "ntrex-ar-en"
    if not root.is_dir():
        pytest.skip("ntrex-ar-en is not in ../shared/data")
    en = (root / "newstest2019-src.eng.txt").read_text(encoding="utf-8").splitlines()
    ar = (root / "newstest2019-ref.arb.txt").read_text(encoding="utf-8").splitlines()
    ids = [line.split("\t")[-1] for line in (root / "DOCUMENT_IDS.tsv").read_text(encoding="utf-8").splitlines()]
    groups: dict[str, list[int]] = {}
    for i, d in enumerate(ids):
        groups.setdefault(d, []).append(i)
    rng = random.Random(7)
    tp = n_found = n_gold = 0
    for idx in groups.values():
        keep_en = [i for i in idx if rng.random() >= drop]
        keep_ar = [i for i in idx if rng.random() >= drop]
        doc = Document(id="x", text="\n\n".join(en[i] for i in keep_en) + "\n\n" + "\n\n".join(ar[i] for i in keep_ar))
        segment(doc)
        assert len(doc.halves) == 2
        first, second = doc.halves[0].paragraphs, doc.halves[1].paragraphs
        n_gold += len(set(keep_en) & set(keep_ar))
        if len(first) != len(keep_en) or len(second) != len(keep_ar):
            continue  # a sentence split into two paragraphs: count its pairs as missed
        to_en, to_ar = dict(zip(first, keep_en, strict=True)), dict(zip(second, keep_ar, strict=True))
        n_found += len(doc.alignment)
        tp += sum(1 for a in doc.alignment if to_en[a.source] == to_ar[a.target])
    assert tp / n_found >= min_precision
    assert tp / n_gold >= min_recall
