"""Incident dossiers: group reports into incidents and reconcile their figures.

`build_dossiers(docs)` takes extracted Documents and returns a `DossierSet` (see model.py and
docs/dossier.md); the renderers in marsad.render turn it into JSON, CSV, Markdown or HTML.
"""

from marsad.dossier.build import build_dossiers
from marsad.dossier.model import DossierSet, Incident

__all__ = ["DossierSet", "Incident", "build_dossiers"]
