"""`marsad romanize`: DIN 31635 romanisation and canonical spelling of a name."""

from __future__ import annotations

import click


@click.command("romanize")
@click.argument("text")
def romanize_command(text: str) -> None:
    """Print the DIN 31635 romanisation and canonical English spelling of TEXT (not yet built)."""
    raise click.UsageError("romanize is not built yet")
