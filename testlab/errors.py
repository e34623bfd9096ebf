"""Domain errors: every failure a user can act on is one of these classes.

The command line turns them into one line on stderr and exit status 2; the
window turns them into one dialog (see ``ui/common/error_dialog.py``).  Anything that
is not a ``TestLabError`` is a bug.
"""

from __future__ import annotations


class TestLabError(Exception):
    """Base of all errors whose message is meant for the user."""

    __test__ = False  # not a pytest test class despite the name

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class DatabaseError(TestLabError):
    """The database cannot be opened or used as asked."""


class BadDatabaseUrl(DatabaseError):
    """The --db value or TESTLAB_DATABASE_URL is neither a path nor a usable URL."""


class NotADatabase(DatabaseError):
    """The file exists but is not a SQLite database."""


class DamagedDatabase(NotADatabase):
    """The SQLite file is damaged ("database disk image is malformed"); nothing is written to it."""


class MigrationFailed(DatabaseError):
    """Upgrading the database's schema failed; the transaction was rolled back."""


class DatabaseUnreachable(DatabaseError):
    """The database server does not answer, or the file cannot be read or created."""


class NewerSchema(DatabaseError):
    """The database was written by a newer TestLab; it is refused, never altered."""


class NotFound(TestLabError):
    """A named or identified record does not exist."""


class InvalidInput(TestLabError):
    """A value given by the user is out of range or malformed."""


class Conflict(TestLabError):
    """The action clashes with the current state (duplicate, wrong status, ...)."""


class SessionLocked(Conflict):
    """The test session is open on another lab PC."""


class ImportRejected(TestLabError):
    """A file was refused as a whole; ``problems`` lists (line, reason) pairs.

    ``unknown_columns``: the header's columns TestLab does not know, as written, so the
    window can offer to leave each out (``ignore_columns``).
    """

    def __init__(self, message: str, problems: list[tuple[int, str]],
                 unknown_columns: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.problems = problems
        self.unknown_columns = unknown_columns


class Cancelled(TestLabError):
    """The user cancelled a long action; everything it did was rolled back.

    The window shows nothing for it (the user asked for it); the command line
    reports it as one line.
    """


class InvalidField(InvalidInput):
    """One field of a form or a file entry is refused; ``field`` names it for the window."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


class NeedsConfirmation(Conflict):
    """The change is allowed only when the user confirms it (``field`` names what changes)."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


class BookingRefused(Conflict):
    """A booking or reschedule is refused; ``problems`` lists every reason, each naming its clash."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = tuple(problems)
