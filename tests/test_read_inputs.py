"""Reading inputs: encodings, HTML, JSON lines, folders, stdin, and every kind of bad input."""

from __future__ import annotations

import io
import json
import os
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from marsad.cli import cli
from marsad.read import MAX_BYTES, ReadError, read_inputs
from marsad.read.decode import decode_bytes
from marsad.read.html import looks_like_html
from marsad.record import Document

ARABIC = "قال الدفاع المدني إن 13 شخصاً قُتلوا في القصف على البلدة، بينهم أطفال.\n\nوأضاف أن العدد قد يرتفع."
ENGLISH = "Rescuers said 13 people were killed in the shelling.\r\n\r\nThe toll may rise."
MIXED = "Rescuers said 13 people were killed.\n\nقال المسعفون إن 13 شخصاً قتلوا."


def _read(paths: list[Path | str]) -> list[Document | ReadError]:
    return list(read_inputs([str(p) for p in paths]))


def _one(tmp_path: Path, name: str, data: bytes) -> Document | ReadError:
    path = tmp_path / name
    path.write_bytes(data)
    [item] = _read([path])
    return item


ENCODINGS = [
    # (label, bytes, decoded text, encoding recorded, warning substring or None)
    ("utf-8", ARABIC.encode("utf-8"), ARABIC, "utf-8", None),
    ("utf-8 english crlf", ENGLISH.encode("utf-8"), ENGLISH, "utf-8", None),
    ("utf-8 with BOM", ARABIC.encode("utf-8-sig"), ARABIC, "utf-8-sig", None),
    ("utf-16-le BOM", b"\xff\xfe" + MIXED.encode("utf-16-le"), MIXED, "utf-16-le", None),
    ("utf-16-be BOM", b"\xfe\xff" + MIXED.encode("utf-16-be"), MIXED, "utf-16-be", None),
    ("utf-16 no BOM", ARABIC.encode("utf-16-le"), ARABIC, "utf-16-le", "no byte-order mark"),
    ("windows-1256", ARABIC.replace("ُ", "").encode("cp1256"), ARABIC.replace("ُ", ""), "cp1256", "Windows-1256"),
    ("windows-1252", "Café owner said 3 died.".encode("cp1252"), "Café owner said 3 died.", "cp1252", "Windows-1252"),
    ("truncated utf-8", ARABIC.encode("utf-8")[:-13], None, "utf-8", "truncated"),
]


@pytest.mark.parametrize(("label", "data", "text", "encoding", "warning"), ENCODINGS, ids=[e[0] for e in ENCODINGS])
def test_text_encodings(tmp_path: Path, label: str, data: bytes, text: str | None, encoding: str, warning: str | None) -> None:
    doc = _one(tmp_path, "report.txt", data)
    assert isinstance(doc, Document), str(doc)
    assert doc.id == "report"
    assert doc.meta.format == "txt" and doc.meta.encoding == encoding
    if text is not None:
        assert doc.text == text  # no newline normalisation; only a BOM is dropped
    if warning is None:
        assert doc.warnings == []
    else:
        assert any(warning in w for w in doc.warnings), doc.warnings
    if label == "truncated utf-8":
        assert doc.text.endswith("\ufffd") and doc.text.startswith(ARABIC[:20])


BAD_FILES = [
    ("empty.txt", b"", "empty file"),
    ("blank.txt", b"  \r\n\n\t ", "empty file"),
    ("binary.txt", bytes(range(256)) * 40, "binary file"),
    ("image.txt", b"\x89PNG\r\n\x1a\n" + bytes(300), "binary file"),
    ("controls.txt", b"\x01\x02\x03\x04 text \x05\x06\x07\x08" * 50, "binary file"),
    ("nobody.html", b"<html><head><title></title></head></html>", "HTML page has no text"),
    ("empty.html", b"<html><body>  </body></html>", "HTML page has no text"),
]


@pytest.mark.parametrize(("name", "data", "reason"), BAD_FILES, ids=[b[0] for b in BAD_FILES])
def test_bad_files_give_a_clear_error(tmp_path: Path, name: str, data: bytes, reason: str) -> None:
    item = _one(tmp_path, name, data)
    assert isinstance(item, ReadError)
    assert reason in item.reason
    assert str(item) == f"{tmp_path / name}: {item.reason}"


def test_huge_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: 50 MB on paper
    assert path.stat().st_size > MAX_BYTES
    started = time.perf_counter()
    [item] = _read([path])
    assert time.perf_counter() - started < 1.0
    assert isinstance(item, ReadError) and "too large" in item.reason and "50 MB" in item.reason


