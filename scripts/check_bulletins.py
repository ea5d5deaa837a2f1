#!/usr/bin/env python3
"""Check casualty extraction on the bilingual Gaza Ministry of Health daily bulletins.

    python scripts/check_bulletins.py [BULLETINS.jsonl] [-v]

Reads `../shared/data/tfp-palestine/bulletins.jsonl` (see its PROVENANCE.md):
records of series `gaza-daily` whose `source_text` holds the bulletin (an
Arabic block, then its English translation), with the published figures in
`figures`. Each text is extracted with marsad; its claims are split by the
language of the sentence they were read from. For each of the figures
`killed`, `injured`, `killed_cum` and `injured_cum` present in a record, the
figure counts as found in a language when some claim of that language has the
field's outcome (killed / injured) and exactly that value (min == max == value,
or min == value). A figure counts as found whatever the claim's scope:
cumulative totals are usually marked "background", and they are still
extracted. Prints found/total per field and language; with -v, each miss with
the lines of the text that carry the value.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from marsad.api import extract_text
from marsad.record import Claim

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "tfp-palestine" / "bulletins.jsonl"
FIELDS = {"killed": "killed", "injured": "injured", "killed_cum": "killed", "injured_cum": "injured"}
LANGS = ("ar", "en")
TARGET = 0.90


def _figure(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value)
    return None


def found(claims: list[Claim], lang: str, outcome: str, value: int) -> bool:
    return any(
        c.lang == lang and c.outcome == outcome and c.min == value and (c.max is None or c.max == value)
        for c in claims
    )


def _context(text: str, value: int) -> list[str]:
    pattern = re.compile(r"(?<![\d,،٬.])" + r"[,،٬.]?".join(re.escape(ch) for ch in str(value)) + r"(?![\d])")
    return [line.strip() for line in text.splitlines() if pattern.search(line)]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("bulletins", nargs="?", default=str(DEFAULT))
    ap.add_argument("-v", "--verbose", action="store_true", help="list each missed figure with its context")
    args = ap.parse_args(argv)
    path = Path(args.bulletins)
    if not path.is_file():
        print(f"check_bulletins: no such file: {path}", file=sys.stderr)
        return 2
    tally = {(f, lang): [0, 0] for f in FIELDS for lang in LANGS}
    misses: list[str] = []
    n_records = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        rec = json.loads(line)
        text = rec.get("source_text") or ""
        if rec.get("series") != "gaza-daily" or not text.strip():
            continue
        n_records += 1
        doc = extract_text(text, doc_id=rec.get("file", "bulletin"))
        for field, outcome in FIELDS.items():
            value = _figure((rec.get("figures") or {}).get(field))
            if value is None:
                continue
            for lang in LANGS:
                t = tally[(field, lang)]
                t[1] += 1
                if found(doc.claims, lang, outcome, value):
                    t[0] += 1
                else:
                    ctx = " | ".join(_context(text, value)) or "(value not written in the text)"
                    misses.append(f"{rec.get('file')}: {field}={value} [{lang}] {ctx}")
    print(f"{n_records} gaza-daily bulletins with source text")
    print(f"{'field':<12} {'lang':<4} {'found':>7} {'total':>6} {'%':>7}")
    ok = True
    for lang in LANGS:
        for field in FIELDS:
            hit, total = tally[(field, lang)]
            share = hit / total if total else 1.0
            ok &= share >= TARGET
            print(f"{field:<12} {lang:<4} {hit:>7} {total:>6} {100 * share:>6.1f}%")
    for lang in LANGS:
        hit = sum(tally[(f, lang)][0] for f in FIELDS)
        total = sum(tally[(f, lang)][1] for f in FIELDS)
        print(f"{'all':<12} {lang:<4} {hit:>7} {total:>6} {100 * hit / max(total, 1):>6.1f}%")
    if args.verbose:
        for m in misses:
            print("MISS", m)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
