"""Show, per document, where predicted casualty claims differ from an annotated corpus.

    python3 scripts/diff_claims.py CORPUS_DIR PREDICTIONS.jsonl [--doc STEM ...] [--no-chain]

CORPUS_DIR holds `<doc>.txt` + `<doc>.gold.json` (corpus/SCHEMA.md); PREDICTIONS.jsonl is
`marsad extract --format eval` output. Matching follows the scorer: one-to-one, greedy.

For each document it prints
  MISS   gold claims no prediction matches at the `figure` level (lang, min, max, vague,
         outcome, group, side, stance), with the closest prediction when one shares the
         numbers or the evidence, and the fields that differ;
  SPUR   predicted claims (scope "incident") matching no gold claim at that level;
  CHAIN  figure-level matches whose attribution chain differs (gold vs predicted links);
  and with --entities, gold entities not found (ENT-), or found with a canonical name or a
  DIN romanisation the gold does not accept (ENT~).
Predictions scoped "background" are left out of the score; a MISS that one of them would
have filled is flagged "(background)". Standard library only.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

_AR_DIACRITICS = re.compile("[\u064b-\u0652\u0670\u0640]")
_PUNCT = re.compile(r"[\s\-_'’‘`ʿʾ\".,:;()\[\]«»“”]+")
_AR_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي"})
FIELDS = ("lang", "min", "max", "vague", "outcome", "group", "side", "stance")


def norm_name(name: str) -> str:
    """Loose key for a source name, as the scorer builds it."""
    s = _AR_DIACRITICS.sub("", unicodedata.normalize("NFKC", name)).translate(_AR_FOLD)
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    s = re.sub(r"^(the|al|el)[\s\-]+", "", s.casefold())
    return _PUNCT.sub("", re.sub(r"^ال", "", s))


def link_names(link: object) -> set[str]:
    names = [link] if isinstance(link, str) else list(link or [])  # type: ignore[call-overload]
    return {norm_name(n) for n in names if isinstance(n, str) and n.strip()}


def figure_key(c: dict) -> tuple:
    side = c.get("side") if c.get("group") in {"combatants", "soldiers"} else None
    side = norm_name(side) if isinstance(side, str) and side.strip() else None
    return (c.get("lang"), c.get("min"), c.get("max"), bool(c.get("vague")),
            c.get("outcome"), c.get("group"), side, c.get("stance", "assert"))


def chain_agrees(p: dict, g: dict) -> bool:
    ps, gs = p.get("source") or [], g.get("source") or []
    return len(ps) == len(gs) and all(link_names(a) & link_names(b) for a, b in zip(ps, gs, strict=True))


def show_chain(c: dict) -> str:
    links = c.get("source") or []
    if not links:
        return "[outlet]"
    return "[" + " > ".join((link if isinstance(link, str) else (link or ["?"])[0]) for link in links) + "]"


def show_claim(c: dict) -> str:
    if c.get("vague"):
        fig = "vague"
    elif c.get("min") == c.get("max"):
        fig = str(c.get("min"))
    else:
        fig = f"{c.get('min')}..{c.get('max')}"
    side = f"/{c['side']}" if c.get("side") else ""
    deny = " DENY" if c.get("stance") == "deny" else ""
    rule = f" <{c['rule']}>" if c.get("rule") else ""
    return (f"{c.get('lang')} {c.get('outcome')} {c.get('group')}{side} {fig}{deny} "
            f"{show_chain(c)} | {c.get('evidence', '')!s}{rule}")


def differing(p: dict, g: dict) -> str:
    fp, fg = figure_key(p), figure_key(g)
    return ", ".join(f"{name} {b!r}->{a!r}" for name, a, b in zip(FIELDS, fp, fg, strict=True) if a != b)


def closest(g: dict, pool: list[dict]) -> dict | None:
    """A prediction sharing the gold claim's numbers, else one overlapping its evidence."""
    ev = g.get("evidence") or ""
    same_numbers = [p for p in pool if figure_key(p)[:4] == figure_key(g)[:4]]
    overlapping = [p for p in same_numbers if (p.get("evidence") or "") and
                   ((p["evidence"] in ev) or (ev in p["evidence"]))]
    if overlapping or same_numbers:
        return (overlapping or same_numbers)[0]
    for p in pool:
        pe = p.get("evidence") or ""
        if pe and p.get("lang") == g.get("lang") and (pe in ev or ev in pe):
            return p
    return None


