"""``testlab report`` as a user runs it: the PDF's figures are those of ``testlab stats
--json`` for the same options; bad input ends with one line, exit 2 and no file."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader

from testlab.cli.report_cmd import file_name
from testlab.reports.pdf.catalogue import Words
from tests.integration.conftest import CliRunner
from tests.unit.reports.pdf import expected

PRODUCT = "Vista TV interface"


def _plain(text: str) -> str:
    """No-break spaces as spaces: the font draws both with one glyph, so the text read
    back from the PDF has a plain space."""
    return text.replace("\u00a0", " ")


def _text(pdf: Path) -> list[str]:
    return [_plain(line.strip()) for page in PdfReader(str(pdf)).pages[2:]
            for line in page.extract_text().splitlines()]


def test_the_reports_stage_figures_are_those_of_stats_json(
        run_cli: CliRunner, demo_path: Path, tmp_path: Path) -> None:
    options = ["--product", PRODUCT, "--stage", "Alpha on STB-5", "--stage", "Field beta",
               "--centre", "PAR", "--centre", "CAI", "--centre", "LYS", "--confidence", "0.90"]
    stats = run_cli("--db", demo_path, "stats", *options, "--json")
    assert stats.returncode == 0, stats.stderr
    document = json.loads(stats.stdout)
    out = tmp_path / "vista.pdf"
    done = run_cli("--db", demo_path, "report", *options, "--lang", "fr", "--out", out)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str(out)
    lines = _text(out)
    w = Words("fr")
    for stage in document["stages"]:
        start = lines.index(f"Résultats : {stage['name']}")
        segment = lines[start:start + 400]
        for task in stage["tasks"]:
            cells = [_plain(c) for c in expected.task_cells(w, task)]
            k = segment.index(cells[0])
            assert segment[k:k + len(cells)] == cells
        for row in ([_plain(c) for c in r] for r in expected.stage_rows(w, stage)):
            k = segment.index(row[0])
            assert segment[k:k + len(row)] == row


@pytest.mark.parametrize("args, words", [
    (["--product", "No such product"], "no product named"),
    (["--product", PRODUCT, "--stage", "Nope"], "no stage named 'Nope'"),
    (["--product", PRODUCT, "--centre", "ZZZ"], "no centre with the code 'ZZZ'"),
    (["--product", PRODUCT, "--lang", "xx"], "no report language 'xx'"),
    (["--product", PRODUCT, "--logo", "{bad_logo}"], "Cannot read the logo"),
    (["--product", PRODUCT, "--logo", "{missing}"], "Cannot read the logo"),
])
def test_bad_input_is_one_line_exit_2_and_no_file(
        run_cli: CliRunner, demo_path: Path, tmp_path: Path, args: list[str], words: str,
        assert_refused: Callable[..., str]) -> None:
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    bad_logo = tmp_path / "logo.png"
    bad_logo.write_text("no image here")
    filled = [a.format(bad_logo=bad_logo, missing=tmp_path / "none.png") for a in args]
    line = assert_refused(run_cli("--db", demo_path, "report", *filled,
                                  "--out", out_dir / "r.pdf"))
    assert words in line
    assert list(out_dir.iterdir()) == []


@pytest.mark.parametrize("where", ["missing-folder", "a-folder"])
def test_an_output_that_cannot_be_written_is_refused(
        run_cli: CliRunner, demo_path: Path, tmp_path: Path, where: str,
        assert_refused: Callable[..., str]) -> None:
    out = tmp_path / "out"
    out.mkdir()
    target = out / "nope" / "r.pdf" if where == "missing-folder" else out
    before = sorted(out.iterdir())
    line = assert_refused(run_cli("--db", demo_path, "report", "--product", PRODUCT,
                                  "--out", target))
    assert "Cannot write" in line
    assert sorted(out.iterdir()) == before


def test_all_writes_one_report_per_product(run_cli: CliRunner, demo_path: Path,
                                          tmp_path: Path) -> None:
    keep = ("HomeHub 6 router setup", "eSIM activation")
    with sqlite3.connect(demo_path) as connection:  # two products keep the test short
        connection.execute("PRAGMA foreign_keys = ON")
        connection.execute(f"DELETE FROM products WHERE name NOT IN {keep!r}")
    out_dir = tmp_path / "reports"
    out_dir.mkdir()
    done = run_cli("--db", demo_path, "report", "--all", "--out-dir", out_dir)
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in out_dir.iterdir()) == sorted(file_name(p) for p in keep)
    for pdf in out_dir.iterdir():
        assert len(PdfReader(str(pdf)).pages) > 5


def test_file_names_are_safe() -> None:
    assert file_name("MyLine self-care app") == "MyLine-self-care-app.pdf"
    assert file_name("a/b\\c: d") == "a-b-c-d.pdf"
    assert file_name("موجه") == "موجه.pdf"
