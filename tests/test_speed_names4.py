"""The lazy token table of the names pass gives the tokens, flags and spans of the eager word-by-word reading."""

from __future__ import annotations

import pytest

from marsad.names.patterns import en_patterns
from marsad.names.recognize import (
    _ABBREV,
    _TOKEN,
    _W_GZ,
    Tok,
    _intro_firsts,
    _trimmed,
    _word_info,
    token_table,
    tokenize,
)

TEXTS = [
    "Iran-backed and al-Qaeda-linked fighters, the al-Assad government's and U.N.'s staff, Gen.-Maj. X. Y",
    "Israel's army and the Iran-backed Houthis met Gen. Smith of the U.S. in al-Hudaydah’s port",
    "’s A. B. Mr. Jones' car, the Free Syrian Army and Islamic State (IS) near Aleppo — said SANA",
    "قالت وزارة الصحة في غزة: قُتل ٥ أشخاص (وفا) - مدينةِ خان يونس وللمرصد السوري لحقوق الإنسان",
    "The spokesman for the Pentagon, John Kirby, said Abu Mohammed al-Julani of Jabhat al-Nusra fled.",
    "",
    "...",
]


def _eager(text: str, start: int, end: int) -> list[Tok]:
    """The word-by-word reading: every regex word with its facts, trimmed ('s, -led) or given its full stop."""
    out: list[Tok] = []
    for m in _TOKEN.finditer(text, start, end):
        s, w = m.start(), m.group()
        info = _word_info(w)
        if not info[1] and not "\u0621" <= w[0] <= "\u06FF" and ("'" in w or "’" in w or "-" in w or "." in w
                                                              or w in _ABBREV or (len(w) == 1 and w.isupper())):
            w = _trimmed(w)
            if not w:
                continue
            e = s + len(w)
            if e < end and text[e] == "." and (w in _ABBREV or (len(w) == 1 and w.isupper()) or "." in w):
                e += 1
                w = text[s:e]
            if e != m.end():
                info = _word_info(w)
            out.append(Tok(s, e, *info))
        else:
            out.append(Tok(s, m.end(), *info))
    return out


@pytest.mark.parametrize("text", TEXTS)
def test_table_tokens_are_the_eager_ones(text: str) -> None:
    start, end = min(1, len(text)), max(0, len(text) - 1)
    want = _eager(text, start, end)
    table = token_table(text, start, end)
    assert len(table) == len(want)
    assert tokenize(text, start, end) == want
    assert table.flagged(_W_GZ) == [i for i, t in enumerate(want) if t.gz]
    if want:
        assert table[-1] == want[-1]
        assert table.span(1, len(want) + 3) == want[1:]


@pytest.mark.parametrize("text", TEXTS)
def test_a_word_that_is_no_cue_passes_every_english_rule(text: str) -> None:
    enp = en_patterns()
    for t in tokenize(text, 0, len(text)):
        if t.ar:
            assert not t.cue
            continue
        reached = ((t.cap or t.din) and t.text not in enp.stop) or t.text in enp.titles \
            or t.fold in enp.roles or t.fold in _intro_firsts(enp)
        assert t.cue == reached


@pytest.mark.parametrize("text", TEXTS)
def test_name_flag_and_joinable_at_read_the_tokens(text: str) -> None:
    from marsad.names.recognize import _en_name_tok, _joinable, _joinable_at

    enp = en_patterns()
    table = token_table(text, 0, len(text))
    toks = tokenize(text, 0, len(text))
    assert [t.name for t in toks] == [bool(_en_name_tok(t, enp)) for t in toks]
    for a in range(len(toks)):
        for b in range(a + 1, min(a + 3, len(toks))):
            for strict in (False, True):
                for listed in (False, True):
                    assert _joinable_at(text, table, a, b, strict, listed) == \
                        _joinable(text, toks[a], toks[b], strict, listed)


def test_split_pattern_gives_the_token_pattern_words_and_gaps() -> None:
    import random

    from marsad.names.recognize import _TOKEN_SPLIT

    rng = random.Random(7)
    chars = "aZé ḫ‘’ʿʾ'-.،,0١۲ ـً بال\n"
    for _ in range(20_000):
        s = "".join(rng.choice(chars) for _ in range(rng.randint(0, 12)))
        words = [m.group() for m in _TOKEN.finditer(s)]
        parts = _TOKEN_SPLIT.split(s)
        assert parts[1::2] == words
        assert "".join(parts) == s


def test_one_set_holds_the_arabic_triggers_and_their_clitic_forms() -> None:
    from marsad.names.patterns import ar_patterns
    from marsad.names.recognize import _ar_clitic_trigger, _ar_trigger_words, _ar_triggers

    arp = ar_patterns()
    words = set(_ar_triggers()) | {"عبد", "قال", "مدينة", "بيت", "الجيش", "من", "في"}
    for lst in (arp.kunya, arp.org_heads, arp.given, arp.place_cues, arp.roles):
        words |= set(lst)
    folds = {c + w for w in words for c in ("", "و", "ف", "ب", "ل", "ك", "وب")} | {w[1:] for w in words if len(w) > 1}
    got = _ar_trigger_words()
    for f in folds:
        want = f in _ar_triggers() or (f[:1] in "وفبل" and _ar_clitic_trigger(f))
        assert (f in got) == want, f


@pytest.mark.parametrize("text", [*TEXTS, "", "abc", "غزة Gaza", "Ḫān Yūnis", "ABC قال", "١٢٣ x", "é ü ß"])
def test_is_arabic_counts_ascii_letters_as_before(text: str) -> None:
    from marsad.names.normalize import AR_LETTERS, is_arabic

    ar = len(AR_LETTERS.findall(text))
    assert is_arabic.__wrapped__(text) == (ar > 0 and ar >= sum(c.isascii() and c.isalpha() for c in text))


@pytest.mark.parametrize("text", TEXTS)
def test_english_passes_start_only_at_latin_triggers(text: str) -> None:
    enp = en_patterns()
    for t in tokenize(text, 0, len(text)):
        assert t.en_trig == (not t.ar and t.trig)
        if t.cue or (not t.ar and t.text in enp.org_heads):
            assert t.en_trig


@pytest.mark.parametrize("text", ["Obeida", "‘Ubayda", "Abu Mohammed al-Julani", "Qaddafi Moammar", "Shaykh Deeb",
                                  "", "al-", "Aaa hhh", "Sheikh Maqsoud", "Ḫān Yūnis"])
def test_skeleton_by_word_is_the_plain_reading(text: str) -> None:
    import re

    from marsad.names.normalize import lat_tokens, skeleton

    out = []
    for t in lat_tokens(text):
        t = t.replace("ou", "u").replace("ee", "i")
        if len(t) > 3 and t.endswith("h") and t[-2] in "aeiou":
            t = t[:-1]
        t = re.sub(r"[aeiouyw]+", "", t)
        t = re.sub(r"(.)\1+", r"\1", t)
        t = t.replace("q", "k").replace("dh", "d").replace("th", "t")
        if t:
            out.append(t)
    assert skeleton.__wrapped__(text) == " ".join(out)
