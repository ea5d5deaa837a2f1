"""`marsad dossier`: group reports into incidents and reconcile them."""

from __future__ import annotations

import click


@click.command("dossier")
@click.argument("paths", nargs=-1, required=True)
def dossier_command(paths: tuple[str, ...]) -> None:
    """Group reports into incidents and reconcile their figures (not yet built)."""
    raise click.UsageError("dossier is not built yet")
