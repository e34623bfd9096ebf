"""Alembic environment: always run in-process with a connection TestLab provides."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any

from alembic import context
from alembic.migration import MigrationContext, MigrationInfo

from testlab.model import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only reached by a misused `alembic` CLI
    raise RuntimeError("TestLab migrations run through testlab.db.migrate, not the alembic CLI")

applied = context.config.attributes.get("applied")


def _on_version_apply(
    ctx: MigrationContext, step: MigrationInfo, heads: Collection[Any],
    run_args: Mapping[str, Any],
) -> None:
    """Note each revision applied, so a failure can name the one that broke."""
    if applied is not None:
        applied.append(str(step.up_revision_id))


context.configure(
    connection=connection,
    on_version_apply=_on_version_apply,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
