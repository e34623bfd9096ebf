"""A centre's week as one custom-painted grid that answers the keyboard and the mouse.

The selected slot moves with the arrow keys; Return books it or opens the session
in it; M picks a session up, the arrows carry it and Return drops it (a reschedule);
Delete cancels it; a mouse drag moves a block, a double-click books or opens.  The
grid only says what was asked (signals); the week view calls the core.  Layout and
painting: ``week_canvas.py``.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtGui import QFocusEvent, QHelpEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QToolTip, QWidget

from ui.common import labels, shortcuts
from ui.schedule.week_canvas import (  # noqa: F401  (re-exported for the week view and tests)
    FREED,
    MOVABLE,
    SLOT_MINUTES,
    STATUS_WORDS,
    Cell,
    WeekCanvas,
    WeekSession,
)


class WeekGrid(WeekCanvas):
    """The painted week; its selection moves by keyboard or mouse."""

    slot_activated = Signal(object, str, object)  # day, room name, naive local start
    session_activated = Signal(object)  # WeekSession
    session_dropped = Signal(object, str, object)  # WeekSession, room name, naive local start
    cancel_requested = Signal(object)  # WeekSession
    selection_moved = Signal(object)  # QRectF of the selected slot, to scroll into view

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Week grid: arrow keys choose a slot, Return books "
                                       "or opens, M moves a session"))
        self._press: tuple[QPoint, WeekSession | None, int] | None = None
        self._dragging = False
        shortcuts.bind(self, shortcuts.SLOT_OPEN, self.activate)
        shortcuts.bind(self, shortcuts.MOVE_BLOCK, self.pick_up)
        shortcuts.bind(self, shortcuts.MOVE_CANCEL, self.put_back)
        shortcuts.bind(self, shortcuts.CANCEL_BOOKING, self._on_cancel_key)


    def select(self, cell: Cell) -> None:
        self.cursor = self._clamp(cell)
        self.update()
        if self.week is not None:  # what a screen reader says of the selected slot
            session = self.selected_session()
            start = self.start_of(self.cursor)
            self.setAccessibleDescription(
                self.describe(session) if session is not None else self.tr(
                    "{0}, {1}: free").format(labels.when(start),
                                             self.rooms[self.cursor.room]))
        self.selection_moved.emit(self.cell_rect(self.cursor))

    # -- asking -------------------------------------------------------------------------
    def activate(self) -> None:
        """Return: drop a session being moved, open the selected one, or book the free slot."""
        if self.week is None:
            return
        if self.moving is not None:
            self._drop(self.moving, self.cursor)
            return
        session = self.selected_session()
        if session is not None:
            self.session_activated.emit(session)
        else:
            self.slot_activated.emit(self.week.days[self.cursor.day],
                                     self.rooms[self.cursor.room], self.start_of(self.cursor))

    def pick_up(self) -> None:
        """M: pick up the selected session; the arrows then carry it."""
        session = self.selected_session()
        if session is not None and session.status in MOVABLE:
            self.moving = session
            self.update()

    def put_back(self) -> None:
        if self.moving is not None:
            self.moving = None
            self.update()

    def _drop(self, session: WeekSession, cell: Cell) -> None:
        self.moving = None
        self.update()
        self.session_dropped.emit(session, self.rooms[cell.room], self.start_of(cell))

    def _on_cancel_key(self) -> None:
        session = self.selected_session()
        if session is not None and session.status in MOVABLE:
            self.cancel_requested.emit(session)

    # -- keyboard and mouse -------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        step = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0),
                Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1)}.get(Qt.Key(event.key()))
        if step is None or self.week is None:
            super().keyPressEvent(event)
            return
        column = self.cursor.day * len(self.rooms) + self.cursor.room + step[0]
        column = min(max(column, 0), self.columns - 1)
        self.select(Cell(column // len(self.rooms), column % len(self.rooms),
                         self.cursor.slot + step[1]))
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        cell = self.cell_at(event.position().toPoint())
        if cell is None or event.button() != Qt.MouseButton.LeftButton:
            return
        self.select(cell)
        session = self.session_at(cell)
        grabbed = session if session is not None and session.status in MOVABLE else None
        offset = 0
        if grabbed is not None:
            start = grabbed.local_start.replace(tzinfo=None)
            offset = int((self.start_of(cell) - start).total_seconds() // 60 // SLOT_MINUTES)
        self._press = (event.position().toPoint(), grabbed, max(offset, 0))
        self._dragging = False

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None or self._press[1] is None:
            return
        point = event.position().toPoint()
        if not self._dragging and (point - self._press[0]).manhattanLength() \
                < QApplication.startDragDistance():
            return
        self._dragging = True
        self.moving = self._press[1]
        cell = self.cell_at(point)
        if cell is not None:
            self.select(Cell(cell.day, cell.room, cell.slot - self._press[2]))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        press, self._press = self._press, None
        if press is None or not self._dragging or self.moving is None:
            return
        self._dragging = False
        self._drop(self.moving, self.cursor)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        cell = self.cell_at(event.position().toPoint())
        if cell is not None:
            self._press = None
            self.select(cell)
            self.activate()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            cell = self.cell_at(event.pos())
            session = self.session_at(cell) if cell is not None and self.week else None
            if session is not None:
                QToolTip.showText(event.globalPos(), self.describe(session), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    # -- painting -----------------------------------------------------------------------
