"""Use case: the statistics of a product (or of every product), in one read-only unit of work.

The command line (``testlab stats``), the window and the PDF report call these; they
return the frozen dataclasses of ``testlab.analysis.results``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from testlab.analysis.product import analyse_network, analyse_product
from testlab.analysis.results import NPS_STRATA, ProductAnalysis
from testlab.db import Database


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
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ProductAnalysis:
    """Every figure of the product named ``product`` (see ``analyse_product``), with the
    operator's NPS weighted by customers per stratum (``nps_strata``: see ``NPS_STRATA``).

    Raises ``NotFound`` for an unknown product or stage and ``InvalidInput`` for a bad
    confidence level, dimension or strata.
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
            progress=progress,
            cancelled=cancelled,
        )


def network_statistics(
    db: Database,
    *,
    confidence: float = 0.95,
    assisted_counts_as_success: bool = False,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
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
