"""`marsad dossier`: formats, outputs, summary and exit status (own small reports)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from marsad.cli import cli

REPORT_A = "Northern Wire\nTuesday 11 April 2023\n\nAt least 9 people were killed when warplanes struck a market on Tuesday, medics said.\n"
REPORT_B = "شبكة الشمال\nالأربعاء ١٢ نيسان ٢٠٢٣\n\nقتل ١١ شخصاً في غارة جوية على السوق يوم الثلاثاء.\n"


@pytest.fixture()
def reports(tmp_path: Path) -> list[str]:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(REPORT_A, encoding="utf-8")
    b.write_text(REPORT_B, encoding="utf-8")
    return [str(a), str(b)]


@pytest.mark.parametrize("fmt,marker", [("json", '"incidents"'), ("csv", '"incident","incident_date"'), ("md", "# marsad incident dossier"), ("html", "<!DOCTYPE html>")])
def test_formats(reports: list[str], fmt: str, marker: str) -> None:
    result = CliRunner().invoke(cli, ["dossier", "--format", fmt, *reports])
    assert result.exit_code == 0, result.output
    assert marker in result.stdout
    assert "2 documents read, 0 failed" in result.stderr


def test_output_files_and_incidents_csv(reports: list[str], tmp_path: Path) -> None:
    out, inc = tmp_path / "d.json", tmp_path / "inc.csv"
    result = CliRunner().invoke(cli, ["dossier", *reports, "-o", str(out), "--incidents-csv", str(inc)])
    assert result.exit_code == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert sorted(d["id"] for d in data["documents"]) == ["a", "b"]
    rows = list(csv.DictReader(io.StringIO(inc.read_text(encoding="utf-8-sig"))))
    assert "incident" in rows[0]
    assert len(rows) == len(data["incidents"]) >= 1


def test_failed_input_exit_1(reports: list[str], tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["dossier", *reports, str(tmp_path / "missing.txt")])
    assert result.exit_code == 1
    assert "missing.txt" in result.stderr and "1 failed" in result.stderr


@pytest.mark.parametrize("args", [["dossier"], ["dossier", "--format", "xml", "x.txt"], ["dossier", "--window", "-1", "x.txt"]])
def test_usage_errors_exit_2(args: list[str]) -> None:
    assert CliRunner().invoke(cli, args).exit_code == 2


def test_schema_flag() -> None:
    result = CliRunner().invoke(cli, ["dossier", "--schema"])
    assert result.exit_code == 0 and json.loads(result.stdout)["title"] == "DossierSet"
