"""The details pane of a centre: its local time now, opening hours and rooms."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from testlab.scheduling.opening_hours import is_open_at
from testlab.scheduling.zones import local_time
from testlab.services.network import CentreDetail
from ui.common import labels, metrics
from ui.common.repolish import repolish

CLOCK_REFRESH_MS = 30_000


class CentreDetailsView(QScrollArea):
    """Shows one ``CentreDetail``; the local clock ticks on without asking the database."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setAccessibleName(self.tr("Centre details"))
        self.setObjectName("centreDetails")
        self.detail: CentreDetail | None = None

        body = QWidget()
        body.setObjectName("centreDetailsBody")
        self.viewport().setAutoFillBackground(False)
        layout = metrics.pane(QVBoxLayout(body))
        self.title = _label("detailsTitle")
        self.title.setWordWrap(True)
        self.subtitle = _label("detailsSubtitle")
        self.subtitle.setWordWrap(True)
        self.local_time = QLabel()
        self.local_time.setObjectName("localTime")
        self.open_state = QLabel()
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.hours_grid = QGridLayout()
        self.hours_grid.setHorizontalSpacing(metrics.SPACING * 3)
        self.hours_grid.setVerticalSpacing(2)
        self.rooms_grid = QGridLayout()
        self.rooms_grid.setHorizontalSpacing(metrics.SPACING * 3)
        self.rooms_grid.setVerticalSpacing(2)

        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addSpacing(metrics.SPACING)
        layout.addWidget(_label("heading", self.tr("Local time now")))
        layout.addWidget(self.local_time)
        layout.addWidget(self.open_state)
        layout.addSpacing(metrics.SPACING)
        layout.addWidget(_label("heading", self.tr("Opening hours (local time)")))
        layout.addLayout(self.hours_grid)
        layout.addSpacing(metrics.SPACING)
        layout.addWidget(_label("heading", self.tr("Rooms")))
        layout.addLayout(self.rooms_grid)
        layout.addStretch(1)
        self.setWidget(body)

        self._clock = QTimer(self)
        self._clock.setInterval(CLOCK_REFRESH_MS)
        self._clock.timeout.connect(self._on_clock_timeout)

    def show_detail(self, detail: CentreDetail) -> None:
        """Fill the pane with ``detail`` and keep its clock running."""
        self.detail = detail
        self.title.setText(detail.name)
        self.subtitle.setText(
            f"{detail.code} · {detail.city}, {detail.country} · {detail.time_zone}"
        )
        self._show_time(detail.local_now, detail.is_open_now)
        _clear(self.hours_grid)
        today = detail.local_now.weekday()
        for line, day in enumerate(detail.week):
            hours = (f"{labels.clock(day.opens)} – {labels.clock(day.closes)}"
                     if day.is_open_day else self.tr("Closed"))
            name, value = QLabel(labels.weekday_named(day.day_name)), QLabel(hours)
            value.setObjectName("hours")
            if day.weekday == today:
                for label in (name, value):
                    font = QFont(label.font())
                    font.setBold(True)
                    label.setFont(font)
            self.hours_grid.addWidget(name, line, 0)
            self.hours_grid.addWidget(value, line, 1)
        self.hours_grid.setColumnStretch(2, 1)
        _clear(self.rooms_grid)
        if not detail.rooms:
            self.rooms_grid.addWidget(_label("hint", self.tr("No rooms yet.")), 0, 0)
        for line, room in enumerate(detail.rooms):
            self.rooms_grid.addWidget(QLabel(room.name), line, 0)
            self.rooms_grid.addWidget(_label("hint", labels.ROOM_KINDS[room.kind]), line, 1)
        self.rooms_grid.setColumnStretch(2, 1)
        self._clock.start()

    def _on_clock_timeout(self) -> None:
        if self.detail is not None:
            now = local_time(self.detail.time_zone)
            self._show_time(now, is_open_at(self.detail.week, now))

    def _show_time(self, now: datetime, is_open: bool) -> None:
        self.local_time.setText(labels.local_now(now))
        self.open_state.setText(self.tr("Open now") if is_open else self.tr("Closed now"))
        self.open_state.setObjectName("openNow" if is_open else "closedNow")
        repolish(self.open_state)


def _label(name: str, text: str = "") -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    return label


def _clear(grid: QGridLayout) -> None:
    while grid.count():
        item = grid.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.deleteLater()
