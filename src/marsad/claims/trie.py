"""Regexes of many literals, rewritten as tries so that `re` tries fewer branches per position.

Python's `re` tries the branches of an alternation one by one at every position; a long
list of words ("kill|dead|death|die|...") costs a check per word per character. Sharing
first letters ("d(?:e(?:ad|ath)|ie)") cuts that to a check per distinct letter. The
rewrites match exactly what the original matches (same spans, same branch preference).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

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
        branches.setdefault(word[k], []).append(_rest_then_behind(word, k))
    return "|".join(re.escape(c) + _rests(rest) for c, rest in branches.items())


def _rest_then_behind(word: str, k: int) -> str:
    """The branch of `word` after its rare character word[k]: the letters after it, then a
    look-behind for the whole word ("separately" from its "p": "arately(?<=separately)"). Read
    after the letters, the look-behind runs only where they are there; a branch that starts with
    a letter is skipped by `re` on one comparison when the letter differs."""
    after = re.escape(word[k + 1 :])
    return after + ("(?<=" + re.escape(word) + ")" if k else "")


def _rests(rests: list[str]) -> str:
    """The branches after one rare character: those starting with a letter factored under it
    (factor_branches), then those that are a look-behind or nothing. A prefilter's match only
    says where some word starts from its rare character (the same wherever the branches go):
    their order is free."""
    led = [r for r in rests if _lead(r) is not None]
    other = [r for r in rests if _lead(r) is None]
    if "" in other:
        return ""  # the rare character is a whole word: nothing else to read
    parts = ([factor_branches(led)] if led else []) + other
    return parts[0] if len(parts) == 1 and len(led) < 2 and not other else "(?:" + "|".join(parts) + ")"


def _structure(pattern: str) -> Iterator[tuple[int, str, int]]:
    """(index, character, depth before it) of each '(', ')' and '|' of `pattern` that is regex syntax:
    not escaped, not inside a character class ('[]...]' and '[^]...]' hold their ']')."""
    depth, i, in_class = 0, 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            j = i + 1 + (pattern[i + 1 : i + 2] == "^")
            if pattern[j : j + 1] == "]":  # "[]...]" / "[^]...]": the ']' is a member
                i = j
        elif c in "()|":
            yield i, c, depth
            depth += (c == "(") - (c == ")")
        i += 1


def split_alternatives(pattern: str) -> list[str]:
    """The top-level branches of `pattern` ('a|(?:b|c)d' -> ['a', '(?:b|c)d'])."""
    bounds = [-1, *(i for i, c, depth in _structure(pattern) if c == "|" and depth == 0), len(pattern)]
    return [pattern[a + 1 : b] for a, b in zip(bounds, bounds[1:], strict=False)]


def _lead(branch: str) -> tuple[str, str] | None:
    """(first character, rest) of a branch that starts with one unquantified literal character."""
    if branch[:2] == "\\ ":
        first, rest = " ", branch[2:]
    elif branch[:1] in _LITERAL or branch[:1].isalpha() and not branch[:1].isascii():  # (a letter of another script)
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
    return _grouped(leads, factor_branches)  # type: ignore[arg-type]


def _grouped(leads: list[tuple[str, str]], inner: Callable[[list[str]], str]) -> str:
    """Branches (first character, rest) grouped by their first character, groups in order of first
    appearance, each group's rests joined by `inner`."""
    groups: dict[str, list[str]] = {}
    for first, rest in leads:
        groups.setdefault(first, []).append(rest)
    out = []
    for first, rests in groups.items():
        head = "\\ " if first == " " else first
        out.append(head + rests[0] if len(rests) == 1 else head + "(?:" + inner(rests) + ")")
    return "|".join(out)


def factored(pattern: str) -> str:
    """`pattern` with its top-level alternation factored (see factor_branches)."""
    return factor_branches(split_alternatives(pattern))


def _leading_group(branch: str) -> tuple[str, str, str] | None:
    """(body, quantifier, rest) of a branch opening with a non-capturing group ('(?:a|b)?rest' ->
    ('a|b', '?', 'rest')); None when it opens otherwise or the group is repeated or lazy."""
    if not branch.startswith("(?:"):
        return None
    i = next((k for k, c, depth in _structure(branch) if c == ")" and depth == 1), len(branch))
    body, after = branch[3:i], branch[i + 1 :]
    if after[:1] == "?" and after[1:2] not in ("?", "+"):
        return body, "?", after[1:]
    if after[:1] in ("?", "*", "+", "{"):
        return None
    return body, "", after


def _distributed(branch: str) -> list[str]:
    """The branch with an opening group spread over its alternatives: '(?:a|b)R' -> ['aR', 'bR'],
    '(?:a)?R' -> ['aR', 'R'] (recursively). The same matches, tried in the same order: `re` tries
    a group's alternatives, and a greedy '?' the group before its absence, each with R after."""
    lead = _leading_group(branch)
    if lead is None:
        return [branch]
    body, quantifier, rest = lead
    out = [x for alt in split_alternatives(body) for x in _distributed(alt + rest)]
    return out + _distributed(rest) if quantifier else out


def factor_runs(branches: list[str]) -> str:
    """Branches with opening groups spread out (`_distributed`), then each run of branches that
    start with a literal character factored under it (see factor_branches): a branch that starts
    otherwise ends a run and keeps its place, so the branches keep their order."""
    spread = [x for b in branches for x in _distributed(b)]
    out: list[str] = []
    run: list[str] = []
    for b in spread:
        if _lead(b) is not None:
            run.append(b)
            continue
        if run:
            out.append(_factor_deep(run))
            run = []
        out.append(b)
    if run:
        out.append(_factor_deep(run))
    return "|".join(out)


def _factor_deep(branches: list[str]) -> str:
    """factor_branches over literal-led branches, spreading opening groups at every level."""
    if len(branches) < 2:
        return "|".join(branches)
    return _grouped([_lead(b) for b in branches], factor_runs)  # type: ignore[misc]


def factored_deep(pattern: str) -> str:
    """`pattern` with each run of top-level branches that open with a word boundary ('\\bX|\\bY')
    rewritten as one '\\b(?:Z)', Z being the runs' rests spread and factored (see factor_runs):
    `re` tests the boundary once, and at a word start tries the few branches of that letter, not
    every branch in turn. The same matches: the boundary is at the same place for each branch, and
    the branches keep their order."""
    out: list[str] = []
    run: list[str] = []
    for branch in split_alternatives(pattern):
        if branch.startswith("\\b") and branch[2:3] not in _QUANTIFIERS:
            run.append(branch[2:])
            continue
        if run:
            out.append("\\b(?:" + factor_runs(run) + ")")
            run = []
        out.append(branch)
    if run:
        out.append("\\b(?:" + factor_runs(run) + ")")
    return "|".join(out)
