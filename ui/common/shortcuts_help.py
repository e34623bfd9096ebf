"""The keyboard-shortcuts window (F1): every key of the screen in front of the user.

Generated from ``shortcuts.HELP`` (the module that also binds the keys), so what it
lists cannot drift from what the keys do.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.common import metrics, shortcuts

_SCOPE_TITLES = {
    "window": QT_TRANSLATE_NOOP("Shortcuts", "Anywhere in the window"),
    "sessions": QT_TRANSLATE_NOOP("Shortcuts", "Sessions"),
    "setup": QT_TRANSLATE_NOOP("Shortcuts", "Setup"),
    "results": QT_TRANSLATE_NOOP("Shortcuts", "Results"),
    "findings": QT_TRANSLATE_NOOP("Shortcuts", "Findings"),
    "finding_form": QT_TRANSLATE_NOOP("Shortcuts", "A finding's form"),
    "schedule": QT_TRANSLATE_NOOP("Shortcuts", "Schedule"),
    "recorded_results": QT_TRANSLATE_NOOP("Shortcuts", "A session's recorded results"),
    "console": QT_TRANSLATE_NOOP("Shortcuts", "Anywhere in the session console"),
    "checkin": QT_TRANSLATE_NOOP("Shortcuts", "Check-in"),
    "task": QT_TRANSLATE_NOOP("Shortcuts", "A task"),
    "questionnaire": QT_TRANSLATE_NOOP("Shortcuts", "The closing questionnaire"),
    "summary": QT_TRANSLATE_NOOP("Shortcuts", "The session's summary"),
}
_MANY = 4  # keys of one line beyond this many are written "first – last"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Shortcuts", text)


def key_text(key: shortcuts.Key) -> str:
    """Every sequence of ``key`` in the platform's words ("Return / Enter", "1 – 7")."""
    shown = [sequence.toString(QKeySequence.SequenceFormat.NativeText)
             for sequence in shortcuts.sequences(key)]
    if len(shown) > _MANY:
        return f"{shown[0]} – {shown[-1]}"
    return " / ".join(shown)


def help_lines(scopes: Sequence[str]) -> list[tuple[str, str, str]]:
    """(screen, keys, what they do) for each key of ``scopes``, in order, translated.

    The screen is named on the first line of its group only, so the groups stand out.
    """
    return [(_tr(_SCOPE_TITLES[scope]) if number == 0 else "", key_text(key), _tr(what))
            for scope in scopes
            for number, (key, what) in enumerate(shortcuts.HELP[scope])]


class ShortcutsHelpDialog(QDialog):
    """A read-only table of the keys of ``scopes`` (groups of ``shortcuts.HELP``)."""

    def __init__(self, scopes: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.scopes = tuple(scopes)
        lines = help_lines(self.scopes)
        intro = QLabel(self.tr("The keys of the screen you are on. Menus open with Alt and "
                               "their underlined letter."), wordWrap=True, objectName="hint")
        self.table = QTableWidget(len(lines), 3, self)
        self.table.setAccessibleName(self.tr("Keyboard shortcuts of this screen"))
        self.table.setHorizontalHeaderLabels([self.tr("Where"), self.tr("Keys"),
                                              self.tr("What they do")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        for row, line in enumerate(lines):
            for column, text in enumerate(line):
                item = QTableWidgetItem(text)
                item.setToolTip(line[2])
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close the shortcuts window"))
        layout = metrics.page(QVBoxLayout(self))
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        metrics.fit_size(self, 720, 480)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def listed_keys(self) -> list[str]:
        """The keys column, row by row (what a test reads)."""
        return [self.table.item(row, 1).text() for row in range(self.table.rowCount())]
