"""Use case: the statistics of a product (or of every product), in one read-only unit of work.

The command line (``testlab stats``), the window and the PDF report call these; they
return the frozen dataclasses of ``testlab.analysis.results``.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from testlab.analysis.dimensions import NPS_STRATA
from testlab.analysis.filters import NO_FILTERS, Filters
from testlab.analysis.product import analyse_network, analyse_product
from testlab.analysis.results import ProductAnalysis
from testlab.db.database import Database
from testlab.errors import InvalidInput
from testlab.progress import CancelCheck, Progress


def product_statistics(
    db: Database,
    product: str,
    *,
    stages: Sequence[str] = (),
    by: str | None = None,
    compare: tuple[str, str] | None = None,
    confidence: float = 0.95,
    assisted_counts_as_success: bool = False,
    nps_strata: str = NPS_STRATA[0],
    filters: Filters = NO_FILTERS,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> ProductAnalysis:
    """Every figure of the product named ``product`` (see ``analyse_product``), with the
    operator's NPS weighted by customers per stratum (``nps_strata``: see ``NPS_STRATA``).

    Every figure follows ``filters`` (centres, participant profile, session dates).
    Raises ``NotFound`` for an unknown product or stage and ``InvalidInput`` for a bad
    confidence level, dimension, strata, or an unknown centre or profile value.
    """
    with db.engine.connect() as connection:
        return analyse_product(
            connection,
            product,
            stages=stages,
            by=by,
            compare=compare,
            confidence=confidence,
            assisted_counts_as_success=assisted_counts_as_success,
            nps_strata=nps_strata,
            filters=filters,
            progress=progress,
            cancelled=cancelled,
        )


def network_statistics(
    db: Database,
    *,
    confidence: float = 0.95,
    assisted_counts_as_success: bool = False,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> tuple[ProductAnalysis, ...]:
    """Every stage of every product, sorted by product name (see ``analyse_network``)."""
    with db.engine.connect() as connection:
        return analyse_network(
            connection,
            confidence=confidence,
            assisted_counts_as_success=assisted_counts_as_success,
            progress=progress,
            cancelled=cancelled,
        )


def export_table(out: str | Path, columns: Sequence[str], rows: Sequence[Sequence[str]]) -> int:
    """Write a table of figures as shown (the window's tables) to ``out`` as CSV, through
    the shared writer (UTF-8 with BOM, formula-like cells neutralised), atomically: a bad
    folder raises ``InvalidInput`` and writes nothing. Returns the rows written."""
    from testlab.io.results_csv import write_rows
    from testlab.services.results_io import write_atomically

    target = Path(out)
    folder = target.parent if str(target.parent) else Path(".")
    if target.is_dir():
        raise InvalidInput(f"{target} is a folder; give a file name such as results.csv.")
    if not folder.is_dir():
        raise InvalidInput(f"The folder {folder} does not exist; nothing was written.")
    write_atomically(target, write_rows(rows, columns))
    return len(rows)


def save_chart(figure: Any, out: str | Path) -> Path:
    """Save a chart (a matplotlib ``Figure``) as PNG at 300 dpi or SVG, by ``out``'s suffix
    (``testlab.reports.charts.save``); an unknown suffix or a folder that cannot be written
    raises ``InvalidInput``."""
    from testlab.reports.charts.save import save_png, save_svg

    target = Path(out)
    suffix = target.suffix.lower()
    if suffix not in (".png", ".svg"):
        raise InvalidInput(f"Save a chart as .png or .svg, not '{target.name}'.")
    if not target.parent.is_dir():
        raise InvalidInput(f"The folder {target.parent} does not exist; nothing was written.")
    try:
        return save_png(figure, target) if suffix == ".png" else save_svg(figure, target)
    except OSError as exc:
        raise InvalidInput(f"Cannot write {target}: {exc.strerror or exc}.") from None
