"""The CLI's skeleton: help, schema and a usage error's exit status."""

from __future__ import annotations

import json

from click.testing import CliRunner

from marsad.cli import cli


def test_help_lists_subcommands() -> None:
    out = CliRunner().invoke(cli, ["--help"]).output
    for name in ("extract", "dossier", "romanize", "schema"):
        assert name in out


def test_schema_is_json_schema_of_document() -> None:
    result = CliRunner().invoke(cli, ["schema"])
    schema = json.loads(result.output)
    assert schema["title"] == "Document"
    assert "claims" in schema["properties"]


def test_unknown_format_is_usage_error() -> None:
    result = CliRunner().invoke(cli, ["extract", "--format", "xml", "x.txt"])
    assert result.exit_code == 2
