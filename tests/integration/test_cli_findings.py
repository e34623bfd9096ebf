"""``testlab findings list|export`` as a subprocess on a demo database."""

from __future__ import annotations

import csv
import json
import subprocess
from collections.abc import Callable
from pathlib import Path

from testlab.db.database import open_database
from testlab.services import findings
from tests.integration.conftest import CliRunner

Refused = Callable[[subprocess.CompletedProcess[str]], str]
PRODUCT = "MyLine self-care app"


def test_list_json_and_text(run_cli: CliRunner, demo_path: Path) -> None:
    listed = run_cli("--db", demo_path, "findings", "list", "--product", PRODUCT, "--json")
    assert listed.returncode == 0, listed.stderr
    rows = json.loads(listed.stdout)
    assert len(rows) == 4
    assert [r["severity"] for r in rows] == sorted(r["severity"] for r in rows)
    assert all(r["severity_wording"].startswith(str(r["severity"])) for r in rows)
    at_first = run_cli("--db", demo_path, "findings", "list", "--product", PRODUCT,
                       "--stage", "Paper concept", "--json")  # fmt: skip
    assert {r["first_stage"] for r in json.loads(at_first.stdout)} == {"Paper concept"}
    text = run_cli("--db", demo_path, "findings", "list", "--product", PRODUCT)
    assert text.stdout.rstrip().endswith("4 findings")


def test_export_neutralises_formulas(run_cli: CliRunner, demo_path: Path, tmp_path: Path) -> None:
    db = open_database(str(demo_path))
    try:
        findings.add_finding(db, product=PRODUCT, first_stage="Alpha 0.9",
                             title="=HYPERLINK(\"http://x\")", severity=1, affected=1,
                             observed=2)  # fmt: skip
    finally:
        db.close()
    out = tmp_path / "findings.csv"
    done = run_cli("--db", demo_path, "findings", "export", "--product", PRODUCT, "--out", out)
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"5 findings written to {out}\n"
    with out.open(encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert len(rows) == 5
    (mine,) = [r for r in rows if "HYPERLINK" in r["title"]]
    assert mine["title"] == '\'=HYPERLINK("http://x")'
    assert mine["severity_wording"] == "1 critical: stops the task"
    assert mine["first_stage"] == "Alpha 0.9" and mine["status"] == "open"


def test_refusals_are_one_line(
    run_cli: CliRunner, demo_path: Path, tmp_path: Path, assert_refused: Refused
) -> None:
    assert "No product called" in assert_refused(
        run_cli("--db", demo_path, "findings", "list", "--product", "Nope")
    )
    assert "has no stage called" in assert_refused(
        run_cli("--db", demo_path, "findings", "list", "--product", PRODUCT, "--stage", "Nope")
    )
    missing = tmp_path / "no" / "f.csv"
    assert_refused(
        run_cli("--db", demo_path, "findings", "export", "--product", PRODUCT, "--out", missing)
    )
    assert not missing.exists()
