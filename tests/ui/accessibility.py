"""What a screen reader hears: the focusable controls of a window that have no name.

The judge is Qt's own accessibility interface (``QAccessible``): a control is named by
its accessible name, its text (a button's), or the label whose buddy it is.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QWidget


def _inside_a_compound(widget: QWidget) -> bool:
    """The line edit inside a spin box or editable combo box: named by its owner."""
    parent = widget.parentWidget()
    return isinstance(parent, QAbstractSpinBox | QComboBox)


def spoken_name(widget: QWidget) -> str:
    """The name a screen reader says for ``widget``."""
    interface = QAccessible.queryAccessibleInterface(widget)
    name = interface.text(QAccessible.Text.Name) if interface is not None else ""
    return (name or widget.accessibleName() or "").strip()


def describe(widget: QWidget) -> str:
    path = []
    node: QWidget | None = widget
    while node is not None and len(path) < 4:
        path.append(node.objectName() or type(node).__name__)
        node = node.parentWidget()
    return " < ".join(path)


def nameless(top: QWidget) -> list[str]:
    """The focusable, visible controls of ``top`` that a screen reader cannot name."""
    found = []
    for widget in [top, *top.findChildren(QWidget)]:
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisibleTo(top) \
                and widget is not top:
            continue
        if widget.isWindow() and widget is not top:
            continue
        if _inside_a_compound(widget) or widget is top:
            continue
        if not spoken_name(widget):
            found.append(describe(widget))
    return found
