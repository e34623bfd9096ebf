"""``testlab customers list|set`` as a subprocess: what it stores, prints and refuses."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from pathlib import Path

from tests.integration.conftest import CliRunner

Refused = Callable[[subprocess.CompletedProcess[str]], str]


def test_set_and_list(run_cli: CliRunner, sqlite_path: Path) -> None:
    empty = run_cli("--db", sqlite_path, "customers", "list")
    assert empty.returncode == 0
    assert "No customer numbers are entered" in empty.stdout
    done = run_cli("--db", sqlite_path, "customers", "set", "--country", "be", "--segment",
                   "senior", "--customers", "410000")  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout == "BE Belgium, senior: 410,000 customers\n"
    run_cli("--db", sqlite_path, "customers", "set", "--country", "BE", "--segment", "consumer",
            "--customers", "1,560,000")  # fmt: skip
    table = run_cli("--db", sqlite_path, "customers", "list")
    assert table.returncode == 0
    lines = table.stdout.splitlines()
    assert lines[1].split() == ["BE", "Belgium", "consumer", "1,560,000"]
    assert lines[2].split() == ["BE", "Belgium", "senior", "410,000"]
    assert "2 strata, 1,970,000 customers" in lines[3]
    listed = json.loads(run_cli("--db", sqlite_path, "customers", "list", "--json").stdout)
    assert listed == [
        {"country": "BE", "segment": "consumer", "customers": 1_560_000},
        {"country": "BE", "segment": "senior", "customers": 410_000},
    ]


def test_bad_input_is_one_line_and_changes_nothing(
    run_cli: CliRunner, sqlite_path: Path, assert_refused: Refused
) -> None:
    run_cli("--db", sqlite_path, "customers", "set", "--country", "BE", "--segment", "senior",
            "--customers", "5")  # fmt: skip
    for country, segment, customers, message in [
        ("XX", "senior", "1", "not an ISO 3166 country code"),
        ("BE", "kids", "1", "is not a customer segment"),
        ("BE", "senior", "-3", "cannot be negative"),
    ]:
        result = run_cli("--db", sqlite_path, "customers", "set", "--country", country,
                         "--segment", segment, "--customers", customers)  # fmt: skip
        assert message in assert_refused(result)
    words = run_cli("--db", sqlite_path, "customers", "set", "--country", "BE", "--segment",
                    "senior", "--customers", "many")  # fmt: skip
    assert words.returncode == 2 and "not a whole number" in words.stderr
    assert "Traceback" not in words.stderr
    listed = json.loads(run_cli("--db", sqlite_path, "customers", "list", "--json").stdout)
    assert listed == [{"country": "BE", "segment": "senior", "customers": 5}]
