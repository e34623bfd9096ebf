"""The centre switch the Schedule's week and pool pages share: listed when built and
again when the section is reloaded or shown (a centre added in Setup then appears),
keeping the choice."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from testlab.db.database import Database
from testlab.services.schedule.week import centre_codes
from ui.common.operations import FAILED, CoreCall

Centres = list[tuple[str, str]]  # (code, name), by code


def listed_centres(owner: QWidget, db: Database) -> Centres | None:
    """Every centre for the switches, or None when the database did not answer (said)."""
    codes = CoreCall(owner, lambda: centre_codes(db)).run()
    return None if codes is FAILED else codes


def refill(combo: QComboBox, centres: Centres | None, wanted: str | None = None) -> bool:
    """List ``centres`` in ``combo`` as "CODE · name" (None: keep its list) and select
    ``wanted`` when listed (else keep the current centre, else the first).  Silent:
    returns whether the selected centre changed, for the caller to list it."""
    before = combo.currentData()
    combo.blockSignals(True)
    try:
        if centres is not None and [combo.itemData(i) for i in range(combo.count())] != [
                code for code, _ in centres]:
            combo.clear()
            for code, name in centres:
                combo.addItem(f"{code} · {name}", code)
        for choice in (wanted, before):
            index = combo.findData(choice) if choice else -1
            if index >= 0:
                combo.setCurrentIndex(index)
                break
    finally:
        combo.blockSignals(False)
    return combo.currentData() != before
