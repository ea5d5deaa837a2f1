"""CSV renderings of a dossier: one row per claim, or one row per incident.

Every field is quoted (RFC 4180, CRLF rows), so commas, quotes and line breaks in evidence stay
inside their cell. Files are written as UTF-8 with a byte-order mark (`write_csv`): Excel needs
the BOM to read Arabic as UTF-8 when a CSV is opened by double-click; LibreOffice, pandas and
Python's csv module (with `encoding="utf-8-sig"`) read it too. On stdout no BOM is written.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from marsad.dossier.model import DossierSet, Incident

CSV_ENCODING = "utf-8-sig"  # UTF-8 with BOM, for Excel

CLAIM_COLUMNS = [
    "incident", "incident_date", "place", "claim", "doc", "published", "lang", "outcome", "group", "side",
    "min", "max", "approx", "vague", "stance", "scope", "source", "origin", "evidence", "rule",
]
INCIDENT_COLUMNS = [
    "incident", "date", "place", "lat", "lon", "event_type", "documents",
    "civilians_killed_low", "civilians_killed_high", "injured_low", "injured_high",
    "sources", "origins", "contested",
]


def _safe(value: object) -> object:
    """Keep spreadsheet programs from running input text as a formula."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def claims_csv(ds: DossierSet) -> str:
    out = io.StringIO()
    w = csv.writer(out, quoting=csv.QUOTE_ALL)
    w.writerow(CLAIM_COLUMNS)
    for inc in ds.incidents:
        for c in [c for f in inc.figures for c in f.claims] + inc.background:
            row = [
                inc.id, inc.date, inc.place.canonical if inc.place else "", c.id, c.doc, c.published, c.lang,
                c.outcome, c.group, c.side or "", c.min, c.max, c.approx, c.vague, c.stance, c.scope,
                " > ".join(c.source), c.origin, c.evidence, c.rule,
            ]
            w.writerow([_safe(v) if v is not None else "" for v in row])
    return out.getvalue()


def _range(inc: Incident, outcome: str, group: str | None) -> tuple[int | None, int | None]:
    """Low/high over the matching figures (group None: every group with no side)."""
    lows, highs = [], []
    for f in inc.figures:
        if f.outcome != outcome or f.side is not None or (group and f.group != group):
            continue
        if f.low is not None:
            lows.append(f.low)
        if f.high is not None:
            highs.append(f.high)
    return (min(lows) if lows else None, max(highs) if highs else None)


def incidents_csv(ds: DossierSet) -> str:
    out = io.StringIO()
    w = csv.writer(out, quoting=csv.QUOTE_ALL)
    w.writerow(INCIDENT_COLUMNS)
    for inc in ds.incidents:
        civ = _range(inc, "killed", "civilians")
        inj = _range(inc, "injured", None)
        row = [
            inc.id, inc.date, inc.place.canonical if inc.place else "",
            inc.place.lat if inc.place else None, inc.place.lon if inc.place else None,
            inc.event_type, len(inc.documents), civ[0], civ[1], inj[0], inj[1],
            inc.sources, inc.origins, "; ".join(sorted({c.fact for c in inc.contested})),
        ]
        w.writerow([_safe(v) if v is not None else "" for v in row])
    return out.getvalue()


def write_csv(path: str | Path, text: str) -> None:
    """Write rendered CSV to a file as UTF-8 with BOM, rows ending as rendered (CRLF)."""
    Path(path).write_text(text, encoding=CSV_ENCODING, newline="")
