"""The daily automatic backup: when the window opens the default SQLite database, at most once
a day, off the GUI thread; the last seven copies are kept in ``backups`` in the data folder."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from testlab.db.urls import default_database_path
from ui.common import error_dialog
from ui.context import AppContext
from ui.main_window import MainWindow

TASK_KEY = "backup.daily"
STATUS_MS = 8000


class DailyBackup(QObject):
    """Makes today's copy if there is none yet; says so in the status bar, or shows the error."""

    backup_made = Signal(str)  # the copy's path
    backup_skipped = Signal()  # not the default database, or today's copy exists
    backup_failed = Signal(object)  # the exception, also shown through the error path

    def __init__(self, window: MainWindow, context: AppContext) -> None:
        super().__init__(window)
        self._window = window
        self._context = context

    def start(self) -> bool:
        """Start the copy in the background; False when this database gets no daily copy."""
        db = self._context.db
        if not db.is_sqlite or Path(str(db.url.database)) != default_database_path():
            self.backup_skipped.emit()
            return False
        from testlab.db.backup import daily_backup

        self._context.tasks.run(TASK_KEY, lambda: daily_backup(db), on_done=self._on_task_done,
                                on_error=self._on_task_failed)
        return True

    def _on_task_done(self, info: Any) -> None:
        if info is None:
            self.backup_skipped.emit()
            return
        self._window.statusBar().showMessage(
            self.tr("Today's backup was saved to {path}.").format(path=info.path), STATUS_MS)
        self.backup_made.emit(str(info.path))

    def _on_task_failed(self, error: BaseException) -> None:
        self.backup_failed.emit(error)
        error_dialog.show_error(self._window, error, self.tr("TestLab: daily backup"))
