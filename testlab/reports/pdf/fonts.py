"""The report's type: DejaVu Sans (regular, bold, oblique) from matplotlib's own fonts,
registered with reportlab as TrueType so every glyph used is embedded in the PDF.

DejaVu Sans covers every name of the network (accents, Polish, Romanian, Arabic);
Arabic is joined by reportlab's shaping through ``uharfbuzz`` (``shaping=1`` on every
paragraph style) and put right to left word by word by ``testlab.reports.pdf.rtl``.
"""

from __future__ import annotations

import functools
from pathlib import Path

import matplotlib
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

REGULAR = "TLDejaVuSans"
BOLD = "TLDejaVuSans-Bold"
ITALIC = "TLDejaVuSans-Oblique"
_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
}


def font_folder() -> Path:
    """Where matplotlib keeps its TrueType fonts (it ships DejaVu Sans)."""
    return Path(matplotlib.get_data_path()) / "fonts" / "ttf"


@functools.cache
def register_fonts() -> str:
    """Register the report's fonts once per process; returns the regular font's name."""
    folder = font_folder()
    for name, file in _FILES.items():
        font = TTFont(name, str(folder / file))
        pdfmetrics.registerFont(font)
    # <b> and <i> in paragraphs pick these faces.
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, ITALIC)
    addMapping(REGULAR, 1, 1, BOLD)
    return REGULAR
