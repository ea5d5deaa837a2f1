"""Benchmark: canonical English spelling of single-word Arabic names.

Data: the TEST split of ../shared/data/google-ar2en-translit (Wikipedia spellings,
Apache-2.0); never the train split's answers for the test words. Reports top-1
exact match and character error rate (Levenshtein distance / reference length)
of marsad's canonical spelling and, in the same run, of the `arabic-name-romanizer`
package (the peer to beat; skipped with a message when it is not installed).

Usage: python benchmarks/translit.py [--data PATH] [--limit N]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

from rapidfuzz.distance import Levenshtein

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "google-ar2en-translit" / "ar2en-test.tsv"


def load(path: Path, limit: int | None) -> list[tuple[str, str]]:
    pairs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if len(cols) >= 2 and cols[0].strip() and cols[1].strip():
            pairs.append((cols[0].strip(), cols[1].strip()))
    return pairs[:limit] if limit else pairs


def norm(s: str) -> str:
    return s.casefold().replace("-", "").replace(" ", "").replace("'", "").replace("’", "")


def evaluate(name: str, fn: Callable[[str], str], pairs: list[tuple[str, str]]) -> dict:
    exact, dist, ref_len = 0, 0, 0
    t0 = time.perf_counter()
    for ar, en in pairs:
        try:
            hyp = fn(ar) or ""
        except Exception as exc:  # a failure counts as an empty answer
            print(f"{name}: {ar}: {exc}", file=sys.stderr)
            hyp = ""
        h, r = norm(hyp), norm(en)
        exact += h == r
        dist += Levenshtein.distance(h, r)
        ref_len += len(r)
    secs = time.perf_counter() - t0
    return {"system": name, "n": len(pairs), "exact": exact / len(pairs), "cer": dist / ref_len, "secs": secs}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT)
    ap.add_argument("--limit", type=int, default=None)
    args = ap.parse_args()
    if not args.data.exists():
        sys.exit(f"test split not found: {args.data}")
    pairs = load(args.data, args.limit)
    from marsad.names.canonical import canonical_name

    rows = [evaluate("marsad canonical", canonical_name, pairs)]
    try:
        from arabic_name_romanizer import transliterate
    except ImportError:
        print("arabic-name-romanizer is not installed: peer skipped (pip install arabic-name-romanizer)")
    else:
        rows.append(evaluate("marsad + peer fallback", lambda s: canonical_name(s, peer=True), pairs))
        rows.append(evaluate("arabic-name-romanizer 0.2", lambda s: str(transliterate(s)), pairs))
    print(f"google-ar2en-translit test split, {len(pairs)} single-word names")
    print(f"{'system':28} {'top-1 exact':>12} {'CER':>8} {'seconds':>9}")
    for r in rows:
        print(f"{r['system']:28} {r['exact']:12.3f} {r['cer']:8.3f} {r['secs']:9.1f}")


if __name__ == "__main__":
    main()
