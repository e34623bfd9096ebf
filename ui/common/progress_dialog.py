"""A progress dialog that appears only when work lasts longer than about half a second."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

SHOW_AFTER_MS = 500


class DelayedProgressDialog(QProgressDialog):
    """Hidden at first; shown after ``SHOW_AFTER_MS`` unless ``finish()`` came before."""

    cancel_requested = Signal()

    def __init__(self, label: str, parent: QWidget | None = None,
                 show_after_ms: int = SHOW_AFTER_MS) -> None:
        super().__init__(label, QCoreApplication.translate("ProgressDialog", "Cancel"), 0, 0,
                         parent)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAutoClose(False)
        self.setAutoReset(False)
        # Qt's own delay applies when values arrive; our timer also shows a busy
        # dialog for work that reports no progress.
        self.setMinimumDuration(show_after_ms)
        self.canceled.connect(self._on_self_canceled)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._timer.start(show_after_ms)
        self._finished = False
        self.hide()

    def set_progress(self, done: int, total: int) -> None:
        """Show ``done`` of ``total`` (total 0: busy, no known end)."""
        if total > 0:
            self.setMaximum(total)
            self.setValue(min(done, total))

    def finish(self) -> None:
        """The work ended: never show, or close now."""
        self._finished = True
        self._timer.stop()
        self.hide()
        self.deleteLater()

    def _on_timer_timeout(self) -> None:
        if not self._finished:
            self.show()

    def _on_self_canceled(self) -> None:
        self.cancel_requested.emit()
