"""The centre switch the Schedule's week and pool pages share: filled from the database
on each reload (a centre added in Setup appears without reopening), keeping the choice."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from testlab.db.database import Database
from testlab.services.schedule.week import centre_codes
from ui.common.operations import FAILED, CoreCall


def refill(owner: QWidget, db: Database, combo: QComboBox, wanted: str | None = None) -> bool:
    """List every centre in ``combo`` as "CODE · name" and select ``wanted`` when given
    and listed (else keep the current centre, else the first).  Silent: returns whether
    the selected centre changed, for the caller to list it."""
    codes = CoreCall(owner, lambda: centre_codes(db)).run()
    before = combo.currentData()
    combo.blockSignals(True)
    try:
        if codes is not FAILED and [combo.itemData(i) for i in range(combo.count())] != [
                code for code, _ in codes]:
            combo.clear()
            for code, name in codes:
                combo.addItem(f"{code} · {name}", code)
        for choice in (wanted, before):
            index = combo.findData(choice) if choice else -1
            if index >= 0:
                combo.setCurrentIndex(index)
                break
    finally:
        combo.blockSignals(False)
    return combo.currentData() != before
