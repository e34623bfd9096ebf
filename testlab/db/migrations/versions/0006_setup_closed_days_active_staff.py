"""Setting up a network: centres' closed days, staff who left, date-only session starts.

- ``closed_days``: dates a centre is closed although its weekday is open (holidays);
- ``staff.active``: someone who leaves is deactivated, never deleted, so the attempts
  and sessions they recorded keep their author;
- ``sessions.start_date_only``: a results sheet that gave the session's date without
  its time; the start is kept as the centre's local midnight and flagged, so export
  writes the date alone again.

Both added columns have a server default, so existing rows need no update and
SQLite adds them in place.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-04 12:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0006'
down_revision: str | None = '0005'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        'closed_days',
        sa.Column('centre_id', sa.Uuid(), nullable=False),
        sa.Column('day', sa.Date(), nullable=False),
        sa.Column('reason', sa.String(length=120), nullable=False),
        sa.ForeignKeyConstraint(['centre_id'], ['centres.id'],
                                name=op.f('fk_closed_days_centre_id_centres'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('centre_id', 'day', name=op.f('pk_closed_days')),
    )
    op.add_column('staff', sa.Column('active', sa.Boolean(), server_default=sa.true(),
                                     nullable=False))
    op.add_column('sessions', sa.Column('start_date_only', sa.Boolean(),
                                        server_default=sa.false(), nullable=False))


def downgrade() -> None:
    # Plain DROP COLUMN on both backends (SQLite 3.35+): a batch copy of sessions would
    # drop the old table and cascade-delete its attempts.
    op.execute('ALTER TABLE sessions DROP COLUMN start_date_only')
    op.execute('ALTER TABLE staff DROP COLUMN active')
    op.drop_table('closed_days')
