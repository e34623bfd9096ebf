"""A whole network moves between databases through files with nothing lost.

On the demo database: ``setup export`` → ``setup import`` into an empty database →
``export results`` / ``import results`` → ``export questionnaires`` /
``import questionnaires``; then every product's ``testlab stats --json`` equals the
original's, and importing every file a second time changes nothing.
"""

from __future__ import annotations

import json
import math
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from testlab.db.database import open_database
from testlab.services.products import list_products

Run = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def target(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """--db of the empty database the network moves to, on each backend."""
    if request.param == "sqlite":
        return str(tmp_path / "target.sqlite3")
    url: str = request.getfixturevalue("postgres_schema_url")
    return url


def _ok(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 0, result.stderr
    return result.stdout


def _stats(run_cli: Run, db: str | Path, product: str) -> object:
    return json.loads(_ok(run_cli("--db", db, "stats", "--product", product, "--json")))


def _close(a: object, b: object) -> bool:
    """Equal, floats to 1e-9 relative (the backends' own rounding), everything else exactly."""
    if isinstance(a, float) and isinstance(b, float):
        return math.isclose(a, b, rel_tol=1e-9)
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_close(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_close(x, y) for x, y in zip(a, b, strict=True))
    return a == b


def test_demo_network_moves_through_files_with_identical_statistics(
        run_cli: Run, demo_path: Path, target: str, tmp_path: Path) -> None:
    setup, results, answers = (tmp_path / name for name in
                               ("setup.toml", "results.csv", "answers.csv"))
    _ok(run_cli("--db", demo_path, "setup", "export", "--out", setup))
    _ok(run_cli("--db", demo_path, "export", "results", "--out", results))
    _ok(run_cli("--db", demo_path, "export", "questionnaires", "--out", answers))

    _ok(run_cli("--db", target, "setup", "import", setup))
    _ok(run_cli("--db", target, "import", "results", results))
    moved = _ok(run_cli("--db", target, "import", "questionnaires", answers))
    assert moved.startswith("Imported 932 questionnaire(s)")

    demo = open_database(str(demo_path))
    try:
        products = [row.name for row in list_products(demo)]
    finally:
        demo.close()
    assert len(products) >= 5
    for product in products:
        moved_stats, original = _stats(run_cli, target, product), _stats(run_cli, demo_path, product)
        if target.startswith("postgresql"):  # ln() and float sums in SQL differ in the last bits
            assert _close(moved_stats, original), product
        else:
            assert moved_stats == original, product

    # Everything again: nothing changes.
    assert "0 record(s) created, 0 changed" in _ok(run_cli("--db", target, "setup", "import",
                                                           setup))
    assert _ok(run_cli("--db", target, "import", "results", results)).startswith(
        "Imported 0 attempt(s)")
    assert _ok(run_cli("--db", target, "import", "questionnaires", answers)).startswith(
        "Imported 0 questionnaire(s)")
    again = tmp_path / "again.toml"
    _ok(run_cli("--db", target, "setup", "export", "--out", again))
    assert again.read_bytes() == setup.read_bytes()
