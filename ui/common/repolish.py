"""Re-apply the style sheet to a widget after one of its dynamic properties changed."""

from __future__ import annotations

import gc

from PySide6.QtWidgets import QStyle, QWidget


def repolish(widget: QWidget) -> None:
    """Let style-sheet rules on a property (``[current="true"]``) see its new value.

    ``widget.style()`` is, under a window's own style sheet, a style object Qt makes and
    deletes with the window; PySide6 can then hand back a stale Python wrapper of another,
    deleted object that lived at the same address (seen: a QWidgetItem).  Collecting
    garbage frees such unreachable wrappers; if the style still cannot be reached the
    widget is only repainted (a missing highlight, never a crash).
    """
    style = widget.style()
    if not isinstance(style, QStyle):
        gc.collect()
        style = widget.style()
    if isinstance(style, QStyle):
        style.unpolish(widget)
        style.polish(widget)
    widget.update()
