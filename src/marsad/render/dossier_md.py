"""`marsad dossier --format md`: a Markdown dossier. Every piece of input text is escaped."""

from __future__ import annotations

import re

from marsad.dossier.model import DossierSet, Incident
from marsad.render.dossier_labels import (
    chain_text,
    claim_figure,
    date_label,
    event_label,
    figure_label,
    range_text,
)

# Characters Markdown (CommonMark + GFM tables and strikethrough) reads as syntax anywhere in a
# line: backslash, code, emphasis, link brackets, table cells, strikethrough. Parentheses only
# matter after "]", which is escaped; "!" only before "[".
_MD_INLINE = re.compile(r"([\\`*_\[\]|~])")
# At the start of a line: headings, block quotes (">" is already an entity), list markers,
# thematic breaks, setext underlines, ordered-list numbers ("1." / "1)").
_MD_LINE_START_NUM = re.compile(r"^(\s*\d{1,9})([.)])")
_MD_HEADING_END = re.compile(r"(#+)(\s*)$")  # a closing "###" run would be dropped from a heading


def md_escape(text: object) -> str:
    """Input text as literal Markdown, escaping only what Markdown would read as syntax.

    The text is put on one line; HTML characters (&, <, >) become entities; backslashes,
    backticks, * _ [ ] | ~ are backslash-escaped everywhere; #, -, +, = and list numbers only
    where they open the line, and a trailing run of # (a heading's closing sequence).
    """
    s = str(text if text is not None else "")
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    s = re.sub(r"\s*\n\s*", " ", s).strip()
    s = _MD_INLINE.sub(r"\\\1", s)
    if _MD_LINE_START_NUM.match(s):
        s = _MD_LINE_START_NUM.sub(r"\1\\\2", s, count=1)
    else:
        s = re.sub(r"^(\s*)([#+=-])", r"\1\\\2", s, count=1)
    return _MD_HEADING_END.sub(lambda m: "".join("\\#" for _ in m[1]) + m[2], s, count=1)


def plural(n: int, word: str, many: str | None = None) -> str:
    """ "1 report", "2 reports"."""
    return f"{n} {word if n == 1 else many or word + 's'}"


def _incident(inc: Incident) -> list[str]:
    e = md_escape
    place = inc.place
    where = e(place.canonical) if place else "unknown place"
    lines = [f"## {e(event_label(inc.event_type))}: {where}, {e(date_label(inc.date))}", ""]
    lines.append(f"- Incident id: `{inc.id}`")
    if place:
        extra = ", ".join(e(x) for x in (place.admin1, place.country) if x)
        coords = f" ({place.lat}, {place.lon})" if place.lat is not None else ""
        lines.append(f"- Place: {e(place.canonical)}{', ' + extra if extra else ''}{coords}")
    lines.append(f"- Date: {e(date_label(inc.date))}" + (f"; {e(inc.date_rule)}" if inc.date_rule else ""))
    lines.append(f"- Reports: {len(inc.documents)}; source chains: {inc.sources}; independent origins: {inc.origins}")
    lines.append("")
    lines += ["### Figures", ""]
    if inc.figures:
        lines += ["| Figure | Low | High | Origins | Claims (source: figure) |", "|---|---|---|---|---|"]
    for f in inc.figures:
        by_id = {c.id: c for c in f.claims}
        cells = []
        for col in f.sources:
            figs = ", ".join(f"[{e(claim_figure(by_id[i]))}](#{by_id[i].anchor})" for i in col.claims)
            cells.append(f"{e(chain_text(col.chain))}: {figs}")
        lines.append(
            f"| {e(figure_label(f))} | {f.low if f.low is not None else '–'} | {f.high if f.high is not None else '–'} "
            f"| {f.origins} | {'<br>'.join(cells)} |"
        )
    if not inc.figures:
        lines.append("No casualty figures were found in these reports.")
    lines.append("")
    updates = [f for f in inc.figures if len({(u.low, u.high) for u in f.updates}) > 1]
    if updates:
        lines += ["### Toll updates (in publication order)", ""]
        for f in updates:
            steps = " → ".join(
                f"{e(range_text(u.low, u.high))} ({', '.join(e(x) for x in (u.published, chain_text(u.chain)) if x)})"
                for u in f.updates
            )
            lines.append(f"- {e(figure_label(f))}: {steps}")
        lines.append("")
    if inc.contested:
        lines += ["### Contested facts", ""]
        for c in inc.contested:
            lines.append(f"- **{e(c.fact)}** ({e(c.kind)}): {e(c.reason)}")
            for ev in c.evidence:
                context = f" (English context: {e(ev.context_en)})" if ev.context_en else ""
                lines.append(f"  - {e(ev.doc)}: {e(ev.text)}{context}")
        lines.append("")
    if inc.background:
        lines += ["### Background figures (other events; not counted)", ""]
        for c in inc.background:
            lines.append(
                f"- {e(figure_label(c))}: {e(claim_figure(c))}, {e(chain_text(c.source))} ({e(c.doc)}): “{e(c.evidence)}”"
            )
        lines.append("")
    lines += ["### Why these reports were grouped", ""]
    for g in inc.grouping:
        lines.append(f"- {e(g.a)} + {e(g.b)}: place {e(g.place)}; date {e(g.date)}; {e(g.event)}")
    if not inc.grouping:
        lines.append("- a single report")
    lines += ["", "### Evidence", ""]
    for f in inc.figures:
        for c in f.claims:
            lines.append(f'<a id="{c.anchor}"></a>')
            lines.append(
                f"- **{e(figure_label(f))}: {e(claim_figure(c))}**, {e(chain_text(c.source))} "
                f"({e(c.doc)}, {e(c.published or 'undated')}, {e(c.lang)}): “{e(c.evidence)}” in “{e(c.sentence)}”"
            )
            if c.context_en:
                lines.append(f"  - English context: {e(c.context_en)}")
    lines.append("")
    return lines


def dossier_md(ds: DossierSet) -> str:
    lines = ["# marsad incident dossier", ""]
    lines.append(f"{plural(len(ds.documents), 'report')}, {plural(len(ds.incidents), 'incident')}.")
    lines.append("")
    for inc in ds.incidents:
        lines += _incident(inc)
    return "\n".join(lines) + "\n"
