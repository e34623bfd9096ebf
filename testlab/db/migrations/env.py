"""Alembic environment: always run in-process with a connection TestLab provides."""

from __future__ import annotations

from alembic import context

from testlab.model import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only reached by a misused `alembic` CLI
    raise RuntimeError("TestLab migrations run through testlab.db.migrate, not the alembic CLI")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
