"""database_info and is_empty on both backends."""

from __future__ import annotations

from testlab.db.database import Database
from testlab.db.migrate import head_revision
from testlab.services.demo import is_empty
from testlab.services.info import database_info

KEYS = ["centres", "rooms", "staff", "products", "stages", "studies", "tasks",
        "participants", "sessions", "attempts"]


def test_empty_database_counts_zero_everywhere(db: Database) -> None:
    info = database_info(db)
    assert list(info.counts()) == KEYS
    assert set(info.counts().values()) == {0}
    assert info.schema_revision == head_revision()
    assert info.description == db.description
    assert is_empty(db)


def test_demo_database_counts(demo_db: Database) -> None:
    info = database_info(demo_db)
    assert info.centres == 23 and info.products == 6
    assert 23 <= info.rooms <= 69
    assert 600 <= info.sessions <= 1200 and 6000 <= info.attempts <= 10000
    assert info.backend == "SQLite"
    assert not is_empty(demo_db)