def match(pred: list[dict], gold: list[dict]) -> tuple[list, list, list]:
    """(chain mismatches, unmatched gold, unmatched predictions) at the figure level."""
    free_g = list(range(len(gold)))
    free_p = list(range(len(pred)))
    for strict in (True, False):
        pairs = []
        for i in list(free_p):
            for j in free_g:
                if figure_key(pred[i]) == figure_key(gold[j]) and (not strict or chain_agrees(pred[i], gold[j])):
                    free_g.remove(j)
                    free_p.remove(i)
                    if not strict:
                        pairs.append((pred[i], gold[j]))
                    break
        if not strict:
            chain_bad = pairs
    return chain_bad, [gold[j] for j in free_g], [pred[i] for i in free_p]


_DIN_MARKS = str.maketrans({"ʿ": "‘", "ʻ": "‘", "`": "‘", "ʾ": "’", "ʼ": "’", "'": "’"})


def din_key(s: str) -> str:
    return unicodedata.normalize("NFC", s).translate(_DIN_MARKS).strip()


def entity_lines(gold: dict, pred: dict) -> list[str]:
    """ENT- / ENT~ lines for one document, judged as the scorer judges them."""
    lines = []
    pents = pred.get("entities", [])
    for ge in gold.get("entities", []):
        cand = [pe for pe in pents if pe.get("lang") == ge["lang"]
                and norm_name(pe.get("text", "")) == norm_name(ge["text"])]
        if not cand:
            lines.append(f"  ENT-  {ge['lang']} {ge['type']} {ge['text']}  (want {ge['canonical']})")
            continue
        pe = cand[0]
        ok = {norm_name(n) for n in [ge["canonical"], *ge.get("aliases", [])]}
        bad = []
        if norm_name(pe.get("canonical") or "") not in ok:
            bad.append(f"canonical {pe.get('canonical')!r} want {ge['canonical']!r}")
        if ge.get("din") is not None:
            opts = [ge["din"]] if isinstance(ge["din"], str) else ge["din"]
            pdin = pe.get("din")
            pdin = pdin[0] if isinstance(pdin, list) and pdin else pdin
            if not isinstance(pdin, str) or din_key(pdin) not in {din_key(o) for o in opts}:
                bad.append(f"din {pdin!r} want {opts[0]!r}")
        if bad:
            lines.append(f"  ENT~  {ge['lang']} {ge['text']}: " + "; ".join(bad))
    return lines


def load(corpus: Path, predictions: Path) -> tuple[dict, dict]:
    golds = {}
    for path in sorted(corpus.glob("*.gold.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        golds[path.name[: -len(".gold.json")]] = gold
    preds = {}
    for n, line in enumerate(predictions.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise SystemExit(f"{predictions}:{n}: not JSON ({exc})") from None
            preds[obj.get("doc")] = obj
    return golds, preds


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", type=Path)
    ap.add_argument("predictions", type=Path)
    ap.add_argument("--doc", action="append", default=[], help="only this document (repeatable)")
    ap.add_argument("--no-chain", action="store_true", help="do not list chain mismatches")
    ap.add_argument("--entities", action="store_true", help="also list entity misses")
    args = ap.parse_args(argv)
    if not args.corpus.is_dir() or not args.predictions.is_file():
        print("need a corpus folder and a predictions file", file=sys.stderr)
        return 2
    golds, preds = load(args.corpus, args.predictions)
    totals: Counter = Counter()
    for stem, gold in golds.items():
        if args.doc and stem not in args.doc:
            continue
        claims = [c for c in preds.get(stem, {}).get("claims", []) if c.get("kind", "casualty") == "casualty"]
        scored = [c for c in claims if c.get("scope", "incident") == "incident"]
        background = [c for c in claims if c.get("scope", "incident") != "incident"]
        chain_bad, missed, spurious = match(scored, gold["claims"])
        totals.update(gold=len(gold["claims"]), pred=len(scored), miss=len(missed),
                      spur=len(spurious), chain=len(chain_bad))
        ents = entity_lines(gold, preds.get(stem, {})) if args.entities else []
        if not (missed or spurious or ents or (chain_bad and not args.no_chain)):
            continue
        print(f"== {stem}  (gold {len(gold['claims'])}, predicted {len(scored)})")
        for g in missed:
            near = closest(g, scored + background)
            print(f"  MISS  {show_claim(g)}")
            if near is not None:
                tag = " (background)" if near in background else ""
                print(f"        ~ {show_claim(near)}{tag}  [{differing(near, g) or 'same figure'}]")
        for p in spurious:
            print(f"  SPUR  {show_claim(p)}")
        if not args.no_chain:
            for p, g in chain_bad:
                print(f"  CHAIN {show_claim(g)}")
                print(f"        got {show_chain(p)}  want {show_chain(g)}")
        for line in ents:
            print(line)
    print(f"-- {totals['gold']} gold, {totals['pred']} predicted: {totals['miss']} missed, "
          f"{totals['spur']} spurious, {totals['chain']} with a wrong chain (figure level)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
