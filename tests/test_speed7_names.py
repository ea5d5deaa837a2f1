"""Speed round 7, names: each shortcut against the plain reading it replaces."""

from __future__ import annotations

import pytest

from marsad.names import recognize as R

ASCII_TEXTS = [
    "Shelling hit the al-Razi and Ibn Sina hospitals in Aleppo's eastern districts, the U.S.-backed SDF said.",
    "Lt.-Gen. Abdul-Basit met the envoy in Dayr az-Zawr on 12-3-2024 at 5.30 a.m., killing 42 (F16s, 3rd-day).",
    "He said: 'Ali's men--and Ahmed's--left...  the mosque. 'x' -a a- a--b a.-b ab. .ab U.N. A.B-c 42nd x_y",
    "  Two  spaces,\tTabs\nand new lines\r\n(Reuters) - AMMAN, Jordan: 1,000 killed; 2.5m displaced!",
    "",
    "   ",
    "...",
    "a",
    "9",
    "x9y8.z-7'w",
]
ARABIC_TEXTS = [
    "قُتل 12 مدنياً في غارة على بلدة كفرنبل بريف إدلب الجنوبي، وفق المرصد السوري لحقوق الإنسان.",
    "قال المتحدث باسم الدفاع المدني «محمود بصل» لوكالة الأناضول: إن ٣ أطفال قتلوا – في ٢٠٢٤م (وفا)؛ ۴ جرحى؟",
    "وللمرصد\u00a0السوري  لحقوق\nالإنسان ـ تطويل… “اقتباس” ‘ ’ _ ّ ٪ ١٢٣قتيلا قتيلا١٢٣ ٫ ٬ ؟! ",
    "مقتل 5 - 7 في ٢-٣ ۱۲ ٢٠٢٤",
    "     ",
    "غزة",
]
MIXED_TEXTS = [
    "قال مدير SOHR إن 5 قتلوا في Gaza",
    "ʿUmar عمر ² ½ ª µ Ελλάδα ۺ ێ 𝐀 ﷲ ﻻ",
    "الأحد، ‘Ali ’s",
]


FLAG_TEXTS = ASCII_TEXTS + ARABIC_TEXTS + MIXED_TEXTS + [
    "The spokesman for the Pentagon, John Kirby, said Abu Mohammed al-Julani of Jabhat al-Nusra fled to Idlib.",
    "Syrian Observatory for Human Rights and the Idlib Media Center; Capt. Davis of the U.S. Army near Aleppo's gate",
    "قال أبو محمد الجولاني وعبد الرحمن إن مدير مستشفى الشفاء في غزة ومركز الدفاع المدني بمدينة خان يونس",
]


@pytest.mark.parametrize("text", FLAG_TEXTS)
def test_flag_bytes_select_the_flagged_words(text: str) -> None:
    """The words found by re in the table's flag bytes are those the passes selected word by word."""
    enp = R.en_patterns()
    t = R.token_table(text, 0, len(text))
    infos, n = t.infos, len(t)
    assert bytes(t.flags) == bytes(info[12] for info in infos)
    assert t.having(R._GZ_WORD) == list(R.compress(range(n), map(R._W_GZ, infos)))
    assert t.having(R._AR_TRIG_WORD) == [x for x in R.compress(range(n), map(R._W_TRIG, infos)) if infos[x][1]]
    assert t.having(R._EN_ORG_HEAD) == [x for x in R.compress(range(n), map(enp.org_heads.__contains__, t.words))
                                        if not infos[x][1]]
    assert t.having(R._CUE_WORD) == [i for i in R.compress(range(n), map(R._W_CUE, infos)) if not infos[i][1]]
    assert t.any(R._AR_WORD) == any(map(R._W_AR, infos))
    assert t.any(R._EN_TRIG_WORD) == any(map(R._W_EN_TRIG, infos))
    words = R._SPLIT_AR_FIRST.split(text)[1::2]
    fix = [i for i, w in enumerate(words) if R._word_info(w)[8]]
    flags = bytes(R._word_info(w)[12] for w in words)
    assert list(R.compress(range(len(words)), flags.translate(R._FIX_WORD))) == fix


def _plain_split(seg: str, start: int) -> tuple[list[int], list[int], list[str]]:
    parts = R._SPLIT_AR_FIRST.split(seg)
    pos = list(R.accumulate(map(len, parts), initial=start))
    return pos[1:-1:2], pos[2::2], parts[1::2]


def _chunk_split(seg: str, start: int) -> tuple[list[int], list[int], list[str]]:
    assert seg.isascii()
    return R._chunk_words(seg.translate(R._ASCII_GAPS).split(" "), start)


@pytest.mark.parametrize("text", ASCII_TEXTS)
def test_chunk_words_are_the_split_words(text: str) -> None:
    """The words of an ASCII text, split off at spaces in C, are the regex split's, at its offsets."""
    for start in (0, 7):
        assert _chunk_split(text, start) == _plain_split(text, start)


def test_chunk_words_random_texts() -> None:
    """Random ASCII texts of word characters and gaps: the split's words."""
    import random

    rng = random.Random(7)
    for alphabet in ("aZq09'-. ,;:()\"\t\n_!?/&", "a-.' ,)]}\"x9Y"):
        for _ in range(3000):
            text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 30)))
            assert _chunk_split(text, 3) == _plain_split(text, 3), text


@pytest.mark.parametrize("text", ASCII_TEXTS + ARABIC_TEXTS + MIXED_TEXTS)
def test_token_table_same_as_split(text: str) -> None:
    """token_table (the C split where it applies) holds the words, offsets and facts of the regex split."""
    table = R.token_table(text, 0, len(text), latin=True)
    starts, ends, words = _plain_split(text, 0)
    infos = list(map(R._word_info, words))
    for i in reversed([i for i, info in enumerate(infos) if info[8]]):
        fixed = R._fixed_word(text, starts[i], ends[i], words[i], len(text))
        if fixed is None:
            del starts[i], ends[i], words[i], infos[i]
        elif fixed[0] != ends[i]:
            ends[i], words[i] = fixed
            infos[i] = R._word_info(fixed[1])
    assert (table.starts, table.ends, table.words, table.infos) == (starts, ends, words, infos)
