"""Attribution on gold claims: strip gold sources, run segment + names + outlet + attribution,
and score chains against gold with ../shared/eval/score.py's matching.

    .venv/bin/python scripts/eval_attribution.py [--show] [--corpus DIR] [DOC ...]
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from pathlib import Path

from marsad.evaluation.gold import SHARED, gold_claims, load_gold
from marsad.names import recognize_names
from marsad.render.eval_line import claim_for_eval
from marsad.segment import segment
from marsad.sources import attribute_claims, detect_outlet


def _scorer():
    spec = importlib.util.spec_from_file_location("score", SHARED / "eval" / "score.py")
    mod = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("docs", nargs="*")
    ap.add_argument("--show", action="store_true", help="print every wrong chain")
    ap.add_argument("--corpus", type=Path, default=None, help="annotated corpus folder (default: dev)")
    ap.add_argument(
        "--pipeline", metavar="OUT.jsonl", help="run the full pipeline (predicted claims) and score it"
    )
    args = ap.parse_args(argv)
    if not (SHARED / "eval" / "score.py").exists():
        print("../shared is absent: nothing to evaluate", file=sys.stderr)
        return 1
    score = _scorer()
    corpus = args.corpus or SHARED / "corpus" / "dev"
    if args.pipeline:
        return _pipeline(score, Path(args.pipeline), corpus)
    tallies: dict[str, list[int]] = {}
    for stem, (gold, doc) in load_gold(corpus).items():
        if args.docs and stem not in args.docs:
            continue
        segment(doc)
        try:
            recognize_names(doc)
        except Exception as exc:  # the names stage is another helper's; keep going
            print(f"{stem}: names failed: {exc!r}", file=sys.stderr)
        detect_outlet(doc)
        doc.claims = gold_claims(gold, doc)
        for c in doc.claims:
            c.source = []
        attribute_claims(doc)
        for w in doc.warnings:
            print(f"{stem}: warning: {w}", file=sys.stderr)
        for c, g in zip(doc.claims, gold["claims"], strict=True):
            p = claim_for_eval(doc, c)
            p["stance"] = g.get("stance", "assert")
            for lang in (g["lang"], "all"):
                t = tallies.setdefault(lang, [0, 0, 0])
                t[0] += 1
                t[1] += score.origin_agrees(p, g)
                t[2] += score.chain_agrees(p, g)
            if args.show and not score.chain_agrees(p, g):
                got = [lk.name for lk in c.source]
                want = [link[0] for link in g["source"]]
                print(f"{stem} [{g['lang']}] got {got} want {want} | {g['evidence'][:70]}")
        if args.show:
            print(f"  {stem}: outlet {doc.outlet.name if doc.outlet else None} (gold {gold['outlet'][0]})")
    print(f"{'lang':<5} {'claims':>6} {'attributed':>10} {'chain':>7}")
    for lang in ("ar", "en", "all"):
        n, a, ch = tallies.get(lang, [0, 0, 0])
        if n:
            print(f"{lang:<5} {n:>6} {a / n:>10.3f} {ch / n:>7.3f}")
    return 0


def _pipeline(score, out: Path, corpus: Path) -> int:
    """Extract every dev document with the whole pipeline, write eval lines, print the scorer's table."""
    import json

    from marsad.pipeline import run_pipeline
    from marsad.render.eval_line import eval_line

    lines = []
    for _stem, (_gold, doc) in load_gold(corpus).items():
        run_pipeline(doc)
        lines.append(json.dumps(eval_line(doc), ensure_ascii=False))
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    res = score.score(corpus, out, False)
    score.print_result(res)
    return 0


if __name__ == "__main__":
    sys.exit(main())
