"""`marsad dossier`: group reports into incidents and reconcile them."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from marsad.dossier.grouping import DATE_WINDOW_DAYS

FORMATS = ("json", "csv", "md", "html")
PROGRESS_MIN_INPUTS = 10


def _render(ds, fmt: str) -> str:
    if fmt == "json":
        from marsad.render.dossier_json import dossier_json

        return dossier_json(ds)
    if fmt == "csv":
        from marsad.render.dossier_csv import claims_csv

        return claims_csv(ds)
    if fmt == "md":
        from marsad.render.dossier_md import dossier_md

        return dossier_md(ds)
    from marsad.render.dossier_html import dossier_html

    return dossier_html(ds)


def _many(paths: tuple[str, ...]) -> bool:
    return len(paths) >= PROGRESS_MIN_INPUTS or any(Path(p).is_dir() for p in paths if p != "-")


@click.command("dossier", context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.argument("paths", nargs=-1)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="json", show_default=True,
              help="json: the dossier record (docs/dossier.md); csv: one row per claim; md: Markdown; "
              "html: one self-contained page.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), default="-",
              help="Write here (default stdout).")
@click.option("--incidents-csv", type=click.Path(dir_okay=False, writable=True), default=None,
              help="Also write one CSV row per incident (date, place, lat/lon, civilians killed, injured, "
              "sources, origins, contested facts).")
@click.option("--window", type=click.IntRange(0, 60), default=DATE_WINDOW_DAYS, show_default=True,
              help="Days apart two reports' event dates may be and still describe one incident.")
@click.option("--progress/--no-progress", default=None,
              help="Progress bar on stderr (default: on a terminal with many inputs).")
@click.option("--schema", is_flag=True, help="Print the JSON Schema of the --format json output and exit.")
def dossier_command(paths: tuple[str, ...], fmt: str, output: str, incidents_csv: str | None, window: int,
                    progress: bool | None, schema: bool) -> None:
    """Group reports into incidents and reconcile what their sources claim.

    PATHS are .txt, .html/.htm or .jsonl files, folders, or - for stdin. Every report is
    extracted, grouped with the others by place, date and event type, and each incident's
    figures are set side by side per source, with low/high, independent origins, toll
    updates and contested facts. A summary goes to stderr. Exit status: 0 when every input
    was read, 1 when some failed, 2 for usage errors.

    \b
    Examples:
      marsad dossier reports/ --format html -o dossier.html
      marsad dossier a.txt b.txt --format csv --incidents-csv incidents.csv -o claims.csv
    """
    if schema:
        import json

        from marsad.dossier.model import DossierSet

        click.echo(json.dumps(DossierSet.model_json_schema(), indent=1))
        return
    if not paths:
        raise click.UsageError("give at least one report (file, folder, or - for stdin)")
    from tqdm import tqdm

    from marsad.cli import iter_documents
    from marsad.dossier.build import build_dossiers
    from marsad.read import ReadError

    failures: list[ReadError] = []
    show = progress if progress is not None else (sys.stderr.isatty() and _many(paths))
    plain_files = all(p != "-" and Path(p).is_file() and not p.endswith(".jsonl") for p in paths)
    docs = list(
        tqdm(iter_documents(paths, failures), desc="reports", unit="doc", disable=not show, file=sys.stderr,
             total=len(paths) if plain_files else None)
    )
    ds = build_dossiers(docs, window=window, failed=[str(f) for f in failures])
    text = _render(ds, fmt)
    try:
        from marsad.render.dossier_csv import write_csv

        if output == "-":
            click.echo(text, nl=False)
        elif fmt == "csv":
            write_csv(output, text)
        else:
            Path(output).write_text(text, encoding="utf-8")
        if incidents_csv:
            from marsad.render.dossier_csv import incidents_csv as render_incidents

            write_csv(incidents_csv, render_incidents(ds))
    except OSError as exc:
        click.echo(f"marsad dossier: cannot write output: {exc}", err=True)
        sys.exit(1)
    click.echo(
        f"marsad dossier: {len(docs)} document{'s' if len(docs) != 1 else ''} read, {len(failures)} failed, "
        f"{len(ds.incidents)} incident{'s' if len(ds.incidents) != 1 else ''}",
        err=True,
    )
    sys.exit(1 if failures else 0)
