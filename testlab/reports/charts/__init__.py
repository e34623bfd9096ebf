"""Chart builders: matplotlib figures of an analysis, for the window and the PDF report.

Each builder draws on a ``matplotlib.figure.Figure`` it is given (object API, no pyplot)
from the dataclasses of ``testlab.analysis.results``; it never computes a figure of its
own. Import this package only where a chart is drawn: matplotlib is heavy, and the
command line's start-up path must not load it.
"""

from testlab.reports.charts.forest import metric_by_centre
from testlab.reports.charts.metrics import COMPLETION, METRICS, SIMPLICITY, TIME
from testlab.reports.charts.save import save_png, save_svg
from testlab.reports.charts.stages import metric_by_stage
from testlab.reports.charts.tasks import completion_per_task, simplicity_per_task, time_per_task

__all__ = [
    "COMPLETION",
    "METRICS",
    "SIMPLICITY",
    "TIME",
    "completion_per_task",
    "metric_by_centre",
    "metric_by_stage",
    "save_png",
    "save_svg",
    "simplicity_per_task",
    "time_per_task",
]
