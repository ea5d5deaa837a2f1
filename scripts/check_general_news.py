#!/usr/bin/env python3
"""List the casualty claims marsad reads in general news, for precision checks.

    python scripts/check_general_news.py [--lang en|ar] [--data DIR] [-v]

Reads NTREX-128 (`../shared/data/ntrex-ar-en`, see its PROVENANCE.md): 1,997 sentences of
English news from 2018-19 (newstest2019) and their Arabic translations, grouped into 123
documents by `DOCUMENT_IDS.tsv`. Few of them are about armed conflict (sport, courts,
health, business, a tsunami, a few attacks), so every claim read there is worth a look:
deaths of illness, counterfactuals ("would have been killed"), lives saved, sports losses
and the like are false positives; disaster and attack tolls are real claims (background
when another year's). Prints, per language, the number of claims by scope and, with -v,
each claim with its evidence in context and the rule that fired.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from itertools import groupby
from pathlib import Path

from marsad.api import extract_text

FILES = {"en": "newstest2019-src.eng.txt", "ar": "newstest2019-ref.arb.txt"}


def documents(data: Path, lang: str) -> list[tuple[str, str]]:
    """(document id, text) pairs: consecutive lines of one document joined by newlines."""
    ids = (data / "DOCUMENT_IDS.tsv").read_text(encoding="utf-8").splitlines()
    lines = (data / FILES[lang]).read_text(encoding="utf-8").splitlines()
    if len(ids) != len(lines):
        raise SystemExit(f"{data}: {len(ids)} document ids for {len(lines)} lines")
    pairs = zip(ids, lines, strict=True)
    return [(doc, "\n".join(line for _, line in group)) for doc, group in groupby(pairs, key=lambda p: p[0])]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--lang", choices=sorted(FILES), action="append", help="language (default: both)")
    ap.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[2] / "shared/data/ntrex-ar-en")
    ap.add_argument("-v", "--verbose", action="store_true", help="print each claim in context")
    args = ap.parse_args(argv)
    if not (args.data / "DOCUMENT_IDS.tsv").is_file():
        print(f"no NTREX data at {args.data}: pass --data DIR", file=sys.stderr)
        return 2
    for lang in args.lang or sorted(FILES):
        docs = documents(args.data, lang)
        scopes: Counter[str] = Counter()
        for doc_id, text in docs:
            for c in extract_text(text, doc_id).claims:
                scopes[c.scope] += 1
                if args.verbose and c.evidence:
                    s, e = c.evidence[0].start, c.evidence[0].end
                    a = max(text.rfind("\n", 0, s) + 1, s - 160)
                    b = text.find("\n", e)
                    b = len(text) if b < 0 else min(b, e + 120)
                    figure = f"{c.min}-{c.max}" if not c.vague else "vague"
                    print(f"{lang} {doc_id} {c.outcome}/{c.group} {figure} {c.stance} {c.scope} {c.rule}\n"
                          f"    {text[a:s]}[[{text[s:e]}]]{text[e:b]}")
        total = sum(scopes.values())
        print(f"{lang}: {len(docs)} documents, {total} claims "
              f"({scopes['incident']} incident, {scopes['background']} background)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
