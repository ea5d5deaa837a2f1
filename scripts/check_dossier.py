#!/usr/bin/env python3
"""Check the incident dossier against the annotated dev corpus (../shared/corpus/dev).

For each gold incident: do its reports form exactly one dossier (none split, none mixed)?
Do the dossier's low/high for killed people and killed civilians equal the lowest/highest
figure over the incident's annotated claims (asserted, not vague)?

    python scripts/check_dossier.py           # full pipeline (marsad.extract) on the texts
    python scripts/check_dossier.py --gold    # gold claims, entities, outlet and date
    python scripts/check_dossier.py --gold --text-dates   # the same, publication dates read from the texts
    python scripts/check_dossier.py --gold-entities   # pipeline claims and dates, gold entities
    python scripts/check_dossier.py --corpus ../shared/corpus/dev --corpus tests/heldout   # together
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

from marsad.api import extract
from marsad.dossier import build_dossiers
from marsad.dossier.gold_inputs import gold_document, gold_entities
from marsad.evaluation.gold import DEV_CORPUS, load_gold

KEYS = [("killed", "people"), ("killed", "civilians")]


def gold_range(claims: list[dict], outcome: str, group: str) -> tuple[int | None, int | None]:
    values = [
        v
        for c in claims
        if c["outcome"] == outcome and c["group"] == group and not c.get("side")
        and c.get("stance", "assert") == "assert" and not c.get("vague")
        for v in (c.get("min"), c.get("max"))
        if v is not None
    ]
    return (min(values), max(values)) if values else (None, None)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gold", action="store_true", help="use gold claims/entities instead of the pipeline")
    ap.add_argument("--text-dates", action="store_true", help="with --gold: read publication dates from the texts")
    ap.add_argument("--gold-entities", action="store_true", help="pipeline claims, gold entities (isolates grouping)")
    ap.add_argument(
        "--corpus", type=Path, action="append",
        help="annotated corpus folder (repeatable: all are run together; default the dev corpus)",
    )
    args = ap.parse_args()
    corpora = args.corpus or [DEV_CORPUS]
    gold: dict = {}
    for corpus in corpora:
        if not corpus.is_dir():
            print(f"check_dossier: {corpus} not found (../shared is not beside this clone?)", file=sys.stderr)
            return 2
        for stem, pair in load_gold(corpus).items():
            if stem in gold:
                print(f"check_dossier: document {stem} is in two corpora", file=sys.stderr)
                return 2
            gold[stem] = pair
    docs = []
    for g, doc in gold.values():
        if args.gold:
            doc = gold_document(g, doc)
            if args.text_dates:
                doc.meta.published = None
            docs.append(doc)
        else:
            doc.meta.published = None  # the pipeline must find dates itself
            doc = extract(doc)
            if args.gold_entities:
                doc.entities = gold_entities(g, doc)
            docs.append(doc)
    dossiers = build_dossiers(docs)
    incident_of = {stem: g["incident"] for stem, (g, _) in gold.items()}
    claims_of: dict[str, list[dict]] = defaultdict(list)
    for g, _ in gold.values():
        claims_of[g["incident"]].extend(g.get("claims", []))

    ok = True
    mode = ("gold inputs, dates from the texts" if args.text_dates else "gold inputs") if args.gold else "pipeline + gold entities" if args.gold_entities else "pipeline"
    names = ", ".join(str(c) for c in corpora)
    print(f"mode: {mode}; corpora: {names}; {len(docs)} reports, {len(dossiers.incidents)} dossiers")
    print(f"{'incident':38} {'grouping':22} {'killed people gold/ours':26} {'killed civilians gold/ours':26}")
    for key in sorted(claims_of):
        members = [d for d in dossiers.incidents if any(incident_of[x] == key for x in d.documents)]
        n_gold_docs = sum(1 for v in incident_of.values() if v == key)
        mixed = [d for d in members if any(incident_of[x] != key for x in d.documents)]
        if len(members) == 1 and not mixed:
            grouping = f"one dossier ({n_gold_docs} docs)"
        else:
            grouping = f"SPLIT {len(members)}" if len(members) > 1 else ""
            grouping += " MIXED" if mixed else ""
            ok = False
        main = max(members, key=lambda d: sum(incident_of[x] == key for x in d.documents)) if members else None
        cells = []
        for outcome, group in KEYS:
            want = gold_range(claims_of[key], outcome, group)
            fig = next(
                (f for f in (main.figures if main else []) if f.outcome == outcome and f.group == group and f.side is None),
                None,
            )
            got = (fig.low, fig.high) if fig else (None, None)
            mark = "=" if got == want else "!="
            ok &= got == want
            cells.append(f"{want[0]}-{want[1]} {mark} {got[0]}-{got[1]}")
        print(f"{key:38} {grouping:22} {cells[0]:26} {cells[1]:26}")
    print("all incidents match" if ok else "MISMATCHES above")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