def test_missing_and_unreadable_paths(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "r.txt").write_text("A report.", encoding="utf-8")
    locked.chmod(0)
    try:
        items = _read([tmp_path / "missing.txt", locked / "r.txt", tmp_path / "nothing-here"])
    finally:
        locked.chmod(0o755)
    assert isinstance(items[0], ReadError) and items[0].reason == "no such file or directory"
    if os.geteuid() != 0:  # root reads anything: then only the missing paths are errors
        assert isinstance(items[1], ReadError) and "cannot read" in items[1].reason
    assert isinstance(items[-1], ReadError) and items[-1].reason == "no such file or directory"


def test_bad_input_does_not_stop_the_others(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "bin.txt").write_bytes(bytes(range(256)) * 10)
    items = _read([tmp_path / "missing.txt", tmp_path / "bin.txt", good])
    assert [type(i).__name__ for i in items] == ["ReadError", "ReadError", "Document"]


PAGE = """<!DOCTYPE html><html><head>
<title>Strike on market kills 9 | The Valley Herald</title>
<meta name="author" content="Rana Aziz">
<meta property="og:site_name" content="The Valley Herald">
<meta property="article:published_time" content="2023-05-14T08:30:00+03:00">
<link rel="canonical" href="https://herald.example/news/market-strike">
</head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li>
<li><a href="/video">Video</a></li></ul></nav><div class="ticker">BREAKING: Storm warning for the coast</div></header>
<aside class="share"><a href="#">Share</a> <a href="#">Tweet</a> <a href="#">Email</a></aside>
<article>
<h1>Strike on market kills 9</h1>
<p>Nine people were killed and 20 wounded on Sunday when a missile hit the main market in the town, the local
health office said in a statement.</p>
<p>Witnesses said the market was crowded with shoppers buying food before the holiday, and that ambulances took
more than an hour to reach the wounded because the main road had been damaged.</p>
<p>The health office said three of the dead were children and that several of the wounded were in a critical
condition in the town's only hospital.</p>
</article>
<section class="related"><h3>Related</h3><ul><li><a href="/a">Talks resume in the capital</a></li>
<li><a href="/b">Prices rise again</a></li></ul></section>
<footer><p>© 2023 The Valley Herald. All rights reserved.</p><p><a href="/privacy">Privacy</a> | <a href="/terms">Terms</a></p></footer>
</body></html>"""


def test_html_main_text_buried_in_furniture(tmp_path: Path) -> None:
    doc = _one(tmp_path, "market.html", PAGE.encode("utf-8"))
    assert isinstance(doc, Document), str(doc)
    assert doc.meta.format == "html"
    assert doc.meta.published == "2023-05-14"
    assert doc.meta.byline == "Rana Aziz"
    assert doc.meta.url == "https://herald.example/news/market-strike"
    assert doc.meta.outlet == "The Valley Herald"
    assert doc.meta.title and "Strike on market kills 9" in doc.meta.title
    assert "Nine people were killed and 20 wounded" in doc.text
    assert "critical condition" in doc.text
    for furniture in ("Sport", "Storm warning", "Tweet", "Prices rise again", "Privacy", "All rights reserved"):
        assert furniture not in doc.text
    assert doc.text.startswith("Strike on market kills 9")


HTML_CASES = [
    ("broken.html", b"<html><body><p>Unclosed <b>bold <div>Thirteen people were killed in the raid, rescuers said.</p></span></body", "Thirteen people"),
    ("short.htm", b"<p>Three killed in a strike, medics say.</p>", "Three killed"),
    ("arabic.html", "<html><body><p>قتل ثلاثة مدنيين في القصف بحسب المسعفين.</p></body></html>".encode("cp1256"), "قتل ثلاثة"),
    ("scripts.html", b"<html><body><script>var x = 1;</script><p>Two soldiers were wounded.</p></body></html>", "Two soldiers"),
]


@pytest.mark.parametrize(("name", "data", "expected"), HTML_CASES, ids=[c[0] for c in HTML_CASES])
def test_html_pages_never_traceback(tmp_path: Path, name: str, data: bytes, expected: str) -> None:
    doc = _one(tmp_path, name, data)
    assert isinstance(doc, Document), str(doc)
    assert expected in doc.text
    assert "var x" not in doc.text


