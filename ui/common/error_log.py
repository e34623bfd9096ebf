"""Where unexpected errors are written: one rotating log file in the user's data folder.

``ui/app.py`` sets it up once (``start_logging``); the error dialog names the file
(``log_file``) so a facilitator sees a plain message and support finds the details.
"""

from __future__ import annotations

import logging
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

LOG_NAME = "testlab.log"
MAX_BYTES = 1_000_000
BACKUPS = 3
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def default_folder() -> Path:
    """The logs folder inside the user data folder (next to the embedded database)."""
    from platformdirs import user_data_path

    return user_data_path("TestLab", appauthor=False) / "logs"


def start_logging(folder: Path | None = None) -> Path:
    """Send warnings and errors to a rotating log in ``folder``; the log's path.

    Called again (e.g. a second window in the same process), it keeps the handler
    it made the first time.
    """
    existing = log_file()
    if existing is not None:
        return existing
    folder = folder or default_folder()
    folder.mkdir(parents=True, exist_ok=True)
    handler = RotatingFileHandler(folder / LOG_NAME, maxBytes=MAX_BYTES, backupCount=BACKUPS,
                                  encoding="utf-8")
    handler.setLevel(logging.WARNING)
    handler.setFormatter(logging.Formatter(_FORMAT))
    root = logging.getLogger()
    root.addHandler(handler)
    if root.level > logging.WARNING or root.level == logging.NOTSET:
        root.setLevel(logging.WARNING)
    return Path(handler.baseFilename)


def stop_logging() -> None:
    """Remove and close the handler ``start_logging`` made (tests, shutdown)."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if isinstance(handler, RotatingFileHandler) and handler.baseFilename.endswith(LOG_NAME):
            root.removeHandler(handler)
            handler.close()


def log_file() -> Path | None:
    """The log file errors go to, or None before ``start_logging``."""
    for handler in logging.getLogger().handlers:
        if isinstance(handler, RotatingFileHandler) and handler.baseFilename.endswith(LOG_NAME):
            return Path(handler.baseFilename)
    return None


def log_uncaught(kind: type[BaseException], error: BaseException,
                 trace: TracebackType | None) -> None:
    """``sys.excepthook``: an exception no one caught (e.g. in a slot) goes to the log."""
    logging.getLogger("testlab.uncaught").error("Uncaught error", exc_info=(kind, error, trace))
    if log_file() is None:  # no log yet: keep Python's own report
        sys.__excepthook__(kind, error, trace)
