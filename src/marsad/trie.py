"""Word lists as prefix trees, the shared step of every trie-shaped regex.

Python's `re` tries the branches of an alternation one by one at each position; the same
words written as a trie ("d(?:e(?:ad|ath)|ie)") try one branch per letter. Modules that emit
such patterns (claims cue prefilters, Arabic spelling-tolerant gates, attribution cue lists)
differ in how a branch ends and what a letter stands for, not in how the tree is built.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

END = ""  # the key that marks a word's end in a node

Trie = dict[str, "Trie"]


def word_trie(words: Iterable[str], key: Callable[[str], str] = str) -> Trie:
    """The prefix tree of `words`; `key` maps a character to the branch it takes (characters of
    one class share a branch). Children keep the order in which words first reach them."""
    root: Trie = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(key(ch), {})
        node[END] = {}
    return root


def first_end_pattern(node: Trie, atom: Callable[[str], str] = re.escape) -> str:
    """A pattern that stops at the first word end it meets on a path: it finds where some word
    occurs, not which one (for yes/no prefilters). `atom` is the regex of one branch key."""
    if END in node:
        return ""
    branches = [atom(ch) + first_end_pattern(child, atom) for ch, child in node.items()]
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
