"""repolish: a property rule of a window's own style sheet follows the property's value,
and a stale wrapper handed back for the style never raises."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui.common.repolish import repolish


def _window(qtbot) -> tuple[QWidget, QLabel]:
    window = QWidget()
    window.setStyleSheet('QLabel[current="true"] { font-weight: bold; }')
    label = QLabel("Question 1", window)
    QVBoxLayout(window).addWidget(label)
    qtbot.addWidget(window)
    window.show()
    return window, label


def test_a_property_rule_follows_the_property(qtbot) -> None:
    _window_, label = _window(qtbot)
    assert not label.font().bold()
    label.setProperty("current", True)
    repolish(label)
    assert label.font().bold()
    label.setProperty("current", False)
    repolish(label)
    assert not label.font().bold()


class _StaleWrapper:
    """What PySide6 once returned for QWidget.style(): a wrapper of another object."""


def test_a_stale_style_wrapper_only_repaints(qtbot, monkeypatch) -> None:
    _window_, label = _window(qtbot)
    monkeypatch.setattr(label, "style", lambda: _StaleWrapper())
    label.setProperty("current", True)
    repolish(label)  # no AttributeError: 'QWidgetItem' object has no attribute 'unpolish'
