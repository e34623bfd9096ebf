"""The console's look: large type, calm colours, large touch targets; defined once here."""

from __future__ import annotations

from typing import Final

SPACING: Final = 12
MARGIN: Final = 16
TOUCH_HEIGHT: Final = 56
SCENARIO_POINTS: Final = 22
SCENARIO_POINTS_PARTICIPANT: Final = 30
TIMER_POINTS: Final = 42

STYLE_SHEET: Final = """
QWidget#console { background: #f6f5f2; color: #222; font-size: 15px; }
QLabel#header { font-size: 16px; color: #444; }
QLabel#elapsed { font-size: 16px; color: #444; }
QLabel#taskTitle { font-size: 24px; font-weight: 600; color: #1d3557; }
QLabel#scenario { background: #ffffff; border: 1px solid #ddd; border-radius: 10px;
                  padding: 14px; color: #111; }
QLabel#timer { font-weight: 600; color: #1d3557; }
QLabel#timerState { font-size: 14px; color: #666; }
QLabel#inline { color: #b00020; font-size: 15px; }
QLabel#warning { color: #7a4b00; font-size: 14px; }
QLabel#hint { color: #666; font-size: 13px; }
QLabel#sectionTitle { font-size: 13px; font-weight: 600; color: #555;
                      }
QLabel#question { font-size: 18px; }
QLabel#question[large="true"] { font-size: 26px; }
QLabel#value { font-size: 17px; }
QWidget#scrollBody, QScrollArea, QWidget#qt_scrollarea_viewport { background: transparent; }
QFrame#sidePanel { background: #eceae4; border-radius: 10px; }
QFrame#row { background: transparent; border-radius: 8px; }
QFrame#row[current="true"] { background: #dfe9f5; }
QPushButton { min-height: 40px; padding: 4px 14px; border: 1px solid #b9b6ad;
              border-radius: 8px; background: #ffffff; font-size: 14px; }
QPushButton#point { padding: 4px 4px; }
QPushButton:hover { background: #f0eee8; }
QPushButton:checked { background: #1d3557; color: #ffffff; border-color: #1d3557; }
QPushButton:disabled { color: #aaa; }
QPushButton#primary { background: #2a6f4e; color: white; border-color: #2a6f4e;
                      font-weight: 600; }
QLineEdit, QPlainTextEdit { min-height: 36px; border: 1px solid #b9b6ad;
              border-radius: 6px; background: white; padding: 2px 6px; font-size: 15px; }
QLineEdit:focus, QPlainTextEdit:focus { border: 2px solid #457b9d; }
QSpinBox { min-height: 36px; min-width: 56px; font-size: 15px; }
QListWidget { background: white; border: 1px solid #ddd; border-radius: 6px; font-size: 14px; }
QCheckBox { font-size: 17px; spacing: 12px; }
QCheckBox::indicator { width: 26px; height: 26px; }
"""
