"""Build the PDF findings report of a product: gather (analysis, comparisons, breakdowns,
findings, facts), render the charts, lay out the pages, write atomically.

The figures are those of ``testlab stats --json`` for the same product, stages, centres
and confidence: the report calls the same service and only prints what it returns.
The file is written beside the target under a temporary name and renamed at the end;
on any failure or on cancel nothing is left behind.
"""

from __future__ import annotations

import io
import os
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from testlab import __version__
from testlab.analysis.filters import Filters
from testlab.db.database import Database
from testlab.errors import Cancelled, InvalidInput
from testlab.progress import CancelCheck, Progress
from testlab.reports.pdf import back, front, results
from testlab.reports.pdf.catalogue import Words
from testlab.reports.pdf.charts import render_all
from testlab.reports.pdf.content import ReportData, ReportOptions
from testlab.reports.pdf.document import (
    FRAME_WIDTH,
    MARGIN,
    PAGE_HEIGHT,
    Contents,
    Heading,
    ReportDoc,
    make_styles,
    para,
    paragraph,
)
from testlab.reports.pdf.facts import product_facts
from testlab.services.analysis import product_statistics
from testlab.services.findings import list_findings

#: Steps before the charts: analysis, comparisons, breakdowns, facts and findings.
_GATHER_STEPS = 4
#: Steps of laying out and writing.
_LAYOUT_STEPS = 2


class ReportCancelled(Cancelled):
    """The caller's ``cancelled()`` said stop; no file was written."""

    def __init__(self) -> None:
        super().__init__("The report was cancelled; no file was written.")


def default_logo() -> Path:
    """The logo shipped with TestLab, used when none is given."""
    from resources import resource_path

    return resource_path("reports", "logo.png")


def check_logo(logo: Path | None) -> Path:
    """The logo to print, or ``InvalidInput`` when the file cannot be read as an image."""
    if logo is None:
        return default_logo()
    from reportlab.lib.utils import ImageReader

    try:
        ImageReader(str(logo)).getSize()
    except Exception:  # reportlab/PIL raise many kinds for a bad image
        raise InvalidInput(f"Cannot read the logo '{logo}' as an image (PNG or JPEG).") from None
    return logo


def gather(db: Database, product: str, options: ReportOptions, *,
           tick: Callable[[], None]) -> ReportData:
    """Everything the report prints, from the services (no figure is computed here)."""
    w = Words(options.lang)
    logo = check_logo(options.logo)
    filters = Filters(centres=options.centres)
    analysis = product_statistics(db, product, stages=options.stages, by="centre",
                                  confidence=options.confidence, filters=filters)  # fmt: skip
    tick()
    names = [s.name for s in analysis.stages]
    comparisons = []
    for a, b in zip(names, names[1:], strict=False):
        found = product_statistics(db, analysis.product, stages=(a, b), compare=(a, b),
                                   confidence=options.confidence, filters=filters).comparison
        if found is not None:
            comparisons.append(found)
    tick()
    breakdowns = {} if analysis.breakdown is None else {"centre": analysis.breakdown}
    for dimension in ("device", "network"):
        found_b = product_statistics(db, analysis.product, stages=names, by=dimension,
                                     confidence=options.confidence, filters=filters).breakdown
        if found_b is not None and found_b.groups:
            breakdowns[dimension] = found_b
    tick()
    facts = product_facts(db, analysis.product, names, analysis.filters)
    findings = [f for f in list_findings(db, product=analysis.product)
                if f.first_stage in names or not options.stages]  # fmt: skip
    tick()
    return ReportData(
        analysis=analysis, breakdowns=breakdowns, comparisons=comparisons, facts=facts,
        findings=findings, options=options, generated_at=datetime.now(UTC),
        version=__version__, logo=logo, w=w, styles=make_styles(),
    )  # fmt: skip


def story(d: ReportData) -> list[Flowable]:
    """The report's flowables, section by section."""
    return [*front.cover(d), *front.summary(d), *front.introduction(d), *front.method(d),
            *results.results(d), *back.comparisons(d), *back.findings(d)]  # fmt: skip


