"""Fixtures of the Results section's tests: the section shown in a real window."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from testlab.db.database import Database
from ui.main_window import MainWindow
from ui.results.results_section import ResultsSection

WAIT_MS = 15_000


def open_results(qtbot, window: MainWindow) -> ResultsSection:
    """Show the Results section and wait until its lists and first analysis are shown."""
    window.show_section("results")
    section = window.section("results")
    assert isinstance(section, ResultsSection)
    qtbot.waitUntil(lambda: section.product.count() > 0 or bool(section.message.text()),
                    timeout=WAIT_MS)
    wait_idle(qtbot, section)
    return section


def wait_idle(qtbot, section: ResultsSection) -> None:
    """Wait until no analysis or list of the section is running."""
    qtbot.waitUntil(lambda: not section.busy_working, timeout=WAIT_MS)
    qtbot.wait(1)  # let the queued result be painted


def choose(qtbot, section: ResultsSection, *, product: str | None = None,
           stage: str | None = None) -> None:
    """Pick a product and/or stage as a user would and wait for the figures."""
    if product is not None and section.product.currentText() != product:
        section.product.setCurrentText(product)
        wait_idle(qtbot, section)
    if stage is not None:
        section.stage.setCurrentText(stage)
        wait_idle(qtbot, section)


@pytest.fixture
def results(qtbot, make_window) -> Callable[[Database], ResultsSection]:
    def make(db: Database) -> ResultsSection:
        return open_results(qtbot, make_window(db))

    return make
