"""Speed round 6, names: each shortcut against the plain reading it replaces."""

from __future__ import annotations

import pytest

from marsad.names import recognize as R

SPLIT_TEXTS = [
    "Shelling hit the al-Razi and Ibn Sina hospitals in Aleppo's eastern districts, the U.S.-backed SDF said.",
    "Lt.-Gen. Abdul-Basit al-Ḫaṭṭāb met ‘Ubayda ibn al-Ǧarrāḥ's envoy in Dayr az-Zawr on 12-3-2024.",
    "قُتل 12 مدنياً في غارة على بلدة كفرنبل بريف إدلب الجنوبي، وفق المرصد السوري لحقوق الإنسان (SOHR).",
    "قال المتحدث باسم الدفاع المدني محمود بصل لوكالة الأناضول إن 3 أطفال قتلوا – Gaza, 2024.",
    "He said: ‘Ali’s men—and Ahmed’s—left…  the mosque at 5.30 a.m. ‘ ’ ʿ x-.y U.N. A.B-c ٣ ۴ 42nd",
    "",
    "   ",
    "a-‘b ‘Ab-’c ʿUmar al-‘Ali ‘-x .-. --a a--b a.-b ab. ab- Ab'c Ab’s ʾx",
]


@pytest.mark.parametrize("text", SPLIT_TEXTS)
@pytest.mark.parametrize("pattern", [R._SPLIT_AR_FIRST, R._SPLIT_LATIN_FIRST])
def test_split_patterns_match_plain_split(text: str, pattern) -> None:
    """The possessive, reordered splits give the words and gaps of the plain split."""
    assert pattern.split(text) == R._TOKEN_SPLIT.split(text)


@pytest.mark.parametrize("text", SPLIT_TEXTS)
def test_token_table_same_either_order(text: str) -> None:
    """token_table gives the same words and offsets whichever branch its split tries first."""
    a = R.token_table(text, 0, len(text), latin=True)
    b = R.token_table(text, 0, len(text), latin=False)
    assert (a.starts, a.ends, a.words, a.infos) == (b.starts, b.ends, b.words, b.infos)


@pytest.mark.parametrize("word", ["al-Quds", "Al-Quds", "aš-Šām", "ad-Dawla", "el-Sisi", "Aleppo", "the", "The",
                                  "al", "El", "idlib", "‘Ubayda", "ʿUmar", "as-", "Aṭ-Ṭayyiba"])
def test_article_sets_match_tuples(word: str) -> None:
    """The frozensets of articles answer as the tuples they replace."""
    t = word.lstrip("‘’ʿʾ")
    assert (t[:3].lower() in R._CAP_ARTICLES) == (t[:3].lower() in (
        "al-", "el-", "ad-", "an-", "as-", "at-", "ar-", "az-", "aš-", "aḍ-", "aṭ-", "aṣ-"))
    assert (word.casefold() in R._BARE_ARTICLES) == (word.casefold() in ("al", "el", "the"))


def _plain_latin_facts(w: str) -> tuple[bool, bool, bool]:
    """(trigger, cue, name) of a Latin word as _word_info read them before _latin_word_lists."""
    enp = R.en_patterns()
    fold = w.casefold()
    cap, din = R._is_cap(w), bool(R.DIN_MARKS.search(w))
    trig = cap or din or w in enp.titles or fold in enp.roles or fold in R._intro_firsts(enp) or w in enp.org_heads
    name = (cap or din) and w not in enp.stop and not w.isdigit()
    cue = name or w in enp.titles or fold in enp.roles or fold in R._intro_firsts(enp)
    return trig, cue, name


@pytest.mark.parametrize("word", ["spokesman", "Capt.", "Gen", "known", "Agency", "Monitor", "The", "said", "Idlib",
                                  "al-Quds", "‘Ubayda", "Ḫaṭṭāb", "2024", "village", "Mr", "Sheikh", "the", "and"])
def test_latin_word_lists_same_facts(word: str) -> None:
    """_word_info's trigger, cue and name flags, read through _latin_word_lists, are those of the plain reading."""
    info = R._word_info.__wrapped__(word)
    assert (info[7], info[9], info[10]) == _plain_latin_facts(word)


AR_TEXT = ("وقال المتحدث باسم وزارة الصحة في غزة إن الغارات على بيت لاهيا وبيت حانون ولبنان وللقدس وبالقدس "
           "وفلسطين وكفرنبل ولحلب فلحلب وبدمشق والرقة للرقة بالموصل كالعراق وللأنبار فالفلوجة وكذلك ببغداد "
           "لليمن ولليمن فبإدلب وبحمص ولواء الشمال وكتائب القسام لحماس وحزب الله بحزب ولحركة فتح فاطمة وبكر لل ول")


@pytest.mark.parametrize("word", sorted(set(AR_TEXT.split())) + ["الله", "ال", "المرصد", "أبو", "عبد", "لل", "و"])
def test_arabic_word_info_inlined(word: str) -> None:
    """_word_info's key, gazetteer readings and trigger of an Arabic word are those of the plain calls."""
    info = R._word_info.__wrapped__(word)
    fold = R.fold_arabic_uncached(word)
    key = R._ar_word_key(fold)
    assert info[2:4] == (key, fold)
    assert info[6] == (R._ar_variants_of(key, fold) if key else ())
    assert info[7] == (fold in R._ar_trigger_words())


@pytest.mark.parametrize("text", [*SPLIT_TEXTS, AR_TEXT, "إِنَّ الـمُسْتَشْفَى «الأهلي» ‏– “ئ ؤ ی ک ە ہ ھ ٱ” 😀 ﻻ ٣٤",
                                  "آخر أخبار مؤسسة ـــ الإغاثة ٰ ۖ ۗ ۭ ٠١٢", "plain ascii text"])
def test_fold_table_same_as_dict(text: str) -> None:
    """str.translate with the list table folds as with the dict it is built from."""
    from marsad.names import normalize as N

    assert text.translate(N._AR_FOLD_TABLE) == text.translate(N._AR_FOLD)
