"""Use case: export a product's PDF findings report (the window's File → Export report…).

A thin door to ``testlab.reports.pdf`` so that the window calls a service, as it does
for everything else; reportlab and matplotlib load only when a report is built.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from testlab.db.database import Database
from testlab.progress import CancelCheck, Progress


def report_languages() -> tuple[str, ...]:
    """The languages a report can be written in (e.g. ``("en", "fr")``)."""
    from testlab.reports.pdf.catalogue import languages

    return languages()


def report_file_name(product: str) -> str:
    """A safe file name for a product's report ("MyLine self-care app" ->
    "MyLine-self-care-app.pdf"): letters of any script kept, the rest dashes."""
    stem = re.sub(r"[^\w.-]+", "-", product).strip("-.") or "product"
    return f"{stem}.pdf"


def export_report(
    db: Database,
    product: str,
    out: str | Path,
    *,
    stages: Sequence[str] = (),
    centres: Sequence[str] = (),
    confidence: float = 0.95,
    lang: str = "en",
    logo: str | Path | None = None,
    author: str = "",
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> Path:
    """Write the PDF findings report of ``product`` to ``out`` (see ``build_report``);
    returns the path written. Nothing is left behind on failure or cancel."""
    from testlab.reports.pdf import ReportOptions, build_report

    options = ReportOptions(
        stages=tuple(stages), centres=tuple(centres), confidence=confidence, lang=lang,
        logo=None if logo is None or not str(logo).strip() else Path(logo), author=author,
    )  # fmt: skip
    return build_report(db, product, out, options, progress=progress, cancelled=cancelled)
