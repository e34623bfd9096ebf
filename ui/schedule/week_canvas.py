"""The week grid's canvas: a centre's week laid out (days × rooms across, hours down) and painted.

One widget paints everything, no widget per block: 300 sessions paint in a few
milliseconds (``tests/benchmarks/test_schedule_week_bench.py``).  Opening hours
and closed days are shaded, today tinted; a session is a block in its status's
colour with its participant, study, facilitator and status written in it (never
colour alone).  The day and room names stay in sight as the hours scroll.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from testlab.model.enums import SessionStatus
from testlab.services.schedule.week import CentreWeek, WeekSession
from ui.common import labels

SLOT_MINUTES = 30
SLOT_HEIGHT = 26
GUTTER = 52  # the hours' column
HEADER = 44  # day row + room row
MIN_COLUMN = 46
FIRST_HOUR, LAST_HOUR = 7, 21  # widened to the centre's hours and its sessions

# Status: a colour and always its word too (never colour alone).
STATUS_COLOURS = {
    SessionStatus.SCHEDULED: QColor("#cfe2ff"),
    SessionStatus.CHECKED_IN: QColor("#fff3bf"),
    SessionStatus.RUNNING: QColor("#ffd8a8"),
    SessionStatus.COMPLETED: QColor("#d3f9d8"),
    SessionStatus.NO_SHOW: QColor("#ffc9c9"),
    SessionStatus.CANCELLED: QColor("#e9ecef"),
}
STATUS_WORDS = {
    SessionStatus.SCHEDULED: QT_TRANSLATE_NOOP("Labels", "Scheduled"),
    SessionStatus.CHECKED_IN: QT_TRANSLATE_NOOP("Labels", "Checked in"),
    SessionStatus.RUNNING: QT_TRANSLATE_NOOP("Labels", "Running"),
    SessionStatus.COMPLETED: QT_TRANSLATE_NOOP("Labels", "Completed"),
    SessionStatus.NO_SHOW: QT_TRANSLATE_NOOP("Labels", "No show"),
    SessionStatus.CANCELLED: QT_TRANSLATE_NOOP("Labels", "Cancelled"),
}
# In a block too narrow for the status word, a mark of a distinct shape stands for it
# (the hint under the grid says which is which; the tooltip has the word).
STATUS_MARKS = {
    SessionStatus.SCHEDULED: "○",
    SessionStatus.CHECKED_IN: "◐",
    SessionStatus.RUNNING: "▶",
    SessionStatus.COMPLETED: "✓",
    SessionStatus.NO_SHOW: "✗",
    SessionStatus.CANCELLED: "⊘",
}
NARROW = 110  # px: below it a block writes the status as its mark
FREED = (SessionStatus.CANCELLED, SessionStatus.NO_SHOW)
MOVABLE = (SessionStatus.SCHEDULED, SessionStatus.CHECKED_IN)


@dataclass(frozen=True)
class Cell:
    """A slot of the grid: which day (0-6), which shown room, which slot of the day."""

    day: int
    room: int
    slot: int


class WeekCanvas(QWidget):
    """The week's data, geometry and painting; ``WeekGrid`` adds the keyboard and mouse."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.week: CentreWeek | None = None
        self.rooms: tuple[str, ...] = ()
        self.first_minute = FIRST_HOUR * 60
        self.last_minute = LAST_HOUR * 60
        self.cursor = Cell(0, 0, 0)
        self.moving: WeekSession | None = None  # picked up by keyboard or mouse
        self._by_column: dict[tuple[int, int], list[WeekSession]] = {}
        self._first_week = True
        self._prefix = ""

    # -- data ---------------------------------------------------------------------------
    def set_week(self, week: CentreWeek, rooms: tuple[str, ...]) -> None:
        """Show ``week`` with the columns of ``rooms`` (all the centre's, or one)."""
        self.week, self.rooms = week, rooms or ("",)
        starts = [h.opens for h in week.hours if h.opens] + [
            s.local_start.time() for s in week.sessions]
        ends = [h.closes for h in week.hours if h.closes] + [
            (s.local_start + timedelta(minutes=s.minutes)).time() for s in week.sessions
            if (s.local_start + timedelta(minutes=s.minutes)).date() == s.local_start.date()]
        # From an hour before the earliest opening (or session) to an hour after the last.
        first = min(starts, default=time(FIRST_HOUR + 1))
        last = max(ends, default=time(LAST_HOUR - 1))
        self.first_minute = max(0, (first.hour - 1) * 60)
        self.last_minute = min(24 * 60, (last.hour + (2 if last.minute else 1)) * 60)
        self._prefix = f"P-{week.centre_code}-"
        self._by_column = {}
        for session in week.sessions:
            column = self._room_index(session.room_name)
            if column is None:
                continue
            day = (session.local_start.date() - week.monday).days
            self._by_column.setdefault((day, column), []).append(session)
        self.moving = None
        if self._first_week:  # start on today's (or Monday's) opening, not at midnight
            self._first_week = False
            day = (week.today - week.monday).days if week.monday <= week.today \
                <= week.days[-1] else 0
            opens = week.hours[week.days[day].weekday()].opens or time(FIRST_HOUR + 2)
            slot = (opens.hour * 60 + opens.minute - self.first_minute) // SLOT_MINUTES
            self.cursor = Cell(day, 0, slot)
        self.cursor = self._clamp(self.cursor)
        self.updateGeometry()
        self.update()

    def _room_index(self, name: str | None) -> int | None:
        if name in self.rooms:
            return self.rooms.index(name)  # type: ignore[arg-type]
        return 0 if self.rooms == ("",) else None

    # -- geometry -----------------------------------------------------------------------
    @property
    def slots(self) -> int:
        return (self.last_minute - self.first_minute) // SLOT_MINUTES

    @property
    def columns(self) -> int:
        return 7 * len(self.rooms)

    def sizeHint(self) -> QSize:
        return QSize(GUTTER + self.columns * 90, HEADER + self.slots * SLOT_HEIGHT)

    def minimumSizeHint(self) -> QSize:
        return QSize(GUTTER + self.columns * MIN_COLUMN, HEADER + self.slots * SLOT_HEIGHT)

    def column_width(self) -> float:
        return max(MIN_COLUMN, (self.width() - GUTTER) / max(1, self.columns))

    def cell_rect(self, cell: Cell, slots: int = 1) -> QRectF:
        width = self.column_width()
        x = GUTTER + (cell.day * len(self.rooms) + cell.room) * width
        return QRectF(x, HEADER + cell.slot * SLOT_HEIGHT, width, slots * SLOT_HEIGHT)

    def cell_at(self, point: QPoint) -> Cell | None:
        if point.x() < GUTTER or point.y() < HEADER:
            return None
        column = int((point.x() - GUTTER) // self.column_width())
        slot = (point.y() - HEADER) // SLOT_HEIGHT
        if not (0 <= column < self.columns and 0 <= slot < self.slots):
            return None
        return Cell(column // len(self.rooms), column % len(self.rooms), slot)

    def start_of(self, cell: Cell) -> datetime:
        """The naive local start of ``cell``."""
        assert self.week is not None
        return datetime.combine(self.week.monday + timedelta(days=cell.day), time(0)) + \
            timedelta(minutes=self.first_minute + cell.slot * SLOT_MINUTES)

    def session_rect(self, session: WeekSession) -> QRectF | None:
        assert self.week is not None
        column = self._room_index(session.room_name)
        if column is None:
            return None
        local = session.local_start
        day = (local.date() - self.week.monday).days
        minute = local.hour * 60 + local.minute - self.first_minute
        top = HEADER + minute * SLOT_HEIGHT / SLOT_MINUTES
        height = max(SLOT_HEIGHT / 2, session.minutes * SLOT_HEIGHT / SLOT_MINUTES)
        rect = self.cell_rect(Cell(day, column, 0))
        return QRectF(rect.x() + 2, top + 1, rect.width() - 4, height - 2)

    def session_at(self, cell: Cell) -> WeekSession | None:
        """The session covering ``cell`` (one still holding its slot first)."""
        start = self.start_of(cell)
        end = start + timedelta(minutes=SLOT_MINUTES)
        found = [s for s in self._by_column.get((cell.day, cell.room), ())
                 if s.local_start.replace(tzinfo=None) < end
                 and s.local_start.replace(tzinfo=None) + timedelta(minutes=s.minutes) > start]
        found.sort(key=lambda s: s.status in FREED)
        return found[0] if found else None

    def selected_session(self) -> WeekSession | None:
        return self.session_at(self.cursor) if self.week else None

    def _clamp(self, cell: Cell) -> Cell:
        return Cell(min(max(cell.day, 0), 6), min(max(cell.room, 0), len(self.rooms) - 1),
                    min(max(cell.slot, 0), max(self.slots - 1, 0)))

    def describe(self, session: WeekSession) -> str:
        """Everything about a session in words (its tooltip and accessible description)."""
        end = session.local_start + timedelta(minutes=session.minutes)
        parts = [f"{labels.when(session.local_start)}-{end:%H:%M}",
                 session.room_name or "", session.participant_code or self.tr("no participant"),
                 session.study_title, session.facilitator_name or "",
                 labels.word(STATUS_WORDS[session.status])]
        if session.outside_hours:
            parts.append(self.tr("outside hours"))
        return " · ".join(p for p in parts if p)


    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.base())
        if self.week is None:
            return
        week = self.week
        clip = event.rect()
        closed = dict(week.closed)
        shade = QColor(palette.window().color())
        shade.setAlpha(255)
        closed_brush = QBrush(palette.mid().color(), Qt.BrushStyle.BDiagPattern)
        width = self.column_width()
        grid_pen = QPen(palette.mid().color(), 0)
        small = QFont(self.font())
        small.setPointSizeF(max(6.5, self.font().pointSizeF() * 0.85))
        bold = QFont(self.font())
        bold.setBold(True)
        for day_index, day in enumerate(week.days):
            hours = week.hours[day.weekday()]
            for room_index in range(len(self.rooms)):
                column = QRectF(GUTTER + (day_index * len(self.rooms) + room_index) * width,
                                HEADER, width, self.slots * SLOT_HEIGHT)
                if not column.intersects(QRectF(clip)):
                    continue
                if day == week.today:
                    painter.fillRect(column, QColor(255, 244, 200, 90))
                if day in closed or not hours.is_open_day:
                    painter.fillRect(column, shade)
                    painter.fillRect(column, closed_brush)
                    continue
                assert hours.opens and hours.closes
                for slot in range(self.slots):
                    minute = self.first_minute + slot * SLOT_MINUTES
                    at = time(minute // 60, minute % 60)
                    if not hours.opens <= at < hours.closes:
                        painter.fillRect(self.cell_rect(Cell(day_index, room_index, slot)),
                                         shade)
        painter.setPen(grid_pen)
        for slot in range(self.slots + 1):
            y = HEADER + slot * SLOT_HEIGHT
            if slot % 2 == 0:
                painter.drawLine(GUTTER, y, self.width(), y)
        for column in range(self.columns + 1):
            x = int(GUTTER + column * width)
            strong = column % len(self.rooms) == 0
            painter.setPen(QPen(palette.text().color() if strong else palette.mid().color(), 0))
            painter.drawLine(x, HEADER // 2 if not strong else 0, x, self.height())
        painter.setFont(small)
        for sessions in self._by_column.values():
            for session in sorted(sessions, key=lambda s: s.status not in FREED):
                self._paint_session(painter, session)
        self._paint_cursor(painter)
        self._paint_headers(painter, closed, bold, small, width)
        painter.end()

    def _paint_headers(self, painter: QPainter, closed: dict[date, str], bold: QFont,
                       small: QFont, width: float) -> None:
        assert self.week is not None
        text = self.palette().text().color()
        painter.setPen(text)
        painter.setFont(small)
        for slot in range(0, self.slots, 2):
            minute = self.first_minute + slot * SLOT_MINUTES
            painter.drawText(QRect(0, HEADER + slot * SLOT_HEIGHT, GUTTER - 6, SLOT_HEIGHT),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                             f"{minute // 60:02d}:{minute % 60:02d}")
        span = width * len(self.rooms)
        # The day and room names stay in sight when the hours scroll under them.
        top = self.visibleRegion().boundingRect().top() if self.visibleRegion() else 0
        painter.translate(0, top)
        painter.fillRect(QRectF(0, 0, self.width(), HEADER), self.palette().base())
        for index, day in enumerate(self.week.days):
            x = GUTTER + index * span
            painter.setPen(QPen(text, 0))
            painter.drawLine(int(x), 0, int(x), HEADER)
            words = f"{labels.weekday(day)} {labels.day(day)[5:]}"
            if day == self.week.today:
                words = self.tr("Today") + " " + words
            if day in closed or not self.week.hours[day.weekday()].is_open_day:
                words += " · " + self.tr("closed")
            painter.setFont(bold if day == self.week.today else small)
            painter.drawText(QRectF(x + 2, 0, span - 4, HEADER / 2),
                             Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextSingleLine,
                             painter.fontMetrics().elidedText(words, Qt.TextElideMode.ElideRight,
                                                              int(span - 4)))
            if len(self.rooms) > 1 or self.rooms[0]:
                painter.setFont(small)
                for room_index, room in enumerate(self.rooms):
                    cell = QRectF(x + room_index * width + 1, HEADER / 2, width - 2, HEADER / 2)
                    painter.drawText(cell, Qt.AlignmentFlag.AlignCenter,
                                     painter.fontMetrics().elidedText(
                                         room, Qt.TextElideMode.ElideRight, int(width - 4)))
        painter.setPen(text)
        painter.drawLine(0, HEADER, self.width(), HEADER)
        painter.translate(0, -top)

    def _paint_session(self, painter: QPainter, session: WeekSession) -> None:
        rect = self.session_rect(session)
        if rect is None:
            return
        freed = session.status in FREED
        painter.setPen(QPen(QColor("#495057"), 1,
                            Qt.PenStyle.DashLine if freed else Qt.PenStyle.SolidLine))
        painter.setBrush(STATUS_COLOURS[session.status])
        painter.drawRoundedRect(rect, 3, 3)
        if session is self.moving:
            painter.fillRect(rect, QBrush(QColor("#495057"), Qt.BrushStyle.Dense6Pattern))
        line_height = painter.fontMetrics().height()
        shown = self.block_lines(session, rect.width(),
                                 max(1, int((rect.height() - 2) // line_height)))
        painter.setPen(QColor("#212529") if not freed else QColor("#495057"))
        inner = rect.adjusted(3, 1, -2, -1)
        for number, line in enumerate(shown):
            painter.drawText(QRectF(inner.x(), inner.y() + number * line_height, inner.width(),
                                    line_height), Qt.AlignmentFlag.AlignLeft,
                             painter.fontMetrics().elidedText(line, Qt.TextElideMode.ElideRight,
                                                              int(inner.width())))

    def block_lines(self, session: WeekSession, width: float, fits: int) -> list[str]:
        """What a block ``width`` px wide with room for ``fits`` lines says, line by line:
        who, study, facilitator and status, the status as its mark when narrow."""
        status = labels.word(STATUS_WORDS[session.status])
        if session.outside_hours:
            status += " · " + self.tr("outside hours")
        who = session.participant_code or self.tr("no participant")
        staff = session.facilitator_name or session.facilitator_email or ""
        if width < NARROW:
            if who.startswith(self._prefix):
                who = who[len(self._prefix):]  # the centre's own prefix, when space is short
            return [f"{STATUS_MARKS[session.status]} {who}", session.study_title, staff,
                    status][:fits]
        if fits >= 4:
            return [who, session.study_title, staff, status]
        return [f"{who} · {status}", session.study_title][:fits]

    def _paint_cursor(self, painter: QPainter) -> None:
        if self.moving is not None:
            slots = max(1, -(-self.moving.minutes // SLOT_MINUTES))
            ghost = self.cell_rect(self.cursor, slots)
            painter.setPen(QPen(self.palette().highlight().color(), 2, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(ghost.adjusted(1, 1, -1, -1))
            return
        pen = QPen(self.palette().highlight().color(), 3 if self.hasFocus() else 2)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(self.cell_rect(self.cursor).adjusted(1, 1, -1, -1))

