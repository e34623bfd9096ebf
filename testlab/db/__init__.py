"""Storage: where the database is, how it is opened, and the migrations that own its schema."""

from testlab.db.database import Database, open_database
from testlab.db.urls import default_database_path, resolve_url

__all__ = ["Database", "default_database_path", "open_database", "resolve_url"]
