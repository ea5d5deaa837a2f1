"""Speed round 3 on attribution: the faster paths give what the plain ones gave."""

from __future__ import annotations

import random

from marsad.memo import clear_text_caches
from marsad.sources import links


def test_en_runs_same_as_run_test() -> None:
    """`_en_runs_worth_looking_up` lists the runs `_may_be_known_run` lets through, in order."""
    rng = random.Random(1)
    for _ in range(3000):
        size = rng.randint(0, 12)
        unknown = [rng.choice([-1, 0, 1, 2]) for _ in range(size)]
        longest, shortest = min(size, 8), rng.randint(1, 3)
        want = [
            (i, i + n)
            for n in range(longest, shortest - 1, -1)
            for i in range(0, size - n + 1)
            if links._may_be_known_run(unknown, i, i + n)
        ]
        assert links._en_runs_worth_looking_up(unknown, longest, shortest) == want


def test_known_inside_of_prefixes_same_as_uncached() -> None:
    """A phrase's prefixes find what they find on their own (the prefix memo is exact)."""
    phrases = [
        ("en", "officials of the Syrian Observatory for Human Rights in London said"),
        ("en", "a spokesman for the Gaza health ministry Ashraf al-Qudra"),
        ("ar", "المتحدث باسم وزارة الصحة في غزة أشرف القدرة"),
        ("ar", "مدير المرصد السوري لحقوق الإنسان رامي عبد الرحمن"),
    ]
    for lang, text in phrases:
        words = text.split()
        clear_text_caches()
        links.find_known_inside(words, lang)
        cached = [links.find_known_inside(words[:n], lang) for n in range(len(words), 0, -1)]
        plain = [links._find_known_inside(words[:n], lang, 1) for n in range(len(words), 0, -1)]
        assert cached == plain