def test_jsonl_feed_bad_line_named_and_others_read(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "r1", "text": "Five killed in a strike.", "url": "https://x.example/1", "outlet": "X",
                    "published": "2024-01-02T10:00:00Z"}),
        "{not json",
        json.dumps(["a", "list"]),
        json.dumps({"url": "https://x.example/3"}),
        "",
        json.dumps({"html": "<html><body><p>Seven people were wounded in shelling, medics said.</p></body></html>",
                    "published": "3 February 2022"}, ensure_ascii=False),
        json.dumps({"text": "قتل خمسة في الغارة.", "published": "not a date"}, ensure_ascii=False),
    ]
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = _read([path])
    docs = [i for i in items if isinstance(i, Document)]
    errors = [i for i in items if isinstance(i, ReadError)]
    assert [d.id for d in docs] == ["r1", "feed-6", "feed-7"]
    assert docs[0].meta.url == "https://x.example/1" and docs[0].meta.outlet == "X"
    assert docs[0].meta.published == "2024-01-02" and docs[0].meta.format == "jsonl"
    assert docs[1].meta.published == "2022-02-03" and "Seven people" in docs[1].text
    assert docs[2].meta.published is None and any("published" in w for w in docs[2].warnings)
    assert [e.path for e in errors] == [f"{path}:2", f"{path}:3", f"{path}:4"]
    assert "not valid JSON" in errors[0].reason
    assert "JSON object" in errors[1].reason
    assert "no `text` or `html`" in errors[2].reason


def test_folder_is_read_recursively_sorted_known_extensions_only(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text("Second report.", encoding="utf-8")
    (tmp_path / "a.html").write_text("<html><body><p>First report, as a page.</p></body></html>", encoding="utf-8")
    (tmp_path / "c.jsonl").write_text(json.dumps({"text": "Third report."}) + "\n", encoding="utf-8")
    (tmp_path / "notes.md").write_text("not a report", encoding="utf-8")
    (tmp_path / "d.gold.json").write_text("{}", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("hidden", encoding="utf-8")
    items = _read([tmp_path])
    assert [i.id for i in items if isinstance(i, Document)] == ["a", "two", "c-1"]
    assert not [i for i in items if isinstance(i, ReadError)]


def test_empty_folder_is_an_error(tmp_path: Path) -> None:
    [item] = _read([tmp_path])
    assert isinstance(item, ReadError) and "no" in item.reason


@pytest.mark.parametrize(
    ("data", "fmt", "expected"),
    [
        (b"Ten people were killed, medics said.", "stdin", "Ten people"),
        (b"<!DOCTYPE html><html><body><p>Ten people were killed, medics said.</p></body></html>", "stdin", "Ten people"),
        ("\ufeffقتل عشرة أشخاص.".encode(), "stdin", "قتل عشرة"),
    ],
)
def test_stdin(monkeypatch: pytest.MonkeyPatch, data: bytes, fmt: str, expected: str) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data)))
    [doc] = _read(["-"])
    assert isinstance(doc, Document)
    assert doc.id == "stdin" and doc.meta.format == fmt
    assert doc.text.startswith(expected)


@pytest.mark.parametrize(
    ("head", "expected"),
    [("<!doctype html><html>", True), ("  <html lang='ar'>", True), ("<p>x</p>", True), ("Plain text <b>", False)],
)
def test_looks_like_html(head: str, expected: bool) -> None:
    assert looks_like_html(head) is expected


def test_decode_bytes_keeps_crlf_and_drops_only_the_bom() -> None:
    decoded = decode_bytes("\ufeffa\r\nb".encode())
    assert decoded.text == "a\r\nb" and decoded.encoding == "utf-8-sig"


def test_cli_extract_good_and_bad_exits_1_and_names_the_bad_path(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(ENGLISH, encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02" * 100)
    result = CliRunner().invoke(cli, ["extract", "--format", "json", str(good), str(bad)])
    assert result.exit_code == 1
    records = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert [r["id"] for r in records] == ["good"]
    assert f"{bad}: binary file, not a text report" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout


def test_cli_extract_warns_about_legacy_encoding(tmp_path: Path) -> None:
    path = tmp_path / "legacy.txt"
    path.write_bytes("قتل خمسة أشخاص في القصف على البلدة بحسب الأهالي.".encode("cp1256"))
    result = CliRunner().invoke(cli, ["extract", "--format", "eval", str(path)])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["doc"] == "legacy"
    assert "Windows-1256" in result.stderr


def test_jsonl_common_field_names_and_title_first(tmp_path: Path) -> None:
    line = {
        "source": "Valley Herald",
        "link": "https://herald.example/2",
        "date": "2015-07-21 02:51:32",
        "title": "Strike kills five",
        "author": "Rana Aziz",
        "content": "Five people were killed on Monday, medics said.\n\nThe toll may rise.",
    }
    path = tmp_path / "scrape.jsonl"
    path.write_text(json.dumps(line) + "\n", encoding="utf-8")
    [doc] = _read([path])
    assert isinstance(doc, Document)
    assert doc.id == "scrape-1"
    assert (doc.meta.outlet, doc.meta.url, doc.meta.published, doc.meta.byline) == (
        "Valley Herald", "https://herald.example/2", "2015-07-21", "Rana Aziz",
    )
    assert doc.text.startswith("Strike kills five\n\nFive people were killed")
