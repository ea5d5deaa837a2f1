"""`marsad dossier --format json`: the DossierSet as one JSON document (docs/dossier.md)."""

from __future__ import annotations

from marsad.dossier.model import DossierSet


def dossier_json(ds: DossierSet, indent: int | None = 1) -> str:
    return ds.model_dump_json(indent=indent) + "\n"
