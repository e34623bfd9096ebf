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


def import_results() -> QKeySequence:
    """File → Import results…"""
    return QKeySequence("Ctrl+I")


def lab_settings() -> QKeySequence:
    """Settings → This lab PC… (the platform's Preferences key, else Ctrl+,)."""
    standard = QKeySequence(QKeySequence.StandardKey.Preferences)
    return standard if not standard.isEmpty() else QKeySequence("Ctrl+,")


def about() -> QKeySequence:
    """Help → About TestLab."""
    return QKeySequence(QKeySequence.StandardKey.HelpContents)


def correct_attempt() -> QKeySequence:
    """In a session's recorded results: correct the selected attempt (Enter works too)."""
    return QKeySequence("Ctrl+E")
