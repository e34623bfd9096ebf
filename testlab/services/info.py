"""What a database holds: where it is, its schema revision, and how many rows of each kind."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from testlab.db.database import Database
from testlab.db.migrate import current_revision
from testlab.model import (
    Centre,
    Participant,
    Product,
    Room,
    Session,
    Staff,
    Stage,
    Study,
    Task,
    TaskAttempt,
)

# The counted kinds, in the order a user reads them, with their tables.
COUNTED = (
    ("centres", Centre),
    ("rooms", Room),
    ("staff", Staff),
    ("products", Product),
    ("stages", Stage),
    ("studies", Study),
    ("tasks", Task),
    ("participants", Participant),
    ("sessions", Session),
    ("attempts", TaskAttempt),
)


@dataclass(frozen=True)
class DatabaseInfo:
    """A database's location, backend and schema revision, and its row counts."""

    description: str
    backend: str
    schema_revision: str | None
    centres: int
    rooms: int
    staff: int
    products: int
    stages: int
    studies: int
    tasks: int
    participants: int
    sessions: int
    attempts: int

    def counts(self) -> dict[str, int]:
        """The row counts keyed by their plural names, in reading order."""
        return {name: getattr(self, name) for name, _ in COUNTED}


def database_info(db: Database) -> DatabaseInfo:
    """Describe ``db``: one query for every count, one for the schema revision."""
    query = select(
        *(
            select(func.count()).select_from(model).scalar_subquery().label(name)
            for name, model in COUNTED
        )
    )
    with db.session_factory.begin() as s:
        row = s.execute(query).one()
        revision = current_revision(s.connection())
    counts = {name: int(row._mapping[name]) for name, _ in COUNTED}
    backend = "SQLite" if db.is_sqlite else "PostgreSQL"
    return DatabaseInfo(
        description=db.description, backend=backend, schema_revision=revision, **counts
    )
