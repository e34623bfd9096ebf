"""``testlab init``, ``demo`` and ``info`` end to end, and the help of every command."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from testlab.db.migrate import head_revision

Run = Callable[..., subprocess.CompletedProcess[str]]
Refused = Callable[[subprocess.CompletedProcess[str]], str]


COUNT_KEYS = ["centres", "rooms", "staff", "products", "stages", "studies", "tasks",
              "participants", "sessions", "attempts"]


def test_init_demo_info_then_second_demo_refused(
    run_cli: Run, assert_refused: Refused, tmp_path: Path) -> None:
    path = tmp_path / "lab.sqlite3"
    init = run_cli("--db", path, "init")
    assert init.returncode == 0, init.stderr
    assert path.exists()
    assert str(path) in init.stdout
    assert f"schema revision {head_revision()}" in init.stdout

    demo = run_cli("--db", path, "demo", "--seed", "7")
    assert demo.returncode == 0, demo.stderr
    assert "23 centres" in demo.stdout and demo.stderr == ""

    as_json = run_cli("--db", path, "info", "--json")
    assert as_json.returncode == 0, as_json.stderr
    counts = json.loads(as_json.stdout)
    assert list(counts) == COUNT_KEYS
    assert counts["centres"] == 23 and counts["products"] == 6
    assert all(isinstance(v, int) and v > 0 for v in counts.values())

    table = run_cli("--db", path, "info")
    assert table.returncode == 0
    assert str(path) in table.stdout and "Centres" in table.stdout and "23" in table.stdout

    before = path.read_bytes()
    line = assert_refused(run_cli("--db", path, "demo"))
    assert "already holds 23 centre" in line
    assert path.read_bytes() == before
    assert json.loads(run_cli("--db", path, "info", "--json").stdout) == counts


@pytest.mark.parametrize("command", [(), ("init",), ("demo",), ("info",)])
def test_every_command_has_help(run_cli: Run, command: tuple[str, ...]) -> None:
    result = run_cli(*command, "--help")
    assert result.returncode == 0 and result.stderr == ""
    assert result.stdout.startswith("usage: testlab")
    if command:
        # A real description, not just the usage line.
        assert len(result.stdout.splitlines()) > 6
    else:
        assert all(name in result.stdout for name in ("init", "demo", "info"))
