"""Sessions in order of their start: an index on ``(starts_at, id)``.

``schedule list --json`` reads a period of the whole network in start order; without
the index SQLite sorts the rows in a temporary tree first (about 40 ms more over a
year of the network, 100,000 sessions, of about 440 ms in all).  Any listing of a
period across centres (the study view, the operations figures) can range-scan it too.
A plain ``CREATE INDEX``: no table is copied on SQLite.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-04 17:30:00.000000
"""

from collections.abc import Sequence

from alembic import op

revision: str = '0011'
down_revision: str | None = '0010'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index('ix_sessions_starts_at_id', 'sessions', ['starts_at', 'id'])


def downgrade() -> None:
    op.drop_index('ix_sessions_starts_at_id', table_name='sessions')
