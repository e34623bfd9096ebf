"""The filters every figure, chart and export of the Results section follows.

They make the very ``Filters`` object the command line builds from ``--centre``,
``--age-band``, ``--segment``, ``--digital-skill``, ``--existing-customer``, ``--from`` and
``--to`` (``testlab.analysis.filters``); the core checks them.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QWidget,
)

from testlab.analysis.filters import NO_FILTERS, Filters
from testlab.model.enums import AgeBand, DigitalSkill, Segment
from ui.common import labels

NO_DATE = QDate(2000, 1, 1)  # the date edits' minimum, shown as "any"


class FiltersBar(QWidget):
    """Centres (a menu of check boxes), profile, existing customer and session dates."""

    changed = Signal()  # the filters the user chose are different now

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._centre_actions: list[QAction] = []
        self.centres = QPushButton(self)
        self.centres.setAccessibleName(self.tr("Centres to include"))
        self.centres.setMinimumWidth(
            self.fontMetrics().horizontalAdvance(self.tr("Centres: all")) + 40)
        self._menu = QMenu(self.centres)
        self.centres.setMenu(self._menu)
        self.age_band = self._choice(self.tr("Age band"), [b.value for b in AgeBand])
        self.segment = self._choice(self.tr("Segment"), [s.value for s in Segment])
        self.digital_skill = self._choice(self.tr("Digital skill"),
                                          [d.value for d in DigitalSkill])
        self.customer = QComboBox(self)
        self.customer.setAccessibleName(self.tr("Existing customer"))
        for text, value in ((self.tr("Customers: any"), None), (self.tr("Customers only"), True),
                            (self.tr("Non-customers only"), False)):
            self.customer.addItem(text, value)
        self.customer.currentIndexChanged.connect(self._on_any_changed)
        self.date_from = self._date(self.tr("Sessions from (UTC)"))
        self.date_to = self._date(self.tr("Sessions to (UTC)"))
        self.clear = QPushButton(self.tr("Clear filters"), self)
        self.clear.setAccessibleName(self.tr("Clear filters"))
        self.clear.clicked.connect(self.reset)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("Filters:"), self)
        layout.addWidget(title)
        for widget in (self.centres, self.age_band, self.segment, self.digital_skill,
                       self.customer):
            layout.addWidget(widget)
        layout.addWidget(QLabel(self.tr("from"), self))
        layout.addWidget(self.date_from)
        layout.addWidget(QLabel(self.tr("to"), self))
        layout.addWidget(self.date_to)
        layout.addWidget(self.clear)
        layout.addStretch(1)
        self._update_centres_text()

    def _choice(self, name: str, values: Sequence[str]) -> QComboBox:
        box = QComboBox(self)
        box.setAccessibleName(name)
        box.addItem(self.tr("{0}: any").format(name), None)
        for value in values:
            box.addItem(labels.value(value), value)
        box.currentIndexChanged.connect(self._on_any_changed)
        return box

    def _date(self, name: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setAccessibleName(name)
        edit.setToolTip(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(self.tr("any"))
        edit.setDate(NO_DATE)
        edit.dateChanged.connect(self._on_any_changed)
        return edit

    # -- the centres -----------------------------------------------------------------------
    def set_centres(self, centres: Sequence[tuple[str, str]]) -> None:
        """The centres one may pick, as (code, name); the choice made so far is kept."""
        chosen = set(self.chosen_centres())
        self._menu.clear()
        self._centre_actions = []
        for code, name in centres:
            action = self._menu.addAction(f"{code} — {name}")
            action.setCheckable(True)
            action.setChecked(code in chosen)
            action.setData(code)
            action.toggled.connect(self._on_centre_toggled)
            self._centre_actions.append(action)
        self._update_centres_text()

    def chosen_centres(self) -> tuple[str, ...]:
        return tuple(str(a.data()) for a in self._centre_actions if a.isChecked())

    def choose_centres(self, codes: Sequence[str]) -> None:
        """Tick exactly these centres (one change signal)."""
        self.blockSignals(True)
        for action in self._centre_actions:
            action.setChecked(action.data() in codes)
        self.blockSignals(False)
        self._on_centre_toggled()

    def _update_centres_text(self) -> None:
        codes = self.chosen_centres()
        self.centres.setText(self.tr("Centres: all") if not codes
                             else self.tr("Centres: {0}").format(", ".join(codes)))

    # -- the filters -----------------------------------------------------------------------
    def filters(self) -> Filters:
        """The ``Filters`` the command line would build from the same choices."""
        return Filters(
            centres=self.chosen_centres(),
            age_band=self.age_band.currentData(),
            segment=self.segment.currentData(),
            digital_skill=self.digital_skill.currentData(),
            existing_customer=self.customer.currentData(),
            date_from=_day(self.date_from.date()),
            date_to=_day(self.date_to.date()),
        )

    def reset(self) -> None:
        """No filter: every session counts."""
        if self.filters() == NO_FILTERS:
            return
        self.blockSignals(True)
        for action in self._centre_actions:
            action.setChecked(False)
        for box in (self.age_band, self.segment, self.digital_skill, self.customer):
            box.setCurrentIndex(0)
        for edit in (self.date_from, self.date_to):
            edit.setDate(NO_DATE)
        self.blockSignals(False)
        self._update_centres_text()
        self.changed.emit()

    def _on_centre_toggled(self, _checked: bool = False) -> None:
        self._update_centres_text()
        self._on_any_changed()

    def _on_any_changed(self, *_args: object) -> None:
        if not self.signalsBlocked():
            self.changed.emit()


def _day(value: QDate) -> date | None:
    if value == NO_DATE or not value.isValid():
        return None
    return date(value.year(), value.month(), value.day())
