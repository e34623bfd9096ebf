"""What a report is made of, gathered before any page is laid out: the analysis (the
``stats --json`` figures), the comparisons of consecutive stages, the breakdowns, the
findings, the descriptive facts, the options and the rendered charts."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from reportlab.platypus import Flowable, Spacer

from testlab.analysis.results import Breakdown, ProductAnalysis, StageComparison
from testlab.reports.pdf.catalogue import Words
from testlab.reports.pdf.charts import WIDTH_INCHES, ChartJob, Pixels
from testlab.reports.pdf.document import FRAME_WIDTH, Styles
from testlab.reports.pdf.facts import ProductFacts
from testlab.services.findings import FindingRow


class ChartImage(Flowable):  # type: ignore[misc]
    """A rendered chart drawn at a given size (reportlab's Image wants a file)."""

    def __init__(self, pixels: Pixels, width: float, height: float) -> None:
        super().__init__()
        self.pixels, self.width, self.height = pixels, width, height

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return self.width, self.height

    def draw(self) -> None:
        from reportlab.lib.utils import ImageReader

        self.canv.drawImage(ImageReader(self.pixels.image()), 0, 0, self.width, self.height)


@dataclass(frozen=True, slots=True)
class ReportOptions:
    """What the user chose: stages (empty: all), centres (empty: all), confidence,
    language, logo file (None: the default), author."""

    stages: tuple[str, ...] = ()
    centres: tuple[str, ...] = ()
    confidence: float = 0.95
    lang: str = "en"
    logo: Path | None = None
    author: str = ""


@dataclass(slots=True)
class ReportData:
    """Everything the sections lay out."""

    analysis: ProductAnalysis
    breakdowns: dict[str, Breakdown]
    comparisons: list[StageComparison]
    facts: ProductFacts
    findings: list[FindingRow]
    options: ReportOptions
    generated_at: datetime
    version: str
    logo: Path
    w: Words
    styles: Styles
    jobs: dict[str, ChartJob] = field(default_factory=dict)
    images: dict[str, Pixels] = field(default_factory=dict)

    def chart(self, key: str) -> Flowable | None:
        """The chart ``key`` at the frame's width (a blank of its size when charts were
        left out, as the benchmark's baseline does; None when there is no such chart)."""
        job = self.jobs.get(key)
        if job is None:
            return None
        scale = FRAME_WIDTH / (WIDTH_INCHES * 72)
        width, height = WIDTH_INCHES * 72 * scale, job.height * 72 * scale
        pixels = self.images.get(key)
        if pixels is None:
            return Spacer(width, height)
        return ChartImage(pixels, width, height)
