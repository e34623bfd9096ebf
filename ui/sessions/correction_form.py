"""What the recorded results' correction dialogs share: a field with its inline error, and
a dialog with one refusal line and "Save correction" / Cancel under its parts.

Attempts, observations and questionnaire answers are corrected the same way (a reason,
the previous values kept by the service), so their dialogs look and answer alike.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLayout,
    QVBoxLayout,
    QWidget,
)

from ui.common import metrics


class Field(QWidget):
    """An input with its inline error message under it (hidden while the value is right)."""

    def __init__(self, editor: QWidget) -> None:
        super().__init__()
        self.editor = editor
        self.error = QLabel(objectName="fieldError", wordWrap=True)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(metrics.TIGHT_SPACING)
        layout.addWidget(editor)
        layout.addWidget(self.error)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))


class CorrectionDialog(QDialog):
    """A correction dialog: ``message`` says why a save was refused, ``buttons`` hold
    Save correction (accept) and Cancel; ``lay_out`` stacks the dialog's own parts
    above them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.message = QLabel(objectName="fieldError", wordWrap=True)
        self.message.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok) \
            .setText(self.tr("Save correction"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def lay_out(self, *parts: QWidget | QLayout | tuple[QWidget, int]) -> QVBoxLayout:
        """The page: ``parts`` from the top (a (widget, stretch) pair stretches), then the
        refusal line and the buttons."""
        layout = metrics.page(QVBoxLayout(self))
        for part in parts:
            if isinstance(part, tuple):
                layout.addWidget(*part)
            elif isinstance(part, QLayout):
                layout.addLayout(part)
            else:
                layout.addWidget(part)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        return layout

    def _refuse(self, message: str) -> None:
        self.message.setText(message)
        self.message.show()
