"""The console asks before closing with a task timer running (a modal question).  Tests
that end with a timer running would wait on it for ever at teardown: here it is answered
"Yes" and the questions asked are kept for the tests that check them."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox


@pytest.fixture(autouse=True)
def close_questions(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Texts of the questions asked; a test that wants "No" appends "no" before closing."""
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_args: object) -> object:
        refuse = bool(asked) and asked[-1] == "no"
        asked.append(text)
        return QMessageBox.StandardButton.No if refuse else QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked
