"""`marsad dossier --format html`: one self-contained page (inline CSS, no external assets).

Rendered with jinja2 autoescaping, so every piece of input text is escaped.
"""

from __future__ import annotations

import datetime as dt
from functools import cache

from jinja2 import Environment, PackageLoader, select_autoescape

from marsad.dossier.model import DossierSet
from marsad.render import dossier_labels as labels


@cache
def _env() -> Environment:
    env = Environment(
        loader=PackageLoader("marsad.render", "templates"),
        autoescape=select_autoescape(["html", "html.j2"], default_for_string=True, default=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(
        event_label=labels.event_label,
        figure_label=labels.figure_label,
        range_text=labels.range_text,
        date_label=labels.date_label,
        claim_figure=labels.claim_figure,
        chain_text=labels.chain_text,
        lang_label=lambda code: labels.LANG_LABELS.get(code, code),
    )
    return env


def dossier_html(ds: DossierSet, title: str = "marsad incident dossier") -> str:
    docs = {d.id: d for d in ds.documents}
    return _env().get_template("dossier.html.j2").render(
        ds=ds, docs=docs, title=title, generated=dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    )
