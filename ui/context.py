"""What every part of the window is given, instead of reaching for globals.

Built once by ``ui.app.build_main_window`` and passed down explicitly
(git-cola's ApplicationContext): the database, the background-task helper and
the settings store.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSettings

from testlab.db.database import Database
from ui.common.background import TaskRunner


@dataclass(frozen=True)
class AppContext:
    """The database in use, the background-task helper, and where settings are kept."""

    db: Database
    tasks: TaskRunner
    settings: QSettings