def layout(d: ReportData, target: str | Path) -> int:
    """Lay the report out into ``target``; returns the number of pages.

    The contents and "page N of M" need the page of every heading before the pages are
    written. A first pass lays the story out with the contents already holding one row
    per heading (page numbers unknown, same height) and the charts as blanks of their
    size: the same layout at a fraction of the cost. The second pass writes the file
    with the pages it found; should a page have moved, it is written once more.
    """
    images, d.images = d.images, {}
    settle = _doc(d, io.BytesIO(), pages=0)
    first = story(d)
    headings = [(f.level, para(f.plain_text), 0, f.key) for f in first if isinstance(f, Heading)]
    settle.build(_with_contents(first, headings))
    d.images = images
    entries, pages = settle.entries, int(settle.page)
    for _ in range(3):
        final = _doc(d, str(target), pages=pages)
        final.build(_with_contents(story(d), entries))
        if final.entries == entries and int(final.page) == pages:
            break
        entries, pages = final.entries, int(final.page)
    return int(final.page)


def _with_contents(flowables: list[Flowable], entries: list[tuple[int, str, int, str]]
                   ) -> list[Flowable]:
    """The story with its table of contents holding ``entries``."""
    for f in flowables:
        if isinstance(f, Contents):
            f._lastEntries = list(entries)
    return flowables


def _doc(d: ReportData, target: object, *, pages: int) -> ReportDoc:
    w, a = d.w, d.analysis
    stages = ", ".join(s.name for s in a.stages)
    metadata = {
        "title": w("meta.title", product=a.product),
        "author": d.options.author or "TestLab",
        "subject": w("meta.subject", product=a.product, stages=stages),
        "keywords": ", ".join([w("meta.keywords"), a.product, *[s.name for s in a.stages]]),
        "creator": f"TestLab {d.version}",
        "lang": d.options.lang,
    }
    report_date = w.day(d.generated_at)

    def header(canvas: object, page: int) -> None:
        if page == 1:
            return
        text = paragraph(f"{a.product} — {w('header.report')} — {report_date}", d.styles.header)
        text.wrapOn(canvas, FRAME_WIDTH, 20)
        text.drawOn(canvas, MARGIN, PAGE_HEIGHT - MARGIN)

    def footer(canvas: object, page: int) -> None:
        text = paragraph(w("footer.page", n=page, m=pages), d.styles.footer)
        text.wrapOn(canvas, FRAME_WIDTH, 20)
        text.drawOn(canvas, MARGIN, MARGIN - 10 * mm)

    return ReportDoc(target, header=header, footer=footer, metadata=metadata)


def build_report(
    db: Database,
    product: str,
    out: str | Path,
    options: ReportOptions | None = None,
    *,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
    charts: bool = True,
    workers: int = 1,
) -> Path:
    """Write the PDF findings report of ``product`` to ``out``; returns its path.

    Raises ``NotFound`` (product, stage), ``InvalidInput`` (centre, confidence, language,
    logo, output folder) and ``ReportCancelled``; the target is then left as it was.
    ``charts=False`` lays out blanks in their place (the benchmark's baseline).
    """
    options = options or ReportOptions()
    target = Path(out)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise InvalidInput(f"Cannot write '{target}': the folder '{folder}' does not exist.")
    if target.is_dir():
        raise InvalidInput(f"Cannot write '{target}': it is a folder.")
    done = [0]
    total = [_GATHER_STEPS + _LAYOUT_STEPS]

    def tick() -> None:
        if cancelled is not None and cancelled():
            raise ReportCancelled()
        done[0] += 1
        if progress is not None:
            progress(min(done[0], total[0]), total[0])

    data = gather(db, product, options, tick=tick)
    data.jobs = results.chart_jobs(data)
    total[0] += len(data.jobs)
    if charts:
        images = render_all(list(data.jobs.values()), workers=workers, done=tick)
        data.images = dict(zip(data.jobs, images, strict=True))
    else:
        done[0] += len(data.jobs)
    tick()
    try:
        handle, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise InvalidInput(f"Cannot write '{target}': {exc.strerror or exc}.") from None
    os.close(handle)
    try:
        layout(data, temp)
        tick()
        os.replace(temp, target)
    except OSError as exc:
        Path(temp).unlink(missing_ok=True)
        raise InvalidInput(f"Cannot write '{target}': {exc.strerror or exc}.") from None
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return target
