"""Files shipped with TestLab (icons, the Qt style sheet, ...), found through one helper."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent


def resource_path(*parts: str) -> Path:
    """The path of a shipped resource, e.g. ``resource_path("icons", "centres.svg")``."""
    path = ROOT.joinpath(*parts)
    if not path.is_file():
        raise FileNotFoundError(f"TestLab resource missing: {path}")
    return path


def read_text(*parts: str) -> str:
    """The text of a shipped resource (UTF-8)."""
    return resource_path(*parts).read_text(encoding="utf-8")
