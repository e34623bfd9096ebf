"""Row versions on the rows people edit concurrently: sessions, task attempts, questionnaires.

Two members of staff correcting one attempt at once were both told it worked, and
one correction was lost.  Each of these rows now carries a ``version`` that the ORM
checks on every UPDATE (``version_id_col``): the second writer is refused and told
what changed.  Existing rows start at version 1.  A plain ``ADD COLUMN`` with a
constant default: no table is copied on SQLite.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-04 12:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0005'
down_revision: str | None = '0004'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ('sessions', 'task_attempts', 'questionnaires')


def upgrade() -> None:
    for table in TABLES:
        op.add_column(table, sa.Column('version', sa.Integer(), nullable=False,
                                       server_default=sa.text('1')))


def downgrade() -> None:
    # Plain DROP COLUMN (SQLite 3.35+): a batch copy of questionnaires would have to
    # insert into its generated column, which SQLite refuses.
    for table in TABLES:
        op.execute(f'ALTER TABLE {table} DROP COLUMN version')
