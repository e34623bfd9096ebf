"""Run the ``testlab`` command line as a real subprocess, as a user or a script would."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

CliRunner = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture
def run_cli(tmp_path: Path) -> CliRunner:
    """``run_cli("--db", path, "info")``: ``python -m testlab`` in a scratch folder."""
    env = {k: v for k, v in os.environ.items() if k != "TESTLAB_DATABASE_URL"}
    env["PYTHONIOENCODING"] = "utf-8"
    work = tmp_path / "cwd"
    work.mkdir()

    def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "testlab", *map(str, args)],
            capture_output=True, text=True, encoding="utf-8", env=env, cwd=work,
            timeout=60, check=False,
        )

    return run


def _assert_refused(result: subprocess.CompletedProcess[str]) -> str:
    """Exit status 2, nothing on stdout, one ``testlab: …`` line on stderr; returns it."""
    assert result.returncode == 2, result
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("testlab: ")
    return lines[0]


@pytest.fixture
def assert_refused() -> Callable[[subprocess.CompletedProcess[str]], str]:
    """The check every refused command must pass (see ``_assert_refused``)."""
    return _assert_refused
