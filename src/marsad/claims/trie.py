"""Regexes of many literals, rewritten as tries so that `re` tries fewer branches per position.

Python's `re` tries the branches of an alternation one by one at every position; a long
list of words ("kill|dead|death|die|...") costs a check per word per character. Sharing
first letters ("d(?:e(?:ad|ath)|ie)") cuts that to a check per distinct letter. The
rewrites match exactly what the original matches (same spans, same branch preference).
"""

from __future__ import annotations

import re

from marsad.trie import first_end_pattern, word_trie

# characters that stand for themselves in a pattern (outside a class), when not quantified
_LITERAL = frozenset("abcdefghijklmnopqrstuvwxyz0123456789 '’-:,")
_QUANTIFIERS = frozenset("?*+{")


def literal_trie(words: list[str] | tuple[str, ...]) -> str:
    """A pattern that finds any of `words` (a match may stop at the shortest word that fits:
    for a yes/no prefilter, not for spans)."""
    trie = word_trie(words)
    return first_end_pattern(trie) if trie else "(?!)"


def rare_char_pattern(words: list[str] | tuple[str, ...], frequency: dict[str, float]) -> str:
    """A pattern that finds where any of `words` occurs (a yes/no prefilter, like literal_trie),
    each word matched from one of a few rare characters: `re` skips in C every position whose
    character starts no branch, and a look-behind checks the part of the word before it
    ("separately" as "p(?<=sep)arately"). The rare characters are chosen greedily (most words
    per unit of `frequency`, a character's share of typical text; unlisted: rare, then dropping
    common ones the others make needless) so that every word holds one; each word is read from
    the rarest chosen character it holds."""
    words = sorted(set(w for w in words if w), key=lambda w: (len(w), w))
    if not words:
        return "(?!)"
    freq = lambda c: frequency.get(c, 0.0005)  # noqa: E731
    chosen: list[str] = []
    left = set(words)
    while left:
        best = max(sorted({c for w in left for c in w}), key=lambda c: sum(c in w for w in left) / freq(c))
        chosen.append(best)
        left = {w for w in left if best not in w}
    for c in sorted(chosen, key=freq, reverse=True):  # drop a common one that the others make needless
        if all(any(x in w for x in chosen if x != c) for w in words):
            chosen.remove(c)
    branches: dict[str, list[str]] = {}
    for word in words:
        k = min((i for i, c in enumerate(word) if c in chosen), key=lambda i: (freq(word[i]), i))
        before = "(?<=" + re.escape(word[: k + 1]) + ")" if k else ""
        branches.setdefault(word[k], []).append(before + re.escape(word[k + 1 :]))
    return "|".join(re.escape(c) + (rest[0] if len(rest) == 1 else "(?:" + "|".join(rest) + ")")
                    for c, rest in branches.items())


def split_alternatives(pattern: str) -> list[str]:
    """The top-level branches of `pattern` ('a|(?:b|c)d' -> ['a', '(?:b|c)d'])."""
    out: list[str] = []
    cur: list[str] = []
    depth, i, in_class = 0, 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            cur.append(pattern[i : i + 2])
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            j = i + 1 + (pattern[i + 1 : i + 2] == "^")
            if pattern[j : j + 1] == "]":  # "[]...]" / "[^]...]": the ']' is a member
                cur.append(pattern[i : j + 1])
                i = j + 1
                continue
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            out.append("".join(cur))
            cur = []
            i += 1
            continue
        cur.append(c)
        i += 1
    out.append("".join(cur))
    return out


def _lead(branch: str) -> tuple[str, str] | None:
    """(first character, rest) of a branch that starts with one unquantified literal character."""
    if branch[:2] == "\\ ":
        first, rest = " ", branch[2:]
    elif branch[:1] in _LITERAL:
        first, rest = branch[0], branch[1:]
    else:
        return None
    return None if rest[:1] in _QUANTIFIERS else (first, rest)


def factor_branches(branches: list[str]) -> str:
    """Branches sharing a first literal character, grouped under it (recursively).

    Only when every branch starts with a literal character: then at any position only the
    branches of that position's character can match, and grouping keeps their order, so the
    pattern matches the same text by the same branch. Otherwise the branches stay as they are.
    """
    leads = [_lead(b) for b in branches]
    if len(branches) < 2 or any(x is None for x in leads):
        return "|".join(branches)
    groups: dict[str, list[str]] = {}
    for first, rest in leads:  # type: ignore[misc]
        groups.setdefault(first, []).append(rest)
    out = []
    for first, rests in groups.items():
        head = "\\ " if first == " " else first
        out.append(head + rests[0] if len(rests) == 1 else head + "(?:" + factor_branches(rests) + ")")
    return "|".join(out)


def factored(pattern: str) -> str:
    """`pattern` with its top-level alternation factored (see factor_branches)."""
    return factor_branches(split_alternatives(pattern))
