"""The `marsad` command line: a thin shell over the Python API.

Exit status: 0 when every input was read, 1 when some failed (each failure is
reported on stderr with its path and reason; the others are still processed),
2 for usage errors.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator

import click

from marsad.api import extract
from marsad.dossier.command import dossier_command
from marsad.names.command import romanize_command
from marsad.read import ReadError, read_inputs
from marsad.record import Document
from marsad.render.eval_line import eval_line

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


@click.group(context_settings=CONTEXT)
@click.version_option(package_name="marsad")
def cli() -> None:
    """marsad (مرصد): casualty claims, their sources and names, from Arabic and English news.

    \b
    Typical use:
      marsad extract report.txt                  full records as JSON lines
      marsad extract --format eval corpus/*.txt  one scorer line per document
      marsad dossier --format html reports/ -o dossier.html
      marsad romanize "أبو بكر البغدادي"
    """


def iter_documents(paths: tuple[str, ...], failures: list[ReadError]) -> Iterator[Document]:
    """Read and extract each input, reporting unreadable ones on stderr as they come."""
    for item in read_inputs(list(paths)):
        if isinstance(item, ReadError):
            failures.append(item)
            click.echo(f"marsad: {item}", err=True)
            continue
        for warning in item.warnings:
            click.echo(f"marsad: warning: {item.meta.path or item.id}: {warning}", err=True)
        try:
            yield extract(item)
        except Exception as exc:  # noqa: BLE001 - one bad report must not stop the rest
            failure = ReadError(item.meta.path or item.id, f"extraction failed: {type(exc).__name__}: {exc}")
            failures.append(failure)
            click.echo(f"marsad: {failure}", err=True)


@cli.command("extract", context_settings=CONTEXT)
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["json", "eval"]),
    default="json",
    show_default=True,
    help="json: the full record per document; eval: the line ../shared/eval/score.py reads.",
)
@click.option("-o", "--output", type=click.File("w", encoding="utf-8"), default="-", help="Write here (default stdout).")
def extract_command(paths: tuple[str, ...], fmt: str, output) -> None:
    """Extract claims, sources and names from reports, one JSON line per document.

    PATHS are .txt, .html/.htm or .jsonl files, folders (read recursively), or - for stdin.
    """
    failures: list[ReadError] = []
    for doc in iter_documents(paths, failures):
        if fmt == "eval":
            line = json.dumps(eval_line(doc), ensure_ascii=False)
        else:
            line = doc.model_dump_json()
        output.write(line + "\n")
    sys.exit(1 if failures else 0)


@cli.command("schema", context_settings=CONTEXT)
def schema_command() -> None:
    """Print the JSON Schema of the record `extract --format json` writes."""
    click.echo(json.dumps(Document.model_json_schema(), indent=1, ensure_ascii=False))


cli.add_command(dossier_command)
cli.add_command(romanize_command)


def main() -> None:
    cli()


if __name__ == "__main__":
    main()
