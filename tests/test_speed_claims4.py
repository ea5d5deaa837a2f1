"""English claim rules: the fourth round's shortcuts give what the plain readings give.

The group table holds what reading each token gives, the single-person gate only skips
sentences where no token can start a single-person noun, figure starts are found from the
sentence's distinct words, clause numbers come from the break positions, number_at stops
early only where its loop would read nothing, and joined_sentences tests a character before
its full condition. Each is checked against the plain reading on the English examples and
held-out reports.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest

from marsad.claims import _ABBREV_END, _may_end_abbreviation, joined_sentences
from marsad.claims.quantity import Quantity, quantity
from marsad.lang.en import claims as en
from marsad.lang.en.claims_lexicon import lexicon
from marsad.record import Document, Metadata, Sentence
from marsad.segment import segment

ROOT = Path(__file__).resolve().parents[1]
EXTRA = [
    "Two were killed and many more injured, and several more were hurt when a third shell hit.",
    "The Islamic Jihad's brigade said nine children's bodies were found; however, 3 soldiers' remains were not.",
    "An army major, a police captain and an elderly woman were killed while 2,800 were hurt, but none died.",
    "Twenty-one people, forty-five soldiers and a hundred and five civilians; half a dozen others were hurt.",
    "He said \"12 were killed\" and 'four' were wounded while the 'others' fled.",
    "The U.S. said: 5 dead. Number of injuries:\n174,231",
]


def english_documents(extra: list[str], folders: tuple[str, ...]) -> list[Document]:
    """Segmented English test documents: the examples five to a text, `extra`, and the held-out reports of `folders`."""
    texts = [json.loads(line)["text"] for line in
             (ROOT / "src/marsad/lang/en/claims_examples.jsonl").read_text(encoding="utf-8").splitlines() if line]
    texts = [" ".join(texts[i : i + 5]) for i in range(0, len(texts), 5)] + extra
    for folder in folders:
        texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / folder).glob("*en*.txt"))]
    docs = []
    for i, text in enumerate(texts):
        doc = Document(id=f"t{i}", text=text, meta=Metadata(format="text"))
        segment(doc)
        docs.append(doc)
    return docs


@cache
def documents() -> list[Document]:
    return english_documents(EXTRA, ("heldout", "heldout2", "heldout3", "heldout4"))


def english_rules() -> list[en.SentenceRules]:
    lex = lexicon()
    return [en.SentenceRules(doc, s, lex) for doc in documents() for s in joined_sentences(doc) if s.lang == "en"]


def test_the_corpus_is_large_enough() -> None:
    assert len(english_rules()) > 500


def test_group_table_equals_reading_each_token() -> None:
    for rules in english_rules():
        for i in range(-min(3, rules.n), rules.n + 3):
            assert rules.group_at(i) == rules._read_group(i)


def test_clause_numbers_equal_the_plain_count() -> None:
    for rules in english_rules():
        plain, c = [], 0
        for i, w in enumerate(rules.words):
            if w in en.CLAUSE_BREAK and (w != "while" or i > 0 and rules.words[i - 1] == ","):
                c += 1
            plain.append(c)
        assert rules.clause_of == plain


def _plain_single_noun(rules: en.SentenceRules, k: int) -> bool:
    g = rules._read_group(k) if k < rules.n else None
    return g is not None and (rules.words[k] in rules.lex.singular
                              or " ".join(rules.words[k : k + g[0]]) in rules.lex.singular)


def test_single_gate_only_skips_sentences_without_a_single_noun() -> None:
    gated = 0
    for rules in english_rules():
        if rules.no_single:
            gated += 1
            assert not any(_plain_single_noun(rules, k) for k in range(-rules.n, rules.n + 2))
        for k in range(rules.n + 2):
            assert rules._single_noun(k) == _plain_single_noun(rules, k)
    assert gated > 100


def _claims(rules: en.SentenceRules) -> list[str]:
    return [c.model_dump_json() for c in rules.run()]


def test_gated_run_equals_the_ungated_run() -> None:
    lex = lexicon()
    compared = 0
    for doc in documents():
        for s in joined_sentences(doc):
            if s.lang != "en":
                continue
            fast = en.SentenceRules(doc, s, lex)
            if not fast.no_single:
                continue
            plain = en.SentenceRules(doc, s, lex)
            plain.no_single = False
            assert _claims(fast) == _claims(plain)
            compared += 1
    assert compared > 100


def _plain_number_at(rules: en.SentenceRules, i: int) -> tuple[int, int] | None:
    """number_at as it read before: every word through the loop."""
    lex, w, n = rules.lex, rules.words, rules.n
    if i >= n:
        return None
    d = en.parse_digits(w[i])
    if d is not None:
        j = i
        if j + 1 < n and w[j + 1] in lex.scales and w[j + 1] != "million":
            d *= lex.scales[w[j + 1]]
            j += 1
        return d, j
    if w[i] in ("a", "an") and i + 1 < n and w[i + 1] == "dozen":
        return lex.dozen, i + 1
    if w[i] == "half" and i + 2 < n and w[i + 1] in ("a", "an") and w[i + 2] == "dozen":
        return lex.dozen // 2, i + 2
    if w[i] in ("a", "an") and i + 1 < n and w[i + 1] in ("hundred", "thousand"):
        return lex.scales[w[i + 1]], i + 1
    total, current, j, seen = 0, 0, i, False
    while j < n:
        word = w[j]
        parts = word.split("-")
        if len(parts) == 2 and parts[0] in lex.tens and parts[1] in lex.units and lex.units[parts[1]] < 10:
            current += lex.tens[parts[0]] + lex.units[parts[1]]
        elif word in lex.units and word not in ("none", "both", "pair", "couple") and not (seen and current % 10):
            current += lex.units[word]
        elif word in lex.tens and current % 100 == 0:
            current += lex.tens[word]
        elif word in lex.scales and seen and word != "million":
            current = max(current, 1) * lex.scales[word]
            if word != "hundred":
                total, current = total + current, 0
        elif word == "dozen" and seen:
            current *= lex.dozen
        elif word == "and" and seen and j + 1 < n and (w[j + 1] in lex.units or w[j + 1] in lex.tens) \
                and j > i and w[j - 1] == "hundred":
            pass
        else:
            break
        seen = True
        j += 1
    return (total + current, j - 1) if seen else None


def test_number_at_equals_the_plain_loop() -> None:
    for rules in english_rules():
        for i in range(rules.n + 1):
            assert rules.number_at(i) == _plain_number_at(rules, i)


def _plain_mentions(rules: en.SentenceRules) -> list[en.Mention]:
    """find_mentions as it read before: the predicate at every marked token."""
    out, w, starters, after, last = [], rules.words, rules.starters, -1, rules.n - 1
    article_next, openers = en._article_next(rules.lex), en._phrase_openers()
    for i in [i for i in rules.marked if (word := w[i]) in starters or not word.isalpha() and (
              "0" <= word[:1] <= "9" or word[:1] > "\x7f" and word[:1].isdigit()
              or "-" in word and word.split("-", 1)[0] in starters)]:
        if i < after:
            continue
        word = w[i]
        if (word == "a" or word == "an") and (i == last or w[i + 1] not in article_next):
            continue
        if word in openers and (i == last or w[i + 1] not in openers[word]):
            continue
        m = rules.mention_at(i)
        if m is not None:
            out.append(m)
            after = m.num_last + 1
    return out


def test_figure_starts_equal_the_plain_predicate() -> None:
    found = 0
    for rules in english_rules():
        fast = rules.find_mentions()
        assert fast == _plain_mentions(rules)
        found += len(fast)
    assert found > 300


@pytest.mark.parametrize("value", [0, 1, 13, 255, 256, 40005, -1])
def test_shared_quantities_equal_new_ones(value: int) -> None:
    assert quantity("exact", value) == Quantity(value, value)
    assert quantity("vague") == Quantity(None, None, vague=True)
    assert quantity("zero") == Quantity(0, 0)


def _plain_joined(doc: Document) -> list[Sentence]:
    out: list[Sentence] = []
    text = doc.text
    for sentence in doc.sentences:
        prev = out[-1] if out else None
        if prev is not None and (
            prev.paragraph == sentence.paragraph
            and prev.lang == sentence.lang
            and _may_end_abbreviation(text, prev.end)
            and _ABBREV_END.search(text, max(prev.start, prev.end - 12), prev.end)
            or (
                (text[prev.end - 1 : prev.end] == ":" and text[sentence.start : sentence.start + 1].isdigit()
                 or text[sentence.start : sentence.start + 1] == ":")
                and text.count("\n", prev.end, sentence.start) <= 1
                and (prev.lang == sentence.lang or "other" in (prev.lang, sentence.lang))
            )
        ):
            lang = prev.lang if prev.lang != "other" else sentence.lang
            out[-1] = prev.model_copy(update={"end": sentence.end, "lang": lang})
            continue
        out.append(sentence)
    return out


def test_joined_sentences_equal_the_plain_join() -> None:
    joins = 0
    for doc in documents():
        fast = joined_sentences(doc)
        assert fast == _plain_joined(doc)
        joins += len(doc.sentences) - len(fast)
    assert joins > 0


def test_words_some_loops_find_among_marked_tokens_are_marked() -> None:
    """vague_others, couples, the casualties noun, many_more and named_with_age visit only marked
    tokens: the words they look for must be marked (or hold a character other than a letter)."""
    marked = en._marked_words(lexicon())
    assert {"others", "couple", "casualties", "victims", "more"} <= marked
    assert en.TRANSITIVE <= marked
    assert not "year-old".isalpha() and not ",".isalpha()
    for rules in english_rules():
        assert set(rules.marked) >= {i for i, w in enumerate(rules.words)
                                     if w in ("others", "couple", "casualties", "victims", "more", "year-old", ",")
                                     or w in en.TRANSITIVE}


def test_rare_char_pattern_finds_what_the_words_find() -> None:
    import random
    import re

    from marsad.claims.trie import literal_trie, rare_char_pattern
    from marsad.lang.en.claims_lexicon import CHAR_FREQUENCY

    rng = random.Random(4)
    alphabet = "abcdeinorstwxy ,.'’-09"
    lex = lexicon()
    lists = [list(lex.deny.literals), list(lex.background.literals), list(lex.retraction.literals), list(en.RETRACTION_HINTS),
             ["a"], ["ab", "b", "x y", "’s"], ["war ", "war,", "in 19", "n't"]]
    lists += [["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 5))) for _ in range(rng.randint(1, 12))]
              for _ in range(40)]
    texts = [line for doc in documents()[:30] for line in doc.text.lower().split("\n") if line]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40))) for _ in range(400)]
    for words in lists:
        fast, plain = re.compile(rare_char_pattern(words, CHAR_FREQUENCY)), re.compile(literal_trie(words))
        for text in texts:
            assert (fast.search(text) is None) == (plain.search(text) is None) == (not any(w in text for w in words))
            lo, hi = len(text) // 3, len(text) - 1
            if plain.search(text, lo, hi) is not None:  # from a position: a gate, never missing a word
                assert fast.search(text, lo, hi) is not None


def test_found_in_place_equals_the_search() -> None:
    from marsad.claims.text import folded
    from marsad.lang.en.claims_lexicon import Cues, _branch_heads

    assert _branch_heads(r"fell\b|die[sd]?\b|bod(?:y|ies)|among the") == ["fell", "die", "bod", "among the"]
    assert _branch_heads(r"kill|\bdead") == []
    patterns = [lexicon().trigger] + [Cues.build(p) for p in (r"fell\b|fall of|die[sd]?\b|among the", r"ab+c|bd{0,2}x|x")]
    texts = [doc.text for doc in documents()[:40]] + ["fellow fell. he dies; abbbc bd d among them", "x" * 30]
    for cues in patterns:
        assert cues.heads is not None
        for text in texts:
            low = folded(text)
            if low is None:
                continue
            for start in range(0, len(text), 37):
                for end in (start + 5, start + 40, start + 200, len(text)):
                    assert cues.found_in_place(low, start, end) == (cues.lower.search(low, start, end) is not None)


def test_zero_words_but_nobody_are_marked() -> None:
    assert en.ZERO_WORDS - {"nobody"} <= en._marked_words(lexicon())
