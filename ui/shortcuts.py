"""Every keyboard shortcut of the window, defined once.

Functions, not constants: a platform's standard keys can only be asked for
once the QApplication exists.
"""

from __future__ import annotations

from PySide6.QtGui import QKeySequence


def find() -> QKeySequence:
    """Put the cursor in the current section's search box."""
    return QKeySequence(QKeySequence.StandardKey.Find)


def quit_app() -> QKeySequence:
    """Close the window."""
    return QKeySequence(QKeySequence.StandardKey.Quit)


def section(number: int) -> QKeySequence:
    """Ctrl+1 … Ctrl+9: go to the n-th section of the navigation list."""
    return QKeySequence(f"Ctrl+{number}")
