"""This lab PC's settings: its centre, the member of staff using it, and its workstation name.

Kept in the window's QSettings (``lab/…`` keys).  ``LabSettingsStore`` is the one
object that writes them and says so (``changed``), so the sections that depend
on them (Today's sessions) follow at once.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from PySide6.QtCore import QObject, QSettings, Signal

CENTRE_KEY = "lab/centre_code"
STAFF_KEY = "lab/staff_id"
WORKSTATION_KEY = "lab/workstation"


@dataclass(frozen=True)
class LabSettings:
    """Where this PC stands and who is at it; ``workstation`` is never empty."""

    centre_code: str | None
    staff_id: uuid.UUID | None
    workstation: str


def _text(settings: QSettings, key: str) -> str:
    value = settings.value(key, "")
    return str(value).strip() if value is not None else ""


def _uuid(text: str) -> uuid.UUID | None:
    try:
        return uuid.UUID(text) if text else None
    except ValueError:  # a hand-edited or damaged settings file: as if unset
        return None


def default_workstation() -> str:
    """The host name (or TESTLAB_WORKSTATION): what this PC is called unless set."""
    from testlab.services.sessions import workstation_name

    return workstation_name()


def read_lab_settings(settings: QSettings) -> LabSettings:
    """This PC's lab settings as stored (unset centre or staff: None)."""
    code = _text(settings, CENTRE_KEY).upper() or None
    workstation = _text(settings, WORKSTATION_KEY)
    return LabSettings(code, _uuid(_text(settings, STAFF_KEY)),
                       workstation[:200] or default_workstation())


def write_lab_settings(settings: QSettings, lab: LabSettings) -> None:
    """Store ``lab`` (a workstation equal to the host name is stored as unset)."""
    settings.setValue(CENTRE_KEY, lab.centre_code or "")
    settings.setValue(STAFF_KEY, str(lab.staff_id) if lab.staff_id else "")
    workstation = lab.workstation.strip()
    settings.setValue(WORKSTATION_KEY,
                      "" if workstation == default_workstation() else workstation)
    settings.sync()


class LabSettingsStore(QObject):
    """Reads and writes this PC's lab settings; ``changed`` after each save."""

    changed = Signal(object)  # LabSettings

    def __init__(self, settings: QSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings

    def current(self) -> LabSettings:
        """The settings as stored now."""
        return read_lab_settings(self._settings)

    def language(self) -> str:
        """The window's language as chosen here: "system", "en" or "fr"."""
        from ui.common.i18n import stored_choice

        return stored_choice(self._settings)

    def save_language(self, choice: str) -> None:
        """Store the language for the next start (the window does not retranslate)."""
        from ui.common.i18n import store_choice

        store_choice(self._settings, choice)

    def save(self, lab: LabSettings) -> None:
        """Store ``lab`` and tell whoever follows the settings."""
        write_lab_settings(self._settings, lab)
        self.changed.emit(self.current())
