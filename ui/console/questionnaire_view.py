"""The closing questionnaire: ten SUS statements, recommend 0-10, satisfaction 1-5, comments.

Keyboard: the highlighted question takes a digit (on the 0-10 question, "1" then
"0" is 10); Down/Up move; Ctrl+Enter finishes.  Each answer is committed at once.
The participant can fill it in participant mode, which only enlarges the type.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from testlab.errors import InvalidInput
from testlab.services.recording import questionnaire as q
from testlab.services.recording.questionnaire import QuestionnaireAnswers, answer_questionnaire
from ui.common import shortcuts as keys
from ui.common.operations import FAILED, CoreCall
from ui.common.repolish import repolish
from ui.console import style
from ui.console.context import ConsoleContext
from ui.console.field_keys import FieldKeys
from ui.console.inline_label import InlineLabel

COMMENTS_SAVE_DELAY_MS = 800
# On the 0-10 question a "1" may be the first digit of "10": it is kept, and the page moves
# on after this pause unless a "0" comes first.
SECOND_DIGIT_MS = 700


class ScaleRow(QFrame):
    """One question with its points as large buttons and its anchors."""

    def __init__(self, item: str, number: str, text: str, low: int, high: int,
                 anchors: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="row")
        self.item, self.low, self.high = item, low, high
        self.question = QLabel(f"{number}  {text}", objectName="question", wordWrap=True)
        self.group = QButtonGroup(self)
        grid = QGridLayout()
        grid.setHorizontalSpacing(4)
        for column, value in enumerate(range(low, high + 1)):
            button = QPushButton(str(value), checkable=True, objectName="point")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            anchor = (anchors[column] if len(anchors) == high - low + 1
                      else anchors[0] if value == low and anchors
                      else anchors[-1] if value == high and anchors else "")
            button.setAccessibleName(
                self.tr("Question %1, answer %2").replace("%1", number.rstrip("."))
                .replace("%2", f"{value} — {anchor}" if anchor else str(value)))
            button.setMinimumHeight(style.TOUCH_HEIGHT - 8)
            # The points share the row's width down to two digits' room, so the 0–10 row
            # fits the page at 200% on a 1366×768 screen without scrolling sideways.
            button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            button.setMinimumWidth(button.fontMetrics().horizontalAdvance("10") + 10)
            self.group.addButton(button, value)
            grid.addWidget(button, 0, column)
            grid.setColumnStretch(column, 1)  # points of equal width where room allows
            if len(anchors) == high - low + 1:
                grid.addWidget(QLabel(anchors[column], objectName="hint", wordWrap=True,
                                      alignment=Qt.AlignmentFlag.AlignHCenter), 1, column)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.question)
        layout.addLayout(grid)
        if len(anchors) == 2:
            ends = QHBoxLayout()
            ends.addWidget(QLabel(f"{low} = {anchors[0]}", objectName="hint", wordWrap=True))
            ends.addStretch(1)
            ends.addWidget(QLabel(f"{high} = {anchors[1]}", objectName="hint", wordWrap=True,
                                  alignment=Qt.AlignmentFlag.AlignRight))
            layout.addLayout(ends)

    def value(self) -> int | None:
        checked = self.group.checkedId()
        return checked if checked >= self.low and self.group.checkedButton() else None

    def set_value(self, value: int | None) -> None:
        self.group.setExclusive(False)
        for button in self.group.buttons():
            button.setChecked(self.group.id(button) == value)
        self.group.setExclusive(True)

    def set_current(self, current: bool) -> None:
        self.setProperty("current", current)
        repolish(self)


class QuestionnaireView(QWidget):
    """Emits ``finished`` when the facilitator (or participant) ends the questionnaire."""

    finished = Signal()

    def __init__(self, context: ConsoleContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._current = 0
        self._second_digit = QTimer(self, singleShot=True, interval=SECOND_DIGIT_MS)
        self._second_digit.timeout.connect(lambda: self._move(1))
        self._warned_missing = False
        self._comments_dirty = False
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.rows: list[ScaleRow] = []
        for i, statement in enumerate(q.SUS_STATEMENTS, start=1):
            self.rows.append(ScaleRow(f"sus_{i}", f"{i}.", statement, 1, 5, q.SUS_ANCHORS))
        self.rows.append(ScaleRow("recommend", "11.", q.RECOMMEND_QUESTION, 0, 10,
                                  q.RECOMMEND_ANCHORS))
        self.rows.append(ScaleRow("satisfaction", "12.", q.SATISFACTION_QUESTION, 1, 5,
                                  q.SATISFACTION_ANCHORS))
        for row in self.rows:
            row.group.idClicked.connect(lambda value, r=row: self._on_row_clicked(r, value))
        self.comments = QPlainTextEdit(placeholderText=q.COMMENTS_QUESTION)
        self.comments.setAccessibleName(self.tr("13. Comments: %1").replace(
            "%1", q.COMMENTS_QUESTION))
        self.comments.setMinimumHeight(90)
        self.comments.setTabChangesFocus(True)
        self.comments.installEventFilter(FieldKeys(self.focus_page, self))
        self.comments.textChanged.connect(self._on_comments_text_changed)
        self._comments_timer = QTimer(self, singleShot=True, interval=COMMENTS_SAVE_DELAY_MS)
        self._comments_timer.timeout.connect(self._save_comments)
        self.message = InlineLabel()

        body = QWidget(objectName="scrollBody")
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)  # the rows' own frames give the room
        column.setSpacing(style.SPACING)
        column.addWidget(QLabel(self.tr("Please answer each statement as it applies to the "
                                        "product you just tried."),
                                objectName="question", wordWrap=True))
        for row in self.rows:
            column.addWidget(row)
        column.addWidget(QLabel(f"13.  {q.COMMENTS_QUESTION}", objectName="question",
                                wordWrap=True))
        column.addWidget(self.comments)
        column.addStretch(1)
        self._scroller = QScrollArea()
        self._scroller.setWidgetResizable(True)
        self._scroller.setFrameShape(QFrame.Shape.NoFrame)
        self._scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._scroller.setWidget(body)
        finish = QPushButton(self.tr("Finish  [%1]").replace(
            "%1", keys.label(keys.FINISH_QUESTIONNAIRE)), objectName="primary")
        finish.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        finish.setMinimumHeight(style.TOUCH_HEIGHT)
        finish.clicked.connect(self.finish)
        footer = QHBoxLayout()
        hint = QLabel(self.tr("Digits answer the highlighted question · ↓ ↑ move · "
                              "on 0–10 type 1 then 0 for 10"), objectName="hint", wordWrap=True)
        footer.addWidget(hint, 1)
        footer.addWidget(finish)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._scroller, 1)
        layout.addWidget(self.message)
        layout.addLayout(footer)

        for digit, key in enumerate(keys.ANSWER_KEYS):
            keys.bind(self, key, lambda d=digit: self._on_digit(d))
        keys.bind(self, keys.NEXT_QUESTION, lambda: self._move(1))
        keys.bind(self, keys.PREVIOUS_QUESTION, lambda: self._move(-1))
        keys.bind(self, keys.FINISH_QUESTIONNAIRE, self.finish)

    # -- public ---------------------------------------------------------------------------
    def show_answers(self, answers: QuestionnaireAnswers) -> None:
        """Show the answers given so far and highlight the first unanswered question."""
        for row in self.rows:
            value = answers.value(row.item)
            row.set_value(value if isinstance(value, int) else None)
        self.comments.blockSignals(True)
        self.comments.setPlainText(answers.comments)
        self.comments.blockSignals(False)
        first = next((i for i, row in enumerate(self.rows) if row.value() is None), len(self.rows))
        self._set_current(first)

    def focus_page(self) -> None:
        self._save_comments()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_participant_mode(self, on: bool) -> None:
        """Larger type for the participant."""
        for label in self.findChildren(QLabel, "question"):
            label.setProperty("large", on)
            repolish(label)

    def finish(self) -> None:
        """Ctrl+Enter: keep the comments; warn once about unanswered questions, then finish."""
        self._save_comments()
        missing = [i + 1 for i, row in enumerate(self.rows) if row.value() is None]
        if missing and not self._warned_missing:
            self._warned_missing = True
            shown = ", ".join(map(str, missing[:6])) + ("…" if len(missing) > 6 else "")
            self.message.setText(self.tr("Unanswered: %1. %2 again to finish anyway.")
                                 .replace("%1", shown)
                                 .replace("%2", keys.label(keys.FINISH_QUESTIONNAIRE)))
            return
        self.finished.emit()

    # -- answering ------------------------------------------------------------------------
    def _on_digit(self, digit: int) -> None:
        if self._current >= len(self.rows):
            return
        row = self.rows[self._current]
        if row.high == 10:
            # "1" may begin "10": kept, and the page moves on after a pause or the "0".
            value = 10 if digit == 0 and self._second_digit.isActive() else digit
            self._second_digit.stop()
            if value == 1:
                self._answer(row, value, advance=False)
                self._second_digit.start()
            else:
                self._answer(row, value, advance=True)
        elif row.low <= digit <= row.high:
            self._answer(row, digit, advance=True)
        else:
            self.message.setText(self.tr("Question %1 takes %2 to %3.")
                                 .replace("%1", str(self._current + 1))
                                 .replace("%2", str(row.low)).replace("%3", str(row.high)))

    def _on_row_clicked(self, row: ScaleRow, value: int) -> None:
        self._set_current(self.rows.index(row))
        self._answer(row, value, advance=row.high != 10)

    def _answer(self, row: ScaleRow, value: int, *, advance: bool) -> None:
        context, item = self._context, row.item
        done = CoreCall(self, lambda: answer_questionnaire(
            context.db, context.session_id, item, value, workstation=context.workstation)) \
            .inline(self.message, InvalidInput).run_and_wait(context.writer)
        if done is FAILED:
            return
        row.set_value(value)
        self.message.clear()
        self._warned_missing = False
        if advance:
            self._move(1)

    def _move(self, step: int) -> None:
        self._set_current(max(0, min(len(self.rows), self._current + step)))

    def _set_current(self, index: int) -> None:
        self._current = index
        self._second_digit.stop()
        for i, row in enumerate(self.rows):
            row.set_current(i == index)
        target = self.rows[index] if index < len(self.rows) else self.comments
        self._reveal(target)
        # Again once the layout has settled (a row's height may change as it is restyled).
        QTimer.singleShot(0, self, lambda: self._reveal(target))
        if index < len(self.rows):
            if not self.hasFocus():
                self.setFocus()
        else:
            self.comments.setFocus()

    def _reveal(self, widget: QWidget) -> None:
        self._scroller.ensureWidgetVisible(widget, 0, 40)

    def current_index(self) -> int:
        """The highlighted question (0-11), or 12 for the comments."""
        return self._current

    def _on_comments_text_changed(self) -> None:
        self._comments_dirty = True
        self._comments_timer.start()

    def _save_comments(self) -> None:
        if not self._comments_dirty:
            return
        self._comments_dirty = False
        self._comments_timer.stop()
        context, comments = self._context, self.comments.toPlainText()
        CoreCall(self, lambda: answer_questionnaire(
            context.db, context.session_id, "comments", comments,
            workstation=context.workstation)).run_and_wait(context.writer)
