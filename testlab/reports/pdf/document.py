"""The report's page furniture: A4 pages with a running header (product, report date)
and a footer "page N of M", headings that feed the table of contents and the PDF
outline (bookmarks), paragraph styles in the embedded fonts, document metadata.

"page N of M" needs the page count before the pages are written: the layout is settled
first (see ``build.layout``) and the final pass knows M.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, Table
from reportlab.platypus.tableofcontents import TableOfContents

from testlab.reports.pdf.fonts import BOLD, ITALIC, REGULAR, register_fonts
from testlab.reports.pdf.rtl import has_rtl, visual_order

# Binary streams as they are: reportlab's ASCII85 encoder is pure Python and cost
# seconds per report on the charts alone; PDF readers need no 7-bit streams.
rl_config.useA85 = 0

MARGIN = 18 * mm
PAGE_WIDTH, PAGE_HEIGHT = A4
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN


@dataclass(frozen=True, slots=True)
class Styles:
    """Every paragraph style of the report (all shaped: Arabic is joined)."""

    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_right: ParagraphStyle
    head_cell: ParagraphStyle
    note: ParagraphStyle
    header: ParagraphStyle
    footer: ParagraphStyle
    toc1: ParagraphStyle
    toc2: ParagraphStyle


def make_styles() -> Styles:
    """The report's styles, in DejaVu Sans with shaping on."""
    register_fonts()

    def style(name: str, size: float, **kw: Any) -> ParagraphStyle:
        return ParagraphStyle(name, fontName=kw.pop("font", REGULAR), fontSize=size,
                              leading=kw.pop("leading", size * 1.25), **kw)

    return Styles(
        title=style("title", 24, font=BOLD, spaceAfter=8),
        subtitle=style("subtitle", 13, spaceAfter=6, textColor=colors.HexColor("#333333")),
        h1=style("h1", 16, font=BOLD, spaceBefore=6, spaceAfter=8, keepWithNext=1),
        h2=style("h2", 12.5, font=BOLD, spaceBefore=10, spaceAfter=5, keepWithNext=1),
        body=style("body", 9.5, spaceAfter=5),
        small=style("small", 8, spaceAfter=3),
        cell=style("cell", 7.5),
        cell_right=style("cell_right", 7.5, alignment=TA_RIGHT),
        head_cell=style("head_cell", 7.5, font=BOLD),
        note=style("note", 7.5, font=ITALIC, textColor=colors.HexColor("#333333"), spaceAfter=4),
        header=style("header", 8, textColor=colors.HexColor("#444444")),
        footer=style("footer", 8, alignment=TA_CENTER, textColor=colors.HexColor("#444444")),
        toc1=style("toc1", 10.5, font=BOLD, leftIndent=0, spaceBefore=4),
        toc2=style("toc2", 9.5, leftIndent=14),
    )


@functools.cache
def _shaped(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}-shaped", parent=style, shaping=1)


def text_style(text: str, style: ParagraphStyle) -> ParagraphStyle:
    """``style``, shaped by HarfBuzz when the text holds right-to-left letters (shaping
    every paragraph would cost a third of the layout time for Latin text that needs none)."""
    return _shaped(style) if has_rtl(text) else style


def paragraph(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text (escaped, Arabic joined and right to left)."""
    return Paragraph(para(text), text_style(text, style))


class Heading(Paragraph):  # type: ignore[misc]
    """A heading that the table of contents and the outline pick up (level 0 or 1)."""

    def __init__(self, text: str, style: ParagraphStyle, level: int, key: str) -> None:
        super().__init__(para(text), text_style(text, style))
        self.plain_text = text
        self.level = level
        self.key = key


def para(text: str) -> str:
    """Plain text made safe for a Paragraph, right-to-left words in visual order.

    reportlab breaks lines at a narrow no-break space (U+202F, French before % ; ? !)
    but not at a no-break space: in wrapped text the French spaces become U+00A0, so
    "83 %" never ends a line with its number."""
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return visual_order(escaped.replace("\u202f", "\u00a0"))


class ReportDoc(BaseDocTemplate):  # type: ignore[misc]
    """A4 portrait, one frame, headings to TOC and outline."""

    def __init__(self, target: Any, *, header: Callable[[Canvas, int], None],
                 footer: Callable[[Canvas, int], None], metadata: dict[str, str]) -> None:
        super().__init__(
            target, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
            topMargin=MARGIN + 6 * mm, bottomMargin=MARGIN, initialFontName=REGULAR,
            **metadata,
        )  # fmt: skip
        frame = Frame(MARGIN, MARGIN, FRAME_WIDTH, PAGE_HEIGHT - 2 * MARGIN - 6 * mm, id="body")
        self._header = header
        self._footer = footer
        #: (level, text, page, key) of each heading laid out, for the contents.
        self.entries: list[tuple[int, str, int, str]] = []
        self.addPageTemplates([PageTemplate("page", [frame], onPage=self._on_page)])

    def _on_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        self._header(canvas, doc.page)
        self._footer(canvas, doc.page)

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 - reportlab's hook
        if isinstance(flowable, Heading):
            self.entries.append((flowable.level, para(flowable.plain_text), self.page,
                                 flowable.key))  # fmt: skip
            self.canv.bookmarkPage(flowable.key)
            self.canv.addOutlineEntry(flowable.plain_text, flowable.key, level=flowable.level,
                                      closed=False)  # fmt: skip


class Contents(TableOfContents):  # type: ignore[misc]
    """The table of contents as a two-column table of shaped paragraphs (title linked to
    its heading, page number right-aligned). reportlab's own draws its page numbers in an
    ``onDraw`` callback that its shaping path cannot take."""

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        entries = self._lastEntries or [(0, "", 0, None)]
        rows = []
        for level, text, page, key in entries:
            style = self.getLevelStyle(level)
            title = f'<a href="#{key}">{text}</a>' if key else text
            number = ParagraphStyle("toc-page", parent=style, alignment=TA_RIGHT, leftIndent=0)
            rows.append([Paragraph(title, text_style(text, style)), Paragraph(str(page), number)])
        self._table = Table(rows, colWidths=(availWidth - 15 * mm, 15 * mm),
                            style=[("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                                   ("FONTNAME", (0, 0), (-1, -1), REGULAR)])  # fmt: skip
        self.width, self.height = self._table.wrapOn(self.canv, availWidth, availHeight)
        return self.width, self.height


def table_of_contents(styles: Styles) -> TableOfContents:
    """A table of contents with two levels, filled by the headings as they are laid out."""
    toc = Contents()
    toc.levelStyles = [styles.toc1, styles.toc2]
    return toc
