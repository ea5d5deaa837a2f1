#!/usr/bin/env python3
"""List six-word runs of held-out report text that also occur in marsad's code and language data.

    python scripts/check_copied_text.py [--all]

Rules and examples must be written in our own words, never quoted from the held-out corpora
(`tests/heldout*/`), or the rules read as special cases of test documents and the test text leaks
into the product. Prints, per file under `src/marsad`, how many six-word runs it shares with a
held-out report, and a few of them (all with --all). The names of real organisations are facts
and may stay ("Syrian Observatory for Human Rights"); anything else should be reworded.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WORD = re.compile(r"[\w\u0600-\u06ff'’-]+")
SUFFIXES = (".py", ".toml", ".tsv", ".jsonl", ".json", ".md")


def runs(text: str, n: int = 6) -> list[str]:
    words = WORD.findall(text)
    return [" ".join(words[i : i + n]) for i in range(len(words) - n + 1)]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--all", action="store_true", help="print every shared run, not the first four")
    args = ap.parse_args(argv)
    held: dict[str, str] = {}
    for report in sorted(ROOT.glob("tests/heldout*/*.txt")):
        for run in runs(report.read_text(encoding="utf-8")):
            held.setdefault(run, str(report.relative_to(ROOT)))
    total = 0
    for path in sorted(p for p in (ROOT / "src" / "marsad").rglob("*") if p.suffix in SUFFIXES and p.is_file()):
        shared = sorted({(held[r], r) for r in runs(path.read_text(encoding="utf-8", errors="replace")) if r in held})
        if shared:
            total += len(shared)
            print(f"{path.relative_to(ROOT)}: {len(shared)}")
            for report, run in shared if args.all else shared[:4]:
                print(f"    {report} | {run}")
    print(f"{total} shared six-word runs")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
