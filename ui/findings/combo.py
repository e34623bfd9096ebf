"""Finding a combo box's item by its data by equality (``findData`` compares Python
objects such as UUIDs by identity, so an equal id read again would not be found)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox


def index_of(box: QComboBox, data: object) -> int:
    """The line of the first item whose data equals ``data``, or -1."""
    return next((n for n in range(box.count()) if box.itemData(n) == data), -1)


def choose(box: QComboBox, data: object, *, add_missing: bool = False) -> bool:
    """Select the item holding ``data`` (added, as its own text, if missing and asked to)."""
    index = index_of(box, data)
    if index < 0 and add_missing and data:
        box.addItem(str(data), data)
        index = box.count() - 1
    if index >= 0:
        box.setCurrentIndex(index)
    return index >= 0
