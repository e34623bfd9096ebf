"""The PDF findings report of a product (issue 15): reportlab, embedded DejaVu Sans,
words from one catalogue per language, figures from the ``stats --json`` analysis.

Import it only where a report is built: reportlab and matplotlib are heavy.
"""

from testlab.reports.pdf.build import ReportCancelled, build_report
from testlab.reports.pdf.content import ReportOptions

__all__ = ["ReportCancelled", "ReportOptions", "build_report"]
