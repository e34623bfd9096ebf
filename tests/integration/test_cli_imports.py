"""The command line loads only what a command needs: help and ``info`` never load scipy.

Each command imports its code inside its handler (see ``testlab/cli/main.py``); these
run the real entry point in a fresh interpreter and look at ``sys.modules`` after it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

HEAVY = ("scipy", "matplotlib", "reportlab")

# Runs the command line as ``python -m testlab`` does, then lists the top-level
# packages it loaded on stderr (after whatever the command wrote).
PROBE = """
import sys
from testlab.cli.main import main
try:
    status = main(sys.argv[1:])
except SystemExit as exc:
    status = exc.code
print("LOADED " + " ".join(sorted({name.split(".")[0] for name in sys.modules})),
      file=sys.stderr)
raise SystemExit(status)
"""


def _loaded(*args: str) -> set[str]:
    env = {k: v for k, v in os.environ.items() if k != "TESTLAB_DATABASE_URL"}
    done = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True,
                          text=True, encoding="utf-8", env=env, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    line = next(ln for ln in done.stderr.splitlines() if ln.startswith("LOADED "))
    return set(line.split()[1:])


@pytest.mark.parametrize("command", [(), ("stats",), ("import", "results"), ("demo",)])
def test_help_loads_no_statistics_plotting_pdf_or_database_library(
        command: tuple[str, ...]) -> None:
    loaded = _loaded(*command, "--help")
    assert "testlab" in loaded  # the probe did run the command line
    assert loaded.isdisjoint({*HEAVY, "numpy", "sqlalchemy"}), sorted(loaded)


def test_info_loads_no_scipy_matplotlib_or_reportlab(tmp_path: Path) -> None:
    path = str(tmp_path / "lab.sqlite3")
    _loaded("--db", path, "init")
    loaded = _loaded("--db", path, "info", "--json")
    assert "sqlalchemy" in loaded  # it did open the database
    assert loaded.isdisjoint(HEAVY), sorted(loaded & set(HEAVY))
