"""testlab/ never imports Qt: the command line, the tests and the window share one core."""

from __future__ import annotations

import ast
import pkgutil
import subprocess
import sys
from pathlib import Path

import testlab

ROOT = Path(__file__).resolve().parents[2]
QT_PACKAGES = ("PySide6", "PySide2", "PyQt5", "PyQt6", "shiboken6", "qtpy")


def _core_modules() -> list[pkgutil.ModuleInfo]:
    return list(pkgutil.walk_packages(testlab.__path__, prefix="testlab."))


def _module_file(info: pkgutil.ModuleInfo) -> Path:
    finder_path = Path(info.module_finder.path)  # type: ignore[union-attr]
    leaf = info.name.rsplit(".", 1)[-1]
    return finder_path / leaf / "__init__.py" if info.ispkg else finder_path / f"{leaf}.py"


def _qt_imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module]
        else:
            continue
        found += [n for n in names if n.split(".")[0] in QT_PACKAGES]
    return found


def test_every_core_module_is_found():
    names = {info.name for info in _core_modules()}
    assert {"testlab.services", "testlab.services.network", "testlab.db"} <= names


def test_no_core_module_imports_qt():
    offenders = {}
    for info in _core_modules():
        path = _module_file(info)
        if path.is_file() and (qt := _qt_imports(path)):
            offenders[info.name] = qt
    assert offenders == {}, f"Qt imported under testlab/: {offenders}"


def test_importing_the_services_loads_no_qt():
    code = ("import testlab.services, testlab.services.network, testlab.services.products, sys; "
            "assert not any(m.startswith('PySide6') for m in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr


def test_importing_every_core_module_loads_no_qt():
    names = [info.name for info in _core_modules()
             if "migrations" not in info.name and not info.name.endswith("__main__")]
    code = (
        "import importlib, sys\n"
        f"for name in {names!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in "
        f"{QT_PACKAGES!r})\n"
        "assert not bad, bad\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0, done.stderr
