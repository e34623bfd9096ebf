"""ui.qt_check: missing xcb libraries are named, installed as root, never left to Qt."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from ui import qt_check

LDD_MISSING = """\
\tlinux-vdso.so.1 (0x00007ffd)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-cursor.so.0 => not found
\tlibQt6XcbQpa.so.6 => /x/libQt6XcbQpa.so.6 (0x00007f)
\tlibxcb-icccm.so.4 => not found
\tlibweird.so.9 => not found
"""


class FakeRun:
    def __init__(self, ldd_outputs: list[str], fail: bool = False) -> None:
        self.ldd_outputs = ldd_outputs
        self.commands: list[list[str]] = []
        self.fail = fail

    def __call__(self, command, **kwargs):
        self.commands.append(list(command))
        if command[0] == "ldd":
            out = self.ldd_outputs.pop(0) if self.ldd_outputs else ""
            return subprocess.CompletedProcess(command, 0, out, "")
        return subprocess.CompletedProcess(command, 1 if self.fail else 0, "", "")


def test_missing_libraries_are_read_from_ldd(tmp_path):
    run = FakeRun([LDD_MISSING])
    missing = qt_check.missing_libraries(tmp_path / "libqxcb.so", run)
    assert missing == ["libweird.so.9", "libxcb-cursor.so.0", "libxcb-icccm.so.4"]
    packages, unknown = qt_check.packages_for(missing)
    assert packages == ["libxcb-cursor0", "libxcb-icccm4"] and unknown == ["libweird.so.9"]


def test_not_root_prints_the_exact_sudo_line(tmp_path, capsys):
    run = FakeRun([LDD_MISSING])
    status = qt_check.check({"DISPLAY": ":0"}, "linux", is_root=False, run=run,
                            plugin=tmp_path / "libqxcb.so")
    err = capsys.readouterr().err
    assert status == 2
    assert "sudo apt-get install libxcb-cursor0 libxcb-icccm4" in err
    assert "could not load the Qt platform plugin" not in err
    assert not any(c[0] == "apt-get" for c in run.commands)


def test_root_installs_then_checks_again(tmp_path, capsys):
    run = FakeRun([LDD_MISSING.replace("libweird.so.9 => not found", ""), ""])
    status = qt_check.check({"DISPLAY": ":0"}, "linux", is_root=True, run=run,
                            plugin=tmp_path / "libqxcb.so")
    assert status == 0
    assert ["apt-get", "update"] in run.commands
    assert ["apt-get", "install", "-y", "libxcb-cursor0", "libxcb-icccm4"] in run.commands


def test_no_screen_is_said_plainly(tmp_path, capsys):
    status = qt_check.check({}, "linux", is_root=False, run=FakeRun([""]),
                            plugin=tmp_path / "libqxcb.so")
    assert status == 2
    assert "no screen" in capsys.readouterr().err


def test_offscreen_needs_neither_screen_nor_xcb(tmp_path):
    run = FakeRun([LDD_MISSING])
    assert qt_check.check({"QT_QPA_PLATFORM": "offscreen"}, "linux", run=run,
                          plugin=tmp_path / "libqxcb.so") == 0
    assert run.commands == []


def test_other_systems_pass(tmp_path):
    assert qt_check.check({}, "win32", run=FakeRun([LDD_MISSING])) == 0


def test_runs_as_a_module_without_importing_qt():
    code = ("import sys, ui.qt_check; "
            "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt imported'")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=Path(__file__).resolve().parents[2], timeout=60)
    assert done.returncode == 0, done.stderr
