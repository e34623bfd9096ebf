"""The model's lazy-load table (``_PARTS`` in testlab/model/__init__.py) lists every mapped module.

``load_all()`` and ``testlab.model.Base`` import only the parts in that table; a new model
file missing from it would leave its tables out of migrations checks and of the schema.
"""

from __future__ import annotations

import importlib
import inspect
import json
import pkgutil
import subprocess
import sys
from pathlib import Path

import testlab.model as model_package
from testlab.model.base import Base

ROOT = Path(__file__).resolve().parents[3]
NOT_PARTS = {"base", "enums", "countries"}  # the declarative base, enums, ISO country names


def _model_modules() -> list[str]:
    return sorted(info.name for info in pkgutil.iter_modules(model_package.__path__))


def _mapped_classes(module_name: str) -> set[str]:
    module = importlib.import_module(f"testlab.model.{module_name}")
    return {
        name for name, value in vars(module).items()
        if inspect.isclass(value) and issubclass(value, Base) and value is not Base
        and value.__module__ == module.__name__ and hasattr(value, "__table__")
    }


def test_every_module_with_mapped_classes_is_a_part_and_lists_them_all() -> None:
    parts = model_package._PARTS
    found = {name: _mapped_classes(name) for name in _model_modules()}
    mapped = {name: classes for name, classes in found.items() if classes}
    assert set(mapped) == set(parts), "model modules with mapped classes vs the _PARTS table"
    for name, classes in mapped.items():
        assert set(parts[name]) == classes, f"testlab/model/{name}.py"
    assert set(found) - set(mapped) == NOT_PARTS


def test_load_all_alone_registers_every_table_a_model_module_defines() -> None:
    # In a fresh interpreter: what load_all() registers, then what importing every file adds.
    code = (
        "import json, pkgutil, importlib, testlab.model as m\n"
        "m.load_all()\n"
        "from testlab.model.base import Base\n"
        "lazy = sorted(Base.metadata.tables)\n"
        "for info in pkgutil.iter_modules(m.__path__):\n"
        "    importlib.import_module('testlab.model.' + info.name)\n"
        "print(json.dumps([lazy, sorted(Base.metadata.tables)]))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                          text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    lazy, everything = json.loads(done.stdout)
    assert lazy == everything
    assert {"centres", "sessions", "task_attempts", "findings"} <= set(lazy)


def test_every_listed_name_is_reachable_from_the_package() -> None:
    for part, names in model_package._PARTS.items():
        module = importlib.import_module(f"testlab.model.{part}")
        for name in names:
            assert getattr(model_package, name) is getattr(module, name)
