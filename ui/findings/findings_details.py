"""The selected finding in words: what it is, its status stage by stage, its evidence."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from testlab.services.findings import FindingRow
from testlab.services.recording.attempts import format_duration
from ui.common import metrics
from ui.common.i18n import translate
from ui.findings.wording import severity_long, status_word


def details_text(row: FindingRow) -> str:
    """Plain text (no markup: titles and notes are shown as typed)."""
    lines = [
        translate("FindingDetails", "Severity: {0}").format(severity_long(row.severity)),
        translate("FindingDetails", "Task: {0}").format(row.task_key or "–"),
        translate("FindingDetails", "First seen: {0}").format(row.first_stage),
        translate("FindingDetails", "Affected: {0} of {1} participants observed").format(row.affected, row.observed),
        translate("FindingDetails", "Owner: {0}").format(row.owner or "–"),
        translate("FindingDetails", "Status now: {0}").format(status_word(row.status)),
    ]
    if row.came_back:
        lines.append(translate("FindingDetails", "▲ Came back: marked fixed, then seen again at a later stage."))
    if row.description:
        lines += ["", translate("FindingDetails", "Description"), row.description]
    if row.recommendation:
        lines += ["", translate("FindingDetails", "Recommendation"), row.recommendation]
    lines += ["", translate("FindingDetails", "Status stage by stage")]
    if row.statuses:
        lines += [f"  {st.stage}: {status_word(st.status)}" + (f" ({st.note})" if st.note else "")
                  for st in row.statuses]
    else:
        lines.append(translate("FindingDetails", "  none recorded yet (open)"))
    lines += ["", translate("FindingDetails", "Evidence ({0})").format(len(row.evidence))]
    lines += [
        translate("FindingDetails", "  {0} · {1} · session of {2} UTC, {3} in\n    {4}").format(
            e.participant or "–", e.stage, f"{e.session_start:%Y-%m-%d %H:%M}",
            format_duration(e.elapsed_seconds), " ".join(e.text.split()))
        for e in row.evidence
    ]
    return "\n".join(lines)


class FindingDetails(QScrollArea):
    """A read-only pane: the finding's title over its details; scrolls when long."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setAccessibleName(translate("FindingDetails", "The selected finding's details"))
        inner = QWidget()
        layout = metrics.pane(QVBoxLayout(inner))
        self.title = QLabel(objectName="detailsTitle", wordWrap=True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.body = QLabel(wordWrap=True)
        self.body.setTextFormat(Qt.TextFormat.PlainText)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.title)
        layout.addWidget(self.body, 1)
        self.setWidget(inner)
        self.finding: FindingRow | None = None

    def show_finding(self, row: FindingRow | None, hint: str = "") -> None:
        """Show ``row``, or ``hint`` when there is none."""
        self.finding = row
        self.title.setText(row.title if row else "")
        self.body.setText(details_text(row) if row else hint)
