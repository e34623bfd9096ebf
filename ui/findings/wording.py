"""How a finding's severity and status read in the window: words, and a mark for "came back"."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from testlab.model.enums import FindingStatus
from testlab.services.findings import SEVERITY_WORDING

# Written once in English, translated where shown (context "Findings").
_STATUSES = {
    FindingStatus.OPEN.value: QT_TRANSLATE_NOOP("Findings", "Open"),
    FindingStatus.FIXED.value: QT_TRANSLATE_NOOP("Findings", "Fixed"),
    FindingStatus.VERIFIED_FIXED.value: QT_TRANSLATE_NOOP("Findings", "Verified fixed"),
    FindingStatus.CAME_BACK.value: QT_TRANSLATE_NOOP("Findings", "Came back"),
    FindingStatus.WONT_FIX.value: QT_TRANSLATE_NOOP("Findings", "Won't fix"),
}
#: Statuses in the order a finding usually goes through them (pickers list them so).
STATUS_ORDER = tuple(_STATUSES)
#: The mark beside "Came back": the flag is a symbol and a word, never colour alone.
CAME_BACK_MARK = "▲"

# The severity scale's words (testlab.services.findings.SEVERITY_WORDING, kept Qt-free),
# marked for lupdate; severity_short shows the word before the colon.
_SEVERITY_WORDS = (
    QT_TRANSLATE_NOOP("Findings", "critical: stops the task"),
    QT_TRANSLATE_NOOP("Findings", "serious: major delay or frustration"),
    QT_TRANSLATE_NOOP("Findings", "minor: small delay or annoyance"),
    QT_TRANSLATE_NOOP("Findings", "cosmetic: fix if there is time"),
    QT_TRANSLATE_NOOP("Findings", "critical"),
    QT_TRANSLATE_NOOP("Findings", "serious"),
    QT_TRANSLATE_NOOP("Findings", "minor"),
    QT_TRANSLATE_NOOP("Findings", "cosmetic"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Findings", text)


def status_word(status: str) -> str:
    """"Verified fixed", "Won't fix"…; "▲ Came back" with its mark."""
    word = _tr(_STATUSES.get(status, status))
    return f"{CAME_BACK_MARK} {word}" if status == FindingStatus.CAME_BACK.value else word


def severity_short(severity: int) -> str:
    """"1 critical": the number and the scale's word, for a table cell."""
    return f"{severity} {_tr(SEVERITY_WORDING[severity].split(':')[0])}"


def severity_long(severity: int) -> str:
    """"1 critical: stops the task": the scale's whole wording, for pickers and tips."""
    return f"{severity} {_tr(SEVERITY_WORDING[severity])}"


def severities() -> tuple[int, ...]:
    """The scale, worst first."""
    return tuple(sorted(SEVERITY_WORDING))
