"""Sessions keep the console's running task timer and the time no console had them open.

A crash used to lose a running timer, and the session clock counted the time the
console was closed.  ``timer_task_id``, ``timer_state``, ``timer_ms`` and ``timer_at``
hold the task timer as it was last written (a running one goes on from ``timer_at``);
``console_closed_at`` and ``away_seconds`` let the session clock leave out the time
between a console closing (or its last heartbeat, after a crash) and its reopening.
Plain nullable columns (and one with a server default): added in place on SQLite and
PostgreSQL alike, no table copied.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-04 12:40:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0008'
down_revision: str | None = '0007'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column('sessions', sa.Column('timer_task_id', sa.Uuid(), nullable=True))
    op.add_column('sessions', sa.Column('timer_state', sa.String(length=10), nullable=True))
    op.add_column('sessions', sa.Column('timer_ms', sa.Integer(), nullable=True))
    op.add_column('sessions', sa.Column('timer_at', sa.DateTime(timezone=True), nullable=True))
    op.add_column('sessions', sa.Column('console_closed_at', sa.DateTime(timezone=True),
                                        nullable=True))
    op.add_column('sessions', sa.Column('away_seconds', sa.Float(), server_default='0',
                                        nullable=False))


def downgrade() -> None:
    # ALTER TABLE ... DROP COLUMN in place (SQLite 3.35+): a batch copy of sessions would
    # cascade-delete every attempt and questionnaire when the old table is dropped.
    for column in ('away_seconds', 'console_closed_at', 'timer_at', 'timer_ms',
                   'timer_state', 'timer_task_id'):
        op.drop_column('sessions', column)
