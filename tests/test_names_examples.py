"""The name examples file (lang/ar/names_examples.tsv): Arabic -> DIN 31635 and -> canonical spelling."""

from __future__ import annotations

from pathlib import Path

import pytest

from marsad.names import canonical_name, din_of, romanize_din

EXAMPLES = Path(__file__).resolve().parents[1] / "src" / "marsad" / "lang" / "ar" / "names_examples.tsv"


def _rows() -> list[tuple[str, str, list[str]]]:
    rows = []
    for line in EXAMPLES.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        ar, din, canon = line.split("\t")
        rows.append((ar, din, canon.split("|")))
    return rows


ROWS = _rows()


def test_at_least_150_pairs() -> None:
    assert len(ROWS) >= 150


@pytest.mark.parametrize(("arabic", "din", "canonical"), ROWS, ids=[r[0] for r in ROWS])
def test_din(arabic: str, din: str, canonical: list[str]) -> None:
    assert din_of(arabic) == din


@pytest.mark.parametrize(("arabic", "din", "canonical"), ROWS, ids=[r[0] for r in ROWS])
def test_canonical(arabic: str, din: str, canonical: list[str]) -> None:
    assert canonical_name(arabic) in canonical


# Names outside the gazetteer: the rules alone (lexicon + fallback) must give the DIN.
RULES = [
    ("أبو يزن الحمصي", "Abū Yazan al-Ḥimṣī"),
    ("حسن عبد الهادي", "Ḥasan ‘Abd al-Hādī"),
    ("أبو عبيدة الشامي", "Abū ‘Ubayda aš-Šāmī"),
    ("هيئة تحرير الشام", "Hay’at Taḥrīr aš-Šām"),
    ("وزارة الدفاع التركية", "Wizārat ad-Difā‘ at-Turkiyya"),
    ("المرصد السوري لحقوق الإنسان", "al-Marṣad as-Sūrī li-Ḥuqūq al-Insān"),
    ("قناة المشرق", "Qanāt al-Mašriq"),
    ("شبكة صوت الفرات", "Šabakat Ṣawt al-Furāt"),
    ("سرمين", "Sarmīn"),
    ("كفرزيتا", "Kafr Zītā"),  # joined كفر is split off
    ("كفرسوسة", "Kafr Sūsa"),
    ("ديرالعصافير", "Dayr al-‘Aṣāfīr"),
    ("عبدالرحمن", "‘Abd ar-Raḥmān"),
    ("الطالبي", "aṭ-Ṭālibī"),
    ("حيدر", "Ḥaydar"),
    ("رائد", "Rā’id"),
    ("وكالة الأنباء", "Wakālat al-Anbā’"),
    ("التحالف الدولي", "at-Taḥāluf ad-Duwalī"),
]


@pytest.mark.parametrize(("arabic", "din"), RULES)
def test_romanize_din_rules(arabic: str, din: str) -> None:
    assert romanize_din(arabic)[0] == din
