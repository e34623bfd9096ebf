"""The session console: what a facilitator uses, with a participant beside them.

Keyboard-first, calm, and it never loses a record: every attempt, note and
answer goes to the database through ``testlab.services.recording`` the moment
it is entered.
"""

from ui.console.console_window import ConsoleWindow, open_console

__all__ = ["ConsoleWindow", "open_console"]
