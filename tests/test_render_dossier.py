"""Dossier renderings: JSON schema keys, CSV rows, Markdown and HTML escaping and links."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest
from dossier_helpers import make_doc

from marsad.dossier import build_dossiers
from marsad.record import AlignedPair, Paragraph
from marsad.render.dossier_csv import CLAIM_COLUMNS, claims_csv, incidents_csv
from marsad.render.dossier_html import dossier_html
from marsad.render.dossier_json import dossier_json
from marsad.render.dossier_md import dossier_md

HOSTILE = 'Four <b>civilians</b> were killed <script>alert(1)</script> in "Qaryat & Co" [x](javascript:1)'
PLACE = ("Qaryat", "place:qaryat", "Qaryat")


def _hostile_set():
    doc = make_doc(
        "d<1>",
        HOSTILE + " by an air strike on Tuesday.",
        "2023-04-12",
        [PLACE],
        claims=[{"group": "civilians", "min": 4, "max": 4, "evidence": "Four <b>civilians</b> were killed", "source": ["<i>Agency</i>"]}],
        outlet="Outlet <img src=x onerror=alert(2)>",
    )
    return build_dossiers([doc])


def _bilingual_set():
    en = "Five people were killed in the air strike on Kafr Hamra on Tuesday, rescuers said."
    ar = "قتل خمسة أشخاص في الغارة الجوية على كفر حمرة يوم الثلاثاء."
    text = en + "\n\n" + ar
    doc = make_doc(
        "bi", text, "2023-04-12", [("Kafr Hamra", "place:kh", "Kafr Hamra"), ("كفر حمرة", "place:kh", "Kafr Hamra")],
        claims=[
            {"min": 5, "max": 5, "evidence": "Five people were killed", "source": ["Rescuers"], "lang": "en"},
            {"min": 5, "max": 5, "evidence": "قتل خمسة أشخاص", "source": ["Rescuers"], "lang": "ar"},
        ],
        lang="en+ar",
    )
    doc.paragraphs = [Paragraph(id=0, start=0, end=len(en), lang="en"), Paragraph(id=1, start=len(en) + 2, end=len(text), lang="ar")]
    doc.alignment = [AlignedPair(source=0, target=1, score=0.9)]
    return build_dossiers([doc])


def test_json_schema_keys() -> None:
    data = json.loads(dossier_json(_bilingual_set()))
    (inc,) = data["incidents"]
    assert {"id", "documents", "date", "place", "figures", "contested"} <= set(inc)
    assert inc["documents"] == ["bi"] and inc["date"] == "2023-04-11"
    assert {"canonical", "lat", "lon"} <= set(inc["place"])
    (fig,) = inc["figures"]
    assert (fig["outcome"], fig["group"], fig["side"], fig["low"], fig["high"], fig["origins"]) == ("killed", "people", None, 5, 5, 1)
    assert len(fig["claims"]) == 2


def test_claims_csv_one_row_per_claim() -> None:
    rows = list(csv.reader(io.StringIO(claims_csv(_bilingual_set()))))
    assert rows[0] == CLAIM_COLUMNS and len(rows) == 3
    assert {r[CLAIM_COLUMNS.index("lang")] for r in rows[1:]} == {"en", "ar"}


def test_incidents_csv() -> None:
    rows = list(csv.DictReader(io.StringIO(incidents_csv(_hostile_set()))))
    (row,) = rows
    assert (row["civilians_killed_low"], row["civilians_killed_high"], row["origins"]) == ("4", "4", "1")


def test_csv_neutralises_formulas() -> None:
    doc = make_doc("f", "=HYPERLINK(1) Two were killed.", "2023-01-01",
                   claims=[{"min": 2, "max": 2, "evidence": "=HYPERLINK(1) Two were killed"}])
    assert "'=HYPERLINK" in claims_csv(build_dossiers([doc]))


@pytest.mark.parametrize("render", [dossier_html, dossier_md], ids=["html", "md"])
def test_input_text_is_escaped(render) -> None:
    out = render(_hostile_set())
    assert "<script>" not in out and "<b>" not in out and "<img" not in out and "<i>" not in out
    assert "&lt;script&gt;" in out or "&lt;script&gt;" in out.replace("\\", "")


def test_html_escape_keeps_own_markup() -> None:
    out = dossier_html(_hostile_set())
    assert out.count("<script") == 0 and "<style>" in out and "<mark>" in out
    assert "&lt;b&gt;civilians&lt;/b&gt;" in out
    assert not re.search(r"<link|src=\"http|href=\"http", out)  # self-contained


def test_html_figure_links_to_evidence_and_rtl() -> None:
    out = dossier_html(_bilingual_set())
    anchors = re.findall(r'href="#(ev-[^"]+)"', out)
    assert anchors and all(f'id="{a}"' in out for a in anchors)
    assert 'dir="rtl" lang="ar"' in out
    # the Arabic evidence sits beside the aligned English paragraph
    pair = out[out.index('class="pair"') :]
    assert "Five people were killed in the air strike" in pair[: pair.index("</div>\n      </div>") if "</div>\n      </div>" in pair else None]
    assert "<mark>قتل خمسة أشخاص</mark>" in out


def test_markdown_has_figures_table() -> None:
    out = dossier_md(_bilingual_set())
    assert "| Killed people | 5 | 5 | 1 |" in out
    assert "Kafr Hamra" in out


@pytest.mark.parametrize(
    "kw,expected",
    [
        ({"min": 13, "max": 13}, "13"),
        ({"min": 13, "max": None}, "at least 13"),
        ({"min": None, "max": 13}, "up to 13"),
        ({"min": 10, "max": 15}, "10–15"),
        ({"min": 13, "max": 13, "approx": True}, "about 13"),
        ({"min": None, "max": None, "vague": True}, "unspecified"),
        ({"min": None, "max": None, "vague": True, "stance": "deny"}, "denied (unspecified)"),
    ],
)
def test_claim_figure_label(kw: dict, expected: str) -> None:
    from marsad.dossier.model import ClaimView
    from marsad.render.dossier_labels import claim_figure

    c = ClaimView(id="x", anchor="x", doc="d", lang="en", outcome="killed", group="people", origin="A", **kw)
    assert claim_figure(c) == expected


@pytest.mark.parametrize(
    "date,expected",
    [("2022-02-03", "2022-02-03 (Thursday)"), ("--02-03", "3 February (year not stated)"), (None, "undated")],
)
def test_date_label(date: str | None, expected: str) -> None:
    from marsad.render.dossier_labels import date_label

    assert date_label(date) == expected


TRICKY_EVIDENCE = [
    'Three, "at least", were killed',  # comma and quotes
    "Two were killed\nin the raid",  # a line break inside the evidence
    "قتل ثلاثة مدنيين، بينهم طفل",  # Arabic with an Arabic comma
    "-- Six were killed",  # a leading minus (formula guard)
]


def _tricky_set():
    text = " ".join(TRICKY_EVIDENCE) + " in an air strike on Qaryat on Tuesday."
    claims = [{"min": 3, "max": 3, "evidence": ev, "source": ["Agency, Ltd."]} for ev in TRICKY_EVIDENCE]
    return build_dossiers([make_doc("t,1", text, "2023-04-12", [PLACE], claims=claims)])


@pytest.mark.parametrize("render,columns", [(claims_csv, CLAIM_COLUMNS), (incidents_csv, None)], ids=["claims", "incidents"])
def test_csv_files_read_back(tmp_path, render, columns) -> None:
    """Written as Excel wants it (UTF-8 with BOM, every field quoted) and read back unchanged by the csv module."""
    from marsad.render.dossier_csv import INCIDENT_COLUMNS, write_csv

    path = tmp_path / "out.csv"
    write_csv(path, render(_tricky_set()))
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b'"incident",' in raw[:20]
    with path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    header, body = rows[0], rows[1:]
    assert header == (columns or INCIDENT_COLUMNS)
    assert body and all(len(r) == len(header) for r in body)
    if render is claims_csv:
        evidence = [r[header.index("evidence")] for r in body]
        assert sorted(evidence) == sorted(
            ("'" + ev if ev.startswith("-") else ev) for ev in TRICKY_EVIDENCE
        )
        assert {r[header.index("doc")] for r in body} == {"t,1"}
        assert {r[header.index("source")] for r in body} == {"Agency, Ltd."}
    else:
        (row,) = body
        assert row[header.index("place")] == "Qaryat" and row[header.index("documents")] == "1"


def test_cli_writes_csv_with_bom(tmp_path) -> None:
    from click.testing import CliRunner

    from marsad.cli import cli

    src = tmp_path / "r.txt"
    src.write_text("قتل ثلاثة مدنيين في غارة جوية على بلدة قريات يوم الثلاثاء، بحسب مصادر محلية.\n", encoding="utf-8")
    claims, incidents = tmp_path / "c.csv", tmp_path / "i.csv"
    result = CliRunner().invoke(
        cli, ["dossier", "--format", "csv", "-o", str(claims), "--incidents-csv", str(incidents), str(src)]
    )
    assert result.exit_code == 0, result.output
    for path in (claims, incidents):
        assert path.read_bytes().startswith(b"\xef\xbb\xbf")
        with path.open(encoding="utf-8-sig", newline="") as fh:
            rows = list(csv.reader(fh))
        assert rows[0][0] == "incident" and all(len(r) == len(rows[0]) for r in rows)


@pytest.mark.parametrize(
    "text,expected",
    [
        # running text: parentheses, hyphens, dots and "!" are left alone
        ("Killed (at least 3) in Kafr-Hamra. Wow!", "Killed (at least 3) in Kafr-Hamra. Wow!"),
        # table cells: a pipe would end the cell
        ("A | B", "A \\| B"),
        # code spans and emphasis
        ("run `rm -rf` now", "run \\`rm -rf\\` now"),
        ("*bold* and _it_", "\\*bold\\* and \\_it\\_"),
        # links and images
        ("[x](javascript:alert(1))", "\\[x\\](javascript:alert(1))"),
        ("![img](http://x)", "!\\[img\\](http://x)"),
        # block syntax only where it opens a line
        ("# Breaking", "\\# Breaking"),
        ("in #Idlib today", "in #Idlib today"),
        ("- item", "\\- item"),
        ("+ item", "\\+ item"),
        ("3. item", "3\\. item"),
        ("2) item", "2\\) item"),
        ("=====", "\\====="),
        ("toll ##", "toll \\#\\#"),  # a heading's closing sequence
        # HTML
        ("<b>x</b> & y", "&lt;b&gt;x&lt;/b&gt; &amp; y"),
        ("> quoted", "&gt; quoted"),
        # line breaks cannot start a new block
        ("first\n# second", "first # second"),
        ("back\\slash", "back\\\\slash"),
        ("~~gone~~", "\\~\\~gone\\~\\~"),
    ],
)
def test_md_escape(text: str, expected: str) -> None:
    from marsad.render.dossier_md import md_escape

    assert md_escape(text) == expected


def test_markdown_hostile_table_cells_and_plurals() -> None:
    doc = make_doc(
        "p",
        "Four civilians | killed `x` [y] were killed in an air strike on Qaryat on Tuesday.",
        "2023-04-12",
        [PLACE],
        claims=[{"group": "civilians", "min": 4, "max": 4, "evidence": "Four civilians", "source": ["# A|B"]}],
    )
    out = dossier_md(build_dossiers([doc]))
    assert "1 report, 1 incident." in out
    row = next(line for line in out.splitlines() if line.startswith("| Killed civilians"))
    assert row.count("|") - row.count("\\|") == 6  # five cells, no extra cell from input pipes
    assert "\\# A\\|B" in row
    assert "\\`x\\` \\[y\\]" in out


def test_toll_updates_without_dates_say_no_question_mark() -> None:
    doc = make_doc(
        "u",
        "Five people were killed in an air strike on Qaryat. Later the toll rose to nine people killed.",
        None,
        [PLACE],
        claims=[
            {"min": 5, "max": 5, "evidence": "Five people were killed", "source": ["Medics"]},
            {"min": 9, "max": 9, "evidence": "nine people killed", "source": ["Medics"]},
        ],
    )
    ds = build_dossiers([doc])
    md, html = dossier_md(ds), dossier_html(ds)
    assert "Toll updates" in md and "(?" not in md and "?," not in html
    assert "5 (Medics) → 9 (Medics)" in md
