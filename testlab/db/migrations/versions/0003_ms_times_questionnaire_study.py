"""Times on task kept to the millisecond; questionnaires carry their session's study.

The statistics read times as integer milliseconds in their one grouped query, so
every stored time is rounded to the millisecond (Python's ``round(x, 3)``, a
positive time staying at least 0.001), and so are the times kept in correction
history.  The rounding cannot be undone: the downgrade leaves the times as they are.

Summing questionnaires per study joined every questionnaire to its session (about
113,000 random look-ups, more than the whole attempts scan); ``questionnaires.study_id``
makes that a scan of one covering index.  A foreign key (session_id, study_id) ->
sessions (id, study_id), cascading updates and deletes, keeps it equal to the session's
study; it replaces the plain session_id key.  Sessions get a unique index on (id,
study_id) for it to refer to: a unique constraint would make SQLite copy the sessions
table, and dropping the old one would cascade-delete every attempt and questionnaire.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24 10:00:00.000000
"""

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = '0003'
down_revision: str | None = '0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ANSWERS = [f'sus_{i}' for i in range(1, 11)] + ['recommend', 'satisfaction']
BATCH = 5000


def _to_millisecond(seconds: float) -> float:
    # Frozen copy of testlab.model.base.to_millisecond: a migration must not change later.
    rounded = round(seconds, 3)
    return 0.001 if rounded == 0 and seconds > 0 else rounded


def _round_attempt_times(connection: sa.Connection) -> None:
    """Round in Python, as new writes are: SQL ROUND differs by backend at the edges."""
    attempts = sa.table('task_attempts', sa.column('id', sa.Uuid()), sa.column('seconds', sa.Float()))
    # Streamed (a server-side cursor on PostgreSQL): a million attempts need not fit in memory.
    rows = connection.execute(
        sa.select(attempts.c.id, attempts.c.seconds).where(attempts.c.seconds.is_not(None)),
        execution_options={'yield_per': BATCH})
    changed = [{'b_id': row.id, 'b_seconds': _to_millisecond(row.seconds)}
               for row in rows if _to_millisecond(row.seconds) != row.seconds]
    update = (attempts.update().where(attempts.c.id == sa.bindparam('b_id'))
              .values(seconds=sa.bindparam('b_seconds')))
    for start in range(0, len(changed), BATCH):
        connection.execute(update, changed[start:start + BATCH])


def _round_revision_times(connection: sa.Connection) -> None:
    """The times in correction history, rounded the same way."""
    revisions = sa.table('attempt_revisions', sa.column('id', sa.Uuid()),
                         sa.column('previous', sa.JSON()))
    changed: list[dict[str, Any]] = []
    for row in connection.execute(sa.select(revisions.c.id, revisions.c.previous)):
        seconds = (row.previous or {}).get('seconds')
        if isinstance(seconds, (int, float)) and _to_millisecond(seconds) != seconds:
            changed.append({'b_id': row.id,
                            'b_previous': {**row.previous, 'seconds': _to_millisecond(seconds)}})
    if changed:
        connection.execute(
            revisions.update().where(revisions.c.id == sa.bindparam('b_id'))
            .values(previous=sa.bindparam('b_previous', type_=sa.JSON())), changed)


def upgrade() -> None:
    connection = op.get_bind()
    _round_attempt_times(connection)
    _round_revision_times(connection)

    with op.batch_alter_table('sessions', schema=None) as batch_op:
        batch_op.create_index('uq_sessions_id_study_id', ['id', 'study_id'], unique=True)

    # Added nullable, filled from the sessions, then made NOT NULL with its key.
    with op.batch_alter_table('questionnaires', schema=None) as batch_op:
        batch_op.add_column(sa.Column('study_id', sa.Uuid(), nullable=True))
    op.execute('UPDATE questionnaires SET study_id = '
               '(SELECT sessions.study_id FROM sessions WHERE sessions.id = questionnaires.session_id)')
    # On SQLite this copies the questionnaires table (nothing refers to it).
    with op.batch_alter_table('questionnaires', schema=None) as batch_op:
        batch_op.alter_column('study_id', existing_type=sa.Uuid(), nullable=False)
        batch_op.drop_constraint('fk_questionnaires_session_id_sessions', type_='foreignkey')
        batch_op.create_foreign_key(
            batch_op.f('fk_questionnaires_session_id_study_id_sessions'), 'sessions',
            ['session_id', 'study_id'], ['id', 'study_id'], ondelete='CASCADE', onupdate='CASCADE')
        batch_op.create_index('ix_questionnaires_study_id_answers', ['study_id', *ANSWERS],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table('questionnaires', schema=None) as batch_op:
        batch_op.drop_index('ix_questionnaires_study_id_answers')
        batch_op.drop_constraint('fk_questionnaires_session_id_study_id_sessions',
                                 type_='foreignkey')
        batch_op.create_foreign_key(
            batch_op.f('fk_questionnaires_session_id_sessions'), 'sessions', ['session_id'], ['id'],
            ondelete='CASCADE')
        batch_op.drop_column('study_id')
    with op.batch_alter_table('sessions', schema=None) as batch_op:
        batch_op.drop_index('uq_sessions_id_study_id')
