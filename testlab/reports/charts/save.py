"""Save a chart: PNG at 300 dpi (Agg) for print, SVG for editing; never a window."""

from __future__ import annotations

from pathlib import Path

from matplotlib.figure import Figure

PNG_DPI = 300


def save_png(figure: Figure, path: str | Path) -> Path:
    """Write the figure as a 300 dpi PNG; return the path written."""
    target = Path(path)
    figure.savefig(target, format="png", dpi=PNG_DPI)
    return target


def save_svg(figure: Figure, path: str | Path) -> Path:
    """Write the figure as SVG ."""
    target = Path(path)
    figure.savefig(target, format="svg")
    return target
