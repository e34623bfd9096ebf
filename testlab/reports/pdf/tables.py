"""Tables of the report: every cell a shaped Paragraph (Arabic names joined), the header
row repeated on each page a table runs onto, numbers right-aligned."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.platypus import Paragraph, Table, TableStyle

from testlab.reports.pdf.document import FRAME_WIDTH, Styles, paragraph
from testlab.reports.pdf.rtl import has_rtl

GRID = colors.HexColor("#b0b0b0")
HEAD_BACK = colors.HexColor("#e8e8e8")


def table(
    styles: Styles,
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    *,
    numeric: Sequence[int] = (),
) -> Table:
    """A table with ``header`` repeated on every page; ``widths`` are shares of the frame
    width; columns in ``numeric`` are right-aligned."""
    total = sum(widths)
    col_widths = [FRAME_WIDTH * w / total for w in widths]
    data: list[list[Paragraph | str]] = [[paragraph(h, styles.head_cell) for h in header]]
    for row in rows:
        # Numbers are short and never right to left: plain strings, laid out without
        # the cost of a paragraph each (most cells of the report are numbers).
        data.append([
            text if i in numeric and not has_rtl(text) else paragraph(text, styles.cell)
            for i, text in enumerate(row)
        ])  # fmt: skip
    result = Table(data, colWidths=col_widths, repeatRows=1, hAlign="LEFT")
    result.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_BACK),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("FONTNAME", (0, 0), (-1, -1), styles.cell.fontName),
        ("FONTSIZE", (0, 1), (-1, -1), styles.cell.fontSize),
        ("LEADING", (0, 1), (-1, -1), styles.cell.leading),
        *[("ALIGN", (i, 1), (i, -1), "RIGHT") for i in numeric],
    ]))  # fmt: skip
    return result
